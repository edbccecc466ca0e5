/**
 * Jira renders times as `2026-01-17T07:34:00.000-0500` (Java's `yyyy-MM-dd'T'HH:mm:ss.SSSZ`), not
 * JavaScript's `...Z`, with a zone offset. The REST intro says top-level timestamps come "in ISO 8601
 * format, in the system default user time zone"; which zone a site uses is not the app's to know, so
 * the emulator takes the stricter reading and answers in the zone of the user who asks (their
 * profile's zone; an app's account uses UTC): times of one issue then differ in offset between users
 * and the app must compare instants, never strings. The model keeps ISO-8601 UTC strings; these
 * helpers convert at the edges.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#timestamps
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** A model time (ISO-8601) in Jira's wire format, in `timeZone` (UTC by default). */
export function toJiraTime(iso: string, timeZone?: string): string;
export function toJiraTime(iso: string | null, timeZone?: string): string | null;
export function toJiraTime(iso: string | null, timeZone = 'UTC'): string | null {
  if (iso === null) return null;
  return format(new TZDate(Date.parse(iso), timeZone), "yyyy-MM-dd'T'HH:mm:ss.SSSxx");
}

/** Parses any ISO-8601 time (with `Z`, `+0000` or `+00:00`) into the model's canonical form; null when invalid. */
export function normalizeTime(input: unknown): string | null {
  if (typeof input !== 'string' || input.trim() === '') return null;
  const withColon = input.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(withColon);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (Jira's date-only fields such as duedate). */
export function isIsoDay(input: unknown): input is string {
  if (typeof input !== 'string') return false;
  const m = DAY.exec(input);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === input;
}

/** The later of two model times. */
export function laterOf(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
