// The Vite configuration of every Custom UI bundle, shared by the build (build-static.mjs) and the
// bundle report (bundle-report.mjs), so what is measured is what ships.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';

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

/** Base './' so the bundle loads from any mount point (Forge's CDN, or the local host). */
export function staticBuildConfig(appDir, outDir, { sourcemap = false, logLevel = 'warn' } = {}) {
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
