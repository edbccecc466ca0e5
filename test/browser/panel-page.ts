/**
 * The post-mortem panel on the host's issue page, as the browser tests drive it: one demo site and
 * one Chromium per test file (the panel built first), opening the panel as a user, moving between
 * stages, Atlaskit selects, a screenshot clipped to the panel, the Forge context the panel is
 * invoked with, and the post-mortem as Jira stores it.
 */
import { axeViolations, frameOf, type AxeViolation } from './axe';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { PostmortemDocument } from '../../src/domain/postmortem';
import { startSandbox, type Sandbox } from '../helpers/sandbox';
import { ensureAppBuilt, launchBrowser, press, SCREENSHOT_DIR, withViewportHolding, type LaunchedBrowser, visit } from './browser';

export const PANEL = 'section[aria-label="QA post-mortem"]';
export const PANEL_FRAME = `${PANEL} iframe.forge-frame`;
export const PANEL_MODULE = 'qa-postmortem-panel';

export interface PanelBrowser {
  sandbox: Sandbox;
  browser: LaunchedBrowser;
}

export interface PanelBrowserOptions {
  viewport?: { width: number; height: number };
  /** Reset the site to the demo seed before each test (default true). */
  resetEachTest?: boolean;
}

/**
 * Builds static/panel if stale, starts the demo site and Chromium for the test file (handed to
 * `use`), closes both after it, and resets the site before each test.
 */
export function panelBrowserPerFile(use: (started: PanelBrowser) => void, { viewport, resetEachTest = true }: PanelBrowserOptions = {}): void {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    ensureAppBuilt('panel');
    [sandbox, browser] = await Promise.all([startSandbox({ seed: 'demo' }), launchBrowser(viewport)]);
    use({ sandbox, browser });
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });
  if (resetEachTest) beforeEach(() => sandbox.reset());
  // A test that failed before closing its pages would leave them autosaving into the next test's data.
  afterEach(async () => {
    await Promise.all(browser.context.pages().map((page) => page.close()));
  });
}

/**
 * Opens `key` as `user`, adds the panel with its quick-add button when the issue does not have it
 * yet (as a Jira user would), and waits until the panel has settled: the post-mortem, the empty
 * state or an error.
 */
/** `theme`: the host keeps the last theme chosen, so a screenshot names the one it wants. */
export async function openPanel(page: Page, sandbox: Sandbox, user: string, key: string, theme?: 'light' | 'dark'): Promise<FrameLocator> {
  await visit(page, `${sandbox.url}/browse/${key}?as=${user}${theme ? `&theme=${theme}` : ''}`);
  const quickAdd = page.locator(`button[data-quick-add="${PANEL_MODULE}"]`);
  if (await quickAdd.count() > 0) {
    await quickAdd.click();
    await page.locator(PANEL).waitFor();
  }
  const frame = page.frameLocator(PANEL_FRAME);
  await frame.getByTestId('postmortem-panel').or(frame.getByTestId('empty-state')).or(frame.getByTestId('error-state')).waitFor();
  return frame;
}

/** The stage navigation's button for stage `id`. */
export const stageButton = (frame: FrameLocator, id: string): Locator => frame.locator(`nav[aria-label="Post-mortem stages"] button[data-stage="${id}"]`);

/**
 * Stage `id`'s region once the stage itself is shown: its own heading, not the region alone, which
 * holds a loading state (and the previous stage's content, hidden) while the stage's code arrives.
 */
export async function shownStage(frame: FrameLocator, id: string): Promise<Locator> {
  const region = frame.getByTestId(`stage-${id}`);
  await region.locator(`h2#stage-heading-${id}`).waitFor();
  return region;
}

/** Goes to a stage from the stage navigation and answers its region once the stage is shown. */
export async function stage(frame: FrameLocator, id: string): Promise<Locator> {
  await press(stageButton(frame, id));
  return shownStage(frame, id);
}

/** An Atlaskit select: type to filter, then choose the option. */
export async function choose(scope: Locator | FrameLocator, label: string, option: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(option);
  await scope.getByRole('option', { name: option, exact: true }).first().click();
}

/**
 * The panel as it looks on the page, as test-results/screenshots/<name>.png: a capture from the top
 * (so the host's fixed header stays where it belongs) clipped to the panel, with the viewport holding
 * the whole panel (withViewportHolding), so a tall panel is painted whole.
 */
export async function shootPanel(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator(PANEL).boundingBox();
  if (!box) throw new Error('The panel is not on the page');
  await withViewportHolding(page, box.y + box.height, () => page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true, clip: box }));
}

/** The Forge extension context the host gives the issue panel on `key`, for invoking its resolvers directly. */
export function panelExtension(sandbox: Sandbox, key: string) {
  return {
    issue: { key, id: sandbox.emulator.store.issueByIdOrKey(key)?.id ?? '0', type: 'Incident' },
    project: { key: 'QA', id: '10000', type: 'software' },
  };
}

/** The post-mortem stored on `key`, read as alice through Jira's REST API. */
export async function storedPostmortem(sandbox: Sandbox, key: string): Promise<PostmortemDocument> {
  const answer = await sandbox.jira<{ value: PostmortemDocument }>('alice', `/rest/api/3/issue/${key}/properties/qa-postmortem`);
  expect(answer.status).toBe(200);
  return answer.body.value;
}

/** The WCAG A and AA violations in the panel as it is now (see axe.ts). */
export async function panelViolations(page: Page): Promise<AxeViolation[]> {
  return axeViolations(await frameOf(page.locator(PANEL_FRAME)));
}
