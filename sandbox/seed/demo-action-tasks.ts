/**
 * The Jira tasks behind the demo's completed post-mortem (QA-1), made the way createActionItems
 * makes them: the task the action-item domain decides, as src/jira's create request (summary,
 * assignee, due date, priority, labels `postmortem-action` plus the type's, the ADF description, the
 * "Relates" link to the incident and the `qa-postmortem-action` property), then a life in Jira
 * since: some done, one in progress and past its due date, one not due yet. Each item gets the task
 * fields the follow-through trigger writes back (key, status, status category, due date), so the
 * panel, the JQL index and the metrics gadget all tell the same story.
 */
import { buildTaskDescription, taskToCreate } from '../../src/domain/actions';
import { taskCreateRequest, type TaskCreateRequest } from '../../src/jira';
import type { ActionItem, RootCause, StatusCategoryKey } from '../../src/domain/postmortem';
import type { ImportChangeItem, ImportHistory, ImportIssue } from '../emulator/import-format';
import { RESOLUTIONS, STATUS, STATUSES, USERS } from './base';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Where a task has gone since it was made, in days before `now`; its due date is the item's. */
export interface DemoTaskLife {
  startedDaysAgo?: number;
  doneDaysAgo?: number;
}

/**
 * The QA-1 items' tasks (their due dates: 10 and 26 days ago, 3 days ago, in 12 and in 4 days):
 * three done, the fix validation among them; one in progress and overdue; one not started, not due.
 */
export const QA1_TASK_LIVES: Record<string, DemoTaskLife> = {
  'qa1-action-1': { startedDaysAgo: 30, doneDaysAgo: 13 },
  'qa1-action-2': { startedDaysAgo: 8 },
  'qa1-action-3': {},
  'qa1-action-4': { startedDaysAgo: 12, doneDaysAgo: 5 },
  'qa1-action-5': { startedDaysAgo: 36, doneDaysAgo: 31 },
};

export interface DemoTasksInput {
  incident: { key: string; summary: string };
  rootCause: RootCause;
  /** The items, ready for tasks (title, type, owner, due date); each one with a life in `lives` gets a task. */
  items: ActionItem[];
  lives: Record<string, DemoTaskLife>;
  /** Who pressed "Create tasks", and when (ms). */
  creator: keyof typeof USERS;
  createdAt: number;
  /** Number of the first task key in the incident's project. */
  firstNumber: number;
  now: Date;
}

export interface DemoTasks {
  /** The tasks in the sandbox import format, in item order (import them after the incident). */
  issues: ImportIssue[];
  /** The items with the task fields the app records. */
  items: ActionItem[];
  /**
   * When the app wrote the post-mortem since (ms, oldest first): the product-event trigger when a
   * task became done, the daily job the day after an open task passed its due date.
   */
  followThroughWrites: number[];
}

/** When the demo's daily job runs (UTC). */
const DAILY_RUN_HOUR = 6;

function statusOf(id: string) {
  const status = STATUSES.find((s) => s.id === id);
  if (!status) throw new Error(`demo tasks: status ${id} is missing from base.ts`);
  return status;
}

const DONE_RESOLUTION = RESOLUTIONS.find((r) => r.name === 'Done');

/** The workflow steps a task took, as Jira's changelog records them (status and resolution together). */
function histories(life: DemoTaskLife, author: string, at: (daysAgo: number) => number): ImportHistory[] {
  if (!DONE_RESOLUTION) throw new Error('demo tasks: resolution Done is missing from base.ts');
  const steps: { at: number; to: string }[] = [];
  if (life.startedDaysAgo !== undefined) steps.push({ at: at(life.startedDaysAgo), to: STATUS.inProgress });
  if (life.doneDaysAgo !== undefined) steps.push({ at: at(life.doneDaysAgo), to: STATUS.done });
  let from: string = STATUS.todo;
  return steps.map((step) => {
    const items: ImportChangeItem[] = [{
      field: 'status', fieldId: 'status', from, fromString: statusOf(from).name, to: step.to, toString: statusOf(step.to).name,
    }];
    if (step.to === STATUS.done) {
      items.push({ field: 'resolution', fieldId: 'resolution', from: null, fromString: null, to: DONE_RESOLUTION.id, toString: DONE_RESOLUTION.name });
    }
    from = step.to;
    return { author: { accountId: author }, created: new Date(step.at).toISOString(), items };
  });
}

/** The bulk-create request of one task, as the sandbox import takes it (same fields, link and property). */
function asImport(key: string, request: TaskCreateRequest, reporter: string, created: number): ImportIssue {
  const { fields } = request;
  return {
    key,
    fields: {
      project: fields.project,
      issuetype: fields.issuetype,
      summary: fields.summary,
      description: fields.description,
      priority: fields.priority,
      assignee: fields.assignee,
      reporter: { accountId: reporter },
      labels: fields.labels,
      components: [],
      fixVersions: [],
      duedate: fields.duedate,
      created: new Date(created).toISOString(),
    },
    links: request.update.issuelinks.map(({ add }) => ({ type: add.type, outwardIssue: add.outwardIssue, created: new Date(created).toISOString() })),
    properties: request.properties.map((p) => ({ key: p.key, value: p.value })),
  };
}

export function demoActionTasks(input: DemoTasksInput): DemoTasks {
  const anchor = Math.floor(input.now.getTime() / MINUTE) * MINUTE;
  const at = (daysAgo: number) => anchor - Math.round((daysAgo * DAY) / MINUTE) * MINUTE;
  const reporter = USERS[input.creator].accountId;
  const projectKey = input.incident.key.split('-')[0];
  const issues: ImportIssue[] = [];
  const writes: number[] = [];
  const items = input.items.map((item) => {
    const life = input.lives[item.id];
    if (!life) return item;
    const key = `${projectKey}-${input.firstNumber + issues.length}`;
    const request = taskCreateRequest(taskToCreate(
      item,
      // The incident's id is known only once the seed is imported: demo-app-storage.ts sets it.
      { projectKey, issueType: 'Task', incidentKey: input.incident.key, incidentId: 'set-after-import', claim: 'demo-seed' },
      buildTaskDescription(item, input.incident, input.rootCause),
    ));
    const dueDate = request.fields.duedate;
    const changes = histories(life, request.fields.assignee.accountId, at);
    const task = asImport(key, request, reporter, input.createdAt);
    const times = [input.createdAt, ...changes.map((h) => Date.parse(h.created))];
    const done = life.doneDaysAgo !== undefined;
    const status = statusOf(done ? STATUS.done : life.startedDaysAgo !== undefined ? STATUS.inProgress : STATUS.todo);
    task.fields = {
      ...task.fields,
      status: { name: status.name },
      resolution: done ? { name: DONE_RESOLUTION?.name ?? 'Done' } : null,
      resolutiondate: done ? new Date(at(life.doneDaysAgo ?? 0)).toISOString() : null,
      updated: new Date(Math.max(...times)).toISOString(),
    };
    task.changelog = { histories: changes };
    issues.push(task);
    if (done) writes.push(at(life.doneDaysAgo ?? 0));
    const dayAfterDue = Date.parse(`${dueDate}T00:00:00Z`) + DAY + DAILY_RUN_HOUR * 60 * MINUTE;
    if (dayAfterDue <= anchor && (!done || at(life.doneDaysAgo ?? 0) > dayAfterDue)) writes.push(dayAfterDue);
    const category: StatusCategoryKey = status.categoryKey;
    return { ...item, taskKey: key, taskStatus: status.name, taskStatusCategory: category, taskDueDate: dueDate };
  });
  return { issues, items, followThroughWrites: writes.sort((a, b) => a - b) };
}
