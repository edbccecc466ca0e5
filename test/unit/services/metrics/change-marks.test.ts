/** Change marks: which cached results they make stale, and the trigger that writes them. */
import { changedSince, changeMarkKey, markProjectChanged } from '../../../../src/services/metrics/change-marks';
import { handleMetricsChangeEvent } from '../../../../src/services/metrics/change-events';
import { memoryStore } from './fake-site';

const at = (iso: string) => new Date(iso);

describe('changedSince', () => {
  it('sees a change up to two minutes (the search index allowance) before the computation, not one older', async () => {
    const store = memoryStore();
    const computedAt = '2026-12-04T12:00:00.000Z';
    expect(await changedSince(store, ['QA'], computedAt)).toBe(false);
    await markProjectChanged(store, 'QA', at('2026-12-04T11:57:59.999Z'));
    expect(await changedSince(store, ['QA'], computedAt)).toBe(false);
    await markProjectChanged(store, 'QA', at('2026-12-04T11:58:00.000Z'));
    expect(await changedSince(store, ['QA'], computedAt)).toBe(true);
  });

  it('reads every project the figures count (the action items\' own project too), each once', async () => {
    const store = memoryStore();
    await markProjectChanged(store, 'OPS', at('2026-12-04T12:05:00.000Z'));
    expect(await changedSince(store, ['QA', 'QA'], '2026-12-04T12:00:00.000Z')).toBe(false);
    expect(await changedSince(store, ['QA', 'OPS'], '2026-12-04T12:00:00.000Z')).toBe(true);
    expect(store.writes.at(-1)).toMatchObject({ key: changeMarkKey('OPS'), ttlSeconds: 2 * 24 * 3600 });
  });
});

describe('handleMetricsChangeEvent', () => {
  const deps = () => ({ store: memoryStore(), clock: () => at('2026-12-04T12:00:00.000Z') });

  it('marks the project of the issue the event carries, from its project field or else its key', async () => {
    const d = deps();
    expect(await handleMetricsChangeEvent({ eventType: 'avi:jira:updated:issue', issue: { id: '1', key: 'QA-1', fields: { project: { key: 'QA' } } } }, d)).toEqual({ marked: 'QA' });
    expect(await handleMetricsChangeEvent({ eventType: 'avi:jira:deleted:issue', issue: { id: '2', key: 'OPS-7' } }, d)).toEqual({ marked: 'OPS' });
    expect(d.store.entries.get(changeMarkKey('QA'))).toEqual({ at: '2026-12-04T12:00:00.000Z' });
  });

  it('marks nothing for an event it does not know or one without an issue it can place', async () => {
    const d = deps();
    expect(await handleMetricsChangeEvent({ eventType: 'avi:jira:created:issuelink', issue: { key: 'QA-1' } }, d)).toEqual({ marked: null });
    expect(await handleMetricsChangeEvent({ eventType: 'avi:jira:created:issue', issue: { key: 'not a key' } }, d)).toEqual({ marked: null });
    expect(await handleMetricsChangeEvent(null, d)).toEqual({ marked: null });
    expect(d.store.entries.size).toBe(0);
  });
});
