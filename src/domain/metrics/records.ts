/**
 * The small, normalized records the metrics compute over. The service builds them from Jira's
 * responses with src/jira/mappers/metrics.ts; tests build them directly. Nothing here knows about
 * HTTP or Jira's JSON.
 */

/** One status change from an issue's changelog (a `status` item), in Jira's date-time format. */
export interface StatusChange {
  at: string;
  /** Status id before the change; null when Jira did not record one. */
  fromStatusId: string | null;
  /** Status id after the change; null when Jira did not record one. */
  toStatusId: string | null;
}

/** An issue returned by the defect search, with its status history and the escaped verdict. */
export interface DefectRecord {
  key: string;
  /** Jira's `created`, as Jira wrote it (its offset decides the creation day). */
  created: string;
  /** Issue type name. */
  issueType: string;
  /** Current resolution name; null when unresolved. */
  resolution: string | null;
  /** Component names (read-only: records of a large project share equal lists). */
  components: readonly string[];
  /** Fix version names (read-only, shared like `components`). */
  fixVersions: readonly string[];
  /** Whether the issue matched the escaped-defect JQL clause. */
  escaped: boolean;
  currentStatusId: string;
  /** Status changes, oldest first (read-only: defects without any share one empty list). */
  statusHistory: readonly StatusChange[];
}

/** A status from `GET /rest/api/3/status`: the id decides, the name is for display. */
export interface StatusInfo {
  id: string;
  name: string;
  /** Jira's status category key: `new`, `indeterminate` or `done` (`undefined` for "No category"). */
  categoryKey: string;
}

/** An action-item task created by the app. */
export interface ActionTaskRecord {
  key: string;
  created: string;
  /** YYYY-MM-DD, or null when the task has no due date. */
  dueDate: string | null;
  statusCategory: string;
  resolutiondate: string | null;
  /** The resolution's name; null while unresolved. */
  resolution: string | null;
}

export type PostmortemStatus = 'draft' | 'in-progress' | 'complete';

/** An incident with the parts of its post-mortem document the metrics read. */
export interface IncidentRecord {
  key: string;
  created: string;
  /** null when the incident has no post-mortem document. */
  postmortemStatus: PostmortemStatus | null;
  startedAt: string | null;
  detectedAt: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
}
