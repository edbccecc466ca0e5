import { createJiraClient } from '../../../src/jira/client';
import { InvalidPathValueError, encodePathValue, toRoute, toSearchParams } from '../../../src/jira/paths';
import { createFakeJiraTransport, json } from '../../helpers/fake-jira-transport';

describe('building routes', () => {
  it('percent-encodes odd property keys and issue keys in the path', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ key: 'post mortem#1?x', value: 1 }));

    await createJiraClient(fake.transport).getIssueProperty('QA-1', 'post mortem#1?x');

    expect(fake.requests[0].url).toBe('/rest/api/3/issue/QA-1/properties/post%20mortem%231%3Fx');
  });

  it('encodes non-ASCII and percent signs', () => {
    expect(toRoute('/rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}', { projectIdOrKey: 'QA', propertyKey: 'réglages 100%' }).value).toBe(
      '/rest/api/3/project/QA/properties/r%C3%A9glages%20100%25',
    );
  });

  it('refuses values that would change the path, before anything is sent', async () => {
    const fake = createFakeJiraTransport();
    const client = createJiraClient(fake.transport);

    await expect(client.getIssue('../../admin')).rejects.toBeInstanceOf(InvalidPathValueError);
    await expect(client.getIssueProperty('QA-1', 'a/b')).rejects.toThrow('Invalid propertyKey "a/b"');
    await expect(client.getIssue('')).rejects.toThrow('must not be empty');
    expect(() => encodePathValue('issueIdOrKey', 'QA\\1')).toThrow(InvalidPathValueError);
    expect(fake.requests).toHaveLength(0);
    expect(client.calls).toBe(0);
  });

  it('encodes query values, joins lists with commas and leaves out undefined', () => {
    const route = toRoute('/rest/api/3/user/assignable/search', {}, { project: 'QA', query: 'a&b=c d', maxResults: undefined, fields: ['a', 'b'], empty: [] });
    expect(route.value).toBe('/rest/api/3/user/assignable/search?project=QA&query=a%26b%3Dc+d&fields=a%2Cb');
    expect(new URLSearchParams(route.value.split('?')[1]).get('query')).toBe('a&b=c d');
  });

  it('sends no question mark when no query value is set', () => {
    expect(toRoute('/rest/api/3/issue/{issueIdOrKey}', { issueIdOrKey: 10001 }, { fields: undefined }).value).toBe('/rest/api/3/issue/10001');
    expect(toSearchParams({ a: true, b: 0 }).toString()).toBe('a=true&b=0');
  });
});
