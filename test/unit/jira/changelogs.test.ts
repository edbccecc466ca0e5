import { CHANGELOG_PAGE_MAX } from '../../../src/jira/changelogs';
import { createJiraClient } from '../../../src/jira/client';
import { collect } from '../../../src/jira/paging';
import { createFakeJiraTransport, json, type RecordedRequest } from '../../helpers/fake-jira-transport';
import { changelogBuilder, issueChangeLogBuilder } from '../../helpers/jira-builders';

const idsOf = (request: RecordedRequest) => (request.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys;

describe('bulkFetchChangelogs', () => {
  it('asks for 2500 issues in three requests of at most 1000', async () => {
    const ids = Array.from({ length: 2500 }, (_, i) => String(10000 + i));
    const fake = createFakeJiraTransport((request) => json({ issueChangeLogs: idsOf(request).slice(0, 1).map((id) => issueChangeLogBuilder(id)) }));
    const client = createJiraClient(fake.transport);

    const entries = await collect(client.bulkFetchChangelogs({ issueIdsOrKeys: ids, fieldIds: ['status'] }));

    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill('POST /rest/api/3/changelog/bulkfetch'));
    expect(fake.requests.map((r) => idsOf(r).length)).toEqual([1000, 1000, 500]);
    expect(idsOf(fake.requests[1])[0]).toBe('11000');
    expect(idsOf(fake.requests[2]).at(-1)).toBe('12499');
    expect(fake.requests.every((r) => JSON.stringify((r.body as { fieldIds: string[] }).fieldIds) === '["status"]')).toBe(true);
    expect(entries.map((entry) => entry.issueId)).toEqual(['10000', '11000', '12000']);
  });

  it('follows nextPageToken within a chunk, resending the same ids', async () => {
    const fake = createFakeJiraTransport().enqueue(
      json({ issueChangeLogs: [issueChangeLogBuilder('10001', [changelogBuilder({ id: '1' })])], nextPageToken: 'more' }),
      json({ issueChangeLogs: [issueChangeLogBuilder('10001', [changelogBuilder({ id: '2' })]), issueChangeLogBuilder('10002', [changelogBuilder({ id: '3' })])] }),
    );
    const client = createJiraClient(fake.transport);

    const byIssue = await client.getChangelogsByIssue({ issueIdsOrKeys: ['10001', '10002'], fieldIds: ['status'] });

    expect(fake.requests.map((r) => r.body)).toEqual([
      { issueIdsOrKeys: ['10001', '10002'], fieldIds: ['status'] },
      { issueIdsOrKeys: ['10001', '10002'], fieldIds: ['status'], nextPageToken: 'more' },
    ]);
    expect([...byIssue.keys()]).toEqual(['10001', '10002']);
    expect(byIssue.get('10001')?.map((h) => h.id)).toEqual(['1', '2']);
    expect(byIssue.get('10002')?.map((h) => h.id)).toEqual(['3']);
  });

  it('sends each id once and nothing at all for an empty list', async () => {
    const fake = createFakeJiraTransport(() => json({ issueChangeLogs: [] }));
    const client = createJiraClient(fake.transport);

    await collect(client.bulkFetchChangelogs({ issueIdsOrKeys: [] }));
    expect(fake.requests).toHaveLength(0);

    await collect(client.bulkFetchChangelogs({ issueIdsOrKeys: ['QA-1', 'QA-2', 'QA-1'] }));
    expect(fake.requests[0].body).toEqual({ issueIdsOrKeys: ['QA-1', 'QA-2'] });
  });
});

describe('bulkFetchChangelogPages', () => {
  it('asks for the page size given on every request, tokens included, and yields Jira\'s pages as they are', async () => {
    const fake = createFakeJiraTransport((request) => {
      const [first] = idsOf(request);
      const token = (request.body as { nextPageToken?: string }).nextPageToken;
      return json({ issueChangeLogs: [issueChangeLogBuilder(first, [changelogBuilder({ id: token ? `${first}-b` : `${first}-a` })])], ...(token ? {} : { nextPageToken: `after-${first}` }) });
    });
    const client = createJiraClient(fake.transport);
    const ids = Array.from({ length: 1200 }, (_, i) => String(20000 + i));

    const pages = await collect(client.bulkFetchChangelogPages({ issueIdsOrKeys: ids, fieldIds: ['status'], maxResults: CHANGELOG_PAGE_MAX }));

    const sent = fake.requests.map((r) => r.body as { issueIdsOrKeys: string[]; maxResults?: number; nextPageToken?: string });
    expect(sent.map((body) => [body.issueIdsOrKeys.length, body.maxResults, body.nextPageToken])).toEqual([
      [1000, 10000, undefined],
      [1000, 10000, 'after-20000'],
      [200, 10000, undefined],
      [200, 10000, 'after-21000'],
    ]);
    expect(pages.map((page) => page.map((entry) => entry.changeHistories?.[0].id))).toEqual([['20000-a'], ['20000-b'], ['21000-a'], ['21000-b']]);
    expect(client.callsByOperation).toEqual({ 'POST /rest/api/3/changelog/bulkfetch': 4 });
  });

  it('passes maxResults through getChangelogsByIssue and leaves it out when not given', async () => {
    const fake = createFakeJiraTransport(() => json({ issueChangeLogs: [] }));
    const client = createJiraClient(fake.transport);

    await client.getChangelogsByIssue({ issueIdsOrKeys: ['QA-1'], maxResults: 1 });
    await collect(client.bulkFetchChangelogs({ issueIdsOrKeys: ['QA-1'], fieldIds: [] }));

    expect(fake.requests.map((r) => r.body)).toEqual([{ issueIdsOrKeys: ['QA-1'], maxResults: 1 }, { issueIdsOrKeys: ['QA-1'] }]);
  });

  it.each([0, CHANGELOG_PAGE_MAX + 1, 2.5])('refuses a page of %p histories before sending anything', async (maxResults) => {
    const fake = createFakeJiraTransport(() => json({ issueChangeLogs: [] }));
    const client = createJiraClient(fake.transport);

    await expect(collect(client.bulkFetchChangelogPages({ issueIdsOrKeys: ['QA-1'], maxResults }))).rejects.toThrow(RangeError);
    expect(fake.requests).toHaveLength(0);
  });
});
