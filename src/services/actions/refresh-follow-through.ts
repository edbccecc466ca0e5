/**
 * Keeps an incident's post-mortem in step with its action-item tasks (DESIGN.md section 2, stage 7):
 * the tasks are read with one search, their keys, states and due dates folded into the action
 * items, and the post-mortem saved (with its revision, as the app) only when that changes something
 * the JQL index or a reader depends on: a task key learnt, an item that became done or not done, a
 * due date moved, or an index field that no longer matches (a task that passed its due date since
 * the last save). The save recomputes `openActions`, `overdueActions`, `doneActions` and
 * `fixValidation`, so JQL over `issue.property[qa-postmortem]` stays true. A conflicting save is
 * re-read and retried once.
 */
import { applyTaskStates, followThroughSummary, utcDay, type ActionTaskState, type FollowThroughSummary } from '../../domain/actions';
import type { StoredPostmortemView } from '../../contracts/postmortem';
import { indexSummaryDiffers } from '../../domain/postmortem';
import { AppError } from '../../errors';
import { readPostmortemView, savePostmortem } from '../postmortem';
import { findIncidentTasks } from './action-tasks';
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

/** Saves at most twice: the first attempt, and one after a conflict with someone else's save. */
const SAVE_ATTEMPTS = 2;

async function appAccountId(ports: ActionPorts): Promise<string> {
  const me = await ports.jira.myself();
  if (!me.accountId) throw new Error('Jira did not say which account the app acts as');
  return me.accountId;
}

/** Reasons the post-mortem cannot be read that no retry will change: the incident is gone, hidden, or no longer an incident. */
const UNREADABLE = new Set(['NOT_FOUND', 'VALIDATION', 'FORBIDDEN']);

async function readPostmortem(incidentKey: string, ports: ActionPorts): Promise<StoredPostmortemView | string> {
  try {
    return await readPostmortemView({ issueKey: incidentKey }, ports);
  } catch (error) {
    if (error instanceof AppError && UNREADABLE.has(error.code)) return error.message;
    throw error;
  }
}

async function refreshOnce(incidentKey: string, tasks: ReadonlyMap<string, ActionTaskState>, ports: ActionPorts, accountId: () => Promise<string>): Promise<FollowThroughRefresh> {
  const view = await readPostmortem(incidentKey, ports);
  if (typeof view === 'string') return { incidentKey, saved: false, reason: view };
  if (view.revision === 0) return { incidentKey, saved: false, reason: 'The incident has no saved post-mortem.' };
  const today = utcDay(ports.now());
  const applied = applyTaskStates(view.document.actionItems, tasks);
  const summary = followThroughSummary(applied.items, tasks, today);
  const document = { ...view.document, actionItems: applied.items };
  if (!applied.changed && !indexSummaryDiffers(document, today)) {
    return { incidentKey, summary, saved: false, reason: 'Nothing the post-mortem records has changed.' };
  }
  if (!view.canEdit) return { incidentKey, summary, saved: false, reason: `The app may not edit ${incidentKey}.` };
  await savePostmortem(
    { document, baseRevision: view.revision },
    { issueKey: incidentKey, accountId: await accountId() },
    ports,
  );
  return { incidentKey, summary, saved: true };
}

export async function refreshFollowThrough(incidentKey: string, ports: ActionPorts): Promise<FollowThroughRefresh> {
  const tasks = await findIncidentTasks(ports.jira, incidentKey);
  let account: Promise<string> | undefined;
  const accountId = () => (account ??= appAccountId(ports));
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await refreshOnce(incidentKey, tasks, ports, accountId);
    } catch (error) {
      const conflict = error instanceof AppError && error.code === 'CONFLICT';
      if (!conflict || attempt >= SAVE_ATTEMPTS) throw error;
    }
  }
}
