/**
 * Serves each manifest resource (static/<app>/build) under /__forge/resources/<key>/, with the
 * bridge shim prepended to index.html (as a same-origin script) so the real @forge/bridge finds
 * `window.__bridge`, and every file under Forge's Content Security Policy (content-security.ts).
 * Also the shim itself and the design-token CSS the frames are themed with. A missing build
 * answers with a page saying how to build it rather than a bare 404.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import express, { type Router } from 'express';
import { FRAME_SHIM_JS, FRAME_SHIM_PATH, injectFrameShim } from './bridge/frame-shim';
import { contentSecurityPolicy } from './content-security';
import { themeCss } from './theme-css';
import type { ForgeManifest } from './manifest';
import { escapeHtml } from './pages/html';

export function staticResourcesRouter(manifest: ForgeManifest): Router {
  const router = express.Router();
  const policy = contentSecurityPolicy(manifest);
  router.use((_req, res, next) => { res.setHeader('Content-Security-Policy', policy); next(); });
  for (const [key] of manifest.resources) {
    const dir = manifest.resourceDir(key) as string;
    const index: express.RequestHandler = (_req, res) => {
      const file = path.join(dir, 'index.html');
      if (!fs.existsSync(file)) {
        res.status(404).type('html').send(`<!doctype html><p style="font-family:sans-serif">Resource <b>${escapeHtml(key)}</b> is not built: ${escapeHtml(path.relative(process.cwd(), dir))}/index.html is missing. Run <code>npm run build</code>.</p>`);
        return;
      }
      res.type('html').set('cache-control', 'no-store').send(injectFrameShim(fs.readFileSync(file, 'utf8')));
    };
    router.get([`/${key}`, `/${key}/`, `/${key}/index.html`], index);
    router.use(`/${key}`, express.static(dir, { index: false, fallthrough: false }));
  }
  return router;
}

/** The bridge shim and the token CSS, at the paths the frames load them from. */
export function forgeAssetsRouter(): Router {
  const router = express.Router();
  router.get(FRAME_SHIM_PATH, (_req, res) => { res.type('application/javascript').set('cache-control', 'no-store').send(FRAME_SHIM_JS); });
  router.get('/__forge/theme.css', (_req, res) => { res.type('text/css').set('cache-control', 'max-age=3600').send(themeCss()); });
  return router;
}
