/**
 * The local Forge host in a real browser: the real @forge/bridge in an iframe (a small fixture app)
 * reaches the resolver and Jira through the host's bridge, as the user picked in the switcher; the
 * iframe grows to its content; the gadget's Edit view saves its configuration with view.submit.
 * Screenshots go to test-results/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { USERS } from '../../sandbox/seed/base';
import { manifestVariant, type ManifestVariant } from '../helpers/manifest-variant';
import { startSandbox, type Sandbox } from '../helpers/sandbox';
import { createTestApp } from '../integration/host/test-app';
import { press, launchBrowser, screenshot, type LaunchedBrowser, visit } from './browser';
import { settledFrameHeights } from './frame-height';
import { PANEL_FRAME, panelBrowserPerFile } from './panel-page';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE_BUILD = path.join(ROOT, 'test-results/browser-fixture');

function buildFixtureApp(): void {
  execFileSync(process.execPath, ['scripts/build-static.mjs', '--static-dir', 'test/browser/fixtures', '--out-dir', FIXTURE_BUILD], { cwd: ROOT, stdio: 'pipe' });
}

/** Every UI module shows the fixture app. */
function fixtureManifest(): ManifestVariant {
  return manifestVariant((manifest) => {
    for (const resource of manifest.resources) resource.path = path.join(FIXTURE_BUILD, 'bridge-app');
  });
}

describe('the host in Chromium', () => {
  let sandbox: Sandbox;
  let manifest: ManifestVariant;
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    buildFixtureApp();
    manifest = fixtureManifest();
    [sandbox, browser] = await Promise.all([
      startSandbox({ seed: 'demo', handlers: createTestApp().handlers, manifestPath: manifest.path }),
      launchBrowser(),
    ]);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
    manifest?.remove();
  });


  it('renders the panel on an incident with data from the resolver and from Jira, through the bridge', async () => {
    await visit(page, `${sandbox.url}/browse/QA-1?as=alice`);
    const frame = page.frameLocator(PANEL_FRAME);
    await frame.getByTestId('done').waitFor();
    expect(await frame.getByTestId('module').textContent()).toBe('Module: qa-postmortem-panel');
    expect(await frame.getByTestId('echo-issue').textContent()).toBe('Resolver saw issue: QA-1');
    expect(await frame.getByTestId('echo-account').textContent()).toBe(`Resolver saw account: ${USERS.alice.accountId}`);
    expect(await frame.getByTestId('myself').textContent()).toBe(`Jira says you are: ${USERS.alice.displayName}`);
    expect(await frame.getByTestId('invoke-error').textContent())
      .toBe('A failing resolver: There was an error invoking the function - The post-mortem changed since you opened it');

    const { iframe, content } = await settledFrameHeights(page, PANEL_FRAME);
    expect(iframe).toBeGreaterThan(500);
    expect(Math.abs(iframe - content)).toBeLessThanOrEqual(2);
    await screenshot(page, 'host-issue-QA-1-alice');
  });

  it('acts as the user picked in the switcher', async () => {
    await page.selectOption('#user-switcher', 'bob');
    await page.waitForURL(`${sandbox.url}/browse/QA-1`, { waitUntil: 'domcontentloaded' });
    const frame = page.frameLocator(PANEL_FRAME);
    await frame.getByTestId('done').waitFor();
    expect(await frame.getByTestId('echo-account').textContent()).toBe(`Resolver saw account: ${USERS.bob.accountId}`);
    expect(await frame.getByTestId('myself').textContent()).toBe(`Jira says you are: ${USERS.bob.displayName}`);
  });

  it('navigates the page when the app calls router.navigate', async () => {
    await visit(page, `${sandbox.url}/browse/QA-1`);
    const frame = page.frameLocator(PANEL_FRAME);
    await frame.getByTestId('done').waitFor();
    await press(frame.getByRole('button', { name: 'Open QA-2' }));
    await page.waitForURL(`${sandbox.url}/browse/QA-2`, { waitUntil: 'domcontentloaded' });
    await frame.getByTestId('done').waitFor();
    expect(await frame.getByTestId('echo-issue').textContent()).toBe('Resolver saw issue: QA-2');
  });

  it('edits a dashboard gadget: Edit opens the edit view, view.close leaves it, view.submit saves and shows the view again', async () => {
    await visit(page, `${sandbox.url}/dashboard?as=alice`);
    const gadgetFrame = 'section.gadget iframe.forge-frame';
    const frame = page.frameLocator(gadgetFrame);
    await frame.getByTestId('done').waitFor();
    expect(await frame.getByTestId('config').textContent()).toBe('Configuration: {}');

    await press(page.getByRole('button', { name: 'Edit' }));
    await press(frame.getByRole('button', { name: 'Close' }));
    await frame.getByTestId('done').waitFor();
    expect(await frame.getByTestId('entry').textContent()).toBe('Entry point: view');

    await press(page.getByRole('button', { name: 'Edit' }));
    await frame.getByLabel('Project key').waitFor();
    expect(await frame.getByTestId('entry').textContent()).toBe('Entry point: edit');
    await frame.getByLabel('Project key').fill('QA');
    await screenshot(page, 'host-dashboard-edit');
    await press(frame.getByRole('button', { name: 'Save' }));

    await frame.getByTestId('done').waitFor();
    expect(await frame.getByTestId('entry').textContent()).toBe('Entry point: view');
    expect(await frame.getByTestId('config').textContent()).toBe('Configuration: {"projectKey":"QA"}');
    const gadgetId = await page.locator('section.gadget').getAttribute('data-gadget-id');
    const saved = await fetch(`${sandbox.url}/__forge/gadgets/${gadgetId}/configuration`, {
      headers: { authorization: `Basic ${Buffer.from('alice@example.com:x').toString('base64')}` },
    });
    expect(await saved.json()).toEqual({ configuration: { projectKey: 'QA' } });
    await screenshot(page, 'host-dashboard');
  });

  it('shows the project settings page in its iframe', async () => {
    await visit(page, `${sandbox.url}/projects/QA/settings`);
    const frame = page.frameLocator('iframe.forge-frame');
    await frame.getByTestId('done').waitFor();
    expect(await frame.getByTestId('module').textContent()).toBe('Module: qa-postmortem-settings');
    await screenshot(page, 'host-settings');
  });
});

describe('the app as shipped (src/index.ts and static/panel) in Chromium', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;

  panelBrowserPerFile((started) => {
    ({ sandbox, browser } = started);
  }, { resetEachTest: false });

  it('shows the post-mortem panel on QA-1 with what getPostmortem answered through the bridge', async () => {
    const page = await browser.newPage();
    const answered = page.waitForResponse((r) => r.url().endsWith('/__forge/invoke')
      && (r.request().postDataJSON() as { functionKey?: string }).functionKey === 'getPostmortem');
    await visit(page, `${sandbox.url}/browse/QA-1?as=alice`);
    const response = await answered;
    expect(response.status()).toBe(200);
    const envelope = (await response.json()) as { ok: boolean; data: { stages: Array<{ label: string }> } };
    expect(envelope.ok).toBe(true);
    const labels = envelope.data.stages.map((s) => s.label);
    expect(labels.length).toBeGreaterThan(0);
    const frameBody = page.frameLocator(PANEL_FRAME).locator('body');
    for (const label of labels) await page.frameLocator(PANEL_FRAME).getByText(label).first().waitFor();
    const shown = await frameBody.innerText();
    for (const label of labels) expect(shown).toContain(label);
    await screenshot(page, 'app-issue-QA-1-alice');
    await page.close();
  });
});
