/**
 * The GraphQL the app sends to Xray Cloud, checked against the schema it was transcribed from by
 * test/contract/xray-queries.test.ts (sandbox/xray/schema.graphql names the source). Every list asks
 * at most 100 items ("Values of limit must be within 1-100"), and none nests a list in a list, so a
 * call stays far below Xray's 10,000 items.
 */

/** Coverage status of requirements (by issue id) for a version name, or a test plan (its issue id). */
export const COVERAGE_QUERY = `query RequirementCoverage($issueIds: [String], $version: String, $testPlan: String, $limit: Int!) {
  getCoverableIssues(issueIds: $issueIds, limit: $limit) {
    total
    results { issueId status(version: $version, testPlan: $testPlan) { name } }
  }
}`;

/** A page of a test plan's test executions with their environments (one plan: 1 + 100 items). */
export const TEST_PLAN_QUERY = `query TestPlanExecutions($issueIds: [String], $limit: Int!, $start: Int) {
  getTestPlans(issueIds: $issueIds, limit: 1) {
    total
    results { issueId testExecutions(limit: $limit, start: $start) { total results { issueId testEnvironments } } }
  }
}`;

/** The test environments of test executions (by issue id). */
export const EXECUTIONS_QUERY = `query TestExecutions($issueIds: [String], $limit: Int!) {
  getTestExecutions(issueIds: $issueIds, limit: $limit) {
    total
    results { issueId testEnvironments }
  }
}`;

/** A page of the test runs of test executions (by issue id), with their status and test. */
export const RUNS_QUERY = `query TestRuns($testExecIssueIds: [String], $limit: Int!, $start: Int) {
  getTestRuns(testExecIssueIds: $testExecIssueIds, limit: $limit, start: $start) {
    total
    start
    results { status { name final } test { issueId } testExecution { issueId } }
  }
}`;

export const XRAY_QUERIES = { COVERAGE_QUERY, EXECUTIONS_QUERY, RUNS_QUERY, TEST_PLAN_QUERY } as const;

/** Xray's largest page, and the most ids the app names in one call. */
export const XRAY_PAGE = 100;
