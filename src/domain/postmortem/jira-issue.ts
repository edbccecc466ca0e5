/**
 * The parts of Jira's issue JSON the timeline reads: `GET /rest/api/3/issue/{key}?expand=changelog`
 * with the `comment` and `issuelinks` fields (IssueBean, PageOfChangelogs, Changelog, ChangeDetails,
 * Comment, IssueLink in the REST v3 OpenAPI description). Declared here, structurally and all
 * optional, because the domain imports nothing from the Jira client; any IssueBean fits.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */

export interface JiraUserRef {
  accountId?: string;
  displayName?: string;
}

/** ChangeDetails. `from`/`to` are ids (a linked issue's key for "Link"); the *String forms are readable. */
export interface JiraChangeItem {
  field?: string;
  fieldId?: string;
  fieldtype?: string;
  from?: string | null;
  fromString?: string | null;
  to?: string | null;
  toString?: string | null;
}

/** Changelog: one change made at one time by one person. */
export interface JiraHistory {
  id?: string;
  author?: JiraUserRef | null;
  created?: string;
  items?: JiraChangeItem[];
}

export interface JiraComment {
  id?: string;
  author?: JiraUserRef | null;
  /** ADF document. */
  body?: unknown;
  created?: string;
  updated?: string;
}

export interface JiraLinkedIssue {
  id?: string;
  key?: string;
  fields?: { summary?: string };
}

export interface JiraIssueLink {
  id?: string;
  type?: { id?: string; name?: string; inward?: string; outward?: string };
  inwardIssue?: JiraLinkedIssue;
  outwardIssue?: JiraLinkedIssue;
  /** Not in Jira's IssueLink schema; used when a source (such as a local emulator) provides it. */
  created?: string;
}

export interface JiraIssueForTimeline {
  id?: string;
  key?: string;
  fields?: {
    summary?: string;
    created?: string;
    reporter?: JiraUserRef | null;
    creator?: JiraUserRef | null;
    comment?: { comments?: JiraComment[] };
    issuelinks?: JiraIssueLink[];
  };
  changelog?: { histories?: JiraHistory[] };
}
