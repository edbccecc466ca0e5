/** POST issue/bulk in the Jira emulator: the 50-issue limit, per-item errors, links and properties in the payload. */
import * as path from 'node:path';
import { issuePropertyIndex, loadManifest } from '../../../sandbox/host/manifest';
import { USERS } from '../../../sandbox/seed/base';
import { emptyEmulatorPerFile, importIssue, type EmulatorServer } from './emulator-server';

let s: EmulatorServer;
// The app's manifest indexes the marker's paths; JQL can search a property through those only.
emptyEmulatorPerFile({
  options: { propertyIndex: issuePropertyIndex(loadManifest(path.resolve(__dirname, '../../../manifest.yml'))) },
  ready: (server) => { s = server; },
  eachTest: (emulator) => emulator.importIssues({ issues: [importIssue({ key: 'QA-1' }, { issuetype: { name: 'Incident' } })] } as never),
});

const task = (summary: string, extra: Record<string, unknown> = {}) => ({
  fields: { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary, duedate: '2031-01-15', assignee: { accountId: USERS.carol.accountId } },
  update: { issuelinks: [{ add: { type: { name: 'Relates' }, inwardIssue: { key: 'QA-1' } } }] },
  properties: [{ key: 'qa-postmortem-action', value: { incident: 'QA-1', actionId: summary } }],
  ...extra,
});

describe('POST issue/bulk', () => {
  it('refuses more than 50 issues with 400 and creates none', async () => {
    const r = await s.call('bob', 'POST', '/rest/api/3/issue/bulk', { issueUpdates: Array.from({ length: 51 }, (_, i) => task(`t${i}`)) });
    expect(r.status).toBe(400);
    expect(r.body.issues).toEqual([]);
    expect(r.body.errors[0].elementErrors.errorMessages[0]).toMatch(/50/);
    expect(s.emulator.store.issues()).toHaveLength(1);
  });

  it('creates 50 in one call, each with its link to the incident and its property', async () => {
    const r = await s.call('bob', 'POST', '/rest/api/3/issue/bulk', { issueUpdates: Array.from({ length: 50 }, (_, i) => task(`t${i}`)) });
    expect(r.status).toBe(201);
    expect(r.body.errors).toEqual([]);
    expect(r.body.issues).toHaveLength(50);
    expect(r.body.issues[0]).toEqual({ id: expect.any(String), key: 'QA-2', self: expect.stringContaining(`/rest/api/3/issue/${r.body.issues[0].id}`) });
    const created = await s.call('bob', 'GET', '/rest/api/3/issue/QA-2?fields=issuelinks,assignee,duedate&properties=qa-postmortem-action');
    expect(created.body.properties).toEqual({ 'qa-postmortem-action': { incident: 'QA-1', actionId: 't0' } });
    expect(created.body.fields.issuelinks).toEqual([expect.objectContaining({ type: expect.objectContaining({ name: 'Relates' }), inwardIssue: expect.objectContaining({ key: 'QA-1' }) })]);
    const incident = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1?fields=issuelinks');
    expect(incident.body.fields.issuelinks).toHaveLength(50);
    expect(incident.body.fields.issuelinks[0].outwardIssue.key).toBe('QA-2');
    // Search lags behind the create (search-index.ts); reconcileIssues (at most 50) reads these live.
    const reconcileIssues = r.body.issues.map((issue: { id: string }) => Number(issue.id));
    const search = await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql: 'issue.property[qa-postmortem-action].actionId IS NOT EMPTY', maxResults: 100, reconcileIssues });
    expect(search.body.issues).toHaveLength(50);
  });

  it('reports per-item errors with failedElementNumber and creates the valid ones', async () => {
    const r = await s.call('bob', 'POST', '/rest/api/3/issue/bulk', {
      issueUpdates: [
        task('ok-0'),
        task('bad-owner', { fields: { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary: 'x', assignee: { accountId: USERS.eve.accountId } } }),
        task('ok-2'),
        task('too-big', { properties: [{ key: 'qa-postmortem-action', value: 'x'.repeat(40000) }] }),
        task('bad-link', { update: { issuelinks: [{ add: { type: { name: 'Relates' }, inwardIssue: { key: 'QA-404' } } }] } }),
      ],
    });
    expect(r.status).toBe(201);
    expect(r.body.issues.map((i: { key: string }) => i.key)).toEqual(['QA-2', 'QA-3']);
    expect(r.body.errors).toEqual([
      { status: 400, failedElementNumber: 1, elementErrors: { errorMessages: [], errors: { assignee: expect.stringMatching(/cannot be assigned/) } } },
      { status: 400, failedElementNumber: 3, elementErrors: { errorMessages: [expect.stringMatching(/32768/)], errors: {} } },
      { status: 400, failedElementNumber: 4, elementErrors: { errorMessages: [], errors: { issuelinks: expect.stringMatching(/QA-404/) } } },
    ]);
    expect(s.emulator.store.issues()).toHaveLength(3);
  });

  it('answers 400 when every item fails, and 403-per-item for a user who may not create', async () => {
    const allBad = await s.call('bob', 'POST', '/rest/api/3/issue/bulk', { issueUpdates: [{ fields: { project: { key: 'QA' } } }] });
    expect(allBad.status).toBe(400);
    expect(allBad.body.errors[0]).toMatchObject({ failedElementNumber: 0, status: 400, elementErrors: { errors: { summary: expect.any(String), issuetype: expect.any(String) } } });
    const dave = await s.call('dave', 'POST', '/rest/api/3/issue/bulk', { issueUpdates: [task('t')] });
    expect(dave.status).toBe(400);
    expect(dave.body.errors[0]).toMatchObject({ failedElementNumber: 0, status: 403 });
    expect(s.emulator.store.issues()).toHaveLength(1);
  });
});
