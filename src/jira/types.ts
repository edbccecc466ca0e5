/**
 * The Jira REST v3 shapes the client sends and reads, named after the schemas in Atlassian's OpenAPI
 * description (test/contract/openapi-subset.json holds the full definitions). The JSON the mappers
 * also read (issues, statuses, links, changelogs, comments, users, versions...) is declared once in
 * shapes.ts and re-exported from here; this module adds the request bodies, the pages and what the
 * client alone relies on. Only the properties the app uses are typed.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/
 */
import type { AdfDoc, IssueBean, IssueLinkType, Project, StatusDetails, Version } from './shapes';

/** Every shape the mappers read as well. */
export type * from './shapes';

/** ErrorCollection: the body of most Jira error responses. */
export interface ErrorCollection {
  errorMessages?: string[];
  errors?: Record<string, string>;
  status?: number;
}

/** PageBean<T>: one page of a list Jira pages by startAt. */
interface PageBean<T> {
  values?: T[];
  startAt?: number;
  maxResults?: number;
  total?: number;
  isLast?: boolean;
  nextPage?: string;
  self?: string;
}

/** PageBeanProject: one page of GET /project/search. */
export type PageBeanProject = PageBean<Project>;

/** PageBeanVersion: one page of GET /project/{key}/version. */
export type PageBeanVersion = PageBean<Version>;

/** IssuesAndJQLQueries: the body of POST /jql/match. */
export interface IssuesAndJQLQueries {
  issueIds: number[];
  jqls: string[];
}

/** IssueMatches: per query, in the order sent, the ids it returns or why it could not run. */
export interface IssueMatches {
  matches: Array<{ matchedIssues: number[]; errors: string[] }>;
}

/** The orders GET /project/search accepts (a "-" sorts descending). */
export type ProjectSearchOrder =
  | 'category' | '-category' | '+category'
  | 'key' | '-key' | '+key'
  | 'name' | '-name' | '+name'
  | 'owner' | '-owner' | '+owner'
  | 'issueCount' | '-issueCount' | '+issueCount'
  | 'lastIssueUpdatedDate' | '-lastIssueUpdatedDate' | '+lastIssueUpdatedDate'
  | 'archivedDate' | '+archivedDate' | '-archivedDate'
  | 'deletedDate' | '+deletedDate' | '-deletedDate';

export interface SearchAndReconcileRequestBean {
  jql: string;
  fields?: string[];
  /** Comma-separated, e.g. "names,changelog". */
  expand?: string;
  properties?: string[];
  maxResults?: number;
  nextPageToken?: string;
  fieldsByKeys?: boolean;
  reconcileIssues?: number[];
}

/** SearchAndReconcileResults: one page of /search/jql. There is no `total`. */
export interface SearchAndReconcileResults {
  issues?: IssueBean[];
  nextPageToken?: string;
  isLast?: boolean;
  names?: Record<string, string>;
}

export interface BulkChangelogRequestBean {
  issueIdsOrKeys: string[];
  fieldIds?: string[];
  /** Histories per page: 1 to 10,000, 1,000 when left out. */
  maxResults?: number;
  nextPageToken?: string;
}

/** EntityProperty: an issue or project property with its key. Values are JSON, at most 32,768 characters. */
export interface EntityProperty<T = unknown> {
  key: string;
  value: T;
}

export interface PropertyKeys {
  keys?: { key?: string; self?: string }[];
}

/** FieldUpdateOperation: one verb of an `update` entry, e.g. `{ add: { type: { name: 'Relates' }, outwardIssue: { key: 'QA-1' } } }`. */
export interface FieldUpdateOperation {
  add?: unknown;
  set?: unknown;
  remove?: unknown;
  edit?: unknown;
  copy?: unknown;
}

/** IssueUpdateDetails: the body of create, edit and transition. */
export interface IssueUpdateDetails {
  fields?: Record<string, unknown>;
  update?: Record<string, FieldUpdateOperation[]>;
  properties?: EntityProperty[];
  transition?: { id: string; looped?: boolean };
  historyMetadata?: Record<string, unknown>;
}

export interface NestedResponse {
  status?: number;
  errorCollection?: ErrorCollection;
}

/** CreatedIssue: the answer to a create. */
export interface CreatedIssue {
  id: string;
  key: string;
  self?: string;
  transition?: NestedResponse;
}

/** BulkOperationErrorResult: why one element of a bulk create failed (`failedElementNumber` is 0-based). */
export interface BulkOperationErrorResult {
  failedElementNumber?: number;
  status?: number;
  elementErrors?: ErrorCollection;
}

export interface CreatedIssues {
  issues?: CreatedIssue[];
  errors?: BulkOperationErrorResult[];
}

/** LinkIssueRequestJsonBean: the body of POST /issueLink. */
export interface LinkIssueRequestJsonBean {
  type: { id: string } | { name: string };
  inwardIssue: { id: string } | { key: string };
  outwardIssue: { id: string } | { key: string };
  comment?: { body: AdfDoc };
}

export interface IssueTransition {
  id?: string;
  name?: string;
  to?: StatusDetails;
  hasScreen?: boolean;
  isGlobal?: boolean;
  isInitial?: boolean;
  isAvailable?: boolean;
  isConditional?: boolean;
  looped?: boolean;
}

export interface Transitions {
  transitions?: IssueTransition[];
}

export interface UserPermission {
  id?: string;
  key?: string;
  name?: string;
  type?: 'GLOBAL' | 'PROJECT';
  havePermission?: boolean;
}

export interface Permissions {
  permissions?: Record<string, UserPermission>;
}

export interface IssueLinkTypes {
  issueLinkTypes?: IssueLinkType[];
}

export type JqlValidation = 'strict' | 'warn' | 'none';

/** ParsedJqlQuery: one query's parse result; `structure` is Jira's syntax tree, kept untyped. */
export interface ParsedJqlQuery {
  query: string;
  errors?: string[];
  warnings?: string[];
  structure?: unknown;
}

export interface ParsedJqlQueries {
  queries: ParsedJqlQuery[];
}

/** BulkFetchIssueRequestBean: POST /issue/bulkfetch (at most 100 issues, 5 property keys). */
export interface BulkFetchIssueRequestBean {
  issueIdsOrKeys: string[];
  fields?: string[];
  expand?: string[];
  properties?: string[];
  fieldsByKeys?: boolean;
}

/** BulkIssueResults: the issues found (ascending id); ones not found or hidden are left out. */
export interface BulkIssueResults {
  issues?: IssueBean[];
  issueErrors?: { id?: string; errorMessage?: string }[];
}

/** JQLCountResultsBean: POST /search/approximate-count. */
export interface JQLCountResultsBean {
  count?: number;
}

/** FieldCreateMetadata / FieldMetadata: one field of a create or edit screen. */
export interface FieldMetadata {
  fieldId?: string;
  key?: string;
  name?: string;
  required?: boolean;
  operations?: string[];
}

export interface PageOfCreateMetaIssueTypes {
  issueTypes?: { id?: string; name?: string }[];
  startAt?: number;
  maxResults?: number;
  total?: number;
}

export interface PageOfCreateMetaIssueTypeWithField {
  fields?: FieldMetadata[];
  startAt?: number;
  maxResults?: number;
  total?: number;
}

/** IssueUpdateMetadata: GET /issue/{key}/editmeta, the fields the user may edit on the issue's screen. */
export interface IssueUpdateMetadata {
  fields?: Record<string, FieldMetadata>;
}
