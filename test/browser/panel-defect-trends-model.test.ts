/**
 * The Defect trends probe's pure rules, without a browser: getIncidentMetrics' answer as the rows
 * the post-mortem keeps, "No data" instead of 0%, over target, the one-line summary for the notes,
 * and keeping the figures without replacing notes someone wrote.
 */
import type { IncidentMetricsResult } from '../../src/contract';
import { DefectTrendsComputedSchema, emptyDocument, PostmortemDocumentSchema } from '../../src/domain/postmortem';
import {
  componentsLabel, computedFromMetrics, defectTrendRows, defectTrendsSummary, formatRate, isOverTarget, releaseRange, sameFigures,
  withDefectTrendFigures,
} from '../../static/panel/src/model/defect-trends';

const now = new Date();

function rates(escaped: number, defects: number, reopened: number, resolved: number) {
  const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n * 1000) / d) / 10);
  return {
    leakage: { rate: pct(escaped, defects), escaped, defects },
    reopen: { rate: pct(reopened, resolved), reopened, resolved },
  };
}

function result(overrides: Partial<IncidentMetricsResult> = {}): IncidentMetricsResult {
  return {
    incidentKey: 'QA-2',
    projectKey: 'QA',
    linkedDefects: [
      { key: 'QA-7', summary: 'Refund rounding', status: 'Done', statusCategory: 'done', escaped: true, reopened: false, relations: ['relates to'] },
      { key: 'QA-9', summary: 'Webhook gives up', status: 'In Progress', statusCategory: 'indeterminate', escaped: true, reopened: true, relations: ['is caused by'] },
      { key: 'QA-12', summary: 'Second refund', status: 'Done', statusCategory: 'done', escaped: false, reopened: false, relations: ['is caused by'] },
    ],
    releases: ['1.4', '1.5', '1.6'],
    components: ['Payments'],
    overall: rates(3, 9, 1, 8),
    byRelease: [
      { key: '1.4', label: '1.4', ...rates(2, 3, 0, 3) },
      { key: '1.5', label: '1.5', ...rates(0, 0, 0, 0) },
      { key: '1.6', label: '1.6', ...rates(1, 6, 1, 5) },
    ],
    byReleaseCounted: true,
    targets: { leakageRate: 10, reopenRate: 15, leakageMet: false, reopenMet: true },
    computedAt: now.toISOString(),
    jiraCalls: 7,
    ...overrides,
  };
}

function doc() {
  return emptyDocument({ key: 'QA-2', created: now.toISOString(), components: ['Payments'] }, now);
}

describe('rates as the panel shows them', () => {
  it('says "No data" for a null rate, never 0%, and keeps one decimal', () => {
    expect(formatRate(null)).toBe('No data');
    expect(formatRate(0)).toBe('0%');
    expect(formatRate(33.3)).toBe('33.3%');
    expect(formatRate(10)).toBe('10%');
  });

  it('marks a rate over target only when it is above it', () => {
    expect(isOverTarget(10.1, 10)).toBe(true);
    expect(isOverTarget(10, 10)).toBe(false);
    expect(isOverTarget(null, 10)).toBe(false);
    expect(isOverTarget(50, undefined)).toBe(false);
  });

  it('names the scope by components and release range', () => {
    expect(componentsLabel(['Payments', 'Search'])).toBe('Payments, Search');
    expect(componentsLabel([])).toBe('All components');
    expect(releaseRange(['1.4', '1.5', '1.6'])).toBe('1.4–1.6');
    expect(releaseRange(['1.6'])).toBe('1.6');
    expect(releaseRange([])).toBe('');
  });
});

describe('the figures the post-mortem keeps', () => {
  it('has the components over all trailing releases first, then each release, with exact counts', () => {
    const rows = defectTrendRows(result());
    expect(rows.map((r) => r.scope)).toEqual(['Payments, releases 1.4–1.6', 'Payments, release 1.4', 'Payments, release 1.5', 'Payments, release 1.6']);
    expect(rows[0]).toEqual({ scope: 'Payments, releases 1.4–1.6', defects: 9, escaped: 3, leakageRate: 33.3, resolved: 8, reopened: 1, reopenRate: 12.5 });
    expect(rows[2]).toMatchObject({ defects: 0, leakageRate: null, resolved: 0, reopenRate: null });
  });

  it('compares the whole project when the incident has no component, and has no rows without releases', () => {
    expect(defectTrendRows(result({ components: [], releases: ['1.6'], byRelease: [] }))[0].scope).toBe('All components, release 1.6');
    expect(defectTrendRows(result({ releases: [], byRelease: [], overall: rates(0, 0, 0, 0) }))).toEqual([]);
  });

  it('is a valid DefectTrendsComputed with the linked defect keys and the computation time', () => {
    const computed = computedFromMetrics(result());
    expect(DefectTrendsComputedSchema.parse(computed)).toEqual(computed);
    expect(computed.linkedDefectKeys).toEqual(['QA-7', 'QA-9', 'QA-12']);
    expect(computed.computedAt).toBe(now.toISOString());
  });

  it('counts as the same figures whenever computed, and not when a count changed', () => {
    const a = computedFromMetrics(result());
    const later = computedFromMetrics(result({ computedAt: new Date(now.getTime() + 60_000).toISOString() }));
    expect(sameFigures(a, later)).toBe(true);
    expect(sameFigures(a, computedFromMetrics(result({ overall: rates(4, 9, 1, 8) })))).toBe(false);
    expect(sameFigures(undefined, a)).toBe(false);
  });
});

describe('the one-line summary', () => {
  it('gives both rates against their targets, the release range and the linked defects', () => {
    expect(defectTrendsSummary(result())).toBe(
      'Payments: leakage 33.3% (target 10%), reopen 12.5% (target 15%) over 1.4–1.6; 2 of 3 linked defects escaped, 1 reopened',
    );
  });

  it('says "no data", no linked defects, unreadable ones, and no release to compare with', () => {
    expect(defectTrendsSummary(result({ overall: rates(0, 0, 0, 0), linkedDefects: [] })))
      .toBe('Payments: leakage no data, reopen no data over 1.4–1.6; no linked defects');
    const unreadable = { key: 'QA-20', summary: '', status: '', statusCategory: null, escaped: null, reopened: null, relations: [] };
    expect(defectTrendsSummary(result({ releases: [], byRelease: [], components: [], linkedDefects: [unreadable] })))
      .toBe('All components: no release before the incident to compare with; 0 of 1 linked defect escaped, 1 not readable');
  });
});

describe('using the figures', () => {
  it('keeps them in probes.defectTrends.computed and fills empty notes with the summary', () => {
    const next = withDefectTrendFigures(doc(), result());
    expect(next.probes.defectTrends.computed).toEqual(computedFromMetrics(result()));
    expect(next.probes.defectTrends.notes).toBe(defectTrendsSummary(result()));
    expect(() => PostmortemDocumentSchema.parse(next)).not.toThrow();
  });

  it('never replaces notes someone wrote, and leaves the other probes alone', () => {
    const before = doc();
    before.probes.defectTrends.notes = 'Payments leaked in every release this year.';
    before.probes.testCoverage.notes = 'No accented queries.';
    const next = withDefectTrendFigures(before, result());
    expect(next.probes.defectTrends.notes).toBe('Payments leaked in every release this year.');
    expect(next.probes.testCoverage).toBe(before.probes.testCoverage);
    const blank = doc();
    blank.probes.defectTrends.notes = '   ';
    expect(withDefectTrendFigures(blank, result()).probes.defectTrends.notes).toBe(defectTrendsSummary(result()));
  });
});
