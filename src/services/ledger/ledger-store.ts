/**
 * The incident ledger in Forge storage: one `incident-ledger` custom entity per incident, written
 * only by the app. Jira issue properties have no compare-and-set, so every write of a post-mortem
 * first takes its turn here with a conditional transaction (DESIGN.md section 3):
 * `kvs.transact().set(key, value, {entityName, conditions})` applies only while the stored
 * attributes still hold the expected values, and `keyPolicy: 'FAIL_IF_EXISTS'` creates a record
 * only once.
 * https://developer.atlassian.com/platform/forge/storage-reference/entities-transactions/
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-basic/ (keyPolicy)
 *
 * Forge does not document the error a failed condition or an existing key answers with, so a
 * failure is confirmed by reading the record again: if it no longer holds what was expected (or now
 * exists), the write lost the race; otherwise the error is real and is thrown.
 */
import { Filter, FilterConditions, kvs } from '@forge/kvs';

export const LEDGER_ENTITY = 'incident-ledger';

/** A task the app created for an action item, as it recorded it. */
export interface TaskRecord {
  id: string;
  key: string;
  /** Account id of the user the task was created as. */
  createdBy: string;
  createdAt: string;
}

/** A task being created: the marker the task carries, so an interrupted attempt can find it. */
export interface ClaimRecord {
  token: string;
  by: string;
  at: string;
  /** The create got no answer at all: Jira may still be carrying it out. */
  unanswered?: boolean;
}

/** The summary comment of a completion. */
export interface CompletionRecord {
  /** The revision the completion was based on. */
  revision: number;
  token: string;
  by: string;
  startedAt: string;
  commentId?: string;
}

export interface LedgerRecord {
  incidentId: string;
  incidentKey: string;
  /** The revision of the post-mortem last written to Jira through the app. */
  revision: number;
  /** '' when no write is under way; else the token of the write that holds the turn. */
  lockToken: string;
  lockKind: string;
  lockBy: string;
  /** Epoch ms the turn was taken (0 when free). */
  lockSince: number;
  tasks: Record<string, TaskRecord>;
  /**
   * Further tasks of the app for an item, made before the ledger existed (two simultaneous Create
   * tasks could make two): not followed, reported so someone closes them. Absent in older records.
   */
  duplicates?: Record<string, TaskRecord[]>;
  claims: Record<string, ClaimRecord>;
  completion: CompletionRecord | null;
  /**
   * The last write whose outcome the app could not know (Jira did not answer in time, or the
   * invocation ran out): Jira may still carry it out. Absent in older records and after a commit.
   */
  unsettled?: UnsettledWrite | null;
}

/** A write of `revision`, from `baseRevision`, by `by`, that may or may not have reached Jira. */
export interface UnsettledWrite {
  revision: number;
  baseRevision: number;
  kind: string;
  by: string;
}

export interface LedgerExpectation {
  lockToken: string;
  revision: number;
}

export interface LedgerStore {
  get(incidentId: string): Promise<LedgerRecord | undefined>;
  /** Creates the record; false when one exists already. */
  create(record: LedgerRecord): Promise<boolean>;
  /** Replaces the record while it still holds `expected`; false when it no longer does. */
  replace(record: LedgerRecord, expected: LedgerExpectation): Promise<boolean>;
}

export const ledgerKey = (incidentId: string): string => `ledger:${incidentId}`;

const holds = (record: LedgerRecord | undefined, expected: LedgerExpectation): boolean =>
  record !== undefined && record.lockToken === expected.lockToken && record.revision === expected.revision;

export function forgeLedgerStore(): LedgerStore {
  const entity = kvs.entity<LedgerRecord>(LEDGER_ENTITY);
  const get = (incidentId: string) => entity.get(ledgerKey(incidentId));
  return {
    get,
    async create(record) {
      try {
        await entity.set(ledgerKey(record.incidentId), record, { keyPolicy: 'FAIL_IF_EXISTS' });
        return true;
      } catch (error) {
        if ((await get(record.incidentId)) !== undefined) return false;
        throw error;
      }
    },
    async replace(record, expected) {
      const conditions = new Filter<LedgerRecord>()
        .and('lockToken', FilterConditions.equalTo(expected.lockToken))
        .and('revision', FilterConditions.equalTo(expected.revision));
      try {
        await kvs.transact().set(ledgerKey(record.incidentId), record, { entityName: LEDGER_ENTITY, conditions }).execute();
        return true;
      } catch (error) {
        if (!holds(await get(record.incidentId), expected)) return false;
        throw error;
      }
    },
  };
}

/** The same contract in memory, for unit tests of the services. */
export function memoryLedgerStore(): LedgerStore & { records: Map<string, LedgerRecord> } {
  const records = new Map<string, LedgerRecord>();
  const copy = (r: LedgerRecord): LedgerRecord => structuredClone(r);
  return {
    records,
    get: async (incidentId) => { const r = records.get(incidentId); return r && copy(r); },
    async create(record) {
      if (records.has(record.incidentId)) return false;
      records.set(record.incidentId, copy(record));
      return true;
    },
    async replace(record, expected) {
      if (!holds(records.get(record.incidentId), expected)) return false;
      records.set(record.incidentId, copy(record));
      return true;
    },
  };
}
