/**
 * The local Forge host for integration and browser tests: in process, on a free port, with the Jira
 * emulator. `invoke` and `trigger` go over HTTP to /__forge, exactly as the pages' bridge does, so
 * a test exercises the same path as a person clicking in the panel.
 */
import { createHost, type ForgeHost, type HostOptions, type Seed } from '../../sandbox/host';
import type { JiraEmulator } from '../../sandbox/emulator';
import { basicAuthHeader } from '../../sandbox/host/users';
import type { SandboxConfig } from '../../sandbox/config';

export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
  /** Seconds Jira asks a refused (429) caller to wait, from its Retry-After header. */
  retryAfterSeconds?: number;
}

export interface Sandbox {
  url: string;
  host: ForgeHost;
  emulator: JiraEmulator;
  /** POST /__forge/invoke as `user` (short name such as "alice", or e-mail). */
  invoke<T = unknown>(user: string, moduleKey: string, functionKey: string, payload?: unknown, extension?: Record<string, unknown>): Promise<HttpAnswer<T>>;
  /** POST /__forge/trigger, e.g. {type: 'scheduled'} or {type: 'queue'}. */
  trigger<T = unknown>(body: Record<string, unknown>): Promise<HttpAnswer<T>>;
  /** A request to the emulator's REST API as `user`. */
  jira<T = unknown>(user: string, path: string, init?: { method?: string; body?: unknown }): Promise<HttpAnswer<T>>;
  reset(seed?: Seed): void;
  close(): Promise<void>;
  /** POST /__sandbox/config: change the platform rules' timings (never turns a rule off). */
  configure(patch: Partial<SandboxConfig>): Promise<void>;
  /**
   * Waits until Jira's search index has caught up with every change so far (GET /__sandbox/config
   * says nothing is pending), as a real site would after its lag: a state, never a fixed sleep.
   */
  searchIndexed(): Promise<void>;
}

export interface SandboxOptions {
  seed?: Seed;
  /** Test-only handlers standing in for src/index.ts. */
  handlers?: HostOptions['handlers'];
  manifestPath?: string;
  autoRunQueue?: boolean;
  now?: () => Date;
  /**
   * Deliver Jira's product events to the app's triggers after each change, as Jira Cloud does
   * (default off, so tests that count trigger calls stay exact); wait with `host.productEvents.idle()`.
   */
  productEvents?: HostOptions['productEvents'];
}

async function answer<T>(response: Response): Promise<HttpAnswer<T>> {
  const text = await response.text();
  let body: unknown = text;
  try { body = text ? JSON.parse(text) : null; } catch { /* not JSON: keep the text */ }
  const retryAfter = Number(response.headers.get('retry-after'));
  return { status: response.status, body: body as T, ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}) };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = createHost({ ...options, seed: options.seed ?? 'demo', port: 0 });
  const url = await host.listen();
  if (!host.emulator) throw new Error('startSandbox always runs against the emulator');
  const emulator = host.emulator;
  const authFor = (user: string) => {
    const found = host.users().find(user);
    if (!found) throw new Error(`No sandbox user '${user}'`);
    return basicAuthHeader(found);
  };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => fetch(`${url}${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
  });

  return {
    url,
    host,
    emulator,
    invoke: async (user, moduleKey, functionKey, payload, extension) => answer(await post(
      '/__forge/invoke', { moduleKey, functionKey, payload, extension }, { authorization: authFor(user) },
    )),
    trigger: async (body) => answer(await post('/__forge/trigger', body)),
    jira: async (user, path, init = {}) => answer(await fetch(`${url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: authFor(user), accept: 'application/json', ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })),
    reset: (seed) => host.reset(seed ?? options.seed ?? 'demo'),
    close: () => host.close(),
    async configure(patch) {
      const reply = await post('/__sandbox/config', patch);
      if (!reply.ok) throw new Error(`POST /__sandbox/config refused ${JSON.stringify(patch)}: ${await reply.text()}`);
    },
    async searchIndexed() {
      for (;;) {
        const { indexPending } = (await (await fetch(`${url}/__sandbox/config`)).json()) as { indexPending: number };
        if (indexPending === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}
