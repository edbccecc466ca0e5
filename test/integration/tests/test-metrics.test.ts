/**
 * getTestMetrics (the gadget) through the local Forge host on the demo seed, with the Jira-alone
 * source: requirement coverage per release as computed independently from the raw issues (which
 * tests link to which stories), the two figures that need test runs answered as needing a
 * test-management source, and a release the project does not have refused by name.
 */
import type { IncidentTestCoverageResult, TestMetricsResult } from '../../../src/contract';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { invokeEnvelope } from '../metrics/invoke-envelope';

const GADGET = 'qa-metrics-gadget';
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox();
});
afterAll(() => sb.close());

interface RawIssue { key: string; fields: { summary: string; issuetype: { name: string }; fixVersions: { name: string }[]; components: { name: string }[]; issuelinks: { type: { name: string }; outwardIssue?: { key: string }; inwardIssue?: { key: string } }[] } }

async function rawIssues(): Promise<RawIssue[]> {
  const all: RawIssue[] = [];
  let token: string | undefined;
  do {
    const page = await sb.jira<{ issues: RawIssue[]; nextPageToken?: string }>('alice', '/rest/api/3/search/jql', {
      method: 'POST', body: { jql: 'project = QA AND issuetype in (Story, Test)', fields: ['summary', 'issuetype', 'fixVersions', 'components', 'issuelinks'], maxResults: 100, ...(token ? { nextPageToken: token } : {}) },
    });
    all.push(...page.body.issues);
    token = page.body.nextPageToken;
  } while (token);
  return all;
}

/** Coverage of a release worked out from the raw links: a story is covered when a Test issue links to it with the Test link type. */
function expectedCoverage(issues: RawIssue[], release: string, component?: string) {
  const types = new Map(issues.map((i) => [i.key, i.fields.issuetype.name]));
  const stories = issues.filter((i) => i.fields.issuetype.name === 'Story' && i.fields.fixVersions.some((v) => v.name === release)
    && (component === undefined || i.fields.components.some((c) => c.name === component)));
  const covered = stories.filter((s) => s.fields.issuelinks.some((l) => l.type.name === 'Test' && types.get((l.outwardIssue ?? l.inwardIssue)!.key) === 'Test'));
  const rate = stories.length === 0 ? null : Math.round((covered.length * 1000) / stories.length) / 10;
  return { rate, covered: covered.length, requirements: stories.length, uncovered: stories.filter((s) => !covered.includes(s)).map((s) => s.key).sort((a, b) => Number(a.slice(3)) - Number(b.slice(3))) };
}

async function testMetrics(payload: Record<string, unknown>) {
  return invokeEnvelope<TestMetricsResult>(sb, 'alice', GADGET, 'getTestMetrics', { projectKey: 'QA', ...payload });
}

describe('getTestMetrics from Jira alone', () => {
  it('answers requirement coverage of the latest release and the three before it, as computed from the raw links', async () => {
    const start = sb.emulator.requests.length;
    const envelope = await testMetrics({});
    if (!envelope.ok) throw new Error(envelope.error.message);
    const result = envelope.data;
    const log = sb.emulator.requests.slice(start);
    const issues = await rawIssues();

    expect(result).toMatchObject({ projectKey: 'QA', source: 'jira', release: '1.6', component: null, needsTestManagement: ['executionProgress', 'uatPassRate'] });
    expect(result.trend.map((t) => t.release)).toEqual(['1.3', '1.4', '1.5', '1.6']);
    for (const entry of result.trend) {
      const expected = expectedCoverage(issues, entry.release);
      expect({ release: entry.release, ...entry.requirementCoverage, uncovered: entry.requirementCoverage.uncovered.map((u) => u.key) })
        .toMatchObject({ release: entry.release, rate: expected.rate, covered: expected.covered, requirements: expected.requirements, uncovered: expected.uncovered });
    }
    // The demo's story: the search requirements of 1.6 had no tests.
    const search16 = expectedCoverage(issues, '1.6', 'Search');
    expect(search16.requirements).toBeGreaterThan(0);
    expect(search16.covered).toBe(0);
    expect(result.requirementCoverage.target).toEqual({ rate: result.requirementCoverage.rate, target: 90, met: false });

    expect(result.jiraCalls).toBe(log.length);
    const points = log.reduce((sum, e) => sum + e.points, 0);
    console.info(`getTestMetrics for QA (Jira alone, four releases): ${log.length} Jira calls, ${points} points`);
  });

  it('narrows to a component and a named release, and refuses a release the project does not have', async () => {
    const searchOnly = await testMetrics({ release: '1.6', component: 'Search' });
    if (!searchOnly.ok) throw new Error(searchOnly.error.message);
    expect(searchOnly.data.requirementCoverage).toMatchObject({ rate: 0, covered: 0 });
    expect(searchOnly.data.requirementCoverage.uncovered.length).toBeGreaterThan(0);

    const unreleased = await testMetrics({ release: '1.7' });
    expect(unreleased.ok && unreleased.data.trend.map((t) => [t.release, t.released])).toEqual([['1.4', true], ['1.5', true], ['1.6', true], ['1.7', false]]);

    expect(await testMetrics({ release: 'Nope' })).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'QA has no version named "Nope". Choose one of its releases.' } });
  });
});

describe('getIncidentTestCoverage (the Test coverage gaps probe)', () => {
  it('answers coverage of the incident\'s components in the release that shipped it, as computed from the raw links', async () => {
    const key = 'QA-3';
    const incident = await sb.jira<{ fields: { components: { name: string }[] } }>('alice', `/rest/api/3/issue/${key}?fields=components`);
    const components = incident.body.fields.components.map((c) => c.name);
    expect(components).toEqual(['Search']);
    const start = sb.emulator.requests.length;
    const envelope = await invokeEnvelope<IncidentTestCoverageResult>(sb, 'alice', 'qa-postmortem-panel', 'getIncidentTestCoverage', {}, { issue: { key, id: '10003' } });
    if (!envelope.ok) throw new Error(envelope.error.message);
    const log = sb.emulator.requests.slice(start);
    const result = envelope.data;
    expect(result).toMatchObject({ incidentKey: key, projectKey: 'QA', release: '1.6', components: ['Search'] });
    const expected = expectedCoverage(await rawIssues(), '1.6', 'Search');
    // The demo's story: the search requirements of 1.6 shipped with no test.
    expect(expected.requirements).toBeGreaterThan(0);
    expect(result.requirementCoverage).toMatchObject({ rate: 0, covered: 0, requirements: expected.requirements, target: { rate: 0, target: 90, met: false } });
    expect(result.requirementCoverage.uncovered.map((u) => u.key)).toEqual(expected.uncovered);
    expect(result.jiraCalls).toBe(log.length);
    console.info(`getIncidentTestCoverage for ${key}: ${log.length} Jira calls, ${log.reduce((sum, e) => sum + e.points, 0)} points`);
  });

  it('takes the incident from the Forge context, never from the payload', async () => {
    expect(await invokeEnvelope(sb, 'alice', 'qa-postmortem-panel', 'getIncidentTestCoverage', { issueKey: 'QA-1' }, { issue: { key: 'QA-3', id: '10003' } }))
      .toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
