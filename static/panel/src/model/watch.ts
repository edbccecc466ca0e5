/**
 * A Metric monitoring item's watch against what getWatchedFigures found since the incident: each
 * value in words, and whether the target has been met since (by any release since, for a test
 * figure; over the days since, for a defect rate). No value is "not known yet", never a miss.
 */
import type { WatchedFigureValues } from '../../../../src/contract';
import { meetsWatchedTarget, WATCHED_FIGURE_DIRECTION, WATCHED_FIGURE_LABELS, type Watch } from '../../../../src/domain/postmortem';
import { formatRate } from './defect-trends';

export interface WatchVerdict {
  /** "Defect leakage rate, target at most 10%". */
  title: string;
  /** Each value since the incident, or why there is none. */
  values: string[];
  /** true: met since the incident; false: not yet; null: nothing to judge. */
  met: boolean | null;
}

export function watchVerdict(watch: Watch, found: WatchedFigureValues | undefined, since: string): WatchVerdict {
  const title = `${WATCHED_FIGURE_LABELS[watch.figure]}, target ${WATCHED_FIGURE_DIRECTION[watch.figure] === 'atMost' ? 'at most' : 'at least'} ${formatRate(watch.target)}`;
  if (!found) return { title, values: ['Not read yet.'], met: null };
  if (found.note) return { title, values: [found.note], met: null };
  const rates = found.period
    ? [{ label: `Defects created ${found.period.from} to ${found.period.to}`, rate: found.period.rate }]
    : found.releases.map((r) => ({ label: `Release ${r.release}`, rate: r.rate }));
  const verdicts = rates.map((r) => meetsWatchedTarget(watch.figure, r.rate, watch.target));
  const met = verdicts.includes(true) ? true : verdicts.includes(false) ? false : null;
  return {
    title,
    values: rates.length === 0 ? [`Nothing to measure since ${since}.`] : rates.map((r) => `${r.label}: ${r.rate === null ? 'no data' : formatRate(r.rate)}`),
    met,
  };
}
