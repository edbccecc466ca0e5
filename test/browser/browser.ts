/**
 * Debian's Chromium driven by playwright-core for the browser tests: headless, no sandbox (CI runs
 * as root in a container), a fresh profile per launch, a screenshot helper that writes
 * test-results/screenshots/<name>.png for a person to look at, and `ensureAppBuilt`, which rebuilds
 * a Custom UI app whose sources are newer than its build (so a lone test run never shows stale UI).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Locator, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-results/screenshots');

export interface LaunchedBrowser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  /** Every Content Security Policy violation any page or frame reported so far. */
  cspViolations: string[];
  /** Closes the browser; throws, listing them, when any page broke the Content Security Policy. */
  close(): Promise<void>;
}

const CSP_PREFIX = 'CSP violation:';

/**
 * Runs in every page and frame before their own scripts: each `securitypolicyviolation` (a blocked
 * inline style or script, an eval, a foreign origin) is written to the console, where the context
 * collects it. Forge serves Custom UI under a strict policy; a violation there is a broken screen.
 */
function reportCspViolations(prefix: string): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`${prefix} ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} in ${location.pathname} (${e.sourceFile}:${e.lineNumber}:${e.columnNumber}) ${e.sample}`);
  });
}

/** Playwright takes the profile directory (Chromium's --user-data-dir) as launchPersistentContext's first argument. */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<LaunchedBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qa-postmortem-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  const cspViolations: string[] = [];
  await context.addInitScript(reportCspViolations, CSP_PREFIX);
  context.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith(CSP_PREFIX)) cspViolations.push(message.text());
  });
  return {
    context,
    newPage: () => context.newPage(),
    cspViolations,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      if (cspViolations.length > 0) {
        throw new Error(`${cspViolations.length} Content Security Policy violation(s):\n${[...new Set(cspViolations)].join('\n')}`);
      }
    },
  };
}

/**
 * Two animation frames of `frame`, when it is shown: a hidden frame (in the issue context's closed
 * details) runs none and has nothing to paint; nor has one gone meanwhile.
 */
async function paintedOnce(frame: Frame): Promise<void> {
  if (frame.parentFrame() && !(await (await frame.frameElement().catch(() => null))?.isVisible())) return;
  await frame.evaluate(() => new Promise((done) => { requestAnimationFrame(() => requestAnimationFrame(done)); })).catch(() => undefined);
}

/**
 * Runs `capture` with the viewport at least `height` tall, then puts it back. Chromium paints a
 * cross-site frame (every Custom UI frame here, as on Jira) only where it is in view, so a full-page
 * capture of a long page showed the frames' lower parts blank; two animation frames in every frame
 * let them paint at the new size first.
 */
/**
 * Opens `url` in `page` and returns once its document is parsed; the test then waits for the state
 * it needs. Not for the window's load event: that waits for every Custom UI frame, each from another
 * site (an out-of-process frame in Chromium), and Playwright now and then never sees it arrive
 * (microsoft/playwright#3151). A CI run timed out so in host.test's page.goto('/dashboard'); here it
 * hung twice in a row in the first 80 rounds of that test, and not in the 980 rounds after (2026-12-06).
 */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
}

/**
 * Presses a button with Enter once it is enabled, as a keyboard user would. A pointer click into a
 * Custom UI frame is aimed at page coordinates worked out before the host has finished resizing the
 * frames to their content; under load such clicks were seen to land outside the frame, where
 * Playwright's hit-target check (which listens inside the frame) never sees them and reports the
 * click done. Enter on the focused button does not depend on where it is drawn, and runs the same
 * handler. Waits for enabled first, as click() does: focus() on a disabled button is a no-op.
 */
export async function press(button: Locator): Promise<void> {
  const handle = await button.elementHandle();
  if (!handle) throw new Error(`No button to press: ${button}`);
  await handle.waitForElementState('enabled');
  await handle.dispose();
  await button.press('Enter');
}

export async function withViewportHolding<T>(page: Page, height: number, capture: () => Promise<T>): Promise<T> {
  const viewport = page.viewportSize();
  const needed = Math.ceil(height);
  if (!viewport || needed <= viewport.height) return capture();
  await page.setViewportSize({ width: viewport.width, height: needed });
  try {
    await Promise.all(page.frames().map(paintedOnce));
    return await capture();
  } finally {
    await page.setViewportSize(viewport);
  }
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await withViewportHolding(page, height, () => page.screenshot({ path: file, fullPage: true }));
  return file;
}

const ROOT = path.resolve(__dirname, '../..');

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
}

/** What a static app's bundle is made from: its own folder, the shared UI code, and the contract and domain code it imports from src/. */
function sourcesOf(app: string): string[] {
  return [
    `static/${app}/src`, `static/${app}/index.html`, `static/${app}/public`, 'static/shared/src',
    'src/contract.ts', 'src/contracts', 'src/domain', 'scripts/build-static.mjs', 'scripts/static-build-config.mjs',
  ].map((p) => path.join(ROOT, p));
}

function isBuilt(app: string): boolean {
  const built = path.join(ROOT, 'static', app, 'build', 'index.html');
  return fs.existsSync(built) && fs.statSync(built).mtimeMs > Math.max(...sourcesOf(app).map(newestMtime));
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs `build` holding a lock per app, so two test files (jest runs two workers) never build the same app at once. */
function withBuildLock(app: string, build: () => void): void {
  const lock = path.join(ROOT, 'test-results', `.build-${app}.lock`);
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = fs.existsSync(lock) ? Date.now() - fs.statSync(lock).mtimeMs : 0;
      if (age > 180_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Waited too long for another build of static/${app}`);
      sleep(250);
    }
  }
  try {
    build();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds static/<app> (scripts/build-static.mjs) unless its build is newer than everything it is
 * made from. The new build is made beside the old one and swapped in, so a page being served from
 * the old one is never half empty.
 */
export function ensureAppBuilt(app: string): void {
  if (isBuilt(app)) return;
  withBuildLock(app, () => {
    if (isBuilt(app)) return;
    const staging = fs.mkdtempSync(path.join(ROOT, 'test-results', `.build-${app}-`));
    try {
      // Jest sets NODE_ENV=test, which would make Vite bundle React's development build: build what ships.
      const env = { ...process.env, NODE_ENV: 'production' };
      execFileSync(process.execPath, ['scripts/build-static.mjs', '--out-dir', staging, app], { cwd: ROOT, stdio: 'pipe', env });
      const build = path.join(ROOT, 'static', app, 'build');
      fs.rmSync(build, { recursive: true, force: true });
      fs.renameSync(path.join(staging, app), build);
    } finally {
      fs.rmSync(staging, { recursive: true, force: true });
    }
  });
}
