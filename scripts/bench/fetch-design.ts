/**
 * The design the project metrics had before the counts (kept for `npm run bench` to compare with,
 * nowhere else): every defect of the period fetched by search pages, its status history by
 * changelog/bulkfetch, classified and tallied in the app. It gives the same figures; its cost grows
 * with the number of defects.
 */
import {
  classifyDefects, defectRates, defectScopeJql, escapedJql, filterOfScope, topComponentsByEscaped, trendsByComponent, trendsByMonth,
  type ClassifiedDefect, type DefectRecord, type MetricsSettings,
} from '../../src/domain/metrics';
import { statusCatalogFromJira } from '../../src/jira';
import { fetchDefects } from '../../src/services/metrics/defect-fetch';
import { fetchFollowThrough } from '../../src/services/metrics/follow-through-fetch';
import type { MetricsJira } from '../../src/services/metrics/metrics-jira';

export interface FetchDesignRequest {
  projectKey: string;
  from: string;
  to: string;
}

export async function fetchDesignMetrics(jira: MetricsJira, request: FetchDesignRequest, settings: MetricsSettings) {
  const catalog = jira.client.getStatuses().then(statusCatalogFromJira);
  catalog.catch(() => undefined);
  const classify = async (records: DefectRecord[]): Promise<ClassifiedDefect[]> => classifyDefects(records, { settings, statuses: await catalog });
  const [fetched] = await Promise.all([
    fetchDefects(jira, { scopeJql: defectScopeJql(request, settings), escapedJql: escapedJql(request, settings) }, classify),
    fetchFollowThrough(jira, request, settings),
  ]);
  const filter = filterOfScope(request);
  return {
    defects: fetched.received,
    rates: defectRates(fetched.items, filter),
    groups: trendsByMonth(fetched.items, { from: request.from, to: request.to }),
    topComponents: topComponentsByEscaped(trendsByComponent(fetched.items, [], filter)),
  };
}
