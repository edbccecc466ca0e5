import { createJiraClient } from '../../../src/jira/client';
import { JiraError, JiraNotFoundError, isNotFound } from '../../../src/jira/errors';
import { createFakeJiraTransport, json } from '../../helpers/fake-jira-transport';
import { createdIssueBuilder, statusBuilder, userBuilder } from '../../helpers/jira-builders';
import { rejectionOf } from '../../helpers/rejection';

function setup(options: { random?: () => number } = {}) {
  const fake = createFakeJiraTransport();
  const waits: number[] = [];
  const client = createJiraClient(fake.transport, {
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: options.random ?? (() => 0),
  });
  return { fake, waits, client };
}

const caught = (promise: Promise<unknown>) => rejectionOf(promise, JiraError);

describe('Jira client: retries after 429', () => {
  it('waits as long as Retry-After says, then sends the request again', async () => {
    const { fake, waits, client } = setup();
    fake.enqueue(json({ errorMessages: ['Rate limit exceeded'] }, 429, { 'Retry-After': '3' }), json(userBuilder({ displayName: 'Ada Quinn' })));

    const me = await client.myself();

    expect(me.displayName).toBe('Ada Quinn');
    expect(waits).toEqual([3000]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /rest/api/3/myself', 'GET /rest/api/3/myself']);
  });

  it('adds up to 20 % jitter to Retry-After', async () => {
    const { fake, waits, client } = setup({ random: () => 0.5 });
    fake.enqueue(json({}, 429, { 'Retry-After': '2' }), json(userBuilder()));

    await client.myself();

    expect(waits).toEqual([2200]);
  });

  it('never sends again before Retry-After: a wait longer than the maximum is reported, not shortened', async () => {
    const { fake, waits, client } = setup();
    fake.enqueue(json({}, 429, { 'Retry-After': '20' }), json(userBuilder()));

    const error = await caught(client.myself());

    expect(waits).toEqual([]);
    expect(fake.requests).toHaveLength(1);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 20_000 });
    expect((error as Error).message).toContain('20 seconds');
  });

  it('honours a custom maximum wait', async () => {
    const fake = createFakeJiraTransport();
    const waits: number[] = [];
    const client = createJiraClient(fake.transport, { retry: { maxDelayMs: 6000 }, sleep: async (ms) => void waits.push(ms), random: () => 0 });
    fake.enqueue(json({}, 429, { 'Retry-After': '5' }), json(userBuilder()));

    await client.myself();

    expect(waits).toEqual([5000]);
  });

  it('backs off exponentially when 429 comes without Retry-After', async () => {
    const { fake, waits, client } = setup();
    fake.enqueue(json({}, 429), json({}, 429), json(userBuilder()));

    await client.myself();

    expect(waits).toEqual([250, 500]);
  });

  it('gives up after the attempt limit with a JiraError that names the call', async () => {
    const { fake, waits, client } = setup();
    fake.respond(() => json({ errorMessages: ['Rate limit exceeded'] }, 429, { 'Retry-After': '1' }));

    const error = await caught(client.getStatuses());

    expect(fake.requests).toHaveLength(4);
    expect(waits).toEqual([1000, 1000, 1000]);
    expect(error.status).toBe(429);
    expect(error.call).toBe('GET /rest/api/3/status');
    expect(error.attempts).toBe(4);
    expect(error.message).toContain('too many requests');
    expect(error.message).toContain('GET /rest/api/3/status returned 429 after 4 attempts');
  });

  it('retries 429 on creates too, since Jira did not process the request', async () => {
    const { fake, client } = setup();
    fake.enqueue(json({}, 429, { 'Retry-After': '1' }), json(createdIssueBuilder('10050'), 201));

    const created = await client.createIssue({ fields: { summary: 'x' } });

    expect(created.key).toBe('QA-50');
    expect(fake.requestsTo('POST', '/rest/api/3/issue')).toHaveLength(2);
  });
});

describe('Jira client: retries after 5xx and network failures', () => {
  it('retries a read after 503 with growing backoff, then succeeds', async () => {
    const { fake, waits, client } = setup({ random: () => 1 });
    fake.enqueue(json({}, 503), json({}, 502), json([statusBuilder()]));

    const statuses = await client.getStatuses();

    expect(statuses.map((s) => s.name)).toEqual(['Done']);
    expect(waits).toEqual([500, 1000]);
  });

  it('throws a JiraError naming the call once the retries are used up', async () => {
    const { fake, client } = setup();
    fake.respond(() => json({ errorMessages: ['Internal server error'] }, 500));

    const error = await caught(client.getIssue('QA-1'));

    expect(fake.requests).toHaveLength(3);
    expect(error.status).toBe(500);
    expect(error.call).toBe('GET /rest/api/3/issue/{issueIdOrKey}');
    expect(error.body?.errorMessages).toEqual(['Internal server error']);
    expect(error.message).toContain('Try again in a few minutes');
    expect(error.message).toContain('Jira said: Internal server error');
  });

  it('does not repeat a create after 5xx, which could make a second issue', async () => {
    const { fake, client } = setup();
    fake.respond(() => json({ errorMessages: ['Internal server error'] }, 500));

    const error = await caught(client.createIssue({ fields: { summary: 'x' } }));

    expect(fake.requests).toHaveLength(1);
    expect(error.status).toBe(500);
    expect(error.call).toBe('POST /rest/api/3/issue');
  });

  it('retries network failures of a read, then reports Jira as unreachable', async () => {
    const { fake, client } = setup();
    fake.respond(() => ({ networkError: new TypeError('fetch failed') }));

    const error = await caught(client.getStatuses());

    expect(fake.requests).toHaveLength(3);
    expect(error.status).toBe(0);
    expect(error.message).toContain('Could not reach Jira');
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it('recovers when the network comes back', async () => {
    const { fake, client } = setup();
    fake.enqueue({ networkError: new TypeError('socket hang up') }, json([statusBuilder()]));

    await expect(client.getStatuses()).resolves.toHaveLength(1);
  });
});

describe('Jira client: errors that are not retried', () => {
  it('throws at once on 400 with Jira field errors in the message', async () => {
    const { fake, waits, client } = setup();
    fake.enqueue(json({ errorMessages: [], errors: { duedate: 'Due date must be in the future' } }, 400));

    const error = await caught(client.editIssue('QA-7', { fields: { duedate: '2000-01-01' } }));

    expect(fake.requests).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(error.status).toBe(400);
    expect(error.body?.errors).toEqual({ duedate: 'Due date must be in the future' });
    expect(error.message).toContain('duedate: Due date must be in the future');
    expect(error.call).toBe('PUT /rest/api/3/issue/{issueIdOrKey}');
  });

  it('throws a JiraNotFoundError on 404', async () => {
    const { fake, client } = setup();
    fake.enqueue(json({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} }, 404));

    const error = await caught(client.getIssue('QA-404'));

    expect(error).toBeInstanceOf(JiraNotFoundError);
    expect(isNotFound(error)).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it('keeps a body that is not JSON as raw text', async () => {
    const { fake, client } = setup();
    fake.enqueue({ status: 403, body: '<html>Forbidden</html>' });

    const error = await caught(client.getProject('QA'));

    expect(error.status).toBe(403);
    expect(error.body).toEqual({ errorMessages: [], errors: {}, raw: '<html>Forbidden</html>' });
    expect(error.message).toContain('You do not have permission');
  });
});

describe('Jira client: call counting', () => {
  it('counts every request sent, retries included, per operation', async () => {
    const { fake, client } = setup();
    fake.enqueue(json({}, 429, { 'Retry-After': '1' }), json([statusBuilder()]), json(userBuilder()), json([statusBuilder()]));

    await client.getStatuses();
    await client.myself();
    await client.getStatuses();

    expect(client.calls).toBe(4);
    expect(client.callsByOperation).toEqual({ 'GET /rest/api/3/status': 3, 'GET /rest/api/3/myself': 1 });
  });

  it('counts failed requests too, and hands out a copy of the counts', async () => {
    const { fake, client } = setup();
    fake.enqueue(json({ errorMessages: ['nope'] }, 400));
    await expect(client.myself()).rejects.toBeInstanceOf(JiraError);

    const counts = client.callsByOperation as Record<string, number>;
    counts['GET /rest/api/3/myself'] = 99;

    expect(client.calls).toBe(1);
    expect(client.callsByOperation['GET /rest/api/3/myself']).toBe(1);
  });
});
