/**
 * The two globals Forge's packages expect from the platform, installed once per process:
 * `global.__forge_runtime__` (app context, metrics, remaining time; read by @forge/api and
 * @forge/events) and `global.__forge_fetch__(target, path, init)` (every product, storage and
 * queue request of @forge/api, @forge/kvs and @forge/events goes through it).
 *
 * The target carries no account id for `asUser()`, so the acting user, the module and the host that
 * serves the call travel with each invocation in an AsyncLocalStorage scope. Several hosts may live
 * in one process (tests); a call outside any invocation goes to the only open host.
 * https://developer.atlassian.com/platform/forge/runtime-reference/
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { SandboxUser } from './users';

/** What @forge/api, @forge/kvs and @forge/events pass as the first argument of `__forge_fetch__`. */
export interface ForgeFetchTarget {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
  contextAri?: string;
}

export interface ForgeFetchInit {
  method?: string;
  headers?: Record<string, string> | Headers | [string, string][];
  body?: string | null;
}

/** The parts of a host the globals need. */
export interface RuntimeHost {
  readonly appContext: { appId: string; environmentId: string; appVersion: string; installationId: string; cloudId: string };
  forgeFetch(target: ForgeFetchTarget, path: string, init: ForgeFetchInit | undefined, scope: InvocationScope | undefined): Promise<Response>;
  /** The app's `fetch` of a host outside Atlassian, checked against its egress (external-fetch.ts). */
  externalFetch(request: Request, scope: InvocationScope): Promise<Response>;
}

export interface InvocationScope {
  host: RuntimeHost;
  /** null for triggers, scheduled jobs and queue consumers: no user is present. */
  user: SandboxUser | null;
  moduleKey: string;
  moduleType: string;
  functionKey: string;
  invocationId: string;
  /** epoch ms by which the function must finish (its time limit). */
  deadline: number;
  /** Set once the invocation has returned or timed out: its later requests are refused. */
  ended?: boolean;
}

const scopes = new AsyncLocalStorage<InvocationScope>();
const openHosts = new Set<RuntimeHost>();

export function runInScope<T>(scope: InvocationScope, fn: () => Promise<T>): Promise<T> {
  return scopes.run(scope, fn);
}

export function newScope(host: RuntimeHost, fields: Omit<InvocationScope, 'host' | 'invocationId' | 'deadline' | 'ended'> & { limitMs?: number }): InvocationScope {
  const { limitMs, ...rest } = fields;
  return { ...rest, host, invocationId: randomUUID(), deadline: Date.now() + (limitMs ?? 25_000) };
}

function hostForCall(): { host: RuntimeHost; scope: InvocationScope | undefined } {
  const scope = scopes.getStore();
  if (scope) return { host: scope.host, scope };
  if (openHosts.size === 1) return { host: [...openHosts][0], scope: undefined };
  throw new Error(openHosts.size === 0
    ? 'No Forge host is running: start one with createHost() before calling Forge APIs.'
    : 'Forge API called outside an invocation while several hosts are open: run it inside host.runAs().');
}

const noopTimer = { stop: (_tags?: Record<string, string>) => undefined };
const noopCounter = { incr: () => undefined, incrBy: (_n: number) => undefined, decr: () => undefined, decrBy: (_n: number) => undefined };
/** Shaped like the platform's metrics client; the sandbox records nothing. */
const metrics = {
  counter: (_name: string, _tags?: Record<string, string>) => noopCounter,
  timing: (_name: string, _tags?: Record<string, string>) => ({ measure: () => noopTimer }),
  gauge: (_name: string, _tags?: Record<string, string>) => ({ set: (_value: number) => undefined }),
};

/** The runtime object for the current invocation (or a neutral one between invocations). */
function runtimeSnapshot() {
  const scope = scopes.getStore();
  const host = scope?.host ?? [...openHosts][0];
  const app = host?.appContext ?? { appId: '', environmentId: '', appVersion: '', installationId: '', cloudId: '' };
  return {
    proxy: { token: 'sandbox', url: 'http://sandbox.invalid' },
    contextAri: `ari:cloud:jira::site/${app.cloudId}`,
    container: { runtime: 'nodejs22.x', handler: scope?.functionKey },
    appContext: {
      appId: app.appId,
      appVersion: app.appVersion,
      environmentId: app.environmentId,
      environmentType: 'DEVELOPMENT',
      invocationId: scope?.invocationId ?? '',
      installationId: app.installationId,
      functionKey: scope?.functionKey ?? '',
      moduleType: scope?.moduleType ?? '',
      moduleKey: scope?.moduleKey ?? '',
      license: { isActive: true },
    },
    aaid: scope?.user?.accountId,
    lambdaContext: {
      awsRequestId: scope?.invocationId ?? '',
      getRemainingTimeInMillis: () => (scope ? Math.max(0, scope.deadline - Date.now()) : 0),
    },
    tracing: { traceId: scope?.invocationId ?? '', spanId: '' },
    realtime: {},
    metrics,
    featureFlags: (_flag: string) => false,
  };
}

/**
 * The process's own fetch, for the host's requests (a real Jira site). The global one is the app's
 * from the moment a host runs: inside an invocation it goes through the host's egress rules, as
 * Forge's runtime sends the app's fetch through its egress proxy.
 */
export const hostFetch: typeof fetch = globalThis.fetch.bind(globalThis);

let installed = false;

function installGlobals(): void {
  if (installed) return;
  installed = true;
  Object.defineProperty(globalThis, '__forge_runtime__', { configurable: true, get: runtimeSnapshot });
  Object.defineProperty(globalThis, '__forge_fetch__', {
    configurable: true,
    writable: true,
    value: (target: ForgeFetchTarget, path: string, init?: ForgeFetchInit) => {
      const { host, scope } = hostForCall();
      return host.forgeFetch(target, path, init, scope);
    },
  });
  globalThis.fetch = (input: string | URL | Request, init?: RequestInit) => {
    const scope = scopes.getStore();
    if (!scope) return hostFetch(input, init);
    if (scope.ended) return Promise.reject(new Error(`The invocation that fetched ${String(input instanceof Request ? input.url : input)} had already ended; Forge sends nothing for it.`));
    return scope.host.externalFetch(new Request(input, init), scope);
  };
}

/** Makes a host reachable from the Forge globals; returns the function that removes it again. */
export function registerRuntimeHost(host: RuntimeHost): () => void {
  installGlobals();
  openHosts.add(host);
  return () => { openHosts.delete(host); };
}

/** Header-bag normaliser for the `init.headers` shapes Forge's packages pass. */
export function headersOf(init: ForgeFetchInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const h = init?.headers;
  if (!h) return out;
  const entries: Iterable<[string, string]> = h instanceof Headers ? h.entries() : Array.isArray(h) ? h : Object.entries(h);
  for (const [k, v] of entries) out[k.toLowerCase()] = String(v);
  return out;
}
