/**
 * "Today" as the viewer sees it: an action item due today is not overdue for someone whose day has
 * not ended yet. Falls back to UTC when the time zone is missing or unknown.
 */

function isoDateIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The calendar date (YYYY-MM-DD) at `now` in `timeZone`. */
export function viewerToday(now: Date, timeZone?: string): string {
  if (timeZone) {
    try {
      return isoDateIn(timeZone, now);
    } catch {
      // an unknown zone name: use UTC below
    }
  }
  return now.toISOString().slice(0, 10);
}
