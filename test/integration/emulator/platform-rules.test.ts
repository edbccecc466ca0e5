/**
 * The Jira Cloud rules the emulator enforces by default (DESIGN.md sections 5 and 7): search lags
 * behind writes unless reconciled, property JQL only through indexed paths, JQL dates and response
 * times in the user's time zone, the rich-text limit, create screens, and points-based rate limits.
 * Each test shows the rule refusing or lagging first, then what a well-behaved client does.
 */
import * as path from 'node:path';
import { issuePropertyIndex, loadManifest } from '../../../sandbox/host/manifest';
import { USERS } from '../../../sandbox/seed/base';
import { APP_REQUEST_HEADER } from '../../../sandbox/emulator';
import { adf, importIssue, startEmulator, type EmulatorServer } from './emulator-server';

const manifest = loadManifest(path.resolve(__dirname, '../../../manifest.yml'));
let s: EmulatorServer;
let nowMs = Date.parse('2026-12-01T12:00:00.000Z');
const advance = (ms: number) => { nowMs += ms; };

beforeAll(async () => {
  s = await startEmulator({ seed: 'empty', now: () => new Date(nowMs), propertyIndex: issuePropertyIndex(manifest) });
});
afterAll(() => s.close());
beforeEach(() => {
  s.emulator.reset('empty');
  s.emulator.settings.reset();
  s.emulator.importIssues({ issues: [importIssue({ key: 'QA-1' }, { issuetype: { name: 'Incident' } })] } as never);
});

const asApp = { [APP_REQUEST_HEADER]: 'test-app' };
const task = (summary: string) => ({
  fields: { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary },
  update: { issuelinks: [{ add: { type: { name: 'Relates' }, outwardIssue: { key: 'QA-1' } } }] },
});
const keysOf = (body: { issues: { key: string }[] }) => body.issues.map((i) => i.key);

describe('search is eventually consistent', () => {
  it('does not find a just-created issue until the lag has passed, unless it is reconciled; GET and bulkfetch see it at once', async () => {
    const created = await s.call('bob', 'POST', '/rest/api/3/issue', task('Fresh task'));
    expect(created.status).toBe(201);
    const jql = 'project = QA AND issuetype = Task';
    expect(keysOf((await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql, fields: ['key'] })).body)).toEqual([]);
    expect((await s.call('bob', 'POST', '/rest/api/3/search/approximate-count', { jql })).body).toEqual({ count: 0 });
    const reconciled = await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql, fields: ['key'], reconcileIssues: [Number(created.body.id)] });
    expect(keysOf(reconciled.body)).toEqual([created.body.key]);
    expect((await s.call('bob', 'GET', `/rest/api/3/issue/${created.body.key}?fields=summary`)).status).toBe(200);
    const fetched = await s.call('bob', 'POST', '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: [created.body.key], fields: ['summary'] });
    expect(fetched.body.issues.map((i: { key: string }) => i.key)).toEqual([created.body.key]);

    advance(s.emulator.settings.get().searchLagMs);
    expect(keysOf((await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql, fields: ['key'] })).body)).toEqual([created.body.key]);
    expect((await s.call('bob', 'POST', '/rest/api/3/search/approximate-count', { jql })).body).toEqual({ count: 1 });
  });

  it('keeps matching a changed issue as it was, fields included, until the lag has passed', async () => {
    await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1', { fields: { summary: 'Renamed incident' } });
    const stale = await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql: 'key = QA-1', fields: ['summary'] });
    expect(stale.body.issues[0].fields.summary).toBe('Something broke');
    advance(s.emulator.settings.get().searchLagMs);
    const fresh = await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql: 'key = QA-1', fields: ['summary'] });
    expect(fresh.body.issues[0].fields.summary).toBe('Renamed incident');
  });

  it('refuses more than 50 issues to reconcile', async () => {
    const r = await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql: 'project = QA', reconcileIssues: Array.from({ length: 51 }, (_, i) => 10000 + i) });
    expect(r.status).toBe(400);
  });

  it('takes its lag from POST /__sandbox/config, and shows it with GET', async () => {
    const set = await fetch(`${s.url}/__sandbox/config`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ searchLagMs: 0 }) });
    expect(set.status).toBe(200);
    const created = await s.call('bob', 'POST', '/rest/api/3/issue', task('Seen at once'));
    expect(keysOf((await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql: 'issuetype = Task', fields: ['key'] })).body)).toEqual([created.body.key]);
    const shown = await (await fetch(`${s.url}/__sandbox/config`)).json();
    expect(shown).toMatchObject({ searchLagMs: 0, pointsPerHour: 65_000 });
    const bad = await fetch(`${s.url}/__sandbox/config`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ searchLag: 1 }) });
    expect(bad.status).toBe(400);
  });
});

describe('entity properties in JQL', () => {
  beforeEach(async () => {
    await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1/properties/qa-postmortem', { status: 'complete', openActions: 2 });
    await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1/properties/unindexed', { status: 'complete' });
    advance(s.emulator.settings.get().searchLagMs);
  });

  it('finds issues through the manifest\'s indexed paths and their search aliases', async () => {
    const byPath = await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql: 'issue.property[qa-postmortem].status = "complete"', fields: ['key'] });
    expect(keysOf(byPath.body)).toEqual(['QA-1']);
    const byAlias = await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql: 'postmortemOpenActions > 1', fields: ['key'] });
    expect(keysOf(byAlias.body)).toEqual(['QA-1']);
  });

  it('matches nothing through a path no module indexes', async () => {
    for (const jql of ['issue.property[unindexed].status = "complete"', 'issue.property[qa-postmortem].summary = "x"']) {
      const r = await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql, fields: ['key'] });
      expect(r.status).toBe(200);
      expect(keysOf(r.body)).toEqual([]);
    }
  });

  it('refuses an operator the indexed type does not support', async () => {
    const r = await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql: 'issue.property[qa-postmortem].status ~ "complete"' });
    expect(r.status).toBe(400);
  });
});

describe('time zones', () => {
  beforeEach(() => {
    s.emulator.importIssues({ issues: [importIssue({ key: 'QA-2' }, { created: '2026-11-30T03:00:00.000Z' })] } as never);
  });

  it('evaluates JQL dates in the searching user\'s zone', async () => {
    const jql = 'key = QA-2 AND created >= "2026-11-30" AND created < "2026-12-01"';
    // 03:00 UTC on 30 November is 29 November, 22:00 in New York (bob) and 30 November in London (alice).
    expect(keysOf((await s.call('alice', 'POST', '/rest/api/3/search/jql', { jql, fields: ['key'] })).body)).toEqual(['QA-2']);
    expect(keysOf((await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql, fields: ['key'] })).body)).toEqual([]);
  });

  it('writes date-times with the offset of the user\'s zone', async () => {
    expect((await s.call('bob', 'GET', '/rest/api/3/issue/QA-2?fields=created')).body.fields.created).toBe('2026-11-29T22:00:00.000-0500');
    expect((await s.call('dave', 'GET', '/rest/api/3/issue/QA-2?fields=created')).body.fields.created).toBe('2026-11-30T14:00:00.000+1100');
  });
});

describe('rich text and screens', () => {
  it('refuses a comment or description over 32,767 characters', async () => {
    const long = adf('x'.repeat(32_767));
    const comment = await s.call('bob', 'POST', '/rest/api/3/issue/QA-1/comment', { body: long });
    expect(comment.status).toBe(400);
    expect(comment.body.errors.comment).toMatch(/32,767/);
    const description = await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1', { fields: { description: long } });
    expect(description.status).toBe(400);
    expect(description.body.errors.description).toMatch(/32,767/);
  });

  it('refuses on create a field that is not on the project\'s create screen, naming it, and says so in createmeta', async () => {
    const r = await s.call('bob', 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'OPS' }, issuetype: { name: 'Task' }, summary: 'Rota change', duedate: '2031-01-01', labels: ['x'] },
    });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual({
      duedate: "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown.",
      labels: "Field 'labels' cannot be set. It is not on the appropriate screen, or unknown.",
    });
    const types = await s.call('bob', 'GET', '/rest/api/3/issue/createmeta/OPS/issuetypes');
    const taskType = types.body.issueTypes.find((t: { name: string }) => t.name === 'Task');
    const meta = await s.call('bob', 'GET', `/rest/api/3/issue/createmeta/OPS/issuetypes/${taskType.id}`);
    const fieldIds = meta.body.fields.map((f: { fieldId: string }) => f.fieldId);
    expect(fieldIds).toContain('assignee');
    expect(fieldIds).not.toContain('duedate');
    expect(fieldIds).not.toContain('labels');
    expect((await s.call('dave', 'GET', '/rest/api/3/issue/createmeta/OPS/issuetypes')).status).toBe(400);
  });
});

describe('rate limits', () => {
  const config = (body: Record<string, number>) => fetch(`${s.url}/__sandbox/config`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('charges the app 1 point a request plus 1 per issue returned, logs it, and answers with the quota headers', async () => {
    s.emulator.importIssues({ issues: Array.from({ length: 3 }, () => importIssue()) } as never);
    const r = await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql: 'project = QA', fields: ['key'] }, asApp);
    expect(r.body.issues).toHaveLength(4);
    expect(r.headers.get('x-ratelimit-limit')).toBe('65000');
    expect(r.headers.get('x-ratelimit-remaining')).toBe(String(65_000 - 5));
    expect(r.headers.get('ratelimit-policy')).toBe('"global-app-quota";q=65000;w=3600');
    const log = await (await fetch(`${s.url}/__sandbox/requests`)).json();
    expect(log.at(-1)).toMatchObject({ path: '/rest/api/3/search/jql', points: 5, byApp: true });
    await s.call('bob', 'GET', '/rest/api/3/myself', undefined, asApp);
    expect((await (await fetch(`${s.url}/__sandbox/requests`)).json()).at(-1)).toMatchObject({ points: 3 });
  });

  it('refuses every app request once the hourly quota is spent, until the top of the hour', async () => {
    await config({ pointsPerHour: 3 });
    expect((await s.call('bob', 'GET', '/rest/api/3/issue/QA-1?fields=summary', undefined, asApp)).status).toBe(200);
    expect((await s.call('bob', 'GET', '/rest/api/3/issue/QA-1?fields=summary', undefined, asApp)).status).toBe(200);
    const refused = await s.call('bob', 'GET', '/rest/api/3/status', undefined, asApp);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('ratelimit-reason')).toBe('jira-quota-global-based');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(Date.parse(refused.headers.get('x-ratelimit-reset') ?? '') % 3_600_000).toBe(0);
    expect((await s.call('bob', 'GET', '/rest/api/3/status')).status).toBe(200);
  });

  it('answers the burst limit per endpoint and method, and leaves other endpoints alone', async () => {
    await config({ burstPerSecond: 2 });
    const statuses = await Promise.all([1, 2, 3].map(() => s.call('bob', 'GET', '/rest/api/3/status')));
    expect(statuses.map((r) => r.status).sort()).toEqual([200, 200, 429]);
    const refused = statuses.find((r) => r.status === 429)!;
    expect(refused.headers.get('ratelimit-reason')).toBe('jira-burst-based');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await s.call('bob', 'GET', '/rest/api/3/priority')).status).toBe(200);
  });

  it('limits writes to one issue: 20 in 2 seconds', async () => {
    await config({ burstPerSecond: 1000 });
    const writes = await Promise.all(Array.from({ length: 21 }, (_, i) => s.call('bob', 'PUT', `/rest/api/3/issue/QA-1/properties/p${i}`, { i })));
    const refused = writes.filter((r) => r.status === 429);
    expect(refused).toHaveLength(1);
    expect(refused[0].headers.get('ratelimit-reason')).toBe('jira-per-issue-on-write');
  });
});

it('counts a reporter as the creator of imported issues and the caller as the creator of new ones', async () => {
  const created = await s.call('carol', 'POST', '/rest/api/3/issue', task('By carol'));
  const issue = await s.call('bob', 'GET', `/rest/api/3/issue/${created.body.key}?fields=creator`);
  expect(issue.body.fields.creator.accountId).toBe(USERS.carol.accountId);
});
