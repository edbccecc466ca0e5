/** The app's own record of each incident (Forge storage): turns to write, tasks created, completions. */
export {
  LEDGER_ENTITY, forgeLedgerStore, ledgerKey, memoryLedgerStore,
  type ClaimRecord, type CompletionRecord, type LedgerExpectation, type LedgerRecord, type LedgerStore, type TaskRecord, type UnsettledWrite,
} from './ledger-store';
export {
  LOCK_STALE_MS, TurnLostError, TurnRefusedError, isStale, newLedger, openLedger, takeTurn,
  type Turn, type TurnRequest, type WriteKind,
} from './incident-turn';
