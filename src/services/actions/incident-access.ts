/**
 * The action-item helpers (owner picker, due-date defaults) answer only someone who can see the
 * incident, and about the incident's own project as Jira has it, never one named by the caller: a
 * hidden or missing incident is NOT_FOUND, with nothing about it, before anything else is read.
 */
import { issueNotFound } from '../../errors';
import { ISSUE_PROJECT_FIELDS, isNotFound, projectKeyOfIssue, type JiraClient } from '../../jira';

/** The incident's project key, read as the caller. */
export async function visibleIncidentProject(jira: JiraClient, issueKey: string): Promise<string> {
  try {
    const projectKey = projectKeyOfIssue(await jira.getIssue(issueKey, { fields: [...ISSUE_PROJECT_FIELDS] }));
    if (projectKey) return projectKey;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  throw issueNotFound(issueKey);
}
