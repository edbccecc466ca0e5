/**
 * Whether Jira will accept the task the app makes for an action item in the target project: a
 * create may set only the fields on the project's create screen for the issue type (Jira answers
 * "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown."). The app sets
 * the fields of the task to create (task-to-create.ts); when the screen lacks any of them, every
 * item gets the same clear problem naming the field and what to change, before anything is created.
 * Which Jira field id each task field is, is src/jira's (mappers/task-request.ts).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post
 */
import type { ActionItem } from '../postmortem';
import type { ActionItemField, ItemProblem, ItemProblems } from './validation';

/** A field the app sets on a task besides its project and issue type; `incidentLink` is the link to the incident. */
export type TaskField = 'summary' | 'assignee' | 'dueDate' | 'priority' | 'labels' | 'description' | 'incidentLink';

/** The fields the app sets on a task, with the item field each comes from and Jira's name for it. */
export const TASK_SCREEN_FIELDS: ReadonlyArray<{ field: TaskField; name: string; from: ActionItemField }> = [
  { field: 'summary', name: 'Summary', from: 'title' },
  { field: 'assignee', name: 'Assignee', from: 'owner' },
  { field: 'dueDate', name: 'Due date', from: 'dueDate' },
  { field: 'priority', name: 'Priority', from: 'task' },
  { field: 'labels', name: 'Labels', from: 'task' },
  { field: 'description', name: 'Description', from: 'task' },
  { field: 'incidentLink', name: 'Linked issues', from: 'task' },
];

export interface TaskTargetScreen {
  projectKey: string;
  issueType: string;
  /** The task fields on the create screen; undefined when the project has no such issue type. */
  taskFields: ReadonlySet<TaskField> | undefined;
}

/** The screen's problems for one item: none when every field the app sets is on it. */
export function screenProblems(screen: TaskTargetScreen): ItemProblem[] {
  const where = `a ${screen.issueType} in project ${screen.projectKey}`;
  const fix = `Ask a Jira administrator to add it to the create screen of ${screen.issueType} in ${screen.projectKey}, `
    + 'or choose another project for action items in Project settings → QA post-mortem.';
  if (!screen.taskFields) {
    return [{ field: 'task', message: `Project ${screen.projectKey} has no issue type "${screen.issueType}" that you may create. Choose the project and issue type for action items in Project settings → QA post-mortem.` }];
  }
  return TASK_SCREEN_FIELDS
    .filter(({ field }) => !screen.taskFields?.has(field))
    .map(({ name, from }) => ({ field: from, message: `Jira will not let the app set "${name}" on ${where}: it is not on that project's create screen. ${fix}` }));
}

/** The same screen problems for every item to be created. */
export function screenProblemsOf(items: readonly ActionItem[], screen: TaskTargetScreen): ItemProblems[] {
  const problems = screenProblems(screen);
  return problems.length === 0 ? [] : items.map((item) => ({ actionId: item.id, problems }));
}
