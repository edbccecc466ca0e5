import { validateRequest } from '../../../contract/openapi';
import { createFakeJiraTransport, json, type RecordedRequest } from '../../../helpers/fake-jira-transport';
import { createMetricsJira } from '../../../../src/services/metrics/metrics-jira';

const idsOf = (request: RecordedRequest) => (request.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys;

describe('statusChangelogPages', () => {
  it('asks for status changes of 1,000 issues a request with pages of 10,000 histories', async () => {
    const ids = Array.from({ length: 2300 }, (_, i) => String(10000 + i));
    const fake = createFakeJiraTransport((request) => json({ issueChangeLogs: [{ issueId: idsOf(request)[0], changeHistories: [] }] }));
    const jira = createMetricsJira(fake.transport);

    const pages = [];
    for await (const page of jira.statusChangelogPages([...ids, ids[0]])) pages.push(page);

    expect(fake.requests.map((r) => idsOf(r).length)).toEqual([1000, 1000, 300]);
    for (const request of fake.requests) {
      expect(request.body).toEqual(expect.objectContaining({ fieldIds: ['status'], maxResults: 10000 }));
      expect(validateRequest(request.method, request.path, { body: request.body })).toEqual([]);
    }
    expect(pages.map((p) => p[0].issueId)).toEqual(['10000', '11000', '12000']);
    expect(jira.calls).toBe(3);
  });

  it('follows nextPageToken with the same ids', async () => {
    const fake = createFakeJiraTransport().enqueue(
      json({ issueChangeLogs: [{ issueId: '1', changeHistories: [] }], nextPageToken: 'next-1' }),
      json({ issueChangeLogs: [{ issueId: '2', changeHistories: [] }] }),
    );
    const jira = createMetricsJira(fake.transport);

    const pages = [];
    for await (const page of jira.statusChangelogPages(['1', '2'])) pages.push(page);

    expect(fake.requests.map((r) => r.body)).toEqual([
      { issueIdsOrKeys: ['1', '2'], fieldIds: ['status'], maxResults: 10000 },
      { issueIdsOrKeys: ['1', '2'], fieldIds: ['status'], maxResults: 10000, nextPageToken: 'next-1' },
    ]);
    expect(pages.flat().map((log) => log.issueId)).toEqual(['1', '2']);
  });
});

describe('searchProjects', () => {
  it('pages GET project/search by startAt until the total, counting every request with the client\'s', async () => {
    const project = (n: number) => ({ id: String(10000 + n), key: `P${n}`, name: `Project ${n}` });
    const fake = createFakeJiraTransport((request) => {
      const startAt = Number(request.query.get('startAt'));
      const values = Array.from({ length: Math.min(50, 70 - startAt) }, (_, i) => project(startAt + i));
      return json({ values, total: 70, startAt, maxResults: 50, isLast: startAt + values.length >= 70 });
    });
    const jira = createMetricsJira(fake.transport);
    await jira.client.getStatuses().catch(() => undefined);

    const projects = await jira.searchProjects('pay');

    const searches = fake.requests.filter((r) => r.path === '/rest/api/3/project/search');
    expect(searches.map((r) => Object.fromEntries(r.query))).toEqual([
      { startAt: '0', maxResults: '50', orderBy: 'key', query: 'pay' },
      { startAt: '50', maxResults: '50', orderBy: 'key', query: 'pay' },
    ]);
    for (const request of searches) expect(validateRequest('GET', request.path, { query: request.query })).toEqual([]);
    expect(projects.map((p) => p.key)).toHaveLength(70);
    expect(jira.calls).toBe(3);
  });
});
