/**
 * Reads everything the panel needs about the incident in ONE Jira request: the fields it shows, the
 * history and comments the timeline is built from, and both post-mortem properties
 * (`qa-postmortem` and the overflow `qa-postmortem-timeline`), via GET issue with `fields`,
 * `expand=changelog` and `properties`.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */
import type { PersonRef, PostmortemIncident } from '../../contracts/postmortem';
import {
  POSTMORTEM_PROPERTY_KEY,
  STATUS_CATEGORY_KEYS,
  TIMELINE_PROPERTY_KEY,
  type IncidentRef,
  type StatusCategoryKey,
} from '../../domain/postmortem';
import { AppError } from '../../errors';
import { isNotFound, type Comment, type IssueBean, type JiraClient, type JiraIssueForTimeline, type UserDetails } from '../../jira';

/** The fields asked for; `project` lets a non-default incident type be checked against the settings. */
export const INCIDENT_FIELDS = [
  'summary', 'status', 'issuetype', 'priority', 'components', 'fixVersions', 'created',
  'assignee', 'reporter', 'comment', 'issuelinks', 'labels', 'project',
] as const;

export interface IncidentSnapshot {
  issue: IssueBean;
  incident: PostmortemIncident;
  /** What the domain needs about the incident (summary comment, empty document). */
  ref: IncidentRef;
  /** Key of the incident's project, when Jira said. */
  projectKey?: string;
  /** People the incident names: assignee, reporter, comment and history authors. */
  people: PersonRef[];
  /** The raw property values, as stored; undefined when absent. */
  stored: { main?: unknown; overflow?: unknown };
  /** The incident in the shape the timeline builder reads. */
  timelineSource: JiraIssueForTimeline;
}

function statusCategoryOf(key: string | undefined): StatusCategoryKey {
  return (STATUS_CATEGORY_KEYS as readonly string[]).includes(key ?? '') ? (key as StatusCategoryKey) : 'new';
}

function personOf(user: UserDetails | null | undefined): PersonRef | undefined {
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

function names(items: { name?: string }[] | undefined): string[] {
  return (items ?? []).flatMap((item) => (item.name ? [item.name] : []));
}

function incidentOf(issue: IssueBean, siteUrl?: string): PostmortemIncident {
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
    ...(siteUrl ? { siteUrl } : {}),
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

/** NOT_FOUND (with nothing about the issue) when it does not exist or the user may not browse it. */
export async function readIncident(jira: JiraClient, issueKey: string, siteUrl?: string): Promise<IncidentSnapshot> {
  let issue: IssueBean;
  try {
    issue = await jira.getIssue(issueKey, {
      fields: [...INCIDENT_FIELDS],
      expand: ['changelog'],
      properties: [POSTMORTEM_PROPERTY_KEY, TIMELINE_PROPERTY_KEY],
    });
  } catch (error) {
    if (isNotFound(error)) {
      throw new AppError('NOT_FOUND', `Issue ${issueKey} does not exist, or you do not have permission to see it.`);
    }
    throw error;
  }
  const comments = commentsOf(issue);
  const incident = incidentOf(issue, siteUrl);
  const properties = issue.properties ?? {};
  return {
    issue,
    incident,
    ref: {
      key: issue.key,
      summary: incident.summary,
      ...(incident.created ? { created: incident.created } : {}),
      components: incident.components,
      ...(siteUrl ? { siteUrl } : {}),
    },
    ...(issue.fields?.project?.key ? { projectKey: issue.fields.project.key } : {}),
    people: peopleOf(issue, comments),
    stored: { main: properties[POSTMORTEM_PROPERTY_KEY], overflow: properties[TIMELINE_PROPERTY_KEY] },
    timelineSource: timelineSourceOf(issue, comments),
  };
}
