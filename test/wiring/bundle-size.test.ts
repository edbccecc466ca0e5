/**
 * Each Custom UI resource's first-load JavaScript (the entry chunk and the chunks it imports
 * statically: what runs before the screen can show its loading state and ask for data) stays within
 * 150 KB gzipped; stages, the chart, the forms load when needed (static/shared/src/lazy-part.tsx).
 * Measured on the bundles as built (`npm run bundle:report -- --built`); `npm run bundle:report`
 * prints what weighs most.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { ensureAppBuilt } from '../browser/browser';

const root = path.resolve(__dirname, '../..');
const APPS = ['panel', 'gadget', 'settings', 'context'];
const BUDGET_BYTES = 150 * 1024;

interface Report { firstLoadGzipBytes: number; allGzipBytes: number; firstLoadFiles: number }

describe('bundle budgets', () => {
  it('keeps every resource\'s first-load JavaScript within 150 KB gzipped', () => {
    for (const app of APPS) ensureAppBuilt(app);
    const report = JSON.parse(execFileSync(process.execPath, ['scripts/bundle-report.mjs', '--built', '--json', ...APPS], { cwd: root, encoding: 'utf8' })) as Record<string, Report>;
    expect(Object.keys(report).sort()).toEqual([...APPS].sort());
    const over = Object.entries(report).filter(([, r]) => r.firstLoadGzipBytes > BUDGET_BYTES).map(([app, r]) => `${app}: ${(r.firstLoadGzipBytes / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
    // The split is real: each resource has more code than its first load.
    for (const r of Object.values(report)) expect(r.allGzipBytes).toBeGreaterThan(r.firstLoadGzipBytes);
  });

  it('asks for the first load in two scripts (the entry and the bundler runtime), not one per shared module group', () => {
    for (const app of APPS) ensureAppBuilt(app);
    const report = JSON.parse(execFileSync(process.execPath, ['scripts/bundle-report.mjs', '--built', '--json', ...APPS], { cwd: root, encoding: 'utf8' })) as Record<string, Report>;
    // A browser asks six at a time over HTTP/1.1; the panel's first load was 13 scripts before
    // scripts/static-build-config.mjs put it in the entry's chunk.
    expect(Object.fromEntries(Object.entries(report).map(([app, r]) => [app, r.firstLoadFiles]))).toEqual(Object.fromEntries(APPS.map((app) => [app, 2])));
  });
});
