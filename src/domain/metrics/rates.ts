/**
 * Defect Leakage Rate and Defect Reopen Rate (DESIGN.md section 4):
 *   leakage = escaped defects in scope / defects in scope * 100
 *   reopen  = reopened defects in scope / defects in scope resolved at least once * 100
 * A zero denominator gives rate null ("no data"), never 0 and never NaN. Rates are rounded to one
 * decimal for display; the counts stay exact so anyone can recompute them.
 */
import type { ClassifiedDefect, MetricsContext } from './classify';
import { classifyDefects } from './classify';
import { assertPeriod, isWithinPeriod, type CalendarDay, type Period } from './dates';
import type { DefectRecord } from './records';

export interface LeakageFigures {
  rate: number | null;
  escaped: number;
  defects: number;
}

export interface ReopenFigures {
  rate: number | null;
  reopened: number;
  resolved: number;
}

export interface DefectRates {
  leakage: LeakageFigures;
  reopen: ReopenFigures;
}

/**
 * Which classified defects count. Omitted parts do not filter; `components` / `fixVersions` keep a
 * defect with ANY of the names (an empty list filters nothing rather than everything).
 */
export interface DefectFilter {
  period?: Period;
  components?: readonly string[];
  fixVersions?: readonly string[];
}

/** The gadget's scope: a period and optionally one component or one fix version. */
export function filterOfScope(scope: { from: CalendarDay; to: CalendarDay; component?: string; fixVersion?: string }): DefectFilter {
  return {
    period: { from: scope.from, to: scope.to },
    components: scope.component === undefined ? undefined : [scope.component],
    fixVersions: scope.fixVersion === undefined ? undefined : [scope.fixVersion],
  };
}

/** numerator / denominator * 100 to one decimal (half up), or null when the denominator is 0. */
export function percentage(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator * 1000) / denominator) / 10;
}

/** Exact counts, accumulated defect by defect. */
export interface DefectTally {
  defects: number;
  escaped: number;
  resolved: number;
  reopened: number;
}

export function emptyTally(): DefectTally {
  return { defects: 0, escaped: 0, resolved: 0, reopened: 0 };
}

export function addToTally(tally: DefectTally, defect: ClassifiedDefect): void {
  tally.defects += 1;
  if (defect.escaped) tally.escaped += 1;
  if (defect.resolved) tally.resolved += 1;
  if (defect.resolved && defect.reopened) tally.reopened += 1;
}

export function ratesOfTally(tally: DefectTally): DefectRates {
  return {
    leakage: { rate: percentage(tally.escaped, tally.defects), escaped: tally.escaped, defects: tally.defects },
    reopen: { rate: percentage(tally.reopened, tally.resolved), reopened: tally.reopened, resolved: tally.resolved },
  };
}

function anyOf(names: readonly string[], wanted: ReadonlySet<string> | null): boolean {
  if (wanted === null) return true;
  for (const name of names) if (wanted.has(name)) return true;
  return false;
}

function wantedSet(names: readonly string[] | undefined): ReadonlySet<string> | null {
  return names === undefined || names.length === 0 ? null : new Set(names);
}

/** A predicate for the filter, with its sets built once. */
export function defectFilterPredicate(filter: DefectFilter = {}): (defect: ClassifiedDefect) => boolean {
  if (filter.period) assertPeriod(filter.period);
  const period = filter.period;
  const components = wantedSet(filter.components);
  const fixVersions = wantedSet(filter.fixVersions);
  return (defect) => (period === undefined || isWithinPeriod(defect.createdDay, period))
    && anyOf(defect.components, components)
    && anyOf(defect.fixVersions, fixVersions);
}

/** Both rates over the classified defects the filter keeps. */
export function defectRates(defects: readonly ClassifiedDefect[], filter: DefectFilter = {}): DefectRates {
  const keep = defectFilterPredicate(filter);
  const tally = emptyTally();
  for (const defect of defects) if (keep(defect)) addToTally(tally, defect);
  return ratesOfTally(tally);
}

/** Classification and rates in one call, for callers that need nothing else. */
export function computeDefectRates(records: readonly DefectRecord[], filter: DefectFilter, context: MetricsContext): DefectRates {
  return defectRates(classifyDefects(records, context), filter);
}

/** Lower is better for both rates: at or under the target meets it; no data decides nothing. */
export function meetsTarget(rate: number | null, target: number): boolean | null {
  return rate === null ? null : rate <= target;
}
