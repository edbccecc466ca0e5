/**
 * The incidents of a period (with their `qa-postmortem` property) and the action-item tasks the
 * post-mortems created, in ONE paged search: both are few, and a second search would be a Jira call
 * for nothing. Tasks are recognised by their label; a task in a shared target project counts for
 * this project only when its `qa-postmortem-action` property names one of this project's incidents.
 */
import { nextDay, quoteJqlValue, quotedJqlList } from '../../domain/metrics';
import type { ActionTaskRecord, IncidentRecord } from '../../domain/metrics/records';
import type { MetricsSettings } from '../../domain/metrics/settings';
import { POSTMORTEM_PROPERTY_KEY } from '../../domain/postmortem/document';
import {
  FOLLOW_THROUGH_SEARCH_FIELDS, actionTaskFromIssue, followThroughFactsFromIssue, incidentRecordFromIssue, type FollowThroughFacts,
} from '../../jira';
import { ACTION_TASK_LABEL, ACTION_TASK_PROPERTY_KEY } from '../../domain/actions/task-markers';
import type { MetricsJira } from './metrics-jira';
import { SEARCH_PAGE_SIZE } from './defect-fetch';

export interface FollowThroughScope {
  projectKey: string;
  from: string;
  to: string;
  /** A component's or release's view counts only the incidents of that component or fix version, and their tasks. */
  component?: string;
  fixVersion?: string;
}

/** `component = "X"` / `fixVersion = "1.0"` for a narrowed view; '' for the whole project. */
function incidentNarrowing(scope: FollowThroughScope): string {
  return (scope.component !== undefined ? ` AND component = ${quoteJqlValue(scope.component)}` : '')
    + (scope.fixVersion !== undefined ? ` AND fixVersion = ${quoteJqlValue(scope.fixVersion)}` : '');
}

export interface FollowThroughRecords {
  incidents: IncidentRecord[];
  actionTasks: ActionTaskRecord[];
}

/** Incidents of the project and action-item tasks (in the project or its target project) created in the period. */
export function followThroughJql(scope: FollowThroughScope, settings: MetricsSettings): string {
  const projects = [...new Set([scope.projectKey, settings.actionItemProjectKey ?? scope.projectKey])];
  return `created >= ${quoteJqlValue(scope.from)} AND created < ${quoteJqlValue(nextDay(scope.to))} AND (`
    + `(project = ${quoteJqlValue(scope.projectKey)} AND issuetype in ${quotedJqlList(settings.incidentIssueTypes)}${incidentNarrowing(scope)})`
    + ` OR (project in ${quotedJqlList(projects)} AND labels = ${quoteJqlValue(ACTION_TASK_LABEL)}))`;
}

/** A task whose marker names an incident counts for that incident's project; one without, for its own. */
function belongsToProject(task: FollowThroughFacts, projectKey: string): boolean {
  if (task.markedIncident !== null) return task.markedIncident.toUpperCase().startsWith(`${projectKey}-`);
  return task.projectKey === projectKey;
}

/**
 * The keys of the narrowed view's incidents of any date (a task created in the period may follow an
 * older incident); null for the whole project's view. Incidents are few: one or two pages.
 */
async function narrowedIncidentKeys(jira: MetricsJira, scope: FollowThroughScope, settings: MetricsSettings): Promise<Set<string> | null> {
  const narrowing = incidentNarrowing(scope);
  if (narrowing === '') return null;
  const keys = new Set<string>();
  const pages = jira.client.searchJqlPages({
    jql: `project = ${quoteJqlValue(scope.projectKey)} AND issuetype in ${quotedJqlList(settings.incidentIssueTypes)}${narrowing}`,
    fields: ['issuetype'],
    maxResults: SEARCH_PAGE_SIZE,
  });
  for await (const page of pages) for (const issue of page) if (issue.key) keys.add(issue.key.toUpperCase());
  return keys;
}

export async function fetchFollowThrough(jira: MetricsJira, scope: FollowThroughScope, settings: MetricsSettings): Promise<FollowThroughRecords> {
  const incidentTypes = new Set(settings.incidentIssueTypes.map((name) => name.toLowerCase()));
  const result: FollowThroughRecords = { incidents: [], actionTasks: [] };
  const narrowed = await narrowedIncidentKeys(jira, scope, settings);
  const pages = jira.client.searchJqlPages({
    jql: followThroughJql(scope, settings),
    fields: [...FOLLOW_THROUGH_SEARCH_FIELDS],
    properties: [POSTMORTEM_PROPERTY_KEY, ACTION_TASK_PROPERTY_KEY],
    maxResults: SEARCH_PAGE_SIZE,
  });
  for await (const page of pages) {
    for (const issue of page) {
      const facts = followThroughFactsFromIssue(issue);
      const isIncident = facts.projectKey === scope.projectKey && incidentTypes.has(facts.issueType.toLowerCase());
      if (isIncident) result.incidents.push(incidentRecordFromIssue(issue));
      else if (facts.labels.includes(ACTION_TASK_LABEL) && belongsToProject(facts, scope.projectKey)
        && (narrowed === null || (facts.markedIncident !== null && narrowed.has(facts.markedIncident.toUpperCase())))) {
        result.actionTasks.push(actionTaskFromIssue(issue));
      }
    }
  }
  return result;
}
