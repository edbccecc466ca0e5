/**
 * The host's `__forge_fetch__`: routes each request of @forge/api, @forge/kvs and @forge/events by
 * its target. Jira (`fpp`/`jira`) goes to the emulator or the real site as the invocation's user
 * (`provider: 'user'`; with none, Forge's NEEDS_AUTHENTICATION proxy error) or as the app; storage
 * (`kvs`) to the in-memory store; async-event posts (`fpp`/`stargate` /webhook/queue/...) to the
 * queue. Anything else answers 501 naming what is not emulated. Jira requests are marked as the app's,
 * so the changes they make count as self-generated for product events.
 *
 * An invocation that has ended (returned, or stopped at its time limit) sends nothing more. A
 * request never outlives its invocation, and in an async-event consumer one request may take at
 * most 180 s ("Single outbound request timeout (async events): 180 s",
 * https://developer.atlassian.com/platform/forge/limits-invocation/).
 */
import type { AsyncEventQueue } from './event-queue';
import type { ForgeFetchInit, ForgeFetchTarget, InvocationScope } from './forge-runtime';
import { requestJira, type JiraConnection } from './jira-connection';
import { kvsResponse, type InMemoryKvs } from './kvs-store';
import type { UserDirectory } from './users';
import type { SandboxSettings } from '../config';

export interface ForgeFetchRoutes {
  connection: JiraConnection;
  users: () => UserDirectory;
  kvs: InMemoryKvs;
  queue: () => AsyncEventQueue;
  /** The app whose code makes these requests. */
  appId: string;
  settings: SandboxSettings;
}

/** A Forge API call made after its invocation was over. */
export class InvocationEndedError extends Error {
  readonly code = 'INVOCATION_ENDED';
  constructor(path: string) {
    super(`The invocation that sent ${path} had already ended (returned or timed out); Forge sends nothing for it.`);
    this.name = 'InvocationEndedError';
  }
}

/** How long one outbound request of this invocation may take. */
function requestTimeoutMs(scope: InvocationScope | undefined, settings: SandboxSettings): number | undefined {
  if (!scope) return undefined;
  const remaining = Math.max(1, scope.deadline - Date.now());
  return scope.moduleType === 'consumer' ? Math.min(remaining, settings.get().consumerRequestTimeoutMs) : remaining;
}

function jsonBody(init: ForgeFetchInit | undefined): Record<string, unknown> {
  if (!init?.body) return {};
  try { return JSON.parse(init.body) as Record<string, unknown>; } catch { return {}; }
}

function jsonResponse(status: number, body: unknown): Response {
  if (body === undefined) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function createForgeFetch(routes: ForgeFetchRoutes) {
  return async function forgeFetch(target: ForgeFetchTarget, requestPath: string, init: ForgeFetchInit | undefined, scope: InvocationScope | undefined): Promise<Response> {
    if (scope?.ended) throw new InvocationEndedError(requestPath);
    if (target.type === 'kvs') return kvsResponse(routes.kvs.handle(requestPath, jsonBody(init)));
    if (target.type === 'fpp' && target.remote === 'jira') {
      const origin = { appId: routes.appId, timeoutMs: requestTimeoutMs(scope, routes.settings) };
      if (target.provider !== 'user') return requestJira(routes.connection, routes.users().app, requestPath, init, origin);
      const user = target.accountId ? routes.users().find(target.accountId) : scope?.user;
      if (!user) return new Response(null, { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } });
      return requestJira(routes.connection, user, requestPath, init, origin);
    }
    if (target.type === 'fpp' && target.remote === 'stargate' && requestPath.startsWith('/webhook/queue/')) {
      const reply = routes.queue().handle(requestPath, jsonBody(init), scope?.user?.accountId ?? null);
      return jsonResponse(reply.status, reply.body);
    }
    return jsonResponse(501, { message: `The sandbox does not emulate ${target.type}/${target.remote ?? '-'} requests (${requestPath})` });
  };
}
