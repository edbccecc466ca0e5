/**
 * Post-mortems written before the app kept a ledger name their tasks only in the document, which any
 * editor of the incident can change. When the ledger is first made for such an incident, a task the
 * document names is adopted only if Jira shows it is the app's: it carries the app's marker for this
 * incident and this action item, and it is linked to the incident. Anything else is not recorded, so
 * a planted marker or a hand-edited key never becomes one of the incident's tasks.
 */
import { ACTION_TASK_PROPERTY_KEY } from '../../domain/actions';
import type { PostmortemDocument } from '../../domain/postmortem';
import { TASK_ORIGIN_FIELDS, taskIssueFromJira, type JiraClient, type TaskIssue } from '../../jira';
import type { TaskRecord } from '../ledger';

/** Whether the task's issue links name the incident (either direction). */
export function isLinkedTo(task: Pick<TaskIssue, 'linkedIssues'>, incident: { id: string; key: string }): boolean {
  return task.linkedIssues.some((other) => other.id === incident.id || other.key === incident.key);
}

export async function adoptDocumentTasks(jira: JiraClient, incident: { id: string; key: string }, document: PostmortemDocument): Promise<Record<string, TaskRecord>> {
  const named = document.actionItems.filter((item) => item.taskKey);
  if (named.length === 0) return {};
  const issues = await jira.bulkFetchIssues(named.map((item) => item.taskKey as string), {
    fields: TASK_ORIGIN_FIELDS, properties: [ACTION_TASK_PROPERTY_KEY],
  });
  const byKey = new Map(issues.map(taskIssueFromJira).map((task) => [task.key, task]));
  const adopted: Record<string, TaskRecord> = {};
  for (const item of named) {
    const task = byKey.get(item.taskKey as string);
    const marker = task?.marker;
    if (!task || !marker || marker.actionId !== item.id) continue;
    if (marker.incident !== incident.key && marker.incidentId !== incident.id) continue;
    if (!isLinkedTo(task, incident)) continue;
    adopted[item.id] = {
      id: task.id, key: task.key,
      createdBy: task.createdBy ?? '',
      createdAt: task.created ?? '',
    };
  }
  return adopted;
}
