/**
 * The host's "Forge sandbox" drawer in Chromium, with the real app (src/index.ts) against the demo:
 * alice opens QA-1, opens the drawer from the top bar and runs the daily job; the buttons are
 * disabled while it runs, the result shows the one overdue action-item task reminded, and Jira has
 * the app's comment on that task; a second run the same day reminds nobody. The drawer says the app
 * has no queue consumer, the site lists' daily job idles on an unused site and checks the app's lists once installed, a failing host answer is shown as text, the 'issue updated' event for QA-1
 * is sent and listed beside an event Jira delivered on its own, Reload keeps the drawer open, and
 * Escape closes it. Screenshots: test-results/screenshots/host-triggers-*.png.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page, Route } from 'playwright-core';
import { ACTION_TASK_LABEL } from '../../src/domain/actions';
import { APP_USER } from '../../sandbox/seed/base';
import { startSandbox, type Sandbox } from '../helpers/sandbox';
import { ensureAppBuilt, launchBrowser, screenshot, SCREENSHOT_DIR, type LaunchedBrowser, visit } from './browser';

interface Comment { author: { accountId: string }; body: unknown }

/** The window as a person sees it (the drawer is fixed to it), as test-results/screenshots/<name>.png. */
async function shootWindow(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

describe('the Forge sandbox drawer in Chromium', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  let page: Page;
  let drawer: Locator;
  let result: Locator;
  let overdueTask: string;

  const appComments = async (key: string): Promise<Comment[]> => {
    const answer = await sandbox.jira<{ comments: Comment[] }>('alice', `/rest/api/3/issue/${key}/comment`);
    expect(answer.status).toBe(200);
    return answer.body.comments.filter((c) => c.author.accountId === APP_USER.accountId);
  };

  beforeAll(async () => {
    ensureAppBuilt('panel');
    [sandbox, browser] = await Promise.all([startSandbox({ seed: 'demo', productEvents: true }), launchBrowser()]);
    page = await browser.newPage();
    drawer = page.getByRole('complementary', { name: 'Forge sandbox' });
    result = drawer.getByRole('status');
    const today = new Date().toISOString().slice(0, 10);
    const overdue = await sandbox.jira<{ issues: Array<{ key: string }> }>('alice', '/rest/api/3/search/jql', {
      method: 'POST',
      body: { jql: `labels = "${ACTION_TASK_LABEL}" AND statusCategory != Done AND duedate < "${today}"`, fields: ['summary'] },
    });
    expect(overdue.body.issues).toHaveLength(1);
    overdueTask = overdue.body.issues[0].key;
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('opens from the top bar on QA-1, labelled as the sandbox\'s', async () => {
    await visit(page, `${sandbox.url}/browse/QA-1?as=alice`);
    const toggle = page.getByRole('button', { name: 'Forge sandbox', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await drawer.isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await drawer.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await drawer.getByText('Developer tools of the local Forge host. Not part of Jira or the app.').isVisible()).toBe(true);
    expect(await drawer.getByText('No product event yet.').isVisible()).toBe(true);
    expect(await appComments(overdueTask)).toEqual([]);
  });

  it('runs the daily job with the buttons disabled meanwhile, shows the reminder sent, and Jira has it', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const hold = async (route: Route) => { await held; await route.continue(); };
    await page.route('**/__forge/trigger', hold);
    const run = drawer.getByRole('button', { name: 'Run daily job daily-reminders' });
    await run.click();
    await result.getByText('Running: Daily job daily-reminders…').waitFor();
    expect(await run.isDisabled()).toBe(true);
    expect(await drawer.getByRole('button', { name: "Send 'issue updated' event for QA-1" }).isDisabled()).toBe(true);
    expect(await result.getAttribute('aria-busy')).toBe('true');
    release();
    await result.getByText(`Reminded: 1 (${overdueTask})`).waitFor();
    await page.unroute('**/__forge/trigger', hold);

    expect(await run.isEnabled()).toBe(true);
    expect(await result.getAttribute('aria-busy')).toBe('false');
    expect(await result.getByText('Daily job daily-reminders', { exact: true }).isVisible()).toBe(true);
    expect(await result.getByText('daily-reminders', { exact: true }).isVisible()).toBe(true);
    expect(await result.getByText('ok', { exact: true }).isVisible()).toBe(true);
    expect(await result.getByText('Incidents: 1 (QA-1)').isVisible()).toBe(true);
    expect(await result.getByRole('button', { name: 'Reload page' }).isVisible()).toBe(true);
    await shootWindow(page, 'host-triggers-daily-job');
    await screenshot(page, 'host-triggers-page');

    const comments = await appComments(overdueTask);
    expect(comments).toHaveLength(1);
    expect(JSON.stringify(comments[0].body)).toContain('"type":"mention"');
  });

  it('reminds nobody when run again the same day', async () => {
    await drawer.getByRole('button', { name: 'Run daily job daily-reminders' }).click();
    await result.getByText(`Recently reminded: 1 (${overdueTask})`).waitFor();
    expect(await result.getByText('Reminded: 0').isVisible()).toBe(true);
    expect(await appComments(overdueTask)).toHaveLength(1);
  });

  it('runs the other daily job, the app\'s read of the site\'s statuses and resolutions, named apart from the reminders', async () => {
    // No install event in this sandbox and no figures asked for yet: the daily run leaves the site alone.
    await drawer.getByRole('button', { name: 'Run daily job site-lists' }).click();
    await result.getByText('Action: idle').waitFor();
    expect(await result.getByText('Daily job site-lists', { exact: true }).isVisible()).toBe(true);
    // Installed: the app reads the lists; the next daily run checks them with one count.
    expect((await sandbox.trigger({ type: 'lifecycle', event: 'installed' })).status).toBe(200);
    await drawer.getByRole('button', { name: 'Run daily job site-lists' }).click();
    await result.getByText('Action: checked').waitFor();
    expect(await result.getByText('Jira calls: 1').isVisible()).toBe(true);
    await shootWindow(page, 'host-triggers-site-lists');
  });

  it('says the app has no queue, and shows a failing answer from the host as readable text', async () => {
    // The app's metrics are counts computed in the resolver: its manifest has no queue consumer.
    expect(await drawer.textContent()).toContain('The manifest has no queue consumer.');
    expect(await drawer.getByRole('button', { name: 'Run queued jobs' }).count()).toBe(0);

    const fail = (route: Route) => route.fulfill({
      status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'The scheduler is unavailable' } }),
    });
    await page.route('**/__forge/trigger', fail);
    await drawer.getByRole('button', { name: 'Run daily job daily-reminders' }).click();
    await result.getByText('INTERNAL_SERVER_ERROR: The scheduler is unavailable').waitFor();
    expect(await drawer.getByRole('button', { name: 'Run daily job daily-reminders' }).isEnabled()).toBe(true);
    await shootWindow(page, 'host-triggers-error');
    await page.unroute('**/__forge/trigger', fail);
  });

  it('sends the \'issue updated\' event through the triggers\' filters: kept out for a plain story, delivered for an action-item task', async () => {
    // A story without the app's marker, in a project without saved settings: neither the follow-through
    // trigger nor the metrics one (which takes the default defect and incident types there) wants it.
    const { store } = sandbox.emulator;
    const story = store.issues().find((i) => i.key.startsWith('QA-') && store.issueTypeById(i.fields.issueTypeId)?.name === 'Story' && !i.properties.has('qa-postmortem-action'));
    if (!story) throw new Error('The demo seed has no story in QA');
    await visit(page, `${sandbox.url}/browse/${story.key}?as=alice`);
    await drawer.waitFor();
    await drawer.getByRole('button', { name: `Send 'issue updated' event for ${story.key}` }).click();
    await result.getByText('issue-events did not run: filter.expression is false for this event').waitFor();
    expect(await result.getByText('metrics-changes did not run: filter.expression is false for this event').isVisible()).toBe(true);
    const list = drawer.getByRole('list', { name: 'Recent product events' });
    const ignored = list.getByRole('listitem').filter({ hasText: 'Sent from this drawer' }).filter({ hasText: story.key });
    await ignored.waitFor();
    expect(await ignored.getByText('ignored', { exact: true }).isVisible()).toBe(true);
    await shootWindow(page, 'host-triggers-filtered');

    const edited = await sandbox.jira('alice', `/rest/api/3/issue/${overdueTask}`, { method: 'PUT', body: { fields: { labels: [ACTION_TASK_LABEL, 'from-jira'] } } });
    expect(edited.status).toBe(204);
    await sandbox.host.productEvents.idle();
    await visit(page, `${sandbox.url}/browse/${overdueTask}?as=alice`);
    await drawer.waitFor();
    await drawer.getByRole('button', { name: `Send 'issue updated' event for ${overdueTask}` }).click();
    await result.getByText('issue-events', { exact: true }).waitFor();
    expect(await result.getByText('metrics-changes', { exact: true }).isVisible()).toBe(true);
    expect(await result.getByText('Event type: avi:jira:updated:issue').isVisible()).toBe(true);

    const sent = list.getByRole('listitem').filter({ hasText: 'Sent from this drawer' }).filter({ hasText: overdueTask });
    await sent.waitFor();
    expect(await sent.getByRole('link', { name: overdueTask }).getAttribute('href')).toBe(`/browse/${overdueTask}`);
    expect(await sent.getByText('delivered', { exact: true }).isVisible()).toBe(true);
    expect(await sent.getByText('issue updated').isVisible()).toBe(true);
    const fromJira = list.getByRole('listitem').filter({ hasText: 'From Jira' }).filter({ hasText: overdueTask });
    await fromJira.waitFor();
    expect(await fromJira.getByText('delivered', { exact: true }).isVisible()).toBe(true);
    await shootWindow(page, 'host-triggers-event');
  });

  it('keeps the drawer open over a reload and closes with Escape, giving focus back to the toggle', async () => {
    await result.getByRole('button', { name: 'Reload page' }).click();
    await page.waitForLoadState('domcontentloaded');
    await drawer.waitFor();
    await drawer.getByRole('listitem').filter({ hasText: 'Sent from this drawer' }).first().waitFor();
    await drawer.getByRole('button', { name: 'Run daily job daily-reminders' }).focus();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('forge-dev-toggle');
  });
});
