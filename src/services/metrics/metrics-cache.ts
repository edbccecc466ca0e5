/**
 * Computed figures in Forge storage, keyed by project, settings fingerprint, period, scope,
 * grouping and viewer (DESIGN.md section 3), each with the time it was computed. Figures are served
 * only to a viewer who would compute the same ones: same permissions and same time zone. Nothing
 * short of the same person is known to have the same permissions, so the key names the viewer's
 * account and time zone (the stricter reading: fewer viewers share a result). Storage keys allow only
 * [a-zA-Z0-9:._ -#], while component and version names allow anything, so the scope part of the
 * key is a hash.
 */
import { createHash } from 'node:crypto';
import { settingsFingerprint, type MetricsSettings } from '../../domain/metrics';
export { changedSinceJql } from '../../domain/metrics';
import type { ProjectMetrics } from '../../contracts/metrics';
import type { KeyValueStore } from './ports';
import type { ProjectMetricsRequest } from './project-metrics';

/** A cached result is kept this long, and used while younger than the service's maxAge. */
export const CACHE_TTL_SECONDS = 7 * 24 * 3600;

export interface CachedMetrics {
  metrics: ProjectMetrics;
}

/** Whose figures they are: who computed them, with which permissions, in which time zone. */
export interface MetricsViewer {
  accountId: string;
  timeZone: string;
}

/** `metrics:result:QA:<32 hex>`: the project stays readable, the rest is a hash. */
export function metricsCacheKey(request: ProjectMetricsRequest, settings: MetricsSettings, viewer: MetricsViewer): string {
  const scope = JSON.stringify([
    settingsFingerprint(settings), request.from, request.to, request.component ?? null, request.fixVersion ?? null, request.groupBy,
    viewer.accountId, viewer.timeZone,
  ]);
  const digest = createHash('sha256').update(scope).digest('hex').slice(0, 32);
  return `metrics:result:${request.projectKey}:${digest}`;
}

export async function readCachedMetrics(store: KeyValueStore, key: string): Promise<ProjectMetrics | undefined> {
  return (await store.get<CachedMetrics>(key))?.metrics;
}

/**
 * Keeps the result for the next viewer; false when storage refused it (too large for a 240 KiB value,
 * or storage failing). The figures are still answered then: a cache that cannot be written must not
 * cost the person their answer.
 */
export async function writeCachedMetrics(store: KeyValueStore, key: string, metrics: ProjectMetrics): Promise<boolean> {
  try {
    await store.set<CachedMetrics>(key, { metrics }, CACHE_TTL_SECONDS);
    return true;
  } catch (error) {
    console.warn(`The metrics result ${key} was not cached: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

/** Younger than maxAgeMs at `now`. */
export function isFresh(metrics: ProjectMetrics, now: Date, maxAgeMs: number): boolean {
  const age = now.getTime() - Date.parse(metrics.computedAt);
  return age >= 0 && age < maxAgeMs;
}
