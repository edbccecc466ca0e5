/** JQL for the Jira-alone test source: the requirements of a project, optionally of one release and some components. */
import { quotedJqlList, quoteJqlValue } from '../jql';
import type { TestSettings } from '../metrics/settings';

export interface RequirementScope {
  projectKey: string;
  /** The release (fix version: what it was planned for); all releases when left out. */
  release?: string;
  /** Any of these components; all when empty or left out. */
  components?: readonly string[];
}

export function requirementsJql(scope: RequirementScope, tests: Pick<TestSettings, 'requirementIssueTypes'>): string {
  const clauses = [
    `project = ${quoteJqlValue(scope.projectKey.trim())}`,
    `issuetype in ${quotedJqlList(tests.requirementIssueTypes)}`,
    ...(scope.release === undefined ? [] : [`fixVersion = ${quoteJqlValue(scope.release)}`]),
    ...(scope.components?.length ? [`component in ${quotedJqlList(scope.components)}`] : []),
  ];
  return `${clauses.join(' AND ')} ORDER BY key ASC`;
}

/** Xray's issue type for a test execution (its runs live in Xray; the issue's fix version is its release). */
export const XRAY_TEST_EXECUTION_TYPE = 'Test Execution';

/** The test executions of a project's release. */
export function testExecutionsJql(scope: { projectKey: string; release: string }): string {
  return [
    `project = ${quoteJqlValue(scope.projectKey.trim())}`,
    `issuetype = ${quoteJqlValue(XRAY_TEST_EXECUTION_TYPE)}`,
    `fixVersion = ${quoteJqlValue(scope.release)}`,
  ].join(' AND ') + ' ORDER BY key ASC';
}

/** The tests of some components of a project (to keep a component's runs only). */
export function testsOfComponentsJql(scope: { projectKey: string; components: readonly string[] }, tests: Pick<TestSettings, 'testIssueTypes'>): string {
  return [
    `project = ${quoteJqlValue(scope.projectKey.trim())}`,
    `issuetype in ${quotedJqlList(tests.testIssueTypes)}`,
    `component in ${quotedJqlList(scope.components)}`,
  ].join(' AND ') + ' ORDER BY key ASC';
}

/** Xray's issue type for a test plan (the test executions planned for a release). */
export const XRAY_TEST_PLAN_TYPE = 'Test Plan';

/** The test plans of a project, newest first. */
export function testPlansJql(projectKey: string): string {
  return `project = ${quoteJqlValue(projectKey.trim())} AND issuetype = ${quoteJqlValue(XRAY_TEST_PLAN_TYPE)} ORDER BY created DESC`;
}

/** Issues by id (at most a page of them). */
export function issuesByIdJql(ids: readonly string[]): string {
  return `id in (${ids.map((id) => String(Number(id))).join(', ')}) ORDER BY key ASC`;
}
