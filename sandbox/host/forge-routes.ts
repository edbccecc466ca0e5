/**
 * The host's HTTP API under /__forge, used by the pages' bridge, the integration tests and anyone
 * poking at the sandbox with curl:
 *   POST /__forge/invoke         {moduleKey, functionKey, payload, extension, localId?}  (Basic auth)
 *   POST /__forge/fetch-product  @forge/bridge's fetchProduct payload -> the product response (Basic auth)
 *   GET|PUT /__forge/gadgets/:id/configuration  {configuration}  (Basic auth)
 *   POST /__forge/issue-panels   {issueKey, moduleKey}: an issue panel's quick-add button was pressed
 *   POST /__forge/trigger        {type: 'product-event', event} | {type: 'lifecycle', event: 'installed'|'upgraded'} | {type: 'scheduled', key?} | {type: 'queue'}
 *   GET  /__forge/events         the product events Jira sent lately, newest first, with what their triggers did
 *                                (`?limit=n`: only the newest n, as the pages' Forge sandbox drawer asks)
 * Errors answer `{"error": {"code", "message"}}`.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { bridgeFetchResult } from './jira-connection';
import { validateInvokeRequest, type InvokeOutcome, type InvokeRequest } from './invoke';
import type { ProductEventRecord } from './product-event-delivery';
import { validateTriggerRequest, type TriggerOutcome, type TriggerRequest } from './triggers';
import { basicAuthUser, pageUser, type SandboxUser, type UserDirectory } from './users';

export interface ForgeApi {
  users(): UserDirectory;
  invokeAs(user: SandboxUser, request: InvokeRequest): Promise<InvokeOutcome>;
  trigger(request: TriggerRequest): Promise<TriggerOutcome>;
  productEvents(): { enabled: boolean; pending: number; events: ProductEventRecord[] };
  requestJiraAs(user: SandboxUser, path: string, init: { method?: string; headers?: [string, string][] | Record<string, string>; body?: string | null }): Promise<globalThis.Response>;
  gadgetExists(gadgetId: string): boolean;
  gadgetConfiguration(gadgetId: string): Record<string, unknown>;
  saveGadgetConfiguration(gadgetId: string, configuration: Record<string, unknown>): void;
  /** The quick-add button of an issue panel was pressed on an issue. */
  addIssuePanel(user: SandboxUser, issueKey: string, moduleKey: string): Promise<{ status: number; message?: string }>;
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** Basic auth as a known user, else 401 with a challenge. */
function authenticated(api: ForgeApi) {
  return (req: Request, res: Response, next: NextFunction) => {
    const user = basicAuthUser(req, api.users());
    if (!user) {
      res.set('WWW-Authenticate', 'Basic realm="Forge sandbox"');
      fail(res, 401, 'UNAUTHORIZED', 'Basic auth as a sandbox user is required (e.g. alice@example.com:anything)');
      return;
    }
    res.locals.user = user;
    next();
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function forgeApiRouter(api: ForgeApi): Router {
  const router = express.Router();
  const auth = authenticated(api);
  router.use('/__forge', express.json({ limit: '10mb' }));

  router.post('/__forge/invoke', auth, async (req, res) => {
    const request = validateInvokeRequest(req.body);
    if (typeof request === 'string') { fail(res, 400, 'BAD_REQUEST', request); return; }
    const outcome = await api.invokeAs(res.locals.user as SandboxUser, request);
    res.status(outcome.status).json(outcome.body);
  });

  router.post('/__forge/fetch-product', auth, async (req, res) => {
    const body = (req.body ?? {}) as { product?: unknown; restPath?: unknown; fetchRequestInit?: { method?: string; headers?: [string, string][]; body?: string | null } };
    if (body.product !== 'jira') { fail(res, 400, 'BAD_REQUEST', `The sandbox proxies requests to Jira only, not '${String(body.product)}'`); return; }
    if (typeof body.restPath !== 'string' || !body.restPath.startsWith('/')) { fail(res, 400, 'BAD_REQUEST', 'restPath must be a path starting with /'); return; }
    const response = await api.requestJiraAs(res.locals.user as SandboxUser, body.restPath, body.fetchRequestInit ?? {});
    res.json(await bridgeFetchResult(response));
  });

  router.get('/__forge/gadgets/:id/configuration', auth, (req, res) => {
    const id = String(req.params.id);
    if (!api.gadgetExists(id)) { fail(res, 404, 'NOT_FOUND', `No gadget ${id} on the sandbox dashboard`); return; }
    res.json({ configuration: api.gadgetConfiguration(id) });
  });

  router.put('/__forge/gadgets/:id/configuration', auth, (req, res) => {
    const id = String(req.params.id);
    if (!api.gadgetExists(id)) { fail(res, 404, 'NOT_FOUND', `No gadget ${id} on the sandbox dashboard`); return; }
    const configuration = (req.body as { configuration?: unknown } | undefined)?.configuration;
    if (!isPlainObject(configuration)) { fail(res, 400, 'BAD_REQUEST', 'configuration must be an object'); return; }
    api.saveGadgetConfiguration(id, configuration);
    res.json({ configuration: api.gadgetConfiguration(id) });
  });

  // The page's quick-add button (Basic auth, or the page's `as` cookie).
  router.post('/__forge/issue-panels', async (req, res) => {
    const user = basicAuthUser(req, api.users()) ?? pageUser(req, api.users());
    const body = (req.body ?? {}) as { issueKey?: unknown; moduleKey?: unknown };
    if (typeof body.issueKey !== 'string' || typeof body.moduleKey !== 'string') { fail(res, 400, 'BAD_REQUEST', 'issueKey and moduleKey are required'); return; }
    const outcome = await api.addIssuePanel(user, body.issueKey, body.moduleKey);
    if (outcome.status >= 400) { fail(res, outcome.status, 'PANEL_NOT_ADDED', outcome.message ?? ''); return; }
    res.status(204).end();
  });

  router.post('/__forge/trigger', async (req, res) => {
    const request = validateTriggerRequest(req.body);
    if (typeof request === 'string') { fail(res, 400, 'BAD_REQUEST', request); return; }
    res.json(await api.trigger(request));
  });

  router.get('/__forge/events', (req, res) => {
    const limit = req.query.limit === undefined ? undefined : Number(req.query.limit);
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) { fail(res, 400, 'BAD_REQUEST', 'limit must be a positive whole number'); return; }
    const answer = api.productEvents();
    res.json(limit === undefined ? answer : { ...answer, events: answer.events.slice(0, limit) });
  });

  router.use('/__forge', (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) { next(err); return; }
    const e = err as { status?: number; type?: string; message?: string; code?: string };
    if (e.type === 'entity.parse.failed') { fail(res, 400, 'BAD_REQUEST', `Malformed JSON body: ${e.message ?? ''}`); return; }
    const status = typeof e.status === 'number' && e.status >= 400 && e.status <= 599 ? e.status : 500;
    fail(res, status, typeof e.code === 'string' ? e.code : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'ERROR', e.message ?? String(err));
  });

  return router;
}
