/**
 * The Test coverage gaps probe in Chromium: on the fresh incident QA-3 (Search), alice sees the
 * requirement coverage of Search in the release that shipped it, as getIncidentTestCoverage answers
 * it (the demo's 1.6 search requirements had no test), the requirements with no test as links, and
 * adds the figure's line to the notes, which the autosave keeps; dave, who may not edit, sees the
 * figure without the button. Screenshots: test-results/screenshots/panel-test-coverage*.png.
 */
import type { Envelope, IncidentTestCoverageResult } from '../../src/contract';
import { DEMO_INCIDENTS } from '../../sandbox/seed/demo';
import type { Sandbox } from '../helpers/sandbox';
import { axeViolations, frameOf } from './axe';
import { press, type LaunchedBrowser, visit } from './browser';
import { processLine, testCoverageLine } from '../../static/panel/src/model/test-coverage';
import { useXraySource } from '../helpers/xray-source';
import { openPanel, PANEL, PANEL_FRAME, PANEL_MODULE, panelBrowserPerFile, panelExtension, shootPanel, stage, storedPostmortem } from './panel-page';

const INCIDENT = DEMO_INCIDENTS.fresh;

describe('the Test coverage gaps probe in the panel, in Chromium', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  panelBrowserPerFile((started) => {
    ({ sandbox, browser } = started);
  });

  async function coverage(user: string): Promise<IncidentTestCoverageResult> {
    const answer = await sandbox.invoke<Envelope<IncidentTestCoverageResult>>(user, PANEL_MODULE, 'getIncidentTestCoverage', {}, panelExtension(sandbox, INCIDENT));
    if (!answer.body.ok) throw new Error(`getIncidentTestCoverage: ${JSON.stringify(answer.body)}`);
    return answer.body.data;
  }

  it('shows alice the coverage of the incident\'s components in its release, the requirements with no test, and adds the line to the notes', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const frame = await openPanel(page, sandbox, 'alice', INCIDENT);
    await stage(frame, 'probes');
    const expected = await coverage('alice');
    expect(expected).toMatchObject({ release: '1.6', components: ['Search'], requirementCoverage: { rate: 0 } });
    const line = testCoverageLine(expected);

    const card = frame.getByTestId('probe-testCoverage');
    const figure = card.getByTestId('test-coverage-figure');
    await figure.waitFor();
    expect(await figure.getByTestId('test-coverage-line').innerText()).toBe(line.replace(/ No test: .*$/, ''));
    expect(await figure.getByTestId('uncovered-requirement').allTextContents()).toEqual(expected.requirementCoverage.uncovered.map((u) => u.key));
    expect(await figure.getByTestId('uncovered-requirement').first().getAttribute('href')).toMatch(new RegExp(`/browse/${expected.requirementCoverage.uncovered[0].key}$`));
    await card.scrollIntoViewIfNeeded();
    // From Jira alone the Process effectiveness probe says where test runs would come from.
    await frame.getByTestId('probe-processEffectiveness').getByTestId('process-needs-runs').waitFor();
    await shootPanel(page, 'panel-test-coverage');

    await press(figure.getByRole('button', { name: 'Add to the notes' }));
    const notes = card.getByRole('textbox', { name: 'Test coverage gaps notes' });
    expect(await notes.inputValue()).toBe(line);
    await figure.getByTestId('test-coverage-in-notes').waitFor();
    await frame.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    expect((await storedPostmortem(sandbox, INCIDENT)).probes.testCoverage.notes).toBe(line);
    expect({ screen: 'panel-test-coverage', violations: await axeViolations(await frameOf(page.locator(PANEL_FRAME))) }).toEqual({ screen: 'panel-test-coverage', violations: [] });

    await visit(page, `${sandbox.url}/browse/${INCIDENT}?as=alice&theme=dark`);
    const dark = page.frameLocator(PANEL_FRAME);
    await page.locator(PANEL).waitFor();
    await stage(dark, 'probes');
    await dark.getByTestId('test-coverage-in-notes').waitFor();
    await dark.getByTestId('probe-testCoverage').scrollIntoViewIfNeeded();
    await shootPanel(page, 'panel-test-coverage-dark');
    expect({ screen: 'panel-test-coverage-dark', violations: await axeViolations(await frameOf(page.locator(PANEL_FRAME))) }).toEqual({ screen: 'panel-test-coverage-dark', violations: [] });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows dave, who may not edit, the figure without "Add to the notes" (on QA-2, whose post-mortem is under way)', async () => {
    const page = await browser.newPage();
    const frame = await openPanel(page, sandbox, 'dave', DEMO_INCIDENTS.inProgress);
    await frame.getByTestId('read-only-notice').waitFor();
    await stage(frame, 'probes');
    const figure = frame.getByTestId('probe-testCoverage').getByTestId('test-coverage-figure');
    await figure.waitFor();
    expect(await figure.getByRole('button', { name: 'Add to the notes' }).count()).toBe(0);
    await page.close();
  }, 60_000);

  it('fills the Process effectiveness probe from Xray Cloud: the UAT trend before the incident and its release\'s execution progress', async () => {
    await useXraySource(sandbox);
    const expected = await coverage('alice');
    const line = processLine(expected);
    expect(line).toContain('UAT pass rate by release: 1.4 100%, 1.5 84.6%, 1.6 66.7%');
    const page = await browser.newPage();
    const frame = await openPanel(page, sandbox, 'alice', INCIDENT, 'light');
    await stage(frame, 'probes');
    const card = frame.getByTestId('probe-processEffectiveness');
    const figure = card.getByTestId('process-figure');
    await figure.waitFor();
    expect(await figure.getByTestId('process-line').innerText()).toBe(line);
    await card.scrollIntoViewIfNeeded();
    await shootPanel(page, 'panel-process-effectiveness');
    await press(figure.getByRole('button', { name: 'Add to the notes' }));
    expect(await card.getByRole('textbox', { name: 'Process effectiveness notes' }).inputValue()).toBe(line);
    // The trend is kept in the post-mortem too: the panel shows it as a table.
    await card.getByRole('table', { name: 'UAT pass rate by release' }).waitFor();
    await frame.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    const stored = (await storedPostmortem(sandbox, INCIDENT)).probes.processEffectiveness as { notes: string; uatPassRates?: unknown };
    expect(stored).toMatchObject({ notes: line, uatPassRates: [{ release: '1.4', passRate: 100 }, { release: '1.5', passRate: 84.6 }, { release: '1.6', passRate: 66.7 }] });
    expect({ screen: 'panel-process-effectiveness', violations: await axeViolations(await frameOf(page.locator(PANEL_FRAME))) }).toEqual({ screen: 'panel-process-effectiveness', violations: [] });

    await visit(page, `${sandbox.url}/browse/${INCIDENT}?as=alice&theme=dark`);
    const dark = page.frameLocator(PANEL_FRAME);
    await page.locator(PANEL).waitFor();
    await stage(dark, 'probes');
    await dark.getByTestId('process-in-notes').waitFor();
    await dark.getByTestId('probe-processEffectiveness').scrollIntoViewIfNeeded();
    await shootPanel(page, 'panel-process-effectiveness-dark');
    expect({ screen: 'panel-process-effectiveness-dark', violations: await axeViolations(await frameOf(page.locator(PANEL_FRAME))) }).toEqual({ screen: 'panel-process-effectiveness-dark', violations: [] });
    await page.close();
  }, 60_000);
});
