// The Vite configuration of every Custom UI bundle, shared by the build (build-static.mjs) and the
// bundle report (bundle-report.mjs), so what is measured is what ships.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedBuild = path.join(root, 'static', 'shared', 'src', 'build');

/**
 * Modules the bundles never need, replaced at build time (each replacement says why):
 * Atlaskit's feature-gate client (only ever gives defaults in a Forge app) and the tokens
 * package's theme import map (Jira themes the frame; the app loads no theme files).
 */
function replaceUnneededModules() {
  return {
    name: 'replace-unneeded-modules',
    enforce: 'pre',
    resolveId(source, importer) {
      if (/^@atlaskit\/feature-gate-js-client(?:\/feature-gates)?$/.test(source)) return path.join(sharedBuild, 'feature-gates-off.ts');
      if (source === '@atlaskit/tokens/artifacts/theme-import-map' || (source === '../artifacts/theme-import-map' && importer && /@atlaskit[\\/]tokens[\\/]/.test(importer))) {
        return path.join(sharedBuild, 'no-theme-files.ts');
      }
      return null;
    },
  };
}

/**
 * The modules a first visit loads: the entry chunk and the chunks it imports, as the bundler splits
 * them by default (an in-memory build). Found by building rather than by walking imports, since a
 * module reached only through a re-exporting index file (zod's, Atlaskit's) may be shaken out of
 * the entry and belong to a lazy part alone.
 */
async function firstLoadModules(config) {
  // Unminified and without source maps: which module goes in which chunk does not depend on either.
  const result = await build({ ...config, logLevel: 'silent', build: { ...config.build, write: false, emptyOutDir: false, minify: false, sourcemap: false } });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const loaded = new Set();
  const visit = (chunk) => {
    if (!chunk || loaded.has(chunk)) return;
    loaded.add(chunk);
    for (const file of chunk.imports) visit(byFile.get(file));
  };
  for (const chunk of chunks.filter((c) => c.isEntry)) visit(chunk);
  return new Set([...loaded].flatMap((c) => c.moduleIds));
}

/**
 * Base './' so the bundle loads from any mount point (Forge's CDN, or the local host). Everything a
 * first visit loads goes into the entry's chunk and one style sheet: by default the bundler splits off
 * each module group a lazy part shares with the entry, so the panel's first visit asked for 13 scripts
 * and 7 style sheets before it could start, six at a time over HTTP/1.1. Lazy parts keep their chunks.
 */
export async function staticBuildConfig(appDir, outDir, options = {}) {
  const config = baseConfig(appDir, outDir, options);
  const firstLoad = await firstLoadModules(config);
  config.build.rolldownOptions = { output: { codeSplitting: { groups: [{ name: 'entry', test: (id) => firstLoad.has(id) }] } } };
  return config;
}

function baseConfig(appDir, outDir, { sourcemap = false, logLevel = 'warn' }) {
  return {
    configFile: false,
    root: appDir,
    base: './',
    publicDir: path.join(appDir, 'public'),
    logLevel,
    plugins: [replaceUnneededModules(), react()],
    build: { outDir, emptyOutDir: true, sourcemap, reportCompressedSize: false, chunkSizeWarningLimit: 1500 },
  };
}
