/**
 * When to try a failed save again: exponential backoff from 1 s, capped at 30 s, with ±20 % jitter
 * so two open pages do not retry in step. Only failures that may pass on their own are retried
 * (UiError.retryable); the others wait for the user's next edit.
 */
export const FIRST_RETRY_MS = 1_000;
export const MAX_RETRY_MS = 30_000;

/** Delay before retry number `attempt` (1-based). `random` returns [0, 1). */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  const jitter = 1 + (random() * 0.4 - 0.2);
  return Math.round(Math.min(MAX_RETRY_MS, base * jitter));
}
