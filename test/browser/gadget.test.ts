/**
 * The metrics dashboard gadget (static/gadget) in Chromium on the local host's dashboard, with the
 * real resolvers over the demo seed: an unconfigured gadget asks to be configured; the edit view
 * saves project QA, the last 12 months, by release with view.submit; the view shows the figures the
 * resolver computes, against the targets, with the chart drawn; Refresh recomputes, through the
 * queue with a progress bar when the project is over the queue threshold; the figures' age reads
 * in minutes. Screenshots: test-results/screenshots/gadget-*.png.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format, startOfMonth, subMonths } from 'date-fns';
import type { FrameLocator, Page } from 'playwright-core';
import type { Envelope, ProjectMetricsResult } from '../../src/contract';
import { QUEUE_THRESHOLD_VARIABLE } from '../../src/services/metrics';
import type { ImportIssue } from '../../sandbox/emulator/import-format';
import { startSandbox, type Sandbox } from '../helpers/sandbox';
import { launchBrowser, screenshot, type LaunchedBrowser } from './browser';

const ROOT = path.resolve(__dirname, '../..');
const GADGET = 'section[aria-label="QA quality metrics"]';
const FRAME = `${GADGET} iframe.forge-frame`;

function newestMtime(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
}

/** Builds static/gadget unless its build is newer than its sources and the shared UI code. */
function ensureGadgetBuilt(): void {
  const built = path.join(ROOT, 'static/gadget/build/index.html');
  const sources = Math.max(newestMtime(path.join(ROOT, 'static/gadget/src')), newestMtime(path.join(ROOT, 'static/shared/src')));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs > sources) return;
  execFileSync(process.execPath, ['scripts/build-static.mjs', 'gadget'], { cwd: ROOT, stdio: 'pipe' });
}

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

const DAY_MS = 86_400_000;

/**
 * Four action-item tasks of QA-1's post-mortem, created 20 days ago: two done (after 4 and 10
 * days), one open and overdue, one open and due next month. Follow-through: 2 open, 1 overdue,
 * 2 done, 50% complete, median 7 days to done.
 */
function actionItemTasks(now: Date): ImportIssue[] {
  const created = new Date(now.getTime() - 20 * DAY_MS);
  const at = (days: number) => new Date(created.getTime() + days * DAY_MS).toISOString();
  const day = (days: number) => format(new Date(now.getTime() + days * DAY_MS), 'yyyy-MM-dd');
  const task = (summary: string, fields: Partial<ImportIssue['fields']>): ImportIssue => ({
    fields: {
      project: { key: 'QA' }, issuetype: { name: 'Task' }, summary, labels: ['postmortem-action'], created: at(0), ...fields,
    },
    properties: [{ key: 'qa-postmortem-action', value: { incidentKey: 'QA-1', actionItemId: summary } }],
  });
  return [
    task('Add a regression test for the retry path', { status: { name: 'Done' }, resolution: { name: 'Done' }, resolutiondate: at(4), duedate: day(-2) }),
    task('Exploratory charter: payment timeouts', { status: { name: 'Done' }, resolution: { name: 'Done' }, resolutiondate: at(10), duedate: day(5) }),
    task('Monitor the leakage of Payments', { status: { name: 'In Progress' }, duedate: day(-1) }),
    task('Review the UAT checklist', { status: { name: 'To Do' }, duedate: day(30) }),
  ];
}

describe('the metrics gadget in Chromium', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  let page: Page;
  const invokes: Array<{ functionKey: string; payload: Record<string, unknown> }> = [];
  const today = new Date();
  const period = { from: format(startOfMonth(subMonths(today, 11)), 'yyyy-MM-dd'), to: format(today, 'yyyy-MM-dd') };

  beforeAll(async () => {
    ensureGadgetBuilt();
    [sandbox, browser] = await Promise.all([startSandbox({ seed: 'demo', autoRunQueue: false }), launchBrowser({ width: 1280, height: 1000 })]);
    sandbox.emulator.importIssues({ issues: actionItemTasks(today) });
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    page.on('request', (request) => {
      if (request.url().endsWith('/__forge/invoke')) invokes.push(request.postDataJSON() as (typeof invokes)[number]);
    });
  });
  afterAll(async () => {
    delete process.env[QUEUE_THRESHOLD_VARIABLE];
    await browser?.close();
    await sandbox?.close();
  });

  const frame = () => page.frameLocator(FRAME);

  it('asks to be configured before it has a project', async () => {
    await page.goto(`${sandbox.url}/dashboard?as=alice`);
    await frame().getByTestId('unconfigured').waitFor();
    expect(await frame().getByTestId('unconfigured').innerText()).toContain('Choose a project to see its quality metrics');
    expect(invokes.filter((call) => call.functionKey === 'getProjectMetrics')).toEqual([]);
    await screenshot(page, 'gadget-unconfigured');
  });

  it('is configured in its edit view: project QA, the last 12 months, by release, saved with view.submit', async () => {
    await page.locator(`${GADGET} [data-gadget-toggle]`).click();
    const edit = frame().getByTestId('gadget-edit');
    await edit.waitFor();
    await frame().locator('#gadget-project').click();
    await frame().locator('#gadget-project').fill('QA');
    await frame().getByRole('option', { name: /\(QA\)$/ }).click();
    await frame().getByLabel('Last 12 months').check();
    await frame().getByLabel('Release (fix version)').check();
    await screenshot(page, 'gadget-edit');
    await frame().getByTestId('gadget-save').click();

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
    expect(await view.getByTestId('metrics-view').innerText()).toContain(`${fromLabel} – ${toLabel} · by release (fix version)`);

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

    expect(metrics.actionItems).toMatchObject({ total: 4, open: 2, overdue: 1, done: 2, completionRate: 50, medianDaysToDone: 7 });
    const figure = async (testId: string) => (await view.getByTestId(testId).locator('dd').innerText()).trim();
    expect(await figure('actions-open')).toBe('2');
    expect(await figure('actions-overdue')).toBe('1');
    expect(await view.getByTestId('actions-overdue').locator('dd').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(174, 46, 36)');
    expect(await figure('actions-done')).toBe('2');
    expect(await figure('actions-completion')).toBe('50%');
    expect(await figure('actions-median')).toBe('7 days');
    expect(await figure('incidents-total')).toBe(String(metrics.incidents.total));
    expect(await figure('incidents-complete')).toBe(String(metrics.incidents.postmortemComplete));
    expect(await figure('incidents-in-progress')).toBe(String(metrics.incidents.postmortemInProgress));
    expect(await figure('incidents-none')).toBe(String(metrics.incidents.noPostmortem));
    const leaking = metrics.topComponents.filter((c) => c.leakage.escaped > 0);
    const listed = await view.getByTestId('top-component').allInnerTexts();
    expect(listed.map((text) => text.split('\n')[0].trim())).toEqual(leaking.map((c) => c.label));
    expect(await view.getByTestId('computed-ago').innerText()).toBe('computed just now');
    await screenshot(page, 'gadget-view');
  });

  it('refreshes: the recomputation goes to the queue for a large project, shows its progress, then the new figures', async () => {
    process.env[QUEUE_THRESHOLD_VARIABLE] = '0';
    const before = invokes.length;
    await frame().getByTestId('refresh').click();
    const progress = frame().getByTestId('job-progress');
    await progress.waitFor();
    expect(await progress.innerText()).toContain('QA has many defects; computing its figures in the background.');
    expect(await progress.getByRole('progressbar').getAttribute('aria-valuemin')).toBe('0');
    expect(invokes.slice(before).find((call) => call.functionKey === 'getProjectMetrics')?.payload)
      .toEqual({ projectKey: 'QA', ...period, groupBy: 'release', refresh: true });
    await screenshot(page, 'gadget-progress');

    await sandbox.trigger({ type: 'queue' });
    await frame().getByTestId('metrics-view').waitFor();
    expect(invokes.slice(before).some((call) => call.functionKey === 'getMetricsJob')).toBe(true);
    expect(await frame().getByTestId('computed-ago').innerText()).toBe('computed just now');
    expect(await paintedPixels(frame())).toBeGreaterThan(2000);
    delete process.env[QUEUE_THRESHOLD_VARIABLE];
  });

  it('says how old cached figures are', async () => {
    const later = new Date(Date.now() + 3 * 60_000);
    await page.clock.setFixedTime(later);
    await page.reload();
    await frame().getByTestId('metrics-view').waitFor();
    const sameDay = format(later, 'yyyy-MM-dd') === period.to;
    expect(await frame().getByTestId('computed-ago').innerText()).toBe(sameDay ? 'computed 3 minutes ago' : 'computed just now');
  });
});
