/**
 * Xray Cloud's API, the only place that knows its URLs, authentication and errors
 * (https://docs.getxray.app/display/XRAYCLOUD/Authentication+-+REST+v2 and GraphQL+API):
 *
 * - POST {host}/api/v2/authenticate with the API key's client id and secret answers a token as a
 *   JSON string; GraphQL requests carry it as `Authorization: Bearer <token>`. A token is kept
 *   (TokenCache) and asked for again once when Xray refuses it (401).
 * - POST {host}/api/v2/graphql: an answer with `errors` is a failure even with status 200 (how Xray
 *   reports errors is not documented: both shapes are handled).
 * - 429 (300 requests per 5 minutes on Xray Standard) is not retried: no Retry-After is documented,
 *   and waiting minutes is past a function's time; the user is told to try again later.
 *
 * Requests go through the runtime's global fetch, which Forge sends through the egress allow-list
 * of manifest.yml (`permissions.external.fetch.backend`); @forge/api's `fetch` is that function.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../errors';
import { xrayBaseUrl, type XrayRegion } from './regions';

export interface XrayCredentials {
  clientId: string;
  clientSecret: string;
  region: XrayRegion;
}

/** Where a token is kept between invocations (secret storage: it is a credential). */
export interface TokenCache {
  get(): Promise<string | undefined>;
  set(token: string): Promise<void>;
  clear(): Promise<void>;
}

export type XrayFetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Answers kept for a few minutes (Forge storage), so views within them ask Xray nothing: Xray
 * Standard allows a key 300 requests every 5 minutes for the whole site. Keyed by the query and its
 * variables, whose issue ids are what the viewer may browse in Jira, so an answer is only reused for
 * the same ids.
 */
export interface AnswerCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** Resolved at call time: the platform (or the sandbox host) installs it. */
const runtimeFetch: XrayFetch = (url, init) => globalThis.fetch(url, init);

interface GraphqlBody<T> {
  data?: T | null;
  errors?: Array<{ message?: string }>;
}

export class XrayClient {
  /** Requests sent to Xray (authentication included), for the cost figures. */
  calls = 0;

  constructor(
    private readonly credentials: XrayCredentials,
    private readonly tokens: TokenCache,
    private readonly send: XrayFetch = runtimeFetch,
    private readonly answers?: AnswerCache,
  ) {}

  private get base(): string {
    return xrayBaseUrl(this.credentials.region);
  }

  private async post(path: string, headers: Record<string, string>, body: unknown): Promise<Response> {
    this.calls += 1;
    try {
      return await this.send(`${this.base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
    } catch (error) {
      throw new AppError('SERVICE_UNAVAILABLE', `Xray Cloud (${this.base}) could not be reached: ${error instanceof Error ? error.message : String(error)}. Try again in a moment.`);
    }
  }

  private static async failure(response: Response, what: string): Promise<AppError> {
    const text = (await response.text().catch(() => '')).slice(0, 300);
    if (response.status === 429) {
      return new AppError('SERVICE_UNAVAILABLE', 'Xray Cloud\'s rate limit for this API key is used up (300 requests every 5 minutes on Xray Standard). Try again in a few minutes.');
    }
    if (response.status === 403 && /external fetch backend permissions/i.test(text)) {
      return new AppError('INTERNAL', `This app may not reach ${new URL(response.url || 'https://invalid').host || 'Xray Cloud'}: ${text}`);
    }
    if (response.status >= 500) return new AppError('SERVICE_UNAVAILABLE', `Xray Cloud answered ${response.status} to ${what}. Try again in a moment.`);
    return new AppError('VALIDATION', `Xray Cloud refused ${what} (${response.status}${text ? `: ${text}` : ''}).`);
  }

  /** Exchanges the API key for a token; refused credentials are a VALIDATION error naming the fix. */
  async authenticate(): Promise<string> {
    const response = await this.post('/api/v2/authenticate', {}, { client_id: this.credentials.clientId, client_secret: this.credentials.clientSecret });
    if (response.status === 400 || response.status === 401) {
      throw new AppError('VALIDATION', `Xray Cloud (${this.base}) did not accept the API key's client id and secret (${response.status}). `
        + 'A Jira administrator can create a key in Xray\'s Global Settings, API Keys, and enter it in the project\'s QA post-mortem settings; check the region too.');
    }
    if (!response.ok) throw await XrayClient.failure(response, 'the API key');
    const token = (await response.json()) as unknown;
    if (typeof token !== 'string' || token.length === 0) throw new AppError('SERVICE_UNAVAILABLE', 'Xray Cloud answered the authentication without a token. Try again in a moment.');
    await this.tokens.set(token);
    return token;
  }

  private async token(): Promise<string> {
    return (await this.tokens.get()) ?? this.authenticate();
  }

  /** One GraphQL query, answered from the cache while it lasts; `what` names it in errors ("the test runs of 1.6"). */
  async query<T>(query: string, variables: Record<string, unknown>, what: string): Promise<T> {
    const key = this.answers ? createHash('sha256').update(`${this.credentials.region}\u0000${query}\u0000${JSON.stringify(variables)}`).digest('hex') : '';
    const kept = this.answers ? await this.answers.get(key).catch(() => undefined) : undefined;
    if (kept !== undefined) return kept as T;
    const data = await this.ask<T>(query, variables, what);
    await this.answers?.set(key, data).catch(() => undefined);
    return data;
  }

  private async ask<T>(query: string, variables: Record<string, unknown>, what: string): Promise<T> {
    let token = await this.token();
    let response = await this.post('/api/v2/graphql', { Authorization: `Bearer ${token}` }, { query, variables });
    if (response.status === 401) {
      await this.tokens.clear();
      token = await this.authenticate();
      response = await this.post('/api/v2/graphql', { Authorization: `Bearer ${token}` }, { query, variables });
    }
    const body = (await response.clone().json().catch(() => null)) as GraphqlBody<T> | null;
    const messages = (body?.errors ?? []).map((e) => e.message ?? '').filter(Boolean);
    if (messages.length > 0) throw new AppError(response.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'VALIDATION', `Xray Cloud could not read ${what}: ${messages.join(' ')}`);
    if (!response.ok) throw await XrayClient.failure(response, `the request for ${what}`);
    if (!body?.data) throw new AppError('SERVICE_UNAVAILABLE', `Xray Cloud answered no data for ${what}. Try again in a moment.`);
    return body.data;
  }
}
