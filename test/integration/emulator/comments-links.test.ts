/** Comments (ADF, paged) and issue links (direction, changelog, visibility) in the Jira emulator. */
import { USERS } from '../../../sandbox/seed/base';
import { adf, emptyEmulatorPerFile, importIssue, type EmulatorServer } from './emulator-server';
import { JIRA_TIME } from '../../helpers/jira-time';

let s: EmulatorServer;
emptyEmulatorPerFile({
  ready: (server) => { s = server; },
  eachTest: (emulator) => emulator.importIssues({
    issues: [importIssue({ key: 'QA-1' }, { issuetype: { name: 'Incident' } }), importIssue({ key: 'QA-2' }), importIssue({ key: 'QA-3' })],
  } as never),
});

describe('comments', () => {
  it('adds an ADF comment (201, Jira\'s Comment) and moves the issue\'s updated, without a changelog entry', async () => {
    const r = await s.call('carol', 'POST', '/rest/api/3/issue/QA-1/comment', { body: adf('Mitigated by rollback') });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      self: expect.stringContaining('/rest/api/3/issue/'),
      author: { accountId: USERS.carol.accountId, displayName: 'Carol Okafor' },
      updateAuthor: { accountId: USERS.carol.accountId },
      body: adf('Mitigated by rollback'),
      created: expect.stringMatching(JIRA_TIME),
    });
    const issue = s.emulator.store.issueByIdOrKey('QA-1');
    expect(issue?.changelog).toHaveLength(0);
    expect(issue?.fields.updated).toBe(issue?.comments[0].created);
  });

  it('pages comments with startAt/maxResults and orders by created either way', async () => {
    for (const text of ['one', 'two', 'three']) await s.call('bob', 'POST', '/rest/api/3/issue/QA-1/comment', { body: adf(text) });
    const texts = (body: { comments: { body: { content: { content: { text: string }[] }[] } }[] }) =>
      body.comments.map((c) => c.body.content[0].content[0].text);
    const page = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1/comment?startAt=1&maxResults=1');
    expect(page.body).toMatchObject({ startAt: 1, maxResults: 1, total: 3 });
    expect(texts(page.body)).toEqual(['two']);
    const newest = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1/comment?orderBy=-created');
    expect(texts(newest.body)).toEqual(['three', 'two', 'one']);
    expect((await s.call('bob', 'GET', '/rest/api/3/issue/QA-1/comment?orderBy=author')).status).toBe(400);
  });

  it('refuses a plain-text or empty body with 400', async () => {
    const text = await s.call('bob', 'POST', '/rest/api/3/issue/QA-1/comment', { body: 'plain text' });
    expect(text.status).toBe(400);
    expect(text.body.errors.comment).toMatch(/Atlassian Document/);
    expect((await s.call('bob', 'POST', '/rest/api/3/issue/QA-1/comment', {})).status).toBe(400);
    expect(s.emulator.store.issueByIdOrKey('QA-1')?.comments).toHaveLength(0);
  });
});

describe('issue links', () => {
  it('POST issueLink: 201 with Location; "outwardIssue causes inwardIssue", seen from both issues', async () => {
    const r = await s.call('bob', 'POST', '/rest/api/3/issueLink', {
      type: { name: 'Causes' }, outwardIssue: { key: 'QA-2' }, inwardIssue: { key: 'QA-1' }, comment: { body: adf('Root cause found') },
    });
    expect(r.status).toBe(201);
    expect(r.body).toBeUndefined();
    const location = r.headers.get('location') ?? '';
    const linkId = location.split('/').pop() as string;
    expect(location).toBe(`${s.url}/rest/api/3/issueLink/${linkId}`);

    const link = await s.call('bob', 'GET', `/rest/api/3/issueLink/${linkId}`);
    expect(link.body).toMatchObject({
      id: linkId,
      type: { name: 'Causes', inward: 'is caused by', outward: 'causes' },
      outwardIssue: { key: 'QA-2', fields: { summary: 'Something broke', status: { name: 'To Do' } } },
      inwardIssue: { key: 'QA-1' },
    });
    expect(s.emulator.store.issueByIdOrKey('QA-2')?.comments).toHaveLength(1);
    const cause = await s.call('bob', 'GET', '/rest/api/3/issue/QA-2?fields=issuelinks&expand=changelog');
    expect(cause.body.fields.issuelinks).toEqual([expect.objectContaining({ id: linkId, outwardIssue: expect.objectContaining({ key: 'QA-1' }) })]);
    expect(cause.body.changelog.histories[0].items).toEqual([
      { field: 'Link', fieldtype: 'jira', from: null, fromString: null, to: 'QA-1', toString: 'This issue causes QA-1' },
    ]);
    const incident = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1?fields=issuelinks&expand=changelog');
    expect(incident.body.fields.issuelinks).toEqual([expect.objectContaining({ id: linkId, inwardIssue: expect.objectContaining({ key: 'QA-2' }) })]);
    expect(incident.body.changelog.histories[0].items[0]).toMatchObject({ field: 'Link', to: 'QA-2', toString: 'This issue is caused by QA-2' });
    // Search lags behind the link (search-index.ts); reconcileIssues reads both ends live.
    const reconcileIssues = ['QA-1', 'QA-2'].map((key) => Number(s.emulator.store.issueByIdOrKey(key)?.id));
    const keys = async (jql: string) => (await s.call('bob', 'POST', '/rest/api/3/search/jql', { jql, fields: ['key'], reconcileIssues })).body.issues.map((i: { key: string }) => i.key);
    expect(await keys('issue in linkedIssues(QA-1, "is caused by")')).toEqual(['QA-2']);
    expect(await keys('issue in linkedIssues(QA-2, "causes")')).toEqual(['QA-1']);
    expect(await keys('issue in linkedIssues(QA-1, "causes")')).toEqual([]);
  });

  it('DELETE issueLink removes it from both issues and logs the removal', async () => {
    const r = await s.call('bob', 'POST', '/rest/api/3/issueLink', { type: { name: 'Blocks' }, outwardIssue: { key: 'QA-1' }, inwardIssue: { key: 'QA-3' } });
    const linkId = (r.headers.get('location') ?? '').split('/').pop();
    expect((await s.call('dave', 'DELETE', `/rest/api/3/issueLink/${linkId}`)).status).toBe(403);
    expect((await s.call('bob', 'DELETE', `/rest/api/3/issueLink/${linkId}`)).status).toBe(204);
    expect((await s.call('bob', 'GET', `/rest/api/3/issueLink/${linkId}`)).status).toBe(404);
    const issue = await s.call('bob', 'GET', '/rest/api/3/issue/QA-3?fields=issuelinks&expand=changelog');
    expect(issue.body.fields.issuelinks).toEqual([]);
    expect(issue.body.changelog.histories[0].items[0]).toMatchObject({ field: 'Link', from: 'QA-1', fromString: 'This issue is blocked by QA-1', to: null });
    expect(issue.body.changelog.histories[1].items[0]).toMatchObject({ field: 'Link', to: 'QA-1', toString: 'This issue is blocked by QA-1' });
  });

  it('answers 404 for an unknown link type or issue, 403 without edit permission', async () => {
    expect((await s.call('bob', 'POST', '/rest/api/3/issueLink', { type: { name: 'Clones' }, inwardIssue: { key: 'QA-1' }, outwardIssue: { key: 'QA-2' } })).status).toBe(404);
    expect((await s.call('bob', 'POST', '/rest/api/3/issueLink', { type: { name: 'Blocks' }, inwardIssue: { key: 'QA-1' }, outwardIssue: { key: 'QA-99' } })).status).toBe(404);
    expect((await s.call('dave', 'POST', '/rest/api/3/issueLink', { type: { name: 'Blocks' }, inwardIssue: { key: 'QA-1' }, outwardIssue: { key: 'QA-2' } })).status).toBe(403);
    expect(s.emulator.store.linksOf(s.emulator.store.issueByIdOrKey('QA-1')?.id ?? '')).toHaveLength(0);
  });

  it('lists the site\'s link types', async () => {
    const r = await s.call('dave', 'GET', '/rest/api/3/issueLinkType');
    expect(r.body.issueLinkTypes.map((t: { name: string }) => t.name)).toEqual(['Blocks', 'Causes', 'Duplicate', 'Relates', 'Test']);
    expect(r.body.issueLinkTypes[0]).toEqual({ id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks', self: `${s.url}/rest/api/3/issueLinkType/10000` });
  });
});
