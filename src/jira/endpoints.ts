/**
 * Every Jira REST endpoint the app calls, as method + path template, in one place. The template is
 * also the call's name in errors and call counts ("POST /rest/api/3/search/jql"), and the contract
 * tests check each one against Atlassian's OpenAPI description.
 *
 * `idempotent` says whether a request may be sent again after a 5xx or a network failure: repeating a
 * read, a PUT or a DELETE is harmless, repeating a create could make a second issue, link or comment.
 */

import type {
  BulkChangelogResponseBean,
  BulkIssueResults,
  IssueUpdateMetadata,
  JQLCountResultsBean,
  PageOfCreateMetaIssueTypes,
  PageOfCreateMetaIssueTypeWithField,
  Comment,
  CreatedIssue,
  CreatedIssues,
  EntityProperty,
  IssueBean,
  IssueLinkTypes,
  IssueTypeDetails,
  PageBeanProject,
  PageOfComments,
  IssueMatches,
  PageBeanVersion,
  ParsedJqlQueries,
  Permissions,
  Priority,
  Project,
  ProjectComponent,
  PropertyKeys,
  Resolution,
  SearchAndReconcileResults,
  StatusCategory,
  StatusDetails,
  Transitions,
  User,
  Version,
} from './types';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

declare const responseType: unique symbol;

/** Marks the JSON an endpoint answers with; it exists only for the compiler. */
export interface Returns<Response> {
  readonly [responseType]?: Response;
}

export const returns = <Response>(): Returns<Response> => ({});

export interface Endpoint<Path extends string = string, Response = unknown> extends Returns<Response> {
  method: HttpMethod;
  path: Path;
  idempotent: boolean;
}

type Define = <Path extends string, Response>(path: Path, response: Returns<Response>) => Endpoint<Path, Response>;

const define =
  (method: HttpMethod, idempotent: boolean): Define =>
  (path) => ({ method, path, idempotent });

const read = define('GET', true);
/** A POST that only reads (search, bulk fetch, parse), so it is safe to repeat. */
const query = define('POST', true);
const create = define('POST', false);
const put = define('PUT', true);
const remove = define('DELETE', true);

const API = '/rest/api/3';

export const ENDPOINTS = {
  searchJql: query(`${API}/search/jql`, returns<SearchAndReconcileResults>()),
  countIssues: query(`${API}/search/approximate-count`, returns<JQLCountResultsBean>()),
  bulkFetchIssues: query(`${API}/issue/bulkfetch`, returns<BulkIssueResults>()),
  getCreateMetaIssueTypes: read(`${API}/issue/createmeta/{projectIdOrKey}/issuetypes`, returns<PageOfCreateMetaIssueTypes>()),
  getCreateMetaFields: read(`${API}/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}`, returns<PageOfCreateMetaIssueTypeWithField>()),
  getEditMeta: read(`${API}/issue/{issueIdOrKey}/editmeta`, returns<IssueUpdateMetadata>()),
  parseJql: query(`${API}/jql/parse`, returns<ParsedJqlQueries>()),
  matchJql: query(`${API}/jql/match`, returns<IssueMatches>()),
  bulkFetchChangelogs: query(`${API}/changelog/bulkfetch`, returns<BulkChangelogResponseBean>()),

  getIssue: read(`${API}/issue/{issueIdOrKey}`, returns<IssueBean>()),
  createIssue: create(`${API}/issue`, returns<CreatedIssue>()),
  createIssues: create(`${API}/issue/bulk`, returns<CreatedIssues>()),
  editIssue: put(`${API}/issue/{issueIdOrKey}`, returns<unknown>()),
  getTransitions: read(`${API}/issue/{issueIdOrKey}/transitions`, returns<Transitions>()),
  doTransition: create(`${API}/issue/{issueIdOrKey}/transitions`, returns<unknown>()),
  getComments: read(`${API}/issue/{issueIdOrKey}/comment`, returns<PageOfComments>()),
  addComment: create(`${API}/issue/{issueIdOrKey}/comment`, returns<Comment>()),

  createIssueLink: create(`${API}/issueLink`, returns<unknown>()),
  getIssueLinkTypes: read(`${API}/issueLinkType`, returns<IssueLinkTypes>()),

  getIssuePropertyKeys: read(`${API}/issue/{issueIdOrKey}/properties`, returns<PropertyKeys>()),
  getIssueProperty: read(`${API}/issue/{issueIdOrKey}/properties/{propertyKey}`, returns<EntityProperty>()),
  setIssueProperty: put(`${API}/issue/{issueIdOrKey}/properties/{propertyKey}`, returns<unknown>()),
  deleteIssueProperty: remove(`${API}/issue/{issueIdOrKey}/properties/{propertyKey}`, returns<unknown>()),
  getProjectPropertyKeys: read(`${API}/project/{projectIdOrKey}/properties`, returns<PropertyKeys>()),
  getProjectProperty: read(`${API}/project/{projectIdOrKey}/properties/{propertyKey}`, returns<EntityProperty>()),
  setProjectProperty: put(`${API}/project/{projectIdOrKey}/properties/{propertyKey}`, returns<unknown>()),
  deleteProjectProperty: remove(`${API}/project/{projectIdOrKey}/properties/{propertyKey}`, returns<unknown>()),

  myself: read(`${API}/myself`, returns<User>()),
  getUser: read(`${API}/user`, returns<User>()),
  findAssignableUsers: read(`${API}/user/assignable/search`, returns<User[]>()),
  myPermissions: read(`${API}/mypermissions`, returns<Permissions>()),

  getStatuses: read(`${API}/status`, returns<StatusDetails[]>()),
  getStatusCategories: read(`${API}/statuscategory`, returns<StatusCategory[]>()),
  getPriorities: read(`${API}/priority`, returns<Priority[]>()),
  getResolutions: read(`${API}/resolution`, returns<Resolution[]>()),
  getProject: read(`${API}/project/{projectIdOrKey}`, returns<Project>()),
  searchProjects: read(`${API}/project/search`, returns<PageBeanProject>()),
  getProjectComponents: read(`${API}/project/{projectIdOrKey}/components`, returns<ProjectComponent[]>()),
  getProjectVersions: read(`${API}/project/{projectIdOrKey}/versions`, returns<Version[]>()),
  getProjectVersionsPage: read(`${API}/project/{projectIdOrKey}/version`, returns<PageBeanVersion>()),
  getIssueTypesForProject: read(`${API}/issuetype/project`, returns<IssueTypeDetails[]>()),
} as const;

/** "POST /rest/api/3/search/jql": how a call is named in errors and counts. */
export const callName = (endpoint: Endpoint<string, unknown>): string => `${endpoint.method} ${endpoint.path}`;
