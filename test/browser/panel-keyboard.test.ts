/**
 * A whole post-mortem with the keyboard alone (issue 11, WCAG 2.1.1): alice moves with Tab and
 * Shift+Tab, types, picks options with the arrow keys and Enter, ticks with Space and presses buttons
 * with Enter, from Gather to Complete on the fresh incident QA-3, tasks created on the way. Nothing
 * is clicked. Every control used is reached by Tab from where the focus was, so a control the
 * keyboard cannot reach fails the test.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { USERS } from '../../sandbox/seed/base';
import { DEMO_INCIDENTS } from '../../sandbox/seed/demo';
import { addDays } from '../../static/panel/src/model/due-date';
import { todayInZone } from '../../static/panel/src/model/zoned-time';
import type { Sandbox } from '../helpers/sandbox';
import type { LaunchedBrowser } from './browser';
import { visit } from './browser';
import { PANEL_FRAME, panelBrowserPerFile, shootPanel, shownStage, stageButton, storedPostmortem } from './panel-page';

const INCIDENT = DEMO_INCIDENTS.fresh;
const MAX_TABS = 200;

const isFocused = (target: Locator) => target.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false);

/** Moves the focus to `target` with Tab (or Shift+Tab when it comes before the focus), as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await target.waitFor();
  const backwards = await target.evaluate((el) => {
    const active = el.ownerDocument.activeElement;
    return Boolean(active && active !== el.ownerDocument.body && (active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING));
  });
  for (let i = 0; i < MAX_TABS; i += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`The keyboard never reached ${target.toString()}`);
}

async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/** An Atlaskit select or user picker: type to filter, Enter takes the highlighted option. */
async function pick(page: Page, scope: Locator | FrameLocator, label: string, typed: string, option: string | RegExp): Promise<void> {
  await tabTo(page, scope.getByLabel(label, { exact: true }));
  await page.keyboard.type(typed);
  await scope.getByRole('option', { name: option }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

async function dateTime(page: Page, scope: Locator, label: string, date: string, time: string): Promise<void> {
  await typeInto(page, scope.getByLabel(`${label}, date`, { exact: true }), date);
  await page.keyboard.press('Enter');
  await typeInto(page, scope.getByLabel(`${label}, time`, { exact: true }), time);
  await page.keyboard.press('Enter');
}

async function toStage(page: Page, frame: FrameLocator, id: string): Promise<Locator> {
  await press(page, stageButton(frame, id));
  return shownStage(frame, id);
}

async function saved(frame: FrameLocator): Promise<void> {
  await frame.locator('[data-testid="save-status"][data-state="saving"]').waitFor();
  await frame.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
}

describe('the post-mortem panel with the keyboard alone', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  const today = todayInZone(new Date(), USERS.alice.timeZone);
  const yesterday = addDays(today, -1);

  panelBrowserPerFile((started) => {
    ({ sandbox, browser } = started);
  });

  it('runs a whole post-mortem from Gather to Complete without a click', async () => {
    const page = await browser.newPage();
    await visit(page, `${sandbox.url}/browse/${INCIDENT}?as=alice`);
    // The issue panel is added from its quick-add button, by keyboard too.
    await press(page, page.locator('button[data-quick-add="qa-postmortem-panel"]'));
    const frame = page.frameLocator(PANEL_FRAME);
    await frame.getByTestId('postmortem-panel').waitFor();

    let region = await toStage(page, frame, 'gather');
    await pick(page, region, 'Severity', 'SEV2', 'SEV2 (major)');
    await typeInto(page, region.getByLabel('Users affected', { exact: true }), '1200');
    await typeInto(page, region.getByLabel('Impact summary', { exact: true }), 'Accented searches returned nothing. The developer should have tested accents.');
    await dateTime(page, region, 'Started', yesterday, '07:40');
    await dateTime(page, region, 'Detected', yesterday, '08:10');
    await dateTime(page, region, 'Mitigated', yesterday, '10:05');
    await dateTime(page, region, 'Resolved', yesterday, '11:30');
    await press(page, region.getByRole('button', { name: 'Add journey' }));
    await typeInto(page, region.getByLabel('Journey 1', { exact: true }), 'Search the catalogue');
    await press(page, region.getByRole('button', { name: /^Add fix version/ }).first());
    await saved(frame);
    expect(await frame.locator('button[data-stage="gather"]').getAttribute('data-complete')).toBe('true');

    region = await toStage(page, frame, 'timeline');
    await dateTime(page, region, 'Event time', yesterday, '07:40');
    await typeInto(page, region.getByLabel('What happened', { exact: true }), 'Search analyser v8 deployed');
    await press(page, region.locator('input[name="new-event-key"]'), 'Space');
    await press(page, region.getByRole('button', { name: 'Add event' }));
    expect(await region.getByTestId('timeline-event').filter({ hasText: 'Search analyser v8 deployed' }).getAttribute('data-key')).toBe('true');

    region = await toStage(page, frame, 'root-cause');
    await press(page, region.getByRole('button', { name: 'Ask the first why' }));
    await typeInto(page, region.getByLabel('Why 1 answer', { exact: true }), 'The new analyser strips diacritics only at query time');
    await press(page, region.getByRole('button', { name: 'Ask why again' }));
    await typeInto(page, region.getByLabel('Why 2 answer', { exact: true }), 'Index and query analysers are configured separately');
    await press(page, region.getByRole('button', { name: 'Ask why again' }));
    await typeInto(page, region.getByLabel('Why 3 answer', { exact: true }), 'No regression test searches with accented letters');
    await press(page, region.getByRole('button', { name: 'Add factor' }));
    await typeInto(page, region.getByLabel('Contributing factor 1', { exact: true }), 'Staging index was rebuilt, production was not');
    await pick(page, region, 'Root-cause category', 'Test', 'Test gap');
    await saved(frame);
    expect(await frame.locator('button[data-stage="root-cause"]').getAttribute('data-complete')).toBe('true');

    region = await toStage(page, frame, 'probes');
    const answers = { testCoverage: 'No', riskAssessment: 'Partly', processEffectiveness: 'Unknown', defectTrends: 'Yes' } as const;
    for (const [probe, answer] of Object.entries(answers)) {
      const card = region.getByTestId(`probe-${probe}`);
      const wanted = card.getByRole('radio', { name: answer, exact: true });
      // Tab enters the group; the arrow keys move the choice, as in any radio group.
      await tabTo(page, card.getByRole('radio').first());
      for (let i = 0; i < 6 && !(await wanted.isChecked()); i += 1) await page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
      expect(await wanted.isChecked()).toBe(true);
      await typeInto(page, card.getByRole('textbox', { name: /notes$/ }), `Answered ${answer.toLowerCase()} from the keyboard.`);
    }
    await saved(frame);
    expect(await frame.locator('button[data-stage="probes"]').getAttribute('data-complete')).toBe('true');

    region = await toStage(page, frame, 'actions');
    await press(page, region.getByRole('button', { name: 'Add action item' }));
    const item = region.getByTestId('action-item').first();
    await typeInto(page, item.getByLabel('Action item 1 title', { exact: true }), 'Add accented-query cases to the search regression suite');
    await pick(page, item, 'Type', 'Test design', 'Test design enhancement');
    await pick(page, item, 'Owner', 'Bob', 'Bob Martins');
    await typeInto(page, item.getByLabel('Action item 1 description', { exact: true }), 'Cover café, crème and naïve in web and app searches.');
    await saved(frame);
    await press(page, region.getByTestId('create-tasks-button'));
    await region.getByTestId('create-tasks-summary').getByText('1 task created in QA.').waitFor();
    await shootPanel(page, 'panel-keyboard-actions');

    region = await toStage(page, frame, 'review');
    for (let i = 0; i < 5 && (await region.getByTestId('finding').count()) > 0; i += 1) {
      await press(page, region.getByTestId('finding').first().getByRole('button', { name: 'Apply suggestion' }));
    }
    await region.getByTestId('no-findings').waitFor();
    await saved(frame);
    await press(page, region.getByRole('button', { name: 'Complete post-mortem' }));
    await region.getByTestId('completed').waitFor();
    expect(await frame.getByTestId('postmortem-status').textContent()).toBe('Complete');

    const stored = await storedPostmortem(sandbox, INCIDENT);
    expect(stored.status).toBe('complete');
    expect(stored.gather.severity).toBe('sev2');
    expect(stored.actionItems.map((a) => [a.ownerAccountId, Boolean(a.taskKey)])).toEqual([[USERS.bob.accountId, true]]);
    expect(stored.gather.impactSummary).not.toMatch(/should have/i);
    await page.close();
  }, 120_000);
});
