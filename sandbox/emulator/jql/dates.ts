/**
 * JQL date operands: literals ("2026-01-31", "2026/01/31 10:00"), periods relative to now ("-30d",
 * "4w 2d") and the date functions (now(), startOfDay(), endOfMonth(-1), startOfMonth("+14d") …).
 * The emulator interprets every date in UTC; weeks start on Sunday, as in Jira's default locale.
 * https://support.atlassian.com/jira-software-cloud/docs/jql-functions/
 */

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

export function invalidDateMessage(value: string, fieldName: string): string {
  return `Date value '${value}' for field '${fieldName}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', `
    + "'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";
}

/** A date literal or a period relative to `now`, as epoch milliseconds; null when it is neither. */
export function parseDateValue(value: string, now: Date): number | null {
  return parseDateLiteral(value) ?? parsePeriod(value, now);
}

export function parseDateLiteral(value: string): number | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number);
  const ms = Date.UTC(year, month - 1, day, hour, minute);
  const d = new Date(ms);
  const valid = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    && hour < 24 && minute < 60;
  return valid ? ms : null;
}

function parsePeriod(value: string, now: Date): number | null {
  const m = /^([-+])?\s*((?:\d+\s*[wdhm]\s*)+)$/i.exec(value.trim());
  if (!m) return null;
  const unitMs: Record<string, number> = { w: WEEK, d: DAY, h: HOUR, m: MINUTE };
  let total = 0;
  for (const part of m[2].matchAll(/(\d+)\s*([wdhm])/gi)) total += Number(part[1]) * unitMs[part[2].toLowerCase()];
  return now.getTime() + (m[1] === '-' ? -total : total);
}

/** Evaluates a date function such as startOfMonth(-1) or endOfDay("+1d") against `now`. */
export function evaluateDateFunction(name: string, args: string[], now: Date): DateOutcome {
  const fn = DATE_FUNCTIONS[name.toLowerCase()];
  if (!fn) return { ok: false, error: `Unable to find JQL function '${name}()'.` };
  const maxArgs = fn.period === null ? 0 : 1;
  if (args.length > maxArgs) {
    return { ok: false, error: `Function '${name}' expected '${maxArgs}' arguments but received '${args.length}'.` };
  }
  if (fn.period === null || fn.edge === 'now') return { ok: true, ms: now.getTime() };
  if (args.length === 0) return { ok: true, ms: edgeOf(now.getTime(), fn.period, fn.edge) };

  const inc = /^([-+])?(\d+)([yMwdhm])?$/.exec(args[0].trim());
  if (!inc) {
    return { ok: false, error: `Duration for function '${name}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.` };
  }
  const amount = Number(inc[2]) * (inc[1] === '-' ? -1 : 1);
  const unit = (inc[3] ?? fn.period) as CalendarUnit;
  if (unit === fn.period) return { ok: true, ms: edgeOf(shift(now.getTime(), amount, unit), fn.period, fn.edge) };
  return { ok: true, ms: shift(edgeOf(now.getTime(), fn.period, fn.edge), amount, unit) };
}

/** Midnight UTC of the day that contains `ms`: how date-only fields such as duedate compare. */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

function edgeOf(ms: number, period: Period, edge: 'start' | 'end'): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  let start: number;
  let next: number;
  switch (period) {
    case 'd':
      start = startOfUtcDay(ms);
      next = start + DAY;
      break;
    case 'w':
      start = startOfUtcDay(ms) - d.getUTCDay() * DAY;
      next = start + WEEK;
      break;
    case 'M':
      start = Date.UTC(y, mo, 1);
      next = Date.UTC(y, mo + 1, 1);
      break;
    case 'y':
      start = Date.UTC(y, 0, 1);
      next = Date.UTC(y + 1, 0, 1);
      break;
  }
  return edge === 'start' ? start : next - 1;
}

/** Calendar arithmetic in UTC; months and years keep the day of month, clamped to the month's length. */
function shift(ms: number, amount: number, unit: CalendarUnit): number {
  switch (unit) {
    case 'm':
      return ms + amount * MINUTE;
    case 'h':
      return ms + amount * HOUR;
    case 'd':
      return ms + amount * DAY;
    case 'w':
      return ms + amount * WEEK;
    case 'M':
    case 'y': {
      const d = new Date(ms);
      const months = d.getUTCFullYear() * 12 + d.getUTCMonth() + (unit === 'M' ? amount : amount * 12);
      const year = Math.floor(months / 12);
      const month = months - year * 12;
      const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
      const timeOfDay = ms - startOfUtcDay(ms);
      return Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) + timeOfDay;
    }
  }
}
