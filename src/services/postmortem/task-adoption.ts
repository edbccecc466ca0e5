/**
 * Post-mortems written before the app kept a ledger name their tasks only in the document, which any
 * editor of the incident can change. When the ledger is first made for such an incident, a task is
 * adopted only if Jira shows it is the app's: it carries the app's marker for this incident and this
 * action item, and it is linked to the incident. Anything else is not recorded, so a planted marker
 * or a hand-edited key never becomes one of the incident's tasks.
 *
 * Before the ledger, two simultaneous "Create tasks" could make two tasks for one item. Every task of
 * the app linked to the incident is looked at, not only the one the document names: for each item the
 * oldest is kept (follow-through and the document agree on it) and the others are recorded as
 * duplicates, for the panel to report so someone closes them.
 */
import { ACTION_TASK_PROPERTY_KEY } from '../../domain/actions';
import type { PostmortemDocument } from '../../domain/postmortem';
import { ISSUE_LINK_FIELDS, linkedIssuesOfIssue, TASK_ORIGIN_FIELDS, taskIssueFromJira, type IssueRef, type JiraClient, type TaskIssue } from '../../jira';
import type { TaskRecord } from '../ledger';

/** Whether the task's issue links name the incident (either direction). */
export function isLinkedTo(task: Pick<TaskIssue, 'linkedIssues'>, incident: { id: string; key: string }): boolean {
  return task.linkedIssues.some((other) => other.id === incident.id || other.key === incident.key);
}

export interface AdoptedTasks {
  /** The task kept for each action item, by item id. */
  tasks: Record<string, TaskRecord>;
  /** The app's other tasks for the same item, oldest first, by item id. */
  duplicates: Record<string, TaskRecord[]>;
}

function isAppTaskFor(task: TaskIssue, itemIds: ReadonlySet<string>, incident: { id: string; key: string }): boolean {
  const marker = task.marker;
  if (!marker || !itemIds.has(marker.actionId)) return false;
  if (marker.incident !== incident.key && marker.incidentId !== incident.id) return false;
  return isLinkedTo(task, incident);
}

/** Oldest first: by creation time, then by issue id (Jira's ids grow). */
function oldestFirst(a: TaskIssue, b: TaskIssue): number {
  const byTime = Date.parse(a.created ?? '') - Date.parse(b.created ?? '');
  return Number.isNaN(byTime) || byTime === 0 ? Number(a.id) - Number(b.id) : byTime;
}

const recordOf = (task: TaskIssue): TaskRecord => ({ id: task.id, key: task.key, createdBy: task.createdBy ?? '', createdAt: task.created ?? '' });

/**
 * The app's tasks for the document's items among the issues the document names and those linked to
 * the incident (`linkedIssues`, or read from Jira when not given).
 */
export async function adoptDocumentTasks(
  jira: JiraClient,
  incident: { id: string; key: string; linkedIssues?: readonly IssueRef[] },
  document: PostmortemDocument,
): Promise<AdoptedTasks> {
  const itemIds = new Set(document.actionItems.map((item) => item.id));
  // Adoption starts from a document that records tasks; one that records none adopts nothing (tasks
  // whose write-back failed before the ledger existed are not found), and Jira is not asked.
  if (!document.actionItems.some((item) => item.taskKey)) return { tasks: {}, duplicates: {} };
  const linked = incident.linkedIssues ?? await linkedIssuesOf(jira, incident.key);
  const candidates = [
    ...document.actionItems.flatMap((item) => (item.taskKey ? [item.taskKey] : [])),
    ...linked.flatMap((ref) => (ref.id ? [ref.id] : ref.key ? [ref.key] : [])),
  ];
  if (candidates.length === 0) return { tasks: {}, duplicates: {} };
  const issues = await jira.bulkFetchIssues(candidates, { fields: TASK_ORIGIN_FIELDS, properties: [ACTION_TASK_PROPERTY_KEY] });
  const byItem = new Map<string, TaskIssue[]>();
  for (const task of issues.map(taskIssueFromJira)) {
    if (!isAppTaskFor(task, itemIds, incident)) continue;
    const actionId = (task.marker as NonNullable<TaskIssue['marker']>).actionId;
    const list = byItem.get(actionId) ?? [];
    if (!list.some((t) => t.id === task.id)) list.push(task);
    byItem.set(actionId, list);
  }
  const adopted: AdoptedTasks = { tasks: {}, duplicates: {} };
  for (const [actionId, tasks] of byItem) {
    const [kept, ...others] = tasks.sort(oldestFirst);
    adopted.tasks[actionId] = recordOf(kept);
    if (others.length > 0) adopted.duplicates[actionId] = others.map(recordOf);
  }
  return adopted;
}

async function linkedIssuesOf(jira: JiraClient, issueKey: string): Promise<IssueRef[]> {
  return linkedIssuesOfIssue(await jira.getIssue(issueKey, { fields: [...ISSUE_LINK_FIELDS] }));
}
