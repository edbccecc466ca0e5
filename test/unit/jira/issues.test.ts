import { createJiraClient } from '../../../src/jira/client';
import type { CreatedIssues, IssueUpdateDetails } from '../../../src/jira/types';
import { createFakeJiraTransport, json, type RecordedRequest } from '../../helpers/fake-jira-transport';
import { commentBuilder, createdIssueBuilder, issueBuilder } from '../../helpers/jira-builders';
import { adfDocFixture } from '../../helpers/jira-fixtures';

const task = (n: number): IssueUpdateDetails => ({
  fields: { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary: `Action item ${n}` },
  update: { issuelinks: [{ add: { type: { name: 'Relates' }, outwardIssue: { key: 'QA-1' } } }] },
  properties: [{ key: 'qa-postmortem-action', value: { incident: 'QA-1', actionId: `a${n}` } }],
});
const summaries = (request: RecordedRequest) =>
  (request.body as { issueUpdates: IssueUpdateDetails[] }).issueUpdates.map((update) => update.fields?.summary as string);

/** Jira's answer to a bulk create: the valid elements created, in order, the others reported by position. */
function bulkReply(request: RecordedRequest, failAt: number[], firstId: number): CreatedIssues {
  const names = summaries(request);
  const issues = names.flatMap((_, position) => (failAt.includes(position) ? [] : [position]));
  return {
    issues: issues.map((position) => createdIssueBuilder(String(firstId + position))),
    errors: failAt.map((position) => ({
      status: 400,
      failedElementNumber: position,
      elementErrors: { errorMessages: [], errors: { assignee: `User cannot be assigned (${names[position]})` } },
    })),
  };
}

describe('createIssues', () => {
  it('creates 120 issues in three requests of at most 50 and maps each failure to the caller index', async () => {
    // Each request gets Jira's answer for its own elements: [status, positions that fail].
    const answers: [number, number[]][] = [
      [201, []],
      [400, [3, 49]],
      [201, [19]],
    ];
    const fake = createFakeJiraTransport((request) => {
      const [status, failAt] = answers[fake.requests.length - 1];
      return json(bulkReply(request, failAt, 20000 + (fake.requests.length - 1) * 50), status);
    });
    const client = createJiraClient(fake.transport);
    const input = Array.from({ length: 120 }, (_, n) => task(n));

    const result = await client.createIssues(input);

    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill('POST /rest/api/3/issue/bulk'));
    expect(fake.requests.map((r) => summaries(r).length)).toEqual([50, 50, 20]);
    expect(summaries(fake.requests[1])[0]).toBe('Action item 50');
    expect((fake.requests[2].body as { issueUpdates: IssueUpdateDetails[] }).issueUpdates[0]).toEqual(task(100));
    expect(result.failed.map((f) => f.index)).toEqual([53, 99, 119]);
    expect(result.failed[0]).toEqual({ index: 53, status: 400, errorMessages: [], errors: { assignee: 'User cannot be assigned (Action item 53)' }, notAttempted: false });
    expect(result.created).toHaveLength(117);
    const keyOf = (index: number) => result.created.find((c) => c.index === index)?.issue.id;
    expect(keyOf(0)).toBe('20000');
    expect(keyOf(52)).toBe('20052');
    expect(keyOf(54)).toBe('20054');
    expect(keyOf(53)).toBeUndefined();
    expect(keyOf(118)).toBe('20118');
  });

  it('marks the issues of a refused request and of the requests not yet sent as failed, keeping what was created', async () => {
    const fake = createFakeJiraTransport().enqueue(
      json({ issues: Array.from({ length: 50 }, (_, n) => createdIssueBuilder(String(20000 + n))), errors: [] }, 201),
      json({ errorMessages: ['You do not have permission to create issues in this project.'], errors: {} }, 403),
    );
    const client = createJiraClient(fake.transport);

    const result = await client.createIssues(Array.from({ length: 120 }, (_, n) => task(n)));

    expect(fake.requests).toHaveLength(2);
    expect(result.created).toHaveLength(50);
    expect(result.failed).toHaveLength(70);
    expect(result.failed[0]).toMatchObject({ index: 50, status: 403, notAttempted: false });
    expect(result.failed[0].errorMessages[0]).toContain('You do not have permission');
    expect(result.failed[69]).toMatchObject({ index: 119, status: 403, notAttempted: true });
  });

  it('treats a 400 without per-element errors as the whole request refused', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ errorMessages: ['issueUpdates: must not be empty'], errors: {} }, 400));
    const client = createJiraClient(fake.transport);

    const result = await client.createIssues([task(0), task(1)]);

    expect(result.created).toEqual([]);
    expect(result.failed.map((f) => [f.index, f.status])).toEqual([
      [0, 400],
      [1, 400],
    ]);
    expect(result.failed[0].errorMessages[0]).toContain('must not be empty');
  });

  it('sends nothing for an empty list', async () => {
    const fake = createFakeJiraTransport();
    await expect(createJiraClient(fake.transport).createIssues([])).resolves.toEqual({ created: [], failed: [] });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('single issues', () => {
  it('gets an issue with only the fields, expansions and properties asked for', async () => {
    const fake = createFakeJiraTransport().enqueue(json(issueBuilder({ id: '10007', key: 'QA-7' })));
    const client = createJiraClient(fake.transport);

    const issue = await client.getIssue('QA-7', { fields: ['summary', 'status'], expand: ['changelog'], properties: ['qa-postmortem'] });

    expect(issue.key).toBe('QA-7');
    expect(fake.requests[0].method).toBe('GET');
    expect(fake.requests[0].url).toBe('/rest/api/3/issue/QA-7?fields=summary%2Cstatus&expand=changelog&properties=qa-postmortem');
  });

  it('creates one issue and returns its key', async () => {
    const fake = createFakeJiraTransport().enqueue(json(createdIssueBuilder('10042'), 201));
    const created = await createJiraClient(fake.transport).createIssue(task(1));
    expect(created).toMatchObject({ id: '10042', key: 'QA-42' });
    expect(fake.requests[0].body).toEqual(task(1));
  });

  it('edits an issue, optionally without notifying watchers', async () => {
    const fake = createFakeJiraTransport().enqueue({ status: 204 });
    await createJiraClient(fake.transport).editIssue('QA-9', { fields: { duedate: '2030-05-01' } }, { notifyUsers: false });
    expect(fake.requests[0]).toMatchObject({ method: 'PUT', url: '/rest/api/3/issue/QA-9?notifyUsers=false', body: { fields: { duedate: '2030-05-01' } } });
  });

  it('lists transitions and performs one by id', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ transitions: [{ id: '31', name: 'Done' }] }), { status: 204 });
    const client = createJiraClient(fake.transport);

    const transitions = await client.getTransitions('QA-3');
    await client.doTransition('QA-3', '31', { fields: { resolution: { name: 'Done' } } });

    expect(transitions.map((t) => t.id)).toEqual(['31']);
    expect(fake.requests[1]).toMatchObject({ method: 'POST', path: '/rest/api/3/issue/QA-3/transitions', body: { fields: { resolution: { name: 'Done' } }, transition: { id: '31' } } });
  });

  it('adds an ADF comment and returns it', async () => {
    const fake = createFakeJiraTransport().enqueue(json(commentBuilder({ id: '30009' }), 201));
    const comment = await createJiraClient(fake.transport).addComment('QA-1', adfDocFixture('Summary'));
    expect(comment.id).toBe('30009');
    expect(fake.requests[0]).toMatchObject({ method: 'POST', path: '/rest/api/3/issue/QA-1/comment', body: { body: adfDocFixture('Summary') } });
  });

  it('reads all comments page by page until the total is reached', async () => {
    const page = (startAt: number, count: number) =>
      json({ startAt, maxResults: 100, total: 150, comments: Array.from({ length: count }, (_, n) => commentBuilder({ id: String(30000 + startAt + n) })) });
    const fake = createFakeJiraTransport().enqueue(page(0, 100), page(100, 50));

    const comments = await createJiraClient(fake.transport).getComments('QA-1', { orderBy: 'created' });

    expect(comments).toHaveLength(150);
    expect(fake.requests.map((r) => r.url)).toEqual([
      '/rest/api/3/issue/QA-1/comment?startAt=0&maxResults=100&orderBy=created',
      '/rest/api/3/issue/QA-1/comment?startAt=100&maxResults=100&orderBy=created',
    ]);
  });
});

describe('issue links', () => {
  it('creates a link between two issues', async () => {
    const fake = createFakeJiraTransport().enqueue({ status: 201 });
    await createJiraClient(fake.transport).createIssueLink({ type: { name: 'Relates' }, inwardIssue: { key: 'QA-1' }, outwardIssue: { key: 'QA-2' } });
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: '/rest/api/3/issueLink',
      body: { type: { name: 'Relates' }, inwardIssue: { key: 'QA-1' }, outwardIssue: { key: 'QA-2' } },
    });
  });

  it('lists the link types', async () => {
    const fake = createFakeJiraTransport().enqueue(json({ issueLinkTypes: [{ id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }] }));
    await expect(createJiraClient(fake.transport).getIssueLinkTypes()).resolves.toEqual([{ id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }]);
  });
});
