/**
 * Action items becoming Jira tasks, in Chromium through the local host against the Jira emulator
 * (issue 4): alice adds three action items on the fresh incident QA-3 and presses Create tasks
 * without waiting for the autosave; the panel saves first, shows the progress, then each item's
 * task with its key, status, assignee and due date; the task's own page on the host shows the
 * assignee, due date, labels, the link to QA-3 and a description naming the incident and its root
 * cause; a task moved to Done and another made overdue in Jira show so in Follow-through after a
 * reload. Items that are not ready (an owner who cannot be assigned, a due date in the past) are
 * refused at their fields and nothing is created until they are fixed; dave may not create tasks.
 * Screenshots: test-results/screenshots/panel-actions-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import type { Envelope, PostmortemView, SaveResult } from '../../src/contract';
import type { ActionItem, PostmortemDocument } from '../../src/domain/postmortem';
import { USERS } from '../../sandbox/seed/base';
import { DEMO_INCIDENTS } from '../../sandbox/seed/demo';
import { addDays } from '../../static/panel/src/model/due-date';
import { formatDate, todayInZone } from '../../static/panel/src/model/zoned-time';
import type { Sandbox } from '../helpers/sandbox';
import { press, screenshot, type LaunchedBrowser, visit } from './browser';
import { settledFrameHeights } from './frame-height';
import {
  choose, openPanel, PANEL_FRAME, PANEL_MODULE, panelBrowserPerFile, panelExtension, panelViolations, shootPanel, stage,
} from './panel-page';

const INCIDENT = DEMO_INCIDENTS.fresh;
const ROOT_CAUSE = 'No regression test searches with accented letters';
const ACTION_PROPERTY = 'qa-postmortem-action';

async function chooseOwner(item: Locator, name: string): Promise<void> {
  const owner = item.getByLabel('Owner', { exact: true });
  await owner.click();
  await owner.fill(name.split(' ')[0]);
  await item.getByRole('option', { name }).click();
}

/** The iframe's height, once the host has caught up with its content. */
async function settledFrameHeight(page: Page): Promise<number> {
  return (await settledFrameHeights(page, PANEL_FRAME)).iframe;
}

interface ItemPlan {
  title: string;
  type: string;
  owner: keyof typeof USERS;
  priority: 'Highest' | 'High' | 'Medium' | 'Low' | 'Lowest';
  description: string;
  typeLabel: string;
}

const PLAN: ItemPlan[] = [
  {
    title: 'Add accented-query cases to the search regression suite', type: 'Test design enhancement', owner: 'bob', priority: 'High',
    description: 'Cover café, crème and naïve in web and app searches.', typeLabel: 'pm-test-design',
  },
  {
    title: 'Charter: explore search with non-English catalogues', type: 'Exploratory test charter', owner: 'carol', priority: 'Medium',
    description: 'Two sessions with the French and German catalogues.', typeLabel: 'pm-exploratory-charter',
  },
  {
    title: 'Validate the analyser fix against production queries', type: 'Fix validation', owner: 'alice', priority: 'Highest',
    description: 'Replay a day of accented production queries against staging.', typeLabel: 'pm-fix-validation',
  },
];

describe('action items become Jira tasks, in the panel in Chromium', () => {
  let sandbox: Sandbox;
  let browser: LaunchedBrowser;
  const zone = USERS.alice.timeZone;
  const today = todayInZone(new Date(), zone);

  /** Saves the incident's post-mortem as alice through the panel's own resolver, starting from what is stored. */
  async function savePostmortem(key: string, change: (doc: PostmortemDocument) => PostmortemDocument): Promise<SaveResult> {
    const read = await sandbox.invoke<Envelope<PostmortemView>>('alice', PANEL_MODULE, 'getPostmortem', {}, panelExtension(sandbox, key));
    if (!read.body.ok) throw new Error(`getPostmortem: ${JSON.stringify(read.body)}`);
    const view = read.body.data;
    const saved = await sandbox.invoke<Envelope<SaveResult>>('alice', PANEL_MODULE, 'savePostmortem', { document: change(view.document), baseRevision: view.revision }, panelExtension(sandbox, key));
    if (!saved.body.ok) throw new Error(`savePostmortem: ${JSON.stringify(saved.body)}`);
    return saved.body.data;
  }

  const withRootCause = (doc: PostmortemDocument): PostmortemDocument => ({
    ...doc,
    rootCause: { whys: [{ id: 'why-1', question: 'Why did accented searches return nothing?', answer: ROOT_CAUSE }], contributingFactors: [], category: 'test-gap' },
  });

  function storedDocument(key: string = INCIDENT): PostmortemDocument {
    return sandbox.emulator.store.issueByIdOrKey(key)?.properties.get('qa-postmortem') as PostmortemDocument;
  }

  function tasksOf(key: string): string[] {
    return sandbox.emulator.store.issues()
      .filter((issue) => (issue.properties.get(ACTION_PROPERTY) as { incident?: string } | undefined)?.incident === key)
      .map((issue) => issue.key);
  }

  async function jiraOk(path: string, init: { method?: string; body?: unknown } = {}): Promise<unknown> {
    const answer = await sandbox.jira('alice', path, init);
    if (answer.status >= 300) throw new Error(`${init.method ?? 'GET'} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  panelBrowserPerFile((started) => {
    ({ sandbox, browser } = started);
  }, { viewport: { width: 1280, height: 1000 } });

  it('creates three tasks as alice, shows them live, on the task page, and done or overdue in Follow-through', async () => {
    await savePostmortem(INCIDENT, withRootCause);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let frame = await openPanel(page, sandbox, 'alice', INCIDENT);
    let region = await stage(frame, 'actions');
    expect(await region.getByTestId('create-tasks-button').isDisabled()).toBe(true);
    expect(await region.getByTestId('create-tasks-hint').textContent()).toBe('Add an action item first.');

    for (const [i, plan] of PLAN.entries()) {
      await press(region.getByRole('button', { name: 'Add action item' }));
      const item = region.getByTestId('action-item').nth(i);
      await item.getByLabel(`Action item ${i + 1} title`, { exact: true }).fill(plan.title);
      await choose(item, 'Type', plan.type);
      await chooseOwner(item, USERS[plan.owner].displayName);
      if (plan.priority !== 'High') await choose(item, 'Priority', plan.priority);
      await item.getByLabel(`Action item ${i + 1} description`, { exact: true }).fill(plan.description);
    }
    expect(await region.getByTestId('create-tasks-hint').textContent()).toBe('3 action items without a task: each becomes a Task in QA, assigned to its owner and due on its due date.');
    const dueDates = [addDays(today, 28), addDays(today, 56), addDays(today, 28)];

    // Pressed at once, before the autosave's pause is over: the panel saves first, then creates.
    sandbox.emulator.setFaults([{ method: 'POST', path: '/rest/api/3/issue/bulk', latencyMs: 1500 }]);
    await press(region.getByTestId('create-tasks-button'));
    const progress = region.getByTestId('create-tasks-progress');
    await progress.filter({ hasText: 'Creating 3 tasks…' }).waitFor();
    expect(await region.getByTestId('create-tasks-button').isDisabled()).toBe(true);
    // The spinner fades in: wait until every animation that ends has ended (the spin itself never does).
    await progress.evaluate(() => Promise.all(document.getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
      .map((a) => a.finished)));
    await shootPanel(page, 'panel-actions-creating');
    // Typing goes on while Jira works: kept, and saved on top of the keys the server wrote back.
    const typedMeanwhile = 'Two sessions with the French and German catalogues, typed while the tasks were made.';
    await region.getByLabel('Action item 2 description', { exact: true }).fill(typedMeanwhile);
    await region.getByTestId('create-tasks-summary').waitFor();
    sandbox.emulator.clearFaults();
    expect(await region.getByTestId('create-tasks-summary').textContent()).toContain('3 tasks created in QA.');
    // The issue page lists the new tasks among its links without a reload (refreshIssueView).
    await page.locator('[data-issue-view-part="links"] a[href^="/browse/QA-"]').nth(2).waitFor();
    await frame.locator('[data-testid="save-status"][data-state="saved"]').waitFor();

    const stored = storedDocument();
    expect(stored.actionItems.map((a) => a.title)).toEqual(PLAN.map((p) => p.title));
    expect(stored.actionItems[2].description).toBe(PLAN[2].description);
    expect(stored.actionItems[1].description).toBe(typedMeanwhile);
    const keys = stored.actionItems.map((a) => a.taskKey as string);
    expect(keys.every((k) => /^QA-\d+$/.test(k))).toBe(true);
    expect(new Set(keys).size).toBe(3);
    expect(tasksOf(INCIDENT).sort()).toEqual([...keys].sort());

    const items = region.getByTestId('action-item');
    for (const [i, plan] of PLAN.entries()) {
      const item = items.nth(i);
      expect(await item.getByTestId('item-outcome').getAttribute('data-outcome')).toBe('created');
      expect(await item.getByTestId('item-outcome').textContent()).toBe('Task created just now');
      expect(await item.getByTestId('item-outcome').getAttribute('data-task-key')).toBe(keys[i]);
      const task = item.getByTestId('task-state');
      expect(await task.getAttribute('data-task-key')).toBe(keys[i]);
      expect(await task.getByTestId('task-link').getAttribute('href')).toMatch(new RegExp(`/browse/${keys[i]}$`));
      expect(await task.getByTestId('task-status').textContent()).toBe('To Do');
      expect(await task.getByTestId('task-assignee').textContent()).toBe(USERS[plan.owner].displayName);
      expect(await task.getByTestId('task-due').textContent()).toBe(formatDate(dueDates[i]));
      expect(await task.getByTestId('task-overdue').count()).toBe(0);
      // The task says what the item says: nothing to update.
      expect(await item.getByTestId('task-drift').count()).toBe(0);
    }
    expect(await region.getByTestId('update-tasks-bar').count()).toBe(0);
    expect(await region.getByTestId('create-tasks-button').isDisabled()).toBe(true);
    expect(await region.getByTestId('create-tasks-hint').textContent()).toBe('Every action item has its Jira task.');
    await shootPanel(page, 'panel-actions-created');

    // A tall stage to a short one: the frame follows its content down as well as up.
    const tall = await settledFrameHeight(page);
    await stage(frame, 'follow-through');
    const short = await settledFrameHeight(page);
    expect(short).toBeLessThan(tall - 200);

    // The task as Jira shows it, on the host's issue page.
    const taskPage = await browser.newPage();
    await visit(taskPage, `${sandbox.url}/browse/${keys[0]}?as=alice`);
    const details = taskPage.locator('.details');
    expect(await taskPage.getByTestId('issue-summary').textContent()).toBe(PLAN[0].title);
    expect(await details.locator('dt:text-is("Assignee") + dd').textContent()).toContain(USERS.bob.displayName);
    expect(await details.locator('dt:text-is("Due date") + dd').textContent()).toBe(formatDate(dueDates[0]));
    expect(await details.locator('dt:text-is("Labels") + dd .tag').allTextContents()).toEqual(['postmortem-action', PLAN[0].typeLabel]);
    expect(await details.locator('dt:text-is("Priority") + dd').textContent()).toBe('High');
    expect(await taskPage.locator('.links a[href="/browse/QA-3"]').count()).toBe(1);
    const description = await taskPage.locator('.description').textContent();
    expect(description).toContain('Action item from the QA post-mortem of');
    expect(description).toContain(`/browse/${INCIDENT}`);
    expect(description).toContain(ROOT_CAUSE);
    expect(description).toContain(PLAN[0].description);
    await taskPage.evaluate(() => window.scrollTo(0, 0));
    await screenshot(taskPage, 'panel-actions-task-page');
    await taskPage.close();

    // Jira moves on: the fix validation is done, the charter's due date is moved into the past.
    const yesterday = addDays(today, -1);
    await jiraOk(`/rest/api/3/issue/${keys[2]}/transitions`, { method: 'POST', body: { transition: { id: '31' } } });
    await jiraOk(`/rest/api/3/issue/${keys[1]}`, { method: 'PUT', body: { fields: { duedate: yesterday } } });
    frame = await openPanel(page, sandbox, 'alice', INCIDENT);
    region = await stage(frame, 'follow-through');
    const row = (key: string) => region.locator(`[data-testid="follow-through-item"][data-task-key="${key}"]`);
    expect(await row(keys[2]).getAttribute('data-status-category')).toBe('done');
    expect(await row(keys[2]).getByTestId('task-status').textContent()).toBe('Done');
    expect(await row(keys[1]).getAttribute('data-overdue')).toBe('true');
    expect(await row(keys[1]).getByTestId('task-overdue').textContent()).toBe('Overdue');
    expect(await row(keys[1]).getByTestId('task-due').textContent()).toBe(formatDate(yesterday));
    const red = await row(keys[1]).getByTestId('task-due').evaluate((el) => getComputedStyle(el).color);
    expect(red).toMatch(/^rgb\((\d+), (\d+), (\d+)\)$/);
    const [r, g, b] = red.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(100);
    expect(b).toBeLessThan(100);
    expect(await row(keys[0]).getByTestId('follow-through-assignee').textContent()).toBe(USERS.bob.displayName);
    expect(await region.getByTestId('follow-through-summary').textContent()).toBe('1 of 3 done · 2 open · 1 overdue');
    expect(await region.getByTestId('follow-through-fix-validation').textContent()).toBe('The fix-validation item is done.');
    // Judged on the tasks as Jira has them now: every item has its task and the fix validation is done.
    expect(await frame.locator('button[data-stage="follow-through"]').getAttribute('data-complete')).toBe('true');
    await shootPanel(page, 'panel-actions-follow-through');

    // The task's key opens it on the host through the bridge's router.
    await row(keys[0]).getByTestId('task-link').click();
    await page.waitForURL(`${sandbox.url}/browse/${keys[0]}`, { waitUntil: 'domcontentloaded' });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('creates nothing while an item is not ready, shows why at its fields, and creates once it is fixed', async () => {
    const yesterday = addDays(today, -1);
    const item = (id: string, overrides: Partial<ActionItem>): ActionItem => ({
      id, title: `Action ${id}`, type: 'process-refinement', ownerAccountId: USERS.bob.accountId, ownerDisplayName: USERS.bob.displayName,
      dueDate: addDays(today, 14), priority: 'Medium', description: '', ...overrides,
    });
    await savePostmortem(INCIDENT, (doc) => ({
      ...withRootCause(doc),
      actionItems: [
        item('ready', { title: 'Add search to the release checklist' }),
        item('dave', { title: 'Monitor empty-result searches', type: 'metric-monitoring', ownerAccountId: USERS.dave.accountId, ownerDisplayName: USERS.dave.displayName }),
        item('late', { title: 'Review the analyser change process', dueDate: yesterday }),
      ],
    }));
    const page = await browser.newPage();
    const frame = await openPanel(page, sandbox, 'alice', INCIDENT);
    const region = await stage(frame, 'actions');
    await press(region.getByTestId('create-tasks-button'));
    const error = region.getByTestId('create-tasks-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('No tasks were created');
    expect(await error.textContent()).toContain('2 action items need changes first');
    const cards = region.getByTestId('action-item');
    const fieldError = (card: Locator, field: string) => card.locator(`[data-testid="field-error"][data-field="${field}"]`);
    const daveCard = cards.nth(1);
    expect(await fieldError(daveCard, 'Owner').textContent()).toBe('Dave Russo cannot be assigned issues in project QA; choose someone who can.');
    const lateCard = cards.nth(2);
    expect(await fieldError(lateCard, 'Due date').textContent()).toBe(`The due date ${yesterday} is in the past (today is ${today}); choose today or later.`);
    expect(await cards.nth(0).locator('[data-testid="field-error"]').count()).toBe(0);
    expect(await cards.nth(0).getByTestId('item-outcome').count()).toBe(0);
    expect(tasksOf(INCIDENT)).toEqual([]);
    expect(storedDocument().actionItems.every((a) => !a.taskKey)).toBe(true);
    await shootPanel(page, 'panel-actions-not-ready');

    // Fix both: Carol owns the monitoring, the late review goes; the same button creates the rest.
    await chooseOwner(daveCard, USERS.carol.displayName);
    expect(await fieldError(daveCard, 'Owner').count()).toBe(0);
    expect(await error.textContent()).toContain('1 action item needs changes first');
    await press(lateCard.getByRole('button', { name: 'Remove action item 3' }));
    // Nothing left to fix: the error goes before Create tasks is pressed again.
    await error.waitFor({ state: 'detached' });
    await press(region.getByTestId('create-tasks-button'));
    await region.getByTestId('create-tasks-summary').waitFor();
    expect(await region.getByTestId('create-tasks-summary').textContent()).toContain('2 tasks created in QA.');
    expect(tasksOf(INCIDENT)).toHaveLength(2);
    const stored = storedDocument();
    expect(stored.actionItems.map((a) => a.id)).toEqual(['ready', 'dave']);
    expect(stored.actionItems[1]).toMatchObject({ ownerAccountId: USERS.carol.accountId });
    expect(stored.actionItems.every((a) => /^QA-\d+$/.test(a.taskKey ?? ''))).toBe(true);
    await page.close();
  }, 60_000);

  it('keeps what was made when Jira fails part way, and retries the failed items with the same button', async () => {
    await savePostmortem(INCIDENT, (doc) => ({
      ...withRootCause(doc),
      actionItems: [{
        id: 'one', title: 'Add search to the release checklist', type: 'process-refinement', ownerAccountId: USERS.bob.accountId,
        ownerDisplayName: USERS.bob.displayName, dueDate: addDays(today, 14), priority: 'Medium', description: '',
      }],
    }));
    const page = await browser.newPage();
    const frame = await openPanel(page, sandbox, 'alice', INCIDENT);
    const region = await stage(frame, 'actions');
    sandbox.emulator.setFaults([{ method: 'POST', path: '/rest/api/3/issue/bulk', status: 400, count: 1 }]);
    await press(region.getByTestId('create-tasks-button'));
    await region.getByTestId('create-tasks-summary').or(region.getByTestId('create-tasks-error')).waitFor();
    const card = region.getByTestId('action-item').first();
    expect(await card.getByTestId('item-outcome').getAttribute('data-outcome')).toBe('failed');
    expect(await card.getByTestId('item-outcome').textContent()).toMatch(/^Not created: .+/);
    expect(await region.getByTestId('create-tasks-button').isDisabled()).toBe(false);
    expect(tasksOf(INCIDENT)).toEqual([]);
    await shootPanel(page, 'panel-actions-failed');

    await press(region.getByTestId('create-tasks-button'));
    await region.getByTestId('create-tasks-summary').filter({ hasText: '1 task created in QA.' }).waitFor();
    expect(await card.getByTestId('item-outcome').getAttribute('data-outcome')).toBe('created');
    expect(tasksOf(INCIDENT)).toHaveLength(1);
    expect(storedDocument().actionItems[0].createError).toBeUndefined();
    await page.close();
  }, 60_000);

  it('keeps a task in step with its item: an edit here is written with Update tasks, a change in Jira can be taken back', async () => {
    const key = DEMO_INCIDENTS.fresh;
    const due = addDays(today, 20);
    await savePostmortem(key, (doc) => withRootCause({
      ...doc,
      actionItems: [{ id: 'sync-1', title: 'Add accented-query regression cases', type: 'test-design-enhancement', ownerAccountId: USERS.bob.accountId, ownerDisplayName: USERS.bob.displayName, dueDate: due, priority: 'Medium', description: '' }],
    }));
    const created = await sandbox.invoke<Envelope<{ results: { taskKey?: string }[] }>>('alice', PANEL_MODULE, 'createActionItems', {}, panelExtension(sandbox, key));
    if (!created.body.ok) throw new Error(`createActionItems: ${JSON.stringify(created.body)}`);
    const taskKey = created.body.data.results[0].taskKey as string;
    const taskFields = () => sandbox.emulator.store.issueByIdOrKey(taskKey)?.fields as unknown as { summary: string; priorityId?: string };

    const page = await browser.newPage();
    let frame = await openPanel(page, sandbox, 'alice', key);
    let region = await stage(frame, 'actions');
    const item = region.getByTestId('action-item').first();
    expect(await item.getByTestId('task-drift').count()).toBe(0);
    await item.getByLabel('Action item 1 title', { exact: true }).fill('Add accented-query regression cases to CI');
    await choose(item, 'Priority', 'High');
    const drift = item.getByTestId('task-drift');
    await drift.waitFor();
    expect(await drift.locator('li').evaluateAll((els) => els.map((el) => el.getAttribute('data-field')))).toEqual(['title', 'priority']);
    expect(await drift.locator('li[data-field="title"]').textContent()).toContain(`on ${taskKey} “Add accented-query regression cases”`);
    expect(await region.getByTestId('update-tasks-bar').textContent()).toContain('1 task differs from its item.');
    await shootPanel(page, 'panel-actions-drift');
    expect({ screen: 'panel-actions-drift', violations: await panelViolations(page) }).toEqual({ screen: 'panel-actions-drift', violations: [] });

    await press(region.getByRole('button', { name: 'Update tasks in Jira' }));
    await region.getByTestId('update-tasks-bar').getByText('1 task updated in Jira.').waitFor();
    expect(await item.getByTestId('task-drift').count()).toBe(0);
    expect(taskFields().summary).toBe('Add accented-query regression cases to CI');
    const task = (await jiraOk(`/rest/api/3/issue/${taskKey}?fields=priority,summary`)) as { fields: { priority: { name: string } } };
    expect(task.fields.priority.name).toBe('High');

    // Bob lowers the priority on the task in Jira: the panel shows it (here in Jira's dark theme), and alice takes Jira's value.
    await jiraOk(`/rest/api/3/issue/${taskKey}`, { method: 'PUT', body: { fields: { priority: { name: 'Low' } } } });
    await visit(page, `${sandbox.url}/browse/${key}?as=alice&theme=dark`);
    frame = page.frameLocator(PANEL_FRAME);
    await frame.getByTestId('postmortem-panel').waitFor();
    region = await stage(frame, 'actions');
    const again = region.getByTestId('action-item').first();
    await again.getByTestId('task-drift').waitFor();
    await shootPanel(page, 'panel-actions-drift-dark');
    expect({ screen: 'panel-actions-drift-dark', violations: await panelViolations(page) }).toEqual({ screen: 'panel-actions-drift-dark', violations: [] });
    expect(await again.getByTestId('task-drift').locator('li').evaluateAll((els) => els.map((el) => el.getAttribute('data-field')))).toEqual(['priority']);
    await press(again.getByRole('button', { name: `Use ${taskKey}’s` }));
    await again.getByTestId('task-drift').waitFor({ state: 'detached' });
    await frame.locator('[data-testid="save-status"][data-state="saving"]').waitFor();
    await frame.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    expect(storedDocument(key).actionItems[0].priority).toBe('Low');
    await page.close();
  }, 60_000);

  it('shows dave, who may browse but not edit, the tasks but no way to create them', async () => {
    const page = await browser.newPage();
    const frame = await openPanel(page, sandbox, 'dave', DEMO_INCIDENTS.completed);
    const region = await stage(frame, 'actions');
    const button = region.getByTestId('create-tasks-button');
    expect(await button.isDisabled()).toBe(true);
    expect(await region.getByTestId('create-tasks-hint').textContent())
      .toBe(`You can read this post-mortem but not create its tasks: that needs permission to edit ${DEMO_INCIDENTS.completed}.`);
    expect(await region.getByTestId('task-state').count()).toBeGreaterThan(0);
    await shootPanel(page, 'panel-actions-read-only');
    await page.close();
  }, 30_000);
});
