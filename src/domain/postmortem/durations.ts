/**
 * Per-incident durations from the gather stage (DESIGN.md section 4): time to detect and time to
 * resolve, in whole minutes. Only averages over many incidents are called MTTD / MTTR, elsewhere.
 */
import type { Gather } from './document';

type Times = Pick<Gather, 'startedAt' | 'detectedAt' | 'resolvedAt'>;

function minutesBetween(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const ms = Date.parse(to) - Date.parse(from);
  if (Number.isNaN(ms) || ms < 0) return null;
  return Math.round(ms / 60_000);
}

/** startedAt → detectedAt; null when either is missing or detection is before the start. */
export function timeToDetectMinutes(times: Times): number | null {
  return minutesBetween(times.startedAt, times.detectedAt);
}

/** startedAt (or detectedAt when the start is unknown) → resolvedAt; null when missing or negative. */
export function timeToResolveMinutes(times: Times): number | null {
  return minutesBetween(times.startedAt ?? times.detectedAt, times.resolvedAt);
}

export interface IncidentDurations {
  timeToDetectMinutes: number | null;
  timeToResolveMinutes: number | null;
}

export function incidentDurations(times: Times): IncidentDurations {
  return { timeToDetectMinutes: timeToDetectMinutes(times), timeToResolveMinutes: timeToResolveMinutes(times) };
}

/** "45 min", "3 h 5 min", "2 d 4 h": how the summary comment shows a duration. */
export function formatMinutes(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
  return `${mins} min`;
}
