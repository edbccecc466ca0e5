/**
 * The Jira REST v3 JSON the app reads, declared once: the Jira client returns these and the mappers
 * (src/jira/mappers) turn them into the domain's records; nothing outside src/jira reads them.
 * Names follow the schemas of Atlassian's OpenAPI description (components.schemas.*; the subset the
 * contract tests use is test/contract/openapi-subset.json). Only the properties the app uses are
 * typed; Jira may send more. As in the description, every property is optional, so readers cope
 * with whatever Jira leaves out; where Jira Cloud sends null although the description does not say
 * so, the type admits null (see KNOWN_DEVIATIONS in test/contract/openapi.ts). Times are Jira's
 * ISO-8601 strings, e.g. "2024-03-01T09:30:00.000+0000"; dates are "YYYY-MM-DD".
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/
 */

/** An Atlassian Document Format document (descriptions, comments). Built with @atlaskit/adf-utils. */
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: unknown[];
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

/** StatusDetails: an element of `GET /rest/api/3/status`, and `fields.status` of an issue. */
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

/** Version: an element of `GET /rest/api/3/project/{key}/versions`, and of `fields.fixVersions`. */
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

export interface IssueLinkType {
  id?: string;
  name?: string;
  /** e.g. "is blocked by" */
  inward?: string;
  /** e.g. "blocks" */
  outward?: string;
  self?: string;
}

/** Fields: the few fields Jira embeds in a LinkedIssue. */
export interface Fields {
  summary?: string;
  status?: StatusDetails;
  priority?: Priority;
  issuetype?: IssueTypeDetails;
  assignee?: UserDetails;
}

/** LinkedIssue: the other issue of a link, with a few of its fields. */
export interface LinkedIssue {
  id?: string;
  key?: string;
  fields?: Fields;
  self?: string;
}

/**
 * IssueLink as found in an issue's `issuelinks` field: only the other side of the link is present,
 * so exactly one of inwardIssue / outwardIssue is set (the description's `required` list is for
 * `GET /issueLink/{id}`, which has both).
 */
export interface IssueLink {
  id?: string;
  type?: IssueLinkType;
  inwardIssue?: LinkedIssue;
  outwardIssue?: LinkedIssue;
  self?: string;
}

/**
 * ChangeDetails: one field change inside a changelog entry. `from`/`to` are ids (for status, the
 * status ids; for "Link", the linked issue's key); the *String forms are readable. Jira sends null
 * when there was no value.
 */
export interface ChangeDetails {
  field?: string;
  fieldId?: string;
  fieldtype?: string;
  from?: string | null;
  fromString?: string | null;
  to?: string | null;
  /**
   * The new value's display text: a string or null in Jira's JSON. Typed `unknown` because every
   * object inherits a `toString` method, which TypeScript would otherwise check against `string`
   * (and which an item without the property yields when read): narrow with `typeof`.
   */
  toString?: unknown;
}

/** Changelog: one history entry (an author, a time, the changed fields). */
export interface Changelog {
  id?: string;
  author?: UserDetails;
  created?: string;
  items?: ChangeDetails[];
}

/** PageOfChangelogs: an issue's `changelog` with `expand=changelog`. */
export interface PageOfChangelogs {
  histories?: Changelog[];
  maxResults?: number;
  startAt?: number;
  total?: number;
}

/** IssueChangeLog: the change histories of one issue in a bulk changelog page. */
export interface IssueChangeLog {
  issueId?: string;
  changeHistories?: Changelog[];
}

/** BulkChangelogResponseBean: one page of `POST /rest/api/3/changelog/bulkfetch`. */
export interface BulkChangelogResponseBean {
  issueChangeLogs?: IssueChangeLog[];
  nextPageToken?: string;
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

/** PageOfComments: an issue's `comment` field, and the answer of GET comments. */
export interface PageOfComments {
  comments?: Comment[];
  startAt?: number;
  maxResults?: number;
  total?: number;
}

/**
 * The issue fields the app reads, by field id (the description types `fields` as a free object);
 * any other requested field arrives untyped. A field that can be empty comes as null.
 */
export interface IssueFields {
  summary?: string;
  description?: AdfDoc | null;
  status?: StatusDetails;
  issuetype?: IssueTypeDetails;
  priority?: Priority | null;
  resolution?: Resolution | null;
  assignee?: UserDetails | null;
  reporter?: UserDetails | null;
  creator?: UserDetails | null;
  labels?: string[];
  components?: ProjectComponent[];
  fixVersions?: Version[];
  issuelinks?: IssueLink[];
  comment?: PageOfComments;
  project?: Pick<Project, 'id' | 'key' | 'name' | 'self'>;
  /** YYYY-MM-DD */
  duedate?: string | null;
  created?: string;
  updated?: string;
  resolutiondate?: string | null;
  statuscategorychangedate?: string;
  [fieldId: string]: unknown;
}

/**
 * IssueBean: an issue as `GET /issue/{key}` and `POST /search/jql` return it. The description marks
 * every property optional, but Jira always sends an issue's id and key, and the services rely on
 * them. `F` names the fields a caller asked for (e.g. `Pick<IssueFields, 'created' | 'status'>`);
 * Jira may leave any out.
 */
export interface IssueBean<F = IssueFields> {
  id: string;
  key: string;
  self?: string;
  expand?: string;
  fields?: Partial<F>;
  /** Issue properties asked for with `properties`, by key. */
  properties?: Record<string, unknown>;
  changelog?: PageOfChangelogs;
  renderedFields?: Record<string, unknown>;
}
