/** Action-item follow-through: how many of the post-mortems' tasks are open, overdue and done, and how fast they get done. */
import type { ProjectMetrics } from '../../../../src/contracts/metrics';
import { plural } from './computed-ago';
import { formatPercent } from './palette';
import { StatSection } from './stat-list';

export function FollowThrough({ actionItems }: { actionItems: ProjectMetrics['actionItems'] }) {
  const { total, open, overdue, done, completionRate, medianDaysToDone } = actionItems;
  return (
    <StatSection
      title="Action-item follow-through"
      testId="follow-through"
      empty={total === 0 ? 'No post-mortem action items were created in this period.' : undefined}
      stats={[
        { label: 'Open', value: open, testId: 'actions-open' },
        { label: 'Overdue', value: overdue, alarming: overdue > 0, testId: 'actions-overdue' },
        { label: 'Done', value: done, testId: 'actions-done' },
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
