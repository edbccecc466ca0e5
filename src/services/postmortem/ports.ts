/**
 * What the post-mortem service needs from outside: the Jira client (as the user, since Jira then
 * decides who may read and change the post-mortem), the app's ledger in Forge storage (where writers
 * take turns and the app records the tasks it made), the changes it kept when a save failed, and a
 * clock. Tests and the sandbox hand in their own; resolvers use the real adapters.
 */
import { userJiraClient, type JiraClient } from '../../jira';
import { forgeLedgerStore, type LedgerStore } from '../ledger';
import { forgeKeptDraftStore, type KeptDraftStore } from './kept-drafts';

export interface PostmortemPorts {
  jira: JiraClient;
  ledger: LedgerStore;
  /**
   * Each person's unsaved changes the app kept when their save failed. Only the panel's read and
   * save use it; the other writers (tasks, follow-through) leave it out.
   */
  drafts?: KeptDraftStore;
  now: () => Date;
}

export function defaultPostmortemPorts(): PostmortemPorts {
  return { jira: userJiraClient(), ledger: forgeLedgerStore(), drafts: forgeKeptDraftStore(), now: () => new Date() };
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
