/**
 * The Jira REST v3 shapes the app sends and reads, named after the schemas in Atlassian's OpenAPI
 * description (test/contract/openapi-subset.json holds the full definitions). Only the properties the
 * app uses are typed; Jira may send more. Times are Jira's ISO-8601 strings, e.g.
 * "2024-03-01T09:30:00.000+0000"; dates are "YYYY-MM-DD".
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/
 */

/** An Atlassian Document Format document (descriptions, comments). Built with @atlaskit/adf-utils. */
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: unknown[];
}

/** ErrorCollection: the body of most Jira error responses. */
export interface ErrorCollection {
  errorMessages?: string[];
  errors?: Record<string, string>;
  status?: number;
}

export interface AvatarUrlsBean {
  '16x16'?: string;
  '24x24'?: string;
  '32x32'?: string;
  '48x48'?: string;
}

/** UserDetails: a user as embedded in issues, changelogs and comments. */
export interface UserDetails {
  accountId?: string;
  accountType?: string;
  active?: boolean;
  displayName?: string;
  emailAddress?: string;
  avatarUrls?: AvatarUrlsBean;
  timeZone?: string;
  self?: string;
}

/** User: the answer of /myself, /user and the user searches. */
export interface User extends UserDetails {
  accountType?: 'atlassian' | 'app' | 'customer' | 'unknown';
  locale?: string;
}

/** StatusCategory: key "new" (To Do), "indeterminate" (In Progress) or "done" (Done). */
export interface StatusCategory {
  id?: number;
  key?: string;
  name?: string;
  colorName?: string;
  self?: string;
}

export interface StatusDetails {
  id?: string;
  name?: string;
  description?: string;
  iconUrl?: string;
  statusCategory?: StatusCategory;
  self?: string;
}

export interface IssueTypeDetails {
  id?: string;
  name?: string;
  description?: string;
  subtask?: boolean;
  hierarchyLevel?: number;
  iconUrl?: string;
  self?: string;
}

export interface Priority {
  id?: string;
  name?: string;
  description?: string;
  iconUrl?: string;
  statusColor?: string;
  isDefault?: boolean;
  self?: string;
}

export interface Resolution {
  id?: string;
  name?: string;
  description?: string;
  self?: string;
}

export interface ProjectComponent {
  id?: string;
  name?: string;
  description?: string;
  projectId?: number;
  project?: string;
  self?: string;
}

export interface Version {
  id?: string;
  name?: string;
  description?: string;
  archived?: boolean;
  released?: boolean;
  /** YYYY-MM-DD */
  releaseDate?: string;
  /** YYYY-MM-DD */
  startDate?: string;
  projectId?: number;
  overdue?: boolean;
  self?: string;
}

export interface Project {
  id?: string;
  key?: string;
  name?: string;
  description?: string;
  lead?: User;
  components?: ProjectComponent[];
  versions?: Version[];
  issueTypes?: IssueTypeDetails[];
  projectTypeKey?: 'software' | 'service_desk' | 'business';
  simplified?: boolean;
  style?: 'classic' | 'next-gen';
  avatarUrls?: AvatarUrlsBean;
  self?: string;
}

/** PageBeanProject: one page of GET /project/search, paged by startAt. */
export interface PageBeanProject {
  values?: Project[];
  startAt?: number;
  maxResults?: number;
  total?: number;
  isLast?: boolean;
  nextPage?: string;
  self?: string;
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

export interface IssueLinkType {
  id?: string;
  name?: string;
  /** e.g. "is blocked by" */
  inward?: string;
  /** e.g. "blocks" */
  outward?: string;
  self?: string;
}

/** LinkedIssue: the other issue of a link, with a few of its fields. */
export interface LinkedIssue {
  id?: string;
  key?: string;
  fields?: {
    summary?: string;
    status?: StatusDetails;
    priority?: Priority;
    issuetype?: IssueTypeDetails;
  };
  self?: string;
}

/** IssueLink as found in an issue's `issuelinks` field: exactly one of inwardIssue / outwardIssue is set. */
export interface IssueLink {
  id?: string;
  type?: IssueLinkType;
  inwardIssue?: LinkedIssue;
  outwardIssue?: LinkedIssue;
  self?: string;
}

/** ChangeDetails: one field change inside a changelog entry. */
export interface ChangeDetails {
  field?: string;
  fieldId?: string;
  fieldtype?: string;
  /** For status: the status id before the change. Jira sends null when there was no value. */
  from?: string | null;
  fromString?: string | null;
  to?: string | null;
  toString?: string | null;
}

/** Changelog: one history entry (an author, a time, the changed fields). */
export interface Changelog {
  id?: string;
  author?: UserDetails;
  created?: string;
  items?: ChangeDetails[];
}

/** IssueChangeLog: the change histories of one issue in a bulk changelog page. */
export interface IssueChangeLog {
  issueId?: string;
  changeHistories?: Changelog[];
}

export interface PageOfChangelogs {
  histories?: Changelog[];
  maxResults?: number;
  startAt?: number;
  total?: number;
}

/** The issue fields the app reads; any other requested field arrives untyped. */
export interface IssueFields {
  summary?: string;
  description?: AdfDoc | null;
  status?: StatusDetails;
  issuetype?: IssueTypeDetails;
  priority?: Priority | null;
  resolution?: Resolution | null;
  assignee?: UserDetails | null;
  reporter?: UserDetails | null;
  labels?: string[];
  components?: ProjectComponent[];
  fixVersions?: Version[];
  issuelinks?: IssueLink[];
  project?: Pick<Project, 'id' | 'key' | 'name' | 'self'>;
  /** YYYY-MM-DD */
  duedate?: string | null;
  created?: string;
  updated?: string;
  resolutiondate?: string | null;
  statuscategorychangedate?: string;
  [fieldId: string]: unknown;
}

/** IssueBean: an issue as returned by GET /issue and /search/jql. */
export interface IssueBean {
  id: string;
  key: string;
  self?: string;
  expand?: string;
  fields?: IssueFields;
  /** Issue properties asked for with `properties`, by key. */
  properties?: Record<string, unknown>;
  changelog?: PageOfChangelogs;
  renderedFields?: Record<string, unknown>;
}

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

export interface BulkChangelogResponseBean {
  issueChangeLogs?: IssueChangeLog[];
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

export interface Visibility {
  type?: 'group' | 'role';
  value?: string;
  identifier?: string | null;
}

export interface Comment {
  id?: string;
  author?: UserDetails;
  updateAuthor?: UserDetails;
  body?: AdfDoc;
  created?: string;
  updated?: string;
  visibility?: Visibility;
  self?: string;
}

export interface PageOfComments {
  comments?: Comment[];
  startAt?: number;
  maxResults?: number;
  total?: number;
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
