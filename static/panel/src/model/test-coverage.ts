/**
 * getIncidentTestCoverage's answer as the probes say it, one line each for their notes: for Test
 * coverage gaps, the components, the release, the coverage against its target and the requirements
 * with no test; for Process effectiveness, the UAT pass rate of each release up to the incident's
 * and the execution progress of that release. "No data" is said in words, never as 0 %.
 */
import type { IncidentTestCoverageResult } from '../../../../src/contract';
import type { UatPassRate } from '../../../../src/domain/postmortem';
import { componentsLabel, formatRate } from './defect-trends';

export function testCoverageLine(result: IncidentTestCoverageResult): string {
  const scope = result.components.length === 0 ? 'the project' : componentsLabel(result.components);
  if (result.release === null) return `Requirement coverage: no release of ${result.projectKey} before this incident to count requirements in.`;
  const { requirementCoverage: c } = result;
  if (c.requirements === 0) return `Requirement coverage: no requirement of ${scope} was planned for ${result.release}.`;
  const noTest = c.uncovered.length === 0 ? '' : ` No test: ${c.uncovered.map((u) => u.key).join(', ')}.`;
  return `Requirement coverage of ${scope} in ${result.release}: ${formatRate(c.rate)} (${c.covered} of ${c.requirements} ${c.requirements === 1 ? 'requirement has' : 'requirements have'} a test; target at least ${formatRate(c.target.target)}).${noTest}`;
}

/** The notes with the line added at the end, unless they already have it. */
export function notesWithLine(notes: string, line: string): string {
  if (notes.includes(line)) return notes;
  return notes.trim() ? `${notes.trimEnd()}\n${line}` : line;
}

/** The Process effectiveness probe's line; null when the source has no test runs (Jira alone). */
export function processLine(result: IncidentTestCoverageResult): string | null {
  if (result.source !== 'xray') return null;
  if (result.release === null) return `Test runs: no release of ${result.projectKey} before this incident to read them in.`;
  const trend = result.uatTrend.map((t) => `${t.release} ${t.uatPassRate.rate === null ? 'no UAT run' : formatRate(t.uatPassRate.rate)}`).join(', ');
  const target = result.uatTrend[0]?.uatPassRate.target.target;
  const uat = result.uatTrend.length === 0 ? '' : `UAT pass rate by release: ${trend}${target === undefined ? '' : ` (target at least ${formatRate(target)})`}. `;
  const p = result.executionProgress;
  const progress = p === null || p.planned === 0
    ? `No test run was planned for ${result.release}.`
    : `Test execution progress of ${result.release}: ${formatRate(p.rate)} (${p.finished} of ${p.planned} planned runs finished; target ${formatRate(p.target.target)}).`;
  return `${uat}${progress}`;
}

/** The UAT rates the post-mortem keeps (releases whose UAT ran; "no data" is not a 0 % to keep). */
export function uatPassRatesOf(result: IncidentTestCoverageResult): UatPassRate[] {
  return result.uatTrend.flatMap((t) => (t.uatPassRate.rate === null ? [] : [{ release: t.release, passRate: t.uatPassRate.rate }]));
}
