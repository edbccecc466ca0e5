/**
 * What the app reads from Xray Cloud, handed back as plain records: requirements' coverage statuses,
 * test executions' environments, and their test runs. Ids go 100 to a call; runs page by `start`.
 */
import type { CoverageStatus } from '../domain/tests';
import type { XrayClient } from './client';
import { COVERAGE_QUERY, EXECUTIONS_QUERY, RUNS_QUERY, XRAY_PAGE } from './queries';

interface Page<T> { total?: number | null; start?: number | null; results?: Array<T | null> | null }

function chunks<T>(items: readonly T[], size = XRAY_PAGE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

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

/** Coverage of each requirement for a version; a requirement Xray does not list (not coverable there) is absent. */
export async function coverageStatuses(client: XrayClient, issueIds: readonly string[], version: string): Promise<Map<string, CoverageStatus>> {
  const out = new Map<string, CoverageStatus>();
  for (const ids of chunks(issueIds)) {
    const data = await client.query<{ getCoverableIssues: Page<{ issueId?: string | null; status?: { name?: string | null } | null }> | null }>(
      COVERAGE_QUERY, { issueIds: ids, version, limit: XRAY_PAGE }, `the coverage of the requirements of ${version}`,
    );
    for (const item of data.getCoverableIssues?.results ?? []) {
      if (item?.issueId) out.set(item.issueId, coverageOf(item.status?.name));
    }
  }
  return out;
}

export async function executionEnvironments(client: XrayClient, issueIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const ids of chunks(issueIds)) {
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
  for (const ids of chunks(executionIds)) {
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
