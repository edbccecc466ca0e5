import { AppError } from '../../../../src/errors';
import { defaultSettings } from '../../../../src/domain/metrics';
import { markProjectChanged } from '../../../../src/services/metrics/change-marks';
import { getProjectMetrics, type MetricsServiceDeps } from '../../../../src/services/metrics/metrics-service';
import type { ProjectMetricsResult } from '../../../../src/contracts/metrics';
import { createFakeSite, jiraTime, memoryStore, STATUS, type FakeDefect, type FakeSiteData } from './fake-site';

// A fixed clock: 90 days back from mid-November touches exactly four calendar months (Aug to Nov).
// With the real clock the month count depends on the day the suite runs (five on 30 and 31 December).
const start = new Date('2026-11-15T12:00:00Z');
const day = (daysAgo: number) => new Date(start.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
const ALICE = '712020:alice-0001';
const QUERY = { projectKey: 'QA', from: day(90), to: day(0), groupBy: 'month' as const, accountId: ALICE };

function defects(count: number): FakeDefect[] {
  return Array.from({ length: count }, (_, i) => ({
    id: String(10001 + i),
    created: jiraTime(start, 5 + (i % 60)),
    escaped: i % 4 === 0,
    walk: i % 5 === 0 ? [STATUS.done, STATUS.reopened] : [STATUS.inProgress, STATUS.done],
  }));
}

function setup(data: Partial<FakeSiteData> = {}, overrides: Partial<MetricsServiceDeps> = {}) {
  const site = createFakeSite({ defects: defects(40), settings: defaultSettings(), ...data });
  const store = memoryStore();
  let now = start;
  const deps = () => ({ jira: site.jira(), store, clock: () => now, maxAgeMs: 3_600_000, ...overrides });
  return { site, store, deps, advance: (ms: number) => { now = new Date(now.getTime() + ms); } };
}

const ready = (result: ProjectMetricsResult) => result;

describe('getProjectMetrics', () => {
  it('computes as the viewer from counts, never fetching a defect, counting every Jira call it made', async () => {
    const { site, deps } = setup();

    const result = ready(await getProjectMetrics({ ...QUERY, timeZone: 'Europe/London' }, deps()));

    expect(result.fromCache).toBe(false);
    expect(result.leakage).toEqual({ rate: 25, escaped: 10, defects: 40 });
    // 8 of 40 were reopened (Done -> Reopened); all 40 were resolved.
    expect(result.reopen).toEqual({ rate: 20, reopened: 8, resolved: 40 });
    expect(result.targets).toEqual({ leakageRate: 10, reopenRate: 5, leakageMet: false, reopenMet: false });
    expect(result.timeZone).toBe('Europe/London');
    // 90 days back from 15 November: August to November, the last one not over on the 15th.
    expect(result.groups.map((g) => [g.key, g.partial])).toEqual([['2026-08', false], ['2026-09', false], ['2026-10', false], ['2026-11', true]]);
    expect(result.jiraCalls).toBe(site.fake.requests.length);
    const calls = site.calls();
    expect(calls.filter((c) => !c.endsWith('approximate-count')).sort()).toEqual([
      'GET /rest/api/3/project/QA',
      'GET /rest/api/3/project/QA/properties/qa-postmortem-settings',
      'GET /rest/api/3/resolution',
      'GET /rest/api/3/status',
      'POST /rest/api/3/search/jql',
    ]);
    expect(site.searches('defects')).toHaveLength(0);
    expect(calls).not.toContain('POST /rest/api/3/changelog/bulkfetch');
    // The default invalid resolutions this site has; the Server-era ones it lacks would make Jira refuse the JQL.
    const counted = site.fake.requests.filter((r) => r.path.endsWith('/search/approximate-count')).map((r) => (r.body as { jql: string }).jql);
    expect(counted.every((jql) => jql.includes(`(resolution IS EMPTY OR resolution NOT IN ("Duplicate", "Won't Do", "Cannot Reproduce", "Not a Bug"))`))).toBe(true);
  });

  it('costs the same requests for 6,000 defects as for 60 spread over the same days', async () => {
    const small = setup({ defects: defects(60) });
    await getProjectMetrics(QUERY, small.deps());
    const large = setup({ defects: defects(6000) });
    const result = ready(await getProjectMetrics(QUERY, large.deps()));
    expect(result.leakage.defects).toBe(6000);
    expect(large.site.calls()).toEqual(small.site.calls());
  });

  it('answers from the cache with no Jira call while no change is marked, and recomputes on refresh, on a mark, or when old', async () => {
    const { site, store, deps, advance } = setup();
    const first = ready(await getProjectMetrics(QUERY, deps()));
    const callsAfterFirst = site.fake.requests.length;

    const cached = ready(await getProjectMetrics(QUERY, deps()));
    expect(cached).toEqual({ ...first, fromCache: true, jiraCalls: 0 });
    // Forge storage only: the viewer's own figures, with no change marked since.
    expect(site.calls().slice(callsAfterFirst)).toEqual([]);

    advance(60_000);
    const refreshed = ready(await getProjectMetrics({ ...QUERY, refresh: true }, deps()));
    expect(refreshed.fromCache).toBe(false);
    expect(Date.parse(refreshed.computedAt) - Date.parse(first.computedAt)).toBe(60_000);
    expect(ready(await getProjectMetrics(QUERY, deps())).fromCache).toBe(true);

    // A change marked within two minutes before the computation (Jira's index may not have held it) ...
    await markProjectChanged(store, 'QA', new Date(Date.parse(refreshed.computedAt) - 119_000));
    expect(ready(await getProjectMetrics(QUERY, deps())).fromCache).toBe(false);
    // ... and once computed after it, with the allowance past, the new result stands.
    advance(180_000);
    const after = ready(await getProjectMetrics({ ...QUERY, refresh: true }, deps()));
    expect(after.fromCache).toBe(false);
    expect(ready(await getProjectMetrics(QUERY, deps())).fromCache).toBe(true);
    // A change to the action items' project counts too (the settings name it; here the same project).
    await markProjectChanged(store, 'QA', new Date(Date.parse(after.computedAt) + 1));
    expect(ready(await getProjectMetrics(QUERY, deps())).fromCache).toBe(false);

    advance(3_600_000);
    expect(ready(await getProjectMetrics(QUERY, deps())).fromCache).toBe(false);
  });

  it('reads the change marks of the action items\' project when it is another one', async () => {
    const { store, deps } = setup({ settings: { ...defaultSettings(), actionItemProjectKey: 'OPS' } });
    const first = ready(await getProjectMetrics(QUERY, deps()));
    expect(ready(await getProjectMetrics(QUERY, deps())).fromCache).toBe(true);
    await markProjectChanged(store, 'OPS', new Date(first.computedAt));
    expect(ready(await getProjectMetrics(QUERY, deps())).fromCache).toBe(false);
  });

  it('serves a cached result only to the viewer it was computed for, in the time zone it was computed in', async () => {
    const { deps } = setup();
    const alices = ready(await getProjectMetrics({ ...QUERY, timeZone: 'Europe/London' }, deps()));
    expect(alices.fromCache).toBe(false);
    expect(ready(await getProjectMetrics({ ...QUERY, timeZone: 'Europe/London' }, deps())).fromCache).toBe(true);
    // bob may have other permissions; alice in Sydney has other days.
    expect(ready(await getProjectMetrics({ ...QUERY, timeZone: 'Europe/London', accountId: '712020:bob-0002' }, deps())).fromCache).toBe(false);
    expect(ready(await getProjectMetrics({ ...QUERY, timeZone: 'Australia/Sydney' }, deps())).fromCache).toBe(false);
  });

  it('recomputes after a settings save, which marks the project changed', async () => {
    const { site, store, deps } = setup();
    const first = ready(await getProjectMetrics(QUERY, deps()));
    site.data.settings = { ...defaultSettings(), targets: { leakageRate: 30, reopenRate: 25 } };
    // Settings written around the settings page mark nothing: the cached result stands (12 hours at most).
    expect(ready(await getProjectMetrics(QUERY, deps())).fromCache).toBe(true);
    await markProjectChanged(store, 'QA', new Date(first.computedAt));

    const result = ready(await getProjectMetrics(QUERY, deps()));

    expect(result.fromCache).toBe(false);
    expect(result.targets).toEqual({ leakageRate: 30, reopenRate: 25, leakageMet: true, reopenMet: true });
  });

  it('keeps the statuses and resolutions for the project, checked by one count after 15 minutes, read again once something new is in use', async () => {
    const { site, deps, advance } = setup();
    const metadataCalls = (from: number) => site.calls().slice(from).filter((c) => /\/(status|resolution)$/.test(c) || c.endsWith('approximate-count'));
    const checks = (from: number) => site.fake.requests.slice(from).filter((r) => /status not in /.test(String((r.body as { jql?: string } | undefined)?.jql ?? '')));
    await getProjectMetrics(QUERY, deps());

    // Within 15 minutes: neither read nor checked.
    let from = site.fake.requests.length;
    await getProjectMetrics({ ...QUERY, refresh: true }, deps());
    expect(metadataCalls(from).filter((c) => !c.endsWith('approximate-count'))).toEqual([]);
    expect(checks(from)).toHaveLength(0);

    // Later: one count of the project's issues in a status or with a resolution the lists do not name.
    advance(16 * 60_000);
    from = site.fake.requests.length;
    await getProjectMetrics({ ...QUERY, refresh: true }, deps());
    expect(checks(from).map((r) => (r.body as { jql: string }).jql)).toEqual([
      'project = "QA" AND (status not in ("To Do", "In Progress", "Done", "Reopened") OR (resolution is not EMPTY AND resolution not in ("Fixed", "Done", "Duplicate", "Won\'t Do", "Cannot Reproduce", "Not a Bug")))',
    ]);
    expect(metadataCalls(from).filter((c) => !c.endsWith('approximate-count'))).toEqual([]);
    // ... which counts as a check for the next 15 minutes.
    from = site.fake.requests.length;
    await getProjectMetrics({ ...QUERY, refresh: true }, deps());
    expect(checks(from)).toHaveLength(0);

    // Something new in use: both lists are read again.
    site.data.unknownInUse = 2;
    advance(16 * 60_000);
    from = site.fake.requests.length;
    await getProjectMetrics({ ...QUERY, refresh: true }, deps());
    expect(checks(from)).toHaveLength(1);
    expect(metadataCalls(from).filter((c) => !c.endsWith('approximate-count')).sort()).toEqual(['GET /rest/api/3/resolution', 'GET /rest/api/3/status']);
  });

  it('takes the site\'s resolutions another project kept for a project\'s first figures, once one count finds none in use they leave out', async () => {
    const { site, store, deps, advance } = setup();
    const listCalls = (from: number) => site.calls().slice(from).filter((c) => /\/(status|resolution)$/.test(c)).sort();
    const checks = (from: number) => site.fake.requests.slice(from).filter((r) => /status not in /.test(String((r.body as { jql?: string } | undefined)?.jql ?? '')));
    await getProjectMetrics(QUERY, deps());
    // QA's own lists forgotten: it stands for another project of the same site.
    store.entries.delete('metrics:site:QA');

    let from = site.fake.requests.length;
    await getProjectMetrics({ ...QUERY, refresh: true }, deps());
    expect(listCalls(from)).toEqual(['GET /rest/api/3/status']);
    expect(checks(from)).toHaveLength(1);

    // A resolution the kept list leaves out is in use in this project: the list is read again.
    store.entries.delete('metrics:site:QA');
    site.data.unknownInUse = 1;
    from = site.fake.requests.length;
    await getProjectMetrics({ ...QUERY, refresh: true }, deps());
    expect(listCalls(from)).toEqual(['GET /rest/api/3/resolution', 'GET /rest/api/3/status']);

    // One the kept list names was renamed since (Jira refuses the check): read again, and answered.
    store.entries.delete('metrics:site:QA');
    site.data.unknownInUse = 0;
    site.data.refuseCheck = true;
    from = site.fake.requests.length;
    expect((await getProjectMetrics({ ...QUERY, refresh: true }, deps())).leakage.defects).toBe(40);
    expect(listCalls(from)).toEqual(['GET /rest/api/3/resolution', 'GET /rest/api/3/status']);
    // The project's own kept lists, checked later, are read again the same way.
    site.data.refuseCheck = true;
    advance(16 * 60_000);
    from = site.fake.requests.length;
    expect((await getProjectMetrics({ ...QUERY, refresh: true }, deps())).leakage.defects).toBe(40);
    expect(listCalls(from)).toEqual(['GET /rest/api/3/resolution', 'GET /rest/api/3/status']);
  });

  it('refuses unusable stored settings with a message for the admin, and an unknown project as not found', async () => {
    const broken = setup({ settings: { defectIssueTypes: [] } });
    await expect(getProjectMetrics(QUERY, broken.deps())).rejects.toThrow(
      'The saved QA post-mortem settings of QA are not valid (defectIssueTypes: at least one defect issue type is needed). Ask a project administrator',
    );

    const missing = setup({ settings: undefined, project: null });
    const failure = getProjectMetrics(QUERY, missing.deps());
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Project QA does not exist, or you do not have permission to browse it.' });
  });
});

describe('a result storage will not keep', () => {
  const refusingResults = (store: ReturnType<typeof memoryStore>) => ({
    ...store,
    set: async <T>(key: string, value: T, ttl?: number) => {
      if (key.startsWith('metrics:result:')) throw new Error('MAX_SIZE: Value is 14000000 bytes; the limit is 245760 bytes');
      return store.set(key, value, ttl);
    },
  });

  it('is still answered to the person who asked', async () => {
    const { deps, store } = setup();
    const result = ready(await getProjectMetrics(QUERY, { ...deps(), store: refusingResults(store) }));
    expect(result.leakage).toEqual({ rate: 25, escaped: 10, defects: 40 });
    expect([...store.entries.keys()].filter((k) => k.startsWith('metrics:result:'))).toEqual([]);
  });
});
