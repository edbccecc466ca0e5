/**
 * Computes one project's figures for a period and scope as the viewer, from counts Jira makes
 * (domain/metrics/count-plan.ts): the cost follows the number of months, releases and components,
 * never the number of defects. Three rounds:
 *   1. the status catalogue, the site's resolutions and (for release or component groups, and for
 *      the top components) the project's versions and components, with the follow-through search;
 *   2. each group's defects (and, outside a component view, each component's escaped defects);
 *   3. the other figures of the groups that have defects, and of the leading components.
 */
import {
  actionFollowThrough, monthGroups, namedGroups, reopensDuringQuery, siteInvalidResolutions, statusNamesOf,
  summarizeIncidents, tallyOf, tallyQueries, topComponentsByEscaped, trendGroupOf, TALLY_FIGURES, NO_GROUP_KEY,
  meetsTarget, ratesOfTally, emptyTally,
  type CountBasis, type CountQuery, type CountScope, type DefectTally, type GroupCondition, type MetricsSettings, type Period, type TrendGroup,
} from '../../domain/metrics';
import { projectFromJira, type ProjectRecord } from '../../jira';
import type { MetricsGroupBy, MetricsTargets, ProjectMetrics } from '../../contracts/metrics';
import type { ValidationIssue } from '../../contract';
import { AppError } from '../../errors';
import { describeIssues } from '../../validation-issues';
import { runCounts } from './count-runner';
import { fetchFollowThrough } from './follow-through-fetch';
import type { MetricsJira } from './metrics-jira';
import type { SiteMetadata } from './site-metadata';

export interface ProjectMetricsRequest extends CountScope, Period {
  groupBy: MetricsGroupBy;
}

export interface ProjectMetricsRun {
  metrics: ProjectMetrics;
  /** Count queries sent to Jira. */
  counts: number;
}

export interface ProjectMetricsOptions {
  /** The viewer's calendar day, for "overdue" and the unfinished month. */
  today: string;
  now: Date;
  /** The viewer's time zone: JQL read the days in it, and the gadget names it. */
  timeZone: string;
  /** The statuses and resolutions the JQL names (site-metadata.ts). */
  site: SiteMetadata;
}

/** How many components the month and release views rank by escaped defects. */
const TOP_COMPONENTS = 5;

export function targetsOf(settings: MetricsSettings, leakageRate: number | null, reopenRate: number | null): MetricsTargets {
  return {
    leakageRate: settings.targets.leakageRate,
    reopenRate: settings.targets.reopenRate,
    leakageMet: meetsTarget(leakageRate, settings.targets.leakageRate),
    reopenMet: meetsTarget(reopenRate, settings.targets.reopenRate),
  };
}

function sumTallies(tallies: readonly DefectTally[]): DefectTally {
  const sum = emptyTally();
  for (const t of tallies) {
    sum.defects += t.defects;
    sum.escaped += t.escaped;
    sum.resolved += t.resolved;
    sum.reopened += t.reopened;
  }
  return sum;
}

function groupConditions(request: ProjectMetricsRequest, project: ProjectRecord, today: string): GroupCondition[] {
  const period = { from: request.from, to: request.to };
  switch (request.groupBy) {
    case 'month': return monthGroups(period, today);
    case 'release': return namedGroups('affectedVersion', project.versions.map((v) => v.name), period);
    case 'fixVersion': return namedGroups('fixVersion', project.versions.map((v) => v.name), period);
    case 'component': return namedGroups('component', project.components.map((c) => c.name), period);
  }
}

/**
 * Release groups shown: those with defects, and the versions released within the period (an empty
 * release is news too); a project with years of versions does not show dozens of empty groups.
 */
function shownGroup(request: ProjectMetricsRequest, project: ProjectRecord, group: TrendGroup): boolean {
  if (request.groupBy !== 'release' && request.groupBy !== 'fixVersion') return true;
  if (group.leakage.defects > 0 || group.key === NO_GROUP_KEY) return true;
  const version = project.versions.find((v) => v.name === group.key);
  return version?.releaseDate != null && version.releaseDate >= request.from && version.releaseDate <= request.to;
}

/** Round 2 asks every group's defects; round 3 the rest of the figures, only where there are defects. */
async function groupTallies(jira: MetricsJira, scope: CountScope, groups: readonly GroupCondition[], basis: CountBasis, asked: CountQuery[]): Promise<Map<string, DefectTally>> {
  const first = groups.flatMap((group, i) => tallyQueries(`g${i}`, scope, group, basis, ['defects']));
  asked.push(...first);
  const defects = await runCounts(jira, first);
  const rest = groups.flatMap((group, i) => ((defects.get(`g${i}:defects`) ?? 0) > 0
    ? tallyQueries(`g${i}`, scope, group, basis, TALLY_FIGURES.filter((f) => f !== 'defects'))
    : []));
  asked.push(...rest);
  const counts = new Map([...defects, ...(await runCounts(jira, rest))]);
  return new Map(groups.map((group, i) => [group.key, tallyOf(`g${i}`, counts)]));
}

/**
 * A component or fix version the project does not have is refused by name before anything is
 * counted (Jira would refuse the JQL with "The value … does not exist for the field 'component'").
 */
function unknownScopeProblem(request: ProjectMetricsRequest, project: ProjectRecord): void {
  const has = (names: readonly { name: string }[], wanted: string) => names.some((n) => n.name.toLowerCase() === wanted.trim().toLowerCase());
  const issues: ValidationIssue[] = [];
  if (request.component !== undefined && !has(project.components, request.component)) {
    issues.push({ path: ['component'], message: `is not a component of project ${request.projectKey}` });
  }
  if (request.fixVersion !== undefined && !has(project.versions, request.fixVersion)) {
    issues.push({ path: ['fixVersion'], message: `is not a version of project ${request.projectKey}` });
  }
  if (issues.length > 0) {
    throw new AppError('VALIDATION', describeIssues(issues), { issues });
  }
}

export async function computeProjectMetrics(
  jira: MetricsJira,
  request: ProjectMetricsRequest,
  settings: MetricsSettings,
  options: ProjectMetricsOptions,
): Promise<ProjectMetricsRun> {
  const callsBefore = jira.calls;
  const period = { from: request.from, to: request.to };
  const scope: CountScope = { projectKey: request.projectKey, component: request.component, fixVersion: request.fixVersion };
  const project = projectFromJira(await jira.client.getProject(request.projectKey));
  unknownScopeProblem(request, project);
  const followThrough = fetchFollowThrough(jira, { projectKey: request.projectKey, ...period, component: request.component, fixVersion: request.fixVersion }, settings);
  // Awaited below with the counts; this only keeps an early failure from counting as unhandled meanwhile.
  followThrough.catch(() => undefined);
  const basis: CountBasis = {
    settings,
    statuses: statusNamesOf(options.site.statuses),
    invalidResolutions: siteInvalidResolutions(settings.invalidResolutions, options.site.resolutions),
  };
  const asked: CountQuery[] = [];

  const monthly = request.groupBy === 'month' ? monthGroups(period, options.today) : [];
  const conditions = request.groupBy === 'month' ? monthly : groupConditions(request, project, options.today);
  // Outside a component view, the leading components are ranked by their escaped defects.
  const components = request.groupBy === 'component' || request.component !== undefined ? [] : namedGroups('component', project.components.map((c) => c.name), period).filter((g) => g.key !== NO_GROUP_KEY);
  const escapedByComponent = components.flatMap((group, i) => tallyQueries(`c${i}`, scope, group, basis, ['escaped']));
  const overall = request.groupBy === 'month' ? [] : tallyQueries('all', scope, { clause: null, created: period }, basis);
  // Month by month in a month view (the period's figure is their sum), else once for the period.
  const reopensInPeriod = request.groupBy === 'month'
    ? monthly.map((m) => reopensDuringQuery(`reopens:${m.key}`, scope, m.created, basis))
    : [reopensDuringQuery('reopens:all', scope, period, basis)];
  const independent = [...escapedByComponent, ...overall, ...reopensInPeriod];
  asked.push(...independent);
  const [tallies, counts] = await Promise.all([groupTallies(jira, scope, conditions, basis, asked), runCounts(jira, independent)]);

  const groups = conditions.map((condition) => trendGroupOf(condition, tallies.get(condition.key) ?? emptyTally(), request.groupBy === 'month'
    ? { partial: monthly.find((m) => m.key === condition.key)?.partial ?? false, reopensInPeriod: counts.get(`reopens:${condition.key}`) ?? 0 }
    : {})).filter((group) => shownGroup(request, project, group));
  const total = request.groupBy === 'month' ? sumTallies([...tallies.values()]) : tallyOf('all', counts);

  let topComponents: TrendGroup[];
  if (request.groupBy === 'component') topComponents = topComponentsByEscaped(groups, TOP_COMPONENTS);
  else {
    const escaped = components.map((group, i) => ({ group, escaped: counts.get(`c${i}:escaped`) ?? 0 })).filter((c) => c.escaped > 0)
      .sort((a, b) => b.escaped - a.escaped);
    // Ties at the last place are ranked by leakage rate, so every component tied with the fifth is measured.
    const cutoff = escaped[Math.min(TOP_COMPONENTS, escaped.length) - 1]?.escaped ?? Infinity;
    const leading = escaped.filter((c) => c.escaped >= cutoff).map((c) => c.group);
    const leadingTallies = await groupTallies(jira, scope, leading, basis, asked);
    topComponents = topComponentsByEscaped(leading.map((group) => trendGroupOf(group, leadingTallies.get(group.key) ?? emptyTally())), TOP_COMPONENTS);
  }

  const rates = ratesOfTally(total);
  const { actionTasks, incidents: incidentRecords } = await followThrough;
  const actionItems = actionFollowThrough(actionTasks, { today: options.today, period, invalidResolutions: settings.invalidResolutions });
  const { incidents: _rows, ...incidents } = summarizeIncidents(incidentRecords, period);
  return {
    counts: asked.filter((query) => query.jql !== null).length,
    metrics: {
      projectKey: request.projectKey,
      from: request.from,
      to: request.to,
      groupBy: request.groupBy,
      component: request.component ?? null,
      fixVersion: request.fixVersion ?? null,
      timeZone: options.timeZone,
      leakage: rates.leakage,
      reopen: rates.reopen,
      reopensInPeriod: reopensInPeriod.reduce((sum, query) => sum + (counts.get(query.key) ?? 0), 0),
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

