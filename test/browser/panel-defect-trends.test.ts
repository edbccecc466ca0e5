/**
 * The Defect trends probe in Chromium, through the local host against the Jira emulator: on the
 * in-progress incident QA-2 (linked to defects in the demo seed) alice opens the QA probes stage,
 * first while Jira fails (error with Retry), then sees the linked defects and the rates per scope
 * exactly as getIncidentMetrics answers them, uses them, and finds them (and the summary line in the
 * notes) kept after a reload; dave sees the figures without "Use these figures". Screenshots:
 * test-results/screenshots/panel-defect-trends*.png.
 */
import type { FrameLocator, Locator } from 'playwright-core';
import type { Envelope, IncidentMetricsResult, PostmortemView, SaveResult } from '../../src/contract';
import { adfToPlainText, buildCompletionSummary, type DefectTrendRow } from '../../src/domain/postmortem';
import { DEMO_INCIDENTS } from '../../sandbox/seed/demo';
import type { Sandbox } from '../helpers/sandbox';
import { press, type LaunchedBrowser, visit } from './browser';
import {
  openPanel, PANEL_FRAME, PANEL_MODULE, panelBrowserPerFile, panelExtension, shootPanel, stage, storedPostmortem,
} from './panel-page';

const INCIDENT = DEMO_INCIDENTS.inProgress;

async function probeCard(frame: FrameLocator): Promise<Locator> {
  await stage(frame, 'probes');
  return frame.getByTestId('probe-defectTrends');
}

/** A rate as a person should read it: one decimal at most, "No data" for no denominator (never 0%). */
const shown = (rate: number | null) => (rate === null ? 'No data' : `${rate}%`);

/** The rows the panel should show, built from the resolver's answer without the panel's code. */
function expectedRows(result: IncidentMetricsResult): DefectTrendRow[] {
  const components = result.components.length ? result.components.join(', ') : 'All components';
  const releases = result.releases;
  const row = (scope: string, r: IncidentMetricsResult['overall']): DefectTrendRow => ({
    scope, defects: r.leakage.defects, escaped: r.leakage.escaped, leakageRate: r.leakage.rate,
    resolved: r.reopen.resolved, reopened: r.reopen.reopened, reopenRate: r.reopen.rate,
  });
  return [
    row(`${components}, releases ${releases[0]}–${releases[releases.length - 1]}`, result.overall),
    ...result.byRelease.map((group) => row(`${components}, release ${group.label}`, group)),
  ];
}

async function readRows(table: Locator): Promise<{ cells: string[]; leakageState: string | null; reopenState: string | null }[]> {
  const rows = table.getByTestId('defect-trend-row');
  const out = [];
  for (let i = 0; i < await rows.count(); i += 1) {
    const row = rows.nth(i);
    out.push({
      cells: await row.locator('th, td').allTextContents(),
      leakageState: await row.getByTestId('leakage-rate').getAttribute('data-state'),
      reopenState: await row.getByTestId('reopen-rate').getAttribute('data-state'),
    });
  }
  return out;
}

function expectTableMatches(actual: Awaited<ReturnType<typeof readRows>>, result: IncidentMetricsResult): void {
  const { leakageRate: leakageTarget, reopenRate: reopenTarget } = result.targets;
  const rateText = (rate: number | null, target: number) => `${shown(rate)}${rate !== null && rate > target ? ' (over target)' : ''}`;
  const state = (rate: number | null, target: number) => (rate === null ? 'no-data' : rate > target ? 'over' : 'within');
  expect(actual).toEqual(expectedRows(result).map((r) => ({
    cells: [r.scope, `${r.defects}`, `${r.escaped}`, rateText(r.leakageRate, leakageTarget), `${r.resolved}`, `${r.reopened}`, rateText(r.reopenRate, reopenTarget)],
    leakageState: state(r.leakageRate, leakageTarget),
    reopenState: state(r.reopenRate, reopenTarget),
  })));
}

describe('the Defect trends probe in the panel, in Chromium', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;

  const extension = () => panelExtension(sandbox, INCIDENT);

  async function incidentMetrics(user: string, payload: { byRelease?: boolean } = {}): Promise<IncidentMetricsResult> {
    const answer = await sandbox.invoke<Envelope<IncidentMetricsResult>>(user, PANEL_MODULE, 'getIncidentMetrics', payload, extension());
    if (!answer.body.ok) throw new Error(`getIncidentMetrics: ${JSON.stringify(answer.body)}`);
    return answer.body.data;
  }

  const storedDocument = () => storedPostmortem(sandbox, INCIDENT);

  panelBrowserPerFile((started) => {
    ({ sandbox, browser } = started);
  });

  it('shows alice the linked defects and the rates as getIncidentMetrics answers them, and keeps them when she uses them', async () => {
    const overall = await incidentMetrics('alice');
    const expected = await incidentMetrics('alice', { byRelease: true });
    // The demo incident is linked to defects, some escaped, and its components have trailing releases.
    expect(overall.byRelease).toEqual([]);
    expect(expected.byRelease.map((group) => group.key)).toEqual(expected.releases);
    expect(expected.linkedDefects.length).toBeGreaterThanOrEqual(3);
    expect(expected.linkedDefects.some((d) => d.escaped)).toBe(true);
    expect(expected.releases.length).toBe(3);
    expect((await storedDocument()).probes.defectTrends.computed).toBeUndefined();

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Jira fails while the figures are asked for (the count that checks alice's kept answer, or the
    // counts that compute it): a clear error with Retry, and nothing else is blocked.
    sandbox.emulator.setFaults([{ method: 'POST', path: '/rest/api/3/search/approximate-count', status: 503, count: 1000 }]);
    let frame = await openPanel(page, sandbox, 'alice', INCIDENT);
    let card = await probeCard(frame);
    const failed = card.getByTestId('defect-trends-figures').getByTestId('error-state');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('Defect figures couldn’t be computed');
    expect(await card.getByRole('textbox', { name: 'Defect trends notes' }).isEditable()).toBe(true);
    await shootPanel(page, 'panel-defect-trends-error');

    // Retry while Jira is slow: the loading state, then the figures.
    sandbox.emulator.setFaults([{ method: 'POST', path: '/rest/api/3/search/approximate-count', latencyMs: 1500, count: 1 }]);
    await press(failed.getByRole('button', { name: 'Retry' }));
    await card.getByTestId('loading-state').waitFor();
    expect(await card.getByTestId('loading-state').textContent()).toContain('Computing defect figures from Jira');
    const figures = card.getByTestId('incident-figures');
    await figures.waitFor();
    sandbox.emulator.clearFaults();

    // The linked defects: key (a link to the issue), summary, status, escaped / reopened.
    expect(expected.linkedDefects.every((d) => d.statusCategory !== null)).toBe(true);
    const defects = figures.getByTestId('linked-defect');
    expect(await defects.evaluateAll((els) => els.map((el) => el.getAttribute('data-key')))).toEqual(expected.linkedDefects.map((d) => d.key));
    for (const defect of expected.linkedDefects) {
      const line = figures.locator(`[data-testid="linked-defect"][data-key="${defect.key}"]`);
      expect(await line.getByTestId('linked-defect-link').textContent()).toBe(defect.key);
      expect(await line.getByTestId('linked-defect-link').getAttribute('href')).toMatch(new RegExp(`/browse/${defect.key}$`));
      expect(await line.getByTestId('linked-defect-summary').textContent()).toBe(defect.summary);
      expect(await line.getByTestId('linked-defect-status').textContent()).toBe(defect.status);
      expect(await line.getByTestId('linked-defect-status').getAttribute('data-status-category')).toBe(defect.statusCategory ?? 'unknown');
      expect(await line.getByTestId('linked-defect-escaped').count()).toBe(defect.escaped ? 1 : 0);
      expect(await line.getByTestId('linked-defect-reopened').count()).toBe(defect.reopened ? 1 : 0);
    }

    // The rates over the three releases, against the project's targets; each release when asked for.
    const live = figures.getByTestId('live-defect-rates');
    expectTableMatches(await readRows(live), overall);
    await card.scrollIntoViewIfNeeded();
    await shootPanel(page, 'panel-defect-trends-overall');
    await press(figures.getByRole('button', { name: 'Show each of the 3 releases' }));
    await live.getByTestId('defect-trend-row').nth(3).waitFor();
    expect(await figures.getByTestId('show-release-figures').count()).toBe(0);
    expectTableMatches(await readRows(live), expected);
    expect(await live.getByTestId('defect-targets').textContent())
      .toBe(`Targets: leakage at most ${expected.targets.leakageRate}%, reopen at most ${expected.targets.reopenRate}%. Rates over target are in red.`);
    const overColour = await live.locator('[data-state="over"]').first().evaluate((el) => getComputedStyle(el).color);
    const withinColour = await live.locator('td').first().evaluate((el) => getComputedStyle(el).color);
    expect(overColour).not.toBe(withinColour);
    await card.scrollIntoViewIfNeeded();
    await shootPanel(page, 'panel-defect-trends');

    // Use these figures: through the normal autosave, with the notes pre-filled.
    const notes = card.getByRole('textbox', { name: 'Defect trends notes' });
    expect(await notes.inputValue()).toBe('');
    await press(figures.getByRole('button', { name: 'Use these figures' }));
    await frame.locator('[data-testid="save-status"][data-state="saving"]').waitFor();
    await frame.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await figures.getByTestId('figures-in-use').waitFor();
    expect(await figures.getByRole('button', { name: 'Use these figures' }).count()).toBe(0);
    const summaryLine = await notes.inputValue();
    const escapedCount = expected.linkedDefects.filter((d) => d.escaped).length;
    expect(summaryLine).toContain(`${expected.components.join(', ')}: leakage ${shown(expected.overall.leakage.rate)} (target ${expected.targets.leakageRate}%)`);
    expect(summaryLine).toContain(`reopen ${shown(expected.overall.reopen.rate)} (target ${expected.targets.reopenRate}%)`);
    expect(summaryLine).toContain(`over ${expected.releases[0]}–${expected.releases[2]}`);
    expect(summaryLine).toContain(`${escapedCount} of ${expected.linkedDefects.length} linked defects escaped`);

    const stored = await storedDocument();
    expect(stored.probes.defectTrends.computed).toEqual({
      computedAt: expect.any(String),
      linkedDefectKeys: expected.linkedDefects.map((d) => d.key),
      rows: expectedRows(expected),
      targets: { leakageRate: expected.targets.leakageRate, reopenRate: expected.targets.reopenRate },
    });
    const computedAgo = Date.now() - Date.parse(stored.probes.defectTrends.computed?.computedAt ?? '');
    expect(computedAgo).toBeGreaterThanOrEqual(0);
    expect(computedAgo).toBeLessThan(60_000);
    expect(stored.probes.defectTrends.notes).toBe(summaryLine);
    // The completion summary comment carries the probe's notes, and the figures against the targets.
    const summaryText = adfToPlainText(buildCompletionSummary(stored, { key: INCIDENT }));
    expect(summaryText).toContain(summaryLine);
    expect(summaryText).toContain(`target ${expected.targets.leakageRate}%`);
    await shootPanel(page, 'panel-defect-trends-used');

    // After a reload: kept, and shown as the figures in use.
    frame = await openPanel(page, sandbox, 'alice', INCIDENT);
    card = await probeCard(frame);
    await card.getByTestId('figures-in-use').waitFor();
    expect(await card.getByRole('textbox', { name: 'Defect trends notes' }).inputValue()).toBe(summaryLine);
    expectTableMatches(await readRows(card.getByTestId('live-defect-rates')), expected);
    expect(await card.getByTestId('saved-defect-figures').count()).toBe(0);
    await shootPanel(page, 'panel-defect-trends-reloaded');

    // A linked defect's key opens it on the host through the bridge's router.
    const first = expected.linkedDefects[0].key;
    await card.locator(`[data-testid="linked-defect"][data-key="${first}"]`).getByTestId('linked-defect-link').click();
    await page.waitForURL(`${sandbox.url}/browse/${first}`, { waitUntil: 'domcontentloaded' });

    // The same in the dark theme.
    await visit(page, `${sandbox.url}/browse/${INCIDENT}?as=alice&theme=dark`);
    frame = page.frameLocator(PANEL_FRAME);
    card = await probeCard(frame);
    await card.getByTestId('figures-in-use').waitFor();
    await card.scrollIntoViewIfNeeded();
    await shootPanel(page, 'panel-defect-trends-dark');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('shows dave, who may not edit, the figures and the ones kept, but no "Use these figures"', async () => {
    const expected = await incidentMetrics('dave');
    // Figures kept earlier that no longer match Jira's (a defect fewer, computed a week ago).
    const weekAgo = new Date(Date.parse(expected.computedAt) - 7 * 86_400_000).toISOString();
    const keptRows = expectedRows(expected).map((r, i) => (i === 0 ? { ...r, defects: r.defects - 1, leakageRate: null } : r));
    const read = await sandbox.invoke<Envelope<PostmortemView>>('alice', PANEL_MODULE, 'getPostmortem', {}, extension());
    if (!read.body.ok) throw new Error(`getPostmortem: ${JSON.stringify(read.body)}`);
    const { document, revision } = read.body.data;
    const kept = { computedAt: weekAgo, linkedDefectKeys: expected.linkedDefects.slice(1).map((d) => d.key), rows: keptRows };
    const savedAnswer = await sandbox.invoke<Envelope<SaveResult>>('alice', PANEL_MODULE, 'savePostmortem', {
      document: { ...document, probes: { ...document.probes, defectTrends: { ...document.probes.defectTrends, computed: kept } } }, baseRevision: revision,
    }, extension());
    expect(savedAnswer.body.ok).toBe(true);

    const page = await browser.newPage();
    const frame = await openPanel(page, sandbox, 'dave', INCIDENT);
    await frame.getByTestId('read-only-notice').waitFor();
    const card = await probeCard(frame);
    const figures = card.getByTestId('incident-figures');
    await figures.waitFor();
    expect(await figures.getByTestId('linked-defect').count()).toBe(expected.linkedDefects.length);
    expectTableMatches(await readRows(figures.getByTestId('live-defect-rates')), expected);
    expect(await card.getByRole('button', { name: 'Use these figures' }).count()).toBe(0);
    expect(await card.getByTestId('figures-in-use').count()).toBe(0);

    // The kept figures are shown apart, saying Jira's have changed since; "no data" is never 0%.
    const keptTable = card.getByTestId('saved-defect-figures');
    expect(await keptTable.locator('caption').textContent()).toContain('Jira’s figures have changed since');
    const keptShown = await readRows(keptTable);
    expect(keptShown[0].cells[3]).toBe('No data');
    expect(keptShown[0].leakageState).toBe('no-data');
    expect(keptShown.map((r) => r.cells[0])).toEqual(keptRows.map((r) => r.scope));
    await card.scrollIntoViewIfNeeded();
    await shootPanel(page, 'panel-defect-trends-read-only');
    await page.close();
  }, 60_000);
});
