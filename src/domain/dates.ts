/**
 * The app's one calendar module, on date-fns and @date-fns/tz: calendar days (`YYYY-MM-DD`) and
 * months (`YYYY-MM`), which have no time zone, and the day an instant falls on in a given zone.
 * Day arithmetic runs on UTC dates (TZDate in 'UTC'), so no result depends on the server's zone or
 * on a daylight-saving change.
 */
import { tz, TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, eachMonthOfInterval, endOfMonth, formatISO, isValid } from 'date-fns';

/** A calendar date, `YYYY-MM-DD`. */
export type CalendarDay = string;

/** A month, `YYYY-MM`. */
export type CalendarMonth = string;

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const inUtc = { in: tz('UTC') };

/**
 * The day as a UTC date; an invalid date when it has not the shape. 2026-02-30 becomes 2 March, which
 * isCalendarDay then tells apart by formatting it back (date-fns's parse would do the same at ten
 * times the bundle weight).
 */
function utcDateOf(day: string): Date {
  const match = DAY_SHAPE.exec(day);
  if (!match) return new Date(Number.NaN);
  const date = new TZDate(0, 'UTC');
  date.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date;
}

/** The date's calendar day in its own zone (formatISO, not format: a fifth of the bundle weight). */
function dayOf(date: Date): CalendarDay {
  return formatISO(date, { representation: 'date' });
}

function asDate(day: CalendarDay): Date {
  const date = utcDateOf(day);
  if (!isValid(date) || dayOf(date) !== day) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return date;
}

export function isCalendarDay(value: string): boolean {
  const date = utcDateOf(value);
  return isValid(date) && dayOf(date) === value;
}

/** `day` moved by `days` (negative moves back). */
export function addCalendarDays(day: CalendarDay, days: number): CalendarDay {
  return dayOf(addDays(asDate(day), days, inUtc));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: CalendarDay, to: CalendarDay): number {
  return differenceInCalendarDays(asDate(to), asDate(from), inUtc);
}

/** The last day of a month. */
export function lastDayOfMonth(month: CalendarMonth): CalendarDay {
  return dayOf(endOfMonth(asDate(`${month}-01`), inUtc));
}

/** Every month from the one of `from` to the one of `to`, oldest first. */
export function monthsBetween(from: CalendarDay, to: CalendarDay): CalendarMonth[] {
  return eachMonthOfInterval({ start: asDate(from), end: asDate(to) }, inUtc).map((month) => dayOf(month).slice(0, 7));
}

/**
 * The calendar day an instant falls on in an IANA time zone (the viewer's, the site's). Throws a
 * RangeError for a zone name the runtime does not know.
 */
export function calendarDayIn(instant: Date | string | number, timeZone = 'UTC'): CalendarDay {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'string' ? Date.parse(instant) : instant;
  const zoned = new TZDate(ms, timeZone);
  if (!isValid(zoned)) throw new RangeError(`Not an instant in a known time zone: ${String(instant)} in ${timeZone}`);
  return dayOf(zoned);
}

/** The UTC calendar day of an instant. */
export function utcDayOf(instant: Date | string | number): CalendarDay {
  return calendarDayIn(instant, 'UTC');
}
