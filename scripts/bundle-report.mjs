// `npm run bundle:report [app ...]`: builds each Custom UI bundle as it ships (with source maps, into a
// temporary folder) and prints, per resource, the gzipped bytes of its first-load JavaScript (the
// entry chunk and the chunks it imports statically, what the page runs before the app can render),
// of every chunk, and the packages that weigh most in the first load. `--built --json` measures the
// bundles already in static/<app>/build instead (no build, no package weights) and prints JSON, for
// the test that holds each resource's first load within its budget.
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'vite';
import { SourceMapConsumer } from 'source-map-js';
import { staticBuildConfig } from './static-build-config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'static');
const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const apps = named.length
  ? named
  : readdirSync(staticDir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(staticDir, d.name, 'index.html'))).map((d) => d.name);

const gz = (text) => zlib.gzipSync(text, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function packageOf(source) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source ?? '');
  if (m) return m[1];
  const app = /static\/([^/]+)\/src\//.exec(source ?? '');
  if (app) return `static/${app[1]}`;
  return /\/src\//.test(source ?? '') ? 'src (domain and contract)' : '(other)';
}

/** Raw bytes per package in one chunk, from its source map. */
function weights(file) {
  if (!existsSync(`${file}.map`)) return new Map([['(bundler runtime)', readFileSync(file, 'utf8').length]]);
  const code = readFileSync(file, 'utf8');
  const lines = code.split('\n');
  const consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const mappings = [];
  consumer.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const sizes = new Map();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const length = next && next.generatedLine === m.generatedLine ? next.generatedColumn - m.generatedColumn : lines[m.generatedLine - 1].length - m.generatedColumn;
    const key = packageOf(m.source);
    sizes.set(key, (sizes.get(key) ?? 0) + length);
  });
  return sizes;
}

/** The entry chunk and everything it imports statically, from the built index.html and the chunks' import statements. */
function firstLoad(outDir) {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"/g)].map((m) => m[1]);
  queue.push(...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g)].map((m) => m[1]));
  const seen = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(outDir, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(path.join(path.dirname(file), m[1]));
  }
  return [...seen];
}

if (flags.has('--built')) {
  const report = {};
  for (const app of apps) {
    const outDir = path.join(staticDir, app, 'build');
    const first = firstLoad(outDir);
    const all = readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => path.join('assets', f));
    report[app] = {
      firstLoadGzipBytes: first.reduce((sum, f) => sum + gz(readFileSync(path.join(outDir, f))), 0),
      allGzipBytes: all.reduce((sum, f) => sum + gz(readFileSync(path.join(outDir, f))), 0),
      firstLoadFiles: first.length,
    };
  }
  process.stdout.write(flags.has('--json') ? `${JSON.stringify(report)}\n` : `${Object.entries(report).map(([app, r]) => `${app}: first-load ${kb(r.firstLoadGzipBytes)}, all ${kb(r.allGzipBytes)}`).join('\n')}\n`);
  process.exit(0);
}

for (const app of apps) {
  const outDir = mkdtempSync(path.join(os.tmpdir(), `bundle-${app}-`));
  await build(await staticBuildConfig(path.join(staticDir, app), outDir, { sourcemap: true, logLevel: 'silent' }));
  const all = readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => path.join('assets', f));
  const first = firstLoad(outDir);
  const firstBytes = first.reduce((sum, f) => sum + gz(readFileSync(path.join(outDir, f))), 0);
  const allBytes = all.reduce((sum, f) => sum + gz(readFileSync(path.join(outDir, f))), 0);
  process.stdout.write(`\n${app}: first-load JavaScript ${kb(firstBytes)} gzipped (${first.length} file${first.length === 1 ? '' : 's'}); all ${all.length} chunks ${kb(allBytes)} gzipped\n`);
  const sizes = new Map();
  for (const f of first) for (const [k, v] of weights(path.join(outDir, f))) sizes.set(k, (sizes.get(k) ?? 0) + v);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  [...sizes.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).forEach(([k, v]) => {
    process.stdout.write(`  ${kb(v).padStart(9)} raw  ${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}\n`);
  });
}
