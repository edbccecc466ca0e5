/**
 * Metrics computations too large for one 25-second resolver call run in the `metrics-jobs` queue
 * consumer (900 s). A job is a record in Forge storage: what to compute (request and the settings
 * snapshot its cache key was made from), its progress (phase, done of total), and at the end its
 * outcome; the result itself goes to the cache. A marker per cache key keeps a second viewer from
 * starting the same job twice.
 */
import type { MetricsSettings } from '../../domain/metrics';
import type { MetricsJobProgress, MetricsJobResult } from '../../contracts/metrics';
import type { KeyValueStore } from './ports';
import type { ProjectMetricsRequest } from './project-metrics';
import { readCachedMetrics } from './metrics-cache';

/** Job records outlive their result's usefulness by a day, then storage drops them. */
export const JOB_TTL_SECONDS = 24 * 3600;
/** Longer than the consumer's 900 s timeout: a running job not updated for this long has died. */
export const JOB_STALE_MS = 16 * 60 * 1000;
/** Progress is written at most this often (and on every phase change). */
export const PROGRESS_INTERVAL_MS = 1000;

export interface MetricsJobRecord {
  jobId: string;
  status: 'running' | 'done' | 'failed';
  progress: MetricsJobProgress;
  request: ProjectMetricsRequest;
  settings: MetricsSettings;
  cacheKey: string;
  /** The requester's time zone: "today" for overdue action items is theirs. */
  timeZone: string;
  /** Who asked: the result is shown to them alone (absent in records from before viewers were kept). */
  viewerAccountId?: string;
  startedAt: string;
  updatedAt: string;
  error?: { code: string; message: string };
}

export const jobKey = (jobId: string): string => `metrics:job:${jobId}`;

/** The marker naming the job that is computing a cache entry. */
export const runningMarkerKey = (cacheKey: string): string => cacheKey.replace(/^metrics:result:/, 'metrics:running:');

export async function readJob(store: KeyValueStore, jobId: string): Promise<MetricsJobRecord | undefined> {
  return store.get<MetricsJobRecord>(jobKey(jobId));
}

export async function writeJob(store: KeyValueStore, job: MetricsJobRecord): Promise<void> {
  await store.set(jobKey(job.jobId), job, JOB_TTL_SECONDS);
}

export function isStale(job: MetricsJobRecord, now: Date): boolean {
  return job.status === 'running' && now.getTime() - Date.parse(job.updatedAt) > JOB_STALE_MS;
}

/** The running job for a cache entry, if one is alive. */
export async function runningJobFor(store: KeyValueStore, cacheKey: string, now: Date): Promise<MetricsJobRecord | undefined> {
  const jobId = await store.get<string>(runningMarkerKey(cacheKey));
  if (jobId === undefined) return undefined;
  const job = await readJob(store, jobId);
  return job && job.status === 'running' && !isStale(job, now) ? job : undefined;
}

/** What a poll of the job answers: progress, the result from the cache, or why it failed. */
export async function jobResult(store: KeyValueStore, job: MetricsJobRecord, now: Date): Promise<MetricsJobResult> {
  if (isStale(job, now)) {
    return {
      status: 'failed',
      jobId: job.jobId,
      error: { code: 'INTERNAL', message: 'The metrics computation stopped without finishing (it may have run out of time). Refresh to start it again.' },
    };
  }
  if (job.status === 'failed') {
    return { status: 'failed', jobId: job.jobId, error: job.error ?? { code: 'INTERNAL', message: 'The metrics computation failed.' } };
  }
  if (job.status === 'running') return { status: 'running', jobId: job.jobId, progress: job.progress, startedAt: job.startedAt };
  const metrics = await readCachedMetrics(store, job.cacheKey);
  if (!metrics) {
    return { status: 'failed', jobId: job.jobId, error: { code: 'NOT_FOUND', message: 'The computed metrics are no longer stored. Refresh to compute them again.' } };
  }
  return { status: 'ready', fromCache: false, ...metrics };
}

/**
 * Writes progress without flooding storage: a phase change is written at once, counts at most every
 * PROGRESS_INTERVAL_MS; writes are chained so an older one never lands after a newer one.
 */
export function progressWriter(store: KeyValueStore, job: MetricsJobRecord, clock: () => Date) {
  let lastWrite = 0;
  let chain: Promise<void> = Promise.resolve();
  return {
    update(progress: MetricsJobProgress): void {
      const now = clock();
      const phaseChanged = progress.phase !== job.progress.phase;
      job.progress = progress;
      if (!phaseChanged && now.getTime() - lastWrite < PROGRESS_INTERVAL_MS) return;
      lastWrite = now.getTime();
      const snapshot = { ...job, progress: { ...progress }, updatedAt: now.toISOString() };
      chain = chain.then(() => writeJob(store, snapshot)).catch((error: unknown) => {
        console.warn('Could not record the metrics job progress', error);
      });
    },
    flushed: () => chain,
  };
}
