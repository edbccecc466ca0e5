/**
 * Action-item follow-through (DESIGN.md section 4): of the tasks the post-mortems created, how
 * many are open, overdue, done and cancelled, the completion rate and the median days from creation
 * to done. Cancelled is resolved with one of the settings' invalid resolutions (Won't Do, Duplicate,
 * …): closed, but not done, so it counts against the completion rate.
 * A task belongs to the period in which it was created, i.e. the post-mortem that produced it.
 */
import { calendarDayOf, daysBetween, isWithinPeriod, parseJiraDateTime, assertCalendarDay, assertPeriod, type CalendarDay, type Period } from './dates';
import { percentage } from './rates';
import type { ActionTaskRecord } from './records';
import { DONE_CATEGORY_KEY } from './status-catalog';

export interface ActionFollowThrough {
  total: number;
  open: number;
  /** Open and due before today; a task due today is not overdue yet. */
  overdue: number;
  done: number;
  /** In a Done status with an invalid resolution: not done. */
  cancelled: number;
  /** done / total * 100 to one decimal (cancelled tasks count in total, not in done); null when there are no tasks. */
  completionRate: number | null;
  /** Median of created -> resolutiondate in days, to one decimal; null when no done task has a resolution date. */
  medianDaysToDone: number | null;
}

/** The median of the values; the mean of the middle two for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Closed with an invalid resolution (names compared case-insensitively, as Jira does). */
export function isCancelled(task: ActionTaskRecord, invalidResolutions: readonly string[]): boolean {
  return task.statusCategory === DONE_CATEGORY_KEY && task.resolution !== null
    && invalidResolutions.some((name) => name.toLowerCase() === task.resolution?.toLowerCase());
}

export function isOverdue(task: ActionTaskRecord, today: CalendarDay): boolean {
  return task.statusCategory !== DONE_CATEGORY_KEY && task.dueDate !== null && task.dueDate < today;
}

/**
 * Follow-through of the tasks created in the period (all tasks when no period is given), judged
 * on `today` (the caller's calendar day, from the clock). Done means the task's status is in the
 * Done category. A done task without a resolution date (a workflow that never sets one) counts as
 * done but cannot contribute a duration; a resolution date before creation is bad data and is
 * left out of the median likewise.
 */
export function actionFollowThrough(
  tasks: readonly ActionTaskRecord[],
  options: { today: CalendarDay; period?: Period; invalidResolutions?: readonly string[] },
): ActionFollowThrough {
  assertCalendarDay(options.today, 'Today');
  if (options.period) assertPeriod(options.period);
  let total = 0;
  let done = 0;
  let cancelled = 0;
  let overdue = 0;
  const daysToDone: number[] = [];
  for (const task of tasks) {
    if (options.period && !isWithinPeriod(calendarDayOf(task.created), options.period)) continue;
    total += 1;
    if (isCancelled(task, options.invalidResolutions ?? [])) {
      cancelled += 1;
    } else if (task.statusCategory === DONE_CATEGORY_KEY) {
      done += 1;
      if (task.resolutiondate !== null) {
        const days = daysBetween(parseJiraDateTime(task.created), parseJiraDateTime(task.resolutiondate));
        if (days >= 0) daysToDone.push(days);
      }
    } else if (isOverdue(task, options.today)) {
      overdue += 1;
    }
  }
  const middle = median(daysToDone);
  return {
    total,
    open: total - done - cancelled,
    overdue,
    done,
    cancelled,
    completionRate: percentage(done, total),
    medianDaysToDone: middle === null ? null : Math.round(middle * 10) / 10,
  };
}
