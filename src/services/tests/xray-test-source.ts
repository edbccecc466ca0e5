/**
 * The test figures' inputs from Xray Cloud (DESIGN.md section 4b). Jira says which issues are in
 * scope, searched as the viewer, so a figure holds only what the viewer may browse (Xray would run
 * JQL as its API key's user): the release's requirements, its test executions and, for a component,
 * its tests. Xray then gives, by issue id, the requirements' coverage status for the release, the
 * executions' test environments and their test runs. Calls follow the number of requirements and
 * runs in the release (100 to a call), never the project's size.
 */
import {
  requirementCoverage, requirementsJql, testExecutionsJql, testsOfComponentsJql,
  type RequirementCoverage, type TestExecutionRecord,
} from '../../domain/tests';
import type { MetricsSettings } from '../../domain/metrics/settings';
import { TEST_SCOPE_FIELDS, testScopeIssueOf, type TestScopeIssue } from '../../jira';
import type { XrayClient } from '../../xray/client';
import { coverageStatuses, executionEnvironments, runsOfExecutions } from '../../xray/reads';
import { SEARCH_PAGE_SIZE } from '../metrics/defect-fetch';
import type { MetricsJira } from '../metrics/metrics-jira';

export interface ReleaseScope {
  projectKey: string;
  release: string;
  components: readonly string[];
}

async function issuesOf(jira: MetricsJira, jql: string): Promise<TestScopeIssue[]> {
  const issues: TestScopeIssue[] = [];
  for await (const page of jira.client.searchJqlPages({ jql, fields: [...TEST_SCOPE_FIELDS], maxResults: SEARCH_PAGE_SIZE })) issues.push(...page.map(testScopeIssueOf));
  return issues;
}

export async function xrayRequirementCoverage(jira: MetricsJira, xray: XrayClient, scope: ReleaseScope, settings: MetricsSettings): Promise<RequirementCoverage> {
  const requirements = await issuesOf(jira, requirementsJql(scope, settings.tests));
  const statuses = requirements.length === 0 ? new Map() : await coverageStatuses(xray, requirements.map((r) => r.id), scope.release);
  // A requirement Xray does not list is not coverable there: no test covers it.
  return requirementCoverage(requirements.map((r) => ({ key: r.key, summary: r.summary, coverage: statuses.get(r.id) ?? 'uncovered' })));
}

/** The release's test executions with their runs (of the scope's components' tests only, when named). */
export async function xrayReleaseExecutions(jira: MetricsJira, xray: XrayClient, scope: ReleaseScope, settings: MetricsSettings): Promise<TestExecutionRecord[]> {
  const executions = await issuesOf(jira, testExecutionsJql(scope));
  if (executions.length === 0) return [];
  const ids = executions.map((e) => e.id);
  const environments = await executionEnvironments(xray, ids);
  const runs = await runsOfExecutions(xray, ids);
  const componentTests = scope.components.length === 0
    ? null
    : new Set((await issuesOf(jira, testsOfComponentsJql({ projectKey: scope.projectKey, components: scope.components }, settings.tests))).map((t) => t.id));
  return executions.map((execution) => ({
    key: execution.key,
    testEnvironments: environments.get(execution.id) ?? [],
    labels: execution.labels,
    runs: runs
      .filter((run) => run.executionId === execution.id && (componentTests === null || (run.testId !== null && componentTests.has(run.testId))))
      .map(({ status, final }) => ({ status, final })),
  }));
}
