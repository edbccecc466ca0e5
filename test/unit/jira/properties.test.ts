import { createJiraClient } from '../../../src/jira/client';
import { JiraError } from '../../../src/jira/errors';
import { createFakeJiraTransport, json } from '../../helpers/fake-jira-transport';

const notFound = (message: string) => json({ errorMessages: [message], errors: {} }, 404);

describe('issue properties', () => {
  it('reads a property value with its key', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ key: 'qa-postmortem', value: { revision: 3, stage: 'timeline' } }));
    const client = createJiraClient(fake.transport);

    const property = await client.getIssueProperty<{ revision: number; stage: string }>('QA-1', 'qa-postmortem');

    expect(property?.value.revision).toBe(3);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/rest/api/3/issue/QA-1/properties/qa-postmortem' });
  });

  it('reads a missing property as undefined', async () => {
    const fake = createFakeJiraTransport().enqueue(notFound("The property with key 'qa-postmortem' does not exist."));
    await expect(createJiraClient(fake.transport).getIssueProperty('QA-1', 'qa-postmortem')).resolves.toBeUndefined();
  });

  it('still throws on other errors', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ errorMessages: ['Not allowed'], errors: {} }, 403));
    await expect(createJiraClient(fake.transport).getIssueProperty('QA-1', 'qa-postmortem')).rejects.toMatchObject({ status: 403 });
  });

  it('writes the value as the JSON body and says whether it was new', async () => {
    const fake = createFakeJiraTransport().enqueue({ status: 201 }, json({}, 200));
    const client = createJiraClient(fake.transport);

    await expect(client.setIssueProperty('QA-1', 'qa-postmortem', { revision: 1 })).resolves.toBe('created');
    await expect(client.setIssueProperty('QA-1', 'qa-postmortem', { revision: 2 })).resolves.toBe('updated');
    expect(fake.requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['PUT', '/rest/api/3/issue/QA-1/properties/qa-postmortem', { revision: 1 }],
      ['PUT', '/rest/api/3/issue/QA-1/properties/qa-postmortem', { revision: 2 }],
    ]);
    expect(fake.requests[0].headers['Content-Type']).toBe('application/json');
  });

  it('deletes a property, reporting whether there was one', async () => {
    const fake = createFakeJiraTransport().enqueue({ status: 204 }, notFound('gone'));
    const client = createJiraClient(fake.transport);

    await expect(client.deleteIssueProperty('QA-1', 'qa-postmortem-timeline')).resolves.toBe(true);
    await expect(client.deleteIssueProperty('QA-1', 'qa-postmortem-timeline')).resolves.toBe(false);
    expect(fake.requests[0]).toMatchObject({ method: 'DELETE', path: '/rest/api/3/issue/QA-1/properties/qa-postmortem-timeline' });
  });

  it('lists the property keys of an issue', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ keys: [{ key: 'qa-postmortem', self: 'x' }, { key: 'qa-postmortem-timeline', self: 'y' }] }));
    await expect(createJiraClient(fake.transport).listIssuePropertyKeys('10001')).resolves.toEqual(['qa-postmortem', 'qa-postmortem-timeline']);
    expect(fake.requests[0].path).toBe('/rest/api/3/issue/10001/properties');
  });
});

describe('project properties', () => {
  it('reads, writes, lists and deletes project settings', async () => {
    const fake = createFakeJiraTransport().enqueue(
      json({ key: 'qa-postmortem-settings', value: { defectIssueTypes: ['Bug'] } }),
      json({}, 200),
      json({ keys: [{ key: 'qa-postmortem-settings' }] }),
      { status: 204 },
    );
    const client = createJiraClient(fake.transport);

    const settings = await client.getProjectProperty<{ defectIssueTypes: string[] }>('QA', 'qa-postmortem-settings');
    await client.setProjectProperty('QA', 'qa-postmortem-settings', { defectIssueTypes: ['Bug', 'Defect'] });
    const keys = await client.listProjectPropertyKeys('QA');
    const deleted = await client.deleteProjectProperty('QA', 'qa-postmortem-settings');

    expect(settings?.value.defectIssueTypes).toEqual(['Bug']);
    expect(keys).toEqual(['qa-postmortem-settings']);
    expect(deleted).toBe(true);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /rest/api/3/project/QA/properties/qa-postmortem-settings',
      'PUT /rest/api/3/project/QA/properties/qa-postmortem-settings',
      'GET /rest/api/3/project/QA/properties',
      'DELETE /rest/api/3/project/QA/properties/qa-postmortem-settings',
    ]);
    expect(fake.requests[1].body).toEqual({ defectIssueTypes: ['Bug', 'Defect'] });
  });

  it('reads missing settings as undefined and names the call on other failures', async () => {
    const fake = createFakeJiraTransport().enqueue(notFound('no such property'), json({ errorMessages: ['Bad'], errors: {} }, 400));
    const client = createJiraClient(fake.transport);

    await expect(client.getProjectProperty('QA', 'qa-postmortem-settings')).resolves.toBeUndefined();
    const error = await client.setProjectProperty('QA', 'qa-postmortem-settings', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JiraError);
    expect((error as JiraError).call).toBe('PUT /rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}');
  });
});
