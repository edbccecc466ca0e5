/**
 * The project metrics as the gadget asks for them, always computed as the viewer (their permissions,
 * their time zone) within the resolver call: the figures are counts Jira makes (project-metrics.ts),
 * so a project of a million defects costs what one of a thousand does and needs no background job.
 * A cached result is the viewer's own (metrics-cache.ts) and is answered while no change to the
 * project has been marked since it was computed (change-marks.ts: product events and settings
 * saves): read from Forge storage, no Jira request.
 *
 * Permissions are not asked again for a cached answer (DECISIONS.md 18): it is the figures this
 * account was shown, computed with its permissions, so showing them again tells it nothing it was
 * not told; every new figure is computed with the permissions it has then. Jira sends no event when
 * a permission changes, so asking would cost a request on every view (the goal: none).
 */
import { calendarDayIn } from '../../domain/metrics';
import type { ProjectMetricsResult } from '../../contracts/metrics';
import { loadMetricsSettings } from '../settings/settings-store';
import { changedSince } from './change-marks';
import { isFresh, metricsCacheKey, readCachedMetrics, writeCachedMetrics } from './metrics-cache';
import { userMetricsJira, type MetricsJira } from './metrics-jira';
import { forgeKeyValueStore, systemClock, type Clock, type KeyValueStore } from './ports';
import { computeProjectMetrics, type ProjectMetricsRequest } from './project-metrics';
import { withSiteMetadata } from './site-metadata';

/**
 * A cached result is never answered after this long, changed or not: a renamed status, a new
 * version, settings written around the settings page or an event Jira did not deliver change figures
 * without a change mark.
 */
export const DEFAULT_MAX_AGE_MS = 12 * 3600 * 1000;

export interface MetricsServiceDeps {
  jira: MetricsJira;
  store: KeyValueStore;
  clock: Clock;
  maxAgeMs: number;
}

function withDefaults(deps: Partial<MetricsServiceDeps>): MetricsServiceDeps {
  return {
    jira: deps.jira ?? userMetricsJira(),
    store: deps.store ?? forgeKeyValueStore(),
    clock: deps.clock ?? systemClock,
    maxAgeMs: deps.maxAgeMs ?? DEFAULT_MAX_AGE_MS,
  };
}

export interface ProjectMetricsQuery extends ProjectMetricsRequest {
  refresh?: boolean;
  /** The viewer's time zone (Forge context). */
  timeZone?: string;
  /** The viewer (Forge context): a cached result is theirs alone. */
  accountId: string;
}

export async function getProjectMetrics(query: ProjectMetricsQuery, partialDeps: Partial<MetricsServiceDeps> = {}): Promise<ProjectMetricsResult> {
  const deps = withDefaults(partialDeps);
  const { jira, store } = deps;
  const callsBefore = jira.calls;
  const { refresh, timeZone = 'UTC', accountId, ...request } = query;
  const cacheKey = metricsCacheKey(request, { accountId, timeZone });
  const now = deps.clock();

  if (!refresh) {
    const cached = await readCachedMetrics(store, cacheKey).catch(() => undefined);
    if (cached && isFresh(cached.metrics, now, deps.maxAgeMs)) {
      const projects = [request.projectKey, cached.settings.actionItemProjectKey ?? request.projectKey];
      const stale = await changedSince(store, projects, cached.metrics.computedAt).catch(() => true);
      if (!stale) {
        return { status: 'ready', fromCache: true, ...cached.metrics, jiraCalls: jira.calls - callsBefore };
      }
    }
  }
  const { settings } = await loadMetricsSettings(jira.client, request.projectKey);
  const run = await withSiteMetadata(jira, store, request.projectKey, now, (site) => computeProjectMetrics(jira, request, settings, { today: calendarDayIn(now, timeZone), now, timeZone, site }));
  const metrics = { ...run.metrics, jiraCalls: jira.calls - callsBefore };
  await writeCachedMetrics(store, cacheKey, { metrics, settings });
  return { status: 'ready', fromCache: false, ...metrics };
}
