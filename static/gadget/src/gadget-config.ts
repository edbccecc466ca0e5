/**
 * The gadget's configuration as Jira keeps it (`view.submit(config)` in the edit view, read back
 * from `context.extension.gadgetConfiguration`): which project, which period, which grouping.
 * Stored flat and readable, e.g. `{"projectKey": "QA", "period": "last-12-months", "groupBy": "release"}`
 * or `{"projectKey": "QA", "period": "custom", "from": "2026-01-01", "to": "2026-03-31", "groupBy": "month"}`.
 * Anything else read back (an older or hand-edited configuration) counts as "not configured".
 *
 * "Last N months" means whole calendar months: the current month and the N - 1 before it, up to
 * today, so a monthly trend shows exactly N points and none of them starts mid-month.
 */
import { format, parseISO, startOfMonth, subMonths } from 'date-fns';
import { METRICS_GROUP_BY, type MetricsGroupBy } from '../../../src/contracts/vocabulary';
import { isCalendarDay as isDay } from '../../../src/domain/metrics/dates';

export const PERIOD_PRESETS = [3, 6, 12] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export type PeriodChoice =
  | { kind: 'last-months'; months: PeriodPreset }
  | { kind: 'custom'; from: string; to: string };

export interface GadgetConfig {
  projectKey: string;
  period: PeriodChoice;
  groupBy: MetricsGroupBy;
}

export const GROUP_BY_LABELS: Record<MetricsGroupBy, string> = {
  month: 'Month',
  release: 'Release found in (affects version)',
  fixVersion: 'Release fixed in (fix version)',
  component: 'Component',
};

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/;

/** A real calendar day written `YYYY-MM-DD` (the metrics domain's own check). */
export function isCalendarDay(value: unknown): value is string {
  return typeof value === 'string' && isDay(value);
}

function presetOf(value: unknown): PeriodPreset | null {
  const match = typeof value === 'string' ? /^last-(\d+)-months$/.exec(value) : null;
  const months = match ? Number(match[1]) : NaN;
  return (PERIOD_PRESETS as readonly number[]).includes(months) ? (months as PeriodPreset) : null;
}

/** The configuration Jira gave back, or null when the gadget has not been (validly) configured. */
export function parseGadgetConfig(raw: Record<string, unknown> | undefined | null): GadgetConfig | null {
  if (!raw) return null;
  const { projectKey, period, groupBy, from, to } = raw;
  if (typeof projectKey !== 'string' || !PROJECT_KEY.test(projectKey)) return null;
  if (typeof groupBy !== 'string' || !(METRICS_GROUP_BY as readonly string[]).includes(groupBy)) return null;
  let choice: PeriodChoice | null = null;
  if (period === 'custom' && isCalendarDay(from) && isCalendarDay(to) && from <= to) choice = { kind: 'custom', from, to };
  const months = presetOf(period);
  if (months !== null) choice = { kind: 'last-months', months };
  if (!choice) return null;
  return { projectKey, period: choice, groupBy: groupBy as MetricsGroupBy };
}

/** What the edit view submits: the flat, readable form parseGadgetConfig reads. */
export function serializeGadgetConfig(config: GadgetConfig): Record<string, string> {
  const { projectKey, period, groupBy } = config;
  return period.kind === 'custom'
    ? { projectKey, period: 'custom', from: period.from, to: period.to, groupBy }
    : { projectKey, period: `last-${period.months}-months`, groupBy };
}

/** The calendar day of a moment in the browser's time zone. */
export function dayOf(moment: Date): string {
  return format(moment, 'yyyy-MM-dd');
}

/** The whole days the period covers on `today`, both included. */
export function periodDates(period: PeriodChoice, today: Date): { from: string; to: string } {
  if (period.kind === 'custom') return { from: period.from, to: period.to };
  return { from: dayOf(startOfMonth(subMonths(today, period.months - 1))), to: dayOf(today) };
}

/** "12 Jan 2026" for a calendar day. */
export function formatDay(day: string): string {
  return format(parseISO(day), 'd MMM yyyy');
}

export function describePeriod(period: PeriodChoice): string {
  return period.kind === 'custom' ? `${formatDay(period.from)} – ${formatDay(period.to)}` : `Last ${period.months} months`;
}
