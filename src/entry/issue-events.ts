/**
 * The `trigger` for avi:jira:updated:issue and avi:jira:created:issuelink (manifest key
 * `issue-events`): keeps each incident's post-mortem follow-through current when one of its
 * action-item tasks changes. Runs as the app; no user is present.
 * https://developer.atlassian.com/platform/forge/events-reference/jira/
 */
import { appActionPorts, handleIssueEvent, type IssueEventOutcome } from '../services/actions';

export async function onIssueEvent(event: unknown): Promise<IssueEventOutcome> {
  return handleIssueEvent(event, appActionPorts());
}
