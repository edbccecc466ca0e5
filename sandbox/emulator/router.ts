/**
 * The emulator's express router: `/rest/api/3/**` (request log, Basic auth, faults, then Jira's routes,
 * errors in Jira's shape) and `/__sandbox/**` (controls). Everything else passes through to the host.
 */
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { requireAuth, viewerOf } from './auth';
import { APP_REQUEST_HEADER } from './change-feed';
import type { FaultInjector } from './faults';
import { pointsFor, refusalHeaders, writtenIssueOf, type RateLimiter } from './rate-limits';
import { JiraHttpError } from './http-error';
import type { RequestLog } from './request-log';
import type { SearchEngine } from './search';
import type { EmulatorState } from './store';
import { commentRoutes } from './routes/comments';
import { historyRoutes } from './routes/history';
import { issueRoutes } from './routes/issues';
import { linkRoutes } from './routes/links';
import { metadataRoutes } from './routes/metadata';
import { projectRoutes } from './routes/projects';
import { screenMetaRoutes } from './routes/screen-meta';
import { propertyRoutes } from './routes/properties';
import { sandboxRoutes, type SandboxControls } from './routes/sandbox';
import { searchRoutes } from './routes/search';
import { transitionRoutes } from './routes/transitions';
import { userRoutes } from './routes/users';

export interface RouterParts {
  state: EmulatorState;
  search: SearchEngine;
  faults: FaultInjector;
  log: RequestLog;
  limits: RateLimiter;
  controls: SandboxControls;
}

/** Marks requests whose JSON body we parsed, so an empty body reads as undefined rather than {} (a host may have parsed it already). */
const HAS_BODY = Symbol('hasJsonBody');
type BodyFlag = { [HAS_BODY]?: boolean };

/** Bodies up to this size: the import of 50,000 issues is large. */
const BODY_LIMIT = '512mb';

function errorHandler(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  if (error instanceof JiraHttpError) {
    for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
    res.status(error.status).json(error.body);
    return;
  }
  const e = error as { type?: string; status?: number; message?: string };
  if (e.type === 'entity.parse.failed') {
    res.status(400).json({ errorMessages: [`Unexpected character in the JSON body: ${e.message ?? ''}`.trim()], errors: {} });
    return;
  }
  if (e.type === 'entity.too.large') {
    res.status(413).json({ errorMessages: ['The request body is too large.'], errors: {} });
    return;
  }
  res.status(500).json({ errorMessages: [`Internal server error: ${e.message ?? String(error)}`], errors: {} });
}

/**
 * Refuses what Jira's rate limits would refuse (rate-limits.ts) and charges the app the points of
 * what it asked, counted from the answer.
 */
function rateLimits(parts: RouterParts) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const path = req.baseUrl + req.path;
    const byApp = req.header(APP_REQUEST_HEADER) !== undefined;
    res.locals.byApp = byApp;
    const written = writtenIssueOf(req.method, path);
    const issueId = written === undefined ? undefined : parts.state.issueByIdOrKey(written)?.id ?? written;
    const refusal = parts.limits.admit(req.method, path, byApp, issueId);
    if (refusal) {
      if (byApp && refusal.reason !== 'jira-quota-global-based') { parts.limits.charge(1); res.locals.points = 1; }
      for (const [name, value] of Object.entries({ ...(byApp ? parts.limits.quotaHeaders() : {}), ...refusalHeaders(refusal) })) res.setHeader(name, value);
      res.status(429).json({ errorMessages: ['Rate limit exceeded.'], errors: {} });
      return;
    }
    if (!byApp) return next();
    const send = res.json.bind(res);
    let charged = false;
    const charge = (body: unknown) => {
      if (charged) return;
      charged = true;
      const points = pointsFor(req.method, path, res.statusCode, body);
      parts.limits.charge(points);
      res.locals.points = points;
      for (const [name, value] of Object.entries(parts.limits.quotaHeaders())) res.setHeader(name, value);
    };
    res.json = (body: unknown) => { charge(body); return send(body); };
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.end = ((...args: unknown[]) => { charge(undefined); return end(...args); }) as Response['end'];
    next();
  };
}

export function createEmulatorRouter(parts: RouterParts): Router {
  const deps = { state: parts.state, search: parts.search };
  const json = [
    express.json({ strict: false, limit: BODY_LIMIT, verify: (req, _res, buf) => { if (buf.length > 0) (req as BodyFlag)[HAS_BODY] = true; } }),
    (req: Request, _res: Response, next: NextFunction) => {
      const length = req.headers['content-length'];
      const noContent = length === '0' || (length === undefined && req.headers['transfer-encoding'] === undefined);
      if (!(req as BodyFlag)[HAS_BODY] && noContent) req.body = undefined;
      next();
    },
  ];

  const api = Router();
  api.use(parts.log.middleware());
  api.use(requireAuth(parts.state));
  api.use(rateLimits(parts));
  // The body is read before a fault's delay: Jira has the whole request while it is slow, so a caller
  // that gives up meanwhile does not stop it.
  api.use(json);
  api.use(parts.faults.middleware());
  // What the routes change is announced with who asked, and which Forge app's code asked, if any.
  api.use((req, res, next) => parts.state.changes.withinRequest(
    { accountId: viewerOf(res).accountId, appId: req.header(APP_REQUEST_HEADER) ?? null }, next,
  ));
  for (const routes of [
    userRoutes, screenMetaRoutes, issueRoutes, historyRoutes, transitionRoutes, commentRoutes, linkRoutes, propertyRoutes,
    searchRoutes, projectRoutes, metadataRoutes,
  ]) api.use(routes(deps));
  api.use((req, res) => {
    res.status(404).json({ errorMessages: [`No Jira REST resource at ${req.method} ${req.baseUrl}${req.path}.`], errors: {} });
  });
  api.use(errorHandler);

  const sandbox = Router();
  sandbox.use(json);
  sandbox.use(sandboxRoutes(parts.controls));
  sandbox.use(errorHandler);

  const router = Router();
  router.use('/rest/api/3', api);
  router.use('/__sandbox', sandbox);
  return router;
}
