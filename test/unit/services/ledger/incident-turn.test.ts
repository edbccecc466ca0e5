/**
 * Taking an incident's turn (src/services/ledger/incident-turn.ts) over the in-memory ledger store:
 * a refused change writes nothing, and a write whose answer was lost but which landed in Jira lets
 * the same writer go on from it, and no one else.
 */
import { memoryLedgerStore, newLedger, takeTurn, TurnRefusedError, type TurnRequest } from '../../../../src/services/ledger';
import { rejectionOf } from '../../../helpers/rejection';

const NOW = new Date('2026-12-01T10:00:00Z');
const request = (overrides: Partial<TurnRequest> = {}): TurnRequest => ({
  incidentId: '10001', incidentKey: 'QA-1', jiraRevision: 3, baseRevision: 3, kind: 'save', by: 'alice', now: () => NOW, ...overrides,
});

describe('takeTurn', () => {
  it('refuses a change based on another revision than Jira\'s without making a ledger record', async () => {
    const store = memoryLedgerStore();
    const refusal = await rejectionOf(takeTurn(store, request({ jiraRevision: 0, baseRevision: 1 })), TurnRefusedError);
    expect(refusal).toMatchObject({ reason: 'stale-base', current: { revision: 0 } });
    expect(store.records.size).toBe(0);
  });

  it('refuses a stale change when Jira is ahead of the ledger without bringing the ledger up to Jira', async () => {
    const store = memoryLedgerStore();
    await store.create(newLedger('10001', 'QA-1', 3, {}));
    await rejectionOf(takeTurn(store, request({ jiraRevision: 5, baseRevision: 3 })), TurnRefusedError);
    expect(store.records.get('10001')?.revision).toBe(3);
  });

  it('lets the writer whose answer was lost go on from the revision it wrote, once Jira shows it landed', async () => {
    const store = memoryLedgerStore();
    await store.create({ ...newLedger('10001', 'QA-1', 3, {}), unsettled: { revision: 4, baseRevision: 3, kind: 'save', by: 'alice' } });

    // Someone else, from the same old revision: their base is gone.
    await rejectionOf(takeTurn(store, request({ jiraRevision: 4, baseRevision: 3, by: 'bob' })), TurnRefusedError);
    // The same writer again (the panel's retry): a turn from revision 4.
    const turn = await takeTurn(store, request({ jiraRevision: 4, baseRevision: 3 }));
    expect(turn.record).toMatchObject({ revision: 4, unsettled: null, lockBy: 'alice' });
    await turn.commit(5);
    expect(store.records.get('10001')).toMatchObject({ revision: 5, lockToken: '', unsettled: null });
  });

  it('does not take an unsettled write for landed while Jira does not show it: the retry goes on from the old revision', async () => {
    const store = memoryLedgerStore();
    await store.create({ ...newLedger('10001', 'QA-1', 3, {}), unsettled: { revision: 4, baseRevision: 3, kind: 'save', by: 'alice' } });
    const turn = await takeTurn(store, request({ jiraRevision: 3, baseRevision: 3 }));
    expect(turn.record.revision).toBe(3);
    // Another kind of write by the same person is not a retry of it.
    await turn.release();
    await rejectionOf(takeTurn(store, request({ jiraRevision: 4, baseRevision: 3, kind: 'complete' })), TurnRefusedError);
  });
});
