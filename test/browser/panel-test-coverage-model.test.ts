/** The Test coverage gaps probe's line, without a browser: words for no data, never 0 %; the notes get it once. */
import type { IncidentTestCoverageResult } from '../../src/contract';
import { requirementCoverage } from '../../src/domain/tests';
import { notesWithLine, testCoverageLine } from '../../static/panel/src/model/test-coverage';

function result(overrides: Partial<IncidentTestCoverageResult> = {}, rate: number | null = 0): IncidentTestCoverageResult {
  const coverage = requirementCoverage([
    { key: 'QA-357', summary: 'Accents', coverage: 'uncovered' },
    { key: 'QA-358', summary: 'Suggestions', coverage: 'uncovered' },
  ]);
  return {
    incidentKey: 'QA-3', projectKey: 'QA', release: '1.6', components: ['Search'], source: 'jira',
    executionProgress: null, uatTrend: [], xrayCalls: 0,
    requirementCoverage: { ...coverage, target: { rate, target: 90, met: rate === null ? null : rate >= 90 } },
    computedAt: '2026-12-04T12:00:00.000Z', jiraCalls: 4, ...overrides,
  };
}

describe('testCoverageLine', () => {
  it('names the components, the release, the figure against its target and the requirements with no test', () => {
    expect(testCoverageLine(result())).toBe('Requirement coverage of Search in 1.6: 0% (0 of 2 requirements have a test; target at least 90%). No test: QA-357, QA-358.');
    expect(testCoverageLine(result({ components: [] }))).toContain('Requirement coverage of the project in 1.6');
  });

  it('says in words when there is nothing to count', () => {
    expect(testCoverageLine(result({ release: null }))).toBe('Requirement coverage: no release of QA before this incident to count requirements in.');
    const none = result();
    none.requirementCoverage = { ...requirementCoverage([]), target: { rate: null, target: 90, met: null } };
    expect(testCoverageLine(none)).toBe('Requirement coverage: no requirement of Search was planned for 1.6.');
  });
});

describe('notesWithLine', () => {
  it('adds the line on its own line after what was written, once', () => {
    expect(notesWithLine('', 'A.')).toBe('A.');
    expect(notesWithLine('We had no test for it.  \n', 'A.')).toBe('We had no test for it.\nA.');
    expect(notesWithLine('We had no test for it.\nA.', 'A.')).toBe('We had no test for it.\nA.');
  });
});
