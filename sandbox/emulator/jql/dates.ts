/**
 * JQL date operands: literals ("2026-01-31", "2026/01/31 10:00"), periods relative to now ("-30d",
 * "4w 2d") and the date functions (now(), startOfDay(), endOfMonth(-1), startOfMonth("+14d") …).
 * Jira evaluates them in the time zone of the user who searches: "2026-01-31" is midnight there and
 * startOfDay() is the start of that user's day. Weeks start on Sunday, as in Jira's default locale.
 * https://support.atlassian.com/jira-software-cloud/docs/jql-functions/
 * https://support.atlassian.com/jira-software-cloud/docs/jql-fields/ (created: "the date ... in the
 * time zone of the user")
 */
import { TZDate } from '@date-fns/tz';
import {
  addMinutes, addHours, addDays, addWeeks, addMonths, addYears,
  endOfDay, endOfMonth, endOfWeek, endOfYear, startOfDay, startOfMonth, startOfWeek, startOfYear,
} from 'date-fns';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

export type DateOutcome = { ok: true; ms: number } | { ok: false; error: string };

type CalendarUnit = 'y' | 'M' | 'w' | 'd' | 'h' | 'm';
type Period = 'd' | 'w' | 'M' | 'y';

interface DateFunction {
  /** Null for now(), which takes no increment. */
  period: Period | null;
  edge: 'start' | 'end' | 'now';
}

const DATE_FUNCTIONS: Record<string, DateFunction> = {
  now: { period: null, edge: 'now' },
  startofday: { period: 'd', edge: 'start' },
  endofday: { period: 'd', edge: 'end' },
  startofweek: { period: 'w', edge: 'start' },
  endofweek: { period: 'w', edge: 'end' },
  startofmonth: { period: 'M', edge: 'start' },
  endofmonth: { period: 'M', edge: 'end' },
  startofyear: { period: 'y', edge: 'start' },
  endofyear: { period: 'y', edge: 'end' },
};

export function isDateFunction(name: string): boolean {
  return Object.hasOwn(DATE_FUNCTIONS, name.toLowerCase());
}

export const DATE_FUNCTION_NAMES = Object.keys(DATE_FUNCTIONS);

const VALID_DATE_FORMATS = "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', "
  + "or a period format e.g. '-5d', '4w 2d'.";

export function invalidDateMessage(value: string, fieldName: string): string {
  return `Date value '${value}' for field '${fieldName}' is invalid. ${VALID_DATE_FORMATS}`;
}

/** The same for a date in a history predicate (`status CHANGED AFTER "x"`). */
export function invalidPredicateDateMessage(value: string, predicate: string): string {
  return `Date value '${value}' for predicate '${predicate}' is invalid. ${VALID_DATE_FORMATS}`;
}

/** A date literal (in `timeZone`) or a period relative to `now`, as epoch milliseconds; null when it is neither. */
export function parseDateValue(value: string, now: Date, timeZone: string): number | null {
  return parseDateLiteral(value, timeZone) ?? parsePeriod(value, now);
}

/** "2026-01-31" or "2026/01/31 10:00" as that wall-clock time in `timeZone`. */
export function parseDateLiteral(value: string, timeZone: string): number | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  const valid = check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day
    && hour < 24 && minute < 60;
  return valid ? new TZDate(year, month - 1, day, hour, minute, timeZone).getTime() : null;
}

function parsePeriod(value: string, now: Date): number | null {
  const m = /^([-+])?\s*((?:\d+\s*[wdhm]\s*)+)$/i.exec(value.trim());
  if (!m) return null;
  const unitMs: Record<string, number> = { w: WEEK, d: DAY, h: HOUR, m: MINUTE };
  let total = 0;
  for (const part of m[2].matchAll(/(\d+)\s*([wdhm])/gi)) total += Number(part[1]) * unitMs[part[2].toLowerCase()];
  return now.getTime() + (m[1] === '-' ? -total : total);
}

/** Evaluates a date function such as startOfMonth(-1) or endOfDay("+1d") against `now`, in `timeZone`. */
export function evaluateDateFunction(name: string, args: string[], now: Date, timeZone: string): DateOutcome {
  const fn = DATE_FUNCTIONS[name.toLowerCase()];
  if (!fn) return { ok: false, error: `Unable to find JQL function '${name}()'.` };
  const maxArgs = fn.period === null ? 0 : 1;
  if (args.length > maxArgs) {
    return { ok: false, error: `Function '${name}' expected '${maxArgs}' arguments but received '${args.length}'.` };
  }
  if (fn.period === null || fn.edge === 'now') return { ok: true, ms: now.getTime() };
  const zoned = new TZDate(now.getTime(), timeZone);
  if (args.length === 0) return { ok: true, ms: edgeOf(zoned, fn.period, fn.edge).getTime() };

  const inc = /^([-+])?(\d+)([yMwdhm])?$/.exec(args[0].trim());
  if (!inc) {
    return { ok: false, error: `Duration for function '${name}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.` };
  }
  const amount = Number(inc[2]) * (inc[1] === '-' ? -1 : 1);
  const unit = (inc[3] ?? fn.period) as CalendarUnit;
  if (unit === fn.period) return { ok: true, ms: edgeOf(shift(zoned, amount, unit), fn.period, fn.edge).getTime() };
  return { ok: true, ms: shift(edgeOf(zoned, fn.period, fn.edge), amount, unit).getTime() };
}

/**
 * A date written without a time ("2026-01-31"), as that whole day in `timeZone`: [midnight, next
 * midnight) in epoch ms, 23 or 25 hours long on a daylight-saving change. Null for anything else.
 */
export function zonedDaySpan(value: string, timeZone: string): { start: number; end: number } | null {
  if (!/^\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}\s*$/.test(value)) return null;
  const start = parseDateLiteral(value, timeZone);
  return start === null ? null : { start, end: addDays(new TZDate(start, timeZone), 1).getTime() };
}

/** Midnight, in `timeZone`, of a date-only value such as a due date ("2026-03-01"). */
export function startOfZonedDay(day: string, timeZone: string): number | null {
  return parseDateLiteral(day, timeZone);
}

function edgeOf(date: TZDate, period: Period, edge: 'start' | 'end'): TZDate {
  const start = edge === 'start';
  switch (period) {
    case 'd': return start ? startOfDay(date) : endOfDay(date);
    case 'w': return start ? startOfWeek(date, { weekStartsOn: 0 }) : endOfWeek(date, { weekStartsOn: 0 });
    case 'M': return start ? startOfMonth(date) : endOfMonth(date);
    case 'y': return start ? startOfYear(date) : endOfYear(date);
  }
}

/** Calendar arithmetic in the date's zone; months and years keep the day of month, clamped to the month's length. */
function shift(date: TZDate, amount: number, unit: CalendarUnit): TZDate {
  switch (unit) {
    case 'm': return addMinutes(date, amount);
    case 'h': return addHours(date, amount);
    case 'd': return addDays(date, amount);
    case 'w': return addWeeks(date, amount);
    case 'M': return addMonths(date, amount);
    case 'y': return addYears(date, amount);
  }
}
