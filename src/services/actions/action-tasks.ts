/**
 * Finding an incident's action-item tasks in Jira with ONE search over their issue property
 * (`issue.property[qa-postmortem-action].incident = "QA-3"`), so the panel can show each task's live
 * status and a retry can find the tasks an interrupted attempt already made.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */
import type { ActionTaskStatus } from '../../contracts/actions';
import {
  ACTION_TASK_PROPERTY_KEY,
  incidentTasksJql,
  isOverdue,
  readActionTaskMarker,
  type ActionTaskMarker,
  type ActionTaskState,
} from '../../domain/actions';
import { STATUS_CATEGORY_KEYS, type StatusCategoryKey } from '../../domain/postmortem';
import type { IssueBean, JiraClient } from '../../jira';
import { viewerToday } from '../postmortem/viewer-date';

/** The fields a task's state is read from. */
export const TASK_FIELDS = ['summary', 'status', 'assignee', 'duedate'];

export function statusCategoryOf(issue: IssueBean): StatusCategoryKey {
  const key = issue.fields?.status?.statusCategory?.key ?? '';
  return (STATUS_CATEGORY_KEYS as readonly string[]).includes(key) ? (key as StatusCategoryKey) : 'new';
}

/** The task's state, or null when the issue carries no readable action marker. */
export function taskStateOf(issue: IssueBean): (ActionTaskState & { marker: ActionTaskMarker }) | null {
  const marker = readActionTaskMarker(issue.properties?.[ACTION_TASK_PROPERTY_KEY]);
  if (!marker) return null;
  const assignee = issue.fields?.assignee;
  return {
    marker,
    actionId: marker.actionId,
    taskKey: issue.key,
    status: issue.fields?.status?.name ?? '',
    statusCategory: statusCategoryOf(issue),
    assignee: assignee?.accountId ? { accountId: assignee.accountId, displayName: assignee.displayName ?? assignee.accountId } : null,
    dueDate: issue.fields?.duedate ?? null,
  };
}

/** The incident's tasks by action id; for an action id with two tasks, the older one. */
export async function findIncidentTasks(jira: JiraClient, incidentKey: string): Promise<Map<string, ActionTaskState>> {
  const tasks = new Map<string, ActionTaskState>();
  for await (const issue of jira.searchJql({ jql: incidentTasksJql(incidentKey), fields: TASK_FIELDS, properties: [ACTION_TASK_PROPERTY_KEY] })) {
    const state = taskStateOf(issue);
    if (!state || state.marker.incident.toUpperCase() !== incidentKey.toUpperCase() || tasks.has(state.actionId)) continue;
    const { marker: _marker, ...task } = state;
    tasks.set(task.actionId, task);
  }
  return tasks;
}

export interface TaskStatusOptions {
  /** The clock; overdue is judged on today's date in `timeZone` (UTC without one). */
  now?: Date;
  timeZone?: string;
}

/** Each task's live status, assignee, due date and overdue flag, by action id, from one search. */
export async function loadActionTaskStatuses(
  jira: JiraClient,
  incidentKey: string,
  options: TaskStatusOptions = {},
): Promise<Record<string, ActionTaskStatus>> {
  const today = viewerToday(options.now ?? new Date(), options.timeZone);
  const tasks = await findIncidentTasks(jira, incidentKey);
  return Object.fromEntries([...tasks.values()].map((task) => [task.actionId, { ...task, overdue: isOverdue(task, today) }]));
}
