/**
 * Time helpers shared by the rules: Jira writes timestamps with `+0000` offsets, the document stores
 * UTC `…Z`; due dates are calendar dates compared as YYYY-MM-DD strings.
 */
import { utcDayOf } from '../dates';

/** Converts any ISO-8601 timestamp to UTC `…Z`, or null when absent or unreadable. */
export function toUtcIso(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The UTC calendar date (YYYY-MM-DD) of an instant. */
export const utcDate = (instant: Date | string): string => utcDayOf(instant);
