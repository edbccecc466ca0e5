/**
 * A Metric monitoring action item in Chromium: alice, on QA-2 (post-mortem under way), makes an item
 * that watches the defect leakage rate; its target starts from the project's (10 %), she sets 12; the
 * Follow-through stage shows the leakage rate of the defects created since QA-2 was raised, as
 * getWatchedFigures counts it, and whether it meets her target. Screenshots in light and dark, axe.
 */
import type { Envelope, WatchedFiguresResult } from '../../src/contract';
import { DEMO_INCIDENTS } from '../../sandbox/seed/demo';
import type { Sandbox } from '../helpers/sandbox';
import { press, type LaunchedBrowser, visit } from './browser';
import { choose, openPanel, PANEL, PANEL_FRAME, PANEL_MODULE, panelBrowserPerFile, panelExtension, panelViolations, shootPanel, stage, storedPostmortem } from './panel-page';

const INCIDENT = DEMO_INCIDENTS.inProgress;

describe('a Metric monitoring action item in the panel, in Chromium', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  panelBrowserPerFile((started) => {
    ({ sandbox, browser } = started);
  });

  it('watches a figure against a target and shows in the follow-through whether it is met since the incident', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const frame = await openPanel(page, sandbox, 'alice', INCIDENT, 'light');
    const region = await stage(frame, 'actions');
    // The stages stay on one row in a panel narrower than their seven names: the others show their mark.
    const rows = new Set((await frame.locator('nav[aria-label="Post-mortem stages"] button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)))));
    expect(rows.size).toBe(1);
    expect(await frame.locator('nav[aria-label="Post-mortem stages"] button[aria-current="step"]').innerText()).toContain('Action items');
    expect(await frame.getByRole('button', { name: /^Gather\b/ }).count()).toBe(1);
    const before = await region.getByTestId('action-item').count();
    await press(region.getByRole('button', { name: 'Add action item' }));
    const item = region.getByTestId('action-item').nth(before);
    const position = before + 1;
    await item.getByLabel(`Action item ${position} title`).fill('Watch the leakage rate for a quarter');
    await choose(item, 'Type', 'Metric monitoring');
    await choose(item, `Action item ${position} figure watched`, 'Defect leakage rate');
    const target = item.getByLabel(`Action item ${position} target (%)`);
    expect(await target.inputValue()).toBe('10');
    await target.fill('12');
    await frame.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    const stored = (await storedPostmortem(sandbox, INCIDENT)).actionItems.at(-1);
    expect(stored).toMatchObject({ type: 'metric-monitoring', watch: { figure: 'leakageRate', target: 12 } });

    const answer = await sandbox.invoke<Envelope<WatchedFiguresResult>>('alice', PANEL_MODULE, 'getWatchedFigures', { figures: ['leakageRate'] }, panelExtension(sandbox, INCIDENT));
    if (!answer.body.ok) throw new Error(JSON.stringify(answer.body));
    const period = answer.body.data.figures[0].period!;
    expect(period.rate).not.toBeNull();
    const met = period.rate! <= 12;

    const follow = await stage(frame, 'follow-through');
    const watched = follow.getByTestId('watched-figure');
    await watched.waitFor();
    expect(await watched.getAttribute('data-met')).toBe(String(met));
    expect(await watched.innerText()).toContain(`Defect leakage rate, target at most 12%, since ${answer.body.data.since}`);
    expect(await watched.innerText()).toContain(`Defects created ${period.from} to ${period.to}: ${String(period.rate)}%`);
    expect((await watched.innerText()).toLowerCase()).toContain(met ? 'target met' : 'not met yet');
    await shootPanel(page, 'panel-watched-figure');
    expect({ screen: 'panel-watched-figure', violations: await panelViolations(page) }).toEqual({ screen: 'panel-watched-figure', violations: [] });

    await visit(page, `${sandbox.url}/browse/${INCIDENT}?as=alice&theme=dark`);
    await page.locator(PANEL).waitFor();
    const dark = page.frameLocator(PANEL_FRAME);
    await (await stage(dark, 'follow-through')).getByTestId('watched-figure').waitFor();
    await shootPanel(page, 'panel-watched-figure-dark');
    expect({ screen: 'panel-watched-figure-dark', violations: await panelViolations(page) }).toEqual({ screen: 'panel-watched-figure-dark', violations: [] });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
