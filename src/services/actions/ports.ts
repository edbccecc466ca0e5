/**
 * What the action-item services need from outside: the Jira client, a clock and, for the daily job,
 * how much one run may do. The panel's calls act as the user (Jira then decides who may create and
 * assign tasks); the product-event trigger and the daily job act as the app, since no user is
 * present there (DESIGN.md section 5). A scheduled function runs 55 seconds unless its manifest
 * `timeoutSeconds` says otherwise (up to 900):
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/
 */
import { appJiraClient, userJiraClient, type JiraClient } from '../../jira';
import { forgeLedgerStore, type LedgerStore } from '../ledger';
import type { PostmortemRequester } from '../postmortem';
import { forgeReminderStore, type ReminderStore } from './reminder-store';

export interface ActionPorts {
  jira: JiraClient;
  /** The app's record of each incident: its turns to write and the tasks it created. */
  ledger: LedgerStore;
  /** When each task's owner was last reminded. */
  reminders: ReminderStore;
  now: () => Date;
  /** Bounds the daily reminder run; without it, `reminderBudget()` with its defaults. */
  reminderBudget?: ReminderBudget;
}

/** How much one daily reminder run may do before it stops starting new reminders. */
export interface ReminderBudget {
  /** Most reminders (comment + mark) one run sends. */
  maxReminders: number;
  /** Milliseconds still free for starting a reminder, the safety margin already taken off. */
  timeLeftMs: () => number;
}

export const REMINDER_RUN_DEFAULTS = {
  maxReminders: 100,
  /** Assumed run time when the platform does not say: Forge's shortest function timeout. */
  fallbackRunMs: 25_000,
  /** Kept free for the reminder in flight and the follow-through refresh after the reminders. */
  safetyMarginMs: 10_000,
} as const;

export interface ReminderBudgetOptions {
  /** The invocation's remaining time (ms), e.g. @forge/api getAppContext(); undefined when unknown. */
  invocationRemainingMs?: () => number | undefined;
  /** Milliseconds since some fixed point; measures the run when the platform gives no remaining time. */
  clock?: () => number;
  maxReminders?: number;
  fallbackRunMs?: number;
  safetyMarginMs?: number;
}

/**
 * The time left is the invocation's remaining time when the platform gives one, else the fallback
 * run time less what has passed since this budget was made; either way less the safety margin.
 */
export function reminderBudget(options: ReminderBudgetOptions = {}): ReminderBudget {
  const clock = options.clock ?? Date.now;
  const started = clock();
  const fallbackRunMs = options.fallbackRunMs ?? REMINDER_RUN_DEFAULTS.fallbackRunMs;
  const safetyMarginMs = options.safetyMarginMs ?? REMINDER_RUN_DEFAULTS.safetyMarginMs;
  return {
    maxReminders: options.maxReminders ?? REMINDER_RUN_DEFAULTS.maxReminders,
    timeLeftMs: () => {
      const reported = options.invocationRemainingMs?.();
      const left = typeof reported === 'number' && Number.isFinite(reported) ? reported : fallbackRunMs - (clock() - started);
      return left - safetyMarginMs;
    },
  };
}

export function userActionPorts(): ActionPorts {
  return { jira: userJiraClient(), ledger: forgeLedgerStore(), reminders: forgeReminderStore(), now: () => new Date() };
}

export function appActionPorts(): ActionPorts {
  return { jira: appJiraClient(), ledger: forgeLedgerStore(), reminders: forgeReminderStore(), now: () => new Date() };
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
