/**
 * The "Create tasks" button of the Action items stage with what it is doing and what it did: a
 * spinner while the changes are saved and the tasks made ("Creating 3 tasks…"), then a summary,
 * or why nothing was created. Disabled, with the reason beside it, for people who may only read
 * and when there is nothing to create. Pressing it again retries the items that failed.
 */
import { useId } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { runSummary, type TaskCreationRun } from '../model/task-creation';

export interface CreateTasksBarProps {
  run: TaskCreationRun;
  busy: boolean;
  /** Items without a task (the ones a press makes tasks for). */
  pending: number;
  total: number;
  /** Set when the viewer may not create tasks: why. */
  refusal: string | null;
  /** Where the tasks go, e.g. "Task in QA"; null until known. */
  destination: string | null;
  onCreate: () => void;
}

function progressText(run: TaskCreationRun): string {
  if (run.phase === 'saving') return 'Saving your changes…';
  return `Creating ${run.count} task${run.count === 1 ? '' : 's'}…`;
}

function hintOf({ pending, total, refusal, destination }: CreateTasksBarProps): string {
  if (refusal) return refusal;
  if (total === 0) return 'Add an action item first.';
  if (pending === 0) return 'Every action item has its Jira task.';
  const items = `${pending} action item${pending === 1 ? '' : 's'} without a task`;
  return `${items}: each becomes ${destination ? `a ${destination}` : 'a Jira task'}, assigned to its owner and due on its due date.`;
}

export function CreateTasksBar(props: CreateTasksBarProps) {
  const { run, busy, pending, refusal, onCreate } = props;
  const hintId = useId();
  const disabled = Boolean(refusal) || pending === 0 || busy;
  const failed = Object.values(run.outcomes).some((o) => o.status === 'failed');
  return (
    <div data-testid="create-tasks" data-phase={run.phase}
      style={{ borderBlockStart: `1px solid ${token('color.border')}`, paddingBlockStart: token('space.150'), marginBlockStart: token('space.150') }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.150'), flexWrap: 'wrap' }}>
        <Button appearance="primary" isDisabled={disabled} onClick={onCreate} aria-describedby={hintId} testId="create-tasks-button">
          Create tasks
        </Button>
        <span id={hintId} data-testid="create-tasks-hint" style={{ color: token('color.text.subtle'), flex: '1 1 16rem' }}>{hintOf(props)}</span>
      </div>
      <div role="status" aria-live="polite" style={{ marginBlockStart: token('space.100') }}>
        {run.phase === 'saving' || run.phase === 'creating' ? (
          <span data-testid="create-tasks-progress" style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.100') }}>
            <Spinner size="medium" label={progressText(run)} />
            <span>{progressText(run)}</span>
          </span>
        ) : null}
        {run.phase === 'finished' ? (
          <div data-testid="create-tasks-summary">
            <SectionMessage appearance={failed ? 'warning' : 'success'} title={failed ? 'Some tasks weren’t created' : 'Tasks created'}>
              <p>{runSummary(run)}</p>
            </SectionMessage>
          </div>
        ) : null}
      </div>
      {run.phase === 'failed' && run.failure ? (
        <div role="alert" data-testid="create-tasks-error" style={{ marginBlockStart: token('space.100') }}>
          <SectionMessage appearance="error" title={run.failure.title}>
            <p>{run.failure.message}</p>
          </SectionMessage>
        </div>
      ) : null}
    </div>
  );
}
