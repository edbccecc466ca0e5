/**
 * Serves each manifest resource (static/<app>/build) under /__forge/resources/<key>/, with the
 * bridge shim prepended to index.html so the real @forge/bridge finds `window.__bridge`. A missing
 * build answers with a page saying how to build it rather than a bare 404.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import express, { type Router } from 'express';
import { injectFrameShim } from './bridge/frame-shim';
import type { ForgeManifest } from './manifest';
import { escapeHtml } from './pages/html';

export function staticResourcesRouter(manifest: ForgeManifest): Router {
  const router = express.Router();
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
