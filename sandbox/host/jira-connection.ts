/**
 * Where product requests go: the Jira emulator mounted on this same server (reached over HTTP,
 * with Basic auth as the acting user, or as the app's account for asApp()), or a real Jira Cloud
 * site with one e-mail + API token for both. Used by `__forge_fetch__` (the app's requestJira),
 * the bridge's `requestJira` from the browser, and the host's own pages. Requests the app makes
 * carry the app id to the emulator, as Jira knows which app called it: that is how a product event
 * knows it was self-generated (a trigger's `filter.ignoreSelf`).
 * https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/
 */
import { APP_REQUEST_HEADER } from '../emulator/change-feed';
import { basicAuthHeader } from './users';
import { headersOf, hostFetch, type ForgeFetchInit } from './forge-runtime';

export interface RealSite { site: string; email: string; apiToken: string }

export type JiraConnection =
  | { kind: 'emulator'; baseUrl: () => string }
  | ({ kind: 'site' } & RealSite);

/** Request headers a proxy must not forward as they are. */
const HOP_HEADERS = new Set(['host', 'authorization', 'content-length', 'connection', 'x-b3-traceid', 'x-b3-spanid']);

export function jiraBaseUrl(connection: JiraConnection): string {
  return connection.kind === 'emulator' ? connection.baseUrl() : connection.site.replace(/\/+$/, '');
}

/**
 * Who sends a request besides the acting user: the app's code (its id), or nobody (the host's own
 * pages); and how long the request may take before it is aborted.
 */
export interface RequestOrigin { appId?: string; timeoutMs?: number }

/**
 * Sends one request to Jira as `who` (an e-mail known to the emulator); against a real site the
 * token's owner always acts.
 */
export async function requestJira(
  connection: JiraConnection,
  who: { emailAddress: string },
  path: string,
  init?: ForgeFetchInit,
  origin: RequestOrigin = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(headersOf(init))) {
    if (!HOP_HEADERS.has(name)) headers[name] = value;
  }
  headers.authorization = connection.kind === 'emulator'
    ? basicAuthHeader(who)
    : basicAuthHeader({ emailAddress: connection.email }, connection.apiToken);
  if (!headers.accept) headers.accept = 'application/json';
  if (connection.kind === 'emulator' && origin.appId) headers[APP_REQUEST_HEADER] = origin.appId;
  const method = (init?.method ?? 'GET').toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? undefined : init?.body ?? undefined;
  const url = `${jiraBaseUrl(connection)}${path.startsWith('/') ? path : `/${path}`}`;
  return hostFetch(url, { method, headers, body, ...(origin.timeoutMs !== undefined ? { signal: AbortSignal.timeout(origin.timeoutMs) } : {}) });
}

/** A product response in the shape @forge/bridge's `fetchProduct` command resolves with. */
export async function bridgeFetchResult(response: Response) {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => { headers[name] = value; });
  return { status: response.status, statusText: response.statusText, headers, body: await response.text(), isAttachment: false };
}
