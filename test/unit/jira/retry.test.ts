import { DEFAULT_RETRY, backoffDelay, parseRetryAfter, rateLimitDelay } from '../../../src/jira/retry';

describe('retry timing', () => {
  const now = Date.now();

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7', now)).toBe(7000);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter(new Date(now + 4000).toUTCString(), Math.floor(now / 1000) * 1000)).toBe(4000);
    expect(parseRetryAfter(new Date(now - 60_000).toUTCString(), now)).toBe(0);
  });

  it('ignores a missing or unreadable Retry-After', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('doubles the backoff per retry, with jitter in its upper half, capped at the maximum', () => {
    expect([1, 2, 3].map((retry) => backoffDelay(retry, DEFAULT_RETRY, () => 0))).toEqual([250, 500, 1000]);
    expect([1, 2, 3].map((retry) => backoffDelay(retry, DEFAULT_RETRY, () => 1))).toEqual([500, 1000, 2000]);
    expect(backoffDelay(30, DEFAULT_RETRY, () => 1)).toBe(DEFAULT_RETRY.maxDelayMs);
  });

  it('waits at least Retry-After after a 429, never less, whatever the maximum', () => {
    expect(rateLimitDelay(5000, 1, DEFAULT_RETRY, () => 0)).toBe(5000);
    expect(rateLimitDelay(5000, 1, DEFAULT_RETRY, () => 1)).toBe(6000);
    expect(rateLimitDelay(60_000, 1, DEFAULT_RETRY, () => 0)).toBe(60_000);
    expect(rateLimitDelay(undefined, 2, DEFAULT_RETRY, () => 0)).toBe(500);
  });
});
