/**
 * When and how long the Jira client waits before sending a request again. Jira Cloud answers 429
 * with Retry-After (seconds) when an app exceeds its rate limit; 5xx and network failures are
 * usually brief. Waits are bounded so a resolver never sits out Forge's time limit.
 * https://developer.atlassian.com/cloud/jira/platform/rate-limiting/
 */

export interface RetryOptions {
  /** Requests sent at most when Jira keeps answering 429 (the first one included). */
  rateLimitAttempts: number;
  /** Requests sent at most when Jira answers 5xx or cannot be reached (the first one included). */
  serverErrorAttempts: number;
  /** First backoff step; doubles with each retry. */
  baseDelayMs: number;
  /** No single wait is longer than this: a longer Retry-After is not waited out but reported. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  rateLimitAttempts: 4,
  serverErrorAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
};

/** Up to this share is added on top of Retry-After, so clients told the same time do not return together. */
const RETRY_AFTER_JITTER = 0.2;

export const sleepFor = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retry-After as milliseconds: either delay-seconds or an HTTP date. Undefined when absent or
 * unreadable, so the caller falls back to backoff.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Wait before retry number `retry` (1 for the first retry): exponential with jitter, at most maxDelayMs. */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/**
 * Wait after a 429: what Retry-After asks plus a little jitter, or backoff without it. Never less
 * than Retry-After: "If you reissue the request before the retry period expires, the request will
 * fail and return the same or longer Retry-After period"
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/). A wait longer than
 * maxDelayMs is not made at all: the caller gives up and says when to try again.
 */
export function rateLimitDelay(retryAfterMs: number | undefined, retry: number, options: RetryOptions, random: () => number): number {
  if (retryAfterMs === undefined) return backoffDelay(retry, options, random);
  return Math.round(retryAfterMs * (1 + RETRY_AFTER_JITTER * random()));
}
