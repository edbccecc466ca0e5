/**
 * The project metrics as the gadget asks for them: from the cache when a fresh result exists,
 * computed right away when the project is small enough for one resolver call, otherwise as a job on
 * the `metrics-jobs` queue whose progress the gadget polls (`getMetricsJob`). The consumer computes
 * as the app (no user is present) and stores the result under the same cache key.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors';
import { isJiraError, isNotFound } from '../../jira';
import { calendarDayIn, defectScopeJql } from '../../domain/metrics';
import type { MetricsJobResult, ProjectMetricsResult } from '../../contracts/metrics';
import { loadSettingsForMetrics } from '../settings/settings-store';
import { isFresh, metricsCacheKey, readCachedMetrics, writeCachedMetrics } from './metrics-cache';
import { appMetricsJira, userMetricsJira, type MetricsJira } from './metrics-jira';
import {
  JOB_STALE_MS, jobResult, progressWriter, readJob, runningJobFor, runningMarkerKey, writeJob, type MetricsJobRecord,
} from './metrics-jobs';
import { forgeKeyValueStore, forgeMetricsQueue, systemClock, type Clock, type JobQueue, type KeyValueStore } from './ports';
import { computeProjectMetrics, type ProjectMetricsRequest } from './project-metrics';

/** Defects one 25-second resolver call computes comfortably; beyond, the queue takes over. */
export const DEFAULT_QUEUE_THRESHOLD = 5000;
/** A cached result younger than this is answered without recomputing. */
export const DEFAULT_MAX_AGE_MS = 12 * 3600 * 1000;
/** The forge environment variable that overrides the threshold (`forge variables set`). */
export const QUEUE_THRESHOLD_VARIABLE = 'METRICS_QUEUE_THRESHOLD';

export interface MetricsServiceDeps {
  jira: MetricsJira;
  store: KeyValueStore;
  queue: JobQueue;
  clock: Clock;
  /** More defects in scope than this and the work goes to the queue. */
  queueThreshold: number;
  maxAgeMs: number;
}

export function thresholdFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env[QUEUE_THRESHOLD_VARIABLE]);
  return Number.isInteger(value) && value >= 0 ? value : DEFAULT_QUEUE_THRESHOLD;
}

function withDefaults(deps: Partial<MetricsServiceDeps>, transport: () => MetricsJira): MetricsServiceDeps {
  return {
    jira: deps.jira ?? transport(),
    store: deps.store ?? forgeKeyValueStore(),
    queue: deps.queue ?? forgeMetricsQueue(),
    clock: deps.clock ?? systemClock,
    queueThreshold: deps.queueThreshold ?? thresholdFromEnvironment(),
    maxAgeMs: deps.maxAgeMs ?? DEFAULT_MAX_AGE_MS,
  };
}

export interface DefectEstimate {
  exceeds: boolean;
  /** The number of defects in scope, as Jira estimates it. */
  count: number;
}

/**
 * Whether the scope holds more than `limit` defects, from POST /search/approximate-count: one request
 * and one rate-limit point whatever the count (counting id pages cost up to 20 requests and stopped
 * at 100,000, so a threshold above that was ignored). "Recent updates might not be immediately
 * visible" in the estimate: it decides where to compute, not what the figures are.
 */
export async function estimateDefects(jira: MetricsJira, scopeJql: string, limit: number): Promise<DefectEstimate> {
  const count = await jira.client.countIssues(scopeJql);
  return { exceeds: count > limit, count };
}

export interface ProjectMetricsQuery extends ProjectMetricsRequest {
  refresh?: boolean;
  /** The viewer's time zone (Forge context), for "today". */
  timeZone?: string;
  /** The viewer (Forge context): a cached result is theirs alone. */
  accountId: string;
}

export async function getProjectMetrics(query: ProjectMetricsQuery, partialDeps: Partial<MetricsServiceDeps> = {}): Promise<ProjectMetricsResult> {
  const deps = withDefaults(partialDeps, userMetricsJira);
  const { jira, store } = deps;
  const callsBefore = jira.calls;
  const { refresh, timeZone = 'UTC', accountId, ...request } = query;
  const settings = await loadSettingsForMetrics(jira.client, request.projectKey);
  const cacheKey = metricsCacheKey(request, settings, { accountId, timeZone });
  const now = deps.clock();

  if (!refresh) {
    const cached = await readCachedMetrics(store, cacheKey);
    if (cached && isFresh(cached, now, deps.maxAgeMs)) return { status: 'ready', fromCache: true, ...cached };
  }
  const running = await runningJobFor(store, cacheKey, now);
  if (running) return { status: 'running', jobId: running.jobId, progress: running.progress, startedAt: running.startedAt };

  const estimate = await estimateDefects(jira, defectScopeJql(request, settings), deps.queueThreshold);
  if (!estimate.exceeds) {
    const run = await computeProjectMetrics(jira, request, settings, { today: calendarDayIn(now, timeZone), now });
    const metrics = { ...run.metrics, jiraCalls: jira.calls - callsBefore };
    await writeCachedMetrics(store, cacheKey, metrics);
    return { status: 'ready', fromCache: false, ...metrics };
  }

  const job: MetricsJobRecord = {
    jobId: randomUUID(),
    status: 'running',
    progress: { phase: 'queued', done: 0, total: estimate.count },
    request,
    settings,
    cacheKey,
    timeZone,
    viewerAccountId: accountId,
    startedAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await writeJob(store, job);
  await store.set(runningMarkerKey(cacheKey), job.jobId, JOB_STALE_MS / 1000);
  try {
    await deps.queue.push({ metricsJobId: job.jobId });
  } catch (error) {
    // Nobody will run it: leave no marker that would make the next viewers wait for it.
    await store.delete(runningMarkerKey(cacheKey));
    await writeJob(store, { ...job, status: 'failed', error: failureOf(error) });
    throw new AppError('JIRA_UNAVAILABLE', 'The metrics computation could not be queued. Try again in a few minutes.');
  }
  return { status: 'running', jobId: job.jobId, progress: job.progress, startedAt: job.startedAt };
}

/** A poll of a queued computation, by the person who asked for it (while they may browse its project). */
export async function getMetricsJob(jobId: string, accountId: string, partialDeps: Partial<MetricsServiceDeps> = {}): Promise<MetricsJobResult> {
  const deps = withDefaults(partialDeps, userMetricsJira);
  const found = await readJob(deps.store, jobId);
  // Someone else's job is answered as unknown: its figures are theirs (older records name no viewer).
  const job = found && (found.viewerAccountId === undefined || found.viewerAccountId === accountId) ? found : undefined;
  if (!job) throw new AppError('NOT_FOUND', 'This metrics computation is unknown or has expired. Ask for the metrics again.');
  // Jira answers 404 for a project the caller cannot see at all: that is "no permission" too.
  const permissions = await deps.jira.client.myPermissions({ projectKey: job.request.projectKey }, ['BROWSE_PROJECTS'])
    .catch((error: unknown) => {
      if (isNotFound(error)) return { BROWSE_PROJECTS: false };
      throw error;
    });
  if (!permissions.BROWSE_PROJECTS) throw new AppError('FORBIDDEN', `You do not have permission to browse project ${job.request.projectKey}.`);
  return jobResult(deps.store, job, deps.clock());
}

function failureOf(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  if (isJiraError(error)) {
    const code = error.status === 400 ? 'VALIDATION' : error.status === 401 || error.status === 403 ? 'FORBIDDEN' : error.status === 404 ? 'NOT_FOUND' : 'JIRA_UNAVAILABLE';
    return { code, message: error.message };
  }
  return { code: 'INTERNAL', message: `The metrics could not be computed: ${error instanceof Error ? error.message : String(error)}` };
}

/**
 * The queue consumer's work: computes the job as the app, writing progress as it goes, then the
 * result to the cache and the outcome to the job. A failure is recorded on the job for the poller
 * (the Jira client has already retried what can be retried).
 */
export async function runMetricsJob(jobId: string, partialDeps: Partial<MetricsServiceDeps> = {}): Promise<MetricsJobRecord['status'] | 'unknown'> {
  const deps = withDefaults(partialDeps, appMetricsJira);
  const { store, clock } = deps;
  const job = await readJob(store, jobId);
  if (!job) {
    console.warn(`Metrics job ${jobId} has no record (expired or never written); nothing to compute.`);
    return 'unknown';
  }
  const progress = progressWriter(store, job, clock);
  const expected = job.progress.total;
  progress.update({ phase: 'defects', done: 0, total: expected });
  try {
    const now = clock();
    const run = await computeProjectMetrics(deps.jira, job.request, job.settings, {
      today: calendarDayIn(now, job.timeZone),
      now,
      onProgress: (step) => progress.update({ ...step, total: step.total ?? expected }),
    });
    const metrics = { ...run.metrics, computedAt: clock().toISOString() };
    if (!(await writeCachedMetrics(store, job.cacheKey, metrics))) {
      // The poller reads the figures from the cache; when they cannot be kept, say so instead of "no longer stored".
      throw new AppError('JIRA_UNAVAILABLE', 'The metrics were computed but could not be kept for the gadget to show. '
        + 'Refresh to try again; if it keeps happening, choose a shorter period or fewer groups.');
    }
    await progress.flushed();
    await writeJob(store, { ...job, status: 'done', progress: { phase: 'done', done: run.defectsFetched, total: run.defectsFetched }, updatedAt: clock().toISOString() });
    await store.delete(runningMarkerKey(job.cacheKey));
    return 'done';
  } catch (error) {
    await progress.flushed();
    await writeJob(store, { ...job, status: 'failed', error: failureOf(error), updatedAt: clock().toISOString() });
    await store.delete(runningMarkerKey(job.cacheKey));
    return 'failed';
  }
}
