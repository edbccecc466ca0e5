/**
 * The metrics dashboard gadget (static/gadget) in Chromium on the local host's dashboard, with the
 * real resolvers over the demo seed: an unconfigured gadget asks to be configured; the edit view
 * saves project QA, the last 12 months, by release with view.submit; the view shows the figures the
 * resolver computes, against the targets, with the chart drawn, the time zone its days were read in
 * and the reopens within the period; Refresh recomputes in one call, the figures staying on screen
 * meanwhile, with no job to poll; the figures' age reads in minutes. Screenshots: test-results/screenshots/gadget-*.png.
 */
import { format, startOfMonth, subMonths } from 'date-fns';
import type { FrameLocator, Page } from 'playwright-core';
import type { Envelope, ProjectMetricsResult, TestMetricsResult } from '../../src/contract';
import { USERS } from '../../sandbox/seed/base';
import { followThrough, readRawSite } from '../integration/metrics/independent-figures';
import { startSandbox, type Sandbox } from '../helpers/sandbox';
import { useXraySource } from '../helpers/xray-source';
import { axeViolations, frameOf } from './axe';
import { press, ensureAppBuilt, launchBrowser, screenshot, type LaunchedBrowser, visit } from './browser';

const GADGET = 'section[aria-label="QA quality metrics"]';
const FRAME = `${GADGET} iframe.forge-frame`;

function percent(rate: number): string {
  return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(rate)}%`;
}

/** Pixels of the chart's canvas that something was drawn on. */
async function paintedPixels(frame: FrameLocator): Promise<number> {
  return frame.locator('[data-testid="trend-chart"] canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
    return painted;
  });
}

describe('the metrics gadget in Chromium', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  let page: Page;
  const invokes: Array<{ functionKey: string; payload: Record<string, unknown> }> = [];
  const today = new Date();
  const period = { from: format(startOfMonth(subMonths(today, 11)), 'yyyy-MM-dd'), to: format(today, 'yyyy-MM-dd') };

  beforeAll(async () => {
    ensureAppBuilt('gadget');
    [sandbox, browser] = await Promise.all([startSandbox({ seed: 'demo', autoRunQueue: false }), launchBrowser({ width: 1280, height: 1000 })]);
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

  const frame = () => page.frameLocator(FRAME);

  it('asks to be configured before it has a project', async () => {
    await visit(page, `${sandbox.url}/dashboard?as=alice`);
    await frame().getByTestId('unconfigured').waitFor();
    expect(await frame().getByTestId('unconfigured').innerText()).toContain('Choose a project to see its quality metrics');
    expect(invokes.filter((call) => call.functionKey === 'getProjectMetrics')).toEqual([]);
    await screenshot(page, 'gadget-unconfigured');
  });

  it('is configured in its edit view: project QA, the last 12 months, by release, saved with view.submit', async () => {
    const toggle = page.locator(`${GADGET} [data-gadget-toggle]`);
    await toggle.click();
    const edit = frame().getByTestId('gadget-edit');
    await edit.waitFor();
    await press(frame().getByRole('button', { name: 'Cancel' }));
    await frame().getByTestId('unconfigured').waitFor();
    expect(await page.locator(GADGET).getAttribute('data-mode')).toBe('view');

    await toggle.click();
    await edit.waitFor();
    await frame().locator('#gadget-project').click();
    await frame().locator('#gadget-project').fill('QA');
    await frame().getByRole('option', { name: /\(QA\)$/ }).click();
    await frame().getByLabel('Last 12 months').check();
    await frame().getByLabel('Release found in (affects version)').check();
    // The targets are the project's: the edit view opens its settings page, in a new tab.
    // (Pressed, not clicked, and the new tab awaited only until its document is parsed: see press() and visit().)
    const [settingsTab] = await Promise.all([
      page.context().waitForEvent('page'),
      press(frame().getByTestId('gadget-targets-link')),
    ]);
    await settingsTab.waitForURL(/\/projects\/QA\/settings$/, { waitUntil: 'domcontentloaded' });
    await settingsTab.frameLocator('iframe.forge-frame').getByLabel('Defect leakage rate target').waitFor();
    await settingsTab.close();
    // Transitions off for the screenshot, through the CSS Object Model: an inline <style> would break Forge's policy.
    await frame().locator('body').evaluate((body) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('* { transition: none !important; }');
      body.ownerDocument.adoptedStyleSheets = [...body.ownerDocument.adoptedStyleSheets, sheet];
    });
    await screenshot(page, 'gadget-edit');
    expect({ screen: 'gadget-edit', violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: 'gadget-edit', violations: [] });
    await press(frame().getByTestId('gadget-save'));

    await frame().getByTestId('metrics-view').waitFor();
    const gadgetId = await page.locator(GADGET).getAttribute('data-gadget-id');
    const stored = await fetch(`${sandbox.url}/__forge/gadgets/${gadgetId}/configuration`, {
      headers: { authorization: `Basic ${Buffer.from('alice@example.com:x').toString('base64')}` },
    });
    expect(await stored.json()).toEqual({ configuration: { projectKey: 'QA', period: 'last-12-months', groupBy: 'release' } });
    expect(await page.locator(GADGET).getAttribute('data-mode')).toBe('view');
  });

  it('shows both rates against their targets, the counts behind them, and the trend chart by release', async () => {
    const asked = invokes.filter((call) => call.functionKey === 'getProjectMetrics');
    expect(asked.at(-1)?.payload).toEqual({ projectKey: 'QA', ...period, groupBy: 'release' });

    const answer = await sandbox.invoke<Envelope<ProjectMetricsResult>>('alice', 'qa-metrics-gadget', 'getProjectMetrics',
      { projectKey: 'QA', ...period, groupBy: 'release' });
    if (!answer.body.ok || answer.body.data.status !== 'ready') throw new Error(`Unexpected answer ${JSON.stringify(answer.body)}`);
    const metrics = answer.body.data;
    expect(metrics.leakage.defects).toBeGreaterThan(0);
    expect(metrics.leakage.rate).not.toBeNull();
    expect(metrics.reopen.rate).not.toBeNull();

    const view = frame();
    expect(await view.getByTestId('metrics-heading').innerText()).toBe('QA · Last 12 months');
    const [fromLabel, toLabel] = [period.from, period.to].map((day) => format(new Date(`${day}T12:00:00`), 'd MMM yyyy'));
    expect(await view.getByTestId('metrics-view').innerText()).toContain(`${fromLabel} – ${toLabel} · by release found in (affects version) · days in ${USERS.alice.timeZone}`);
    expect(metrics.reopensInPeriod).toBeGreaterThan(1);
    expect(await view.getByTestId('reopens-in-period').innerText())
      .toBe(`${metrics.reopensInPeriod.toLocaleString('en-US')} reopens happened in the period, of defects created at any time`);

    const leakage = view.getByTestId('leakage-figure');
    expect(await leakage.getByTestId('leakage-figure-value').innerText()).toBe(percent(metrics.leakage.rate!));
    expect(await leakage.getByTestId('leakage-figure-basis').innerText())
      .toBe(`${metrics.leakage.escaped} escaped of ${metrics.leakage.defects} defects`);
    expect(await leakage.getByTestId('leakage-figure-target').innerText()).toBe(`Target: at most ${percent(metrics.targets.leakageRate)}`);
    expect(await leakage.getAttribute('data-state')).toBe(metrics.targets.leakageMet ? 'within' : 'over');

    const reopen = view.getByTestId('reopen-figure');
    expect(await reopen.getByTestId('reopen-figure-value').innerText()).toBe(percent(metrics.reopen.rate!));
    expect(await reopen.getByTestId('reopen-figure-basis').innerText())
      .toBe(`${metrics.reopen.reopened} reopened of ${metrics.reopen.resolved} resolved`);
    expect(await reopen.getAttribute('data-state')).toBe(metrics.targets.reopenMet ? 'within' : 'over');
    const colourOf = (state: string) => (state === 'over' ? 'rgb(174, 46, 36)' : 'rgb(33, 110, 78)');
    expect(await leakage.getByTestId('leakage-figure-value').evaluate((el) => getComputedStyle(el).color))
      .toBe(colourOf(metrics.targets.leakageMet ? 'within' : 'over'));

    const chart = view.getByTestId('trend-chart');
    expect(await chart.getAttribute('data-chart-type')).toBe('line');
    expect(Number(await chart.getAttribute('data-points'))).toBe(metrics.groups.length);
    expect(await paintedPixels(view)).toBeGreaterThan(2000);
    const rows = await view.getByTestId('trend-table').locator('tbody tr th').allTextContents();
    expect(rows).toEqual(metrics.groups.map((g) => g.label));

    // The demo's QA-1 action-item tasks, counted independently from the emulator's raw issues.
    const todayForAlice = new Intl.DateTimeFormat('en-CA', { timeZone: USERS.alice.timeZone }).format(new Date());
    const expected = followThrough(await readRawSite(sandbox), period.from, todayForAlice);
    expect(expected.total).toBeGreaterThan(0);
    expect(expected.overdue).toBeGreaterThan(0);
    expect(metrics.actionItems).toMatchObject(expected);
    const figure = async (testId: string) => (await view.getByTestId(testId).locator('dd').innerText()).trim();
    expect(await figure('actions-open')).toBe(String(expected.open));
    expect(await figure('actions-overdue')).toBe(String(expected.overdue));
    expect(await view.getByTestId('actions-overdue').locator('dd').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(174, 46, 36)');
    expect(await figure('actions-done')).toBe(String(expected.done));
    expect(await figure('actions-cancelled')).toBe(String(expected.cancelled));
    expect(await figure('actions-completion')).toBe(percent(expected.completionRate!));
    expect(await figure('actions-median')).toBe(`${expected.medianDaysToDone} days`);
    expect(await figure('incidents-total')).toBe(String(metrics.incidents.total));
    expect(await figure('incidents-complete')).toBe(String(metrics.incidents.postmortemComplete));
    expect(await figure('incidents-in-progress')).toBe(String(metrics.incidents.postmortemInProgress));
    expect(await figure('incidents-none')).toBe(String(metrics.incidents.noPostmortem));
    const leaking = metrics.topComponents.filter((c) => c.leakage.escaped > 0);
    const listed = await view.locator('[data-testid="top-component"] > span:first-child').allTextContents();
    expect(listed).toEqual(leaking.map((c) => c.label));
    expect(await view.getByTestId('computed-ago').innerText()).toBe('computed just now');
    await screenshot(page, 'gadget-view');
    expect({ screen: 'gadget-view', violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: 'gadget-view', violations: [] });
    // The same view in the dark theme, then back.
    const light = page.url();
    await visit(page, `${light}${light.includes('?') ? '&' : '?'}theme=dark`);
    await frame().getByTestId('actions-cancelled').waitFor();
    await screenshot(page, 'gadget-view-dark');
    expect({ screen: 'gadget-view-dark', violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: 'gadget-view-dark', violations: [] });
    await visit(page, light);
    await frame().getByTestId('actions-cancelled').waitFor();
  });

  it('shows requirement coverage of the latest release from Jira\'s own issues, the releases before it, the requirements with no test, and says the other two figures need test runs', async () => {
    const answer = await sandbox.invoke<Envelope<TestMetricsResult>>('alice', 'qa-metrics-gadget', 'getTestMetrics', { projectKey: 'QA' });
    if (!answer.body.ok) throw new Error(`Unexpected answer ${JSON.stringify(answer.body)}`);
    const tests = answer.body.data;
    expect(tests.release).toBe('1.6');
    expect(invokes.filter((call) => call.functionKey === 'getTestMetrics').at(-1)?.payload).toEqual({ projectKey: 'QA' });

    const view = frame();
    const coverage = view.getByTestId('coverage-figure');
    await coverage.waitFor();
    const { requirementCoverage: rc } = tests;
    expect(await coverage.getByTestId('coverage-figure-value').innerText()).toBe(percent(rc.rate!));
    expect(await coverage.getByTestId('coverage-figure-basis').innerText()).toBe(`${rc.covered} of ${rc.requirements} requirements of 1.6 have a test`);
    expect(await coverage.getByTestId('coverage-figure-target').innerText()).toBe(`Target: at least ${percent(rc.target.target)}`);
    expect(await coverage.getAttribute('data-state')).toBe(rc.target.met ? 'within' : 'over');
    expect(await coverage.innerText()).toContain(rc.target.met ? 'Target reached' : 'Below target');
    expect(await view.getByTestId('uncovered-requirement').allTextContents()).toEqual(rc.uncovered.slice(0, 8).map((u) => u.key));
    expect(await view.getByTestId('uncovered-requirement').first().getAttribute('href')).toMatch(new RegExp(`/browse/${rc.uncovered[0].key}$`));
    expect(await view.locator('[data-testid="coverage-trend-row"] th').allTextContents()).toEqual(tests.trend.map((t) => t.release));
    for (const id of ['execution-progress-figure', 'uat-pass-rate-figure']) {
      expect(await view.getByTestId(id).getAttribute('data-state')).toBe('needs-source');
      expect(await view.getByTestId(id).innerText()).toContain('Needs test runs');
      expect(await view.getByTestId(id).innerText()).not.toMatch(/\d+(\.\d+)?%/);
    }
    // The theme a page was opened with stays chosen: name each one.
    const plain = page.url().replace(/[?&]theme=\w+/, '');
    const withTheme = (theme: string) => `${plain}${plain.includes('?') ? '&' : '?'}theme=${theme}`;
    await visit(page, withTheme('light'));
    await frame().getByTestId('coverage-figure').waitFor();
    await screenshot(page, 'gadget-tests');
    expect({ screen: 'gadget-tests', violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: 'gadget-tests', violations: [] });
    const light = withTheme('light');
    await visit(page, withTheme('dark'));
    await frame().getByTestId('coverage-figure').waitFor();
    await screenshot(page, 'gadget-tests-dark');
    expect({ screen: 'gadget-tests-dark', violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: 'gadget-tests-dark', violations: [] });
    await visit(page, light);
    await frame().getByTestId('coverage-figure').waitFor();
  });

  it('refreshes in one call (and the test figures after it), the last figures staying on screen until the new ones are there', async () => {
    const before = invokes.length;
    const testsAsked = page.waitForRequest((request) => request.url().endsWith('/__forge/invoke')
      && (request.postDataJSON() as { functionKey?: string } | null)?.functionKey === 'getTestMetrics');
    await press(frame().getByTestId('refresh'));
    await frame().locator('[data-testid="metrics-view"][aria-busy="false"]').waitFor();
    // The defect figures in one call, then the test figures read again (shown meanwhile as they were).
    await testsAsked;
    await frame().locator('[data-testid="test-figures"][aria-busy="false"]').waitFor();
    expect(await frame().getByTestId('coverage-figure').count()).toBe(1);
    const calls = invokes.slice(before).map((call) => call.functionKey);
    expect(calls).toEqual(['getProjectMetrics', 'getTestMetrics']);
    expect(invokes[before].payload).toEqual({ projectKey: 'QA', ...period, groupBy: 'release', refresh: true });
    expect(await frame().getByTestId('computed-ago').innerText()).toBe('computed just now');
    expect(await paintedPixels(frame())).toBeGreaterThan(2000);
  });

  it('says how old cached figures are', async () => {
    // What the resolver answered for the figures a (re)load shows, and the day the browser asked up to.
    const shownAfter = async (load: () => Promise<unknown>) => {
      const answered = page.waitForResponse((response) => response.url().endsWith('/__forge/invoke')
        && (response.request().postDataJSON() as { functionKey?: string } | null)?.functionKey === 'getProjectMetrics');
      await load();
      const response = await answered;
      const envelope = await response.json() as Envelope<ProjectMetricsResult>;
      if (!envelope.ok) throw new Error(`getProjectMetrics failed: ${envelope.error.message}`);
      await frame().getByTestId('metrics-view').waitFor();
      return { computedAt: Date.parse(envelope.data.computedAt), to: (response.request().postDataJSON() as { payload: { to: string } }).payload.to };
    };
    const cached = await shownAfter(() => page.reload());
    // Three and a half minutes after those figures were computed, by the page's clock.
    const later = new Date(cached.computedAt + 3.5 * 60_000);
    await page.clock.setFixedTime(later);
    const shown = await shownAfter(() => page.reload());
    if (format(later, 'yyyy-MM-dd') === cached.to) {
      // The same period: the cached figures, three minutes old.
      expect(shown.computedAt).toBe(cached.computedAt);
      expect(await frame().getByTestId('computed-ago').innerText()).toBe('computed 3 minutes ago');
    } else {
      // Past midnight the period ends a day later: figures computed afresh, by the host's (real) clock.
      expect(shown.computedAt).toBeGreaterThan(cached.computedAt);
      const minutes = Math.floor((later.getTime() - shown.computedAt) / 60_000);
      expect(await frame().getByTestId('computed-ago').innerText()).toBe(minutes < 1 ? 'computed just now' : `computed ${minutes} minute${minutes === 1 ? '' : 's'} ago`);
    }
  });

  it('keeps the last figures on screen when a refresh fails, and recovers with Retry', async () => {
    sandbox.emulator.setFaults([{ path: '/rest/api/3/search', status: 503, count: 100 }]);
    await press(frame().getByTestId('refresh'));
    const error = frame().getByTestId('error-state');
    await error.waitFor();
    expect(await error.getAttribute('data-error-code')).toBe('JIRA_UNAVAILABLE');
    expect(await error.innerText()).toContain('Refreshing the figures failed; these are the last ones computed');
    expect(await frame().getByTestId('leakage-figure-value').innerText()).toMatch(/^\d+(\.\d)?%$/);
    await screenshot(page, 'gadget-refresh-failed');

    sandbox.emulator.clearFaults();
    await press(error.getByRole('button', { name: 'Retry' }));
    await error.waitFor({ state: 'detached' });
    // The retry may still be under way when the error goes: wait for the view to settle, then check it stayed clear.
    await frame().locator('[data-testid="metrics-view"][aria-busy="false"]').waitFor();
    expect(await frame().getByTestId('error-state').count()).toBe(0);
    expect(await frame().getByTestId('leakage-figure-value').innerText()).toMatch(/^\d+(\.\d)?%$/);
  });

  it('reads well for a custom period without defects: "No data", never 0%, and no empty chart', async () => {
    await page.clock.setFixedTime(new Date());
    await page.locator(`${GADGET} [data-gadget-toggle]`).click();
    await frame().getByTestId('gadget-edit').waitFor();
    await frame().getByLabel('Custom dates').check();
    for (const [id, day] of [['#gadget-from', '2020-01-01'], ['#gadget-to', '2020-03-31']]) {
      await frame().locator(id).click();
      await frame().locator(id).fill(day);
      await frame().locator(id).press('Enter');
    }
    await frame().getByLabel('Month', { exact: true }).check();
    await press(frame().getByTestId('gadget-save'));

    const view = frame().getByTestId('metrics-view');
    await view.waitFor();
    const gadgetId = await page.locator(GADGET).getAttribute('data-gadget-id');
    const stored = await fetch(`${sandbox.url}/__forge/gadgets/${gadgetId}/configuration`, {
      headers: { authorization: `Basic ${Buffer.from('alice@example.com:x').toString('base64')}` },
    });
    expect(await stored.json()).toEqual({ configuration: { projectKey: 'QA', period: 'custom', from: '2020-01-01', to: '2020-03-31', groupBy: 'month' } });
    expect(invokes.filter((call) => call.functionKey === 'getProjectMetrics').at(-1)?.payload).toEqual({ projectKey: 'QA', from: '2020-01-01', to: '2020-03-31', groupBy: 'month' });

    expect(await frame().getByTestId('metrics-heading').innerText()).toBe('QA · 1 Jan 2020 – 31 Mar 2020');
    for (const figure of ['leakage-figure', 'reopen-figure']) {
      expect(await frame().getByTestId(figure).getAttribute('data-state')).toBe('no-data');
      expect(await frame().getByTestId(`${figure}-value`).innerText()).toBe('No data');
    }
    expect(await frame().getByTestId('leakage-figure-basis').innerText()).toBe('No defects were created in this period');
    expect(await frame().getByTestId('reopen-figure-basis').innerText()).toBe('No defects were created in this period');
    expect(await frame().getByTestId('no-trend').innerText()).toContain('No defect of QA’s defect issue types was created between 1 Jan 2020 and 31 Mar 2020');
    expect(await frame().getByTestId('trend-chart').count()).toBe(0);
    expect(await frame().getByTestId('follow-through').innerText()).toContain('No post-mortem action items were created in this period.');
    expect(await frame().getByTestId('incident-summary').innerText()).toContain('No incidents were raised in this period.');
    // The defect figures (the test figures are of releases, not of the period: a release can be 0 % covered).
    const defectParts = await frame().locator('[data-testid="metrics-view"] > :not([data-testid="test-figures"])').allInnerTexts();
    expect(defectParts.join('\n')).not.toMatch(/(^|[^\d.])0%/);
    await screenshot(page, 'gadget-no-data');
  });

  it('shows all three test figures from Xray Cloud against their targets, with the runs by status and the trend by release', async () => {
    await useXraySource(sandbox);
    const answer = await sandbox.invoke<Envelope<TestMetricsResult>>('alice', 'qa-metrics-gadget', 'getTestMetrics', { projectKey: 'QA' });
    if (!answer.body.ok) throw new Error(`Unexpected answer ${JSON.stringify(answer.body)}`);
    const tests = answer.body.data;
    expect(tests).toMatchObject({ source: 'xray', release: '1.6', executionProgress: { rate: 94.4 }, uatPassRate: { rate: 66.7 } });

    const plain = page.url().replace(/[?&]theme=\w+/, '');
    const withTheme = (theme: string) => `${plain}${plain.includes('?') ? '&' : '?'}theme=${theme}`;
    for (const theme of ['light', 'dark']) {
      await visit(page, withTheme(theme));
      const view = frame();
      await view.getByTestId('uat-pass-rate-figure-value').waitFor();
      expect(await view.getByTestId('test-source').innerText()).toBe('from Xray Cloud');
      expect(await view.getByTestId('execution-progress-figure-value').innerText()).toBe(percent(94.4));
      expect(await view.getByTestId('execution-progress-figure-basis').innerText()).toBe('34 of 36 planned runs of 1.6 finished');
      expect(await view.getByTestId('uat-pass-rate-figure-value').innerText()).toBe(percent(66.7));
      expect(await view.getByTestId('uat-pass-rate-figure-basis').innerText()).toBe('12 of 18 UAT runs of 1.6 passed');
      expect(await view.getByTestId('uat-pass-rate-figure').getAttribute('data-state')).toBe('over');
      expect(await view.getByTestId('runs-by-status').innerText()).toBe('Runs of 1.6 by status: PASSED 28 · FAILED 5 · TODO 2 · ABORTED 1');
      expect(await view.getByTestId('coverage-breakdown').innerText()).toContain('All tests passed 1 · A test failed 2 · Not run 0 · No test 3');
      expect(await view.getByTestId('trend-uat').allInnerTexts()).toEqual(['No data', percent(100), percent(84.6), percent(66.7)]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, theme === 'light' ? 'gadget-tests-xray' : 'gadget-tests-xray-dark');
      expect({ screen: `gadget-tests-xray-${theme}`, violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: `gadget-tests-xray-${theme}`, violations: [] });
    }
    await visit(page, withTheme('light'));

    // A test plan's figures, chosen in the section: the UAT plan of 1.6 plans only its UAT execution.
    const plans = tests.testPlans;
    const uatPlan = plans.find((p) => p.summary === 'UAT plan of release 1.6')!;
    await frame().getByTestId('test-scope').selectOption(uatPlan.key);
    await frame().getByText(`18 of 18 planned runs of ${uatPlan.key} finished`).waitFor();
    expect(await frame().getByTestId('execution-progress-figure-value').innerText()).toBe(percent(100));
    expect(await frame().getByTestId('uat-pass-rate-figure-basis').innerText()).toBe(`12 of 18 UAT runs of ${uatPlan.key} passed`);
    expect(invokes.filter((call) => call.functionKey === 'getTestMetrics').at(-1)?.payload).toEqual({ projectKey: 'QA', testPlan: uatPlan.key });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'gadget-tests-xray-plan');
    expect({ screen: 'gadget-tests-xray-plan', violations: await axeViolations(await frameOf(page.locator(FRAME))) }).toEqual({ screen: 'gadget-tests-xray-plan', violations: [] });
  });
});
