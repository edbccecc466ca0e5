/**
 * Product events delivered the way Jira Cloud delivers them to a Forge app: asynchronously, a moment
 * after the change (never inside the request that made it), one at a time per host in the order
 * they happened, only to the `trigger` modules subscribed to the event type, and not to a trigger
 * whose `filter.ignoreSelf` is set when the app's own request caused the event, nor to one whose
 * `filter.expression` does not evaluate to true for it (jira-expression.ts). A failing trigger is
 * logged and kept in the record; nothing it throws reaches the host. The recent records are what
 * GET /__forge/events shows, and `idle()` lets a test wait until every event so far has been handled.
 * https://developer.atlassian.com/platform/forge/events-reference/product_events/
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { ManifestModule } from './manifest';
import type { ProductEvent } from './product-event-payloads';
import { errorOf } from './thrown-error';
import type { ProductEventSubscription, TriggerRun } from './triggers';
import { passesFilter } from './jira-expression';

export type DeliveryStatus = 'pending' | 'running' | 'delivered' | 'failed' | 'ignored';

export interface ProductEventRecord {
  id: number;
  eventType: string;
  /** When the change happened (host clock). */
  at: string;
  /** The app's own code made the change (through requestJira), so `ignoreSelf` triggers skip it. */
  selfGenerated: boolean;
  status: DeliveryStatus;
  /** Trigger modules the event goes to. */
  deliverTo: string[];
  /** Trigger modules subscribed to the type whose filter kept the event from them. */
  ignoredBy: Array<{ moduleKey: string; reason: string }>;
  event: ProductEvent;
  /** Each trigger run, once delivered. */
  runs: TriggerRun[];
  /** What went wrong outside the triggers themselves. */
  error?: { code: string; message: string };
  deliveredAt?: string;
}

export interface ProductEventDeliveryOptions {
  enabled: boolean;
  /** The trigger modules subscribed to an event type. */
  subscriptions: (eventType: string) => ProductEventSubscription[];
  /** Runs the event through these trigger modules. */
  deliver: (event: ProductEvent, modules: ManifestModule[]) => Promise<TriggerRun[]>;
  /** How long after the change an event is delivered (default 0: on the next turn of the event loop). */
  delayMs?: number;
  /** How many records GET /__forge/events keeps (default 200). */
  historySize?: number;
  /** Where failures are reported (default: stderr). */
  log?: (message: string) => void;
}

export interface Admission {
  receiving: ManifestModule[];
  ignoredBy: Array<{ moduleKey: string; reason: string }>;
}

interface Queued { record: ProductEventRecord; modules: ManifestModule[]; dueAt: number }

const IGNORE_SELF_REASON = 'filter.ignoreSelf: the app itself made this change';

export class ProductEventDelivery {
  readonly enabled: boolean;
  private readonly records: ProductEventRecord[] = [];
  private queue: Queued[] = [];
  private worker: Promise<void> | null = null;
  private delivering = false;
  private idleWaiters: Array<() => void> = [];
  private nextId = 1;
  private readonly delayMs: number;
  private readonly historySize: number;
  private readonly log: (message: string) => void;

  constructor(private readonly options: ProductEventDeliveryOptions) {
    this.enabled = options.enabled;
    this.delayMs = Math.max(0, options.delayMs ?? 0);
    this.historySize = Math.max(1, options.historySize ?? 200);
    this.log = options.log ?? ((message) => { process.stderr.write(`${message}\n`); });
  }

  /**
   * Which subscribed trigger modules an event reaches and which filters keep it from the others
   * (ignoreSelf, then the expression, which sees entity properties under `event.runtime` while the
   * function gets the event without them); null when no trigger subscribes to its type.
   */
  admit(event: ProductEvent, selfGenerated: boolean, runtime: Record<string, unknown> = {}): Admission | null {
    const subscriptions = this.options.subscriptions(event.eventType);
    if (subscriptions.length === 0) return null;
    const receiving: ManifestModule[] = [];
    const ignoredBy: Admission['ignoredBy'] = [];
    for (const s of subscriptions) {
      if (selfGenerated && s.ignoreSelf) { ignoredBy.push({ moduleKey: s.module.key, reason: IGNORE_SELF_REASON }); continue; }
      const verdict = s.expression ? passesFilter(s.expression, { ...event, selfGenerated, runtime }, s.onError) : { deliver: true as const };
      if (verdict.deliver) receiving.push(s.module);
      else ignoredBy.push({ moduleKey: s.module.key, reason: verdict.reason });
    }
    return { receiving, ignoredBy };
  }

  /**
   * Takes an event as Jira emits it and schedules its delivery; returns its record, or null when no
   * trigger subscribes to its type (Jira sends nothing then).
   */
  emit(event: ProductEvent, selfGenerated: boolean, runtime: Record<string, unknown> = {}): ProductEventRecord | null {
    const admission = this.admit(event, selfGenerated, runtime);
    if (!admission) return null;
    const { receiving, ignoredBy } = admission;
    const record: ProductEventRecord = {
      id: this.nextId++,
      eventType: event.eventType,
      at: new Date().toISOString(),
      selfGenerated,
      status: receiving.length > 0 ? 'pending' : 'ignored',
      deliverTo: receiving.map((m) => m.key),
      ignoredBy,
      event,
      runs: [],
    };
    this.remember(record);
    if (receiving.length > 0) {
      this.queue.push({ record, modules: receiving, dueAt: Date.now() + this.delayMs });
      this.start();
    }
    return record;
  }

  /** Records an event that could not even be built (kept for inspection, logged). */
  reportFailure(eventType: string, error: unknown): void {
    const record: ProductEventRecord = {
      id: this.nextId++, eventType, at: new Date().toISOString(), selfGenerated: false, status: 'failed',
      deliverTo: [], ignoredBy: [], event: { eventType }, runs: [], error: errorOf(error),
    };
    this.remember(record);
    this.log(`Product event ${eventType} #${record.id} could not be built: ${record.error?.message ?? ''}`);
  }

  /** The recent records, newest first. */
  deliveries(): ProductEventRecord[] {
    return [...this.records].reverse();
  }

  /** Events emitted and not yet handled. */
  get pending(): number {
    return this.queue.length + (this.delivering ? 1 : 0);
  }

  /** Resolves once every event emitted so far (and any its triggers caused) has been handled. */
  idle(): Promise<void> {
    if (!this.worker && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => { this.idleWaiters.push(resolve); });
  }

  /** Drops queued events and the records (host reset); a delivery under way finishes. */
  clear(): void {
    this.queue = [];
    this.records.length = 0;
    if (!this.worker) this.settle();
  }

  /** Drops queued events and waits for a delivery under way (host close). */
  async stop(): Promise<void> {
    this.queue = [];
    await this.worker;
    this.settle();
  }

  private remember(record: ProductEventRecord): void {
    this.records.push(record);
    if (this.records.length > this.historySize) this.records.splice(0, this.records.length - this.historySize);
  }

  private start(): void {
    if (this.worker) return;
    this.worker = this.work().finally(() => {
      this.worker = null;
      if (this.queue.length > 0) this.start();
      else this.settle();
    });
  }

  private settle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private async work(): Promise<void> {
    for (let next = this.queue[0]; next; next = this.queue[0]) {
      await sleep(Math.max(0, next.dueAt - Date.now()), undefined, { ref: false });
      if (this.queue[0] !== next) continue;
      this.queue.shift();
      await this.deliver(next);
    }
  }

  private async deliver({ record, modules }: Queued): Promise<void> {
    record.status = 'running';
    this.delivering = true;
    try {
      record.runs = await this.options.deliver(record.event, modules);
      const failed = record.runs.filter((run) => !run.ok);
      record.status = failed.length > 0 ? 'failed' : 'delivered';
      for (const run of failed) {
        this.log(`Product event ${record.eventType} #${record.id}: trigger ${run.moduleKey} failed: ${run.error?.code ?? 'Error'}: ${run.error?.message ?? ''}`);
      }
    } catch (e) {
      record.status = 'failed';
      record.error = errorOf(e);
      this.log(`Product event ${record.eventType} #${record.id} could not be delivered: ${record.error.message}`);
    }
    this.delivering = false;
    record.deliveredAt = new Date().toISOString();
  }
}
