/**
 * The daily reminder run's bound, on the shared fake Jira transport: the budget made from the
 * invocation's remaining time (or a fallback run time measured on a clock), and a run that stops
 * starting reminders at the count cap or when the time is spent, reporting what is left, including
 * 'unknown' when the search may have pages it did not read; and only tasks their incident's ledger
 * recorded are reminded, whatever markers the search finds.
 */
import { ACTION_TASK_PROPERTY_KEY } from '../../../../src/domain/actions';
import { createJiraClient, type IssueBean } from '../../../../src/jira';
import { remindOverdueActionTasks } from '../../../../src/services/actions';
import { memoryReminderStore } from '../../../../src/services/actions/reminder-store';
import { memoryLedgerStore, newLedger, type TaskRecord } from '../../../../src/services/ledger';
import { REMINDER_RUN_DEFAULTS, reminderBudget, type ReminderBudget } from '../../../../src/services/actions/ports';
import { createFakeJiraTransport, json, type FakeJiraTransport } from '../../../helpers/fake-jira-transport';

const DAY = 86_400_000;
const now = new Date();
const dayAgo = (days: number) => new Date(now.getTime() - days * DAY).toISOString().slice(0, 10);
const SEARCH = '/rest/api/3/search/jql';

const INCIDENT_ID = '10001';

function overdueTask(n: number): IssueBean {
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
    properties: { [ACTION_TASK_PROPERTY_KEY]: { incident: 'QA-1', incidentId: INCIDENT_ID, actionId: `a${n}`, claim: `c${n}` } },
  } as IssueBean;
}

/**
 * The app's storage as it is after QA-1's tasks were created: the ledger records every task in
 * `issues` but those in `unrecorded`, and the tasks in `remindedToday` were reminded at `now`.
 */
function appStorage(issues: IssueBean[], options: { remindedToday?: IssueBean[]; unrecorded?: IssueBean[] } = {}) {
  const ledger = memoryLedgerStore();
  const skip = new Set((options.unrecorded ?? []).map((issue) => issue.id));
  const tasks: Record<string, TaskRecord> = {};
  for (const issue of issues) {
    if (!skip.has(issue.id)) tasks[`a${Number(issue.id) - 20000}`] = { id: issue.id, key: issue.key, createdBy: 'alice-id', createdAt: now.toISOString() };
  }
  ledger.records.set(INCIDENT_ID, newLedger(INCIDENT_ID, 'QA-1', 1, tasks));
  const reminders = memoryReminderStore();
  for (const issue of options.remindedToday ?? []) reminders.marks.set(issue.id, { lastRemindedAt: now.toISOString() });
  return { ledger, reminders };
}

/** One search page of these issues (with a next page token when `more`); comments accepted. */
function fakeSite(issues: IssueBean[], more = false): FakeJiraTransport {
  let comments = 0;
  return createFakeJiraTransport((request) => {
    if (request.method === 'POST' && request.path === SEARCH) return json({ issues, ...(more ? { nextPageToken: 'page-2' } : { isLast: true }) });
    if (request.method === 'POST' && request.path.endsWith('/comment')) return json({ id: String(++comments) }, 201);
    throw new Error(`Not expected: ${request.method} ${request.path}`);
  });
}

const run = (fake: FakeJiraTransport, storage: ReturnType<typeof appStorage>, budget: ReminderBudget) =>
  remindOverdueActionTasks({ jira: createJiraClient(fake.transport), ...storage, now: () => now, reminderBudget: budget });
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
    const recent = overdueTask(9);
    const found = [...tasks.slice(0, 2), recent, ...tasks.slice(2)];
    const fake = fakeSite(found);
    const result = await run(fake, appStorage(found, { remindedToday: [recent] }), { maxReminders: 2, timeLeftMs: () => 60_000 });

    expect(fake.requestsTo('POST', SEARCH)[0].body).toMatchObject({ maxResults: 100, jql: expect.stringContaining('ORDER BY duedate ASC') });
    expect(commentedOn(fake)).toEqual(['QA-101', 'QA-102']);
    expect(result.reminded.map((r) => r.taskKey)).toEqual(['QA-101', 'QA-102']);
    expect(result).toMatchObject({ stoppedEarly: true, remaining: 3, recentlyReminded: ['QA-109'], checked: 3 });
  });

  it('stops when the time is spent and says the rest is unknown when the search has more pages', async () => {
    const found = Array.from({ length: 100 }, (_, i) => overdueTask(i + 1));
    const fake = fakeSite(found, true);
    let timeLeft = 5_000;
    const result = await run(fake, appStorage(found), { maxReminders: 50, timeLeftMs: () => (timeLeft -= 2_000) });

    expect(commentedOn(fake)).toEqual(['QA-101', 'QA-102']);
    expect(result).toMatchObject({ stoppedEarly: true, remaining: 'unknown', failed: [] });
    expect(fake.requestsTo('POST', SEARCH)).toHaveLength(1);
  });

  it('does not stop early when the cap is reached with nothing left to remind', async () => {
    const found = [overdueTask(1), overdueTask(2), overdueTask(3)];
    const fake = fakeSite(found);
    const result = await run(fake, appStorage(found, { remindedToday: [found[2]] }), { maxReminders: 2, timeLeftMs: () => 60_000 });

    expect(result.reminded).toHaveLength(2);
    expect(result).toMatchObject({ stoppedEarly: false, remaining: 0, recentlyReminded: ['QA-103'] });
  });

  it('reminds only tasks their incident\'s ledger recorded, whatever marker an issue carries', async () => {
    const found = [overdueTask(1), overdueTask(2), overdueTask(3)];
    const fake = fakeSite(found);
    const storage = appStorage(found, { unrecorded: [found[1]] });
    const result = await run(fake, storage, { maxReminders: 10, timeLeftMs: () => 60_000 });

    expect(commentedOn(fake)).toEqual(['QA-101', 'QA-103']);
    expect(result).toMatchObject({ checked: 2, stoppedEarly: false, remaining: 0 });
    expect([...storage.reminders.marks.keys()]).toEqual(['20001', '20003']);
  });
});
