/**
 * The project settings page (static/settings) in Chromium on the local host's
 * /projects/QA/settings, with the real resolvers and the Jira emulator: alice (a QA project admin)
 * changes the leakage target and saves it; an invalid escaped-defect clause is refused with Jira's
 * own message under the field and nothing is saved; a target out of range is caught before any
 * call; bob (not an admin) sees the settings read-only with an explanation.
 * Screenshots: test-results/screenshots/settings-*.png.
 */
import type { FrameLocator, Page } from 'playwright-core';
import type { Envelope, SettingsResult } from '../../src/contract';
import { escapedRuleCheckJql } from '../../src/services/settings/settings-checks';
import { startSandbox, type Sandbox } from '../helpers/sandbox';
import { DEMO_XRAY_API_KEY } from '../../sandbox/xray/demo-runs';
import { axeViolations, frameOf } from './axe';
import { press, ensureAppBuilt, launchBrowser, screenshot, type LaunchedBrowser, visit } from './browser';

const FRAME = 'iframe.forge-frame';

describe('the project settings page in Chromium', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  let page: Page;
  const invokes: Array<{ functionKey: string; payload: Record<string, unknown> }> = [];

  const frame = (): FrameLocator => page.frameLocator(FRAME);
  const storedSettings = async (): Promise<SettingsResult> => {
    const answer = await sandbox.invoke<Envelope<SettingsResult>>('alice', 'qa-postmortem-settings', 'getSettings', {}, { project: { key: 'QA' } });
    if (!answer.body.ok) throw new Error(`getSettings failed: ${answer.body.error.message}`);
    return answer.body.data;
  };
  const saves = () => invokes.filter((call) => call.functionKey === 'saveSettings');
  /** A full-page screenshot from the top, so the host's sticky header stays where it belongs. */
  const shoot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, name);
  };

  beforeAll(async () => {
    ensureAppBuilt('settings');
    [sandbox, browser] = await Promise.all([startSandbox({ seed: 'demo' }), launchBrowser({ width: 1280, height: 1000 })]);
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    page.on('request', (request) => {
      if (request.url().endsWith('/__forge/invoke')) invokes.push(request.postDataJSON() as (typeof invokes)[number]);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('lets alice, a project admin, change the leakage target and save it', async () => {
    await visit(page, `${sandbox.url}/projects/QA/settings?as=alice`);
    const form = frame().getByTestId('settings-form');
    await form.waitFor();
    expect(await form.getAttribute('data-read-only')).toBe('false');
    expect(await frame().getByTestId('settings-default').innerText()).toContain('uses the default settings');
    expect(await frame().locator('#escaped-defect-jql').inputValue()).toBe('labels = found-in-production');
    expect(await frame().getByTestId('field-defect-issue-types').innerText()).toContain('Bug');
    expect(await frame().locator('#leakage-target').inputValue()).toBe('10');

    await frame().locator('#leakage-target').fill('12');
    await press(frame().getByTestId('settings-save'));
    await frame().getByTestId('settings-saved').waitFor();
    // Where the eye is after the click: right above the Save button, not at the top of the page.
    const [saved, button] = await Promise.all([frame().getByTestId('settings-saved').boundingBox(), frame().getByTestId('settings-save').boundingBox()]);
    expect(button!.y - (saved!.y + saved!.height)).toBeGreaterThanOrEqual(0);
    expect(button!.y - (saved!.y + saved!.height)).toBeLessThan(40);
    expect(saves()).toHaveLength(1);
    expect(saves()[0].payload).toMatchObject({ settings: { targets: { leakageRate: 12, reopenRate: 5 }, escapedDefectJql: 'labels = found-in-production' } });
    const stored = await storedSettings();
    expect(stored.isDefault).toBe(false);
    expect(stored.settings.targets).toEqual({ leakageRate: 12, reopenRate: 5 });
    await shoot('settings-saved');
  });

  it('lets alice set where tests are found and the test targets, and keeps them', async () => {
    await visit(page, `${sandbox.url}/projects/QA/settings?as=alice&theme=light`);
    await frame().getByTestId('settings-form').waitFor();
    expect(await frame().getByTestId('field-requirement-issue-types').innerText()).toContain('Story');
    expect(await frame().getByTestId('field-test-issue-types').innerText()).toContain('Test');
    expect(await frame().getByTestId('field-test-link-type').innerText()).toContain('Test');
    expect(await frame().locator('#uat-environment').inputValue()).toBe('UAT');
    expect(await frame().locator('#coverage-target').inputValue()).toBe('90');

    await frame().locator('#coverage-target').fill('85');
    await frame().locator('#uat-environment').fill('Acceptance');
    await press(frame().getByTestId('settings-save'));
    await frame().getByTestId('settings-saved').waitFor();
    expect(saves().at(-1)?.payload).toMatchObject({ settings: { tests: { source: 'jira', requirementIssueTypes: ['Story'], testLinkType: 'Test', uatEnvironment: 'Acceptance', targets: { requirementCoverage: 85 } } } });
    expect((await storedSettings()).settings.tests).toEqual({
      source: 'jira', requirementIssueTypes: ['Story'], testIssueTypes: ['Test'], testLinkType: 'Test', uatEnvironment: 'Acceptance',
      targets: { requirementCoverage: 85, executionProgress: 100, uatPassRate: 95 },
    });

    await shoot('settings-tests');

    // A field left empty is said under it, and nothing is sent.
    const before = saves().length;
    await frame().locator('#uat-environment').fill('');
    await press(frame().getByTestId('settings-save'));
    await frame().getByTestId('problem-uat-environment').waitFor();
    expect(saves()).toHaveLength(before);
    await visit(page, `${sandbox.url}/projects/QA/settings?as=alice&theme=dark`);
    await frame().getByTestId('settings-form').waitFor();
    await shoot('settings-tests-dark');
    expect({ screen: 'settings-tests-dark', violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: 'settings-tests-dark', violations: [] });
    await visit(page, `${sandbox.url}/projects/QA/settings?as=alice&theme=light`);
  });

  it('lets alice choose Xray Cloud: the API key is checked with Xray, saved apart, shown masked, and needed before the source is saved', async () => {
    await visit(page, `${sandbox.url}/projects/QA/settings?as=alice&theme=light`);
    await frame().getByTestId('settings-form').waitFor();
    expect(await frame().getByTestId('xray-key').count()).toBe(0);
    await frame().locator('#test-source').fill('Xray');
    await page.keyboard.press('Enter');
    const key = frame().getByTestId('xray-key');
    await key.waitFor();
    expect(await frame().getByTestId('xray-key-state').innerText()).toContain('No key is saved');

    // Without a key the source is refused, under its field.
    await press(frame().getByTestId('settings-save'));
    expect(await frame().getByTestId('problem-test-source').innerText()).toContain('Xray Cloud needs an API key');

    await frame().locator('#xray-client-id').fill(DEMO_XRAY_API_KEY.clientId);
    await frame().locator('#xray-client-secret').fill('not-the-secret');
    await press(frame().getByTestId('xray-key-save'));
    expect(await frame().getByTestId('xray-key-problem').innerText()).toContain('did not accept the API key');
    expect(await frame().locator('#xray-client-secret').getAttribute('type')).toBe('password');
    await frame().locator('#xray-client-secret').fill(DEMO_XRAY_API_KEY.clientSecret);
    await press(frame().getByTestId('xray-key-save'));
    await frame().getByTestId('xray-key-saved').waitFor();
    expect(await frame().getByTestId('xray-key-state').innerText()).toContain(`client id ending in ${DEMO_XRAY_API_KEY.clientId.slice(-4)}`);
    expect(await frame().locator('#xray-client-secret').count()).toBe(0);

    await press(frame().getByTestId('settings-save'));
    await frame().getByTestId('settings-saved').waitFor();
    expect((await storedSettings()).settings.tests.source).toBe('xray');
    const html = await page.frameLocator(FRAME).locator('body').innerHTML();
    expect(html).not.toContain(DEMO_XRAY_API_KEY.clientSecret);
    await shoot('settings-xray');
    expect({ screen: 'settings-xray', violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: 'settings-xray', violations: [] });

    await visit(page, `${sandbox.url}/projects/QA/settings?as=alice&theme=dark`);
    await frame().getByTestId('xray-key').waitFor();
    await shoot('settings-xray-dark');
    expect({ screen: 'settings-xray-dark', violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: 'settings-xray-dark', violations: [] });
    await visit(page, `${sandbox.url}/projects/QA/settings?as=alice&theme=light`);
  });

  it('names the site\'s resolutions the invalid list leaves out, and lists the Server-era defaults the site lacks', async () => {
    await visit(page, `${sandbox.url}/projects/QA/settings?as=alice`);
    await frame().getByTestId('settings-form').waitFor();
    const field = frame().getByTestId('field-invalid-resolutions');
    // The defaults name resolutions of Jira Server this site does not have: shown, and saved as they are.
    expect(await field.innerText()).toContain("Won't Fix");
    expect(await frame().getByTestId('unmentioned-resolutions').count()).toBe(0);

    await press(field.getByRole('button', { name: 'Remove Duplicate' }));
    const note = frame().getByTestId('unmentioned-resolutions');
    await note.waitFor();
    expect(await note.innerText()).toBe('This site also has the resolution “Duplicate”, which the list does not mention: defects closed with it count as real defects. Add it if it means the bug was not one.');
    await shoot('settings-unmentioned-resolutions');
    expect({ screen: 'settings', violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: 'settings', violations: [] });
    const light = page.url();
    await visit(page, `${light}${light.includes('?') ? '&' : '?'}theme=dark`);
    await frame().getByTestId('settings-form').waitFor();
    await press(frame().getByTestId('field-invalid-resolutions').getByRole('button', { name: 'Remove Duplicate' }));
    await frame().getByTestId('unmentioned-resolutions').waitFor();
    await shoot('settings-unmentioned-resolutions-dark');
    expect({ screen: 'settings-dark', violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: 'settings-dark', violations: [] });
  });

  it('refuses an invalid escaped-defect clause with Jira\'s message under the field, and saves nothing', async () => {
    const clause = 'labels = = found-in-production';
    const parsed = await sandbox.jira<{ queries: Array<{ errors?: string[] }> }>('alice', '/rest/api/3/jql/parse?validation=strict', {
      method: 'POST', body: { queries: [escapedRuleCheckJql('QA', clause)] },
    });
    const jiraSays = parsed.body.queries[0].errors ?? [];
    expect(jiraSays.length).toBeGreaterThan(0);

    await frame().locator('#escaped-defect-jql').fill(clause);
    await press(frame().getByTestId('settings-save'));
    const problem = frame().getByTestId('problem-escaped-defect-jql');
    await problem.waitFor();
    expect(await problem.innerText()).toContain(jiraSays[0]);
    expect(await frame().getByTestId('settings-not-saved').innerText()).toContain('see the fields marked below');
    expect(await frame().locator('#escaped-defect-jql').inputValue()).toBe(clause);
    expect((await storedSettings()).settings.escapedDefectJql).toBe('labels = found-in-production');
    await shoot('settings-invalid-jql');

    await frame().locator('#escaped-defect-jql').fill('labels = found-in-production');
    expect(await problem.count()).toBe(0);
  });

  it('catches a target out of range before asking the resolver', async () => {
    const before = saves().length;
    await frame().locator('#reopen-target').fill('150');
    await press(frame().getByTestId('settings-save'));
    const problem = frame().getByTestId('problem-reopen-target');
    await problem.waitFor();
    expect(await problem.innerText()).toContain('Enter a percentage from 0 to 100.');
    expect(saves()).toHaveLength(before);
  });

  it('shows bob, who is not a project admin, the saved settings read-only with an explanation', async () => {
    await visit(page, `${sandbox.url}/projects/QA/settings?as=bob`);
    const form = frame().getByTestId('settings-form');
    await form.waitFor();
    expect(await form.getAttribute('data-read-only')).toBe('true');
    expect(await frame().getByTestId('settings-read-only').innerText())
      .toContain('Only administrators of project QA can change its QA post-mortem settings.');
    expect(await frame().locator('#leakage-target').inputValue()).toBe('12');
    expect(await frame().locator('#leakage-target').isEditable()).toBe(false);
    expect(await frame().locator('#escaped-defect-jql').isEditable()).toBe(false);
    expect(await frame().locator('#defect-issue-types').isDisabled()).toBe(true);
    expect(await frame().getByTestId('settings-save').count()).toBe(0);
    await shoot('settings-read-only');
  });
});
