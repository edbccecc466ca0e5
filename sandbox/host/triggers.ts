/**
 * The app's backend entry points that no user calls: product-event triggers
 * (`avi:jira:updated:issue`, `avi:jira:created:issuelink`, ...), scheduled triggers and async-event
 * queue consumers. Each runs as the app (no acting user), with the event and context shapes Forge
 * passes. `POST /__forge/trigger`, the queue and the product-event delivery use these.
 * A trigger's `filter.ignoreSelf` (on the module or on one event entry) keeps from it the events the
 * app's own requests caused; the delivery applies it, a manual POST /__forge/trigger does not.
 * https://developer.atlassian.com/platform/forge/events-reference/product_events/
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/trigger/
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/
 */
import type { ConsumerOutcome, ConsumerRun, QueuedEvent } from './event-queue';
import { errorOf } from './thrown-error';
import { installContextOf, type FunctionRunner, type SiteInfo } from './functions';
import type { ForgeManifest, ManifestEventEntry, ManifestModule } from './manifest';
import { parseExpression, runtimePropertyPaths, type ExpressionTree, type RuntimePropertyPath } from './jira-expression';

export interface TriggerRun {
  moduleKey: string;
  functionKey: string;
  ok: boolean;
  result?: unknown;
  error?: { code: string; message: string };
}

/** The app's own life-cycle events Forge sends to its triggers. */
export const LIFECYCLE_EVENTS = { installed: 'avi:forge:installed:app', upgraded: 'avi:forge:upgraded:app' } as const;
export type LifecycleEvent = keyof typeof LIFECYCLE_EVENTS;

export type TriggerRequest =
  | { type: 'product-event'; event: Record<string, unknown> }
  | { type: 'lifecycle'; event: LifecycleEvent }
  | { type: 'scheduled'; key?: string }
  | { type: 'queue' };

export interface TriggerOutcome {
  type: TriggerRequest['type'];
  ran: Array<TriggerRun | ConsumerRun>;
  /** For a product event: the subscribed trigger modules whose filter kept the event from them. */
  ignoredBy?: Array<{ moduleKey: string; reason: string }>;
}

export function validateTriggerRequest(body: unknown): TriggerRequest | string {
  const b = (body ?? {}) as Record<string, unknown>;
  switch (b.type) {
    case 'product-event': {
      const event = b.event as Record<string, unknown> | undefined;
      if (!event || typeof event !== 'object' || typeof event.eventType !== 'string') {
        return 'product-event needs "event" with an "eventType", e.g. avi:jira:updated:issue';
      }
      return { type: 'product-event', event };
    }
    case 'lifecycle':
      if (b.event !== 'installed' && b.event !== 'upgraded') return 'lifecycle needs "event": "installed" or "upgraded"';
      return { type: 'lifecycle', event: b.event };
    case 'scheduled':
      if (b.key !== undefined && typeof b.key !== 'string') return 'key must be a string';
      return { type: 'scheduled', key: b.key as string | undefined };
    case 'queue':
      return { type: 'queue' };
    default:
      return 'type must be one of product-event, lifecycle, scheduled, queue';
  }
}

async function runAsApp(runner: FunctionRunner, module: ManifestModule, event: unknown, context: unknown): Promise<TriggerRun> {
  const functionKey = runner.manifest.functionOf(module)?.key ?? '';
  try {
    const result = await runner.call(module, null, event, context);
    return { moduleKey: module.key, functionKey, ok: true, ...(result !== undefined ? { result } : {}) };
  } catch (e) {
    return { moduleKey: module.key, functionKey, ok: false, error: errorOf(e) };
  }
}

/** A `trigger` module subscribed to one event type, whether it ignores events the app caused, and its filter expression. */
export interface ProductEventSubscription {
  module: ManifestModule;
  ignoreSelf: boolean;
  expression?: ExpressionTree;
  onError?: string;
}

const eventTypeOf = (entry: ManifestEventEntry): string => (typeof entry === 'string' ? entry : entry.eventType);

/** Every `trigger` module subscribed to `eventType`, in manifest order, with the filter that applies (the entry's, else the module's). */
export function productEventSubscriptions(manifest: ForgeManifest, eventType: string): ProductEventSubscription[] {
  return manifest.modulesOfType('trigger').flatMap((module) => {
    const entry = (module.events ?? []).find((e) => eventTypeOf(e) === eventType);
    if (entry === undefined) return [];
    const filter = (typeof entry === 'object' ? entry.filter : undefined) ?? module.filter;
    return [{
      module,
      ignoreSelf: filter?.ignoreSelf === true,
      ...(filter?.expression ? { expression: parseExpression(filter.expression), onError: filter.onError } : {}),
    }];
  });
}

/** "5 paths total": distinct entity property paths across all trigger filters of an app. */
export const MAX_RUNTIME_PROPERTY_PATHS = 5;

/**
 * Parses every trigger's filter expression once, so the host refuses to start on one it cannot
 * evaluate, and returns the entity property paths the filters read (`event.runtime...`).
 */
export function checkTriggerFilters(manifest: ForgeManifest): RuntimePropertyPath[] {
  const paths: RuntimePropertyPath[] = [];
  for (const module of manifest.modulesOfType('trigger')) {
    for (const entry of module.events ?? []) {
      for (const s of productEventSubscriptions(manifest, eventTypeOf(entry))) {
        for (const p of s.expression ? runtimePropertyPaths(s.expression) : []) {
          if (!paths.some((q) => q.entity === p.entity && q.key === p.key && q.path.join('.') === p.path.join('.'))) paths.push(p);
        }
      }
    }
  }
  if (paths.length > MAX_RUNTIME_PROPERTY_PATHS) {
    throw new Error(`manifest.yml: trigger filters read ${paths.length} entity property paths; Forge allows ${MAX_RUNTIME_PROPERTY_PATHS} across all triggers`);
  }
  return paths;
}

/** Runs the event through `modules` (default: every `trigger` module subscribed to its type), in order. */
export async function runProductEvent(
  runner: FunctionRunner, site: SiteInfo, event: Record<string, unknown>,
  modules: ManifestModule[] = productEventSubscriptions(runner.manifest, String(event.eventType)).map((s) => s.module),
): Promise<TriggerRun[]> {
  const runs: TriggerRun[] = [];
  for (const module of modules) {
    const forgeEvent = { ...event, context: { cloudId: site.cloudId, moduleKey: module.key, ...(event.context as object | undefined) } };
    runs.push(await runAsApp(runner, module, forgeEvent, { installContext: installContextOf(site) }));
  }
  return runs;
}

/**
 * The app's life-cycle event to every `trigger` subscribed to it, with the payload Forge documents
 * (`id` of the installation, `app` {id, version}, `environment` {id}; the installer is optional and
 * left out): avi:forge:installed:app "is sent when an app has been installed on a site".
 * https://developer.atlassian.com/platform/forge/events-reference/life-cycle/
 */
export async function runLifecycle(
  runner: FunctionRunner, site: SiteInfo, event: LifecycleEvent, app: { id: string; version: string; installationId: string; environmentId: string },
): Promise<TriggerRun[]> {
  const eventType = LIFECYCLE_EVENTS[event];
  const payload = { eventType, id: app.installationId, app: { id: app.id, version: app.version }, environment: { id: app.environmentId } };
  return runProductEvent(runner, site, payload);
}

/** Every `scheduledTrigger` (or only the one with `key`). */
export async function runScheduled(runner: FunctionRunner, site: SiteInfo, key?: string): Promise<TriggerRun[]> {
  const modules = runner.manifest.modulesOfType('scheduledTrigger').filter((m) => !key || m.key === key);
  if (key && modules.length === 0) throw Object.assign(new Error(`No scheduledTrigger '${key}' in manifest.yml`), { status: 404, code: 'MODULE_NOT_FOUND' });
  const runs: TriggerRun[] = [];
  for (const module of modules) {
    const event = { context: { cloudId: site.cloudId, moduleKey: module.key }, contextToken: 'sandbox', userAccess: { enabled: false } };
    runs.push(await runAsApp(runner, module, event, { installContext: installContextOf(site) }));
  }
  return runs;
}

function retryRequest(result: unknown): ConsumerOutcome | null {
  const r = result as { _retry?: unknown; retryOptions?: { retryAfter?: number; retryReason?: string; retryData?: unknown } } | null;
  if (!r || typeof r !== 'object' || r._retry !== true) return null;
  return {
    kind: 'retry',
    retryAfterSeconds: Math.max(1, r.retryOptions?.retryAfter ?? 1),
    retryReason: r.retryOptions?.retryReason ?? 'FUNCTION_RETRY_REQUEST',
    retryData: r.retryOptions?.retryData,
  };
}

/**
 * The consumers of the manifest, checked against @forge/events 2 and later: "a consumer is a
 * `function` (no `resolver`)", called with an AsyncEvent. The 1.x form `resolver: {function,
 * method}` is refused when the host starts, since the app's @forge/events would never call it that way.
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/ ("Upgrade to @forge/events major version 2")
 */
export function checkConsumers(manifest: ForgeManifest): void {
  for (const module of manifest.modulesOfType('consumer')) {
    if (module.resolver !== undefined) {
      throw new Error(`manifest.yml: consumer '${module.key}' uses the @forge/events 1.x form 'resolver: {function, method}'. `
        + 'Since @forge/events 2 a consumer names a `function`, called with an AsyncEvent whose body is what was pushed.');
    }
    if (typeof module.function !== 'string') throw new Error(`manifest.yml: consumer '${module.key}' names no function`);
  }
}

/** Runs the consumer of an event's queue: its function gets the AsyncEvent (`body` is what was pushed) and the context. */
export async function runConsumer(runner: FunctionRunner, site: SiteInfo, event: QueuedEvent): Promise<ConsumerOutcome> {
  const module = runner.manifest.modulesOfType('consumer').find((m) => m.queue === event.queueName);
  if (!module) throw Object.assign(new Error(`No consumer for queue '${event.queueName}' in manifest.yml`), { code: 'CONSUMER_NOT_FOUND' });
  const asyncEvent = {
    queueName: event.queueName, jobId: event.jobId, eventId: event.eventId, body: event.body,
    ...(event.retryContext ? { retryContext: event.retryContext } : {}),
  };
  const result = await runner.call(module, null, asyncEvent, { installContext: installContextOf(site) });
  return retryRequest(result) ?? { kind: 'done', result };
}
