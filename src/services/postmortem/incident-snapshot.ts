/**
 * Reads everything the panel needs about the incident in ONE Jira request: the fields it shows, the
 * history and comments the timeline is built from, and both post-mortem properties
 * (`qa-postmortem` and the overflow `qa-postmortem-timeline`), via GET issue with `fields`,
 * `expand=changelog` and `properties`, read by src/jira/mappers/incident-issue.ts.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */
import type { PersonRef, PostmortemIncident } from '../../contracts/postmortem';
import { POSTMORTEM_PROPERTY_KEY, TIMELINE_PROPERTY_KEY, type IncidentRef, type TimelineEvent } from '../../domain/postmortem';
import { issueNotFound } from '../../errors';
import {
  INCIDENT_ISSUE_EXPAND, INCIDENT_ISSUE_FIELDS, incidentIssueFromJira, isNotFound, type IncidentIssue, type IssueRef, type JiraClient,
} from '../../jira';

export interface IncidentSnapshot {
  incident: PostmortemIncident;
  /** What the domain needs about the incident (summary comment, empty document). */
  ref: IncidentRef;
  /** Key of the incident's project, when Jira said. */
  projectKey?: string;
  /** People the incident names: assignee, reporter, comment and history authors. */
  people: PersonRef[];
  /** The issues linked to the incident (either direction). */
  linkedIssues: IssueRef[];
  /** The raw property values, as stored; undefined when absent. */
  stored: { main?: unknown; overflow?: unknown };
  /** The timeline events the incident's Jira record suggests, built when asked for. */
  suggestTimeline(): TimelineEvent[];
}

/** NOT_FOUND (with nothing about the issue) when it does not exist or the user may not browse it. */
export async function readIncident(jira: JiraClient, issueKey: string, siteUrl?: string): Promise<IncidentSnapshot> {
  let issue: IncidentIssue;
  try {
    issue = incidentIssueFromJira(await jira.getIssue(issueKey, {
      fields: [...INCIDENT_ISSUE_FIELDS],
      expand: [...INCIDENT_ISSUE_EXPAND],
      properties: [POSTMORTEM_PROPERTY_KEY, TIMELINE_PROPERTY_KEY],
    }));
  } catch (error) {
    if (isNotFound(error)) {
      throw issueNotFound(issueKey);
    }
    throw error;
  }
  const incident: PostmortemIncident = { ...issue.incident, ...(siteUrl ? { siteUrl } : {}) };
  const { properties } = issue;
  return {
    incident,
    ref: {
      key: incident.key,
      summary: incident.summary,
      ...(incident.created ? { created: incident.created } : {}),
      components: incident.components,
      ...(siteUrl ? { siteUrl } : {}),
    },
    ...(issue.projectKey ? { projectKey: issue.projectKey } : {}),
    people: issue.people,
    linkedIssues: issue.linkedIssues,
    stored: { main: properties[POSTMORTEM_PROPERTY_KEY], overflow: properties[TIMELINE_PROPERTY_KEY] },
    suggestTimeline: issue.suggestTimeline,
  };
}
