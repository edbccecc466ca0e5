import { buildReminderComment, isReminderDue, REMINDER_INTERVAL_DAYS } from '../../../../src/domain/actions';
import { adfErrors, adfWords } from './adf-schema';

const DAY = 86_400_000;
const now = new Date();
const today = now.toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
const dayAgo = (days: number) => daysAgo(days).toISOString().slice(0, 10);
const overdue = { statusCategory: 'new' as const, dueDate: dayAgo(3), lastRemindedAt: null };

describe('isReminderDue', () => {
  it('is due for an open task past its due date that was never reminded', () => {
    expect(isReminderDue(overdue, now)).toBe(true);
    expect(isReminderDue({ ...overdue, statusCategory: 'indeterminate' }, now)).toBe(true);
  });

  it('is not due for a done task, a task due today or later, or one without a due date', () => {
    expect(isReminderDue({ ...overdue, statusCategory: 'done' }, now)).toBe(false);
    expect(isReminderDue({ ...overdue, dueDate: today }, now)).toBe(false);
    expect(isReminderDue({ ...overdue, dueDate: null }, now)).toBe(false);
  });

  it('waits 7 calendar days after the last reminder: twice on one day reminds once', () => {
    expect(REMINDER_INTERVAL_DAYS).toBe(7);
    expect(isReminderDue({ ...overdue, lastRemindedAt: now.toISOString() }, now)).toBe(false);
    expect(isReminderDue({ ...overdue, lastRemindedAt: daysAgo(6).toISOString() }, now)).toBe(false);
    expect(isReminderDue({ ...overdue, lastRemindedAt: daysAgo(7).toISOString() }, now)).toBe(true);
  });

  it('counts calendar days, so a run a few minutes earlier on day 7 still reminds', () => {
    const nineAm = new Date(`${today}T09:00:00Z`);
    const lastWeekLater = new Date(nineAm.getTime() - 7 * DAY + 10 * 60_000);
    expect(isReminderDue({ ...overdue, lastRemindedAt: lastWeekLater.toISOString() }, nineAm)).toBe(true);
  });

  it('treats an unreadable last reminder as none', () => {
    expect(isReminderDue({ ...overdue, lastRemindedAt: 'not a date' }, now)).toBe(true);
  });
});

describe('buildReminderComment', () => {
  it('mentions the owner, says how late and links the incident, as valid ADF', () => {
    const doc = buildReminderComment({
      taskKey: 'QA-12', dueDate: dayAgo(3), incidentKey: 'QA-3',
      owner: { accountId: 'acc-bob', displayName: 'Bob Marsh' }, siteUrl: 'https://example.atlassian.net',
    }, now);
    expect(adfErrors(doc)).toEqual([]);
    const words = adfWords(doc);
    expect(words[0]).toBe('@acc-bob');
    expect(words.join('')).toContain(`was due on ${dayAgo(3)} (3 days ago) and is not done yet`);
    expect(words).toContain('https://example.atlassian.net/browse/QA-3');
  });

  it('says so when the task has no assignee, and names the incident without a site', () => {
    const doc = buildReminderComment({ taskKey: 'QA-12', dueDate: dayAgo(1), incidentKey: 'QA-3', owner: null }, now);
    expect(adfErrors(doc)).toEqual([]);
    const words = adfWords(doc);
    expect(words[0]).toBe('This task has no assignee. ');
    expect(words.join('')).toContain('(1 day ago)');
    expect(words).toContain('QA-3');
    expect(words.some((w) => w.startsWith('@'))).toBe(false);
  });
});
