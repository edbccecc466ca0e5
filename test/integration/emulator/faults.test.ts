/** Switchable faults (429 with Retry-After, 5xx, latency) and the request log of the Jira emulator. */
import { USERS } from '../../../sandbox/seed/base';
import { emptyEmulatorPerFile, type EmulatorServer } from './emulator-server';

let s: EmulatorServer;
emptyEmulatorPerFile({ ready: (server) => { s = server; } });

const SEARCH = '/rest/api/3/search/jql';
const searchOnce = () => s.call('alice', 'POST', SEARCH, { jql: 'project = QA' });

describe('faults', () => {
  it('answers 429 with Retry-After for the first N matching calls, then normally', async () => {
    const set = await s.call('nobody', 'POST', '/__sandbox/faults', { rules: [{ method: 'POST', path: SEARCH, status: 429, retryAfter: 3, count: 2 }] });
    expect(set.status).toBe(204);
    for (let i = 0; i < 2; i += 1) {
      const limited = await searchOnce();
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('3');
      expect(limited.body.errorMessages).toHaveLength(1);
    }
    expect((await searchOnce()).status).toBe(200);
    expect((await s.call('alice', 'GET', '/rest/api/3/myself')).status).toBe(200);
  });

  it('a status rule without count fires once; a method filter leaves other methods alone', async () => {
    s.emulator.setFaults([{ path: '/rest/api/3/issue', status: 500 }, { method: 'GET', path: '/rest/api/3/status', status: 503 }]);
    const create = await s.call('bob', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary: 'x' } });
    expect(create.status).toBe(500);
    expect(s.emulator.store.issues()).toHaveLength(0);
    expect((await s.call('bob', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary: 'x' } })).status).toBe(201);
    expect((await s.call('bob', 'GET', '/rest/api/3/status')).status).toBe(503);
    expect((await s.call('bob', 'GET', '/rest/api/3/status')).status).toBe(200);
  });

  it('adds latency to every matching call until cleared', async () => {
    // Ordered, not timed: a delayed call answers after an undelayed one sent after it.
    const race = async (first: string, second: string) => {
      const order: string[] = [];
      const answers = [first, second].map((path) => s.call('alice', 'GET', path).then((r) => { order.push(path); return r.status; }));
      expect(await Promise.all(answers)).toEqual([200, 200]);
      return order;
    };
    s.emulator.setFaults([{ path: '/rest/api/3/myself', latencyMs: 1000 }]);
    expect(await race('/rest/api/3/myself', '/rest/api/3/resolution')).toEqual(['/rest/api/3/resolution', '/rest/api/3/myself']);
    expect((await s.call('nobody', 'DELETE', '/__sandbox/faults')).status).toBe(204);
    s.emulator.setFaults([{ path: '/rest/api/3/resolution', latencyMs: 1000 }]);
    expect(await race('/rest/api/3/resolution', '/rest/api/3/myself')).toEqual(['/rest/api/3/myself', '/rest/api/3/resolution']);
  });

  it('says which limit refused the call in RateLimit-Reason when a 429 rule names one, and only on a 429', async () => {
    s.emulator.setFaults([{ method: 'POST', path: SEARCH, status: 429, retryAfter: 1800, rateLimitReason: 'jira-quota-global-based' }]);
    const quota = await searchOnce();
    expect(quota.status).toBe(429);
    expect(quota.headers.get('ratelimit-reason')).toBe('jira-quota-global-based');
    expect(quota.headers.get('retry-after')).toBe('1800');
    expect((await s.call('nobody', 'POST', '/__sandbox/faults', { rules: [{ path: SEARCH, status: 500, rateLimitReason: 'jira-burst-based' }] })).status).toBe(400);
    expect((await s.call('nobody', 'POST', '/__sandbox/faults', { rules: [{ path: SEARCH, status: 429, rateLimitReason: 'made-up' }] })).status).toBe(400);
  });

  it('carries out a delayed request even when the caller gave up, and says when every delayed request is done', async () => {
    s.emulator.setFaults([{ method: 'POST', path: '/rest/api/3/issue', latencyMs: 300 }]);
    const gaveUp = new AbortController();
    const sent = fetch(`${s.url}/rest/api/3/issue`, {
      method: 'POST', signal: gaveUp.signal,
      headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${USERS.bob.emailAddress}:any-token`).toString('base64')}` },
      body: JSON.stringify({ fields: { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary: 'late' } }),
    }).catch((error: unknown) => error);
    // Gives up once Jira has the request and is being slow with it (a state, not a sleep).
    while (s.emulator.faultsDelaying() === 0) await new Promise((resolve) => setImmediate(resolve));
    gaveUp.abort();
    await sent;
    await s.emulator.faultsSettled();
    expect(s.emulator.store.issues().map((i) => i.fields.summary)).toContain('late');
  });

  it('refuses malformed rules with 400 and never applies to /__sandbox/ calls', async () => {
    expect((await s.call('nobody', 'POST', '/__sandbox/faults', { rules: [{ path: 'no-slash', status: 500 }] })).status).toBe(400);
    expect((await s.call('nobody', 'POST', '/__sandbox/faults', { rules: [{ path: '/rest', status: 200 }] })).status).toBe(400);
    expect((await s.call('nobody', 'POST', '/__sandbox/faults', { rules: {} })).status).toBe(400);
    s.emulator.setFaults([{ path: '/', status: 500, count: 10 }]);
    expect((await s.call('nobody', 'GET', '/__sandbox/requests')).status).toBe(200);
  });
});

describe('request log', () => {
  it('records method, path without query, acting account, status and a search\'s JQL of /rest/ calls only', async () => {
    s.emulator.setFaults([{ path: SEARCH, status: 429, retryAfter: 1 }]);
    await searchOnce();
    await searchOnce();
    await s.call('dave', 'GET', '/rest/api/3/issue/QA-404?fields=summary');
    await s.call('nobody', 'GET', '/rest/api/3/myself');
    await s.call('nobody', 'GET', '/__sandbox/requests');
    // Users' own calls cost the app no points (rate-limits.ts: only app traffic pays).
    const user = { byApp: false, points: 0 };
    const expected = [
      { method: 'POST', path: SEARCH, accountId: USERS.alice.accountId, status: 429, jql: 'project = QA', ...user },
      { method: 'POST', path: SEARCH, accountId: USERS.alice.accountId, status: 200, jql: 'project = QA', ...user },
      { method: 'GET', path: '/rest/api/3/issue/QA-404', accountId: USERS.dave.accountId, status: 404, ...user },
      { method: 'GET', path: '/rest/api/3/myself', accountId: null, status: 401, ...user },
    ];
    expect(s.emulator.requests).toEqual(expected);
    expect((await s.call('nobody', 'GET', '/__sandbox/requests')).body).toEqual(expected);
    expect((await s.call('nobody', 'DELETE', '/__sandbox/requests')).status).toBe(204);
    expect(s.emulator.requests).toEqual([]);
  });
});
