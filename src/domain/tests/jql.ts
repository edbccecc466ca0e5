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
