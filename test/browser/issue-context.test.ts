/**
 * The issue context (jira:issueContext) on the right of an incident, in Chromium: collapsed until
 * expanded, remembered once expanded; QA-1's completed post-mortem with its overdue action item,
 * QA-3's not started yet with the way to the panel; light and dark.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { startSandbox, type Sandbox } from '../helpers/sandbox';
import { ensureAppBuilt, launchBrowser, screenshot, SCREENSHOT_DIR, type LaunchedBrowser, visit } from './browser';

const CONTEXT = 'details.issue-context[data-module-key="qa-postmortem-context"]';
const FRAME = `${CONTEXT} iframe.forge-frame`;

/** The issue context's status reads (getPostmortemStatus invocations) the page makes from now on, and how to stop recording. */
function recordStatusReads(page: Page): [reads: string[], stop: () => void] {
  const reads: string[] = [];
  const record = (request: Request) => {
    if (request.url().endsWith('/__forge/invoke') && (request.postData() ?? '').includes('getPostmortemStatus')) reads.push(request.url());
  };
  page.on('request', record);
  return [reads, () => { page.off('request', record); }];
}

describe('the post-mortem issue context in Chromium', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    ensureAppBuilt('context');
    [sandbox, browser] = await Promise.all([startSandbox({ seed: 'demo' }), launchBrowser()]);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const frame = () => page.frameLocator(FRAME);
  /** The issue context as it looks on the right of the issue, as test-results/screenshots/<name>.png. */
  const shootContext = async (name: string) => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.locator(CONTEXT).screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
  };

  // First, before any test expands the panel (the page remembers that, as Jira does).
  it('starts a collapsed panel\'s app once the page has loaded and settled, so a frame the host keeps out of sight still starts', async () => {
    const fresh = await browser.newPage();
    const [reads] = recordStatusReads(fresh);
    await visit(fresh, `${sandbox.url}/browse/QA-3?as=alice`);
    const context = fresh.locator(CONTEXT);
    expect(await context.getAttribute('open')).toBeNull();
    // Still collapsed: the app renders its summary in the hidden frame after the fallback delay (a state, waited for).
    await fresh.frameLocator(FRAME).getByTestId('postmortem-status').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await context.getAttribute('open')).toBeNull();
    expect(reads).toHaveLength(1);
    await fresh.close();
  });

  it('is collapsed on an incident until expanded, then shows QA-1\'s post-mortem complete with an overdue action item', async () => {
    // While the page loads, a collapsed panel's app does not start: no status read, only the line its page carries.
    const [statusReads, stopRecording] = recordStatusReads(page);
    await visit(page, `${sandbox.url}/browse/QA-1?as=alice`);
    const context = page.locator(CONTEXT);
    expect(await context.getAttribute('open')).toBeNull();
    // The frame has loaded its entry (a state to wait for), and its app has not started.
    await frame().locator('#root').waitFor({ state: 'attached' });
    // (The frame's own load event, not the page's: see visit().)
    await frame().locator('#root').evaluate(() => new Promise<void>((loaded) => {
      if (document.readyState === 'complete') loaded(); else window.addEventListener('load', () => loaded());
    }));
    expect(await frame().locator('#root').innerText()).toBe('Reading the post-mortem…');
    expect(statusReads).toEqual([]);
    await context.locator('summary').click();
    const summary = frame().getByTestId('postmortem-status');
    await summary.waitFor();
    expect(await summary.getAttribute('data-status')).toBe('complete');
    expect(await frame().getByTestId('status').innerText()).toBe('Complete');
    expect(await frame().getByTestId('stage').innerText()).toBe('Follow-through · 7 of 7 stages complete');
    expect(await frame().getByTestId('actions').innerText()).toMatch(/^\d+ open · 1 overdue · \d+ done$/);
    expect(await frame().getByTestId('guidance').innerText()).toContain('Complete, with overdue action items');
    expect(statusReads).toHaveLength(1);
    stopRecording();
    await screenshot(page, 'issue-context-complete');
    await shootContext('issue-context-complete-box');
  });

  it('says so in place of the starting line when its app cannot be fetched once shown', async () => {
    const offline = await browser.newPage();
    await offline.route(/\/__forge\/resources\/context\/assets\/start-[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
    await visit(offline, `${sandbox.url}/browse/QA-3?as=alice`);
    const context = offline.locator(CONTEXT);
    if (await context.getAttribute('open') === null) await context.locator('summary').click();
    await offline.frameLocator(FRAME).getByText('The post-mortem status could not be loaded. Reload the page to try again.').waitFor();
    await offline.close();
  });

  it('stays expanded over a reload, as Jira remembers it', async () => {
    await page.reload();
    await frame().getByTestId('postmortem-status').waitFor();
    expect(await page.locator(CONTEXT).getAttribute('open')).not.toBeNull();
  });

  it('says QA-3\'s post-mortem is not started and where to start it, in the dark theme', async () => {
    await visit(page, `${sandbox.url}/browse/QA-3?as=alice&theme=dark`);
    await frame().getByTestId('postmortem-status').waitFor();
    expect(await frame().getByTestId('status').innerText()).toBe('Not started');
    expect(await frame().getByTestId('guidance').innerText()).toBe(
      'Start it in the QA post-mortem panel: add it with the QA post-mortem button under the summary if it is not on this incident yet.',
    );
    expect(await frame().locator('html').getAttribute('data-color-mode')).toBe('dark');
    await shootContext('issue-context-not-started-dark-box');
    await visit(page, `${sandbox.url}/browse/QA-1?as=alice&theme=dark`);
    await frame().getByTestId('postmortem-status').waitFor();
    await shootContext('issue-context-complete-dark-box');
  });
});
