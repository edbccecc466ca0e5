/**
 * Times in the viewer's time zone, stored in UTC (DESIGN.md section 2, stage 2). The panel shows
 * and edits wall-clock time in the zone of the viewer's Jira profile (the Forge context's
 * `timezone`, else the browser's), and writes `toISOString()` instants. Intl does the zone rules,
 * so daylight-saving changes are handled without a time-zone library.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

export interface WallTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, 24-hour */
  time: string;
}

/**
 * Intl.DateTimeFormat objects, made once per locale, zone and options: making one costs the browser
 * about a millisecond (far more for the first with a zone), and a screen of dates asks for hundreds.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, made);
  }
  return made;
}

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return formatter('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  });
}

function wallParts(ms: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const p = wallParts(whole, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

const knownZones = new Map<string, boolean>();

/** Whether Intl knows the zone (it refuses to format in one it does not), asked once per zone. */
function isKnownZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      partsFormatter(zone);
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

let browserZone: string | undefined;

/** A valid IANA zone: the one given if Intl knows it, else the browser's, else UTC. */
export function resolveTimeZone(candidate?: string | null): string {
  if (candidate && isKnownZone(candidate)) return candidate;
  browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return browserZone && isKnownZone(browserZone) ? browserZone : 'UTC';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The wall-clock date and time of a UTC instant in a zone; null for an unreadable instant. */
export function utcToWallTime(iso: string | null | undefined, timeZone: string): WallTime | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const p = wallParts(ms, timeZone);
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/**
 * The UTC instant (ISO, `Z`) of a wall-clock date and time in a zone; null when either is not
 * well formed. A time skipped by a daylight-saving change resolves to the offset after it.
 */
export function wallTimeToUtc(date: string, time: string, timeZone: string): string | null {
  const d = DATE_RE.exec(date);
  const t = TIME_RE.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asIfUtc).getUTCDate() !== day) return null;
  const first = asIfUtc - zoneOffsetMs(asIfUtc, timeZone);
  const second = asIfUtc - zoneOffsetMs(first, timeZone);
  return new Date(second).toISOString();
}

/** "+01:00": the zone's UTC offset at an instant, as ISO-8601 writes it. */
export function offsetString(ms: number, timeZone: string): string {
  const minutes = Math.round(zoneOffsetMs(ms, timeZone) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The viewer's calendar date (YYYY-MM-DD) at an instant. */
export function todayInZone(now: Date, timeZone: string): string {
  return (utcToWallTime(now.toISOString(), timeZone) as WallTime).date;
}

/** "20 Nov 2026, 14:30" in the zone; empty for no time. */
export function formatDateTime(iso: string | null | undefined, timeZone: string, locale = 'en-GB'): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  return formatter(locale, {
    timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date(iso));
}

/** "20 Nov 2026" for a calendar date (YYYY-MM-DD), which has no zone. */
export function formatDate(date: string | null | undefined, locale = 'en-GB'): string {
  if (!date || !DATE_RE.test(date)) return '';
  return formatter(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
}

/** "Europe/London (GMT+1)": which zone the panel's times are in. */
export function timeZoneLabel(timeZone: string, at: Date): string {
  const name = formatter('en-US', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name ? `${timeZone} (${name})` : timeZone;
}
