import { createJiraClient } from '../../../src/jira/client';
import { collect } from '../../../src/jira/paging';
import { createFakeJiraTransport, json } from '../../helpers/fake-jira-transport';
import { issueBuilder } from '../../helpers/jira-builders';

const issues = (...ids: number[]) => ids.map((id) => issueBuilder({ id: String(id) }));

describe('searchJql', () => {
  it('follows nextPageToken until Jira sends none, asking only for the given fields', async () => {
    const fake = createFakeJiraTransport().enqueue(
      json({ issues: issues(10001, 10002), nextPageToken: 'page-2', isLast: false }),
      json({ issues: issues(10003, 10004), nextPageToken: 'page-3', isLast: false }),
      json({ issues: issues(10005), isLast: true }),
    );
    const client = createJiraClient(fake.transport);

    const found = await collect(client.searchJql({ jql: 'project = QA AND issuetype = Bug', fields: ['status', 'created'], maxResults: 2 }));

    expect(found.map((issue) => issue.key)).toEqual(['QA-1', 'QA-2', 'QA-3', 'QA-4', 'QA-5']);
    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual(Array(3).fill('POST /rest/api/3/search/jql'));
    expect(fake.requests.map((r) => r.body)).toEqual([
      { jql: 'project = QA AND issuetype = Bug', fields: ['status', 'created'], maxResults: 2 },
      { jql: 'project = QA AND issuetype = Bug', fields: ['status', 'created'], maxResults: 2, nextPageToken: 'page-2' },
      { jql: 'project = QA AND issuetype = Bug', fields: ['status', 'created'], maxResults: 2, nextPageToken: 'page-3' },
    ]);
  });

  it('stops when a page says isLast even if it carries a token', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ issues: issues(10001), nextPageToken: 'stale', isLast: true }));
    const client = createJiraClient(fake.transport);

    const found = await collect(client.searchJql({ jql: 'project = QA', fields: ['status'] }));

    expect(found).toHaveLength(1);
    expect(fake.requests).toHaveLength(1);
  });

  it('sends expand comma-separated, the property keys, and the default page size', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ issues: [], isLast: true }));
    const client = createJiraClient(fake.transport);

    await collect(client.searchJql({ jql: 'issue.property[qa-postmortem].status = open', fields: ['summary'], expand: ['names', 'changelog'], properties: ['qa-postmortem'] }));

    expect(fake.requests[0].body).toEqual({
      jql: 'issue.property[qa-postmortem].status = open',
      fields: ['summary'],
      maxResults: 100,
      expand: 'names,changelog',
      properties: ['qa-postmortem'],
    });
  });

  it('fetches the next page only when the caller asks for more', async () => {
    const fake = createFakeJiraTransport().enqueue(
      json({ issues: issues(10001, 10002), nextPageToken: 'page-2' }),
      json({ issues: issues(10003), isLast: true }),
    );
    const client = createJiraClient(fake.transport);

    for await (const issue of client.searchJql({ jql: 'project = QA', fields: ['status'] })) {
      expect(issue.key).toBe('QA-1');
      break;
    }

    expect(fake.requests).toHaveLength(1);
  });

  it('yields whole pages through searchJqlPages', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ issues: issues(10001, 10002), nextPageToken: 't' }), json({ issues: issues(10003), isLast: true }));
    const client = createJiraClient(fake.transport);

    const pages = await collect(client.searchJqlPages({ jql: 'project = QA', fields: ['status'] }));

    expect(pages.map((page) => page.map((issue) => issue.id))).toEqual([['10001', '10002'], ['10003']]);
  });

  it('refuses to loop when Jira hands out the same token twice', async () => {
    const fake = createFakeJiraTransport().respond(() => json({ issues: issues(10001), nextPageToken: 'same' }));
    const client = createJiraClient(fake.transport);

    await expect(collect(client.searchJql({ jql: 'project = QA', fields: ['status'] }))).rejects.toThrow('page token "same" twice');
    expect(fake.requests).toHaveLength(2);
  });
});

describe('parseJql', () => {
  it('posts the queries with the validation mode and returns each result', async () => {
    const fake = createFakeJiraTransport().enqueue(
      json({ queries: [{ query: 'project = QA', errors: [] }, { query: 'project = = QA', errors: ["Error in the JQL Query: '=' is a reserved JQL word."] }] }),
    );
    const client = createJiraClient(fake.transport);

    const parsed = await client.parseJql(['project = QA', 'project = = QA'], 'warn');

    expect(fake.requests[0].url).toBe('/rest/api/3/jql/parse?validation=warn');
    expect(fake.requests[0].body).toEqual({ queries: ['project = QA', 'project = = QA'] });
    expect(parsed.map((q) => q.errors?.length)).toEqual([0, 1]);
  });

  it('validates strictly unless told otherwise', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ queries: [{ query: 'a = b' }] }));
    await createJiraClient(fake.transport).parseJql(['a = b']);
    expect(fake.requests[0].query.get('validation')).toBe('strict');
  });
});
