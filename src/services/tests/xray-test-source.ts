/**
 * The test figures' inputs from Xray Cloud (DESIGN.md section 4b). Jira says which issues are in
 * scope, searched as the viewer, so a figure holds only what the viewer may browse (Xray would run
 * JQL as its API key's user): the release's requirements, its test executions and, for a component,
 * its tests. Xray then gives, by issue id, the requirements' coverage status for the release, the
 * executions' test environments and their test runs. Calls follow the number of requirements and
 * runs in the release (100 to a call), never the project's size.
 */
import {
  executionProgress, issuesByIdJql, requirementCoverage, requirementsJql, testExecutionsJql, testsOfComponentsJql, uatPassRate,
  type RequirementCoverage, type TestExecutionRecord,
} from '../../domain/tests';
import type { MetricsSettings } from '../../domain/metrics/settings';
import { chunk, TEST_SCOPE_FIELDS, testScopeIssueOf, type TestPlanIssue, type TestScopeIssue } from '../../jira';
import type { XrayClient } from '../../xray/client';
import { coverageStatuses, executionEnvironments, runsOfExecutions, testPlanExecutions } from '../../xray/reads';
import { XRAY_PAGE } from '../../xray/queries';
import type { ReleaseTestFigures } from './test-source';
import { SEARCH_PAGE_SIZE } from '../metrics/defect-fetch';
import type { MetricsJira } from '../metrics/metrics-jira';

export interface ReleaseScope {
  projectKey: string;
  release: string;
  components: readonly string[];
}

/**
 * The issues of a JQL search as the viewer, each search made once per request: a test plan's release
 * is also the trend's last (its requirements), and a component's tests are the same for every release.
 */
export class ScopeSearches {
  private readonly asked = new Map<string, Promise<TestScopeIssue[]>>();

  constructor(private readonly jira: MetricsJira) {}

  issues(jql: string): Promise<TestScopeIssue[]> {
    let found = this.asked.get(jql);
    if (!found) {
      found = this.search(jql);
      this.asked.set(jql, found);
      // A refused search is not kept: the next ask tries again.
      found.catch(() => this.asked.delete(jql));
    }
    return found;
  }

  private async search(jql: string): Promise<TestScopeIssue[]> {
    const issues: TestScopeIssue[] = [];
    for await (const page of this.jira.client.searchJqlPages({ jql, fields: [...TEST_SCOPE_FIELDS], maxResults: SEARCH_PAGE_SIZE })) issues.push(...page.map(testScopeIssueOf));
    return issues;
  }
}

/** Coverage of the release's requirements, their statuses for the release or, when named, within a test plan. */
export async function xrayRequirementCoverage(searches: ScopeSearches, xray: XrayClient, scope: ReleaseScope, settings: MetricsSettings, testPlanId?: string): Promise<RequirementCoverage> {
  const requirements = await searches.issues(requirementsJql(scope, settings.tests));
  const statuses = requirements.length === 0 ? new Map() : await coverageStatuses(xray, requirements.map((r) => r.id), scope.release, testPlanId);
  // A requirement Xray does not list is not coverable there: no test covers it.
  return requirementCoverage(requirements.map((r) => ({ key: r.key, summary: r.summary, coverage: statuses.get(r.id) ?? 'uncovered' })));
}

/** The executions (found in Jira as the viewer) with their environments and runs, a component's tests' runs only when named. */
async function executionRecords(
  searches: ScopeSearches, xray: XrayClient, executions: readonly TestScopeIssue[], environments: Map<string, string[]>, scope: Pick<ReleaseScope, 'projectKey' | 'components'>, settings: MetricsSettings,
): Promise<TestExecutionRecord[]> {
  if (executions.length === 0) return [];
  const runs = await runsOfExecutions(xray, executions.map((e) => e.id));
  const componentTests = scope.components.length === 0
    ? null
    : new Set((await searches.issues(testsOfComponentsJql({ projectKey: scope.projectKey, components: scope.components }, settings.tests))).map((t) => t.id));
  return executions.map((execution) => ({
    key: execution.key,
    testEnvironments: environments.get(execution.id) ?? [],
    labels: execution.labels,
    runs: runs
      .filter((run) => run.executionId === execution.id && (componentTests === null || (run.testId !== null && componentTests.has(run.testId))))
      .map(({ status, final }) => ({ status, final })),
  }));
}

/** The release's test executions with their runs (of the scope's components' tests only, when named). */
export async function xrayReleaseExecutions(searches: ScopeSearches, xray: XrayClient, scope: ReleaseScope, settings: MetricsSettings): Promise<TestExecutionRecord[]> {
  const executions = await searches.issues(testExecutionsJql(scope));
  if (executions.length === 0) return [];
  const environments = await executionEnvironments(xray, executions.map((e) => e.id));
  return executionRecords(searches, xray, executions, environments, scope, settings);
}

/**
 * A test plan's figures: its executions (as Xray plans them, kept to those the viewer may browse in
 * Jira) with their runs, and the coverage of its release's requirements within the plan.
 */
export async function xrayTestPlanFigures(
  searches: ScopeSearches, xray: XrayClient, plan: TestPlanIssue, scope: Pick<ReleaseScope, 'projectKey' | 'components'>, settings: MetricsSettings,
): Promise<ReleaseTestFigures> {
  const release = plan.releases[0];
  const [coverage, executions] = await Promise.all([
    release === undefined ? Promise.resolve(requirementCoverage([])) : xrayRequirementCoverage(searches, xray, { ...scope, release }, settings, plan.id),
    (async () => {
      const environments = await testPlanExecutions(xray, plan.id);
      const ids = [...environments.keys()];
      const visible: TestScopeIssue[] = [];
      for (const page of chunk(ids, XRAY_PAGE)) visible.push(...await searches.issues(issuesByIdJql(page)));
      return executionRecords(searches, xray, visible, environments, scope, settings);
    })(),
  ]);
  return {
    requirementCoverage: coverage,
    executionProgress: executionProgress(executions.flatMap((e) => e.runs)),
    uatPassRate: uatPassRate(executions, settings.tests.uatEnvironment),
  };
}
