/**
 * The "Defect trends" probe's figures (DESIGN.md section 2 stage 4, section 4 "Per incident"):
 * getIncidentMetrics' answer turned into the rows the post-mortem keeps in
 * `probes.defectTrends.computed`, the one-line summary that pre-fills the probe's notes, and the
 * rules the panel shows them by ("No data" for a rate without a denominator, red over target).
 */
import type { IncidentMetricsResult } from '../../../../src/contract';
import type { DefectTrendRow, DefectTrendsComputed, PostmortemDocument } from '../../../../src/domain/postmortem';

type Rates = IncidentMetricsResult['overall'];

/** "27.3%", "10%"; a null rate is "No data", never 0%. */
export function formatRate(rate: number | null): string {
  if (rate === null) return 'No data';
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(rate)}%`;
}

/** Over the team's target (the target itself is within it); "no data" is never over. */
export function isOverTarget(rate: number | null, target: number | undefined): boolean {
  return rate !== null && target !== undefined && rate > target;
}

/** "Payments", "Payments, Search", or the whole project when the incident names no component. */
export function componentsLabel(components: readonly string[]): string {
  return components.length === 0 ? 'All components' : components.join(', ');
}

/** "1.4–1.6" for several releases (oldest first), "1.6" for one, "" for none. */
export function releaseRange(releases: readonly string[]): string {
  if (releases.length === 0) return '';
  if (releases.length === 1) return releases[0];
  return `${releases[0]}–${releases[releases.length - 1]}`;
}

function rowOf(scope: string, rates: Rates): DefectTrendRow {
  return {
    scope,
    defects: rates.leakage.defects,
    escaped: rates.leakage.escaped,
    leakageRate: rates.leakage.rate,
    resolved: rates.reopen.resolved,
    reopened: rates.reopen.reopened,
    reopenRate: rates.reopen.rate,
  };
}

/**
 * One row for the incident's components over all the trailing releases together, then one per
 * release, oldest first. No rows when the project released nothing before the incident.
 */
export function defectTrendRows(result: IncidentMetricsResult): DefectTrendRow[] {
  if (result.releases.length === 0) return [];
  const components = componentsLabel(result.components);
  const overall = rowOf(`${components}, ${result.releases.length === 1 ? 'release' : 'releases'} ${releaseRange(result.releases)}`, result.overall);
  return [overall, ...result.byRelease.map((group) => rowOf(`${components}, release ${group.label}`, group))];
}

/** What "Use these figures" stores in the post-mortem. */
export function computedFromMetrics(result: IncidentMetricsResult): DefectTrendsComputed {
  return {
    computedAt: result.computedAt,
    linkedDefectKeys: result.linkedDefects.map((defect) => defect.key),
    rows: defectTrendRows(result),
    targets: { leakageRate: result.targets.leakageRate, reopenRate: result.targets.reopenRate },
  };
}

/** The same linked defects and rows, whenever each was computed. */
export function sameFigures(a: DefectTrendsComputed | undefined, b: DefectTrendsComputed | undefined): boolean {
  if (!a || !b) return false;
  return JSON.stringify([a.linkedDefectKeys, a.rows]) === JSON.stringify([b.linkedDefectKeys, b.rows]);
}

function rateWithTarget(name: string, rate: number | null, target: number): string {
  return rate === null ? `${name} no data` : `${name} ${formatRate(rate)} (target ${formatRate(target)})`;
}

function linkedDefectsPhrase(defects: IncidentMetricsResult['linkedDefects']): string {
  if (defects.length === 0) return 'no linked defects';
  const escaped = defects.filter((d) => d.escaped === true).length;
  const reopened = defects.filter((d) => d.reopened === true).length;
  const unknown = defects.filter((d) => d.escaped === null).length;
  const noun = defects.length === 1 ? 'linked defect' : 'linked defects';
  return [
    `${escaped} of ${defects.length} ${noun} escaped`,
    ...(reopened > 0 ? [`${reopened} reopened`] : []),
    ...(unknown > 0 ? [`${unknown} not readable`] : []),
  ].join(', ');
}

/**
 * The probe's notes in one line, e.g. "Payments: leakage 27.3% (target 10%), reopen 12.1% (target
 * 5%) over 1.4–1.6; 3 of 4 linked defects escaped, 1 reopened".
 */
export function defectTrendsSummary(result: IncidentMetricsResult): string {
  const { targets } = result;
  const components = componentsLabel(result.components);
  const figures = result.releases.length === 0
    ? `${components}: no release before the incident to compare with`
    : `${components}: ${rateWithTarget('leakage', result.overall.leakage.rate, targets.leakageRate)}, `
      + `${rateWithTarget('reopen', result.overall.reopen.rate, targets.reopenRate)} over ${releaseRange(result.releases)}`;
  return `${figures}; ${linkedDefectsPhrase(result.linkedDefects)}`;
}

/**
 * The document with the figures kept in the Defect trends probe, and its notes pre-filled with the
 * summary line when nobody has written any (notes someone wrote are never replaced).
 */
export function withDefectTrendFigures(doc: PostmortemDocument, result: IncidentMetricsResult): PostmortemDocument {
  const probe = doc.probes.defectTrends;
  return {
    ...doc,
    probes: {
      ...doc.probes,
      defectTrends: {
        ...probe,
        computed: computedFromMetrics(result),
        notes: probe.notes.trim() ? probe.notes : defectTrendsSummary(result),
      },
    },
  };
}
