/**
 * Xray Cloud's API as the app uses it, on the emulator's data and the Jira emulator's issues:
 *
 * - POST /api/v2/authenticate with `{"client_id", "client_secret"}` answers the token as "a JSON
 *   string (delimited with the " character)"; a body without both is 400 "Wrong request syntax"
 *   (https://docs.getxray.app/display/XRAYCLOUD/Authentication+-+REST+v2). Undocumented, read
 *   strictly: unknown credentials are 401, and a token lasts 24 hours (the documented example token's
 *   exp − iat), after which it is refused with 401 too.
 * - POST /api/v2/graphql with `Authorization: Bearer <token>` (graphql.ts), run as the key's user:
 *   "requests will be done in behalf of the user linked to the API key".
 * - Rate limit: "Xray Standard has a limit of 300 per 5 minutes" (Enterprise 1000; the stricter is
 *   taken), per API key, counting every request. Past it: 429, with no Retry-After (none is
 *   documented; XRAYCLOUD-1399 asks for one).
 *
 * The data lives at the global host; Xray's regional hosts (us., eu., au.xray.cloud.getxray.app) do
 * not know the demo's keys (undocumented whether the global host and a region share keys: stricter).
 * The local server serves the same API under /__xray for a person to try.
 */
import { randomBytes } from 'node:crypto';
import express, { type Router } from 'express';
import type { JiraEmulator } from '../emulator';
import { answerGraphql } from './graphql';
import { demoXrayData, DEMO_XRAY_API_KEY } from './demo-runs';
import { emptyXrayData, type XrayApiKey, type XrayData } from './state';
import type { ExternalService } from '../host/external-fetch';

export const XRAY_GLOBAL_HOST = 'xray.cloud.getxray.app';
export const XRAY_REGIONAL_HOSTS = ['us.xray.cloud.getxray.app', 'eu.xray.cloud.getxray.app', 'au.xray.cloud.getxray.app'];
/** Whether `hostname` is one of Xray Cloud's hosts (the emulator answers them all; the real one too). */
export function isXrayHost(hostname: string): boolean {
  return hostname === XRAY_GLOBAL_HOST || XRAY_REGIONAL_HOSTS.includes(hostname);
}

export const TOKEN_LIFETIME_MS = 24 * 3_600_000;
export const RATE_LIMIT = { requests: 300, windowMs: 5 * 60_000 };

export interface XrayRequestLogEntry {
  at: string;
  host: string;
  method: string;
  path: string;
  status: number;
  /** The GraphQL query's root fields, e.g. "getTestRuns". */
  operation?: string;
}

interface Issued { key: XrayApiKey; expiresAt: number }

/** The sandbox site's Xray has the demo API key whatever the Jira seed: an empty site has no tests, not no Xray. */
function withDemoKey(data: XrayData): XrayData {
  return { ...data, apiKeys: [{ ...DEMO_XRAY_API_KEY }] };
}

export interface XrayEmulator {
  service: ExternalService;
  router: Router;
  data(): XrayData;
  reset(seed: 'demo' | 'empty'): void;
  requests: XrayRequestLogEntry[];
}

interface Answer { status: number; body?: unknown; contentType?: 'json' | 'text' }

export function createXrayEmulator(jira: JiraEmulator, clock: () => number = () => jira.store.now().getTime()): XrayEmulator {
  let data = demoXrayData(jira.store);
  const tokens = new Map<string, Issued>();
  const windows = new Map<string, { start: number; count: number }>();
  const requests: XrayRequestLogEntry[] = [];

  /** Counts a request of `clientId`; false once the window's allowance is spent. */
  const withinRateLimit = (clientId: string): boolean => {
    const now = clock();
    const current = windows.get(clientId);
    if (!current || now - current.start >= RATE_LIMIT.windowMs) {
      windows.set(clientId, { start: now, count: 1 });
      return true;
    }
    current.count += 1;
    return current.count <= RATE_LIMIT.requests;
  };

  const authenticate = (host: string, body: unknown): Answer => {
    const { client_id: clientId, client_secret: clientSecret } = (body ?? {}) as { client_id?: unknown; client_secret?: unknown };
    if (typeof clientId !== 'string' || typeof clientSecret !== 'string') return { status: 400, body: 'Wrong request syntax', contentType: 'text' };
    const key = host === XRAY_GLOBAL_HOST ? data.apiKeys.find((k) => k.clientId === clientId && k.clientSecret === clientSecret) : undefined;
    if (!key) return { status: 401, body: 'Authentication failed: the client id and secret do not match an API key.', contentType: 'text' };
    if (!withinRateLimit(key.clientId)) return { status: 429, body: 'Too many requests', contentType: 'text' };
    const token = `xray-emulator.${randomBytes(24).toString('base64url')}`;
    tokens.set(token, { key, expiresAt: clock() + TOKEN_LIFETIME_MS });
    return { status: 200, body: token };
  };

  const graphql = async (authorization: string | undefined, body: unknown): Promise<Answer> => {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    const issued = token ? tokens.get(token) : undefined;
    if (!issued || issued.expiresAt <= clock() || !data.apiKeys.includes(issued.key)) {
      return { status: 401, body: { error: 'Authentication token is missing, invalid or expired.' } };
    }
    if (!withinRateLimit(issued.key.clientId)) return { status: 429, body: 'Too many requests', contentType: 'text' };
    const answer = await answerGraphql({
      jira: jira.store,
      data,
      accountId: issued.key.accountId,
      issueIdsMatching: (jql) => jira.issueIdsMatching(issued.key.accountId, jql),
    }, body);
    return { status: answer.status, body: answer.body };
  };

  const handlePath = async (host: string, method: string, path: string, headers: Headers, body: unknown): Promise<Answer> => {
    if (method === 'POST' && path === '/api/v2/authenticate') return authenticate(host, body);
    if (method === 'POST' && path === '/api/v2/graphql') {
      if (host !== XRAY_GLOBAL_HOST) return { status: 401, body: { error: 'Authentication token is missing, invalid or expired.' } };
      return graphql(headers.get('authorization') ?? undefined, body);
    }
    return { status: 404, body: { error: `${method} ${path} is not part of Xray's API that the sandbox emulates` } };
  };

  const operationOf = (body: unknown): string | undefined => {
    const query = (body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return undefined;
    return [...query.matchAll(/\b(get[A-Z]\w*)\s*\(/g)].map((m) => m[1]).join(',') || undefined;
  };

  const respond = async (host: string, method: string, path: string, headers: Headers, rawBody: string): Promise<Answer> => {
    let body: unknown;
    try {
      body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      const answer: Answer = { status: 400, body: 'Wrong request syntax', contentType: 'text' };
      requests.push({ at: new Date(clock()).toISOString(), host, method, path, status: answer.status });
      return answer;
    }
    const answer = await handlePath(host, method, path, headers, body);
    requests.push({ at: new Date(clock()).toISOString(), host, method, path, status: answer.status, operation: path.endsWith('graphql') ? operationOf(body) : undefined });
    return answer;
  };

  const toResponse = (answer: Answer): Response => (answer.contentType === 'text'
    ? new Response(String(answer.body), { status: answer.status, headers: { 'content-type': 'text/plain' } })
    : new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } }));

  const service: ExternalService = {
    serves: isXrayHost,
    handle: async (request) => {
      const url = new URL(request.url);
      return toResponse(await respond(url.hostname, request.method, url.pathname, request.headers, await request.text()));
    },
  };

  const router = express.Router();
  router.use(express.text({ type: '*/*', limit: '1mb' }));
  router.post(['/api/v2/authenticate', '/api/v2/graphql'], async (req, res, next) => {
    try {
      const headers = new Headers();
      if (req.headers.authorization) headers.set('authorization', req.headers.authorization);
      const answer = await respond(XRAY_GLOBAL_HOST, 'POST', req.path, headers, typeof req.body === 'string' ? req.body : '');
      res.status(answer.status);
      if (answer.contentType === 'text') res.type('text/plain').send(String(answer.body));
      else res.json(answer.body);
    } catch (error) {
      next(error);
    }
  });

  return {
    service,
    router,
    data: () => data,
    reset: (seed) => {
      data = seed === 'demo' ? demoXrayData(jira.store) : withDemoKey(emptyXrayData());
      tokens.clear();
      windows.clear();
      requests.length = 0;
    },
    requests,
  };
}
