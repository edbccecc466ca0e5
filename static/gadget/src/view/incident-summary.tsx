/**
 * The period's incidents by post-mortem status, and the mean times to detect and resolve when
 * there were enough incidents to call them MTTD / MTTR.
 */
import type { ProjectMetrics } from '../../../../src/contracts/metrics';
import { plural } from './computed-ago';
import { StatSection, type Stat } from './stat-list';

/** "2 h 5 min", "3 d 4 h", "45 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : plural(days, 'day');
}

export function IncidentSummary({ incidents }: { incidents: ProjectMetrics['incidents'] }) {
  const stats: Stat[] = [
    { label: 'Incidents', value: incidents.total, testId: 'incidents-total' },
    { label: 'Post-mortem complete', value: incidents.postmortemComplete, testId: 'incidents-complete' },
    { label: 'In progress', value: incidents.postmortemInProgress, testId: 'incidents-in-progress' },
    { label: 'No post-mortem', value: incidents.noPostmortem, alarming: incidents.noPostmortem > 0, testId: 'incidents-none' },
  ];
  if (incidents.mttdMinutes !== null) stats.push({ label: `MTTD (${incidents.mttdSampleSize})`, value: formatMinutes(incidents.mttdMinutes), testId: 'incidents-mttd' });
  if (incidents.mttrMinutes !== null) stats.push({ label: `MTTR (${incidents.mttrSampleSize})`, value: formatMinutes(incidents.mttrMinutes), testId: 'incidents-mttr' });
  return (
    <StatSection
      title="Incidents by post-mortem status"
      testId="incident-summary"
      empty={incidents.total === 0 ? 'No incidents were raised in this period.' : undefined}
      stats={stats}
    />
  );
}
