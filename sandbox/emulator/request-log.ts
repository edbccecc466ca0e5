/**
 * The log of /rest/ calls (method, path without query, acting account, status, and the rate-limit
 * points the call cost the app: 0 for calls that are not the app's), for tests and benches to count
 * Jira calls and points.
 */
import type { NextFunction, Request, Response } from 'express';

export interface RequestLogEntry {
  method: string;
  path: string;
  accountId: string | null;
  status: number;
  /** Points charged to the app's hourly quota (rate-limits.ts); 0 for traffic that is not the app's. */
  points: number;
  /** Whether the Forge app's code made the call (asUser or asApp), rather than a page or a test. */
  byApp: boolean;
  /**
   * The JQL of a search's first page or a count (POST body's `jql` without `nextPageToken`), so a test
   * can see a search made twice; later pages of one search are not a second search.
   */
  jql?: string;
}

function firstPageJql(body: unknown): { jql?: string } {
  if (!body || typeof body !== 'object') return {};
  const { jql, nextPageToken } = body as { jql?: unknown; nextPageToken?: unknown };
  return typeof jql === 'string' && (nextPageToken === undefined || nextPageToken === null) ? { jql } : {};
}

export class RequestLog {
  readonly entries: RequestLogEntry[] = [];

  clear(): void { this.entries.length = 0; }

  /** Records each call when its response is finished; the acting account comes from res.locals.viewer. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const path = req.baseUrl + req.path;
      res.on('finish', () => {
        const viewer = res.locals.viewer as { accountId: string } | undefined;
        this.entries.push({
          method: req.method, path, accountId: viewer?.accountId ?? null, status: res.statusCode,
          points: typeof res.locals.points === 'number' ? res.locals.points : 0,
          byApp: res.locals.byApp === true,
          ...firstPageJql(req.body),
        });
      });
      next();
    };
  }
}
