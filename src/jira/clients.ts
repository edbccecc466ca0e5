/**
 * The Jira clients the app's entry points use: as the user in UI resolvers (Jira decides what they
 * may read and change), as the app in triggers, scheduled jobs and queue consumers (no user is
 * present). Each gets the deadline of the invocation it is made in, so no call outlives it.
 */
import { createJiraClient, type JiraClient, type JiraClientOptions } from './client';
import { invocationDeadline, RESOLVER_LIMIT_MS } from './invocation-deadline';
import { asAppTransport, asUserTransport } from './transport';

/** Forge's default timeout for a function that is not a UI resolver. */
export const DEFAULT_FUNCTION_LIMIT_MS = 55_000;

/** When a client made now as the user must have its answers: within the UI resolver's limit. */
export const userClientDeadline = (): number => invocationDeadline(Date.now(), RESOLVER_LIMIT_MS);
/** When a client made now as the app must have its answers: within the function's limit. */
export const appClientDeadline = (): number => invocationDeadline(Date.now(), DEFAULT_FUNCTION_LIMIT_MS);

export function userJiraClient(options: JiraClientOptions = {}): JiraClient {
  return createJiraClient(asUserTransport(), { deadline: userClientDeadline(), ...options });
}

export function appJiraClient(options: JiraClientOptions = {}): JiraClient {
  return createJiraClient(asAppTransport(), { deadline: appClientDeadline(), ...options });
}
