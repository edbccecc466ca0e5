/**
 * Incidents of a period by post-mortem status, and how long they took to detect and resolve.
 * Per incident these are "time to detect" and "time to resolve"; only an average over at least two
 * incidents is called MTTD / MTTR (DESIGN.md section 4): one incident is an anecdote, not a mean.
 */
import { timeToDetectMinutes, timeToResolveMinutes } from '../postmortem/durations';
import { assertPeriod, calendarDayOf, isWithinPeriod, type Period } from './dates';
import type { IncidentRecord } from './records';

/** Fewer incidents with a value than this and MTTD / MTTR are null. */
export const MIN_INCIDENTS_FOR_MEAN = 2;

export interface IncidentDurationRow {
  key: string;
  /** startedAt -> detectedAt, whole minutes; null when a time is missing or the order is impossible. */
  timeToDetectMinutes: number | null;
  /** startedAt (or detectedAt when the start is unknown) -> resolvedAt, whole minutes; null likewise. */
  timeToResolveMinutes: number | null;
}

export interface IncidentSummary {
  total: number;
  postmortemComplete: number;
  /** A post-mortem document exists and is not complete (draft or in progress). */
  postmortemInProgress: number;
  noPostmortem: number;
  incidents: IncidentDurationRow[];
  /** Mean time to detect in whole minutes, over the incidents that have one; null under MIN_INCIDENTS_FOR_MEAN. */
  mttdMinutes: number | null;
  mttrMinutes: number | null;
  /** How many incidents each mean is taken over. */
  mttdSampleSize: number;
  mttrSampleSize: number;
}

/** The per-incident rule is the post-mortem's own (domain/postmortem/durations.ts), so panel and gadget agree. */
export function durationsOfIncident(incident: IncidentRecord): IncidentDurationRow {
  return {
    key: incident.key,
    timeToDetectMinutes: timeToDetectMinutes(incident),
    timeToResolveMinutes: timeToResolveMinutes(incident),
  };
}

/** The mean in whole minutes, or null for fewer than MIN_INCIDENTS_FOR_MEAN values. */
export function meanMinutes(values: readonly number[]): number | null {
  if (values.length < MIN_INCIDENTS_FOR_MEAN) return null;
  return Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/** The incidents created in the period (all when none is given). */
export function summarizeIncidents(incidents: readonly IncidentRecord[], period?: Period): IncidentSummary {
  if (period) assertPeriod(period);
  const summary: IncidentSummary = {
    total: 0, postmortemComplete: 0, postmortemInProgress: 0, noPostmortem: 0, incidents: [],
    mttdMinutes: null, mttrMinutes: null, mttdSampleSize: 0, mttrSampleSize: 0,
  };
  const detect: number[] = [];
  const resolve: number[] = [];
  for (const incident of incidents) {
    if (period && !isWithinPeriod(calendarDayOf(incident.created), period)) continue;
    summary.total += 1;
    if (incident.postmortemStatus === null) summary.noPostmortem += 1;
    else if (incident.postmortemStatus === 'complete') summary.postmortemComplete += 1;
    else summary.postmortemInProgress += 1;
    const durations = durationsOfIncident(incident);
    summary.incidents.push(durations);
    if (durations.timeToDetectMinutes !== null) detect.push(durations.timeToDetectMinutes);
    if (durations.timeToResolveMinutes !== null) resolve.push(durations.timeToResolveMinutes);
  }
  summary.mttdMinutes = meanMinutes(detect);
  summary.mttrMinutes = meanMinutes(resolve);
  summary.mttdSampleSize = detect.length;
  summary.mttrSampleSize = resolve.length;
  return summary;
}
