/**
 * Calendar arithmetic for the metrics: periods of whole days, the creation day of an issue, months,
 * durations. The calendar work itself is src/domain/dates.ts (date-fns), so results never depend on
 * the server's time zone.
 *
 * Jira renders date-times with the requesting user's offset ("2026-01-15T10:23:45.000+0100") and
 * evaluates JQL dates such as `created >= "2026-01-01"` in that same zone, so the creation day of an
 * issue is the date part exactly as Jira wrote it (see DECISIONS.md, "Creation day").
 */

import { addCalendarDays, calendarDayIn as dayInZone, isCalendarDay, monthsBetween, type CalendarDay, type CalendarMonth } from '../dates';

export { isCalendarDay, type CalendarDay, type CalendarMonth };

/** Whole days, both ends included. */
export interface Period {
  from: CalendarDay;
  to: CalendarDay;
}

const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MONTH_LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The longest period the metrics are computed for: ten years of monthly trend points. A result for a
 * longer one would not fit Forge storage's 240 KiB value (1000-01-01 to 9999-11-30 gave 14 MB).
 */
export const PERIOD_MAX_MONTHS = 120;

/** The earliest day a period ending on `to` may start: the first of the month PERIOD_MAX_MONTHS months back, `to`'s month included. */
export function earliestPeriodStart(to: CalendarDay): CalendarDay {
  const [year, month] = to.split('-').map(Number);
  const months = year * 12 + (month - 1) - (PERIOD_MAX_MONTHS - 1);
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}

/** How many calendar months a period touches, both ends included. */
export function monthCountOf(period: Period): number {
  const [fromYear, fromMonth] = period.from.split('-').map(Number);
  const [toYear, toMonth] = period.to.split('-').map(Number);
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
}

export function assertCalendarDay(value: string, what: string): void {
  if (!isCalendarDay(value)) throw new RangeError(`${what} must be a date as YYYY-MM-DD, got "${value}"`);
}

export function assertPeriod(period: Period): void {
  assertCalendarDay(period.from, 'The period start');
  assertCalendarDay(period.to, 'The period end');
  if (period.from > period.to) {
    throw new RangeError(`The period start ${period.from} is after its end ${period.to}`);
  }
}

/** Milliseconds since the epoch of a Jira date-time (ISO 8601, offset with or without a colon). */
export function parseJiraDateTime(value: string): number {
  const match = DATE_TIME_PATTERN.exec(value);
  if (!match || !isCalendarDay(match[1])) throw new RangeError(`Not a Jira date-time: "${value}"`);
  const offset = match[6] === 'Z' ? 'Z' : `${match[6].slice(0, 3)}:${match[6].slice(-2)}`;
  const fraction = (match[5] ?? '0').padEnd(3, '0').slice(0, 3);
  return Date.parse(`${match[1]}T${match[2]}:${match[3]}:${match[4] ?? '00'}.${fraction}${offset}`);
}

export function isJiraDateTime(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value);
  return match !== null && isCalendarDay(match[1]);
}

/** The calendar day of a Jira date-time, in the offset Jira wrote it with. */
export function calendarDayOf(dateTime: string): CalendarDay {
  if (!isJiraDateTime(dateTime)) throw new RangeError(`Not a Jira date-time: "${dateTime}"`);
  return dateTime.slice(0, 10);
}

export function monthOf(day: CalendarDay): CalendarMonth {
  return day.slice(0, 7);
}

export function nextDay(day: CalendarDay): CalendarDay {
  assertCalendarDay(day, 'The day');
  return addCalendarDays(day, 1);
}

export function isWithinPeriod(day: CalendarDay, period: Period): boolean {
  return day >= period.from && day <= period.to;
}

/** Every month the period touches, oldest first. */
export function monthsOfPeriod(period: Period): CalendarMonth[] {
  assertPeriod(period);
  return monthsBetween(period.from, period.to);
}

/** "Jan 2026" for "2026-01". */
export function monthLabel(month: CalendarMonth): string {
  return `${MONTH_LABELS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** Today's date in a time zone (the viewer's or the site's), from the clock value the caller passes. */
export function calendarDayIn(now: Date, timeZone = 'UTC'): CalendarDay {
  return dayInZone(now, timeZone);
}

export function daysBetween(startMs: number, endMs: number): number {
  return (endMs - startMs) / MS_PER_DAY;
}
