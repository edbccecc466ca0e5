/**
 * The project metrics as the gadget asks for them, always computed as the viewer (their permissions,
 * their time zone) within the resolver call: the figures are counts Jira makes (project-metrics.ts),
 * so a project of a million defects costs what one of a thousand does and needs no background job.
 * A cached result is the viewer's own (metrics-cache.ts) and is answered while nothing it counts has
 * changed since it was computed: one count of `updated >=` that time, instead of recomputing.
 */
import { calendarDayIn } from '../../domain/metrics';
import type { ProjectMetricsResult } from '../../contracts/metrics';
import { loadSettingsForMetrics } from '../settings/settings-store';
import { changedSinceJql, isFresh, metricsCacheKey, readCachedMetrics, writeCachedMetrics } from './metrics-cache';
import { userMetricsJira, type MetricsJira } from './metrics-jira';
import { forgeKeyValueStore, systemClock, type Clock, type KeyValueStore } from './ports';
import { computeProjectMetrics, type ProjectMetricsRequest } from './project-metrics';
import { withSiteMetadata } from './site-metadata';

/**
 * A cached result is never answered after this long, changed or not: a deleted issue, a renamed
 * status or a new version change figures without updating any issue the change check counts.
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
  const settings = await loadSettingsForMetrics(jira.client, request.projectKey);
  const cacheKey = metricsCacheKey(request, settings, { accountId, timeZone });
  const now = deps.clock();

  if (!refresh) {
    const cached = await readCachedMetrics(store, cacheKey);
    if (cached && isFresh(cached, now, deps.maxAgeMs)) {
      const changed = await jira.client.countIssues(changedSinceJql(request, settings, cached.computedAt, timeZone));
      if (changed === 0) return { status: 'ready', fromCache: true, ...cached, jiraCalls: jira.calls - callsBefore };
    }
  }
  const run = await withSiteMetadata(jira, store, accountId, (site) => computeProjectMetrics(jira, request, settings, { today: calendarDayIn(now, timeZone), now, timeZone, site }));
  const metrics = { ...run.metrics, jiraCalls: jira.calls - callsBefore };
  await writeCachedMetrics(store, cacheKey, metrics);
  return { status: 'ready', fromCache: false, ...metrics };
}
