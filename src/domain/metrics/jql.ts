/**
 * JQL for the metrics' searches other than the counts (count-plan.ts): the check for changes behind
 * a cached result, and the defect searches of the design before the counts (every defect fetched
 * and classified in code, classify.ts), which `npm run bench` still runs to compare the two. Every
 * value is quoted and escaped, so a component named `Payments "EU"` or a version `1.0\beta` cannot
 * change the query's meaning.
 */
import { assertPeriod, nextDay, type CalendarDay } from './dates';
import type { MetricsSettings } from './settings';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { quotedJqlList, quoteJqlValue } from '../jql';

export interface DefectScope {
  projectKey: string;
  /** First day, inclusive. */
  from: CalendarDay;
  /** Last day, inclusive. */
  to: CalendarDay;
  component?: string;
  fixVersion?: string;
}

export { quotedJqlList, quoteJqlValue } from '../jql';
const quotedList = quotedJqlList;

function createdWithin(from: CalendarDay, to: CalendarDay): string {
  // `to` is inclusive: everything before the start of the next day.
  return `created >= ${quoteJqlValue(from)} AND created < ${quoteJqlValue(nextDay(to))}`;
}

function assertScope(scope: DefectScope): void {
  if (!scope.projectKey.trim()) throw new RangeError('A project key is needed for the metrics scope');
  assertPeriod({ from: scope.from, to: scope.to });
}

/** `project = "QA" AND issuetype in ("Bug") AND created >= "2026-01-01" AND created < "2026-04-01"` */
export function defectScopeJql(scope: DefectScope, settings: MetricsSettings): string {
  assertScope(scope);
  const clauses = [
    `project = ${quoteJqlValue(scope.projectKey.trim())}`,
    `issuetype in ${quotedList(settings.defectIssueTypes)}`,
    createdWithin(scope.from, scope.to),
  ];
  if (scope.component !== undefined) clauses.push(`component = ${quoteJqlValue(scope.component)}`);
  if (scope.fixVersion !== undefined) clauses.push(`fixVersion = ${quoteJqlValue(scope.fixVersion)}`);
  return clauses.join(' AND ');
}

/** The escaped defects of the scope: `(<scope>) AND (<escaped clause>)`. */
export function escapedJql(scope: DefectScope, settings: MetricsSettings): string {
  return `(${defectScopeJql(scope, settings)}) AND (${settings.escapedDefectJql.trim()})`;
}

/** The incidents created in the period, for post-mortem status and MTTD / MTTR. */
export function incidentScopeJql(scope: Pick<DefectScope, 'projectKey' | 'from' | 'to'>, settings: MetricsSettings): string {
  assertScope(scope);
  return [
    `project = ${quoteJqlValue(scope.projectKey.trim())}`,
    `issuetype in ${quotedList(settings.incidentIssueTypes)}`,
    createdWithin(scope.from, scope.to),
  ].join(' AND ');
}

/**
 * Jira's search index may lag a write ("subsequent search operations ... may return stale or outdated
 * data ... for some time", https://developer.atlassian.com/cloud/jira/platform/search-and-reconcile):
 * a change made just before a computation may be missing from its counts, so a change this long
 * before it still makes the result stale (change marks, and the incident's check for changes).
 */
export const INDEX_LAG_ALLOWANCE_MS = 2 * 60_000;

/**
 * What the panel's figures for one incident count that was updated since `since` (less the index
 * allowance): the project's defects, the incident itself (its links, components, fix versions) and
 * its linked defects wherever they are.
 */
export function incidentChangedSinceJql(
  input: { projectKey: string; incidentKey: string; linkedKeys: readonly string[] }, settings: MetricsSettings, since: string, timeZone: string,
): string {
  const minute = format(new TZDate(Date.parse(since) - INDEX_LAG_ALLOWANCE_MS, timeZone), 'yyyy-MM-dd HH:mm');
  const keys = [input.incidentKey, ...input.linkedKeys].join(', ');
  return `updated >= ${quoteJqlValue(minute)} AND ((project = ${quoteJqlValue(input.projectKey)} AND issuetype in ${quotedList(settings.defectIssueTypes)})`
    + ` OR key in (${keys}))`;
}

/**
 * Issues of the project (null: of every project the searcher may browse) in a status, or with a
 * resolution, that the kept lists do not name: any means the lists are out of date (a status or
 * resolution added since, now in use), one count tells.
 */
export function metadataOutOfDateJql(projectKey: string | null, known: { statuses: readonly string[]; resolutions: readonly string[] }): string {
  const status = known.statuses.length > 0 ? `status not in ${quotedList(known.statuses)}` : 'status is not EMPTY';
  const resolution = known.resolutions.length > 0
    ? `(resolution is not EMPTY AND resolution not in ${quotedList(known.resolutions)})`
    : 'resolution is not EMPTY';
  return projectKey === null ? `${status} OR ${resolution}` : `project = ${quoteJqlValue(projectKey.trim())} AND (${status} OR ${resolution})`;
}
