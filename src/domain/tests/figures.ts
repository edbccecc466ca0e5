/**
 * The test-management figures a QA lead sets targets for (DESIGN.md section 4b), for one release or
 * test plan R, from records the sources hand in (Xray Cloud, or Jira alone):
 *
 * - Requirement coverage = requirements in R with at least one linked test / requirements in R × 100,
 *   with the breakdown Xray uses: all passed (OK), some failed (NOK), not run (NOTRUN), uncovered.
 *   A source that knows tests but not their runs (Jira alone) says "covered" without a status.
 * - Test execution progress = planned test runs in R with a final status / planned test runs × 100,
 *   with the count per status.
 * - UAT pass rate = passed / executed test runs of R's UAT executions × 100, where a UAT execution
 *   is one of the test environment or label named in settings (compared without case) and an
 *   executed run is one with a final status.
 * A zero denominator is "no data" (null), never 0 % and never NaN; rates to one decimal, half up.
 */
import { percentage } from '../metrics/rates';

/** Where a requirement stands, in Xray's coverage terms; `covered` = has tests, their runs unknown. */
export type CoverageStatus = 'passed' | 'failed' | 'notRun' | 'uncovered' | 'covered';

export interface RequirementRecord {
  key: string;
  summary: string;
  coverage: CoverageStatus;
}

export interface RequirementCoverage {
  rate: number | null;
  covered: number;
  requirements: number;
  breakdown: Record<CoverageStatus, number>;
  /** The requirements with no test, in key order (the panel lists them as links). */
  uncovered: Array<{ key: string; summary: string }>;
}

function keyOrder(a: string, b: string): number {
  const split = (key: string) => [key.replace(/-\d+$/, ''), Number(/-(\d+)$/.exec(key)?.[1] ?? 0)] as const;
  const [pa, na] = split(a);
  const [pb, nb] = split(b);
  return pa < pb ? -1 : pa > pb ? 1 : na - nb;
}

/** Coverage of the requirements given; a requirement listed twice counts once (its first record). */
export function requirementCoverage(records: readonly RequirementRecord[]): RequirementCoverage {
  const byKey = new Map<string, RequirementRecord>();
  for (const record of records) if (!byKey.has(record.key)) byKey.set(record.key, record);
  const breakdown: Record<CoverageStatus, number> = { passed: 0, failed: 0, notRun: 0, uncovered: 0, covered: 0 };
  for (const record of byKey.values()) breakdown[record.coverage] += 1;
  const requirements = byKey.size;
  const covered = requirements - breakdown.uncovered;
  return {
    rate: percentage(covered, requirements),
    covered,
    requirements,
    breakdown,
    uncovered: [...byKey.values()].filter((r) => r.coverage === 'uncovered').map(({ key, summary }) => ({ key, summary })).sort((a, b) => keyOrder(a.key, b.key)),
  };
}

/** A test run as a source reports it: its status name and whether that status is final. */
export interface TestRunRecord {
  status: string;
  final: boolean;
}

export interface ExecutionProgress {
  rate: number | null;
  finished: number;
  planned: number;
  /** Runs per status name, as the source names them. */
  byStatus: Record<string, number>;
}

export function executionProgress(runs: readonly TestRunRecord[]): ExecutionProgress {
  const byStatus: Record<string, number> = {};
  for (const run of runs) byStatus[run.status] = (byStatus[run.status] ?? 0) + 1;
  const finished = runs.filter((run) => run.final).length;
  return { rate: percentage(finished, runs.length), finished, planned: runs.length, byStatus };
}

/** A test execution with its runs, and what marks it as UAT. */
export interface TestExecutionRecord {
  key: string;
  testEnvironments: readonly string[];
  labels: readonly string[];
  runs: readonly TestRunRecord[];
}

export interface UatPassRate {
  rate: number | null;
  passed: number;
  executed: number;
  /** The UAT executions counted. */
  executions: number;
}

/** The status a passed run has (Xray's default PASSED; compared without case). */
export const PASSED_STATUS = 'PASSED';

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function isUatExecution(execution: Pick<TestExecutionRecord, 'testEnvironments' | 'labels'>, uatName: string): boolean {
  return [...execution.testEnvironments, ...execution.labels].some((name) => sameName(name, uatName));
}

export function uatPassRate(executions: readonly TestExecutionRecord[], uatName: string): UatPassRate {
  const uat = executions.filter((execution) => isUatExecution(execution, uatName));
  const executedRuns = uat.flatMap((execution) => execution.runs.filter((run) => run.final));
  const passed = executedRuns.filter((run) => sameName(run.status, PASSED_STATUS)).length;
  return { rate: percentage(passed, executedRuns.length), passed, executed: executedRuns.length, executions: uat.length };
}
