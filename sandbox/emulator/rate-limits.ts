/**
 * Jira Cloud's rate limits, as enforced since 2 March 2026: three independent systems, any of which
 * answers 429 (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/, "Rate limiting"):
 *
 * 1. Points quota per hour. "Each request starts with a base cost of 1 point, and additional points
 *    are added for each object involved. Write requests are charged only the base cost": 1 point per
 *    core object (issues, projects, changelogs and anything unlisted), 2 per identity object (users,
 *    groups, permissions). A Tier-1 app "shares a single 65,000 point hourly quota across all
 *    tenants"; quotas "reset at the top of each UTC hour", and past the quota "All requests are denied
 *    until the next hourly reset. There is no gradual throttling." Only app traffic pays points ("API
 *    token-based traffic is not affected"): here, requests the Forge host marks as the app's.
 * 2. Burst: a token bucket "per tenant and per API/resource path", split by HTTP method; GET 100,
 *    POST 100, PUT 50, DELETE 50 a second, GET issue/{id} and POST search/approximate-count 150. The
 *    bucket's capacity is undocumented: the stricter reading, capacity = the rate, is taken.
 * 3. Per-issue writes: "20 writes per 2 seconds" and "100 writes per 30 seconds" per issue. Whether
 *    comments and property writes count is undocumented: they count here (stricter).
 *
 * A 429 carries Retry-After (seconds), X-RateLimit-Reset (ISO 8601), X-RateLimit-Limit,
 * X-RateLimit-Remaining and RateLimit-Reason (`jira-quota-global-based`, `jira-burst-based`,
 * `jira-per-issue-on-write`). Every app response carries the quota's X-RateLimit-Limit and
 * -Remaining, X-RateLimit-NearLimit ("true when less than 20% of capacity remains") and the
 * structured `RateLimit-Policy: "global-app-quota";q=65000;w=3600` / `RateLimit: ...;t=...` (with
 * `r` near the limit). Points are charged from the answer (objects returned), so a request is
 * checked against the quota before it runs and charged after.
 *
 * Rates run on the wall clock, not the emulator's data clock (tests pin that one to a date).
 */
import type { SandboxSettings } from '../config';

export type LimitReason = 'jira-quota-global-based' | 'jira-burst-based' | 'jira-per-issue-on-write';

export interface Refusal {
  reason: LimitReason;
  retryAfterSeconds: number;
  resetAt: Date;
  limit: number;
}

/** The identity objects a response returns cost 2 points each. */
const IDENTITY_PATHS = [/\/user\//, /\/user$/, /\/myself$/, /\/mypermissions$/, /\/group/, /\/role/];

/** POSTs that only read: charged as reads (1 + objects), not as writes. */
const READ_POSTS = [/\/search\/jql$/, /\/search\/approximate-count$/, /\/issue\/bulkfetch$/, /\/changelog\/bulkfetch$/, /\/jql\/parse$/, /\/jql\/match$/];

/** Path segments that are literal names, not ids, after a collection name. */
const LITERALS = new Set(['bulk', 'bulkfetch', 'createmeta', 'picker', 'properties', 'search', 'assignable', 'jql', 'approximate-count']);
const COLLECTIONS = new Set(['issue', 'project', 'properties', 'comment', 'issueLink', 'issuetype', 'status', 'priority', 'resolution', 'component', 'version', 'issuetypes', 'changelog']);

/** "/rest/api/3/issue/QA-1/properties/x" -> "/rest/api/3/issue/{}/properties/{}": the endpoint a burst bucket belongs to. */
export function endpointOf(path: string): string {
  const segments = path.split('/');
  for (let i = 1; i < segments.length; i += 1) {
    if (COLLECTIONS.has(segments[i - 1]) && segments[i] !== '' && !LITERALS.has(segments[i])) segments[i] = '{}';
  }
  return segments.join('/');
}

/** Requests a second per endpoint and method, as the table gives them for a base (GET/POST) rate of 100. */
function burstRate(method: string, endpoint: string, base: number): number {
  if (method === 'GET' && endpoint === '/rest/api/3/issue/{}') return base * 1.5;
  if (method === 'POST' && endpoint === '/rest/api/3/search/approximate-count') return base * 1.5;
  if (method === 'GET' && endpoint === '/rest/api/3/issue/{}/changelog') return base * 2;
  return method === 'PUT' || method === 'DELETE' ? base / 2 : base;
}

/** The issue a write changes, from its path: issue/{idOrKey}/... (not create, not search). */
export function writtenIssueOf(method: string, path: string): string | undefined {
  if (method === 'GET') return undefined;
  const m = /^\/rest\/api\/3\/issue\/([^/]+)(\/(?:transitions|comment|properties\/[^/]+|assignee))?$/.exec(path);
  if (!m || LITERALS.has(m[1]) || (method === 'POST' && m[2] === undefined)) return undefined;
  return m[1];
}

/** How many objects a response body returns, and whether they are identity objects. */
export function objectsIn(body: unknown): number {
  if (Array.isArray(body)) return body.length;
  if (body === null || typeof body !== 'object') return 0;
  const b = body as Record<string, unknown>;
  if (Array.isArray(b.issueChangeLogs)) {
    return (b.issueChangeLogs as Array<{ changeHistories?: unknown[] }>).reduce((n, entry) => n + (entry.changeHistories?.length ?? 0), 0);
  }
  // jql/match answers issue ids per query: each id matched is an issue involved, once per query that
  // returns it (how Jira counts them is unpublished; this is the reading that charges more).
  if (Array.isArray(b.matches)) {
    return (b.matches as Array<{ matchedIssues?: unknown[] }>).reduce((n, m) => n + (m.matchedIssues?.length ?? 0), 0);
  }
  for (const list of ['issues', 'values', 'comments', 'issueTypes', 'fields', 'transitions', 'keys', 'queries', 'issueLinkTypes']) {
    if (Array.isArray(b[list])) return (b[list] as unknown[]).length;
  }
  if (b.permissions && typeof b.permissions === 'object') return Object.keys(b.permissions).length;
  if (typeof b.count === 'number') return 0;
  return 1;
}

/** Points a request costs: 1 for a write (1 per issue created in bulk), else 1 + objects returned (2 each for identity). */
export function pointsFor(method: string, path: string, status: number, body: unknown): number {
  const read = method === 'GET' || (method === 'POST' && READ_POSTS.some((r) => r.test(path)));
  if (!read) {
    // The docs' example counts a 50-issue batch as 50 points; the stricter of the two readings.
    if (method === 'POST' && /\/issue\/bulk$/.test(path) && body && typeof body === 'object') {
      return Math.max(1, ((body as { issues?: unknown[] }).issues ?? []).length);
    }
    return 1;
  }
  if (status >= 400) return 1;
  const perObject = IDENTITY_PATHS.some((r) => r.test(path)) ? 2 : 1;
  return 1 + perObject * objectsIn(body);
}

interface Bucket { tokens: number; at: number }

const HOUR_MS = 3_600_000;

export class RateLimiter {
  private hourStart = 0;
  private used = 0;
  private readonly buckets = new Map<string, Bucket>();
  private readonly writes = new Map<string, number[]>();

  constructor(private readonly settings: SandboxSettings, private readonly clock: () => number = Date.now) {}

  reset(): void {
    this.used = 0;
    this.buckets.clear();
    this.writes.clear();
  }

  private quota(): { limit: number; used: number; resetAt: number } {
    const now = this.clock();
    const start = Math.floor(now / HOUR_MS) * HOUR_MS;
    if (start !== this.hourStart) {
      this.hourStart = start;
      this.used = 0;
    }
    return { limit: this.settings.get().pointsPerHour, used: this.used, resetAt: start + HOUR_MS };
  }

  /** The refusal for a request about to run, or null; takes a burst token and records an issue write. */
  admit(method: string, path: string, byApp: boolean, issueKey?: string): Refusal | null {
    const now = this.clock();
    if (byApp) {
      const { limit, used, resetAt } = this.quota();
      if (used >= limit) return { reason: 'jira-quota-global-based', retryAfterSeconds: Math.ceil((resetAt - now) / 1000), resetAt: new Date(resetAt), limit };
    }
    const endpoint = endpointOf(path);
    const rate = burstRate(method, endpoint, this.settings.get().burstPerSecond);
    const key = `${method} ${endpoint}`;
    const bucket = this.buckets.get(key) ?? { tokens: rate, at: now };
    bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.at) / 1000) * rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      const waitMs = ((1 - bucket.tokens) / rate) * 1000;
      return { reason: 'jira-burst-based', retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), resetAt: new Date(now + waitMs), limit: rate };
    }
    if (issueKey !== undefined) {
      const refusal = this.admitIssueWrite(issueKey, now);
      if (refusal) return refusal;
    }
    bucket.tokens -= 1;
    return null;
  }

  private admitIssueWrite(issueKey: string, now: number): Refusal | null {
    const { issueWritesPer2s, issueWritesPer30s } = this.settings.get();
    const recent = (this.writes.get(issueKey) ?? []).filter((t) => now - t < 30_000);
    const inShort = recent.filter((t) => now - t < 2_000);
    const full = inShort.length >= issueWritesPer2s ? { window: 2_000, times: inShort, limit: issueWritesPer2s }
      : recent.length >= issueWritesPer30s ? { window: 30_000, times: recent, limit: issueWritesPer30s } : null;
    if (full) {
      const frees = full.times[full.times.length - full.limit] + full.window;
      return { reason: 'jira-per-issue-on-write', retryAfterSeconds: Math.max(1, Math.ceil((frees - now) / 1000)), resetAt: new Date(frees), limit: full.limit };
    }
    recent.push(now);
    this.writes.set(issueKey, recent);
    return null;
  }

  charge(points: number): void {
    this.quota();
    this.used += points;
  }

  /** The quota headers every app response carries. */
  quotaHeaders(): Record<string, string> {
    const { limit, used, resetAt } = this.quota();
    const remaining = Math.max(0, limit - used);
    const near = remaining < limit * 0.2;
    const seconds = Math.max(0, Math.ceil((resetAt - this.clock()) / 1000));
    return {
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': String(remaining),
      ...(near ? { 'X-RateLimit-NearLimit': 'true' } : {}),
      'RateLimit-Policy': `"global-app-quota";q=${limit};w=3600`,
      RateLimit: `"global-app-quota";${near ? `r=${remaining};` : ''}t=${seconds}`,
    };
  }

  /** Points used this hour, and the limit. */
  usage(): { used: number; limit: number; resetAt: string } {
    const { used, limit, resetAt } = this.quota();
    return { used, limit, resetAt: new Date(resetAt).toISOString() };
  }
}

/** The headers of a 429 for `refusal`. */
export function refusalHeaders(refusal: Refusal): Record<string, string> {
  return {
    'Retry-After': String(refusal.retryAfterSeconds),
    'X-RateLimit-Reset': refusal.resetAt.toISOString(),
    'X-RateLimit-Limit': String(refusal.limit),
    'X-RateLimit-Remaining': '0',
    'RateLimit-Reason': refusal.reason,
  };
}
