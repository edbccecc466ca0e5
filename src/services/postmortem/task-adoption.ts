/**
 * Post-mortems written before the app kept a ledger name their tasks only in the document, which any
 * editor of the incident can change. When the ledger is first made for such an incident, a task the
 * document names is adopted only if Jira shows it is the app's: it carries the app's marker for this
 * incident and this action item, and it is linked to the incident. Anything else is not recorded, so
 * a planted marker or a hand-edited key never becomes one of the incident's tasks.
 */
import { ACTION_TASK_PROPERTY_KEY, readActionTaskMarker } from '../../domain/actions';
import type { PostmortemDocument } from '../../domain/postmortem';
import type { IssueBean, JiraClient } from '../../jira';
import type { TaskRecord } from '../ledger';

/** Whether `issue`'s issue links name the incident (either direction). */
export function isLinkedTo(issue: IssueBean, incident: { id: string; key: string }): boolean {
  return (issue.fields?.issuelinks ?? []).some((link) => {
    const other = link.inwardIssue ?? link.outwardIssue;
    return other !== undefined && (other.id === incident.id || other.key === incident.key);
  });
}

export async function adoptDocumentTasks(jira: JiraClient, incident: { id: string; key: string }, document: PostmortemDocument): Promise<Record<string, TaskRecord>> {
  const named = document.actionItems.filter((item) => item.taskKey);
  if (named.length === 0) return {};
  const issues = await jira.bulkFetchIssues(named.map((item) => item.taskKey as string), {
    fields: ['issuelinks', 'created', 'creator'], properties: [ACTION_TASK_PROPERTY_KEY],
  });
  const byKey = new Map(issues.map((issue) => [issue.key, issue]));
  const adopted: Record<string, TaskRecord> = {};
  for (const item of named) {
    const issue = byKey.get(item.taskKey as string);
    const marker = readActionTaskMarker(issue?.properties?.[ACTION_TASK_PROPERTY_KEY]);
    if (!issue || !marker || marker.actionId !== item.id) continue;
    if (marker.incident !== incident.key && marker.incidentId !== incident.id) continue;
    if (!isLinkedTo(issue, incident)) continue;
    adopted[item.id] = {
      id: issue.id, key: issue.key,
      createdBy: issue.fields?.creator?.accountId ?? '',
      createdAt: issue.fields?.created ?? '',
    };
  }
  return adopted;
}
