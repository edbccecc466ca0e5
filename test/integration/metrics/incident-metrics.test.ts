/**
 * getIncidentMetrics (the post-mortem panel) and listProjects (the gadget's project picker) through
 * the local Forge host against the demo seed, compared with an independent reading of the raw data.
 */
import { kvs } from '@forge/kvs';
import type { TriggerRun } from '../../../sandbox/host/triggers';
import { DEMO_INCIDENTS } from '../../../sandbox/seed/demo';
import type { IncidentMetricsResult, ListProjectsResult } from '../../../src/contract';
import { metadataOutOfDateJql } from '../../../src/domain/metrics';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { figures, judge, readRawSite, tallies, type RawSite } from './independent-figures';
import { invokeEnvelope } from './invoke-envelope';

const PANEL = 'qa-postmortem-panel';
let sb: Sandbox;
let site: RawSite;

beforeAll(async () => {
  sb = await startSandbox();
  site = await readRawSite(sb);
});

afterAll(async () => {
  await sb.close();
});

interface Named { name: string }
interface RawLink { type: { inward: string; outward: string }; inwardIssue?: { key: string }; outwardIssue?: { key: string } }

async function incidentFacts(key: string) {
  const issue = (await sb.jira<{ fields: { created: string; components: Named[]; fixVersions: Named[]; issuelinks: RawLink[] } }>(
    'alice', `/rest/api/3/issue/${key}?fields=created,components,fixVersions,issuelinks`,
  )).body;
  const versions = (await sb.jira<{ name: string; released: boolean; releaseDate?: string }[]>('alice', '/rest/api/3/project/QA/versions')).body;
  const released = versions.filter((v) => v.released && v.releaseDate).sort((a, b) => (a.releaseDate! < b.releaseDate! ? -1 : 1));
  const fix = issue.fields.fixVersions.map((v) => v.name);
  const lastIndex = (test: (v: (typeof released)[number]) => boolean) => released.reduce((found, v, i) => (test(v) ? i : found), -1);
  let anchor = lastIndex((v) => fix.includes(v.name));
  if (anchor < 0) anchor = lastIndex((v) => v.releaseDate! <= issue.fields.created.slice(0, 10));
  return {
    releases: anchor < 0 ? [] : released.slice(Math.max(0, anchor - 2), anchor + 1).map((v) => v.name),
    components: issue.fields.components.map((c) => c.name),
    linked: issue.fields.issuelinks.map((l) => (l.outwardIssue ?? l.inwardIssue)!.key),
  };
}

describe('getIncidentMetrics', () => {
  it('lists the linked defects and both rates over the trailing three releases, as computed independently', async () => {
    const key = DEMO_INCIDENTS.completed;
    // The app installed: Forge sends avi:forge:installed:app, and the app reads the site's statuses and resolutions once for every viewer.
    const installStart = sb.emulator.requests.length;
    expect((await sb.host.install()).map((run) => [run.moduleKey, run.ok, (run.result as { action?: string } | undefined)?.action])).toEqual([['app-lifecycle', true, 'read']]);
    const installLog = sb.emulator.requests.slice(installStart);
    expect(installLog.map((e) => `${e.method} ${e.path}`).sort()).toEqual(['GET /rest/api/3/resolution', 'GET /rest/api/3/status']);
    console.info(`avi:forge:installed:app, the site's lists read as the app: ${installLog.length} Jira calls, ${installLog.reduce((sum, e) => sum + e.points, 0)} rate-limit points`);

    const start = sb.emulator.requests.length;
    const envelope = await invokeEnvelope<IncidentMetricsResult>(sb, 'alice', PANEL, 'getIncidentMetrics', {}, { issue: { key, id: '10001' } });
    const log = sb.emulator.requests.slice(start);

    if (!envelope.ok) throw new Error(envelope.error.message);
    const result = envelope.data;
    const facts = await incidentFacts(key);
    expect(result).toEqual(expect.objectContaining({ incidentKey: key, projectKey: 'QA', releases: facts.releases, components: facts.components }));
    expect(facts.releases).toHaveLength(3);

    const linkedBugs = site.issues.filter((i) => facts.linked.includes(i.key) && i.type === 'Bug').sort((a, b) => Number(a.key.slice(3)) - Number(b.key.slice(3)));
    expect(linkedBugs.length).toBeGreaterThan(0);
    const anyTime = { from: '0000-01-01', to: '9999-12-31', invalidResolutions: [] };
    expect(result.linkedDefects.map((d) => ({ key: d.key, escaped: d.escaped, reopened: d.reopened }))).toEqual(linkedBugs.map((i) => ({
      key: i.key, escaped: i.labels.includes('found-in-production'), reopened: judge(site, i, anyTime)?.reopened,
    })));

    // The release a defect escaped from is its affects version (DESIGN.md section 4).
    const inWindow = (issue: RawSite['issues'][number]) => issue.affectsVersions.some((v) => facts.releases.includes(v))
      && (facts.components.length === 0 || issue.components.some((c) => facts.components.includes(c)));
    const window = tallies(site, { from: '0000-01-01', to: '9999-12-31' }, (issue) => (inWindow(issue) ? ['all'] : []));
    expect(window.get('all')!.defects).toBeGreaterThan(5);
    expect(result.overall).toEqual(figures(window.get('all')!));
    // Each release apart is counted only when asked for.
    expect(result.byRelease).toEqual([]);
    expect(result.byReleaseCounted).toBe(false);

    // Counts, one match and a page of versions: nothing that grows with the project.
    expect(result.jiraCalls).toBe(log.length);
    expect(log.filter((e) => e.path.endsWith('/search/approximate-count')).length).toBeLessThanOrEqual(4);
    expect(log.filter((e) => e.method === 'POST' && e.path.endsWith('/search/jql'))).toHaveLength(0);
    // The escaped and reopened ones, then whether the rest are defects the viewer may see.
    expect(log.filter((e) => e.path.endsWith('/jql/match'))).toHaveLength(2);
    expect(log.filter((e) => e.path.endsWith('/project/QA/versions'))).toHaveLength(0);
    expect(log.filter((e) => e.path === '/rest/api/3/project/QA')).toHaveLength(0);
    // The site's lists are the app's: the very first figures on the site pay nothing for them.
    expect(log.filter((e) => e.path.endsWith('/status') || e.path.endsWith('/resolution'))).toHaveLength(0);
    const points = log.reduce((sum, e) => sum + e.points, 0);
    console.info(`getIncidentMetrics for ${key}, the site's first figures once the app is installed: ${log.length} Jira calls, ${points} rate-limit points`
      + `\n${log.map((e) => `  ${e.method} ${e.path} ${e.points}`).join('\n')}`);
    expect(points).toBeLessThanOrEqual(20);

    // Asked for each release: the same overall figures, and each release as computed independently.
    const releasesStart = sb.emulator.requests.length;
    const perRelease = await invokeEnvelope<IncidentMetricsResult>(sb, 'alice', PANEL, 'getIncidentMetrics', { byRelease: true }, { issue: { key, id: '10001' } });
    if (!perRelease.ok) throw new Error(perRelease.error.message);
    expect(perRelease.data.byReleaseCounted).toBe(true);
    expect(perRelease.data.overall).toEqual(result.overall);
    const byRelease = tallies(site, { from: '0000-01-01', to: '9999-12-31' }, (issue) => (inWindow(issue) ? issue.affectsVersions.filter((v) => facts.releases.includes(v)) : []));
    const none = { defects: 0, escaped: 0, resolved: 0, reopened: 0 };
    expect(perRelease.data.byRelease.map((g) => [g.key, { leakage: g.leakage, reopen: g.reopen }])).toEqual(facts.releases.map((r) => [r, figures(byRelease.get(r) ?? none)]));
    const releasesLog = sb.emulator.requests.slice(releasesStart);
    const releasesPoints = releasesLog.reduce((sum, e) => sum + e.points, 0);
    console.info(`getIncidentMetrics for ${key} with each release: ${releasesLog.length} Jira calls, ${releasesPoints} rate-limit points`);

    // Another incident of the project, once statuses and resolutions are kept for it.
    const other = DEMO_INCIDENTS.inProgress;
    const otherStart = sb.emulator.requests.length;
    const otherEnvelope = await invokeEnvelope<IncidentMetricsResult>(sb, 'bob', PANEL, 'getIncidentMetrics', {}, { issue: { key: other, id: '10002' } });
    expect(otherEnvelope.ok).toBe(true);
    const otherLog = sb.emulator.requests.slice(otherStart);
    expect(otherLog.filter((e) => e.path.endsWith('/status') || e.path.endsWith('/resolution'))).toHaveLength(0);
    const otherPoints = otherLog.reduce((sum, e) => sum + e.points, 0);
    console.info(`getIncidentMetrics for ${other} by bob, statuses and resolutions kept: ${otherLog.length} Jira calls, ${otherPoints} rate-limit points`);
    expect(otherPoints).toBeLessThanOrEqual(20);

    // Opened again with nothing changed: alice's kept answer, after one count of what changed since.
    const again = sb.emulator.requests.length;
    const second = await invokeEnvelope<IncidentMetricsResult>(sb, 'alice', PANEL, 'getIncidentMetrics', {}, { issue: { key, id: '10001' } });
    expect(second.ok && { ...second.data, jiraCalls: 0 }).toEqual({ ...result, jiraCalls: 0 });
    const secondLog = sb.emulator.requests.slice(again);
    expect(secondLog.filter((e) => e.path.endsWith('/search/approximate-count'))).toHaveLength(1);
    const secondPoints = secondLog.reduce((sum, e) => sum + e.points, 0);
    expect(secondPoints).toBeLessThanOrEqual(20);
    console.info(`getIncidentMetrics for ${key}, opened again: ${secondLog.length} Jira calls, ${secondPoints} rate-limit points`);

    // Without the app's lists (its install event not arrived yet, its daily run failing for a day):
    // the viewer's own, at a point a status and a resolution.
    const forget = (keep: (stored: string) => boolean) => {
      for (const { key: stored } of sb.host.kvs.entries()) if (!keep(stored)) sb.host.kvs.handle('/api/v1/delete', { key: stored });
    };
    /** Opens QA-1's figures as alice, with the times the lists are read and the points it cost. */
    const openMeasured = async (what: string) => {
      const from = sb.emulator.requests.length;
      expect((await invokeEnvelope<IncidentMetricsResult>(sb, 'alice', PANEL, 'getIncidentMetrics', {}, { issue: { key, id: '10001' } })).ok).toBe(true);
      const opened = sb.emulator.requests.slice(from);
      const cost = opened.reduce((sum, e) => sum + e.points, 0);
      console.info(`getIncidentMetrics for ${key}, ${what}: ${opened.length} Jira calls, ${cost} rate-limit points`);
      return { statuses: opened.filter((e) => e.path.endsWith('/status')).length, resolutions: opened.filter((e) => e.path.endsWith('/resolution')).length, points: cost };
    };
    forget((stored) => !(stored === 'metrics:site-lists' || stored === 'metrics:site:QA' || stored.startsWith('metrics:incident:')));
    const own = await openMeasured('the site\'s first figures without the app\'s lists');
    expect(own).toEqual({ statuses: 1, resolutions: 1, points: expect.any(Number) });
    expect(own.points).toBeLessThanOrEqual(32);

    // A project's first figures once another project kept the site's resolutions: its statuses, and
    // one count that the kept resolutions name every one its issues have (here QA's own lists and
    // answers are forgotten to stand for a second project).
    forget((stored) => !(stored === 'metrics:site:QA' || stored.startsWith('metrics:incident:')));
    const fresh = await openMeasured('without the app\'s lists, the project\'s first figures with the site\'s resolutions kept');
    expect(fresh).toEqual({ statuses: 1, resolutions: 0, points: expect.any(Number) });
    expect(fresh.points).toBeLessThanOrEqual(own.points - 5);

    // A linked defect changes: the next open computes afresh once Jira's index has it.
    const linked = linkedBugs[0].key;
    expect((await sb.jira('alice', `/rest/api/3/issue/${linked}`, { method: 'PUT', body: { fields: { labels: [...linkedBugs[0].labels, 'retested'] } } })).status).toBe(204);
    await sb.searchIndexed();
    const third = sb.emulator.requests.length;
    await invokeEnvelope<IncidentMetricsResult>(sb, 'alice', PANEL, 'getIncidentMetrics', {}, { issue: { key, id: '10001' } });
    expect(sb.emulator.requests.slice(third).filter((e) => e.path.endsWith('/search/approximate-count')).length).toBeGreaterThan(1);
  });

  it('takes the incident from the Forge context only', async () => {
    expect(await invokeEnvelope(sb, 'alice', PANEL, 'getIncidentMetrics', { issueKey: 'QA-2' }, { issue: { key: 'QA-1' } }))
      .toEqual({ ok: false, error: expect.objectContaining({ code: 'VALIDATION' }) });
    expect(await invokeEnvelope(sb, 'alice', PANEL, 'getIncidentMetrics', {}))
      .toEqual({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('no issue in its Forge context') } });
  });
});

describe('listProjects', () => {
  it('answers the projects the user can browse', async () => {
    expect(await invokeEnvelope<ListProjectsResult>(sb, 'alice', 'qa-metrics-gadget', 'listProjects', {}))
      .toEqual({ ok: true, data: { projects: [{ id: '10001', key: 'OPS', name: 'Operations' }, { id: '10000', key: 'QA', name: 'QA Platform' }] } });
    expect(await invokeEnvelope<ListProjectsResult>(sb, 'eve', 'qa-metrics-gadget', 'listProjects', { query: 'qa' }))
      .toEqual({ ok: true, data: { projects: [] } });
  });
});

describe('the app\'s site lists', () => {
  it('are checked by the daily run with one count as the app, and read again once a status they do not name is in use', async () => {
    sb.reset();
    expect((await sb.host.install()).every((run) => run.ok)).toBe(true);
    const daily = sb.emulator.requests.length;
    const run = await sb.host.trigger({ type: 'scheduled', key: 'site-lists' });
    expect(run.ran.map((r) => { const t = r as TriggerRun; return [t.moduleKey, t.ok, (t.result as { action?: string } | undefined)?.action]; })).toEqual([['site-lists', true, 'checked']]);
    const dailyLog = sb.emulator.requests.slice(daily);
    expect(dailyLog.map((e) => `${e.method} ${e.path}`)).toEqual(['POST /rest/api/3/search/approximate-count']);
    console.info(`The daily check of the app's site lists: ${dailyLog.length} Jira call, ${dailyLog.reduce((sum, e) => sum + e.points, 0)} rate-limit points`);

    // A list that misses a status in use (as one added since would be) is read again.
    const kept = await sb.host.runAs(null, () => kvs.get<{ statuses: Array<{ name: string }> }>('metrics:site-lists'));
    await sb.host.runAs(null, () => kvs.set('metrics:site-lists', { ...kept, statuses: kept!.statuses.filter((s) => s.name !== 'In Progress') }));
    const again = await sb.host.trigger({ type: 'scheduled', key: 'site-lists' });
    expect((again.ran[0] as { result?: { action?: string } }).result?.action).toBe('read');
    const reread = await sb.host.runAs(null, () => kvs.get<{ statuses: Array<{ name: string }> }>('metrics:site-lists'));
    expect(reread!.statuses.map((s) => s.name)).toContain('In Progress');
  });
});

describe('the check of kept statuses and resolutions', () => {
  it('counts none of the project\'s issues while the lists name every status and resolution, some once one is left out', async () => {
    const statuses = (await sb.jira<{ name: string }[]>('alice', '/rest/api/3/status')).body.map((s) => s.name);
    const resolutions = (await sb.jira<{ name: string }[]>('alice', '/rest/api/3/resolution')).body.map((r) => r.name);
    const count = async (jql: string) => (await sb.jira<{ count: number }>('alice', '/rest/api/3/search/approximate-count', { method: 'POST', body: { jql } })).body.count;
    expect(await count(metadataOutOfDateJql('QA', { statuses, resolutions }))).toBe(0);
    expect(await count(metadataOutOfDateJql('QA', { statuses: statuses.filter((s) => s !== 'Done'), resolutions }))).toBeGreaterThan(0);
    expect(await count(metadataOutOfDateJql('QA', { statuses, resolutions: resolutions.filter((r) => r !== 'Done') }))).toBeGreaterThan(0);
  });
});
