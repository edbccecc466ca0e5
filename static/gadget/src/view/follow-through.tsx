/** Action-item follow-through: how many of the post-mortems' tasks are open, overdue, done and cancelled, and how fast they get done. */
import type { ProjectMetrics } from '../../../../src/contracts/metrics';
import { plural } from './computed-ago';
import { formatPercent } from './palette';
import { StatSection } from './stat-list';

export function FollowThrough({ actionItems }: { actionItems: ProjectMetrics['actionItems'] }) {
  const { total, open, overdue, done, cancelled, completionRate, medianDaysToDone } = actionItems;
  return (
    <StatSection
      title="Action-item follow-through"
      testId="follow-through"
      empty={total === 0 ? 'No post-mortem action items were created in this period.' : undefined}
      stats={[
        { label: 'Open', value: open, testId: 'actions-open' },
        { label: 'Overdue', value: overdue, alarming: overdue > 0, testId: 'actions-overdue' },
        { label: 'Done', value: done, testId: 'actions-done' },
        // Closed as Won't Do, Duplicate or another invalid resolution: not done (older cached results have none).
        { label: 'Cancelled', value: cancelled ?? 0, testId: 'actions-cancelled' },
        { label: 'Completion', value: completionRate === null ? 'No data' : formatPercent(completionRate), testId: 'actions-completion' },
        {
          label: 'Median time to done',
          value: medianDaysToDone === null ? 'No data' : plural(Math.round(medianDaysToDone * 10) / 10, 'day'),
          testId: 'actions-median',
        },
      ]}
    />
  );
}
