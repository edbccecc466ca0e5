import { createJiraClient } from '../../../src/jira/client';
import { createFakeJiraTransport, json } from '../../helpers/fake-jira-transport';
import { statusBuilder } from '../../helpers/jira-builders';

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
