/**
 * Computes one project's figures for a period and scope (issue 5's answer): fetches the defects,
 * the status catalogue, the incidents and action items (and, for release or component groups, the
 * project's versions and components) concurrently, then hands them to the pure rules of
 * src/domain/metrics. Reports how many Jira requests it took and how long the computing itself took.
 */
import { performance } from 'node:perf_hooks';
import {
  actionFollowThrough, classifyDefects, defectRates, defectScopeJql, escapedJql, filterOfScope, meetsTarget,
  statusCatalogFromJira, summarizeIncidents, topComponentsByEscaped, trendsByComponent, trendsByMonth, trendsByRelease,
  type ClassifiedDefect, type DefectScope, type MetricsSettings, type TrendGroup,
} from '../../domain/metrics';
import type { Project } from '../../jira/types';
import type { MetricsGroupBy, MetricsTargets, ProjectMetrics } from '../../contracts/metrics';
import { fetchDefectRecords, type DefectFetchProgress } from './defect-fetch';
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

function names(items: readonly { name?: string }[] | undefined): string[] {
  return (items ?? []).flatMap((item) => (item.name ? [item.name] : []));
}

/**
 * Release groups: the project's versions in its own order, limited to those released in the period
 * or carried by a defect in scope, so a project with years of versions does not show dozens of
 * empty groups.
 */
export function releaseOrder(project: Project | undefined, defects: readonly ClassifiedDefect[], request: ProjectMetricsRequest): string[] {
  const carried = new Set(defects.flatMap((defect) => defect.fixVersions));
  return (project?.versions ?? [])
    .filter((v) => v.name && (carried.has(v.name) || (v.releaseDate !== undefined && v.releaseDate >= request.from && v.releaseDate <= request.to)))
    .map((v) => v.name as string);
}

function groupsOf(request: ProjectMetricsRequest, defects: readonly ClassifiedDefect[], project: Project | undefined): TrendGroup[] {
  const filter = filterOfScope(request);
  switch (request.groupBy) {
    case 'month': return trendsByMonth(defects, { from: request.from, to: request.to }, { components: filter.components, fixVersions: filter.fixVersions });
    case 'release': return trendsByRelease(defects, releaseOrder(project, defects, request), filter);
    case 'component': return trendsByComponent(defects, names(project?.components), filter);
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
  const [statuses, fetched, followThrough, project] = await Promise.all([
    jira.client.getStatuses(),
    fetchDefectRecords(jira, { scopeJql: defectScopeJql(request, settings), escapedJql: escapedJql(request, settings), onProgress: options.onProgress }),
    fetchFollowThrough(jira, request, settings),
    needsProject ? jira.client.getProject(request.projectKey) : Promise.resolve(undefined),
  ]);
  options.onProgress?.({ phase: 'computing', done: fetched.records.length, total: fetched.records.length });

  const started = performance.now();
  const defects = classifyDefects(fetched.records, { settings, statuses: statusCatalogFromJira(statuses) });
  const filter = filterOfScope(request);
  const rates = defectRates(defects, filter);
  const groups = groupsOf(request, defects, project);
  const topComponents = topComponentsByEscaped(trendsByComponent(defects, [], filter));
  const period = { from: request.from, to: request.to };
  const actionItems = actionFollowThrough(followThrough.actionTasks, { today: options.today, period });
  const { incidents: _rows, ...incidents } = summarizeIncidents(followThrough.incidents, period);
  const computeMs = fetched.mappingMs + (performance.now() - started);

  return {
    defectsFetched: fetched.records.length,
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
