/**
 * Taking turns to write an incident's post-mortem (DESIGN.md section 3). Jira issue properties have
 * no compare-and-set, so "read the revision, compare, write" is not atomic: two saves of the same
 * revision both pass and one is lost. Every writer (save, complete, create tasks, the trigger's
 * write-back) therefore first takes the incident's turn in its ledger with one conditional
 * transaction (ledger-store.ts): only one writer holds it, and only when its base revision is the
 * one last written. The holder writes Jira, then commits the new revision and frees the turn in one
 * more transaction.
 *
 * A holder that died (its invocation stopped) leaves the turn taken. Forge ends every function within
 * 900 s and a resolver within 25 s, so a turn older than LOCK_STALE_MS can be taken over: if Jira
 * already holds the next revision the dead writer's write landed and is committed, else it is
 * dropped. The claims of tasks being created stay, so the next attempt can find those tasks.
 */
import { randomUUID } from 'node:crypto';
import type { LedgerRecord, LedgerStore, TaskRecord, UnsettledWrite } from './ledger-store';

/** Past the longest run a writer can have (a product trigger's 55 s), with room to spare. */
export const LOCK_STALE_MS = 120_000;
/** Races lost in a row before giving up: each loss means someone else just wrote. */
const ATTEMPTS = 4;

export type WriteKind = 'save' | 'complete' | 'tasks' | 'refresh';

/** Someone else holds the turn, or the base revision is not the current one. */
export class TurnRefusedError extends Error {
  constructor(
    readonly reason: 'busy' | 'stale-base',
    readonly current: { revision: number; holder?: { kind: string; by: string; since: number } },
  ) {
    super(reason === 'busy' ? `A ${current.holder?.kind ?? 'write'} of this post-mortem is under way` : 'The post-mortem has changed');
    this.name = 'TurnRefusedError';
  }
}

/** The turn was taken over (it ran past LOCK_STALE_MS) before this writer finished. */
export class TurnLostError extends Error {
  constructor() {
    super('This change took too long and another one went ahead; nothing of it was kept. Try again.');
    this.name = 'TurnLostError';
  }
}

export interface TurnRequest {
  incidentId: string;
  incidentKey: string;
  /** The revision of the post-mortem as read from Jira just now (0 when none is stored). */
  jiraRevision: number;
  /** The revision the writer's change is based on. */
  baseRevision: number;
  kind: WriteKind;
  /** Account id of the writer. */
  by: string;
  now: () => Date;
  /**
   * The tasks to record when the ledger is first made for an incident whose post-mortem already
   * names tasks (written before the ledger existed); asked only then.
   */
  adoptTasks?: () => Promise<{ tasks: Record<string, TaskRecord>; duplicates: Record<string, TaskRecord[]> }>;
}

export interface Turn {
  readonly token: string;
  /** The ledger as this turn last wrote it. */
  readonly record: LedgerRecord;
  /** Changes the ledger while keeping the turn (recording claims and created tasks as they happen). */
  update(change: (record: LedgerRecord) => LedgerRecord): Promise<LedgerRecord>;
  /** Records `revision` as written and frees the turn. */
  commit(revision: number, change?: (record: LedgerRecord) => LedgerRecord): Promise<LedgerRecord>;
  /** Frees the turn without a new revision (the write failed or was refused). */
  release(change?: (record: LedgerRecord) => LedgerRecord): Promise<void>;
}

const FREE = { lockToken: '', lockKind: '', lockBy: '', lockSince: 0 } as const;

export function newLedger(
  incidentId: string, incidentKey: string, revision: number, tasks: Record<string, TaskRecord>, duplicates: Record<string, TaskRecord[]> = {},
): LedgerRecord {
  return { incidentId, incidentKey, revision, ...FREE, tasks, duplicates, claims: {}, completion: null };
}

type LedgerRequest = Pick<TurnRequest, 'incidentId' | 'incidentKey' | 'jiraRevision' | 'adoptTasks'>;

/** The ledger as stored, made on first use. */
export async function openLedger(store: LedgerStore, request: LedgerRequest): Promise<LedgerRecord> {
  return (await store.get(request.incidentId)) ?? makeLedger(store, request);
}

/** The first ledger record of the incident (or the one a simultaneous writer made first). */
async function makeLedger(store: LedgerStore, request: LedgerRequest): Promise<LedgerRecord> {
  const adopted = await request.adoptTasks?.();
  const fresh = newLedger(request.incidentId, request.incidentKey, request.jiraRevision, adopted?.tasks ?? {}, adopted?.duplicates ?? {});
  if (await store.create(fresh)) return fresh;
  const raced = await store.get(request.incidentId);
  if (!raced) throw new Error(`The ledger of ${request.incidentKey} could neither be created nor read`);
  return raced;
}

const isRetryOf = (write: UnsettledWrite, request: TurnRequest): boolean =>
  write.by === request.by && write.kind === request.kind && write.baseRevision === request.baseRevision;

export function isStale(record: LedgerRecord, now: Date): boolean {
  return record.lockToken !== '' && now.getTime() - record.lockSince > LOCK_STALE_MS;
}

/**
 * The ledger with a dead writer's turn settled: committed when Jira holds the revision after the
 * ledger's (its write landed), else dropped. Undefined when someone else settled it first.
 */
async function settleStale(store: LedgerStore, record: LedgerRecord, jiraRevision: number): Promise<LedgerRecord | undefined> {
  const landed = jiraRevision === record.revision + 1;
  const settled: LedgerRecord = { ...record, ...FREE, revision: landed ? jiraRevision : record.revision };
  return (await store.replace(settled, { lockToken: record.lockToken, revision: record.revision })) ? settled : undefined;
}

export async function takeTurn(store: LedgerStore, request: TurnRequest): Promise<Turn> {
  // A change Jira's own revision already refuses writes nothing, not even a first ledger record.
  const staleAgainstJira = () => new TurnRefusedError('stale-base', { revision: request.jiraRevision });
  const existing = await store.get(request.incidentId);
  if (!existing && request.baseRevision !== request.jiraRevision) throw staleAgainstJira();
  let record = existing ?? await makeLedger(store, request);
  let { baseRevision } = request;
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    if (record.lockToken !== '') {
      if (!isStale(record, request.now())) {
        throw new TurnRefusedError('busy', { revision: record.revision, holder: { kind: record.lockKind, by: record.lockBy, since: record.lockSince } });
      }
      record = (await settleStale(store, record, request.jiraRevision)) ?? (await openLedger(store, request));
      continue;
    }
    // Jira ahead of the ledger: a write whose answer was lost landed after all (the unsettled one),
    // or Jira was written outside the app (another client, a restore). Jira is the truth.
    if (request.jiraRevision > record.revision) {
      const landed = record.unsettled?.revision === request.jiraRevision ? record.unsettled : null;
      // The same writer trying again what landed unseen: its change goes on from what it wrote.
      if (landed && isRetryOf(landed, request)) baseRevision = request.jiraRevision;
      if (baseRevision !== request.jiraRevision) throw staleAgainstJira();
      const synced = { ...record, revision: request.jiraRevision, unsettled: null };
      record = (await store.replace(synced, { lockToken: '', revision: record.revision })) ? synced : await openLedger(store, request);
      continue;
    }
    if (baseRevision !== record.revision) throw new TurnRefusedError('stale-base', { revision: record.revision });
    const token = randomUUID();
    const taken: LedgerRecord = { ...record, lockToken: token, lockKind: request.kind, lockBy: request.by, lockSince: request.now().getTime() };
    if (await store.replace(taken, { lockToken: '', revision: record.revision })) return heldTurn(store, token, taken);
    record = await openLedger(store, request);
  }
  throw new TurnRefusedError('busy', { revision: record.revision });
}

function heldTurn(store: LedgerStore, token: string, taken: LedgerRecord): Turn {
  let current = taken;
  const write = async (next: LedgerRecord): Promise<LedgerRecord> => {
    if (!(await store.replace(next, { lockToken: token, revision: current.revision }))) throw new TurnLostError();
    current = next;
    return next;
  };
  return {
    token,
    get record() { return current; },
    update: (change) => write({ ...change(current), lockToken: token }),
    commit: (revision, change = (r) => r) => write({ ...change(current), ...FREE, revision, unsettled: null }),
    async release(change = (r) => r) {
      try {
        await write({ ...change(current), ...FREE });
      } catch (error) {
        if (!(error instanceof TurnLostError)) throw error;
      }
    },
  };
}
