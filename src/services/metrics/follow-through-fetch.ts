/**
 * The incidents of a period (with their `qa-postmortem` property) and the action-item tasks the
 * post-mortems created, in ONE paged search: both are few, and a second search would be a Jira call
 * for nothing. Tasks are recognised by their label; a task in a shared target project counts for
 * this project only when its `qa-postmortem-action` property names one of this project's incidents.
 */
import { ACTION_TASK_FIELDS, INCIDENT_FIELDS, POSTMORTEM_PROPERTY_KEY, actionTaskFromIssue, incidentRecordFromIssue, nextDay, quoteJqlValue } from '../../domain/metrics';
import type { ActionTaskFields, IncidentFields, IssueBean } from '../../domain/metrics/jira-shapes';
import type { ActionTaskRecord, IncidentRecord } from '../../domain/metrics/records';
import type { MetricsSettings } from '../../domain/metrics/settings';
import type { IssueBean as JiraIssueBean } from '../../jira/types';
import type { MetricsJira } from './metrics-jira';
import { SEARCH_PAGE_SIZE } from './defect-fetch';

/** The label every action-item task carries. */
export const ACTION_ITEM_LABEL = 'postmortem-action';
/** The issue property on each action-item task: the incident it came from. */
export const ACTION_ITEM_PROPERTY_KEY = 'qa-postmortem-action';

export interface FollowThroughScope {
  projectKey: string;
  from: string;
  to: string;
}

export interface FollowThroughRecords {
  incidents: IncidentRecord[];
  actionTasks: ActionTaskRecord[];
}

function quotedList(values: readonly string[]): string {
  return `(${values.map(quoteJqlValue).join(', ')})`;
}

/** Incidents of the project and action-item tasks (in the project or its target project) created in the period. */
export function followThroughJql(scope: FollowThroughScope, settings: MetricsSettings): string {
  const projects = [...new Set([scope.projectKey, settings.actionItemProjectKey ?? scope.projectKey])];
  return `created >= ${quoteJqlValue(scope.from)} AND created < ${quoteJqlValue(nextDay(scope.to))} AND (`
    + `(project = ${quoteJqlValue(scope.projectKey)} AND issuetype in ${quotedList(settings.incidentIssueTypes)})`
    + ` OR (project in ${quotedList(projects)} AND labels = ${quoteJqlValue(ACTION_ITEM_LABEL)}))`;
}

/** The incident key a task's property names (`incidentKey`, or `incident` as older tasks wrote it). */
function incidentKeyOfTask(issue: JiraIssueBean): string | null {
  const marker = issue.properties?.[ACTION_ITEM_PROPERTY_KEY];
  if (typeof marker !== 'object' || marker === null) return null;
  const { incidentKey, incident } = marker as Record<string, unknown>;
  const key = typeof incidentKey === 'string' ? incidentKey : typeof incident === 'string' ? incident : null;
  return key;
}

function belongsToProject(issue: JiraIssueBean, projectKey: string): boolean {
  const incident = incidentKeyOfTask(issue);
  if (incident !== null) return incident.startsWith(`${projectKey}-`);
  return issue.fields?.project?.key === projectKey;
}

export async function fetchFollowThrough(jira: MetricsJira, scope: FollowThroughScope, settings: MetricsSettings): Promise<FollowThroughRecords> {
  const incidentTypes = new Set(settings.incidentIssueTypes.map((name) => name.toLowerCase()));
  const result: FollowThroughRecords = { incidents: [], actionTasks: [] };
  const pages = jira.client.searchJqlPages({
    jql: followThroughJql(scope, settings),
    fields: [...new Set<string>([...INCIDENT_FIELDS, ...ACTION_TASK_FIELDS, 'issuetype', 'labels', 'project'])],
    properties: [POSTMORTEM_PROPERTY_KEY, ACTION_ITEM_PROPERTY_KEY],
    maxResults: SEARCH_PAGE_SIZE,
  });
  for await (const page of pages) {
    for (const issue of page) {
      const fields = issue.fields ?? {};
      const isIncident = fields.project?.key === scope.projectKey && incidentTypes.has((fields.issuetype?.name ?? '').toLowerCase());
      if (isIncident) result.incidents.push(incidentRecordFromIssue(issue as IssueBean<IncidentFields>));
      else if ((fields.labels ?? []).includes(ACTION_ITEM_LABEL) && belongsToProject(issue, scope.projectKey)) {
        result.actionTasks.push(actionTaskFromIssue(issue as IssueBean<ActionTaskFields>));
      }
    }
  }
  return result;
}
