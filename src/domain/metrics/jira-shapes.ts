/**
 * The parts of Jira REST v3 responses the metrics read, named after the schemas in Atlassian's
 * OpenAPI description (components.schemas.*). Every property is optional, as in the description,
 * so the mappers in jira-mappers.ts must cope with whatever Jira leaves out.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/
 */

export interface StatusCategory {
  id?: number;
  key?: string;
  name?: string;
  colorName?: string;
  self?: string;
}

/** An element of `GET /rest/api/3/status`, and `fields.status` of an issue. */
export interface StatusDetails {
  id?: string;
  name?: string;
  description?: string;
  iconUrl?: string;
  self?: string;
  statusCategory?: StatusCategory;
}

export interface UserDetails {
  accountId?: string;
  displayName?: string;
  active?: boolean;
}

export interface ChangeDetails {
  field?: string;
  fieldId?: string;
  fieldtype?: string;
  from?: string | null;
  fromString?: string | null;
  to?: string | null;
  /**
   * The new value's display text: a string in Jira's JSON. Typed `unknown` because every object
   * inherits a `toString` method, which TypeScript would otherwise check against `string`.
   */
  toString?: unknown;
}

export interface Changelog {
  id?: string;
  author?: UserDetails;
  created?: string;
  items?: ChangeDetails[];
}

export interface IssueChangeLog {
  issueId?: string;
  changeHistories?: Changelog[];
}

/** The response of `POST /rest/api/3/changelog/bulkfetch`. */
export interface BulkChangelogResponseBean {
  issueChangeLogs?: IssueChangeLog[];
  nextPageToken?: string | null;
}

export interface IssueTypeDetails {
  id?: string;
  self?: string;
  description?: string;
  iconUrl?: string;
  name?: string;
  subtask?: boolean;
  hierarchyLevel?: number;
}

export interface Resolution {
  id?: string;
  name?: string;
  description?: string;
  self?: string;
}

export interface Priority {
  id?: string;
  name?: string;
}

export interface ProjectComponent {
  id?: string;
  name?: string;
  description?: string;
  self?: string;
}

/** An element of `GET /rest/api/3/project/{key}/versions`, and of `fields.fixVersions`. */
export interface Version {
  id?: string;
  name?: string;
  description?: string;
  archived?: boolean;
  released?: boolean;
  /** YYYY-MM-DD */
  releaseDate?: string;
  startDate?: string;
  overdue?: boolean;
  projectId?: number;
  self?: string;
}

/** An issue as `search/jql` and `issue/{key}` return it, with the requested fields typed by F. */
export interface IssueBean<F = Record<string, unknown>> {
  id?: string;
  key?: string;
  self?: string;
  expand?: string;
  fields?: Partial<F>;
  properties?: Record<string, unknown>;
}

/** The response of `POST /rest/api/3/search/jql`. */
export interface SearchAndReconcileResults<F = Record<string, unknown>> {
  issues?: IssueBean<F>[];
  nextPageToken?: string;
  isLast?: boolean;
}

/** `fields` of a linked issue inside an IssueLink (schema `Fields`). */
export interface Fields {
  summary?: string;
  status?: StatusDetails;
  issuetype?: IssueTypeDetails;
  priority?: Priority;
  assignee?: UserDetails | null;
}

export interface LinkedIssue {
  id?: string;
  key?: string;
  self?: string;
  fields?: Fields;
}

export interface IssueLinkType {
  id?: string;
  name?: string;
  inward?: string;
  outward?: string;
  self?: string;
}

/** An element of an issue's `fields.issuelinks`: only the other side of the link is present. */
export interface IssueLink {
  id?: string;
  self?: string;
  type?: IssueLinkType;
  inwardIssue?: LinkedIssue;
  outwardIssue?: LinkedIssue;
}

/** The fields the defect search asks for (DEFECT_SEARCH_FIELDS). */
export interface DefectSearchFields {
  issuetype: IssueTypeDetails;
  status: StatusDetails;
  resolution: Resolution | null;
  resolutiondate: string | null;
  created: string;
  labels: string[];
  components: ProjectComponent[];
  fixVersions: Version[];
}

export const DEFECT_SEARCH_FIELDS = [
  'issuetype', 'status', 'resolution', 'resolutiondate', 'created', 'labels', 'components', 'fixVersions',
] as const satisfies readonly (keyof DefectSearchFields)[];

/** The fields the action-item task search asks for (ACTION_TASK_FIELDS). */
export interface ActionTaskFields {
  created: string;
  duedate: string | null;
  status: StatusDetails;
  resolutiondate: string | null;
}

export const ACTION_TASK_FIELDS = ['created', 'duedate', 'status', 'resolutiondate'] as const satisfies readonly (keyof ActionTaskFields)[];

/** The fields the incident search asks for; the post-mortem comes as the issue property. */
export interface IncidentFields {
  created: string;
}

export const INCIDENT_FIELDS = ['created'] as const satisfies readonly (keyof IncidentFields)[];

/** The issue property holding the post-mortem document (DESIGN.md section 3). */
export const POSTMORTEM_PROPERTY_KEY = 'qa-postmortem';
