/**
 * The daily reminder run's bound, on the shared fake Jira transport: the budget made from the
 * invocation's remaining time (or a fallback run time measured on a clock), and a run that stops
 * starting reminders at the count cap or when the time is spent, reporting what is left, including
 * 'unknown' when the search may have pages it did not read.
 */
import { ACTION_TASK_PROPERTY_KEY, REMINDER_PROPERTY_KEY } from '../../../../src/domain/actions';
import { createJiraClient, type IssueBean } from '../../../../src/jira';
import { remindOverdueActionTasks } from '../../../../src/services/actions';
import { REMINDER_RUN_DEFAULTS, reminderBudget, type ReminderBudget } from '../../../../src/services/actions/ports';
import { createFakeJiraTransport, json, type FakeJiraTransport } from '../../../helpers/fake-jira-transport';

const DAY = 86_400_000;
const now = new Date();
const dayAgo = (days: number) => new Date(now.getTime() - days * DAY).toISOString().slice(0, 10);
const SEARCH = '/rest/api/3/search/jql';

function overdueTask(n: number, lastRemindedAt?: string): IssueBean {
  return {
    id: String(20000 + n),
    key: `QA-${100 + n}`,
    self: `https://example.atlassian.net/rest/api/3/issue/${20000 + n}`,
    fields: {
      summary: `Action ${n}`,
      status: { name: 'To Do', statusCategory: { key: 'new' } },
      assignee: { accountId: 'bob-id', displayName: 'Bob' },
      duedate: dayAgo(30 - (n % 30)),
    },
    properties: {
      [ACTION_TASK_PROPERTY_KEY]: { incident: 'QA-1', actionId: `a${n}` },
      ...(lastRemindedAt ? { [REMINDER_PROPERTY_KEY]: { lastRemindedAt } } : {}),
    },
  } as IssueBean;
}

/** One search page of these issues (with a next page token when `more`), comments and properties accepted. */
function fakeSite(issues: IssueBean[], more = false): FakeJiraTransport {
  let comments = 0;
  return createFakeJiraTransport((request) => {
    if (request.method === 'POST' && request.path === SEARCH) return json({ issues, ...(more ? { nextPageToken: 'page-2' } : { isLast: true }) });
    if (request.method === 'POST' && request.path.endsWith('/comment')) return json({ id: String(++comments) }, 201);
    if (request.method === 'PUT' && request.path.includes('/properties/')) return json(undefined, 200);
    throw new Error(`Not expected: ${request.method} ${request.path}`);
  });
}

const run = (fake: FakeJiraTransport, budget: ReminderBudget) =>
  remindOverdueActionTasks({ jira: createJiraClient(fake.transport), now: () => now, reminderBudget: budget });
const commentedOn = (fake: FakeJiraTransport) =>
  fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comment')).map((r) => r.path.split('/')[5]);

describe('reminderBudget', () => {
  it('takes the invocation\'s remaining time less the safety margin when the platform gives it', () => {
    let remaining = 40_000;
    const budget = reminderBudget({ invocationRemainingMs: () => remaining, safetyMarginMs: 5_000, maxReminders: 7 });
    expect(budget.maxReminders).toBe(7);
    expect(budget.timeLeftMs()).toBe(35_000);
    remaining = 4_000;
    expect(budget.timeLeftMs()).toBe(-1_000);
  });

  it('falls back to a run time measured on the clock when the platform says nothing', () => {
    let clock = 1_000;
    const budget = reminderBudget({ invocationRemainingMs: () => undefined, clock: () => clock });
    expect(budget.maxReminders).toBe(REMINDER_RUN_DEFAULTS.maxReminders);
    expect(budget.timeLeftMs()).toBe(REMINDER_RUN_DEFAULTS.fallbackRunMs - REMINDER_RUN_DEFAULTS.safetyMarginMs);
    clock += REMINDER_RUN_DEFAULTS.fallbackRunMs - REMINDER_RUN_DEFAULTS.safetyMarginMs;
    expect(budget.timeLeftMs()).toBe(0);
    expect(reminderBudget({ invocationRemainingMs: () => Number.NaN, clock: () => clock, fallbackRunMs: 12_000, safetyMarginMs: 2_000 }).timeLeftMs()).toBe(10_000);
  });
});

describe('remindOverdueActionTasks bound', () => {
  it('stops at the count cap and counts the tasks left on the last page of the search', async () => {
    const tasks = [1, 2, 3, 4, 5].map((n) => overdueTask(n));
    const fake = fakeSite([...tasks.slice(0, 2), overdueTask(9, now.toISOString()), ...tasks.slice(2)]);
    const result = await run(fake, { maxReminders: 2, timeLeftMs: () => 60_000 });

    expect(fake.requestsTo('POST', SEARCH)[0].body).toMatchObject({ maxResults: 100, jql: expect.stringContaining('ORDER BY duedate ASC') });
    expect(commentedOn(fake)).toEqual(['QA-101', 'QA-102']);
    expect(result.reminded.map((r) => r.taskKey)).toEqual(['QA-101', 'QA-102']);
    expect(result).toMatchObject({ stoppedEarly: true, remaining: 3, recentlyReminded: ['QA-109'], checked: 3 });
  });

  it('stops when the time is spent and says the rest is unknown when the search has more pages', async () => {
    const fake = fakeSite(Array.from({ length: 100 }, (_, i) => overdueTask(i + 1)), true);
    let timeLeft = 5_000;
    const result = await run(fake, { maxReminders: 50, timeLeftMs: () => (timeLeft -= 2_000) });

    expect(commentedOn(fake)).toEqual(['QA-101', 'QA-102']);
    expect(result).toMatchObject({ stoppedEarly: true, remaining: 'unknown', failed: [] });
    expect(fake.requestsTo('POST', SEARCH)).toHaveLength(1);
  });

  it('does not stop early when the cap is reached with nothing left to remind', async () => {
    const fake = fakeSite([overdueTask(1), overdueTask(2), overdueTask(3, now.toISOString())]);
    const result = await run(fake, { maxReminders: 2, timeLeftMs: () => 60_000 });

    expect(result.reminded).toHaveLength(2);
    expect(result).toMatchObject({ stoppedEarly: false, remaining: 0, recentlyReminded: ['QA-103'] });
  });
});
