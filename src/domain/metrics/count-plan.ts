/**
 * The project figures as counts that Jira makes itself (DESIGN.md section 4, "Cost"): every figure is
 * the number of issues one JQL query matches, asked of POST /rest/api/3/search/approximate-count at
 * one rate-limit point each, so the cost follows the number of groups, never the number of defects.
 *
 * How each definition becomes JQL (https://support.atlassian.com/jira-software-cloud/docs/jql-operators/):
 * - defects in scope: `project`, `issuetype in (...)`, `created` within the period (JQL reads the
 *   dates in the searching user's time zone, the viewer's), and not resolved with an invalid
 *   resolution: `(resolution IS EMPTY OR resolution NOT IN (...))`, the current resolution deciding;
 * - escaped: the project's escaped-defect rule added as one more condition;
 * - resolved at least once: `status WAS IN (<Done-category statuses>)`, which also holds for an issue
 *   created straight into Done (WAS covers the value an issue was created with and its current one);
 * - reopened: `status CHANGED FROM "<Done status>" TO "<other status>"` for each pair, ORed: FROM and
 *   TO take one value each. Status categories decide which names go where, never the names.
 * - reopens in a period: the same change with `DURING ("<first day>", "<day after the last>")`, the
 *   form the operators page gives for "during 2010". Jira counts issues, not changes: a defect reopened
 *   twice in one month counts once in that month (DECISIONS.md 15).
 * History clauses can name only statuses that exist: a change to or from a status deleted since
 * matches none of them, as it proved nothing before (DECISIONS.md 4).
 */
import { quotedJqlList, quoteJqlValue } from '../jql';
import { lastDayOfMonth } from '../dates';
import { monthLabel, monthsOfPeriod, nextDay, type CalendarDay, type CalendarMonth, type Period } from './dates';
import { NO_COMPONENT_LABEL, NO_GROUP_KEY, NO_VERSION_LABEL, type TrendGroup } from './groups';
import { ratesOfTally, type DefectTally } from './rates';
import { distinctNames, type MetricsSettings } from './settings';

export interface StatusNames {
  /** Names of the statuses in the Done category. */
  done: readonly string[];
  /** Names of every other status. */
  notDone: readonly string[];
}

export interface CountBasis {
  settings: MetricsSettings;
  statuses: StatusNames;
  /**
   * The settings' invalid resolutions that exist on the site: JQL refuses a resolution it does not
   * know (400), and one the site does not have cannot be any defect's resolution anyway.
   */
  invalidResolutions: readonly string[];
}

/** Which defects: a project, optionally narrowed to one component or one fix version. */
export interface CountScope {
  projectKey: string;
  component?: string;
  fixVersion?: string;
}

/** One figure's query; `jql: null` when the answer is known to be 0 without asking (no status to name). */
export interface CountQuery {
  key: string;
  jql: string | null;
}

/** What the figures of one group are asked with: the extra condition that makes the group. */
export interface GroupCondition {
  key: string;
  label: string;
  /** JQL ANDed to the scope; null for none. */
  clause: string | null;
  /** The days the group's defects were created in; undefined for any day. */
  created?: Period;
}

export function statusNamesOf(statuses: readonly { name: string; categoryKey: string | undefined }[]): StatusNames {
  const done = distinctNames(statuses.filter((s) => s.categoryKey === 'done').map((s) => s.name));
  const doneFolded = new Set(done.map((name) => name.toLowerCase()));
  // A name shared by a Done status and another one cannot be told apart in JQL: it counts as Done only.
  const notDone = distinctNames(statuses.filter((s) => s.categoryKey !== 'done' && !doneFolded.has(s.name.toLowerCase())).map((s) => s.name));
  return { done, notDone };
}

/** The invalid resolutions to name in JQL: those of the settings the site has, by Jira's name for them. */
export function siteInvalidResolutions(settingsNames: readonly string[], siteNames: readonly string[]): string[] {
  const wanted = new Set(settingsNames.map((name) => name.toLowerCase()));
  return distinctNames(siteNames.filter((name) => wanted.has(name.toLowerCase())));
}

export function createdClause(created: Period): string {
  // `to` is inclusive: everything before the start of the next day.
  return `created >= ${quoteJqlValue(created.from)} AND created < ${quoteJqlValue(nextDay(created.to))}`;
}

/** The defects of the scope, whatever their creation date, without those resolved as invalid. */
export function defectBaseJql(scope: CountScope, basis: CountBasis): string {
  const clauses = [
    `project = ${quoteJqlValue(scope.projectKey.trim())}`,
    `issuetype in ${quotedJqlList(basis.settings.defectIssueTypes)}`,
  ];
  if (basis.invalidResolutions.length > 0) {
    clauses.push(`(resolution IS EMPTY OR resolution NOT IN ${quotedJqlList(basis.invalidResolutions)})`);
  }
  if (scope.component !== undefined) clauses.push(`component = ${quoteJqlValue(scope.component)}`);
  if (scope.fixVersion !== undefined) clauses.push(`fixVersion = ${quoteJqlValue(scope.fixVersion)}`);
  return clauses.join(' AND ');
}

/** Any change from a Done status to another status, optionally within `during`; null when no pair exists. */
export function reopenClause(statuses: StatusNames, during?: Period): string | null {
  if (statuses.done.length === 0 || statuses.notDone.length === 0) return null;
  const window = during ? ` DURING (${quoteJqlValue(during.from)}, ${quoteJqlValue(nextDay(during.to))})` : '';
  const changes = statuses.done.flatMap((from) => statuses.notDone.map((to) => `status CHANGED FROM ${quoteJqlValue(from)} TO ${quoteJqlValue(to)}${window}`));
  return `(${changes.join(' OR ')})`;
}

export function resolvedOnceClause(statuses: StatusNames): string | null {
  return statuses.done.length === 0 ? null : `status WAS IN ${quotedJqlList(statuses.done)}`;
}

function and(...parts: (string | null)[]): string {
  return parts.filter((part): part is string => part !== null).map((part) => `(${part})`).join(' AND ');
}

export const TALLY_FIGURES = ['defects', 'escaped', 'resolved', 'reopened'] as const;
export type TallyFigure = (typeof TALLY_FIGURES)[number];

/** The queries of one group's tally, keyed `<prefix>:<figure>`. */
export function tallyQueries(prefix: string, scope: CountScope, group: Pick<GroupCondition, 'clause' | 'created'>, basis: CountBasis, figures: readonly TallyFigure[] = TALLY_FIGURES): CountQuery[] {
  const cohort = and(defectBaseJql(scope, basis), group.created ? createdClause(group.created) : null, group.clause);
  const reopened = reopenClause(basis.statuses);
  const resolved = resolvedOnceClause(basis.statuses);
  const jqlOf: Record<TallyFigure, string | null> = {
    defects: cohort,
    escaped: and(cohort, basis.settings.escapedDefectJql.trim()),
    resolved: resolved === null ? null : and(cohort, resolved),
    reopened: reopened === null ? null : and(cohort, reopened),
  };
  return figures.map((figure) => ({ key: `${prefix}:${figure}`, jql: jqlOf[figure] }));
}

/** The reopen events of the scope's defects (any creation date) within `during`. */
export function reopensDuringQuery(key: string, scope: CountScope, during: Period, basis: CountBasis): CountQuery {
  const reopened = reopenClause(basis.statuses, during);
  return { key, jql: reopened === null ? null : and(defectBaseJql(scope, basis), reopened) };
}

/** A group's tally from the counts; figures never asked for (an empty group) are 0. */
export function tallyOf(prefix: string, counts: ReadonlyMap<string, number>): DefectTally {
  const count = (figure: TallyFigure) => counts.get(`${prefix}:${figure}`) ?? 0;
  return { defects: count('defects'), escaped: count('escaped'), resolved: count('resolved'), reopened: count('reopened') };
}

/** One group per month the period touches, each clipped to the period's days, the unfinished one marked. */
export function monthGroups(period: Period, today: CalendarDay): (GroupCondition & { month: CalendarMonth; partial: boolean; created: Period })[] {
  return monthsOfPeriod(period).map((month) => {
    const first = `${month}-01`;
    const last = lastDayOfMonth(month);
    const created = { from: first < period.from ? period.from : first, to: last > period.to ? period.to : last };
    return { key: month, label: monthLabel(month), clause: null, created, month, partial: today <= last };
  });
}

export type NamedGroupField = 'affectedVersion' | 'fixVersion' | 'component';

/** Groups by a named field, in the given order, then the defects without one ("No version" / "No component"). */
export function namedGroups(field: NamedGroupField, names: readonly string[], created: Period): GroupCondition[] {
  const noneLabel = field === 'component' ? NO_COMPONENT_LABEL : NO_VERSION_LABEL;
  return [
    ...distinctNames(names).map((name) => ({ key: name, label: name, clause: `${field} = ${quoteJqlValue(name)}`, created })),
    { key: NO_GROUP_KEY, label: noneLabel, clause: `${field} IS EMPTY`, created },
  ];
}

export function trendGroupOf(group: Pick<GroupCondition, 'key' | 'label'>, tally: DefectTally, extra: Partial<Pick<TrendGroup, 'partial' | 'reopensInPeriod'>> = {}): TrendGroup {
  return { key: group.key, label: group.label, ...ratesOfTally(tally), ...extra };
}

/**
 * The panel's comparison for an incident (DESIGN.md section 4, "Per incident"): the defects of its
 * components (any, when it has none) found in each trailing release, the release they escaped from
 * being their affects version, whenever they were created; and all the trailing releases together,
 * where a defect found in two of them counts once.
 */
export function incidentTrendGroups(releases: readonly string[], components: readonly string[]): { overall: GroupCondition; byRelease: GroupCondition[] } {
  const inComponents = components.length > 0 ? `component in ${quotedJqlList(components)}` : null;
  const both = (clause: string) => (inComponents ? `${clause} AND ${inComponents}` : clause);
  return {
    overall: { key: 'all', label: 'Trailing releases', clause: both(`affectedVersion in ${quotedJqlList(releases)}`) },
    byRelease: releases.map((release) => ({ key: release, label: release, clause: both(`affectedVersion = ${quoteJqlValue(release)}`) })),
  };
}
