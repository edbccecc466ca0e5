import { AppError } from '../../../../src/errors';
import { defaultSettings } from '../../../../src/domain/metrics';
import { estimateDefects, getMetricsJob, getProjectMetrics, runMetricsJob, thresholdFromEnvironment, type MetricsServiceDeps } from '../../../../src/services/metrics/metrics-service';
import { JOB_STALE_MS, jobKey, type MetricsJobRecord } from '../../../../src/services/metrics/metrics-jobs';
import type { ProjectMetricsResult } from '../../../../src/contracts/metrics';
import { createFakeSite, jiraTime, memoryStore, recordingQueue, STATUS, type FakeDefect, type FakeSiteData } from './fake-site';

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
  const queue = recordingQueue();
  let now = start;
  const deps = () => ({ jira: site.jira(), store, queue, clock: () => now, queueThreshold: 100, maxAgeMs: 3_600_000, ...overrides });
  return { site, store, queue, deps, advance: (ms: number) => { now = new Date(now.getTime() + ms); } };
}

const ready = (result: ProjectMetricsResult) => {
  if (result.status !== 'ready') throw new Error(`expected a ready result, got ${result.status}`);
  return result;
};

describe('getProjectMetrics', () => {
  it('computes a small project at once, counting every Jira call it made', async () => {
    const { site, deps } = setup();

    const result = ready(await getProjectMetrics(QUERY, deps()));

    expect(result.fromCache).toBe(false);
    expect(result.leakage).toEqual({ rate: 25, escaped: 10, defects: 40 });
    // 8 of 40 were reopened (Done -> Reopened); all 40 were resolved.
    expect(result.reopen).toEqual({ rate: 20, reopened: 8, resolved: 40 });
    expect(result.targets).toEqual({ leakageRate: 10, reopenRate: 5, leakageMet: false, reopenMet: false });
    expect(result.groups.map((g) => g.key)).toHaveLength(4);
    expect(result.jiraCalls).toBe(site.fake.requests.length);
    expect(site.calls().sort()).toEqual([
      'GET /rest/api/3/project/QA/properties/qa-postmortem-settings',
      'GET /rest/api/3/status',
      'POST /rest/api/3/changelog/bulkfetch',
      'POST /rest/api/3/search/approximate-count',
      'POST /rest/api/3/search/jql', 'POST /rest/api/3/search/jql', 'POST /rest/api/3/search/jql',
    ]);
  });

  it('answers from the cache with one Jira call (the settings), and recomputes on refresh or when stale', async () => {
    const { site, deps, advance } = setup();
    const first = ready(await getProjectMetrics(QUERY, deps()));
    const callsAfterFirst = site.fake.requests.length;

    const cached = ready(await getProjectMetrics(QUERY, deps()));
    expect(cached).toEqual({ ...first, fromCache: true });
    expect(site.calls().slice(callsAfterFirst)).toEqual(['GET /rest/api/3/project/QA/properties/qa-postmortem-settings']);

    advance(60_000);
    const refreshed = ready(await getProjectMetrics({ ...QUERY, refresh: true }, deps()));
    expect(refreshed.fromCache).toBe(false);
    expect(Date.parse(refreshed.computedAt) - Date.parse(first.computedAt)).toBe(60_000);

    advance(3_600_000);
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

  it('keys the cache by settings: changed settings are recomputed', async () => {
    const { site, deps } = setup();
    await getProjectMetrics(QUERY, deps());
    site.data.settings = { ...defaultSettings(), targets: { leakageRate: 30, reopenRate: 25 } };

    const result = ready(await getProjectMetrics(QUERY, deps()));

    expect(result.fromCache).toBe(false);
    expect(result.targets).toEqual({ leakageRate: 30, reopenRate: 25, leakageMet: true, reopenMet: true });
  });

  it('sends a project over the threshold to the queue once, and answers running with the count as total', async () => {
    const { store, queue, deps, site } = setup({ defects: defects(150) });

    const first = await getProjectMetrics(QUERY, deps());
    const second = await getProjectMetrics({ ...QUERY, refresh: true }, deps());

    expect(first).toEqual({ status: 'running', jobId: expect.stringMatching(/^[0-9a-f-]{36}$/), progress: { phase: 'queued', done: 0, total: 150 }, startedAt: start.toISOString() });
    expect(second).toEqual(first);
    expect(queue.pushed).toEqual([{ metricsJobId: (first as { jobId: string }).jobId }]);
    expect(site.searches('defects')).toHaveLength(0);
    const job = store.entries.get(jobKey((first as { jobId: string }).jobId)) as MetricsJobRecord;
    const { accountId, ...request } = QUERY;
    expect(job).toEqual(expect.objectContaining({ status: 'running', request, settings: defaultSettings(), timeZone: 'UTC', viewerAccountId: accountId }));
  });

  it('leaves no marker behind when the queue refuses the job, so the next request tries again', async () => {
    const { deps, queue } = setup({ defects: defects(150) });
    const refusing = { push: async () => { throw new Error('Too many events'); } };

    await expect(getProjectMetrics(QUERY, { ...deps(), queue: refusing })).rejects.toMatchObject({ code: 'JIRA_UNAVAILABLE', message: expect.stringContaining('could not be queued') });

    expect(await getProjectMetrics(QUERY, deps())).toEqual(expect.objectContaining({ status: 'running' }));
    expect(queue.pushed).toHaveLength(1);
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

  it('fails a queued job with a message that says what to do', async () => {
    const { deps, store } = setup({ defects: defects(150) });
    const { jobId } = (await getProjectMetrics(QUERY, deps())) as { jobId: string };
    expect(await runMetricsJob(jobId, { ...deps(), store: refusingResults(store) })).toBe('failed');
    expect(await getMetricsJob(jobId, ALICE, deps())).toEqual({
      status: 'failed', jobId, error: { code: 'JIRA_UNAVAILABLE', message: expect.stringContaining('choose a shorter period') },
    });
  });
});

describe('the queued job', () => {
  it('computes as the consumer, records progress by phase, and the poll answers the same figures as an inline run', async () => {
    const { store, deps, site } = setup({ defects: defects(150) });
    const running = await getProjectMetrics(QUERY, deps());
    const jobId = (running as { jobId: string }).jobId;

    expect(await runMetricsJob(jobId, deps())).toBe('done');

    const phases = store.writes.filter((w) => w.key === jobKey(jobId)).map((w) => (w.value as MetricsJobRecord).progress.phase);
    expect(phases).toEqual(['queued', 'defects', 'changelogs', 'computing', 'done']);
    const polled = await getMetricsJob(jobId, ALICE, deps());
    const inline = ready(await getProjectMetrics({ ...QUERY, refresh: true }, { ...deps(), queueThreshold: 1000 }));
    expect(polled).toEqual(expect.objectContaining({ status: 'ready', leakage: inline.leakage, reopen: inline.reopen, groups: inline.groups }));
    expect(site.fake.requestsTo('GET', '/rest/api/3/mypermissions')[0].query.get('permissions')).toBe('BROWSE_PROJECTS');
    // The marker is gone: the next request is answered from the cache, not by another job.
    expect(ready(await getProjectMetrics(QUERY, deps())).fromCache).toBe(true);
  });

  it('records a failure for the poller, coded like the resolvers code Jira\'s errors', async () => {
    const { deps } = setup({ defects: defects(150) });
    const { jobId } = (await getProjectMetrics(QUERY, deps())) as { jobId: string };

    const failing = setup({ defects: defects(150), failing: { 'POST /rest/api/3/search/jql': 400 } });
    expect(await runMetricsJob(jobId, { ...failing.deps(), store: deps().store })).toBe('failed');

    expect(await getMetricsJob(jobId, ALICE, deps())).toEqual({
      status: 'failed', jobId, error: { code: 'VALIDATION', message: expect.stringContaining('Injected 400.') },
    });
  });

  it('reports a job that stopped updating as failed, and lets a new request start another', async () => {
    const { deps, advance, queue } = setup({ defects: defects(150) });
    const { jobId } = (await getProjectMetrics(QUERY, deps())) as { jobId: string };
    advance(JOB_STALE_MS + 1000);

    expect(await getMetricsJob(jobId, ALICE, deps())).toEqual({ status: 'failed', jobId, error: expect.objectContaining({ message: expect.stringContaining('stopped without finishing') }) });
    const again = await getProjectMetrics(QUERY, deps());
    expect((again as { jobId: string }).jobId).not.toBe(jobId);
    expect(queue.pushed).toHaveLength(2);
  });

  it('answers a poll only to users who may browse the project, and an unknown job as not found', async () => {
    const { deps } = setup({ defects: defects(150) });
    const { jobId } = (await getProjectMetrics(QUERY, deps())) as { jobId: string };
    const outsider = setup({ permissions: { BROWSE_PROJECTS: false } });

    await expect(getMetricsJob(jobId, ALICE, { ...outsider.deps(), store: deps().store })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getMetricsJob('00000000-0000-4000-8000-000000000000', ALICE, deps())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // A job is its requester's: to anyone else it is unknown.
    await expect(getMetricsJob(jobId, '712020:bob-0002', deps())).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('ignores an event whose job record is gone', async () => {
    const { deps } = setup();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await runMetricsJob('00000000-0000-4000-8000-000000000000', deps())).toBe('unknown');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('has no record'));
    warn.mockRestore();
  });
});

describe('thresholdFromEnvironment', () => {
  it('reads METRICS_QUEUE_THRESHOLD and falls back to 5,000', () => {
    expect(thresholdFromEnvironment({ METRICS_QUEUE_THRESHOLD: '50' })).toBe(50);
    expect(thresholdFromEnvironment({ METRICS_QUEUE_THRESHOLD: 'lots' })).toBe(5000);
    expect(thresholdFromEnvironment({})).toBe(5000);
  });
});

describe('estimateDefects', () => {
  it('asks Jira for the count once, and honours a threshold above 100,000', async () => {
    const counted: string[] = [];
    const jira = { client: { countIssues: async (jql: string) => { counted.push(jql); return 150_000; } } } as unknown as Parameters<typeof estimateDefects>[0];
    expect(await estimateDefects(jira, 'project = QA', 200_000)).toEqual({ exceeds: false, count: 150_000 });
    expect(await estimateDefects(jira, 'project = QA', 100_000)).toEqual({ exceeds: true, count: 150_000 });
    expect(counted).toEqual(['project = QA', 'project = QA']);
  });
});
