import { createJiraClient } from '../../../src/jira/client';
import { createFakeJiraTransport, json } from '../../helpers/fake-jira-transport';
import { userBuilder } from '../../helpers/jira-builders';

describe('users and permissions', () => {
  it('returns the current user', async () => {
    const fake = createFakeJiraTransport().enqueue(json(userBuilder({ accountId: '712020:me', displayName: 'Me' })));
    await expect(createJiraClient(fake.transport).myself()).resolves.toMatchObject({ accountId: '712020:me', displayName: 'Me' });
    expect(fake.requests[0].url).toBe('/rest/api/3/myself');
  });

  it('searches users assignable in a project, by name', async () => {
    const fake = createFakeJiraTransport().enqueue(json([userBuilder({ displayName: 'Ada Quinn' })]));

    const users = await createJiraClient(fake.transport).findAssignableUsers({ project: 'QA', query: 'ada q', maxResults: 20 });

    expect(users.map((u) => u.displayName)).toEqual(['Ada Quinn']);
    expect(fake.requests[0].path).toBe('/rest/api/3/user/assignable/search');
    expect(Object.fromEntries(fake.requests[0].query)).toEqual({ project: 'QA', query: 'ada q', maxResults: '20' });
  });

  it('asks whether one account is assignable in a project, matched exactly by account id', async () => {
    const fake = createFakeJiraTransport().enqueue(json([userBuilder({ accountId: '712020:ada' })]));

    const users = await createJiraClient(fake.transport).findAssignableUsers({ project: 'QA', accountId: '712020:ada', maxResults: 1 });

    expect(users.map((u) => u.accountId)).toEqual(['712020:ada']);
    expect(fake.requests[0].path).toBe('/rest/api/3/user/assignable/search');
    expect(Object.fromEntries(fake.requests[0].query)).toEqual({ project: 'QA', accountId: '712020:ada', maxResults: '1' });
  });

  it('searches users assignable to an issue', async () => {
    const fake = createFakeJiraTransport().enqueue(json([]));
    await createJiraClient(fake.transport).findAssignableUsers({ issueKey: 'QA-12' });
    expect(fake.requests[0].url).toBe('/rest/api/3/user/assignable/search?issueKey=QA-12');
  });

  it('answers each permission asked for, false when Jira leaves it out', async () => {
    const fake = createFakeJiraTransport().enqueue(
      json({
        permissions: {
          EDIT_ISSUES: { id: '12', key: 'EDIT_ISSUES', name: 'Edit Issues', type: 'PROJECT', havePermission: true },
          CREATE_ISSUES: { id: '11', key: 'CREATE_ISSUES', name: 'Create Issues', type: 'PROJECT', havePermission: false },
        },
      }),
    );

    const granted = await createJiraClient(fake.transport).myPermissions({ issueKey: 'QA-1' }, ['EDIT_ISSUES', 'CREATE_ISSUES', 'LINK_ISSUES']);

    expect(granted).toEqual({ EDIT_ISSUES: true, CREATE_ISSUES: false, LINK_ISSUES: false });
    expect(Object.fromEntries(fake.requests[0].query)).toEqual({ issueKey: 'QA-1', permissions: 'EDIT_ISSUES,CREATE_ISSUES,LINK_ISSUES' });
  });
});
