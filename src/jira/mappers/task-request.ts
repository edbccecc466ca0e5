/**
 * The task an action item becomes (TaskToCreate, src/domain/actions/task-to-create.ts) as Jira's
 * create request, in the shape of IssueUpdateDetails: every field, the "Relates" link to the
 * incident (`update.issuelinks`) and the task's `qa-postmortem-action` property, all in one payload,
 * so a task never exists without its link and its marker (DESIGN.md sections 3 and 5). And Jira's
 * field id of each task field, to tell which of them the target project's create screen has.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-bulk-post
 */
import { ACTION_TASK_PROPERTY_KEY, type ActionTaskMarker } from '../../domain/actions/task-markers';
import type { TaskField } from '../../domain/actions/task-screen';
import { TASK_LINK_TYPE, type TaskToCreate } from '../../domain/actions/task-to-create';
import type { AdfDocument } from '../../domain/postmortem/completion-summary';

/** IssueUpdateDetails as this app sends it for a task. */
export interface TaskCreateRequest {
  fields: {
    project: { key: string };
    issuetype: { name: string };
    summary: string;
    assignee: { accountId: string };
    duedate: string;
    priority: { name: string };
    labels: string[];
    description: AdfDocument;
  };
  update: {
    issuelinks: { add: { type: { name: string }; outwardIssue: { key: string } } }[];
  };
  properties: { key: typeof ACTION_TASK_PROPERTY_KEY; value: ActionTaskMarker }[];
}

export function taskCreateRequest(task: TaskToCreate): TaskCreateRequest {
  return {
    fields: {
      project: { key: task.projectKey },
      issuetype: { name: task.issueType },
      summary: task.summary,
      assignee: { accountId: task.assigneeAccountId },
      duedate: task.dueDate,
      priority: { name: task.priority },
      labels: task.labels,
      description: task.description,
    },
    update: {
      issuelinks: [{ add: { type: { name: TASK_LINK_TYPE }, outwardIssue: { key: task.incidentKey } } }],
    },
    properties: [{ key: ACTION_TASK_PROPERTY_KEY, value: task.marker }],
  };
}

/** The fields an update sets on an existing task: only those that changed. */
export interface TaskEdit {
  summary?: string;
  assigneeAccountId?: string;
  dueDate?: string;
  priority?: string;
  description?: AdfDocument;
}

/** IssueUpdateDetails for PUT issue/{key}: the changed fields, nothing else. */
export function taskEditRequest(edit: TaskEdit): { fields: Record<string, unknown> } {
  const fields: Record<string, unknown> = {};
  if (edit.summary !== undefined) fields.summary = edit.summary;
  if (edit.assigneeAccountId !== undefined) fields.assignee = { accountId: edit.assigneeAccountId };
  if (edit.dueDate !== undefined) fields.duedate = edit.dueDate;
  if (edit.priority !== undefined) fields.priority = { name: edit.priority };
  if (edit.description !== undefined) fields.description = edit.description;
  return { fields };
}

/** Jira's field id of each task field the request sets (the incident link is `update.issuelinks`). */
export const TASK_FIELD_IDS: Readonly<Record<TaskField, string>> = {
  summary: 'summary',
  assignee: 'assignee',
  dueDate: 'duedate',
  priority: 'priority',
  labels: 'labels',
  description: 'description',
  incidentLink: 'issuelinks',
};

/** The task fields a create screen has, from the Jira field ids on it; undefined (no such issue type) stays undefined. */
export function taskFieldsOnScreen(fieldIds: ReadonlySet<string> | undefined): Set<TaskField> | undefined {
  if (!fieldIds) return undefined;
  return new Set((Object.keys(TASK_FIELD_IDS) as TaskField[]).filter((field) => fieldIds.has(TASK_FIELD_IDS[field])));
}
