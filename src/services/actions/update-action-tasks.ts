/**
 * updateActionTasks: writes each action item's title, owner, due date, priority and description to
 * its Jira task where they no longer agree, as the user (Jira decides whether they may edit the
 * task and assign it), from the stored post-mortem: never from values the browser sends.
 *
 * It runs in the incident's turn (postmortem/write-turn.ts), so it cannot interleave with a save or
 * a Create tasks run; it writes nothing to the post-mortem. One PUT per task that differs, with only
 * the fields that differ; a task that agrees is not touched. Jira's refusal of a task or a field is
 * answered for that item and field, the other tasks are still updated.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put
 */
import type { ActionTaskStatus, TaskUpdateOutcome, UpdateActionTasksResult } from '../../contracts/actions';
import { buildTaskDescription, taskDrift, type TaskFieldDrift, type TaskUpdateField } from '../../domain/actions';
import type { ActionItem, PostmortemDocument } from '../../domain/postmortem';
import { isJiraError, taskEditRequest, TASK_UPDATE_FIELDS, type JiraClient, type TaskEdit, type TaskIssue } from '../../jira';
import type { TaskRecord } from '../ledger';
import { describeDocument } from '../postmortem/postmortem-state';
import { withServerFields } from '../postmortem/server-fields';
import { openForWriting, withWriteTurn } from '../postmortem/write-turn';
import { fetchRecordedTasks, loadActionTaskStatuses } from './action-tasks';
import { userActionPorts, type ActionPorts, type ActionRequester } from './ports';

interface Incident { id: string; key: string; summary: string; siteUrl?: string }

/** Jira's field id of each synced field, to read its refusals per field. */
const JIRA_FIELD: Readonly<Record<TaskUpdateField, string>> = {
  title: 'summary', owner: 'assignee', dueDate: 'duedate', priority: 'priority', description: 'description',
};

/** ADF compared by content: key order and absent vs empty attributes do not make a difference. */
function sameAdf(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && !(v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0))
        .sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, canonical(v)]));
    }
    return value;
  };
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

interface Planned { item: ActionItem; task: TaskIssue; drift: TaskFieldDrift[]; description: boolean; edit: TaskEdit }

function plan(item: ActionItem, task: TaskIssue, incident: Incident, rootCause: PostmortemDocument['rootCause']): Planned {
  const drift = taskDrift(item, task);
  const edit: TaskEdit = {};
  for (const d of drift) {
    if (d.field === 'title' && d.item) edit.summary = d.item;
    if (d.field === 'owner' && item.ownerAccountId) edit.assigneeAccountId = item.ownerAccountId;
    if (d.field === 'dueDate' && item.dueDate) edit.dueDate = item.dueDate;
    if (d.field === 'priority') edit.priority = item.priority;
  }
  const wanted = item.type ? buildTaskDescription(item, { key: incident.key, summary: incident.summary, ...(incident.siteUrl ? { siteUrl: incident.siteUrl } : {}) }, rootCause) : null;
  const description = wanted !== null && !sameAdf(wanted, task.description ?? null);
  if (description && wanted) edit.description = wanted;
  return { item, task, drift, description, edit };
}

/** Jira's refusal as a message per field; a refusal that names no field applies to every field sent. */
function refusalByField(error: unknown, fields: Array<TaskUpdateField>, taskKey: string): TaskUpdateOutcome['problems'] {
  if (!isJiraError(error)) throw error;
  if (error.status === 0 || error.status >= 500 || error.status === 429) throw error;
  const errors = error.body?.errors ?? {};
  const named = fields.filter((f) => errors[JIRA_FIELD[f]]);
  if (named.length > 0) return named.map((field) => ({ field, message: `Jira refused it on ${taskKey}: ${errors[JIRA_FIELD[field]]}` }));
  const said = error.body?.errorMessages.join(' ') || error.message;
  const why = error.status === 403 || error.status === 401
    ? `You may not edit ${taskKey} in Jira (${said}). Ask someone who can, or change it there.`
    : `Jira refused the update of ${taskKey}: ${said}`;
  return fields.map((field) => ({ field, message: why }));
}

async function updateOne(jira: JiraClient, planned: Planned): Promise<TaskUpdateOutcome> {
  const fields: Array<TaskUpdateField> = [...planned.drift.map((d) => d.field), ...(planned.description ? ['description' as const] : [])];
  const base = { actionId: planned.item.id, taskKey: planned.task.key };
  if (fields.length === 0) return { ...base, status: 'unchanged', fields: [], problems: [] };
  try {
    await jira.editIssue(planned.task.key, taskEditRequest(planned.edit));
    return { ...base, status: 'updated', fields, problems: [] };
  } catch (error) {
    return { ...base, status: 'failed', fields: [], problems: refusalByField(error, fields, planned.task.key) };
  }
}

export async function updateActionTasks(requester: ActionRequester, ports: ActionPorts = userActionPorts()): Promise<UpdateActionTasksResult> {
  const { jira } = ports;
  const ctx = await openForWriting(requester, ports, 'update the tasks of');
  const { stored, session } = ctx;
  const incident: Incident = { ...session.snapshot.incident };
  return withWriteTurn(ctx, { baseRevision: stored.exists ? stored.document.revision : 0, kind: 'tasks', requester, ports }, async (turn) => {
    const recorded: Record<string, TaskRecord> = Object.fromEntries(
      stored.document.actionItems.flatMap((item) => (turn.record.tasks[item.id] ? [[item.id, turn.record.tasks[item.id]]] : [])),
    );
    const byAction = await fetchRecordedTasks(jira, recorded, TASK_UPDATE_FIELDS);
    const results: TaskUpdateOutcome[] = [];
    for (const item of stored.document.actionItems) {
      const task = byAction.get(item.id);
      if (!task) continue;
      results.push(await updateOne(jira, plan(item, task, incident, stored.document.rootCause)));
    }
    let actionTasks: Record<string, ActionTaskStatus> = {};
    try {
      actionTasks = await loadActionTaskStatuses(jira, incident, recorded, { now: ports.now(), ...(requester.timezone ? { timeZone: requester.timezone } : {}) });
    } catch {
      // The updates are made; the tasks show their new values on the panel's next read.
    }
    const document = withServerFields(stored.document, stored.document, turn.record.tasks);
    return { value: { ...describeDocument(document, ctx.today, session.snapshot.people), results, actionTasks } };
  });
}
