/**
 * Due dates of action items (DESIGN.md section 2, stage 5): pre-filled from the priority (4 weeks
 * for high, 8 otherwise, configurable per project), never before today, and "overdue" meaning not
 * done and due before today. All dates are calendar days (YYYY-MM-DD); "today" is the caller's.
 */
import { ACTION_ITEM_PRIORITIES, isPastDue, type ActionItemPriority, type StatusCategoryKey } from '../postmortem';

export interface DueDateWeeks {
  high: number;
  other: number;
}

export const DEFAULT_DUE_DATE_WEEKS: DueDateWeeks = { high: 4, other: 8 };

const HIGH_PRIORITIES: readonly ActionItemPriority[] = ['Highest', 'High'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`Not a calendar date: ${day}`);
  return ms / DAY_MS;
}

/** `day` moved by `days` (negative moves back). */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function isHighPriority(priority: ActionItemPriority): boolean {
  return HIGH_PRIORITIES.includes(priority);
}

/** The due date an item of this priority gets when the facilitator does not choose one. */
export function defaultDueDate(priority: ActionItemPriority, today: string, weeks: DueDateWeeks = DEFAULT_DUE_DATE_WEEKS): string {
  return addDays(today, 7 * (isHighPriority(priority) ? weeks.high : weeks.other));
}

export function defaultDueDates(today: string, weeks: DueDateWeeks = DEFAULT_DUE_DATE_WEEKS): Record<ActionItemPriority, string> {
  return Object.fromEntries(ACTION_ITEM_PRIORITIES.map((p) => [p, defaultDueDate(p, today, weeks)])) as Record<ActionItemPriority, string>;
}

/** Not done and due before today; a task due today is not overdue yet, one without a due date never is. */
export function isOverdue(task: { statusCategory: StatusCategoryKey; dueDate: string | null }, today: string): boolean {
  return isPastDue(task.statusCategory, task.dueDate, today);
}
