/**
 * Basic auth and per-user permissions of the Jira emulator: who may see, change and administer what.
 * Site: alice admin/editor, bob and carol editors, dave browse only, eve nothing (sandbox/seed/base.ts).
 */
import { USERS, APP_USER } from '../../../sandbox/seed/base';
import { adf, emptyEmulatorPerFile, importIssue, type EmulatorServer } from './emulator-server';

let s: EmulatorServer;
emptyEmulatorPerFile({
  ready: (server) => { s = server; },
  eachTest: (emulator) => emulator.importIssues({ issues: [importIssue({ key: 'QA-1' }, { labels: ['a'] })] } as never),
});

describe('Basic auth', () => {
  it('answers 401 with Jira\'s error body without credentials or for an unknown e-mail', async () => {
    const none = await s.call('nobody', 'GET', '/rest/api/3/myself');
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ errorMessages: ['Client must be authenticated to access this resource.'], errors: {} });
    const stranger = await s.call('nobody', 'GET', '/rest/api/3/myself', undefined, {
      authorization: `Basic ${Buffer.from('mallory@example.com:token').toString('base64')}`,
    });
    expect(stranger.status).toBe(401);
  });

  it('authenticates seeded users and the app account by e-mail, whatever the token', async () => {
    const me = await s.call('bob', 'GET', '/rest/api/3/myself');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ accountId: USERS.bob.accountId, displayName: 'Bob Martins', accountType: 'atlassian', active: true, timeZone: 'America/New_York' });
    const app = await s.call('app', 'GET', '/rest/api/3/myself');
    expect(app.body).toMatchObject({ accountId: APP_USER.accountId, accountType: 'app' });
  });
});

describe('browse and edit permissions', () => {
  it('lets dave read an issue but refuses his edits, transitions, comments and property writes with 403', async () => {
    expect((await s.call('dave', 'GET', '/rest/api/3/issue/QA-1')).status).toBe(200);
    const edit = await s.call('dave', 'PUT', '/rest/api/3/issue/QA-1', { fields: { summary: 'Changed by dave' } });
    expect(edit.status).toBe(403);
    expect(edit.body.errorMessages[0]).toMatch(/permission/);
    expect((await s.call('dave', 'POST', '/rest/api/3/issue/QA-1/transitions', { transition: { id: '21' } })).status).toBe(403);
    expect((await s.call('dave', 'POST', '/rest/api/3/issue/QA-1/comment', { body: adf('hi') })).status).toBe(403);
    expect((await s.call('dave', 'PUT', '/rest/api/3/issue/QA-1/properties/x', { a: 1 })).status).toBe(403);
    const issue = s.emulator.store.issueByIdOrKey('QA-1');
    expect(issue?.fields.summary).toBe('Something broke');
    expect(issue?.changelog).toHaveLength(0);
    expect(issue?.comments).toHaveLength(0);
    const transitions = await s.call('dave', 'GET', '/rest/api/3/issue/QA-1/transitions');
    expect(transitions.body.transitions).toEqual([]);
  });

  it('hides issues from eve: 404 with Jira\'s message, and nothing in search', async () => {
    const get = await s.call('eve', 'GET', '/rest/api/3/issue/QA-1');
    expect(get.status).toBe(404);
    expect(get.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    expect((await s.call('eve', 'GET', '/rest/api/3/issue/QA-1/changelog')).status).toBe(404);
    expect((await s.call('eve', 'GET', '/rest/api/3/issue/QA-1/properties')).status).toBe(404);
    const search = await s.call('eve', 'POST', '/rest/api/3/search/jql', { jql: 'labels = a', fields: ['summary'] });
    expect(search.status).toBe(200);
    expect(search.body).toEqual({ issues: [], isLast: true });
    const aliceSearch = await s.call('alice', 'POST', '/rest/api/3/search/jql', { jql: 'labels = a' });
    expect(aliceSearch.body.issues).toEqual([{ id: s.emulator.store.issueByIdOrKey('QA-1')?.id }]);
    const byKey = await s.call('eve', 'POST', '/rest/api/3/search/jql', { jql: 'key = QA-1' });
    expect(byKey.status).toBe(400);
    expect((await s.call('eve', 'GET', '/rest/api/3/project/QA')).status).toBe(404);
    const bulk = await s.call('eve', 'POST', '/rest/api/3/changelog/bulkfetch', { issueIdsOrKeys: ['QA-1'] });
    expect(bulk.body.issueChangeLogs).toEqual([]);
  });

  it('needs project admin to write project properties', async () => {
    const bob = await s.call('bob', 'PUT', '/rest/api/3/project/QA/properties/settings', { a: 1 });
    expect(bob.status).toBe(403);
    expect((await s.call('alice', 'PUT', '/rest/api/3/project/QA/properties/settings', { a: 1 })).status).toBe(201);
    const read = await s.call('dave', 'GET', '/rest/api/3/project/QA/properties/settings');
    expect(read.body).toEqual({ key: 'settings', value: { a: 1 } });
    expect((await s.call('bob', 'DELETE', '/rest/api/3/project/QA/properties/settings')).status).toBe(403);
    expect((await s.call('app', 'DELETE', '/rest/api/3/project/QA/properties/settings')).status).toBe(204);
  });
});

describe('mypermissions', () => {
  const permissions = 'BROWSE_PROJECTS,EDIT_ISSUES,CREATE_ISSUES,ADMINISTER_PROJECTS,ADD_COMMENTS,LINK_ISSUES';
  const have = async (who: 'alice' | 'bob' | 'dave' | 'eve', query: string) => {
    const r = await s.call(who, 'GET', `/rest/api/3/mypermissions?${query}&permissions=${permissions}`);
    return { status: r.status, have: r.status === 200 ? Object.fromEntries(Object.entries(r.body.permissions as Record<string, { havePermission: boolean }>).map(([k, v]) => [k, v.havePermission])) : r.body };
  };

  it('reports each user\'s project permissions with Jira\'s keys and ids', async () => {
    expect((await have('alice', 'projectKey=QA')).have).toEqual({
      BROWSE_PROJECTS: true, EDIT_ISSUES: true, CREATE_ISSUES: true, ADMINISTER_PROJECTS: true, ADD_COMMENTS: true, LINK_ISSUES: true,
    });
    expect((await have('bob', 'issueKey=QA-1')).have).toMatchObject({ EDIT_ISSUES: true, ADMINISTER_PROJECTS: false });
    expect((await have('dave', 'issueKey=QA-1')).have).toEqual({
      BROWSE_PROJECTS: true, EDIT_ISSUES: false, CREATE_ISSUES: false, ADMINISTER_PROJECTS: false, ADD_COMMENTS: false, LINK_ISSUES: false,
    });
    const raw = await s.call('bob', 'GET', '/rest/api/3/mypermissions?projectKey=QA&permissions=EDIT_ISSUES');
    expect(raw.body.permissions.EDIT_ISSUES).toEqual({ id: '12', key: 'EDIT_ISSUES', name: 'Edit Issues', type: 'PROJECT', description: expect.any(String), havePermission: true });
  });

  it('answers 404 for an issue or project the user cannot see, 400 for a bad or missing permission list', async () => {
    expect((await have('eve', 'issueKey=QA-1')).status).toBe(404);
    expect((await have('eve', 'projectKey=QA')).status).toBe(404);
    expect((await s.call('alice', 'GET', '/rest/api/3/mypermissions?projectKey=QA')).status).toBe(400);
    expect((await s.call('alice', 'GET', '/rest/api/3/mypermissions?permissions=FLY')).status).toBe(400);
  });
});

describe('users', () => {
  it('finds users by account id and by query, without app accounts', async () => {
    const user = await s.call('dave', 'GET', `/rest/api/3/user?accountId=${encodeURIComponent(USERS.carol.accountId)}`);
    expect(user.body).toMatchObject({ accountId: USERS.carol.accountId, displayName: 'Carol Okafor', emailAddress: 'carol@example.com' });
    expect((await s.call('dave', 'GET', '/rest/api/3/user?accountId=nope')).status).toBe(404);
    const search = await s.call('dave', 'GET', '/rest/api/3/user/search?query=ok');
    expect(search.body.map((u: { displayName: string }) => u.displayName)).toEqual(['Carol Okafor']);
    const everyone = await s.call('dave', 'GET', '/rest/api/3/user/search?query=');
    expect(everyone.body.map((u: { accountId: string }) => u.accountId)).not.toContain(APP_USER.accountId);
  });

  it('lists assignable users of a project or issue: editors only, filtered by query', async () => {
    const all = await s.call('alice', 'GET', '/rest/api/3/user/assignable/search?project=QA');
    expect(all.body.map((u: { displayName: string }) => u.displayName).sort()).toEqual(['Alice Nguyen', 'Bob Martins', 'Carol Okafor']);
    const bob = await s.call('alice', 'GET', '/rest/api/3/user/assignable/search?issueKey=QA-1&query=bo&maxResults=5');
    expect(bob.body.map((u: { accountId: string }) => u.accountId)).toEqual([USERS.bob.accountId]);
    expect((await s.call('alice', 'GET', '/rest/api/3/user/assignable/search?query=a')).status).toBe(400);
    expect((await s.call('eve', 'GET', '/rest/api/3/user/assignable/search?project=QA')).status).toBe(404);
  });
});
