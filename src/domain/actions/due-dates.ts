/**
 * Due dates of action items (DESIGN.md section 2, stage 5): pre-filled from the priority (4 weeks
 * for high, 8 otherwise, configurable per project), never before today, and "overdue" meaning not
 * done and due before today. All dates are calendar days (YYYY-MM-DD); "today" is the caller's.
 */
import { addCalendarDays, calendarDaysBetween } from '../dates';
import { ACTION_ITEM_PRIORITIES, isPastDue, type ActionItemPriority, type StatusCategoryKey } from '../postmortem';

export interface DueDateWeeks {
  high: number;
  other: number;
}

export const DEFAULT_DUE_DATE_WEEKS: DueDateWeeks = { high: 4, other: 8 };

const HIGH_PRIORITIES: readonly ActionItemPriority[] = ['Highest', 'High'];
/** `day` moved by `days` (negative moves back). */
export const addDays = addCalendarDays;

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysFrom = calendarDaysBetween;

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
