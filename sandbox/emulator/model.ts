/**
 * The Jira Cloud emulator's in-memory model. Everything the emulator serves is derived from these
 * records; responses are rendered into Jira's REST v3 shapes by the route handlers.
 * Ids are strings, as Jira's are. Times are ISO-8601 strings in UTC.
 */

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface EmUser {
  accountId: string;
  emailAddress: string;
  displayName: string;
  active: boolean;
  timeZone: string;
  /** Jira's accountType: 'atlassian' for people (the default), 'app' for an app's own account. */
  accountType?: 'atlassian' | 'app';
}

export interface EmStatusCategory {
  id: number;
  key: StatusCategoryKey;
  name: string; // "To Do" | "In Progress" | "Done"
  colorName: string;
}

export interface EmStatus {
  id: string;
  name: string;
  categoryKey: StatusCategoryKey;
}

export interface EmTransition {
  id: string;
  name: string;
  /** Target status id. */
  to: string;
  /** Status ids the transition is available from; empty means from any status (global transition). */
  from: string[];
}

export interface EmIssueType {
  id: string;
  name: string;
  subtask: boolean;
  hierarchyLevel: number;
}

export interface EmPriority { id: string; name: string }
export interface EmResolution { id: string; name: string; description: string }

export interface EmLinkType {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

export interface EmComponent { id: string; name: string; description?: string }

export interface EmVersion {
  id: string;
  name: string;
  released: boolean;
  archived: boolean;
  /** YYYY-MM-DD */
  releaseDate?: string;
  startDate?: string;
}

export interface EmProjectPermissions {
  /** accountIds that may browse the project and its issues */
  browse: string[];
  /** accountIds that may create, edit, transition, comment, link and set properties */
  edit: string[];
  /** accountIds that are project administrators */
  admin: string[];
}

export interface EmProject {
  id: string;
  key: string;
  name: string;
  leadAccountId: string;
  issueTypeIds: string[];
  components: EmComponent[];
  versions: EmVersion[];
  permissions: EmProjectPermissions;
  properties: Map<string, unknown>;
  /** Create and edit screens by issue type id; issue types not listed use the default screen (screens.ts). */
  screens?: Record<string, { create: string[]; edit: string[] }>;
}

export interface EmChangeItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface EmHistory {
  id: string;
  authorAccountId: string | null;
  created: string;
  items: EmChangeItem[];
}

export interface EmComment {
  id: string;
  authorAccountId: string;
  /** ADF document */
  body: unknown;
  created: string;
  updated: string;
}

export interface EmIssueFields {
  summary: string;
  /** ADF document or null */
  description: unknown | null;
  issueTypeId: string;
  statusId: string;
  priorityId: string | null;
  resolutionId: string | null;
  assigneeAccountId: string | null;
  reporterAccountId: string | null;
  /** Who created the issue; never changes (JQL `creator` has no history operators). */
  creatorAccountId: string | null;
  /** The parent issue's id (an epic or, for a sub-task, its issue); null when none. */
  parentId: string | null;
  labels: string[];
  componentIds: string[];
  fixVersionIds: string[];
  /** Affects versions (Jira's `versions` field, JQL `affectedVersion`): the releases it was found in. */
  affectsVersionIds: string[];
  /** YYYY-MM-DD or null */
  duedate: string | null;
  created: string;
  updated: string;
  resolutiondate: string | null;
  /** Status category change time, as Jira's statuscategorychangedate */
  statuscategorychangedate: string;
}

export interface EmIssue {
  id: string;
  key: string;
  projectId: string;
  fields: EmIssueFields;
  /** Oldest first. */
  changelog: EmHistory[];
  comments: EmComment[];
  properties: Map<string, unknown>;
}

export interface EmLink {
  id: string;
  typeId: string;
  /** The issue on the inward side: "<inward> is blocked by <outward>"; Jira's inwardIssue */
  inwardIssueId: string;
  /** Jira's outwardIssue */
  outwardIssueId: string;
  created: string;
}

/** The value types a `jira:entityProperty` module can index a path as. */
export type PropertyValueType = 'number' | 'string' | 'text' | 'user' | 'date';

/**
 * One indexed path of an issue entity property, as an installed app's `jira:entityProperty` module
 * declares it: only such paths are searchable with JQL, under `issue.property[key].path` or the alias.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-entity-property/
 */
export interface PropertyIndexValue {
  propertyKey: string;
  /** Dotted path inside the property's JSON, e.g. "status" or "summary.open". */
  path: string;
  type: PropertyValueType;
  searchAlias?: string;
}

/**
 * Read access to the emulator's state that the JQL evaluator and route handlers share.
 * Lookups by name are case-insensitive, as in Jira.
 */
export interface EmulatorStore {
  now(): Date;
  users(): EmUser[];
  userById(accountId: string): EmUser | undefined;
  projects(): EmProject[];
  projectByIdOrKey(idOrKey: string): EmProject | undefined;
  statuses(): EmStatus[];
  statusById(id: string): EmStatus | undefined;
  issueTypes(): EmIssueType[];
  priorities(): EmPriority[];
  resolutions(): EmResolution[];
  linkTypes(): EmLinkType[];
  /** All issues, in creation order. */
  issues(): EmIssue[];
  issueByIdOrKey(idOrKey: string): EmIssue | undefined;
  /** Links that have the issue on either side. */
  linksOf(issueId: string): EmLink[];
  /** May this user browse this issue? */
  canBrowse(accountId: string | null, issue: EmIssue): boolean;
  /** The issue property paths installed apps index for JQL. */
  propertyIndex(): readonly PropertyIndexValue[];
}
