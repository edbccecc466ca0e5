/** The log of /rest/ calls (method, path without query, acting account, status), for tests to count Jira calls. */
import type { NextFunction, Request, Response } from 'express';

export interface RequestLogEntry {
  method: string;
  path: string;
  accountId: string | null;
  status: number;
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
        this.entries.push({ method: req.method, path, accountId: viewer?.accountId ?? null, status: res.statusCode });
      });
      next();
    };
  }
}
