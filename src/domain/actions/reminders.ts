/**
 * Overdue reminders (issue 4): an open action-item task past its due date gets a comment
 * mentioning its owner, at most once per 7 days, whether or not the incident is closed. Days are
 * UTC calendar days, so a job that runs a few minutes earlier one day still reminds on day 7, and
 * one that runs twice on the same day reminds once.
 */
import { utcDayOf } from '../dates';
import { doc as adfDoc, inlineCard, mention, paragraph, strong, text } from '@atlaskit/adf-utils/builders';
import type { AdfDocument, StatusCategoryKey } from '../postmortem';
import { daysFrom } from './due-dates';
import { browseUrl } from './task-description';

export const REMINDER_INTERVAL_DAYS = 7;

export interface ReminderCandidate {
  statusCategory: StatusCategoryKey;
  dueDate: string | null;
  /** When the last reminder was posted (ISO instant), if ever. */
  lastRemindedAt: string | null;
}

export const utcDay = (instant: Date | string): string => utcDayOf(instant);

/** Open, due before today (UTC), and not reminded in the last 7 days. */
export function isReminderDue(task: ReminderCandidate, now: Date): boolean {
  const today = utcDay(now);
  if (task.statusCategory === 'done' || task.dueDate === null || task.dueDate >= today) return false;
  if (task.lastRemindedAt === null || Number.isNaN(Date.parse(task.lastRemindedAt))) return true;
  return daysFrom(utcDay(task.lastRemindedAt), today) >= REMINDER_INTERVAL_DAYS;
}

export interface ReminderSubject {
  taskKey: string;
  dueDate: string;
  incidentKey: string;
  owner: { accountId: string; displayName?: string } | null;
  /** Base URL of the Jira site, for a link to the incident. */
  siteUrl?: string;
}

/** The reminder comment: the owner mentioned, how late, the incident it came from. */
export function buildReminderComment(subject: ReminderSubject, now: Date): AdfDocument {
  const late = daysFrom(subject.dueDate, utcDay(now));
  const incident = subject.siteUrl ? inlineCard({ url: browseUrl(subject.siteUrl, subject.incidentKey) }) : strong(subject.incidentKey);
  const addressee = subject.owner
    ? [mention({ id: subject.owner.accountId, ...(subject.owner.displayName ? { text: `@${subject.owner.displayName}` } : {}) }), text(', ')]
    : [text('This task has no assignee. ')];
  return adfDoc(
    paragraph(
      ...addressee,
      text(`a reminder: this action item was due on ${subject.dueDate} (${late} day${late === 1 ? '' : 's'} ago) and is not done yet. It comes from the QA post-mortem of `),
      incident,
      text('.'),
    ),
    paragraph(text('Please finish it, or agree a new due date with the post-mortem facilitator and update it here. Reminders repeat every 7 days while the task is open and overdue.')),
  );
}
