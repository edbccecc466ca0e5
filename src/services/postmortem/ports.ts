/**
 * What the post-mortem service needs from outside: the Jira client (as the user, since Jira then
 * decides who may read and change the post-mortem) and a clock. Tests and the sandbox hand in
 * their own; resolvers use the real adapters.
 */
import { asUserTransport, createJiraClient, type JiraClient } from '../../jira';

export interface PostmortemPorts {
  jira: JiraClient;
  now: () => Date;
}

export function defaultPostmortemPorts(): PostmortemPorts {
  return { jira: createJiraClient(asUserTransport()), now: () => new Date() };
}

/** Who asks, about which incident, from the Forge context (never from the payload). */
export interface PostmortemRequester {
  issueKey: string;
  /** Account id of the user; recorded as updatedBy / completedBy. */
  accountId: string;
  /** Base URL of the Jira site, for links in the summary comment. */
  siteUrl?: string;
  /** The viewer's IANA time zone, which decides what "today" is for due dates. */
  timezone?: string;
}
