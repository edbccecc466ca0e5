/**
 * What the rest of the app imports from the Jira port: the client, its transports, its error type,
 * the Jira shapes and the mappers from them to the domain's records. Nothing outside src/jira/
 * builds a Jira URL.
 */
export { createJiraClient, type JiraCallCounts, type JiraClient, type JiraClientOptions } from './client';
export type { BulkChangelogRequest } from './changelogs';
export { CHANGELOG_BULK_LIMIT, CHANGELOG_PAGE_MAX } from './changelogs';
export { appClientDeadline, appJiraClient, userClientDeadline, userJiraClient } from './clients';
export { invocationDeadline, invocationRemainingMs } from './invocation-deadline';
export { JiraError, JiraNotFoundError, isJiraError, isNotFound, isQuotaReason, type JiraErrorBody } from './errors';
export {
  ISSUE_BULK_CREATE_LIMIT, ISSUE_BULK_FETCH_LIMIT, type BulkCreateResult, type CreatedIssueAt, type FailedIssueAt, type GetIssueOptions,
} from './issues';
export { PROJECT_SEARCH_PAGE_SIZE, type ProjectSearch } from './metadata';
export { commentFromJira, type CommentRecord } from './mappers/comments';
export { buildTimelineSuggestions, type JiraIssueForTimeline } from './mappers/incident';
export { INCIDENT_ISSUE_EXPAND, INCIDENT_ISSUE_FIELDS, incidentIssueFromJira, personOf, type IncidentIssue } from './mappers/incident-issue';
export { ISSUE_LINK_FIELDS, ISSUE_PROJECT_FIELDS, linkedIssuesOfIssue, projectKeyOfEventIssue, projectKeyOfIssue, type IssueRef } from './mappers/issue-parts';
export {
  MalformedJiraDataError, NO_CHANGES, actionTaskFromIssue, createNameListPool, createStatusHistoryCollector, defectRecordFromIssue,
  followThroughFactsFromIssue, incidentFactsFromIssue, incidentLinksFromJira, incidentRecordFromIssue, releaseVersionOf, releaseVersionsFromJira,
  statusCatalogFromJira, statusInfoFromJira, type FollowThroughFacts, type IncidentFacts, type StatusChangelogPage,
} from './mappers/metrics';
export {
  ACTION_TASK_FIELDS, DEFECT_SEARCH_FIELDS, FOLLOW_THROUGH_SEARCH_FIELDS, INCIDENT_FACTS_FIELDS, INCIDENT_FIELDS,
  type ActionTaskFields, type DefectSearchFields, type FollowThroughFields, type IncidentFactsFields, type IncidentFields,
} from './mappers/metrics-fields';
export { namedItemsFromJira, projectFromJira, type NamedItem, type ProjectRecord, type ProjectVersion } from './mappers/project';
export {
  MARKER_ONLY_FIELDS, TASK_CREATED_FIELDS, TASK_ORIGIN_FIELDS, TASK_STATE_FIELDS, TASK_UPDATE_FIELDS, taskIssueFromJira, type TaskIssue,
} from './mappers/task-issue';
export { TASK_FIELD_IDS, taskCreateRequest, taskEditRequest, taskFieldsOnScreen, type TaskCreateRequest, type TaskEdit } from './mappers/task-request';
export { assignablePeople } from './mappers/users';
export { chunk, collect } from './paging';
export { InvalidPathValueError } from './paths';
export type { PropertyWrite } from './properties';
export { DEFAULT_RETRY, type RetryOptions } from './retry';
export { MAX_RECONCILE_ISSUES, type SearchJqlRequest } from './search';
export { asAppTransport, asUserTransport, type JiraResponse, type JiraTransport } from './transport';
export type { AssignableUsersQuery, PermissionScope } from './users';
export type * from './types';
export {
  REQUIREMENT_FIELDS, requirementFromIssue, TEST_SCOPE_FIELDS, testScopeIssueOf, TEST_PLAN_FIELDS, testPlanIssueOf, type TestScopeIssue, type TestPlanIssue,
} from './mappers/requirements';
