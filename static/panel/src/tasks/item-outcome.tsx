/**
 * What the last "Create tasks" did to one action item, next to it: created (with the key), found
 * from an earlier attempt, or failed with Jira's reason, which is kept on the item until a retry works.
 */
import { token } from '@atlaskit/tokens';
import type { ActionItemCreateOutcome } from '../../../../src/contract';
import { IssueLink } from './issue-link';

export interface ItemOutcomeProps {
  outcome: ActionItemCreateOutcome | undefined;
  /** The error recorded on the item by an earlier attempt. */
  storedError: string | undefined;
  /** The key of the task shown next to this line already, if any (then it is not repeated). */
  shownKey: string | null;
}

export function ItemOutcome({ outcome, storedError, shownKey }: ItemOutcomeProps) {
  const line = { margin: `0 0 ${token('space.100')}`, font: token('font.body.small') };
  const key = (taskKey: string) => (taskKey === shownKey ? null : <> <IssueLink issueKey={taskKey} /></>);
  if (outcome?.status === 'created' && outcome.taskKey) {
    return (
      <p data-testid="item-outcome" data-outcome="created" data-task-key={outcome.taskKey} style={{ ...line, color: token('color.text.success') }}>
        Task created just now{key(outcome.taskKey)}
      </p>
    );
  }
  if (outcome?.status === 'existing' && outcome.taskKey) {
    return (
      <p data-testid="item-outcome" data-outcome="existing" data-task-key={outcome.taskKey} style={{ ...line, color: token('color.text.subtle') }}>
        Task already existed{key(outcome.taskKey)}: an earlier attempt made it, and it is linked now
      </p>
    );
  }
  const error = outcome?.status === 'failed' ? outcome.error ?? 'Jira gave no reason.' : storedError;
  if (!error) return null;
  return (
    <p data-testid="item-outcome" data-outcome="failed" role={outcome ? 'alert' : undefined} style={{ ...line, color: token('color.text.danger') }}>
      <span style={{ fontWeight: token('font.weight.semibold') }}>Not created:</span> {error}
    </p>
  );
}
