/**
 * The Xray client's rules without a network: the token is asked for once and kept, asked again once
 * when Xray refuses it, errors answered with status 200 are failures, a 429 is said in words, and
 * coverage names map onto the figures' breakdown whatever their spelling.
 */
import { XrayClient, type TokenCache, type XrayFetch } from '../../../src/xray/client';
import { coverageOf } from '../../../src/xray/reads';

function memoryTokens(initial?: string): TokenCache & { value?: string } {
  const cache: TokenCache & { value?: string } = {
    value: initial,
    get: () => Promise.resolve(cache.value),
    set: (token) => { cache.value = token; return Promise.resolve(); },
    clear: () => { cache.value = undefined; return Promise.resolve(); },
  };
  return cache;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const credentials = { clientId: 'id', clientSecret: 'secret', region: 'eu' as const };

/** A fake Xray answering from a script of responses, recording what was asked. */
function scripted(...answers: Array<(url: string, init: RequestInit) => Response>) {
  const asked: Array<{ url: string; headers: Record<string, string>; body: unknown }> = [];
  const send: XrayFetch = (url, init) => {
    asked.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request to ${url}`);
    return Promise.resolve(next(url, init));
  };
  return { send, asked };
}

describe('XrayClient', () => {
  it('authenticates at the region\'s host once, sends the token as a bearer and keeps it', async () => {
    const tokens = memoryTokens();
    const xray = scripted(() => json(200, 'token-1'), () => json(200, { data: { getStatuses: [] } }), () => json(200, { data: { getStatuses: [] } }));
    const client = new XrayClient(credentials, tokens, xray.send);
    await client.query('{ getStatuses { name } }', {}, 'the statuses');
    await client.query('{ getStatuses { name } }', {}, 'the statuses');
    expect(xray.asked.map((a) => a.url)).toEqual([
      'https://eu.xray.cloud.getxray.app/api/v2/authenticate', 'https://eu.xray.cloud.getxray.app/api/v2/graphql', 'https://eu.xray.cloud.getxray.app/api/v2/graphql',
    ]);
    expect(xray.asked[0].body).toEqual({ client_id: 'id', client_secret: 'secret' });
    expect(xray.asked[1].headers.Authorization).toBe('Bearer token-1');
    expect(tokens.value).toBe('token-1');
    expect(client.calls).toBe(3);
  });

  it('asks for a new token once when Xray refuses the kept one', async () => {
    const tokens = memoryTokens('expired');
    const xray = scripted(() => json(401, { error: 'expired' }), () => json(200, 'fresh'), () => json(200, { data: { ok: 1 } }));
    await expect(new XrayClient(credentials, tokens, xray.send).query('{ x }', {}, 'x')).resolves.toEqual({ ok: 1 });
    expect(xray.asked[2].headers.Authorization).toBe('Bearer fresh');
  });

  it('refuses credentials Xray does not accept with words naming where to get a key', async () => {
    const xray = scripted(() => new Response('Authentication failed', { status: 401 }));
    await expect(new XrayClient(credentials, memoryTokens(), xray.send).authenticate()).rejects.toMatchObject({
      code: 'VALIDATION', message: expect.stringContaining('Global Settings, API Keys'),
    });
  });

  it('treats GraphQL errors as failures even with status 200, naming what was read', async () => {
    const xray = scripted(() => json(200, { data: null, errors: [{ message: 'limit must be within 1-100.' }] }));
    await expect(new XrayClient(credentials, memoryTokens('t'), xray.send).query('{ x }', {}, 'the test runs of 1.6')).rejects.toMatchObject({
      code: 'VALIDATION', message: 'Xray Cloud could not read the test runs of 1.6: limit must be within 1-100.',
    });
  });

  it('says a used-up rate limit in words and does not retry it', async () => {
    const xray = scripted(() => new Response('Too many requests', { status: 429 }));
    await expect(new XrayClient(credentials, memoryTokens('t'), xray.send).query('{ x }', {}, 'x')).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('300 requests every 5 minutes'),
    });
    expect(xray.asked).toHaveLength(1);
  });

  it('says when Xray cannot be reached or answers 5xx', async () => {
    const down: XrayFetch = () => Promise.reject(new Error('getaddrinfo ENOTFOUND'));
    await expect(new XrayClient(credentials, memoryTokens('t'), down).query('{ x }', {}, 'x')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    const failing = scripted(() => new Response('oops', { status: 502 }));
    await expect(new XrayClient(credentials, memoryTokens('t'), failing.send).query('{ x }', {}, 'x')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });
});

describe('XrayClient answer cache', () => {
  it('asks Xray once for the same query and variables, and again for other variables', async () => {
    const kept = new Map<string, unknown>();
    const cache = { get: (k: string) => Promise.resolve(kept.get(k)), set: (k: string, v: unknown) => { kept.set(k, v); return Promise.resolve(); } };
    const xray = scripted(() => json(200, { data: { n: 1 } }), () => json(200, { data: { n: 2 } }));
    const client = new XrayClient(credentials, memoryTokens('t'), xray.send, cache);
    expect(await client.query('{ x }', { ids: ['1'] }, 'x')).toEqual({ n: 1 });
    expect(await client.query('{ x }', { ids: ['1'] }, 'x')).toEqual({ n: 1 });
    expect(await client.query('{ x }', { ids: ['2'] }, 'x')).toEqual({ n: 2 });
    expect(xray.asked).toHaveLength(2);
  });
});

describe('coverageOf', () => {
  it('maps Xray\'s coverage names, either spelling of NOT RUN, and counts UNKNOWN as covered without a status', () => {
    expect(['OK', 'NOK', 'NOTRUN', 'NOT RUN', 'UNCOVERED', 'UNKNOWN', null].map(coverageOf)).toEqual(['passed', 'failed', 'notRun', 'notRun', 'uncovered', 'covered', 'covered']);
  });
});
