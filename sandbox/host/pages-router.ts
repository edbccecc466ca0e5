/**
 * The host's Jira-like pages: `/`, `/browse/:key`, `/dashboard`, `/projects/:key/settings`.
 * The viewer comes from the `as` cookie (or `?as=`, which also sets the cookie).
 */
import express, { type Request, type Response, type Router } from 'express';
import { renderDashboardPage } from './pages/dashboard-page';
import { escapeHtml } from './pages/html';
import { renderHomePage } from './pages/home-page';
import { renderIssuePage } from './pages/issue-page';
import type { PageDeps } from './pages/page-deps';
import { renderSettingsPage } from './pages/settings-page';
import { pageUser, type SandboxUser } from './users';

function viewer(req: Request, res: Response, deps: PageDeps): SandboxUser {
  const user = pageUser(req, deps.users());
  if (typeof req.query.as === 'string') res.append('Set-Cookie', `as=${encodeURIComponent(user.name)}; Path=/; SameSite=Lax`);
  if (typeof req.query.theme === 'string') res.append('Set-Cookie', `theme=${user.theme}; Path=/; SameSite=Lax`);
  return user;
}

function sendPage(res: Response, status: number, page: string): void {
  res.status(status).type('html').set('cache-control', 'no-store').send(page);
}

export function pagesRouter(deps: PageDeps): Router {
  const router = express.Router();
  router.get('/', async (req, res) => {
    sendPage(res, 200, await renderHomePage(deps, viewer(req, res, deps)));
  });
  router.get('/browse/:key', async (req, res) => {
    const page = await renderIssuePage(deps, viewer(req, res, deps), String(req.params.key));
    sendPage(res, page.status, page.html);
  });
  router.get('/dashboard', async (req, res) => {
    sendPage(res, 200, await renderDashboardPage(deps, viewer(req, res, deps)));
  });
  router.get('/projects/:key/settings', async (req, res) => {
    const moduleKey = typeof req.query.module === 'string' ? req.query.module : undefined;
    const page = await renderSettingsPage(deps, viewer(req, res, deps), String(req.params.key), moduleKey);
    sendPage(res, page.status, page.html);
  });
  router.get('/favicon.ico', (_req, res) => { res.status(204).end(); });
  router.use((err: unknown, req: Request, res: Response, next: express.NextFunction) => {
    if (res.headersSent || req.path.startsWith('/rest/') || req.path.startsWith('/__')) { next(err); return; }
    const message = err instanceof Error ? err.message : String(err);
    sendPage(res, 500, `<!doctype html><meta charset="utf-8"><title>Sandbox error</title><body style="font-family:sans-serif;padding:24px"><h1>The page could not be shown</h1><pre>${escapeHtml(message)}</pre></body>`);
  });
  return router;
}
