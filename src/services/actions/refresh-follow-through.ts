/**
 * Keeps an incident's post-mortem in step with its action-item tasks (DESIGN.md section 2, stage 7):
 * the tasks the app recorded are read as they are now (issue/bulkfetch, current at once), their
 * states and due dates folded into the action items, and the post-mortem saved as the app, in the
 * incident's turn, only when that changes something the JQL index or a reader depends on: an item
 * that became done or not done, a due date moved, or an index field that no longer matches (a task
 * that passed its due date since the last save). A recorded task counts only while it is linked to
 * the incident. Task keys the stored post-mortem does not show yet (a failed write-back of "Create
 * tasks") are written too. A save by someone else meanwhile (CONFLICT) makes it read again and retry.
 */
import { applyTaskStates, followThroughSummary, utcDay, type ActionTaskState, type FollowThroughSummary } from '../../domain/actions';
import { indexSummaryDiffers } from '../../domain/postmortem';
import { AppError } from '../../errors';
import { storageParts, writeParts } from '../postmortem/document-writer';
import { nextRevision } from '../postmortem/revisions';
import { withServerFields } from '../postmortem/server-fields';
import { adoptDocumentTasks } from '../postmortem/task-adoption';
import { openForWriting, withWriteTurn, type WriteContext } from '../postmortem/write-turn';
import { readRecordedTasks } from './action-tasks';
import type { ActionPorts } from './ports';

export interface FollowThroughRefresh {
  incidentKey: string;
  /** Absent when the incident has no readable post-mortem. */
  summary?: FollowThroughSummary;
  /** Whether the post-mortem was written. */
  saved: boolean;
  /** Why nothing was written, when nothing was. */
  reason?: string;
}

/** Attempts in all: a save by someone else between the read and the write means reading again. */
const ATTEMPTS = 3;

async function appAccountId(ports: ActionPorts): Promise<string> {
  const me = await ports.jira.myself();
  if (!me.accountId) throw new Error('Jira did not say which account the app acts as');
  return me.accountId;
}

/** Reasons the post-mortem cannot be read or written that no retry will change. */
const FINAL = new Set(['NOT_FOUND', 'VALIDATION', 'FORBIDDEN']);

async function openIncident(incidentKey: string, ports: ActionPorts): Promise<WriteContext | string> {
  try {
    return await openForWriting({ issueKey: incidentKey }, ports, 'update');
  } catch (error) {
    if (error instanceof AppError && FINAL.has(error.code)) return error.message;
    throw error;
  }
}

async function refreshOnce(incidentKey: string, ports: ActionPorts, accountId: () => Promise<string>): Promise<FollowThroughRefresh> {
  const ctx = await openIncident(incidentKey, ports);
  if (typeof ctx === 'string') return { incidentKey, saved: false, reason: ctx };
  if (!ctx.stored.exists) return { incidentKey, saved: false, reason: 'The incident has no saved post-mortem.' };
  const incident = ctx.session.snapshot.incident;
  const ledger = await ports.ledger.get(incident.id);
  const recorded = ledger?.tasks ?? (await adoptDocumentTasks(ports.jira, { ...incident, linkedIssues: ctx.session.snapshot.linkedIssues }, ctx.stored.document)).tasks;
  const states = await readRecordedTasks(ports.jira, incident, recorded);
  const linked = new Map<string, ActionTaskState>([...states].filter(([, task]) => task.linked));
  const today = utcDay(ports.now());
  const current = withServerFields(ctx.stored.document, ctx.stored.document, recorded);
  const applied = applyTaskStates(current.actionItems, linked);
  const summary = followThroughSummary(applied.items, linked, today);
  const document = { ...current, actionItems: applied.items };
  // A task the app recorded whose key the stored post-mortem does not show (its write-back failed).
  const keysUnshown = ctx.stored.document.actionItems.some((item) => recorded[item.id] && item.taskKey !== recorded[item.id].key);
  if (!applied.changed && !keysUnshown && !indexSummaryDiffers(document, today)) {
    return { incidentKey, summary, saved: false, reason: 'Nothing the post-mortem records has changed.' };
  }
  const requester = { issueKey: incidentKey, accountId: await accountId() };
  return withWriteTurn(ctx, { baseRevision: ctx.stored.document.revision, kind: 'refresh', requester, ports }, async (turn) => {
    const next = nextRevision(withServerFields(document, document, turn.record.tasks), ctx.stored.document, { accountId: requester.accountId, now: ports.now() });
    await writeParts(ports.jira, incidentKey, storageParts(next), ctx.stored.overflowPresent);
    return { value: { incidentKey, summary, saved: true }, revision: next.revision };
  });
}

export async function refreshFollowThrough(incidentKey: string, ports: ActionPorts): Promise<FollowThroughRefresh> {
  let account: Promise<string> | undefined;
  const accountId = () => (account ??= appAccountId(ports));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await refreshOnce(incidentKey, ports, accountId);
    } catch (error) {
      const conflict = error instanceof AppError && error.code === 'CONFLICT';
      if (!conflict || attempt >= ATTEMPTS) throw error;
    }
  }
}
