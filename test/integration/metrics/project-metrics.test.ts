/**
 * getProjectMetrics through the local Forge host against the emulator's demo seed: the figures equal
 * an independent computation from the raw issues and changelogs, the cost is a handful of bulk
 * requests (never one per issue), results are cached and refreshed, and Jira faults are retried.
 */
import { USERS } from '../../../sandbox/seed/base';
import type { Envelope, ProjectMetricsResult } from '../../../src/contract';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { figures, followThrough, overall, readRawSite, reopensByMonth, tallies, type RawSite } from './independent-figures';
import { invokeEnvelope } from './invoke-envelope';

type Ready = Extract<ProjectMetricsResult, { status: 'ready' }>;

const DAY = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
/**
 * The year to today. A reset seeds the demo relative to that moment, so the period and the raw site
 * are taken again after each reset: read once, they disagreed with a seed made after midnight.
 */
function yearToToday(): { from: string; to: string } {
  const today = new Date();
  return { from: dayOf(new Date(today.getTime() - 365 * DAY)), to: dayOf(today) };
}
let PERIOD = yearToToday();
const GADGET = 'qa-metrics-gadget';

let sb: Sandbox;
let site: RawSite;

async function metrics(payload: Record<string, unknown>, user = 'alice'): Promise<Envelope<ProjectMetricsResult>> {
  return invokeEnvelope<ProjectMetricsResult>(sb, user, GADGET, 'getProjectMetrics', { projectKey: 'QA', ...PERIOD, groupBy: 'month', ...payload });
}

async function ready(payload: Record<string, unknown>, user = 'alice'): Promise<Ready> {
  const envelope = await metrics(payload, user);
  if (!envelope.ok) throw new Error(`getProjectMetrics failed: ${envelope.error.message}`);
  if (envelope.data.status !== 'ready') throw new Error('expected a computed result');
  return envelope.data;
}

/** The emulator's request log from `start` on, as "METHOD path" counts. */
function callsSince(start: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of sb.emulator.requests.slice(start)) counts[`${entry.method} ${entry.path}`] = (counts[`${entry.method} ${entry.path}`] ?? 0) + 1;
  return counts;
}

beforeAll(async () => {
  // Product events on, as on a site: they mark the project changed (metrics-changes trigger).
  sb = await startSandbox({ productEvents: true });
});

afterAll(async () => {
  await sb.close();
});

beforeEach(async () => {
  sb.reset();
  PERIOD = yearToToday();
  site = await readRawSite(sb);
});

describe('figures', () => {
  it('equal the independent computation for the period, by month', async () => {
    const result = await ready({ groupBy: 'month' });

    const expected = overall(site, PERIOD);
    expect(expected.leakage.defects).toBeGreaterThan(200);
    expect({ leakage: result.leakage, reopen: result.reopen }).toEqual(expected);
    const byMonth = tallies(site, PERIOD, (issue) => [issue.created.slice(0, 7)]);
    for (const group of result.groups) {
      const tally = byMonth.get(group.key);
      expect({ key: group.key, leakage: group.leakage, reopen: group.reopen })
        .toEqual({ key: group.key, ...(tally ? figures(tally) : { leakage: { rate: null, escaped: 0, defects: 0 }, reopen: { rate: null, reopened: 0, resolved: 0 } }) });
    }
    expect(result.groups.map((g) => g.key)).toEqual(expect.arrayContaining([...byMonth.keys()]));
    expect(result.targets).toEqual({ leakageRate: 10, reopenRate: 5, leakageMet: expected.leakage.rate! <= 10, reopenMet: expected.reopen.rate! <= 5 });
  });

  it('count reopens within each month, whenever the defect was created, and mark the unfinished month', async () => {
    const result = await ready({ groupBy: 'month' });

    const expected = reopensByMonth(site, PERIOD);
    expect([...expected.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(5);
    expect(result.groups.map((g) => [g.key, g.reopensInPeriod])).toEqual(result.groups.map((g) => [g.key, expected.get(g.key) ?? 0]));
    expect(result.reopensInPeriod).toBe([...expected.values()].reduce((a, b) => a + b, 0));
    // The period ends today: its last month is not over, and only that one is marked.
    expect(result.groups.map((g) => g.partial)).toEqual(result.groups.map((_, i) => i === result.groups.length - 1));
    expect(result.timeZone).toBe(USERS.alice.timeZone);
  });

  it('equal it by release and by component, and for a component or release scope', async () => {
    // By release: the affects version, the release a defect escaped from (DESIGN.md section 4).
    const byRelease = await ready({ groupBy: 'release' });
    const releaseTallies = tallies(site, PERIOD, (issue) => (issue.affectsVersions.length ? issue.affectsVersions : ['']));
    expect(releaseTallies.size).toBeGreaterThan(3);
    expect(new Map(byRelease.groups.filter((g) => g.leakage.defects > 0).map((g) => [g.key, { leakage: g.leakage, reopen: g.reopen }])))
      .toEqual(new Map([...releaseTallies].map(([key, t]) => [key, figures(t)])));
    expect(byRelease.groups.map((g) => g.key).filter((k) => /^1\.\d$/.test(k))).toEqual([...byRelease.groups.map((g) => g.key).filter((k) => /^1\.\d$/.test(k))].sort());
    // By fix version: which release repaired it, a different grouping of the same defects.
    const byFix = await ready({ groupBy: 'fixVersion' });
    const fixTallies = tallies(site, PERIOD, (issue) => (issue.fixVersions.length ? issue.fixVersions : ['']));
    expect(new Map(byFix.groups.filter((g) => g.leakage.defects > 0).map((g) => [g.key, { leakage: g.leakage, reopen: g.reopen }])))
      .toEqual(new Map([...fixTallies].map(([key, t]) => [key, figures(t)])));
    expect(byFix.groups).not.toEqual(byRelease.groups);

    const byComponent = await ready({ groupBy: 'component' });
    const componentTallies = tallies(site, PERIOD, (issue) => (issue.components.length ? issue.components : ['']));
    expect(byComponent.groups.slice(0, 4).map((g) => g.key)).toEqual(['Checkout', 'Payments', 'Search', 'Accounts']);
    for (const group of byComponent.groups) {
      const t = componentTallies.get(group.key);
      if (t) expect({ leakage: group.leakage, reopen: group.reopen }).toEqual(figures(t));
    }
    const top = [...componentTallies].filter(([key, t]) => key !== '' && t.escaped > 0).sort((a, b) => b[1].escaped - a[1].escaped);
    expect(byComponent.topComponents[0].key).toBe(top[0][0]);
    expect(byComponent.topComponents[0].leakage.escaped).toBe(top[0][1].escaped);

    const payments = await ready({ component: 'Payments' });
    expect({ leakage: payments.leakage, reopen: payments.reopen }).toEqual(overall(site, { ...PERIOD, component: 'Payments' }));
    const release = await ready({ fixVersion: '1.5', groupBy: 'release' });
    expect({ leakage: release.leakage, reopen: release.reopen }).toEqual(overall(site, { ...PERIOD, fixVersion: '1.5' }));
  });

  it('count the incidents by post-mortem status and the action-item tasks\' follow-through', async () => {
    const result = await ready({});
    const incidents = site.issues.filter((i) => i.type === 'Incident' && i.created.slice(0, 10) >= PERIOD.from);
    expect(incidents.length).toBeGreaterThan(0);
    const statusOf = (i: (typeof incidents)[number]) => (i.properties['qa-postmortem'] as { status?: string } | undefined)?.status;
    expect(result.incidents).toEqual(expect.objectContaining({
      total: incidents.length,
      postmortemComplete: incidents.filter((i) => statusOf(i) === 'complete').length,
      noPostmortem: incidents.filter((i) => statusOf(i) === undefined).length,
    }));
    expect(result.incidents.total).toBe(result.incidents.postmortemComplete + result.incidents.postmortemInProgress + result.incidents.noPostmortem);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: USERS.alice.timeZone }).format(new Date());
    const expected = followThrough(site, PERIOD.from, today);
    expect(expected.total).toBeGreaterThan(0);
    expect(result.actionItems).toEqual(expected);
  });

  it('count a component\'s own incidents and their action items in a component\'s view', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: USERS.alice.timeZone }).format(new Date());
    const whole = followThrough(site, PERIOD.from, today);
    const incidentsOf = (component?: string) => site.issues.filter((i) => i.type === 'Incident' && i.created.slice(0, 10) >= PERIOD.from
      && (component === undefined || i.components.includes(component))).length;
    const narrowed = ['Payments', 'Search', 'Accounts'].map((component) => ({ component, expected: followThrough(site, PERIOD.from, today, component) }));
    // The demo's tasks all follow QA-1 (Checkout, Payments): Payments' view has them, Search's none.
    expect(narrowed.map(({ expected }) => expected.total)).toEqual([whole.total, 0, 0]);
    expect(whole.total).toBeGreaterThan(0);
    for (const { component, expected } of narrowed) {
      const result = await ready({ component });
      expect({ component, actionItems: result.actionItems }).toEqual({ component, actionItems: expected });
      expect({ component, incidents: result.incidents.total }).toEqual({ component, incidents: incidentsOf(component) });
    }
  });

  it('answer "no data" for a period without defects', async () => {
    const result = await ready({ from: '2001-01-01', to: '2001-02-28' });
    expect(result.leakage).toEqual({ rate: null, escaped: 0, defects: 0 });
    expect(result.reopen).toEqual({ rate: null, reopened: 0, resolved: 0 });
    expect(result.groups.map((g) => [g.key, g.leakage.rate])).toEqual([['2001-01', null], ['2001-02', null]]);
  });
});

describe('cost', () => {
  it('is a few bulk requests, never one per issue, all as the user, and the answer says how many', async () => {
    const start = sb.emulator.requests.length;
    const result = await ready({});

    // Counts, never defects: each month's defects, the other three figures of a month that has any,
    // each month's reopens; each component's escaped defects, then the four figures of the leading ones.
    const months = result.groups.length;
    const withDefects = result.groups.filter((g) => g.leakage.defects > 0).length;
    const components = ['Checkout', 'Payments', 'Search', 'Accounts'];
    const escapedComponents = tallies(site, PERIOD, (issue) => issue.components);
    const leading = components.filter((c) => (escapedComponents.get(c)?.escaped ?? 0) > 0).length;
    expect(callsSince(start)).toEqual({
      'GET /rest/api/3/project/QA/properties/qa-postmortem-settings': 1,
      // without saved settings, whether alice may browse QA; then its versions and components
      'GET /rest/api/3/project/QA': 2,
      'GET /rest/api/3/status': 1,
      'GET /rest/api/3/resolution': 1,
      'POST /rest/api/3/search/approximate-count': months + 3 * withDefects + months + components.length + 4 * leading,
      // incidents and action items, one page
      'POST /rest/api/3/search/jql': 1,
    });
    const log = sb.emulator.requests.slice(start);
    expect(result.jiraCalls).toBe(log.length);
    expect(new Set(log.map((e) => e.accountId))).toEqual(new Set([USERS.alice.accountId]));
    expect(log.filter((e) => /\/issue\/|\/changelog$/.test(e.path))).toEqual([]);
  });
});

describe('cache', () => {
  it('answers again from Forge storage to the same viewer, never to another one, and recomputes on refresh', async () => {
    const first = await ready({});
    const start = sb.emulator.requests.length;

    const again = await ready({});
    expect(again).toEqual({ ...first, fromCache: true, jiraCalls: 0 });
    // No change marked since the figures were computed (change-marks.ts): no Jira request at all.
    expect(callsSince(start)).toEqual({});

    // bob may browse other things than alice, and lives in another time zone: his figures are his own.
    const asBob = await ready({}, 'bob');
    expect(asBob.fromCache).toBe(false);
    expect((await ready({}, 'bob')).fromCache).toBe(true);
    const refreshed = await ready({ refresh: true });
    expect(refreshed.fromCache).toBe(false);
    expect(refreshed.computedAt >= first.computedAt).toBe(true);
    expect(refreshed.leakage).toEqual(first.leakage);

    const outsider = await metrics({}, 'eve');
    expect(outsider).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Project QA does not exist, or you do not have permission to browse it.' } });
  });

  it('tells a viewer who may no longer browse the project nothing new: their own figures until anything changes, then a refusal', async () => {
    const seen = await ready({}, 'dave');
    const project = sb.emulator.store.projectByIdOrKey('QA')!;
    const browse = [...project.permissions.browse];
    project.permissions.browse = browse.filter((id) => id !== USERS.dave.accountId);
    try {
      // What dave was shown, and only that (DECISIONS.md 18): no figure computed without his permissions.
      expect(await ready({}, 'dave')).toEqual({ ...seen, fromCache: true, jiraCalls: 0 });
      const refused = { ok: false, error: { code: 'NOT_FOUND', message: 'Project QA does not exist, or you do not have permission to browse it.' } };
      expect(await metrics({ refresh: true }, 'dave')).toEqual(refused);
      // A change to the project (alice edits a defect): the next view is computed, with his permissions of now.
      const bug = site.issues.find((i) => i.type === 'Bug')!;
      expect((await sb.jira('alice', `/rest/api/3/issue/${bug.key}`, { method: 'PUT', body: { fields: { labels: [...bug.labels, 'seen'] } } })).status).toBe(204);
      await sb.host.productEvents.idle();
      expect(await metrics({}, 'dave')).toEqual(refused);
    } finally {
      project.permissions.browse = browse;
    }
  });

  it('recomputes once a defect it counts has changed', async () => {
    await ready({});
    expect((await ready({})).fromCache).toBe(true);
    const bug = site.issues.find((i) => i.type === 'Bug' && i.created.slice(0, 10) >= PERIOD.from)!;
    const edit = await sb.jira('alice', `/rest/api/3/issue/${bug.key}`, { method: 'PUT', body: { fields: { labels: [...bug.labels, 'triaged'] } } });
    expect(edit.status).toBe(204);
    // Jira sends avi:jira:updated:issue; the trigger marks QA changed.
    await sb.host.productEvents.idle();
    expect(sb.host.productEvents.deliveries()[0]).toMatchObject({ eventType: 'avi:jira:updated:issue', deliverTo: ['metrics-changes'] });
    // Within the search index allowance of the change, figures are computed afresh each time (the
    // index may not have held the change yet).
    expect((await ready({})).fromCache).toBe(false);
    expect((await ready({})).fromCache).toBe(false);
  });

  it('keeps results apart by scope and grouping', async () => {
    const all = await ready({});
    const payments = await ready({ component: 'Payments' });
    const byRelease = await ready({ groupBy: 'release' });
    expect(payments.fromCache).toBe(false);
    expect(byRelease.fromCache).toBe(false);
    expect(payments.leakage.defects).toBeLessThan(all.leakage.defects);
  });
});

describe('faults', () => {
  it('rides out a 429 with Retry-After and a 503, counting the retries', async () => {
    const clean = await ready({ refresh: true });
    sb.emulator.setFaults([
      { method: 'POST', path: '/rest/api/3/search/jql', status: 429, retryAfter: 1, count: 1 },
      { method: 'POST', path: '/rest/api/3/search/approximate-count', status: 503, count: 1 },
    ]);
    const start = sb.emulator.requests.length;

    const result = await ready({ refresh: true });

    const log = sb.emulator.requests.slice(start);
    // The follow-through search and the counts run side by side: either may meet its fault first.
    expect(log.filter((e) => e.status === 429 || e.status >= 500).map((e) => `${e.status} ${e.path}`).sort())
      .toEqual(['429 /rest/api/3/search/jql', '503 /rest/api/3/search/approximate-count']);
    expect(result.jiraCalls).toBe(log.length);
    expect({ leakage: result.leakage, reopen: result.reopen, groups: result.groups }).toEqual({ leakage: clean.leakage, reopen: clean.reopen, groups: clean.groups });
  });

  it('gives up after a few 5xx with a clear error naming the call, and caches nothing', async () => {
    sb.emulator.setFaults([{ method: 'POST', path: '/rest/api/3/search/approximate-count', status: 503, count: 1000 }]);

    const envelope = await metrics({});

    expect(envelope).toEqual({ ok: false, error: { code: 'JIRA_UNAVAILABLE', message: expect.stringContaining('(POST /rest/api/3/search/approximate-count returned 503 after 3 attempts)') } });
    sb.emulator.clearFaults();
    expect((await ready({})).fromCache).toBe(false);
  });
});

describe('payload', () => {
  it('is validated with a clear message', async () => {
    const refusal = (path: string, message: string) => ({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining(`${path}: ${message}`), details: { issues: [{ path: [path], message }] } },
    });
    expect(await metrics({ from: '2026-02-30' })).toEqual(refusal('from', 'must be a date as YYYY-MM-DD'));
    expect(await metrics({ from: PERIOD.to, to: PERIOD.from })).toEqual(refusal('to', 'must not be before "from"'));
    expect(await metrics({ from: '1000-01-01', to: '9999-11-30' })).toEqual(refusal('to', 'must be within 10 years of "from": choose a shorter period'));
    expect(await metrics({ from: '2016-01-01', to: '2026-01-01' })).toEqual(refusal('to', 'must be within 10 years of "from": choose a shorter period'));
    expect(await metrics({ groupBy: 'week' })).toEqual({ ok: false, error: expect.objectContaining({ code: 'VALIDATION', message: expect.stringContaining('groupBy') }) });
    // A component or version the project lacks is named before anything is counted or kept.
    expect(await metrics({ component: 'Nope', fixVersion: '9.9' })).toEqual({ ok: false, error: {
      code: 'VALIDATION', message: 'component: is not a component of project QA; fixVersion: is not a version of project QA',
      details: { issues: [{ path: ['component'], message: 'is not a component of project QA' }, { path: ['fixVersion'], message: 'is not a version of project QA' }] },
    } });
  });
});
