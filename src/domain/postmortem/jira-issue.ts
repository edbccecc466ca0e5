/**
 * What the timeline builder reads of an incident: `GET /rest/api/3/issue/{key}?expand=changelog`
 * with the `summary`, `created`, `reporter`, `comment` and `issuelinks` fields. The shapes are
 * Jira's, declared once in domain/jira/shapes.ts; the builder is lenient where other sources of the
 * same record differ (the sandbox's seed and emulator): a person may be null, a comment body may be
 * any JSON (plain text is read too), and a link may say when it was made.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */
import type { Changelog, Comment, IssueBean, IssueFields, IssueLink, UserDetails } from '../jira/shapes';

/** A person the timeline names (an author, the reporter); null when the source has none. */
export type TimelinePerson = UserDetails | null;

export type TimelineChangelog = Omit<Changelog, 'author'> & { author?: TimelinePerson };

export type TimelineComment = Omit<Comment, 'author' | 'body'> & { author?: TimelinePerson; body?: unknown };

export interface JiraIssueLink extends IssueLink {
  /** Not in Jira's IssueLink schema; used when a source (such as a local emulator) provides it. */
  created?: string;
}

export interface JiraIssueForTimeline extends Pick<IssueBean, 'id' | 'key'> {
  fields?: Pick<IssueFields, 'summary' | 'created' | 'reporter' | 'creator'> & {
    comment?: { comments?: TimelineComment[] };
    issuelinks?: JiraIssueLink[];
  };
  changelog?: { histories?: TimelineChangelog[] };
}
