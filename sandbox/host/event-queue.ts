/**
 * Forge async events (@forge/events 3.0.8) in process. `Queue.push` posts
 * `/webhook/queue/publish/{contextAri}/...` through `__forge_fetch__` (an app request to
 * "stargate"); `getStats` and `cancel` post to `/webhook/queue/stats|cancel/...`. This records each
 * job and its events, answers those posts the way the validators in @forge/events expect (201, 200
 * {success, inProgress, failed}, 204, 404 for an unknown job), and runs the manifest's consumer for
 * each event: on its own after `delayInSeconds` (auto mode) or when the host drains the queue.
 *
 * Delivery is "at least once": "Async Events are automatically retried within the retention window
 * until they are successfully delivered", and runtime errors and timeouts are app-level errors that
 * are retried too, with exponential backoff up to about 15 minutes, within a 24-hour retention
 * window (https://developer.atlassian.com/platform/forge/limits-async-events/). So a consumer must be
 * safe to run again. A consumer that returns `new InvocationError(...)` is retried after its
 * `retryAfter` (at most 900 s) with a retryContext. The retention window is counted in the delays
 * between attempts, so a drained queue (tests) gives up on a failing event as Forge would, at once.
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/
 */
import { randomUUID } from 'node:crypto';
import { errorOf } from './thrown-error';

export interface QueuedEvent {
  queueName: string;
  jobId: string;
  eventId: string;
  body: Record<string, unknown>;
  /** The user whose invocation pushed the event, if any. */
  pushedBy: string | null;
  retryContext?: { retryCount: number; retryReason: string; retryData: unknown };
}

export type ConsumerOutcome = { kind: 'done'; result: unknown } | { kind: 'retry'; retryAfterSeconds: number; retryReason: string; retryData: unknown };

export interface ConsumerRun {
  queueName: string;
  jobId: string;
  eventId: string;
  status: 'success' | 'failed' | 'cancelled';
  attempts: number;
  result?: unknown;
  error?: { code: string; message: string };
}

type RunConsumer = (event: QueuedEvent) => Promise<ConsumerOutcome>;

interface EventState {
  event: QueuedEvent;
  status: 'pending' | 'running' | 'success' | 'failed' | 'cancelled';
  attempts: number;
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  /** Delays between attempts so far: the retention window is spent when they pass 24 h. */
  waitedMs: number;
}

interface Job { queueName: string; jobId: string; events: EventState[] }

/** "within a 24 h retention window" */
const RETENTION_MS = 24 * 3_600_000;
/** Backoff after an app error: doubling from 2 s, at most about 15 minutes. */
const backoffMs = (retry: number) => Math.min(900_000, 2_000 * 2 ** (retry - 1));
const QUEUE_NAME = /^[a-zA-Z0-9-_]+$/;

export interface QueueReply { status: number; body?: unknown }

export class AsyncEventQueue {
  private readonly jobs = new Map<string, Job>();
  private unreported: ConsumerRun[] = [];

  constructor(private readonly runConsumer: RunConsumer, private readonly autoRun: boolean) {}

  /** Answers a `/webhook/queue/...` post from @forge/events. */
  handle(path: string, body: Record<string, unknown>, pushedBy: string | null): QueueReply {
    if (path.startsWith('/webhook/queue/publish/')) return this.publish(body, pushedBy);
    if (path.startsWith('/webhook/queue/stats/')) return this.stats(body);
    if (path.startsWith('/webhook/queue/cancel/')) return this.cancel(body);
    return { status: 404, body: { message: `Unknown queue operation ${path}` } };
  }

  private publish(body: Record<string, unknown>, pushedBy: string | null): QueueReply {
    const queueName = String(body.queueName ?? '');
    const jobId = String(body.jobId ?? '');
    const payload = body.payload as Array<{ body: Record<string, unknown>; delayInSeconds?: number }> | undefined;
    if (!QUEUE_NAME.test(queueName) || !jobId || !Array.isArray(payload) || payload.length === 0) {
      return { status: 400, body: { message: 'Invalid push request', errors: ['queueName, jobId and payload are required'] } };
    }
    const job: Job = { queueName, jobId, events: [] };
    this.jobs.set(jobId, job);
    for (const pushed of payload) {
      const state: EventState = {
        event: { queueName, jobId, eventId: randomUUID(), body: pushed.body, pushedBy },
        status: 'pending',
        attempts: 0,
        waitedMs: 0,
      };
      job.events.push(state);
      if (this.autoRun) this.schedule(state, (pushed.delayInSeconds ?? 0) * 1000);
    }
    return { status: 201, body: { jobId } };
  }

  private stats(body: Record<string, unknown>): QueueReply {
    const job = this.jobs.get(String(body.jobId));
    if (!job || job.queueName !== body.queueName) return { status: 404, body: { message: 'Job not found' } };
    const count = (...statuses: EventState['status'][]) => job.events.filter((e) => statuses.includes(e.status)).length;
    return { status: 200, body: { success: count('success'), inProgress: count('pending', 'running'), failed: count('failed', 'cancelled') } };
  }

  private cancel(body: Record<string, unknown>): QueueReply {
    const job = this.jobs.get(String(body.jobId));
    if (!job || job.queueName !== body.queueName) return { status: 404, body: { message: 'Job not found' } };
    for (const state of job.events.filter((e) => e.status === 'pending')) {
      clearTimeout(state.timer);
      state.status = 'cancelled';
      this.report(state);
    }
    return { status: 204 };
  }

  private schedule(state: EventState, delayMs: number): void {
    clearTimeout(state.timer);
    state.timer = setTimeout(() => { void this.start(state); }, delayMs);
    state.timer.unref();
  }

  private start(state: EventState): Promise<void> {
    if (state.status !== 'pending') return state.running ?? Promise.resolve();
    clearTimeout(state.timer);
    state.status = 'running';
    state.running = this.attempt(state).finally(() => { state.running = undefined; });
    return state.running;
  }

  private async attempt(state: EventState): Promise<void> {
    state.attempts += 1;
    let outcome: ConsumerOutcome;
    let lastError: { code: string; message: string } | undefined;
    try {
      outcome = await this.runConsumer(state.event);
    } catch (e) {
      lastError = errorOf(e);
      const retryReason = lastError.code === 'FUNCTION_TIME_OUT' ? 'FUNCTION_TIME_OUT' : 'FUNCTION_PLATFORM_UNKNOWN_ERROR';
      const retry = (state.event.retryContext?.retryCount ?? 0) + 1;
      outcome = { kind: 'retry', retryAfterSeconds: backoffMs(retry) / 1000, retryReason, retryData: undefined };
    }
    if (outcome.kind === 'done') {
      state.status = 'success';
      this.report(state, outcome.result);
      return;
    }
    const retryCount = (state.event.retryContext?.retryCount ?? 0) + 1;
    const delayMs = Math.min(900, Math.max(1, outcome.retryAfterSeconds)) * 1000;
    if (state.waitedMs + delayMs > RETENTION_MS) {
      state.status = 'failed';
      this.report(state, undefined, lastError ?? { code: 'RETENTION_EXCEEDED', message: `The event was retried ${retryCount - 1} times over 24 hours and dropped` });
      return;
    }
    state.waitedMs += delayMs;
    state.event = { ...state.event, retryContext: { retryCount, retryReason: outcome.retryReason, retryData: outcome.retryData } };
    state.status = 'pending';
    if (this.autoRun) this.schedule(state, delayMs);
  }

  private report(state: EventState, result?: unknown, error?: { code: string; message: string }): void {
    const { queueName, jobId, eventId } = state.event;
    this.unreported.push({
      queueName, jobId, eventId, status: state.status as ConsumerRun['status'], attempts: state.attempts,
      ...(result !== undefined ? { result } : {}), ...(error ? { error } : {}),
    });
  }

  private active(): EventState[] {
    return [...this.jobs.values()].flatMap((j) => j.events).filter((e) => e.status === 'pending' || e.status === 'running');
  }

  /** Runs every queued event now (delays and retry waits skipped), waits for all, and returns what ran since the last drain. */
  async drain(): Promise<ConsumerRun[]> {
    for (let active = this.active(); active.length > 0; active = this.active()) {
      await Promise.all(active.map((state) => this.start(state)));
    }
    const runs = this.unreported;
    this.unreported = [];
    return runs;
  }

  clear(): void {
    for (const job of this.jobs.values()) for (const e of job.events) clearTimeout(e.timer);
    this.jobs.clear();
    this.unreported = [];
  }
}
