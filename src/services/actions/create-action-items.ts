/**
 * createActionItems (issue 4): one Jira task per action item of the stored post-mortem that has
 * none yet. In order: the user must be able to edit the incident and create issues where the tasks
 * go; tasks made by an earlier, interrupted attempt are found by their property and re-used; every
 * remaining item is checked (title, type, owner assignable in the target project, due date not
 * before the user's today) and any problem stops everything before a task exists; the tasks are
 * made with the bulk endpoint (link and property inside the payload, at most 50 a call); the keys
 * and the failures are written back into the post-mortem with its revision (on a conflict, the
 * document is re-read and only these fields merged, once).
 */
import type {
  ActionItemCreateOutcome,
  ActionItemsValidationDetails,
  ActionItemsWriteBackDetails,
  CreateActionItemsResult,
} from '../../contracts/actions';
import type { SaveResult, StoredPostmortemView } from '../../contracts/postmortem';
import {
  applyCreateOutcomes,
  buildTaskDescription,
  buildTaskRequest,
  describeProblems,
  mergeProblems,
  validateForCreation,
  type CreateOutcome,
  type ItemProblems,
} from '../../domain/actions';
import type { ActionItem } from '../../domain/postmortem';
import { AppError } from '../../errors';
import { isJiraError, type FailedIssueAt, type JiraClient } from '../../jira';
import { readPostmortemView, savePostmortem } from '../postmortem';
import { viewerToday } from '../postmortem/viewer-date';
import { findIncidentTasks } from './action-tasks';
import { actionTargetOf, type ActionTarget } from './action-target';
import { unassignableOwners } from './assignable-owners';
import { incidentProjectKey, userActionPorts, type ActionPorts, type ActionRequester } from './ports';

export const CREATE_PERMISSION = 'CREATE_ISSUES';

function assertMayEdit(view: StoredPostmortemView): void {
  if (!view.canEdit) {
    throw new AppError('FORBIDDEN', `You can read this post-mortem but not create its tasks: you do not have permission to edit ${view.incident.key}.`);
  }
}

async function assertMayCreate(jira: JiraClient, target: ActionTarget): Promise<void> {
  const granted = await jira.myPermissions({ projectKey: target.projectKey }, [CREATE_PERMISSION]);
  if (!granted[CREATE_PERMISSION]) {
    throw new AppError('FORBIDDEN', `You do not have permission to create issues in project ${target.projectKey}, where this post-mortem's tasks go.`);
  }
}

async function problemsOf(jira: JiraClient, items: ActionItem[], target: ActionTarget, today: string): Promise<ItemProblems[]> {
  const own = validateForCreation(items, today);
  const owners = items.flatMap((item) => (item.ownerAccountId ? [item.ownerAccountId] : []));
  const refused = await unassignableOwners(jira, target.projectKey, owners);
  const ownerProblems = items.flatMap((item) => (item.ownerAccountId && refused.has(item.ownerAccountId)
    ? [{
      actionId: item.id,
      problems: [{ field: 'owner' as const, message: `${item.ownerDisplayName ?? 'The owner'} cannot be assigned issues in project ${target.projectKey}; choose someone who can.` }],
    }]
    : []));
  return mergeProblems(items, own, ownerProblems);
}

function failureText(failure: FailedIssueAt): string {
  const said = [...failure.errorMessages, ...Object.entries(failure.errors).map(([field, message]) => `${field}: ${message}`)].join('; ');
  const reason = said || `Jira answered ${failure.status || 'nothing'}.`;
  return failure.notAttempted ? `Not sent, because an earlier request to Jira failed: ${reason}` : reason;
}

async function createTasks(jira: JiraClient, items: ActionItem[], view: StoredPostmortemView, target: ActionTarget): Promise<CreateOutcome[]> {
  const incident = { key: view.incident.key, summary: view.incident.summary, ...(view.incident.siteUrl ? { siteUrl: view.incident.siteUrl } : {}) };
  const requests = items.map((item) => buildTaskRequest(
    item,
    { projectKey: target.projectKey, issueType: target.issueType, incidentKey: view.incident.key },
    buildTaskDescription(item, incident, view.document.rootCause),
  ));
  const { created, failed } = await jira.createIssues(requests);
  return [
    ...created.map(({ index, issue }): CreateOutcome => ({ actionId: items[index].id, status: 'created', taskKey: issue.key })),
    ...failed.map((failure): CreateOutcome => ({ actionId: items[failure.index].id, status: 'failed', error: failureText(failure) })),
  ];
}

function toResult(outcome: CreateOutcome): ActionItemCreateOutcome {
  return outcome.status === 'failed'
    ? { actionId: outcome.actionId, status: outcome.status, error: outcome.error }
    : { actionId: outcome.actionId, status: outcome.status, taskKey: outcome.taskKey };
}

function isConflict(error: unknown): error is AppError {
  return error instanceof AppError && error.code === 'CONFLICT';
}

/** The post-mortem as someone else left it, from a CONFLICT's details or read again. */
async function currentState(error: AppError, requester: ActionRequester, ports: ActionPorts): Promise<SaveResult> {
  const current = (error.details as { current?: SaveResult } | undefined)?.current;
  return current ?? readPostmortemView(requester, ports);
}

async function writeBack(outcomes: CreateOutcome[], base: SaveResult, requester: ActionRequester, ports: ActionPorts): Promise<SaveResult> {
  const save = (state: SaveResult) => savePostmortem(
    { document: { ...state.document, actionItems: applyCreateOutcomes(state.document.actionItems, outcomes) }, baseRevision: state.revision },
    requester,
    ports,
  );
  try {
    return await save(base);
  } catch (error) {
    if (!isConflict(error)) throw error;
    return save(await currentState(error, requester, ports));
  }
}

function writeBackError(error: unknown, outcomes: CreateOutcome[]): AppError {
  const made = outcomes.flatMap((o) => (o.status === 'failed' ? [] : [o.taskKey]));
  const details: ActionItemsWriteBackDetails = { results: outcomes.map(toResult) };
  const cause = error instanceof Error ? error.message : String(error);
  const code = error instanceof AppError ? error.code : isJiraError(error) ? 'JIRA_UNAVAILABLE' : 'INTERNAL';
  const what = made.length
    ? `${made.length} task${made.length === 1 ? ' was' : 's were'} made in Jira (${made.join(', ')}), but the post-mortem could not be updated with ${made.length === 1 ? 'its key' : 'their keys'}`
    : 'The post-mortem could not be updated with the outcome of creating its tasks';
  return new AppError(code, `${what}: ${cause} Press "Create tasks" again: existing tasks are found and linked, none is made twice.`, details);
}

export async function createActionItems(requester: ActionRequester, ports: ActionPorts = userActionPorts()): Promise<CreateActionItemsResult> {
  const { jira } = ports;
  const view = await readPostmortemView(requester, ports);
  assertMayEdit(view);
  const target = await actionTargetOf(jira, incidentProjectKey(requester));
  await assertMayCreate(jira, target);
  const settled: SaveResult = { revision: view.revision, document: view.document, stages: view.stages, findings: view.findings };
  const pending = view.document.actionItems.filter((item) => !item.taskKey);
  if (pending.length === 0) return { ...settled, results: [], targetProjectKey: target.projectKey };

  const existing = await findIncidentTasks(jira, view.incident.key);
  const found: CreateOutcome[] = pending.flatMap((item) => {
    const task = existing.get(item.id);
    return task ? [{ actionId: item.id, status: 'existing' as const, taskKey: task.taskKey, task }] : [];
  });
  const toCreate = pending.filter((item) => !existing.has(item.id));

  const today = viewerToday(ports.now(), requester.timezone);
  const problems = await problemsOf(jira, toCreate, target, today);
  if (problems.length > 0) {
    const details: ActionItemsValidationDetails = { items: problems };
    throw new AppError('VALIDATION', describeProblems(problems, new Map(toCreate.map((i) => [i.id, i.title]))), details);
  }

  const made = toCreate.length ? await createTasks(jira, toCreate, view, target) : [];
  const order = new Map(pending.map((item, index) => [item.id, index]));
  const outcomes = [...found, ...made].sort((a, b) => (order.get(a.actionId) ?? 0) - (order.get(b.actionId) ?? 0));
  let saved: SaveResult;
  try {
    saved = await writeBack(outcomes, settled, requester, ports);
  } catch (error) {
    throw writeBackError(error, outcomes);
  }
  return { ...saved, results: outcomes.map(toResult), targetProjectKey: target.projectKey };
}
