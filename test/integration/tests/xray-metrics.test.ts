/**
 * The test figures from Xray Cloud, through the local Forge host and its Xray emulator, on the demo:
 * a project administrator saves the API key (checked with Xray, kept secret, shown masked), chooses
 * Xray as the test source, and the gadget's and the panel's figures equal what the demo's test runs
 * (sandbox/seed/demo-requirements.ts) give when counted by hand from DESIGN.md section 4b.
 */
import type { SettingsResult, TestMetricsResult, IncidentTestCoverageResult, WatchedFiguresResult, XrayKeyView } from '../../../src/contract';
import { overall, readRawSite } from '../metrics/independent-figures';
import { defaultSettings } from '../../../src/domain/metrics';
import { DEMO_TEST_EXECUTIONS, testSummariesUpTo } from '../../../sandbox/seed/demo-requirements';
import { DEMO_XRAY_API_KEY } from '../../../sandbox/xray/demo-runs';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { invokeEnvelope } from '../metrics/invoke-envelope';

const SETTINGS_PAGE = 'qa-postmortem-settings';
const GADGET = 'qa-metrics-gadget';
const PANEL = 'qa-postmortem-panel';
const PROJECT_CONTEXT = { project: { key: 'QA', id: '10000', type: 'software' } };
const KEY = { clientId: DEMO_XRAY_API_KEY.clientId, clientSecret: DEMO_XRAY_API_KEY.clientSecret, region: 'global' };
const XRAY_SETTINGS = { ...defaultSettings(), tests: { ...defaultSettings().tests, source: 'xray' as const } };

let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.reset());

const saveKey = (user: string, key: Record<string, unknown> = KEY) => invokeEnvelope<XrayKeyView>(sb, user, SETTINGS_PAGE, 'saveXrayKey', key, PROJECT_CONTEXT);
const saveSettings = (settings: unknown) => invokeEnvelope<unknown>(sb, 'alice', SETTINGS_PAGE, 'saveSettings', { settings }, PROJECT_CONTEXT);

async function useXray(): Promise<void> {
  const key = await saveKey('alice');
  if (!key.ok) throw new Error(key.error.message);
  const saved = await saveSettings(XRAY_SETTINGS);
  if (!saved.ok) throw new Error(saved.error.message);
}

/** By hand from the demo's runs: a release's executions run every test so far; final = not TODO or EXECUTING. */
function expectedRuns(release: string) {
  const executions = DEMO_TEST_EXECUTIONS.filter((e) => e.release === release);
  const all = executions.flatMap((e) => testSummariesUpTo(e.release).map((test) => e.except[test] ?? e.otherwise));
  const final = all.filter((s) => s !== 'TODO' && s !== 'EXECUTING');
  const uat = executions.filter((e) => e.testEnvironments.includes('UAT')).flatMap((e) => testSummariesUpTo(e.release).map((test) => e.except[test] ?? e.otherwise));
  const uatFinal = uat.filter((s) => s !== 'TODO' && s !== 'EXECUTING');
  const rate = (n: number, d: number) => (d === 0 ? null : Math.round((n * 1000) / d) / 10);
  return {
    executionProgress: { rate: rate(final.length, all.length), finished: final.length, planned: all.length },
    uatPassRate: { rate: rate(uatFinal.filter((s) => s === 'PASSED').length, uatFinal.length), passed: uatFinal.filter((s) => s === 'PASSED').length, executed: uatFinal.length },
  };
}

describe('the Xray API key', () => {
  it('is saved by a project administrator once Xray accepts it, and is shown masked, never in full', async () => {
    const refused = await saveKey('alice', { ...KEY, clientSecret: 'not-the-secret' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('did not accept the API key') });

    const notAdmin = await saveKey('bob');
    expect(notAdmin.ok).toBe(false);
    if (!notAdmin.ok) expect(notAdmin.error.code).toBe('FORBIDDEN');

    const saved = await saveKey('alice');
    expect(saved).toEqual({ ok: true, data: { saved: true, region: 'global', clientIdEnd: KEY.clientId.slice(-4) } });
    const settings = await invokeEnvelope<SettingsResult>(sb, 'dave', SETTINGS_PAGE, 'getSettings', {}, PROJECT_CONTEXT);
    if (!settings.ok) throw new Error(settings.error.message);
    expect(settings.data.xrayKey).toEqual({ saved: true, region: 'global', clientIdEnd: KEY.clientId.slice(-4) });
    expect(JSON.stringify(settings.data)).not.toContain(KEY.clientSecret);
    expect(JSON.stringify(settings.data)).not.toContain(KEY.clientId);
    // Kept in secret storage, not in the plain key/value store a query could list.
    expect(JSON.stringify(sb.host.kvs.entries())).not.toContain(KEY.clientSecret);
  });

  it('is needed before the settings can name Xray as the source, and can be removed', async () => {
    const refused = await saveSettings(XRAY_SETTINGS);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('Xray Cloud needs an API key');
    await useXray();
    const removed = await invokeEnvelope<XrayKeyView>(sb, 'alice', SETTINGS_PAGE, 'deleteXrayKey', {}, PROJECT_CONTEXT);
    expect(removed).toEqual({ ok: true, data: { saved: false, region: null, clientIdEnd: null } });
    const figures = await invokeEnvelope<TestMetricsResult>(sb, 'alice', GADGET, 'getTestMetrics', { projectKey: 'QA' });
    expect(figures.ok).toBe(false);
    if (!figures.ok) expect(figures.error.message).toContain('no Xray API key is saved');
  });
});

describe('getTestMetrics from Xray Cloud', () => {
  it('gives all three figures of 1.6 and the UAT trend as the demo\'s runs give them by hand', async () => {
    await useXray();
    const xrayStart = sb.host.xray!.requests.length;
    const jiraStart = sb.emulator.requests.length;
    const envelope = await invokeEnvelope<TestMetricsResult>(sb, 'alice', GADGET, 'getTestMetrics', { projectKey: 'QA', release: '1.6' });
    if (!envelope.ok) throw new Error(envelope.error.message);
    const result = envelope.data;

    expect(result).toMatchObject({ source: 'xray', release: '1.6', needsTestManagement: [] });
    const expected = expectedRuns('1.6');
    // 36 planned runs (18 tests, twice), 34 with a final status; UAT 12 of 18 passed.
    expect(expected).toEqual({ executionProgress: { rate: 94.4, finished: 34, planned: 36 }, uatPassRate: { rate: 66.7, passed: 12, executed: 18 } });
    expect(result.executionProgress).toMatchObject({ ...expected.executionProgress, target: { rate: 94.4, target: 100, met: false } });
    // Regression: 16 passed, 2 not run; UAT: 12 passed, 5 failed, 1 aborted.
    expect(result.executionProgress?.byStatus).toEqual({ PASSED: 28, FAILED: 5, ABORTED: 1, TODO: 2 });
    expect(result.uatPassRate).toMatchObject({ ...expected.uatPassRate, executions: 1, target: { rate: 66.7, target: 95, met: false } });
    // The UAT trend: 100 %, 84.6 %, 66.7 % before 1.6 shipped.
    expect(result.trend.map((t) => [t.release, t.uatPassRate?.rate ?? null])).toEqual([['1.3', null], ['1.4', 100], ['1.5', 84.6], ['1.6', 66.7]]);
    for (const entry of result.trend.slice(1)) expect(entry.uatPassRate).toMatchObject(expectedRuns(entry.release).uatPassRate);
    // Coverage of 1.6 in Xray's terms: the refund and sign-in stories have a failed test (NOK), the
    // order e-mail's test passed (OK), the two search stories and the self-service refunds have none.
    expect(result.requirementCoverage).toMatchObject({ rate: 50, covered: 3, requirements: 6, breakdown: { passed: 1, failed: 2, notRun: 0, uncovered: 3, covered: 0 } });

    const xrayLog = sb.host.xray!.requests.slice(xrayStart);
    const jiraCalls = sb.emulator.requests.length - jiraStart;
    console.info(`Gadget Tests section from Xray, 1.6 and the three releases before: ${jiraCalls} Jira calls, ${xrayLog.length} Xray requests (${xrayLog.filter((r) => r.path.endsWith('authenticate')).length} authentication)`);
    expect(result.xrayCalls).toBe(xrayLog.length);
    // Xray's answers are kept five minutes (its rate limit is per 5 minutes): a second view asks Xray nothing.
    const again = sb.host.xray!.requests.length;
    const second = await invokeEnvelope<TestMetricsResult>(sb, 'alice', GADGET, 'getTestMetrics', { projectKey: 'QA', release: '1.6' });
    expect(sb.host.xray!.requests.slice(again)).toEqual([]);
    if (second.ok) expect(second.data.uatPassRate).toEqual(result.uatPassRate);
    // ... and bob, who may browse the same issues, gets the same answers from them.
    const bobs = await invokeEnvelope<TestMetricsResult>(sb, 'bob', GADGET, 'getTestMetrics', { projectKey: 'QA', release: '1.6' });
    expect(bobs.ok && bobs.data.executionProgress).toEqual(result.executionProgress);
    expect(sb.host.xray!.requests.slice(again)).toEqual([]);
  });

  it('counts a component\'s tests only, and says "no data" for a release whose UAT has not run', async () => {
    await useXray();
    const search = await invokeEnvelope<TestMetricsResult>(sb, 'alice', GADGET, 'getTestMetrics', { projectKey: 'QA', release: '1.6', component: 'Search' });
    if (!search.ok) throw new Error(search.error.message);
    // Search has one test so far (sort by price), run twice in 1.6: passed in regression, failed in UAT.
    expect(search.data.executionProgress).toMatchObject({ rate: 100, finished: 2, planned: 2 });
    expect(search.data.uatPassRate).toMatchObject({ rate: 0, passed: 0, executed: 1 });
    expect(search.data.requirementCoverage).toMatchObject({ rate: 0, requirements: 2, uncovered: [expect.objectContaining({ summary: 'Find products whatever the accents in the query' }), expect.anything()] });

    const next = await invokeEnvelope<TestMetricsResult>(sb, 'alice', GADGET, 'getTestMetrics', { projectKey: 'QA', release: '1.7' });
    if (!next.ok) throw new Error(next.error.message);
    expect(next.data.uatPassRate).toMatchObject({ rate: null, executed: 0, target: { met: null } });
    expect(next.data.executionProgress).toMatchObject(expectedRuns('1.7').executionProgress);
  });

  it('gives a test plan\'s figures: its executions\' runs, and coverage within it; the plans listed to choose from', async () => {
    await useXray();
    const listed = await invokeEnvelope<TestMetricsResult>(sb, 'alice', GADGET, 'getTestMetrics', { projectKey: 'QA' });
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.data.testPlans.map((p) => [p.summary, p.release])).toEqual([
      ['UAT plan of release 1.7', '1.7'], ['UAT plan of release 1.6', '1.6'], ['UAT plan of release 1.5', '1.5'], ['UAT plan of release 1.4', '1.4'],
    ]);
    const plan = listed.data.testPlans[1];
    const jiraStart = sb.emulator.requests.length;
    const envelope = await invokeEnvelope<TestMetricsResult>(sb, 'alice', GADGET, 'getTestMetrics', { projectKey: 'QA', testPlan: plan.key, component: 'Search' });
    if (!envelope.ok) throw new Error(envelope.error.message);
    // Each search is made once: the plan's release's requirements serve the plan and the trend's last
    // release, and the component's tests every release.
    const searches = sb.emulator.requests.slice(jiraStart).flatMap((r) => (r.path.endsWith('/search/jql') && r.jql ? [r.jql] : []));
    console.info(`Gadget Tests section for a test plan and a component: ${sb.emulator.requests.length - jiraStart} Jira calls, ${searches.length} searches`);
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.filter((jql, i) => searches.indexOf(jql) !== i)).toEqual([]);
    const whole = await invokeEnvelope<TestMetricsResult>(sb, 'alice', GADGET, 'getTestMetrics', { projectKey: 'QA', testPlan: plan.key });
    if (!whole.ok) throw new Error(whole.error.message);
    expect(whole.data.trend.at(-1)?.requirementCoverage).toMatchObject({ requirements: 6 });
    // The trend's 1.6 is the release's coverage; the headline is the plan's, from the same requirements.
    expect(envelope.data.requirementCoverage.requirements).toBe(2);
    // The UAT plan of 1.6 plans only the UAT execution: its 18 runs all finished, 12 passed.
    expect(whole.data).toMatchObject({ testPlan: { key: plan.key, summary: 'UAT plan of release 1.6' }, release: '1.6' });
    expect(whole.data.executionProgress).toMatchObject({ rate: 100, finished: 18, planned: 18 });
    expect(whole.data.uatPassRate).toMatchObject({ rate: 66.7, passed: 12, executed: 18, executions: 1 });
    expect(whole.data.requirementCoverage).toMatchObject({ rate: 50, breakdown: { passed: 1, failed: 2, uncovered: 3 } });
    expect(whole.data.trend.at(-1)?.release).toBe('1.6');

    const notAPlan = await invokeEnvelope<TestMetricsResult>(sb, 'alice', GADGET, 'getTestMetrics', { projectKey: 'QA', testPlan: 'QA-1' });
    expect(notAPlan.ok).toBe(false);
    if (!notAPlan.ok) expect(notAPlan.error.message).toContain('is not a test plan of QA');
  });

  it('holds only what the viewer may browse: a user who cannot see the project gets nothing from Xray', async () => {
    await useXray();
    const start = sb.host.xray!.requests.length;
    const eve = await invokeEnvelope<TestMetricsResult>(sb, 'eve', GADGET, 'getTestMetrics', { projectKey: 'QA' });
    expect(eve.ok).toBe(false);
    if (!eve.ok) expect(eve.error.code).toBe('NOT_FOUND');
    expect(sb.host.xray!.requests.slice(start)).toEqual([]);
  });
});

describe('getIncidentTestCoverage from Xray Cloud', () => {
  it('gives the Process effectiveness probe the UAT trend before the incident and its release\'s execution progress', async () => {
    await useXray();
    const envelope = await invokeEnvelope<IncidentTestCoverageResult>(sb, 'alice', PANEL, 'getIncidentTestCoverage', {}, { issue: { key: 'QA-3', id: '10002' } });
    if (!envelope.ok) throw new Error(envelope.error.message);
    const result = envelope.data;
    expect(result.source).toBe('xray');
    expect(result.uatTrend.map((t) => [t.release, t.uatPassRate.rate])).toEqual(
      ['1.4', '1.5', '1.6'].slice(-result.uatTrend.length).map((r) => [r, expectedRuns(r).uatPassRate.rate]),
    );
    expect(result.release).toBe('1.6');
    expect(result.executionProgress).toMatchObject({ ...expectedRuns('1.6').executionProgress, target: { target: 100, met: false } });
    console.info(`Panel test figures of QA-3 from Xray: ${result.jiraCalls} Jira calls, ${result.xrayCalls} Xray requests`);
  });
});

describe('getWatchedFigures (a Metric monitoring item\'s follow-through)', () => {
  const watched = (key: string, id: string, figures: string[]) =>
    invokeEnvelope<WatchedFiguresResult>(sb, 'alice', PANEL, 'getWatchedFigures', { figures }, { issue: { key, id } });

  it('gives each test figure per release released since the incident, and each defect rate over the days since', async () => {
    await useXray();
    const incident = await sb.jira<{ fields: { created: string } }>('alice', '/rest/api/3/issue/QA-1?fields=created');
    const since = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(incident.body.fields.created));
    const versions = (await sb.jira<Array<{ name: string; released: boolean; releaseDate?: string }>>('alice', '/rest/api/3/project/QA/versions')).body;
    const releasedSince = versions.filter((v) => v.released && v.releaseDate && v.releaseDate >= since).map((v) => v.name);
    expect(releasedSince).toEqual(['1.6']);

    const envelope = await watched('QA-1', '10000', ['uatPassRate', 'leakageRate', 'requirementCoverage']);
    if (!envelope.ok) throw new Error(envelope.error.message);
    const result = envelope.data;
    expect(result.since).toBe(since);
    expect(result.figures[0]).toEqual({ figure: 'uatPassRate', releases: [{ release: '1.6', rate: expectedRuns('1.6').uatPassRate.rate }], period: null, note: null });
    expect(result.figures[2]).toMatchObject({ figure: 'requirementCoverage', releases: [{ release: '1.6', rate: 50 }] });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    const site = await readRawSite(sb);
    expect(result.figures[1]).toEqual({ figure: 'leakageRate', releases: [], period: { from: since, to: today, rate: overall(site, { from: since, to: today }).leakage.rate }, note: null });
    console.info(`Watched figures of QA-1 (UAT, leakage, coverage): ${result.jiraCalls} Jira calls, ${result.xrayCalls} Xray requests`);
  });

  it('says in words when nothing was released since, and that run figures need Xray when the source is Jira', async () => {
    const fresh = await watched('QA-3', '10002', ['executionProgress', 'requirementCoverage']);
    if (!fresh.ok) throw new Error(fresh.error.message);
    expect(fresh.data.figures[0].note).toContain('Needs test runs');
    expect(fresh.data.figures[1]).toMatchObject({ releases: [], note: expect.stringContaining('has been released since') });
    const refused = await invokeEnvelope<WatchedFiguresResult>(sb, 'alice', PANEL, 'getWatchedFigures', { figures: ['uatPassRate', 'uatPassRate'] }, { issue: { key: 'QA-1', id: '10000' } });
    expect(refused.ok).toBe(false);
  });
});

