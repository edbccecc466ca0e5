import { createJiraClient } from '../../../src/jira/client';
import { JiraError } from '../../../src/jira/errors';
import type { Project } from '../../../src/jira/types';
import { createFakeJiraTransport, json } from '../../helpers/fake-jira-transport';
import { SITE, statusBuilder } from '../../helpers/jira-builders';

const projectNumbered = (n: number): Project => ({ self: `${SITE}/rest/api/3/project/${10000 + n}`, id: String(10000 + n), key: `P${n}`, name: `Project ${n}` });

/** GET /project/search over `count` projects, paged by startAt and maxResults as Jira does. */
const projectSearchSite = (count: number) =>
  createFakeJiraTransport((request) => {
    const startAt = Number(request.query.get('startAt') ?? 0);
    const maxResults = Number(request.query.get('maxResults') ?? 50);
    const values = Array.from({ length: Math.max(0, Math.min(maxResults, count - startAt)) }, (_, i) => projectNumbered(startAt + i));
    return json({ startAt, maxResults, total: count, isLast: startAt + values.length >= count, values });
  });

describe('site and project configuration', () => {
  it('reads statuses with their categories', async () => {
    const fake = createFakeJiraTransport().enqueue(json([statusBuilder({ id: '10000', name: 'To Do', statusCategory: { id: 2, key: 'new', name: 'To Do' } }), statusBuilder()]));

    const statuses = await createJiraClient(fake.transport).getStatuses();

    expect(statuses.map((s) => [s.name, s.statusCategory?.key])).toEqual([
      ['To Do', 'new'],
      ['Done', 'done'],
    ]);
    expect(fake.requests[0].url).toBe('/rest/api/3/status');
  });

  it('reaches each configuration endpoint at its path', async () => {
    const fake = createFakeJiraTransport(() => json([]));
    fake.enqueue(json({ id: '10000', key: 'QA', name: 'Quality' }));
    const client = createJiraClient(fake.transport);

    await client.getProject('QA');
    await client.getProjectComponents('QA');
    await client.getProjectVersions('QA');
    await client.getIssueTypesForProject('10000');
    await client.getPriorities();
    await client.getResolutions();
    await client.getStatusCategories();

    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /rest/api/3/project/QA',
      'GET /rest/api/3/project/QA/components',
      'GET /rest/api/3/project/QA/versions',
      'GET /rest/api/3/issuetype/project?projectId=10000',
      'GET /rest/api/3/priority',
      'GET /rest/api/3/resolution',
      'GET /rest/api/3/statuscategory',
    ]);
  });
});

describe('searchProjects', () => {
  it('reads every page by startAt, 50 at a time, ordered by key, with the query sent as given', async () => {
    const fake = projectSearchSite(120);
    const client = createJiraClient(fake.transport);

    const projects = await client.searchProjects({ query: 'pay' });

    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /rest/api/3/project/search?startAt=0&maxResults=50&orderBy=key&query=pay',
      'GET /rest/api/3/project/search?startAt=50&maxResults=50&orderBy=key&query=pay',
      'GET /rest/api/3/project/search?startAt=100&maxResults=50&orderBy=key&query=pay',
    ]);
    expect(projects.map((p) => p.key)).toEqual(Array.from({ length: 120 }, (_, i) => `P${i}`));
    expect(client.calls).toBe(3);
  });

  it('leaves an empty query out and uses the order and page size asked for', async () => {
    const fake = projectSearchSite(3);
    const client = createJiraClient(fake.transport);

    const projects = await client.searchProjects({ query: '', orderBy: '-name', maxResults: 100 });

    expect(fake.requests.map((r) => r.url)).toEqual(['/rest/api/3/project/search?startAt=0&maxResults=100&orderBy=-name']);
    expect(projects.map((p) => p.id)).toEqual(['10000', '10001', '10002']);
  });

  it('answers no projects when the caller can browse none', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ startAt: 0, maxResults: 50, total: 0, isLast: true, values: [] }));

    await expect(createJiraClient(fake.transport).searchProjects()).resolves.toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it('throws a JiraError naming the call when Jira refuses', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ errorMessages: ['Invalid orderBy'], errors: {} }, 400));

    const error = await createJiraClient(fake.transport).searchProjects().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(JiraError);
    expect(error).toMatchObject({ status: 400, call: 'GET /rest/api/3/project/search' });
  });
});
