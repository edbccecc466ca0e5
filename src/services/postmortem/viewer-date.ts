/**
 * "Today" as the viewer sees it: an action item due today is not overdue for someone whose day has
 * not ended yet. Falls back to UTC when the time zone is missing or unknown.
 */
import { calendarDayIn, utcDayOf } from '../../domain/dates';

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`. */
export function viewerToday(now: Date, timeZone?: string): string {
  if (timeZone) {
    try {
      return calendarDayIn(now, timeZone);
    } catch {
      // an unknown zone name: use UTC below
    }
  }
  return utcDayOf(now);
}
