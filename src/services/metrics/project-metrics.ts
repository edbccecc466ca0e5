/**
 * Computes one project's figures for a period and scope (issue 5's answer): fetches the defects,
 * the status catalogue, the incidents and action items (and, for release or component groups, the
 * project's versions and components) concurrently, then hands them to the pure rules of
 * src/domain/metrics. Reports how many Jira requests it took and how long the computing itself took.
 * Defects are classified 1,000 at a time as their histories arrive, so a project of 50,000 defects
 * holds 50,000 small classified defects, never 50,000 records with their status histories.
 */
import { performance } from 'node:perf_hooks';
import {
  actionFollowThrough, classifyDefects, defectRates, defectScopeJql, escapedJql, filterOfScope, meetsTarget,
  summarizeIncidents, topComponentsByEscaped, trendsByComponent, trendsByMonth, trendsByRelease,
  type ClassifiedDefect, type DefectRecord, type DefectScope, type MetricsSettings, type TrendGroup,
} from '../../domain/metrics';
import { projectFromJira, statusCatalogFromJira, type ProjectRecord } from '../../jira';
import type { MetricsGroupBy, MetricsTargets, ProjectMetrics } from '../../contracts/metrics';
import { fetchDefects, type DefectFetchProgress } from './defect-fetch';
import { fetchFollowThrough } from './follow-through-fetch';
import type { MetricsJira } from './metrics-jira';

export interface ProjectMetricsRequest extends DefectScope {
  groupBy: MetricsGroupBy;
}

export interface ProjectMetricsRun {
  metrics: ProjectMetrics;
  /** Defects the search returned (before the settings' exclusions). */
  defectsFetched: number;
  /** Time spent mapping and computing, excluding waiting for Jira. */
  computeMs: number;
}

export interface ProjectMetricsOptions {
  /** The viewer's calendar day, for "overdue". */
  today: string;
  now: Date;
  onProgress?: (progress: DefectFetchProgress | { phase: 'computing'; done: number; total: number }) => void;
}

export function targetsOf(settings: MetricsSettings, leakageRate: number | null, reopenRate: number | null): MetricsTargets {
  return {
    leakageRate: settings.targets.leakageRate,
    reopenRate: settings.targets.reopenRate,
    leakageMet: meetsTarget(leakageRate, settings.targets.leakageRate),
    reopenMet: meetsTarget(reopenRate, settings.targets.reopenRate),
  };
}

/**
 * Release groups: the project's versions in its own order, limited to those released in the period
 * or carried by a defect in scope, so a project with years of versions does not show dozens of
 * empty groups.
 */
export function releaseOrder(project: ProjectRecord | undefined, defects: readonly ClassifiedDefect[], request: ProjectMetricsRequest): string[] {
  const carried = new Set(defects.flatMap((defect) => defect.fixVersions));
  return (project?.versions ?? [])
    .filter((v) => carried.has(v.name) || (v.releaseDate !== null && v.releaseDate >= request.from && v.releaseDate <= request.to))
    .map((v) => v.name);
}

function groupsOf(request: ProjectMetricsRequest, defects: readonly ClassifiedDefect[], project: ProjectRecord | undefined): TrendGroup[] {
  const filter = filterOfScope(request);
  switch (request.groupBy) {
    case 'month': return trendsByMonth(defects, { from: request.from, to: request.to }, { components: filter.components, fixVersions: filter.fixVersions });
    case 'release': return trendsByRelease(defects, releaseOrder(project, defects, request), filter);
    case 'component': return trendsByComponent(defects, (project?.components ?? []).map((component) => component.name), filter);
  }
}

export async function computeProjectMetrics(
  jira: MetricsJira,
  request: ProjectMetricsRequest,
  settings: MetricsSettings,
  options: ProjectMetricsOptions,
): Promise<ProjectMetricsRun> {
  const callsBefore = jira.calls;
  const needsProject = request.groupBy !== 'month';
  const catalog = jira.client.getStatuses().then(statusCatalogFromJira);
  // Awaited by the batches and in Promise.all below; this only keeps an early failure from counting as unhandled.
  catalog.catch(() => undefined);
  let classifyMs = 0;
  const classifyBatch = async (records: DefectRecord[]): Promise<ClassifiedDefect[]> => {
    const statuses = await catalog;
    const started = performance.now();
    const classified = classifyDefects(records, { settings, statuses });
    classifyMs += performance.now() - started;
    return classified;
  };
  const [, fetched, followThrough, project] = await Promise.all([
    catalog,
    fetchDefects(jira, { scopeJql: defectScopeJql(request, settings), escapedJql: escapedJql(request, settings), onProgress: options.onProgress }, classifyBatch),
    fetchFollowThrough(jira, request, settings),
    needsProject ? jira.client.getProject(request.projectKey).then(projectFromJira) : Promise.resolve(undefined),
  ]);
  options.onProgress?.({ phase: 'computing', done: fetched.received, total: fetched.received });

  const started = performance.now();
  const defects = fetched.items;
  const filter = filterOfScope(request);
  const rates = defectRates(defects, filter);
  const groups = groupsOf(request, defects, project);
  const topComponents = topComponentsByEscaped(trendsByComponent(defects, [], filter));
  const period = { from: request.from, to: request.to };
  const actionItems = actionFollowThrough(followThrough.actionTasks, { today: options.today, period, invalidResolutions: settings.invalidResolutions });
  const { incidents: _rows, ...incidents } = summarizeIncidents(followThrough.incidents, period);
  const computeMs = fetched.mappingMs + classifyMs + (performance.now() - started);

  return {
    defectsFetched: fetched.received,
    computeMs,
    metrics: {
      projectKey: request.projectKey,
      from: request.from,
      to: request.to,
      groupBy: request.groupBy,
      component: request.component ?? null,
      fixVersion: request.fixVersion ?? null,
      leakage: rates.leakage,
      reopen: rates.reopen,
      groups,
      topComponents,
      actionItems,
      incidents,
      targets: targetsOf(settings, rates.leakage.rate, rates.reopen.rate),
      computedAt: options.now.toISOString(),
      jiraCalls: jira.calls - callsBefore,
    },
  };
}
