/**
 * Requirement coverage from Jira alone (DESIGN.md section 4b): the requirements of the scope, read as
 * the viewer with their links (one search, paged), each covered when a test is linked to it by the
 * test link type. The cost follows the number of requirements in the scope (a release's, usually
 * tens), never the number of tests or defects.
 */
import { requirementCoverage, requirementsJql, type RequirementCoverage, type RequirementScope } from '../../domain/tests';
import type { MetricsSettings } from '../../domain/metrics/settings';
import { REQUIREMENT_FIELDS, requirementFromIssue } from '../../jira';
import { SEARCH_PAGE_SIZE } from '../metrics/defect-fetch';
import type { MetricsJira } from '../metrics/metrics-jira';

export async function jiraRequirementCoverage(jira: MetricsJira, scope: RequirementScope, settings: MetricsSettings): Promise<RequirementCoverage> {
  const records = [];
  for await (const page of jira.client.searchJqlPages({ jql: requirementsJql(scope, settings.tests), fields: [...REQUIREMENT_FIELDS], maxResults: SEARCH_PAGE_SIZE })) {
    records.push(...page.map((issue) => requirementFromIssue(issue, settings.tests)));
  }
  return requirementCoverage(records);
}
