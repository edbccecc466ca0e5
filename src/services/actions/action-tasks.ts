/**
 * An incident's action-item tasks as they are in Jira now: the tasks the app recorded in its ledger,
 * read by id with POST issue/bulkfetch (100 a request), which reads the database, not the search
 * index: a task created a moment ago is there at once, as search would not guarantee ("The API
 * doesn't provide read-after-write consistency by default"). A recorded task still counts as the
 * incident's only while it is linked to the incident.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-bulkfetch-post
 * https://developer.atlassian.com/cloud/jira/platform/search-and-reconcile
 */
import type { ActionTaskStatus } from '../../contracts/actions';
import { isOverdue, type ActionTaskState } from '../../domain/actions';
import { TASK_STATE_FIELDS, taskIssueFromJira, type JiraClient, type TaskIssue } from '../../jira';
import type { TaskRecord } from '../ledger';
import { isLinkedTo } from '../postmortem/task-adoption';
import { viewerToday } from '../postmortem/viewer-date';

/** A recorded task as Jira shows it now, and whether it is still linked to its incident. */
export interface RecordedTaskState extends ActionTaskState {
  linked: boolean;
}

export function taskStateOf(actionId: string, task: TaskIssue, incident: { id: string; key: string }): RecordedTaskState {
  return {
    actionId,
    taskKey: task.key,
    status: task.status,
    statusCategory: task.statusCategory,
    resolution: task.resolution,
    assignee: task.assignee,
    dueDate: task.dueDate,
    summary: task.summary,
    priority: task.priority,
    linked: isLinkedTo(task, incident),
  };
}

/** The recorded tasks as Jira has them, read by id with these fields, by action id (those that still exist and the caller may see). */
export async function fetchRecordedTasks(
  jira: JiraClient,
  recorded: Readonly<Record<string, TaskRecord>>,
  fields: readonly string[],
): Promise<Map<string, TaskIssue>> {
  const actionOf = new Map(Object.entries(recorded).map(([actionId, task]) => [task.id, actionId]));
  if (actionOf.size === 0) return new Map();
  const issues = await jira.bulkFetchIssues([...actionOf.keys()], { fields: [...fields] });
  const tasks = new Map<string, TaskIssue>();
  for (const task of issues.map(taskIssueFromJira)) {
    const actionId = actionOf.get(task.id);
    if (actionId !== undefined) tasks.set(actionId, task);
  }
  return tasks;
}

/** The recorded tasks that still exist and the caller may see, by action id. */
export async function readRecordedTasks(
  jira: JiraClient,
  incident: { id: string; key: string },
  recorded: Readonly<Record<string, TaskRecord>>,
): Promise<Map<string, RecordedTaskState>> {
  const tasks = await fetchRecordedTasks(jira, recorded, TASK_STATE_FIELDS);
  return new Map([...tasks].map(([actionId, task]) => [actionId, taskStateOf(actionId, task, incident)]));
}

export interface TaskStatusOptions {
  /** The clock; overdue is judged on today's date in `timeZone` (UTC without one). */
  now?: Date;
  timeZone?: string;
}

/** Each recorded task's live status, assignee, due date, link and overdue flag, by action id. */
export async function loadActionTaskStatuses(
  jira: JiraClient,
  incident: { id: string; key: string },
  recorded: Readonly<Record<string, TaskRecord>>,
  options: TaskStatusOptions = {},
): Promise<Record<string, ActionTaskStatus>> {
  const today = viewerToday(options.now ?? new Date(), options.timeZone);
  const tasks = await readRecordedTasks(jira, incident, recorded);
  return Object.fromEntries([...tasks.values()].map((task) => [task.actionId, { ...task, overdue: isOverdue(task, today) }]));
}
