/**
 * When the current Forge invocation must have finished its Jira calls: Forge ends a UI resolver
 * after 25 s and other functions at their `timeoutSeconds`; @forge/api's getAppContext() says how
 * much time is left. A margin is kept for the work after the last answer (writing the result).
 * https://developer.atlassian.com/platform/forge/limits-invocation/
 * https://developer.atlassian.com/platform/forge/runtime-reference/
 */
import { getAppContext } from '@forge/api';

/** Forge's limit for a UI resolver, used when the platform does not say what is left. */
export const RESOLVER_LIMIT_MS = 25_000;
/** Kept free after the last Jira answer: writing the answer, logging. */
export const DEADLINE_MARGIN_MS = 2_000;

export function invocationRemainingMs(): number | undefined {
  try {
    const remaining = getAppContext().invocationRemainingTimeInMillis();
    return typeof remaining === 'number' && Number.isFinite(remaining) && remaining > 0 ? remaining : undefined;
  } catch {
    return undefined;
  }
}

/** Epoch ms by which the calls of this invocation must be answered. */
export function invocationDeadline(now = Date.now(), fallbackMs = RESOLVER_LIMIT_MS): number {
  return now + (invocationRemainingMs() ?? fallbackMs) - DEADLINE_MARGIN_MS;
}
