/**
 * Every write of a post-mortem (save, complete, create tasks, the trigger's write-back) runs inside
 * the incident's turn (services/ledger/incident-turn.ts): only one writer at a time, and only from
 * the revision last written. A writer that finds the turn taken, or its base revision gone, gets
 * CONFLICT with the post-mortem as it is now, so the panel can merge and save again: no accepted
 * save is ever lost (DESIGN.md section 3).
 */
import type { ConflictDetails, PersonRef } from '../../contracts/postmortem';
import { personOf } from '../../jira';
import { AppError } from '../../errors';
import { takeTurn, TurnLostError, TurnRefusedError, type LedgerRecord, type Turn, type WriteKind } from '../ledger';
import type { IncidentSession } from './incident-session';
import { openIncidentSession } from './incident-session';
import type { PostmortemPorts, PostmortemRequester } from './ports';
import { describeDocument } from './postmortem-state';
import { staleRevisionMessage } from './revisions';
import { readStoredDocument, type StoredDocument } from './stored-document';
import { adoptDocumentTasks } from './task-adoption';
import { viewerToday } from './viewer-date';

/** What every writer starts from: the incident, the stored post-mortem, the viewer's today. */
export interface WriteContext {
  session: IncidentSession;
  stored: StoredDocument;
  today: string;
}

export interface TurnOutcome<T> {
  value: T;
  /** The revision written to Jira; absent when nothing was written (the turn is only released). */
  revision?: number;
  /** Ledger changes to store with the commit or release. */
  change?: (record: LedgerRecord) => LedgerRecord;
}

/** Errors the app answers before it writes to Jira. */
const REFUSALS: ReadonlySet<string> = new Set(['VALIDATION', 'TOO_LARGE', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/** One of the app's own refusals (bad input, too large, not allowed, someone else's revision): nothing was tried in Jira. */
export const isAppRefusal = (error: unknown): boolean => error instanceof AppError && REFUSALS.has(error.code);

const ACTIVITY: Record<string, string> = {
  save: 'saving this post-mortem',
  complete: 'completing this post-mortem',
  tasks: 'creating its action-item tasks',
  refresh: 'recording its action items\' progress',
};

export async function openForWriting(requester: Pick<PostmortemRequester, 'issueKey' | 'siteUrl' | 'timezone'>, ports: PostmortemPorts, what = 'change'): Promise<WriteContext> {
  const session = await openIncidentSession(ports.jira, requester.issueKey, requester.siteUrl);
  if (!session.canEdit) {
    throw new AppError('FORBIDDEN', `You can read this post-mortem but not ${what} it: you do not have permission to edit ${requester.issueKey}.`);
  }
  const stored = readStoredDocument(session.snapshot.stored, session.snapshot.ref, ports.now());
  return { session, stored, today: viewerToday(ports.now(), requester.timezone) };
}

/** The person behind `accountId`: one the incident names, else Jira's user record; undefined when neither says. */
async function personNamed(ctx: WriteContext, ports: PostmortemPorts, accountId: string | undefined): Promise<PersonRef | undefined> {
  if (!accountId) return undefined;
  const known = ctx.session.snapshot.people.find((p) => p.accountId === accountId);
  if (known) return known;
  try {
    return personOf(await ports.jira.findUser(accountId));
  } catch {
    return undefined;
  }
}

async function conflictOf(refusal: TurnRefusedError, baseRevision: number, ctx: WriteContext, requester: PostmortemRequester, ports: PostmortemPorts): Promise<AppError> {
  const fresh = refusal.reason === 'stale-base' ? (await openForWriting(requester, ports)).stored : ctx.stored;
  const current = describeDocument(fresh.document, ctx.today, ctx.session.snapshot.people);
  if (refusal.reason === 'busy') {
    const holder = refusal.current.holder;
    const person = holder?.by === requester.accountId ? undefined : await personNamed(ctx, ports, holder?.by);
    const who = holder?.by === requester.accountId ? 'You (in another tab or window) are' : `${person?.displayName ?? 'Someone else'} is`;
    const details: ConflictDetails = { current, ...(person ? { by: person } : {}) };
    return new AppError('CONFLICT', `${who} ${ACTIVITY[holder?.kind ?? 'save'] ?? 'changing this post-mortem'} right now. `
      + 'Nothing you typed is lost; try again in a moment.', details);
  }
  const person = await personNamed(ctx, ports, fresh.document.updatedBy);
  const details: ConflictDetails = { current, ...(person ? { by: person } : {}) };
  return new AppError('CONFLICT', staleRevisionMessage(details.current.revision, baseRevision), details);
}

/**
 * Runs `work` holding the incident's turn from `baseRevision`: commits the revision it wrote (or
 * releases the turn when it wrote none, or failed), with its ledger changes.
 */
export async function withWriteTurn<T>(
  ctx: WriteContext,
  request: { baseRevision: number; kind: WriteKind; requester: PostmortemRequester; ports: PostmortemPorts },
  work: (turn: Turn) => Promise<TurnOutcome<T>>,
): Promise<T> {
  const { ports, requester } = request;
  const incident = ctx.session.snapshot.incident;
  let turn: Turn;
  try {
    turn = await takeTurn(ports.ledger, {
      incidentId: incident.id,
      incidentKey: incident.key,
      jiraRevision: ctx.stored.exists ? ctx.stored.document.revision : 0,
      baseRevision: request.baseRevision,
      kind: request.kind,
      by: requester.accountId,
      now: ports.now,
      adoptTasks: () => adoptDocumentTasks(ports.jira, { ...incident, linkedIssues: ctx.session.snapshot.linkedIssues }, ctx.stored.document),
    });
  } catch (error) {
    if (error instanceof TurnRefusedError) throw await conflictOf(error, request.baseRevision, ctx, requester, ports);
    throw error;
  }
  let outcome: TurnOutcome<T>;
  try {
    outcome = await work(turn);
  } catch (error) {
    // Whether Jira carried out the write is unknown (an answer lost to a timeout still may have): the
    // next writer that finds Jira at this revision knows it landed (incident-turn.ts).
    // A refusal of the app's own (bad input, too large, not allowed) wrote nothing: nothing to settle.
    if (isAppRefusal(error)) {
      await turn.release();
      throw error;
    }
    const unsettled = { revision: turn.record.revision + 1, baseRevision: request.baseRevision, kind: request.kind, by: requester.accountId };
    await turn.release((r) => ({ ...r, unsettled }));
    throw error;
  }
  try {
    if (outcome.revision === undefined) await turn.release(outcome.change);
    else await turn.commit(outcome.revision, outcome.change);
  } catch (error) {
    if (error instanceof TurnLostError) throw new AppError('CONFLICT', error.message);
    throw error;
  }
  return outcome.value;
}
