/**
 * What the action-item services need from outside: the Jira client and a clock. The panel's calls
 * act as the user (Jira then decides who may create and assign tasks); the product-event trigger
 * and the daily job act as the app, since no user is present there (DESIGN.md section 5).
 */
import { asAppTransport, asUserTransport, createJiraClient, type JiraClient } from '../../jira';
import type { PostmortemRequester } from '../postmortem';

export interface ActionPorts {
  jira: JiraClient;
  now: () => Date;
}

export function userActionPorts(): ActionPorts {
  return { jira: createJiraClient(asUserTransport()), now: () => new Date() };
}

export function appActionPorts(): ActionPorts {
  return { jira: createJiraClient(asAppTransport()), now: () => new Date() };
}

/** Who asks about which incident, from the Forge context; `projectKey` is the incident's project when known. */
export interface ActionRequester extends PostmortemRequester {
  projectKey?: string;
}

/** The incident's project: from the context, else the key's prefix (a Jira key is PROJECT-NUMBER). */
export function incidentProjectKey(requester: Pick<ActionRequester, 'issueKey' | 'projectKey'>): string {
  if (requester.projectKey) return requester.projectKey;
  const dash = requester.issueKey.lastIndexOf('-');
  return dash > 0 ? requester.issueKey.slice(0, dash) : requester.issueKey;
}
