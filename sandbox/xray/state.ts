/**
 * What Xray Cloud keeps itself (the rest are Jira issues: tests, test executions, requirements and
 * the "Test" links between them, read from the Jira emulator): the API keys an admin created, each
 * test execution's test environments, the test runs with their statuses, and the run statuses.
 */

/** A test run status; `coverageStatus` is how it counts for a requirement's coverage. */
export interface XrayStatus {
  name: string;
  description: string;
  final: boolean;
  color: string;
  coverageStatus: 'OK' | 'NOK' | 'NOTRUN';
}

/**
 * Xray's built-in test run statuses, with whether each is final and its coverage mapping
 * (https://www.getxray.app/blog/understanding-requirement-and-test-statuses/: TODO and EXECUTING are
 * not final; PASSED counts as OK, FAILED and ABORTED as NOK).
 */
export const BUILT_IN_STATUSES: readonly XrayStatus[] = [
  { name: 'TODO', description: 'The test run has not started', final: false, color: '#95C160', coverageStatus: 'NOTRUN' },
  { name: 'EXECUTING', description: 'The test run is in progress', final: false, color: '#F1E069', coverageStatus: 'NOTRUN' },
  { name: 'PASSED', description: 'The test run has passed', final: true, color: '#95C160', coverageStatus: 'OK' },
  { name: 'FAILED', description: 'The test run has failed', final: true, color: '#D45D52', coverageStatus: 'NOK' },
  { name: 'ABORTED', description: 'The test run was aborted', final: true, color: '#111111', coverageStatus: 'NOK' },
];

export interface XrayApiKey {
  clientId: string;
  clientSecret: string;
  /** "Requests will be done in behalf of the user linked to the API key" (Xray: Global Settings, API Keys). */
  accountId: string;
}

export interface XrayRun {
  id: string;
  testIssueId: string;
  testExecIssueId: string;
  status: string;
  startedOn: string | null;
  finishedOn: string | null;
  executedById: string | null;
}

export interface XrayData {
  apiKeys: XrayApiKey[];
  /** Test environments per test execution issue id. */
  environments: Map<string, string[]>;
  /** The test executions of each test plan, by issue id. */
  planExecutions: Map<string, string[]>;
  runs: XrayRun[];
  /** Xray's "Requirement Issue Types" setting: the issue types that can be covered by tests. */
  requirementIssueTypes: string[];
  /** Xray's test issue type and its link type to requirements (Xray's defaults). */
  testIssueType: string;
  testExecutionIssueType: string;
  testPlanIssueType: string;
  coverageLinkType: string;
}

export function emptyXrayData(): XrayData {
  return {
    apiKeys: [],
    environments: new Map(),
    planExecutions: new Map(),
    runs: [],
    requirementIssueTypes: ['Story'],
    testIssueType: 'Test',
    testExecutionIssueType: 'Test Execution',
    testPlanIssueType: 'Test Plan',
    coverageLinkType: 'Test',
  };
}
