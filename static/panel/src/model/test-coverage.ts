/**
 * getIncidentTestCoverage's answer as the Test coverage gaps probe says it: one line for the notes,
 * naming the components, the release, the coverage against its target and the requirements with no
 * test; "no data" said in words, never as 0 %.
 */
import type { IncidentTestCoverageResult } from '../../../../src/contract';
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
