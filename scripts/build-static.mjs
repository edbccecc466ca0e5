// Builds every Custom UI app under static/<app>/ that has an index.html into static/<app>/build
// (the paths manifest.yml's resources point at), with Vite and React, base './' so the bundle loads
// from any mount point (Forge's CDN, or the local host's /__forge/resources/<key>/). static/<app>/public
// (e.g. icon.svg) is copied as is. `node scripts/build-static.mjs panel gadget` builds only those apps.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'static');

function appsToBuild(only) {
  const apps = existsSync(staticDir)
    ? readdirSync(staticDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(staticDir, d.name, 'index.html')))
      .map((d) => d.name)
    : [];
  const unknown = only.filter((name) => !apps.includes(name));
  if (unknown.length) throw new Error(`No static/<app>/index.html for: ${unknown.join(', ')}`);
  return only.length ? only : apps;
}

async function buildApp(app) {
  const appDir = path.join(staticDir, app);
  const started = Date.now();
  await build({
    configFile: false,
    root: appDir,
    base: './',
    publicDir: path.join(appDir, 'public'),
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: path.join(appDir, 'build'), emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
  });
  return { app, ms: Date.now() - started };
}

const apps = appsToBuild(process.argv.slice(2));
if (apps.length === 0) {
  process.stdout.write('build-static: no static/<app>/index.html found, nothing to build\n');
} else {
  for (const app of apps) {
    const { ms } = await buildApp(app);
    process.stdout.write(`build-static: static/${app}/build (${ms} ms)\n`);
  }
}
