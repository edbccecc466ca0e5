/**
 * Oracle for DESIGN.md section 4b: each figure worked out by hand from small records, edge cases
 * included (no data is never 0 %, duplicates, case of names, runs not finished).
 */
import {
  executionProgress, requirementCoverage, uatPassRate, type RequirementRecord, type TestExecutionRecord, type TestRunRecord,
} from '../../../../src/domain/tests';

const requirement = (key: string, coverage: RequirementRecord['coverage']): RequirementRecord => ({ key, summary: `Summary of ${key}`, coverage });
const run = (status: string, final = ['PASSED', 'FAILED', 'ABORTED'].includes(status)): TestRunRecord => ({ status, final });

describe('requirement coverage', () => {
  it('is requirements with a test over requirements, with Xray\'s breakdown and the uncovered ones in key order', () => {
    const coverage = requirementCoverage([
      requirement('QA-10', 'passed'),
      requirement('QA-11', 'failed'),
      requirement('QA-12', 'notRun'),
      requirement('QA-14', 'uncovered'),
      requirement('QA-9', 'uncovered'),
      // listed twice (two test plans name it): counted once, as first reported
      requirement('QA-10', 'uncovered'),
    ]);
    // 5 requirements, 3 with a test: 60 %
    expect(coverage).toEqual({
      rate: 60,
      covered: 3,
      requirements: 5,
      breakdown: { passed: 1, failed: 1, notRun: 1, uncovered: 2, covered: 0 },
      uncovered: [{ key: 'QA-9', summary: 'Summary of QA-9' }, { key: 'QA-14', summary: 'Summary of QA-14' }],
    });
  });

  it('from Jira alone says covered without a run status; 2 of 3 is 66.7 %', () => {
    const coverage = requirementCoverage([requirement('QA-1', 'covered'), requirement('QA-2', 'covered'), requirement('QA-3', 'uncovered')]);
    expect(coverage).toMatchObject({ rate: 66.7, covered: 2, requirements: 3, breakdown: { covered: 2, uncovered: 1, passed: 0 } });
  });

  it('is no data without requirements, and 0 % when none has a test', () => {
    expect(requirementCoverage([])).toMatchObject({ rate: null, covered: 0, requirements: 0, uncovered: [] });
    expect(requirementCoverage([requirement('QA-1', 'uncovered')])).toMatchObject({ rate: 0, covered: 0, requirements: 1 });
  });
});

describe('test execution progress', () => {
  it('is runs with a final status over planned runs, with the count per status', () => {
    const runs = [run('PASSED'), run('PASSED'), run('PASSED'), run('FAILED'), run('TODO'), run('TODO'), run('EXECUTING'), run('ABORTED')];
    // 8 planned, 5 final (3 passed, 1 failed, 1 aborted): 62.5 %
    expect(executionProgress(runs)).toEqual({
      rate: 62.5, finished: 5, planned: 8, byStatus: { PASSED: 3, FAILED: 1, TODO: 2, EXECUTING: 1, ABORTED: 1 },
    });
  });

  it('takes a custom status as the source says whether it is final; no planned run is no data', () => {
    expect(executionProgress([run('BLOCKED', false), run('RETESTED', true), run('PASSED')])).toMatchObject({ rate: 66.7, finished: 2, planned: 3 });
    expect(executionProgress([])).toEqual({ rate: null, finished: 0, planned: 0, byStatus: {} });
  });
});

describe('UAT pass rate', () => {
  const executions: TestExecutionRecord[] = [
    { key: 'QA-50', testEnvironments: ['UAT'], labels: [], runs: [run('PASSED'), run('PASSED'), run('FAILED'), run('TODO')] },
    { key: 'QA-51', testEnvironments: ['Staging'], labels: ['uat'], runs: [run('passed', true), run('ABORTED')] },
    { key: 'QA-52', testEnvironments: ['Production'], labels: [], runs: [run('FAILED')] },
  ];

  it('is passed over executed runs of the executions of the UAT environment or label, names compared without case', () => {
    // QA-50: 3 executed (the TODO run is not), 2 passed; QA-51: 2 executed, 1 passed; QA-52 is not UAT.
    expect(uatPassRate(executions, 'UAT')).toEqual({ rate: 60, passed: 3, executed: 5, executions: 2 });
    expect(uatPassRate(executions, ' uat ')).toEqual({ rate: 60, passed: 3, executed: 5, executions: 2 });
    expect(uatPassRate(executions, 'Production')).toEqual({ rate: 0, passed: 0, executed: 1, executions: 1 });
  });

  it('is no data without UAT executions, or when none of their runs has finished', () => {
    expect(uatPassRate(executions, 'Acceptance')).toEqual({ rate: null, passed: 0, executed: 0, executions: 0 });
    expect(uatPassRate([{ key: 'QA-60', testEnvironments: ['UAT'], labels: [], runs: [run('TODO'), run('EXECUTING')] }], 'UAT'))
      .toEqual({ rate: null, passed: 0, executed: 0, executions: 1 });
  });
});
