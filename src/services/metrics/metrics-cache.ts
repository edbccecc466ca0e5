/**
 * Computed figures in Forge storage, keyed by project, period, scope, grouping and viewer (DESIGN.md
 * section 3), each with the time it was computed and the settings it was computed with (a settings
 * save marks the project changed, change-marks.ts, so the key need not hold them: reading them would
 * cost a Jira request per view). Figures are served
 * only to a viewer who would compute the same ones: same permissions and same time zone. Nothing
 * short of the same person is known to have the same permissions, so the key names the viewer's
 * account and time zone (the stricter reading: fewer viewers share a result). Storage keys allow only
 * [a-zA-Z0-9:._ -#], while component and version names allow anything, so the scope part of the
 * key is a hash.
 */
import { createHash } from 'node:crypto';
import type { MetricsSettings } from '../../domain/metrics';
import type { ProjectMetrics } from '../../contracts/metrics';
import type { KeyValueStore } from './ports';
import type { ProjectMetricsRequest } from './project-metrics';

/** A cached result is kept this long, and used while younger than the service's maxAge. */
export const CACHE_TTL_SECONDS = 7 * 24 * 3600;

export interface CachedMetrics {
  metrics: ProjectMetrics;
  /** The settings the figures were computed with (which projects their change marks are read for). */
  settings: MetricsSettings;
}

/** Whose figures they are: who computed them, with which permissions, in which time zone. */
export interface MetricsViewer {
  accountId: string;
  timeZone: string;
}

/** `metrics:result:QA:<32 hex>`: the project stays readable, the rest is a hash. */
export function metricsCacheKey(request: ProjectMetricsRequest, viewer: MetricsViewer): string {
  const scope = JSON.stringify([
    request.from, request.to, request.component ?? null, request.fixVersion ?? null, request.groupBy,
    viewer.accountId, viewer.timeZone,
  ]);
  const digest = createHash('sha256').update(scope).digest('hex').slice(0, 32);
  return `metrics:result:${request.projectKey}:${digest}`;
}

export async function readCachedMetrics(store: KeyValueStore, key: string): Promise<CachedMetrics | undefined> {
  const cached = await store.get<CachedMetrics>(key);
  // An entry kept before the settings were kept with it is not used.
  return cached?.settings ? cached : undefined;
}

/**
 * Keeps the result for the next viewer; false when storage refused it (too large for a 240 KiB value,
 * or storage failing). The figures are still answered then: a cache that cannot be written must not
 * cost the person their answer.
 */
export async function writeCachedMetrics(store: KeyValueStore, key: string, entry: CachedMetrics): Promise<boolean> {
  try {
    await store.set<CachedMetrics>(key, entry, CACHE_TTL_SECONDS);
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
