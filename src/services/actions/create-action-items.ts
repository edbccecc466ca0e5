/**
 * createActionItems: one Jira task per action item of the stored post-mortem that has none yet,
 * exactly once, whoever presses "Create tasks" and however often (DESIGN.md section 3).
 *
 * All of it runs in the incident's turn (postmortem/write-turn.ts), so two simultaneous calls (two
 * people, or two tabs) cannot both create: the second gets CONFLICT. Within the turn:
 * 1. Tasks of an earlier attempt that died after creating them are found: that attempt recorded a
 *    claim per item in the ledger before it created anything, and each task carries its claim in the
 *    marker property; a task is taken only if it is linked to the incident, carries this incident, this
 *    item and that claim, and was created by the claim's user. Nothing else (a planted marker) counts.
 * 2. Every remaining item is checked: its own fields, an owner Jira will assign in the target project,
 *    and a create screen there that has every field the task sets. Any problem stops everything.
 * 3. The items are claimed, the tasks made with the bulk endpoint (link and marker inside the payload,
 *    50 a request), and each created issue matched to its item by its marker, never by its position
 *    in Jira's answer; the tasks are recorded in the ledger at once.
 * 4. The keys and failures are written into the post-mortem. The ledger is the record: should that
 *    write fail, the tasks are still the incident's, and the next write (any save) shows them.
 */
import type {
  ActionItemCreateOutcome,
  ActionItemsValidationDetails,
  ActionTaskStatus,
  CreateActionItemsResult,
} from '../../contracts/actions';
import {
  ACTION_TASK_PROPERTY_KEY,
  applyCreateOutcomes,
  buildTaskDescription,
  describeProblems,
  mergeProblems,
  screenProblemsOf,
  taskToCreate,
  validateForCreation,
  type CreateOutcome,
  type ItemProblems,
} from '../../domain/actions';
import type { ActionItem, PostmortemDocument } from '../../domain/postmortem';
import { AppError } from '../../errors';
import {
  TASK_CREATED_FIELDS, TASK_ORIGIN_FIELDS, taskCreateRequest, taskFieldsOnScreen, taskIssueFromJira, type FailedIssueAt, type JiraClient, type TaskIssue,
} from '../../jira';
import { LOCK_STALE_MS, type ClaimRecord, type TaskRecord, type Turn } from '../ledger';
import { storageParts, writeParts } from '../postmortem/document-writer';
import { readIncident } from '../postmortem/incident-snapshot';
import { describeDocument } from '../postmortem/postmortem-state';
import { readStoredDocument, type StoredDocument } from '../postmortem/stored-document';
import { nextRevision } from '../postmortem/revisions';
import { withServerFields } from '../postmortem/server-fields';
import { isLinkedTo } from '../postmortem/task-adoption';
import { openForWriting, withWriteTurn, type WriteContext } from '../postmortem/write-turn';
import { actionTargetOf, type ActionTarget } from './action-target';
import { loadActionTaskStatuses, type TaskStatusOptions } from './action-tasks';
import { unassignableOwners } from './assignable-owners';
import { incidentProjectKey, userActionPorts, type ActionPorts, type ActionRequester } from './ports';

export const CREATE_PERMISSION = 'CREATE_ISSUES';

interface Incident { id: string; key: string; summary: string; siteUrl?: string }

async function assertMayCreate(jira: JiraClient, target: ActionTarget): Promise<void> {
  const granted = await jira.myPermissions({ projectKey: target.projectKey }, [CREATE_PERMISSION]);
  if (!granted[CREATE_PERMISSION]) {
    throw new AppError('FORBIDDEN', `You do not have permission to create issues in project ${target.projectKey}, where this post-mortem's tasks go.`);
  }
}

async function problemsOf(jira: JiraClient, items: ActionItem[], target: ActionTarget, today: string): Promise<ItemProblems[]> {
  const own = validateForCreation(items, today);
  const owners = items.flatMap((item) => (item.ownerAccountId ? [item.ownerAccountId] : []));
  const [refused, screenFields] = await Promise.all([
    unassignableOwners(jira, target.projectKey, owners),
    jira.createScreenFields(target.projectKey, target.issueType),
  ]);
  const ownerProblems = items.flatMap((item) => (item.ownerAccountId && refused.has(item.ownerAccountId)
    ? [{
      actionId: item.id,
      problems: [{ field: 'owner' as const, message: `${item.ownerDisplayName ?? 'The owner'} cannot be assigned issues in project ${target.projectKey}; choose someone who can.` }],
    }]
    : []));
  const screen = screenProblemsOf(items, { projectKey: target.projectKey, issueType: target.issueType, taskFields: taskFieldsOnScreen(screenFields) });
  return mergeProblems(items, own, [...ownerProblems, ...screen]);
}

/** The tasks an interrupted attempt made: linked, marked with this incident, item and claim, made by the claim's user. */
async function recoverClaimed(jira: JiraClient, incident: Incident, linkedIds: string[], claims: Readonly<Record<string, ClaimRecord>>): Promise<Record<string, TaskRecord>> {
  if (linkedIds.length === 0 || Object.keys(claims).length === 0) return {};
  const issues = await jira.bulkFetchIssues(linkedIds, { fields: TASK_ORIGIN_FIELDS, properties: [ACTION_TASK_PROPERTY_KEY] });
  const found: Record<string, TaskRecord> = {};
  for (const task of issues.map(taskIssueFromJira)) {
    const { marker } = task;
    const claim = marker ? claims[marker.actionId] : undefined;
    if (!marker || !claim || marker.claim !== claim.token || marker.incidentId !== incident.id) continue;
    if (task.createdBy !== claim.by || !isLinkedTo(task, incident) || found[marker.actionId]) continue;
    found[marker.actionId] = { id: task.id, key: task.key, createdBy: claim.by, createdAt: task.created ?? '' };
  }
  return found;
}

/** The ids of the issues linked to the incident, from the snapshot every writer reads. */
function linkedIssueIds(ctx: WriteContext): string[] {
  return ctx.session.snapshot.linkedIssues.flatMap((other) => (other.id ? [other.id] : []));
}

/**
 * How long after a create that got no answer Jira may still carry it out. Undocumented: the app waits
 * as long as it lets a dead writer's turn stand (LOCK_STALE_MS), the stricter reading.
 */
export const CLAIM_PENDING_MS = LOCK_STALE_MS;

/** Jira may have made the issue: the request was sent and no refusal came back. */
const outcomeUnknown = (failure: FailedIssueAt): boolean => !failure.notAttempted && (failure.status === 0 || failure.status >= 500);

function pendingText(leftMs: number): string {
  const minutes = Math.max(1, Math.ceil(leftMs / 60_000));
  return 'The last attempt to create this task got no answer from Jira, which may still create it, so no second one was made. '
    + `Press Create tasks again in ${minutes} minute${minutes === 1 ? '' : 's'}: the task is then found if Jira made it, or created if not.`;
}

function failureText(failure: FailedIssueAt): string {
  const said = [...failure.errorMessages, ...Object.entries(failure.errors).map(([field, message]) => `${field}: ${message}`)].join('; ');
  const reason = said || `Jira answered ${failure.status || 'nothing'}.`;
  return failure.notAttempted ? `Not sent, because an earlier request to Jira failed: ${reason}` : reason;
}

const omit = <T>(record: Readonly<Record<string, T>>, keys: Iterable<string>): Record<string, T> => {
  const out = { ...record };
  for (const key of keys) delete out[key];
  return out;
};

interface Creation { made: Record<string, TaskRecord>; outcomes: CreateOutcome[] }

/** Creates the tasks, claimed first, and records in the ledger each one found by its marker. */
async function createTasks(
  jira: JiraClient, turn: Turn, items: ActionItem[], incident: Incident, target: ActionTarget, rootCause: PostmortemDocument['rootCause'], by: string, now: Date,
): Promise<Creation> {
  const claim: ClaimRecord = { token: turn.token, by, at: now.toISOString() };
  await turn.update((r) => ({ ...r, claims: { ...r.claims, ...Object.fromEntries(items.map((item) => [item.id, claim])) } }));
  const requests = items.map((item) => taskCreateRequest(taskToCreate(
    item,
    { projectKey: target.projectKey, issueType: target.issueType, incidentKey: incident.key, incidentId: incident.id, claim: claim.token },
    buildTaskDescription(item, { key: incident.key, summary: incident.summary, ...(incident.siteUrl ? { siteUrl: incident.siteUrl } : {}) }, rootCause),
  )));
  const { created, failed } = await jira.createIssues(requests);
  const tasks: TaskIssue[] = created.length
    ? (await jira.bulkFetchIssues(created.map((c) => c.issue.id), { fields: TASK_CREATED_FIELDS, properties: [ACTION_TASK_PROPERTY_KEY] })).map(taskIssueFromJira)
    : [];
  const wanted = new Set(items.map((item) => item.id));
  const made: Record<string, TaskRecord> = {};
  for (const task of tasks) {
    const { marker } = task;
    if (!marker || marker.claim !== claim.token || !wanted.has(marker.actionId) || made[marker.actionId]) continue;
    made[marker.actionId] = { id: task.id, key: task.key, createdBy: by, createdAt: task.created ?? now.toISOString() };
  }
  // A claim stays where Jira may have made the task (a 5xx) or may still make it (no answer): the next
  // attempt looks for the task by its claim, and waits while an unanswered create may still land.
  const refusedIds = failed.filter((f) => !outcomeUnknown(f)).map((f) => items[f.index].id);
  const unansweredIds = failed.filter((f) => outcomeUnknown(f) && f.status === 0).map((f) => items[f.index].id);
  await turn.update((r) => ({
    ...r,
    tasks: { ...r.tasks, ...made },
    claims: Object.fromEntries(Object.entries(omit(r.claims, [...Object.keys(made), ...refusedIds]))
      .map(([id, c]) => [id, unansweredIds.includes(id) ? { ...c, unanswered: true } : c])),
  }));
  return {
    made,
    outcomes: [
      ...Object.entries(made).map(([actionId, task]): CreateOutcome => ({ actionId, status: 'created', taskKey: task.key })),
      ...failed.map((failure): CreateOutcome => ({ actionId: items[failure.index].id, status: 'failed', error: failureText(failure) })),
    ],
  };
}

/** The stored post-mortem read again (one GET); the one first read when it has not changed. */
async function rereadStored(ctx: WriteContext, jira: JiraClient, issueKey: string, now: Date): Promise<StoredDocument> {
  const snapshot = await readIncident(jira, issueKey, ctx.session.snapshot.incident.siteUrl);
  const latest = readStoredDocument(snapshot.stored, snapshot.ref, now);
  return latest.document.revision === ctx.stored.document.revision ? ctx.stored : latest;
}

/**
 * The tasks this run made or found, as Jira has them now: read by id (bulkfetch reads the database,
 * so a task made a moment ago is there). A failed read costs the run nothing: the states are shown
 * on the panel's next read instead.
 */
async function liveStatesOf(
  jira: JiraClient, incident: Incident, outcomes: readonly CreateOutcome[], recorded: Readonly<Record<string, TaskRecord>>, options: TaskStatusOptions,
): Promise<Record<string, ActionTaskStatus>> {
  const wanted = Object.fromEntries(outcomes.flatMap((o) => (o.status !== 'failed' && recorded[o.actionId] ? [[o.actionId, recorded[o.actionId]]] : [])));
  if (Object.keys(wanted).length === 0) return {};
  try {
    return await loadActionTaskStatuses(jira, incident, wanted, options);
  } catch {
    return {};
  }
}

function toResult(outcome: CreateOutcome): ActionItemCreateOutcome {
  return outcome.status === 'failed'
    ? { actionId: outcome.actionId, status: outcome.status, error: outcome.error }
    : { actionId: outcome.actionId, status: outcome.status, taskKey: outcome.taskKey };
}

function recordedButNotShown(error: unknown, outcomes: CreateOutcome[]): AppError {
  const made = outcomes.flatMap((o) => (o.status === 'failed' ? [] : [o.taskKey]));
  const cause = error instanceof Error ? error.message : String(error);
  const code = error instanceof AppError ? error.code : 'JIRA_UNAVAILABLE';
  if (made.length === 0) {
    // Nothing made to show: what stopped the items is the news (the write-back failing with it is not).
    const first = outcomes.find((o): o is Extract<CreateOutcome, { status: 'failed' }> => o.status === 'failed');
    return new AppError(code, first?.error ?? cause, { results: outcomes.map(toResult) });
  }
  return new AppError(code, `${made.length} task${made.length === 1 ? ' was' : 's were'} created in Jira (${made.join(', ')}) and the app has recorded `
    + `${made.length === 1 ? 'it' : 'them'} as this incident's, but the post-mortem could not be updated to show ${made.length === 1 ? 'its key' : 'their keys'}: ${cause} `
    + 'Nothing is lost: reload the panel (or save any change) and the keys appear; no task will be created twice.', { results: outcomes.map(toResult) });
}

export async function createActionItems(requester: ActionRequester, ports: ActionPorts = userActionPorts()): Promise<CreateActionItemsResult> {
  const { jira } = ports;
  const ctx = await openForWriting(requester, ports, 'create the tasks of');
  const target = await actionTargetOf(jira, incidentProjectKey(requester));
  await assertMayCreate(jira, target);
  const { stored, today, session } = ctx;
  const incident: Incident = { ...session.snapshot.incident };
  const people = session.snapshot.people;
  return withWriteTurn(ctx, { baseRevision: stored.exists ? stored.document.revision : 0, kind: 'tasks', requester, ports }, async (turn) => {
    const recovered = await recoverClaimed(jira, incident, linkedIssueIds(ctx), turn.record.claims);
    if (Object.keys(recovered).length) {
      await turn.update((r) => ({ ...r, tasks: { ...r.tasks, ...recovered }, claims: omit(r.claims, Object.keys(recovered)) }));
    }
    const document = withServerFields(stored.document, stored.document, turn.record.tasks);
    // An item whose last create got no answer, lately: Jira may still make its task, so none is made now.
    const nowMs = ports.now().getTime();
    const pendingLeftMs = new Map<string, number>();
    for (const [actionId, claim] of Object.entries(turn.record.claims)) {
      const left = CLAIM_PENDING_MS - (nowMs - Date.parse(claim.at));
      if (claim.unanswered && left > 0) pendingLeftMs.set(actionId, left);
    }
    const withoutTask = stored.document.actionItems.filter((item) => !turn.record.tasks[item.id]);
    const pending = withoutTask.filter((item) => pendingLeftMs.has(item.id));
    const toCreate = withoutTask.filter((item) => !pendingLeftMs.has(item.id));
    const problems = toCreate.length ? await problemsOf(jira, toCreate, target, today) : [];
    if (problems.length > 0) {
      const details: ActionItemsValidationDetails = { items: problems };
      throw new AppError('VALIDATION', describeProblems(problems, new Map(toCreate.map((i) => [i.id, i.title]))), details);
    }
    const creation = toCreate.length
      ? await createTasks(jira, turn, toCreate, incident, target, document.rootCause, requester.accountId, ports.now())
      : { made: {}, outcomes: [] };
    // Tasks recorded earlier that the stored post-mortem does not show yet (its write-back failed).
    const unshown = stored.document.actionItems.filter((item) => turn.record.tasks[item.id] && !creation.made[item.id] && item.taskKey !== turn.record.tasks[item.id].key);
    const outcomes = [
      ...unshown.map((item): CreateOutcome => ({ actionId: item.id, status: 'existing', taskKey: turn.record.tasks[item.id].key })),
      ...pending.map((item): CreateOutcome => ({ actionId: item.id, status: 'failed', error: pendingText(pendingLeftMs.get(item.id) ?? 0) })),
      ...creation.outcomes,
    ];
    if (outcomes.length === 0) {
      return { value: { ...describeDocument(document, today, people), results: [], targetProjectKey: target.projectKey, actionTasks: {} } };
    }
    const order = new Map(stored.document.actionItems.map((item, index) => [item.id, index]));
    outcomes.sort((a, b) => (order.get(a.actionId) ?? 0) - (order.get(b.actionId) ?? 0));
    const actionTasks = await liveStatesOf(jira, incident, outcomes, turn.record.tasks, { now: ports.now(), ...(requester.timezone ? { timeZone: requester.timezone } : {}) });
    let next: PostmortemDocument;
    try {
      // Creating can take a while: a write made around the app meanwhile (straight through Jira's REST
      // API, which no turn can stop) is read again, and the outcomes go into it, so it is kept.
      const latest = await rereadStored(ctx, jira, requester.issueKey, ports.now());
      const base = withServerFields(latest.document, latest.document, turn.record.tasks);
      // Only the keys go into the document (room is kept for them, size.ts); the states go to the caller.
      const applied = { ...base, actionItems: applyCreateOutcomes(base.actionItems, outcomes) };
      const withOutcomes = withServerFields(applied, applied, turn.record.tasks);
      next = nextRevision(withOutcomes, latest.document, { accountId: requester.accountId, now: ports.now() });
      await writeParts(jira, requester.issueKey, storageParts(next), latest.overflowPresent);
    } catch (error) {
      throw recordedButNotShown(error, outcomes);
    }
    return {
      value: { ...describeDocument(next, today, people), results: outcomes.map(toResult), targetProjectKey: target.projectKey, actionTasks },
      revision: next.revision,
    };
  });
}
