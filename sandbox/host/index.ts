/**
 * The local Forge host behind `npm start` and every integration and browser test: one express app
 * that serves the Jira emulator (or points at a real site), the app's Custom UI resources with the
 * bridge, Jira-like pages that show them, and /__forge endpoints that run the app's unchanged
 * handlers from src/index.ts with Forge-shaped events and contexts. With `productEvents`, changes
 * made through the emulator's REST API reach the app's `trigger` modules as Jira's product events,
 * a moment later (product-event-delivery.ts). See DESIGN.md sections 7 and 9.
 */
import type { Server } from 'node:http';
import * as path from 'node:path';
import express, { type Express } from 'express';
import { createJiraEmulator, type JiraEmulator } from '../emulator';
import { runtimeValues, type RuntimePropertyPath } from './jira-expression';
import { AsyncEventQueue } from './event-queue';
import { AddedIssuePanels } from './issue-panels';
import { DEMO_ISSUES_WITH_PANEL } from '../seed/demo';
import { seedDemoAppStorage } from '../seed/demo-app-storage';
import { forgeApiRouter } from './forge-routes';
import { createForgeFetch } from './forge-fetch';
import { hostFetch, newScope, registerRuntimeHost, runInScope, type RuntimeHost } from './forge-runtime';
import { createExternalFetch, type ExternalService } from './external-fetch';
import { createXrayEmulator, isXrayHost, type XrayEmulator } from '../xray/emulator';
import { fixedHandlerSource, FunctionRunner, srcHandlerSource, type HandlerModule } from './functions';
import { invokeResolver, type HostIdentity, type InvokeOutcome, type InvokeRequest } from './invoke';
import { jiraBaseUrl, requestJira, type JiraConnection, type RealSite } from './jira-connection';
import { InMemoryKvs } from './kvs-store';
import { displayIssueTypes, issuePropertyIndex, loadManifest, type ForgeManifest } from './manifest';
import { SandboxSettings } from '../config';
import { gadgetIds } from './pages/dashboard-page';
import { pagesRouter } from './pages-router';
import { ProductEventDelivery } from './product-event-delivery';
import { productEventOf, type ProductEvent } from './product-event-payloads';
import { forgeAssetsRouter, staticResourcesRouter } from './static-resources';
import {
  checkConsumers, checkTriggerFilters, productEventSubscriptions, runConsumer, runLifecycle, runProductEvent, runScheduled, type TriggerOutcome, type TriggerRequest, type TriggerRun,
} from './triggers';
import { emulatorUsers, siteUsers, type SandboxUser, type UserDirectory } from './users';

export type Seed = 'demo' | 'empty';

export interface HostOptions {
  /** Port for listen() when none is passed; 0 (default) picks a free one. */
  port?: number;
  /** 'emulator' (default) or a real Jira Cloud site. */
  jira?: 'emulator' | RealSite;
  seed?: Seed;
  /** Test-only stand-in for src/index.ts's exports; by default the host requires src/index.ts. */
  handlers?: HandlerModule;
  manifestPath?: string;
  /** Run queued async events on their own (default) or only when the queue is drained. */
  autoRunQueue?: boolean;
  /** The emulator's clock. */
  now?: () => Date;
  /**
   * Deliver Jira's product events (issue edits and transitions, new issue links made through the
   * emulator's REST API) to the manifest's `trigger` modules, asynchronously, as Jira Cloud does.
   * Off by default; `npm start` turns it on. Only with the emulator.
   */
  productEvents?: boolean | ProductEventsOptions;
  /**
   * Send the app avi:forge:installed:app once the host listens, and again after a reset through
   * POST /__sandbox/reset (a fresh site the app is installed on), as Forge does on an install.
   * Off by default, so a test starts from a site whose event has not arrived yet (Forge delivers it
   * asynchronously) and sends it when it wants it (`install()`); `npm start` turns it on.
   */
  installEvent?: boolean;
  /**
   * Xray Cloud: 'emulator' (default) answers the app's requests to Xray's hosts from sandbox/xray on
   * the Jira emulator's issues; 'real' lets them out to Xray itself (with a real Jira site).
   */
  xray?: 'emulator' | 'real';
}

export interface ProductEventsOptions {
  /** How long after the change an event is delivered (default 0). */
  delayMs?: number;
  /** Where failing deliveries are reported (default: stderr). */
  log?: (message: string) => void;
}

export interface ForgeHost {
  app: Express;
  /** null when the host points at a real site. */
  emulator: JiraEmulator | null;
  /** null when the host lets the app reach the real Xray Cloud. */
  xray: XrayEmulator | null;
  manifest: ForgeManifest;
  kvs: InMemoryKvs;
  queue: AsyncEventQueue;
  /** Product events sent to the app's triggers; `idle()` waits until all so far are handled. */
  productEvents: ProductEventDelivery;
  users(): UserDirectory;
  /** The host's base URL, e.g. http://localhost:3000 (after listen). */
  url(): string;
  listen(port?: number): Promise<string>;
  close(): Promise<void>;
  /** A UI resolver call as `user` (short name, e-mail or account id), as POST /__forge/invoke does. */
  invoke(user: string, request: InvokeRequest): Promise<InvokeOutcome>;
  trigger(request: TriggerRequest): Promise<TriggerOutcome>;
  /** Runs `fn` inside an invocation as `user` (null: as the app), e.g. to call @forge/kvs from a test. */
  runAs<T>(user: string | null, fn: () => Promise<T>): Promise<T>;
  /** Fresh emulator data, empty storage, queue and gadget configurations. */
  reset(seed?: Seed): void;
  /** Sends the app avi:forge:installed:app, as Forge does once it is installed on a site. */
  install(): Promise<TriggerRun[]>;
  /** The platform rules' timings and budgets, shared with the emulator (POST /__sandbox/config). */
  settings: SandboxSettings;
}

/** Fixed ids of the sandbox installation, shaped like the platform's. */
const SANDBOX_CLOUD_ID = 'a436116f-02ce-4520-8fbb-7301462a1674';
const SANDBOX_ENVIRONMENT_ID = '0b6c6a9e-5f2e-4d0e-9b9a-7c1f3e2d4b5a';
const SANDBOX_INSTALLATION_ID = '3f5e2a71-8c4d-4b6e-a1f0-9d2c7b8e6a43';

async function siteIdentity(site: RealSite): Promise<{ users: UserDirectory; cloudId: string }> {
  const connection: JiraConnection = { kind: 'site', ...site };
  const me = await requestJira(connection, { emailAddress: site.email }, '/rest/api/3/myself');
  if (!me.ok) throw new Error(`${site.site} answered ${me.status} to GET /rest/api/3/myself: check JIRA_EMAIL and JIRA_API_TOKEN`);
  const tenant = await fetch(`${jiraBaseUrl(connection)}/_edge/tenant_info`);
  const cloudId = tenant.ok ? ((await tenant.json()) as { cloudId: string }).cloudId : SANDBOX_CLOUD_ID;
  return { users: siteUsers((await me.json()) as { accountId: string; emailAddress: string; displayName: string; timeZone?: string }), cloudId };
}

/** The issue an event is about, for its filter: the issue, or for a link, its source issue. */
function filteredIssueOf(event: Record<string, unknown>): string | undefined {
  const issue = event.issue as { id?: unknown; key?: unknown } | undefined;
  const idOrKey = issue?.id ?? issue?.key ?? event.sourceIssueId;
  return idOrKey === undefined || idOrKey === null ? undefined : String(idOrKey);
}

/**
 * The entity properties a trigger filter may read for an event, as Forge resolves them "at event
 * time": the issue's (for a link, the source issue's, "filtering is based on the source issue"),
 * its project's, and none of a user's. Read from the emulator's store as the change happens.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/trigger/ (Filtering by entity properties)
 */
function runtimeOf(emulator: JiraEmulator, event: Record<string, unknown>, paths: RuntimePropertyPath[]): Record<string, unknown> {
  if (paths.length === 0) return {};
  const idOrKey = filteredIssueOf(event);
  const issue = idOrKey === undefined ? undefined : emulator.store.issueByIdOrKey(idOrKey);
  const project = issue ? emulator.store.projectById(issue.projectId) : undefined;
  return runtimeValues(paths, (entity) => (entity === 'issue' ? issue?.properties : entity === 'project' ? project?.properties : undefined));
}

/** The same, read through Jira's REST API as `who`: for an event sent by hand against a real site. */
async function runtimeFromJira(connection: JiraConnection, who: SandboxUser, event: Record<string, unknown>, paths: RuntimePropertyPath[]): Promise<Record<string, unknown>> {
  if (paths.length === 0) return {};
  const idOrKey = filteredIssueOf(event);
  const keysOf = (entity: RuntimePropertyPath['entity']) => [...new Set(paths.filter((p) => p.entity === entity).map((p) => p.key))];
  const issueProperties = new Map<string, unknown>();
  const projectProperties = new Map<string, unknown>();
  if (idOrKey !== undefined) {
    const read = await requestJira(connection, who, `/rest/api/3/issue/${encodeURIComponent(idOrKey)}?fields=project&properties=${keysOf('issue').map(encodeURIComponent).join(',')}`);
    if (read.ok) {
      const issue = (await read.json()) as { properties?: Record<string, unknown>; fields?: { project?: { id?: string } } };
      for (const [key, value] of Object.entries(issue.properties ?? {})) issueProperties.set(key, value);
      const projectId = issue.fields?.project?.id;
      for (const key of projectId ? keysOf('project') : []) {
        const property = await requestJira(connection, who, `/rest/api/3/project/${projectId}/properties/${encodeURIComponent(key)}`);
        if (property.ok) projectProperties.set(key, ((await property.json()) as { value?: unknown }).value);
      }
    }
  }
  return runtimeValues(paths, (entity) => (entity === 'issue' ? issueProperties : entity === 'project' ? projectProperties : undefined));
}

export function createHost(options: HostOptions = {}): ForgeHost {
  const manifestPath = options.manifestPath ?? path.resolve(__dirname, '../../manifest.yml');
  const rootDir = path.dirname(manifestPath);
  const manifest = loadManifest(manifestPath);
  checkConsumers(manifest);
  const filterPaths = checkTriggerFilters(manifest);
  const settings = new SandboxSettings();
  const emulator = options.jira === undefined || options.jira === 'emulator'
    ? createJiraEmulator({ seed: options.seed ?? 'demo', now: options.now, settings, propertyIndex: issuePropertyIndex(manifest) })
    : null;
  const realSite = options.jira !== undefined && options.jira !== 'emulator' ? options.jira : null;
  const xray = emulator && options.xray !== 'real' ? createXrayEmulator(emulator) : null;
  const externalServices: ExternalService[] = xray
    ? [xray.service]
    : [{ serves: isXrayHost, handle: (request) => hostFetch(request) }];

  let server: Server | null = null;
  let baseUrl: string | null = null;
  let internalUrl: string | null = null;
  let users: UserDirectory = emulatorUsers();
  let cloudId = SANDBOX_CLOUD_ID;
  const gadgetConfigs = new Map<string, Record<string, unknown>>();
  const issuePanels = new AddedIssuePanels();
  /** The demo's worked-on incidents already show the panel, as if someone had pressed its button. */
  const seedIssuePanels = (seed: Seed) => {
    issuePanels.clear();
    if (!emulator || seed !== 'demo') return;
    for (const key of DEMO_ISSUES_WITH_PANEL) {
      const issue = emulator.store.issueByIdOrKey(key);
      if (!issue) continue;
      for (const module of manifest.modulesOfType('jira:issuePanel')) {
        issuePanels.add(issue.id, module.key);
        issuePanels.takeNew(issue.id, module.key);
      }
    }
  };
  seedIssuePanels(options.seed ?? 'demo');
  const gadgets = gadgetIds({ manifest });

  const requireUrl = (url: string | null): string => {
    if (!url) throw new Error('The Forge host is not listening yet: call listen() first');
    return url;
  };
  const connection: JiraConnection = realSite
    ? { kind: 'site', ...realSite }
    : { kind: 'emulator', baseUrl: () => requireUrl(internalUrl) };
  const identity: HostIdentity = {
    appId: manifest.appId,
    environmentId: SANDBOX_ENVIRONMENT_ID,
    get cloudId() { return cloudId; },
    get siteUrl() { return realSite ? jiraBaseUrl(connection) : requireUrl(baseUrl); },
  };

  const kvs = new InMemoryKvs(manifest.entities);
  /** The app's own storage as the demo site would have it (its ledgers), after the seed's import. */
  const seedAppStorage = (seed: Seed) => { if (emulator && seed === 'demo') seedDemoAppStorage(emulator.store, kvs); };
  seedAppStorage(options.seed ?? 'demo');

  const runtimeHost: RuntimeHost = {
    appContext: {
      appId: manifest.appId, environmentId: SANDBOX_ENVIRONMENT_ID, appVersion: '1.0.0', installationId: SANDBOX_INSTALLATION_ID,
      get cloudId() { return cloudId; },
    },
    forgeFetch: createForgeFetch({ connection, users: () => users, kvs, queue: () => queue, appId: manifest.appId, settings }),
    externalFetch: createExternalFetch(manifest.backendEgress, () => externalServices),
  };
  const unregister = registerRuntimeHost(runtimeHost);
  const runner = new FunctionRunner(
    manifest,
    options.handlers ? fixedHandlerSource(options.handlers) : srcHandlerSource(path.join(rootDir, 'src')),
    runtimeHost,
  );
  const queue: AsyncEventQueue = new AsyncEventQueue((event) => runConsumer(runner, identity, event), options.autoRunQueue ?? true);

  const eventOptions: ProductEventsOptions = typeof options.productEvents === 'object' ? options.productEvents : {};
  const productEvents = new ProductEventDelivery({
    enabled: Boolean(options.productEvents) && emulator !== null,
    subscriptions: (eventType) => productEventSubscriptions(manifest, eventType),
    deliver: (event, modules) => runProductEvent(runner, identity, event, modules),
    delayMs: eventOptions.delayMs,
    log: eventOptions.log,
  });
  const unsubscribeChanges = emulator && productEvents.enabled
    ? emulator.changes.subscribe((change) => {
      try {
        const event = productEventOf(change, { state: emulator.store, base: identity.siteUrl, viewer: users.app.accountId });
        productEvents.emit(event, change.origin.appId === manifest.appId, runtimeOf(emulator, event, filterPaths));
      } catch (e) {
        productEvents.reportFailure(change.kind, e);
      }
    })
    : () => undefined;

  const installedApp = { id: manifest.appId, version: runtimeHost.appContext.appVersion, installationId: SANDBOX_INSTALLATION_ID, environmentId: SANDBOX_ENVIRONMENT_ID };
  /** Sends avi:forge:installed:app; a failing run is reported, as Forge logs a trigger's error, not thrown at the site. */
  async function install(): Promise<TriggerRun[]> {
    const runs = await runLifecycle(runner, identity, 'installed', installedApp);
    for (const run of runs.filter((r) => !r.ok)) process.stderr.write(`avi:forge:installed:app: ${run.moduleKey} failed: ${run.error?.message ?? 'unknown error'}\n`);
    return runs;
  }

  async function invokeAs(user: SandboxUser, request: InvokeRequest): Promise<InvokeOutcome> {
    return invokeResolver(runner, identity, user, request, settings.get().resolverTimeoutMs);
  }

  async function trigger(request: TriggerRequest): Promise<TriggerOutcome> {
    switch (request.type) {
      case 'product-event': {
        // The same filters as a delivered event (never lenient): a user sends it, so not self-generated.
        const event = request.event as ProductEvent;
        // Forge reads the properties itself: from the emulator's store (never a logged, charged request), or from a real site.
        const runtime = emulator ? runtimeOf(emulator, event, filterPaths) : await runtimeFromJira(connection, users.app, event, filterPaths);
        const admission = productEvents.admit(event, false, runtime);
        const modules = admission?.receiving ?? [];
        return { type: request.type, ran: modules.length > 0 ? await runProductEvent(runner, identity, event, modules) : [], ignoredBy: admission?.ignoredBy ?? [] };
      }
      case 'lifecycle': return { type: request.type, ran: await runLifecycle(runner, identity, request.event, installedApp) };
      case 'scheduled': return { type: request.type, ran: await runScheduled(runner, identity, request.key) };
      case 'queue': return { type: request.type, ran: await queue.drain() };
    }
  }

  const app = express();
  app.disable('x-powered-by');
  app.use(forgeApiRouter({
    users: () => users,
    invokeAs,
    trigger,
    productEvents: () => ({ enabled: productEvents.enabled, pending: productEvents.pending, events: productEvents.deliveries() }),
    requestJiraAs: (user, requestPath, init) => requestJira(connection, user, requestPath, init, { appId: manifest.appId }),
    gadgetExists: (id) => gadgets.has(id),
    gadgetConfiguration: (id) => gadgetConfigs.get(id) ?? {},
    saveGadgetConfiguration: (id, configuration) => { gadgetConfigs.set(id, configuration); },
    addIssuePanel: async (user, issueKey, moduleKey) => {
      const module = manifest.module(moduleKey);
      if (!module || module.type !== 'jira:issuePanel') return { status: 404, message: `No jira:issuePanel '${moduleKey}' in manifest.yml` };
      const read = await requestJira(connection, user, `/rest/api/3/issue/${encodeURIComponent(issueKey)}?fields=issuetype`);
      if (!read.ok) return { status: read.status, message: `${issueKey} cannot be read as ${user.name} (${read.status})` };
      const issue = (await read.json()) as { id: string; fields: { issuetype?: { name?: string } } };
      const types = displayIssueTypes(module);
      if (types.length > 0 && !types.includes(issue.fields.issuetype?.name ?? '')) {
        return { status: 400, message: `${moduleKey} does not show on a ${issue.fields.issuetype?.name ?? 'issue'} (displayConditions.issueType)` };
      }
      issuePanels.add(issue.id, moduleKey);
      return { status: 204 };
    },
  }));
  app.use('/__forge/resources', staticResourcesRouter(manifest));
  app.use(forgeAssetsRouter());
  app.use(pagesRouter({
    connection, identity, manifest, users: () => users, gadgetConfiguration: (id) => gadgetConfigs.get(id) ?? {}, issuePanels,
  }));
  // A reset starts the whole sandbox over: Jira's data and everything the app stored (Forge storage,
  // queued jobs, gadget configurations, added issue panels), not only the emulator.
  app.post('/__sandbox/reset', express.json(), (req, res, next) => {
    const seed = (req.body as { seed?: unknown } | undefined)?.seed ?? options.seed ?? 'demo';
    if (seed !== 'demo' && seed !== 'empty') { next(); return; }
    host.reset(seed);
    // The install event's runs are in the answer, so a failing one is seen where the reset was asked.
    const installed = options.installEvent ? install() : Promise.resolve(null);
    installed.then((runs) => res.json({
      seed, issues: emulator?.store.issues().length ?? 0, ...(runs ? { installed: runs.map((r) => ({ moduleKey: r.moduleKey, ok: r.ok, ...(r.error ? { error: r.error } : {}) })) } : {}),
    }), next);
  });
  if (emulator) app.use(emulator.router);
  if (xray) app.use('/__xray', xray.router);

  const host: ForgeHost = {
    app,
    emulator,
    xray,
    manifest,
    kvs,
    queue,
    productEvents,
    users: () => users,
    url: () => requireUrl(baseUrl),
    async listen(port) {
      if (realSite) ({ users, cloudId } = await siteIdentity(realSite));
      const listening = app.listen(port ?? options.port ?? 0);
      server = listening;
      await new Promise<void>((resolve, reject) => {
        listening.once('listening', resolve);
        listening.once('error', reject);
      });
      const address = listening.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      baseUrl = `http://localhost:${actualPort}`;
      internalUrl = `http://127.0.0.1:${actualPort}`;
      if (options.installEvent) await install();
      return baseUrl;
    },
    async close() {
      unsubscribeChanges();
      await productEvents.stop();
      queue.clear();
      unregister();
      const closing = server;
      server = null;
      if (!closing) return;
      await new Promise<void>((resolve) => {
        closing.close(() => resolve());
        closing.closeAllConnections();
      });
    },
    invoke: async (who, request) => {
      const user = users.find(who);
      if (!user) return { status: 401, body: { error: { code: 'UNAUTHORIZED', message: `No sandbox user '${who}'` } } };
      return invokeAs(user, request);
    },
    trigger,
    install,
    runAs: (who, fn) => {
      const user = who === null ? null : users.find(who);
      if (who !== null && !user) return Promise.reject(new Error(`No sandbox user '${who}'`));
      return runInScope(newScope(runtimeHost, { user: user ?? null, moduleKey: 'sandbox', moduleType: 'sandbox', functionKey: 'sandbox' }), fn);
    },
    reset(seed = options.seed ?? 'demo') {
      emulator?.reset(seed);
      xray?.reset(seed);
      kvs.clear();
      seedAppStorage(seed);
      queue.clear();
      productEvents.clear();
      gadgetConfigs.clear();
      seedIssuePanels(seed);
    },
    settings,
  };
  return host;
}
