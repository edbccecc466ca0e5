/**
 * What the app reads from Xray Cloud, handed back as plain records: requirements' coverage statuses,
 * test executions' environments, and their test runs. Ids go 100 to a call; runs page by `start`.
 */
import type { CoverageStatus } from '../domain/tests';
import { chunk } from '../jira/paging';
import type { XrayClient } from './client';
import { COVERAGE_QUERY, EXECUTIONS_QUERY, RUNS_QUERY, TEST_PLAN_QUERY, XRAY_PAGE } from './queries';

interface Page<T> { total?: number | null; start?: number | null; results?: Array<T | null> | null }

/**
 * Xray's coverage status names (https://docs.getxray.app: OK, NOK, NOT RUN, UNKNOWN, UNCOVERED; its
 * code writes NOTRUN) as the figures' breakdown; UNKNOWN and anything new count as covered without a
 * known status.
 */
export function coverageOf(name: string | null | undefined): CoverageStatus {
  switch ((name ?? '').replace(/[\s_]+/g, '').toUpperCase()) {
    case 'OK': return 'passed';
    case 'NOK': return 'failed';
    case 'NOTRUN': return 'notRun';
    case 'UNCOVERED': return 'uncovered';
    default: return 'covered';
  }
}

/**
 * Coverage of each requirement for a version, or within a test plan (its issue id) when given; a
 * requirement Xray does not list (not coverable there) is absent.
 */
export async function coverageStatuses(client: XrayClient, issueIds: readonly string[], version: string, testPlanId?: string): Promise<Map<string, CoverageStatus>> {
  const out = new Map<string, CoverageStatus>();
  for (const ids of chunk(issueIds, XRAY_PAGE)) {
    const data = await client.query<{ getCoverableIssues: Page<{ issueId?: string | null; status?: { name?: string | null } | null }> | null }>(
      COVERAGE_QUERY, { issueIds: ids, version: testPlanId ? null : version, testPlan: testPlanId ?? null, limit: XRAY_PAGE },
      `the coverage of the requirements of ${version}`,
    );
    for (const item of data.getCoverableIssues?.results ?? []) {
      if (item?.issueId) out.set(item.issueId, coverageOf(item.status?.name));
    }
  }
  return out;
}

export async function executionEnvironments(client: XrayClient, issueIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const ids of chunk(issueIds, XRAY_PAGE)) {
    const data = await client.query<{ getTestExecutions: Page<{ issueId?: string | null; testEnvironments?: Array<string | null> | null }> | null }>(
      EXECUTIONS_QUERY, { issueIds: ids, limit: XRAY_PAGE }, 'the test environments of the test executions',
    );
    for (const item of data.getTestExecutions?.results ?? []) {
      if (item?.issueId) out.set(item.issueId, (item.testEnvironments ?? []).filter((e): e is string => typeof e === 'string'));
    }
  }
  return out;
}

export interface XrayRunRecord {
  executionId: string;
  testId: string | null;
  status: string;
  final: boolean;
}

type RunItem = { status?: { name?: string | null; final?: boolean | null } | null; test?: { issueId?: string | null } | null; testExecution?: { issueId?: string | null } | null };

export async function runsOfExecutions(client: XrayClient, executionIds: readonly string[]): Promise<XrayRunRecord[]> {
  const runs: XrayRunRecord[] = [];
  for (const ids of chunk(executionIds, XRAY_PAGE)) {
    for (let start = 0; ; start += XRAY_PAGE) {
      const data = await client.query<{ getTestRuns: Page<RunItem> | null }>(
        RUNS_QUERY, { testExecIssueIds: ids, limit: XRAY_PAGE, start }, 'the test runs of the test executions',
      );
      const page = data.getTestRuns;
      const results = page?.results ?? [];
      for (const run of results) {
        const executionId = run?.testExecution?.issueId;
        if (!run || !executionId) continue;
        runs.push({ executionId, testId: run.test?.issueId ?? null, status: run.status?.name ?? 'UNKNOWN', final: run.status?.final === true });
      }
      if (results.length === 0 || start + XRAY_PAGE >= (page?.total ?? 0)) break;
    }
  }
  return runs;
}

/** A test plan's test executions (by issue id) with their test environments; empty when Xray does not know the plan. */
export async function testPlanExecutions(client: XrayClient, planId: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let start = 0; ; start += XRAY_PAGE) {
    const data = await client.query<{ getTestPlans: Page<{ testExecutions?: Page<{ issueId?: string | null; testEnvironments?: Array<string | null> | null }> | null }> | null }>(
      TEST_PLAN_QUERY, { issueIds: [planId], limit: XRAY_PAGE, start }, 'the test executions of the test plan',
    );
    const executions = data.getTestPlans?.results?.[0]?.testExecutions;
    const results = executions?.results ?? [];
    for (const item of results) {
      if (item?.issueId) out.set(item.issueId, (item.testEnvironments ?? []).filter((e): e is string => typeof e === 'string'));
    }
    if (results.length === 0 || start + XRAY_PAGE >= (executions?.total ?? 0)) return out;
  }
}
