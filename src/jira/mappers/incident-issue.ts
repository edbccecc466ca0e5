/**
 * From the incident as the post-mortem reads it in ONE request (GET issue with INCIDENT_ISSUE_FIELDS,
 * `expand=changelog` and the post-mortem properties) to what the post-mortem services work on: the
 * incident as the panel shows it, the people it names, the issues linked to it, its properties as
 * stored, and the timeline events its history suggests (built by mappers/incident.ts).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */
import type { PersonRef, PostmortemIncident } from '../../contracts/postmortem';
import type { TimelineEvent } from '../../domain/postmortem/document';
import type { Comment, IssueBean, UserDetails } from '../shapes';
import { buildTimelineSuggestions, type JiraIssueForTimeline } from './incident';
import { linkedIssuesOf, names, statusCategoryOf, type IssueRef } from './issue-parts';

/** The fields asked for; `project` lets a non-default incident type be checked against the settings. */
export const INCIDENT_ISSUE_FIELDS = [
  'summary', 'status', 'issuetype', 'priority', 'components', 'fixVersions', 'created',
  'assignee', 'reporter', 'comment', 'issuelinks', 'labels', 'project',
] as const;

/** The incident's history, which the timeline is built from. */
export const INCIDENT_ISSUE_EXPAND = ['changelog'] as const;

/** The incident as the post-mortem services read it. */
export interface IncidentIssue {
  /** The incident as the panel shows it, but for the site's base URL, which Jira's answer does not hold. */
  incident: Omit<PostmortemIncident, 'siteUrl'>;
  /** Key of the incident's project, when Jira said. */
  projectKey?: string;
  /** People the incident names: assignee, reporter, comment and history authors. */
  people: PersonRef[];
  /** The issues at the other end of the incident's links. */
  linkedIssues: IssueRef[];
  /** The issue properties asked for, by key, as stored; a property the issue lacks is absent. */
  properties: Readonly<Record<string, unknown>>;
  /** The timeline events the incident's Jira record suggests, built when asked for (only the panel's read needs them). */
  suggestTimeline(): TimelineEvent[];
}

/** A person as the app names them: an account with a display name (apps are not people). */
export function personOf(user: UserDetails | null | undefined): PersonRef | undefined {
  if (!user?.accountId || !user.displayName || user.accountType === 'app') return undefined;
  return { accountId: user.accountId, displayName: user.displayName };
}

/** The `comment` field of an issue (a PageOfComments); Jira leaves it out when not asked for. */
function commentsOf(issue: IssueBean): Comment[] {
  const page = issue.fields?.comment;
  if (typeof page !== 'object' || page === null) return [];
  const { comments } = page as { comments?: unknown };
  return Array.isArray(comments) ? (comments as Comment[]) : [];
}

function peopleOf(issue: IssueBean, comments: Comment[]): PersonRef[] {
  const candidates = [
    issue.fields?.assignee,
    issue.fields?.reporter,
    ...comments.map((c) => c.author),
    ...(issue.changelog?.histories ?? []).map((h) => h.author),
  ];
  const byId = new Map<string, PersonRef>();
  for (const candidate of candidates) {
    const person = personOf(candidate);
    if (person && !byId.has(person.accountId)) byId.set(person.accountId, person);
  }
  return [...byId.values()];
}

function incidentOf(issue: IssueBean): Omit<PostmortemIncident, 'siteUrl'> {
  const fields = issue.fields ?? {};
  const assignee = personOf(fields.assignee);
  return {
    key: issue.key,
    id: issue.id,
    summary: fields.summary ?? '',
    status: fields.status?.name ?? '',
    statusCategory: statusCategoryOf(fields.status?.statusCategory?.key),
    issueType: fields.issuetype?.name ?? '',
    priority: fields.priority?.name ?? null,
    components: names(fields.components),
    fixVersions: names(fields.fixVersions),
    created: fields.created ?? '',
    ...(assignee ? { assignee } : {}),
  };
}

function timelineSourceOf(issue: IssueBean, comments: Comment[]): JiraIssueForTimeline {
  const fields = issue.fields ?? {};
  return {
    id: issue.id,
    key: issue.key,
    fields: {
      summary: fields.summary,
      created: fields.created,
      reporter: fields.reporter,
      comment: { comments },
      issuelinks: fields.issuelinks,
    },
    changelog: { histories: issue.changelog?.histories ?? [] },
  };
}

export function incidentIssueFromJira(issue: IssueBean): IncidentIssue {
  const comments = commentsOf(issue);
  const projectKey = issue.fields?.project?.key;
  return {
    incident: incidentOf(issue),
    ...(projectKey ? { projectKey } : {}),
    people: peopleOf(issue, comments),
    linkedIssues: linkedIssuesOf(issue.fields?.issuelinks),
    properties: issue.properties ?? {},
    suggestTimeline: () => buildTimelineSuggestions(timelineSourceOf(issue, comments)),
  };
}
