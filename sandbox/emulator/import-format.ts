/**
 * The body of `POST /__sandbox/import`: issues in Jira's own JSON shapes, with names where Jira would
 * take ids, so fixtures and the demo seed read like Jira's REST responses. Unknown names are refused
 * with a 400 naming the issue and the field.
 */

export interface ImportUserRef { accountId?: string; emailAddress?: string }
export interface ImportNamed { name: string }

export interface ImportChangeItem {
  field: string;          // "status", "priority", "assignee", "resolution", "labels", ...
  fieldId?: string;
  from?: string | null;   // ids; for status may be omitted and resolved from fromString
  fromString?: string | null;
  to?: string | null;
  toString?: string | null;
}

export interface ImportHistory {
  author?: ImportUserRef;
  created: string;        // ISO-8601
  items: ImportChangeItem[];
}

export interface ImportComment {
  author?: ImportUserRef;
  body: unknown | string; // ADF document, or plain text that the emulator wraps in ADF
  created: string;
}

export interface ImportLink {
  type: ImportNamed;                 // link type name, e.g. "Relates"
  outwardIssue?: { key: string };    // this issue <outward> that one
  inwardIssue?: { key: string };     // this issue <inward> that one
  created?: string;
}

export interface ImportIssue {
  /** Optional: when absent the next key of the project is assigned. */
  key?: string;
  fields: {
    project: { key: string };
    issuetype: ImportNamed;
    summary: string;
    description?: unknown | string | null;
    status?: ImportNamed;            // default: the workflow's first status
    resolution?: ImportNamed | null;
    priority?: ImportNamed;
    assignee?: ImportUserRef | null;
    reporter?: ImportUserRef | null;
    /** Default: the reporter. */
    creator?: ImportUserRef | null;
    /** An issue imported earlier in the same body or already present. */
    parent?: { key: string } | null;
    labels?: string[];
    components?: ImportNamed[];
    fixVersions?: ImportNamed[];
    /** Affects versions: the releases the issue was found in. */
    versions?: ImportNamed[];
    duedate?: string | null;          // YYYY-MM-DD
    created?: string;                 // ISO-8601, backdating allowed
    updated?: string;
    resolutiondate?: string | null;
  };
  changelog?: { histories: ImportHistory[] };
  comments?: ImportComment[];
  /** Links to issues imported earlier in the same body or already present. */
  links?: ImportLink[];
  properties?: { key: string; value: unknown }[];
}

export interface ImportBody { issues: ImportIssue[] }
