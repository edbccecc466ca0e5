/**
 * Trends: the same two rates grouped by month of creation, by release (fix version) or by
 * component, plus the components that leak most. Every group the caller names is present even
 * when empty (its rates are then null), so a chart shows the gap instead of hiding it.
 */
import type { ClassifiedDefect } from './classify';
import { monthLabel, monthsOfPeriod, type Period } from './dates';
import {
  addToTally, defectFilterPredicate, emptyTally, ratesOfTally, type DefectFilter, type DefectRates, type DefectTally,
} from './rates';

/** Key of the "No version" / "No component" group; Jira names are never empty, so it cannot clash. */
export const NO_GROUP_KEY = '';
export const NO_VERSION_LABEL = 'No version';
export const NO_COMPONENT_LABEL = 'No component';

export interface TrendGroup extends DefectRates {
  key: string;
  label: string;
  /** A month not over yet (as of the viewer's today): its figures will still change. */
  partial?: boolean;
  /** Reopen events within the group's own days, of defects created at any time (month groups). */
  reopensInPeriod?: number;
}

/** One group per month the period touches, oldest first, keyed `YYYY-MM`, labelled "Jan 2026". */
export function trendsByMonth(
  defects: readonly ClassifiedDefect[],
  period: Period,
  filter: Omit<DefectFilter, 'period'> = {},
): TrendGroup[] {
  const keep = defectFilterPredicate({ ...filter, period });
  const tallies = new Map(monthsOfPeriod(period).map((month) => [month, emptyTally()]));
  for (const defect of defects) {
    if (!keep(defect)) continue;
    const tally = tallies.get(defect.createdMonth);
    if (tally) addToTally(tally, defect);
  }
  return [...tallies].map(([month, tally]) => ({ key: month, label: monthLabel(month), ...ratesOfTally(tally) }));
}

/**
 * Groups by names a defect carries (fix versions or components): a defect with several names
 * counts in each, one with none in the "none" group. Groups follow `order`; names the defects
 * carry but `order` lacks come after, alphabetically; the "none" group comes last.
 */
function trendsByNames(
  defects: readonly ClassifiedDefect[],
  order: readonly string[],
  namesOf: (defect: ClassifiedDefect) => readonly string[],
  noneLabel: string,
  filter: DefectFilter,
): TrendGroup[] {
  const keep = defectFilterPredicate(filter);
  const tallies = new Map<string, DefectTally>(order.map((name) => [name, emptyTally()]));
  const extra = new Set<string>();
  const none = emptyTally();
  for (const defect of defects) {
    if (!keep(defect)) continue;
    const names = namesOf(defect);
    if (names.length === 0) addToTally(none, defect);
    for (const name of new Set(names)) {
      let tally = tallies.get(name);
      if (!tally) {
        tally = emptyTally();
        tallies.set(name, tally);
        extra.add(name);
      }
      addToTally(tally, defect);
    }
  }
  const names = [...new Set(order), ...[...extra].sort(byCodePoint)];
  return [
    ...names.map((name) => ({ key: name, label: name, ...ratesOfTally(tallies.get(name) ?? emptyTally()) })),
    { key: NO_GROUP_KEY, label: noneLabel, ...ratesOfTally(none) },
  ];
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By release, in the order of `versionNames` (the project's version order, as the caller wants it shown). */
export function trendsByRelease(defects: readonly ClassifiedDefect[], versionNames: readonly string[], filter: DefectFilter = {}): TrendGroup[] {
  return trendsByNames(defects, versionNames, (defect) => defect.fixVersions, NO_VERSION_LABEL, filter);
}

/** By component, in the order of `componentNames`. */
export function trendsByComponent(defects: readonly ClassifiedDefect[], componentNames: readonly string[], filter: DefectFilter = {}): TrendGroup[] {
  return trendsByNames(defects, componentNames, (defect) => defect.components, NO_COMPONENT_LABEL, filter);
}

/**
 * The components with the most escaped defects, from trendsByComponent's groups. Only components
 * with at least one escaped defect; "No component" is left out (it names no area to act on).
 * Ties: the higher leakage rate first, then by name.
 */
export function topComponentsByEscaped(componentGroups: readonly TrendGroup[], limit = 5): TrendGroup[] {
  return componentGroups
    .filter((group) => group.key !== NO_GROUP_KEY && group.leakage.escaped > 0)
    .sort((a, b) => b.leakage.escaped - a.leakage.escaped
      || (b.leakage.rate ?? 0) - (a.leakage.rate ?? 0)
      || byCodePoint(a.label, b.label))
    .slice(0, Math.max(0, limit));
}
