/**
 * The due date an action item starts with (DESIGN.md section 2, stage 5): 4 weeks from today for
 * High and Highest priority, 8 weeks otherwise. The week counts are parameters so a project's
 * settings can change them.
 */
import { addCalendarDays } from '../../../../src/domain/dates';
import type { ActionItemPriority } from '../../../../src/domain/postmortem';

export interface DueDateDefaults {
  highWeeks: number;
  otherWeeks: number;
}

export const DEFAULT_DUE_WEEKS: DueDateDefaults = { highWeeks: 4, otherWeeks: 8 };

export function isHighPriority(priority: ActionItemPriority): boolean {
  return priority === 'Highest' || priority === 'High';
}

/** `days` after a calendar date (YYYY-MM-DD). */
export const addDays = addCalendarDays;

export function defaultDueDate(priority: ActionItemPriority, today: string, weeks: DueDateDefaults = DEFAULT_DUE_WEEKS): string {
  return addDays(today, 7 * (isHighPriority(priority) ? weeks.highWeeks : weeks.otherWeeks));
}

/**
 * The due date after a priority change: follows the new priority while it is still the default
 * the old priority gave (or empty); a date someone chose stays.
 */
export function dueDateAfterPriorityChange(
  dueDate: string | null,
  from: ActionItemPriority,
  to: ActionItemPriority,
  today: string,
  weeks: DueDateDefaults = DEFAULT_DUE_WEEKS,
): string {
  if (dueDate && dueDate !== defaultDueDate(from, today, weeks)) return dueDate;
  return defaultDueDate(to, today, weeks);
}
