// Builds every Custom UI app under static/<app>/ that has an index.html into static/<app>/build
// (the paths manifest.yml's resources point at), with Vite and React, base './' so the bundle loads
// from any mount point (Forge's CDN, or the local host's /__forge/resources/<key>/). static/<app>/public
// (e.g. icon.svg) is copied as is. `node scripts/build-static.mjs panel gadget` builds only those apps;
// `--static-dir <dir> --out-dir <dir>` builds apps from another folder into <out-dir>/<app> (test fixtures).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { staticBuildConfig } from './static-build-config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { staticDir: path.join(root, 'static'), outDir: null, apps: [] };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--static-dir') options.staticDir = path.resolve(argv[++i]);
    else if (argv[i] === '--out-dir') options.outDir = path.resolve(argv[++i]);
    else options.apps.push(argv[i]);
  }
  return options;
}

const { staticDir, outDir, apps: only } = parseArgs(process.argv.slice(2));
const outputOf = (app) => (outDir ? path.join(outDir, app) : path.join(staticDir, app, 'build'));

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
  await build(await staticBuildConfig(appDir, outputOf(app)));
  return { app, ms: Date.now() - started };
}

const apps = appsToBuild(only);
if (apps.length === 0) {
  process.stdout.write(`build-static: no <app>/index.html under ${path.relative(root, staticDir)}, nothing to build\n`);
} else {
  for (const app of apps) {
    const { ms } = await buildApp(app);
    process.stdout.write(`build-static: ${path.relative(root, outputOf(app))} (${ms} ms)\n`);
  }
}
