/**
 * Where an item and its Jira task no longer agree (src/domain/actions/task-drift.ts): each field with
 * both values, a way to take the task's value into the post-mortem (it was changed in Jira on
 * purpose, say), and what the last "Update tasks" run could not write, field by field.
 */
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { ActionTaskStatus, TaskUpdateOutcome } from '../../../../src/contract';
import { SYNCED_FIELD_LABELS, taskDrift, type TaskFieldDrift } from '../../../../src/domain/actions/task-drift';
import { ACTION_ITEM_PRIORITIES, type ActionItem } from '../../../../src/domain/postmortem';
import { usePanelEnv } from '../editor/panel-env';

/** The fields where `item` and its live task differ; none until the task has been read with its summary. */
export function driftOf(item: ActionItem, live: ActionTaskStatus | undefined): TaskFieldDrift[] {
  if (!item.taskKey || !live || live.taskKey !== item.taskKey || live.summary === undefined) return [];
  return taskDrift(item, { summary: live.summary, assignee: live.assignee, dueDate: live.dueDate, priority: live.priority ?? null });
}

/** The item's patch that takes the task's value of `field`. */
function takeTaskValue(field: TaskFieldDrift['field'], live: ActionTaskStatus): Partial<ActionItem> | null {
  switch (field) {
    case 'title': return live.summary ? { title: live.summary } : null;
    case 'owner': return live.assignee ? { ownerAccountId: live.assignee.accountId, ownerDisplayName: live.assignee.displayName } : null;
    case 'dueDate': return live.dueDate ? { dueDate: live.dueDate } : null;
    case 'priority': {
      const p = live.priority;
      return p && (ACTION_ITEM_PRIORITIES as readonly string[]).includes(p) ? { priority: p as ActionItem['priority'] } : null;
    }
  }
}

const shown = (value: string | null) => (value ? `“${value}”` : 'nothing');

export function TaskDriftNotice({ item, live, drift, outcome, onTake }: {
  item: ActionItem;
  live: ActionTaskStatus;
  drift: TaskFieldDrift[];
  outcome: TaskUpdateOutcome | undefined;
  onTake: (patch: Partial<ActionItem>) => void;
}) {
  const { readOnly } = usePanelEnv();
  const problems = outcome?.problems ?? [];
  if (drift.length === 0 && problems.length === 0) return null;
  return (
    <div data-testid="task-drift" role="group" aria-label={`Differences from ${live.taskKey}`}
      style={{ margin: `0 0 ${token('space.150')}`, padding: `${token('space.075')} ${token('space.100')}`, borderInlineStart: `3px solid ${token('color.border.warning')}`, background: token('color.background.warning') }}>
      {drift.length > 0 ? (
        <>
          <p style={{ margin: `0 0 ${token('space.050')}`, fontWeight: token('font.weight.medium'), color: token('color.text') }}>
            Not on {live.taskKey} yet{readOnly ? '' : ': choose Update tasks below to write these to the task'}
          </p>
          <ul style={{ margin: 0, paddingInlineStart: token('space.200') }}>
            {drift.map((d) => {
              const take = takeTaskValue(d.field, live);
              const problem = problems.find((p) => p.field === d.field);
              return (
                <li key={d.field} data-field={d.field} style={{ marginBlockEnd: token('space.050'), color: token('color.text') }}>
                  {SYNCED_FIELD_LABELS[d.field]}: here {shown(d.item)}, on {live.taskKey} {shown(d.task)}
                  {!readOnly && take ? (
                    <Button spacing="compact" appearance="subtle" onClick={() => onTake(take)}>Use {live.taskKey}’s</Button>
                  ) : null}
                  {problem ? <div data-testid="task-update-problem" style={{ color: token('color.text.danger') }}>{problem.message}</div> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {problems.filter((p) => !drift.some((d) => d.field === p.field)).map((p) => (
        <p key={p.field} data-testid="task-update-problem" style={{ margin: 0, color: token('color.text.danger') }}>{p.message}</p>
      ))}
      {item.taskKey && outcome?.status === 'failed' && problems.length === 0 ? (
        <p style={{ margin: 0, color: token('color.text.danger') }}>{item.taskKey} could not be updated.</p>
      ) : null}
    </div>
  );
}

/** "Update tasks": how many tasks differ from their items, the button, and how the last run went. */
export function UpdateTasksBar({ differing, busy, phase, message, updated, onUpdate }: {
  differing: number;
  busy: boolean;
  phase: 'idle' | 'saving' | 'updating' | 'finished' | 'failed';
  message: string | null;
  updated: number;
  onUpdate: () => void;
}) {
  const { readOnly } = usePanelEnv();
  if (readOnly || (differing === 0 && phase === 'idle')) return null;
  const status = phase === 'saving' ? 'Saving your changes first…'
    : phase === 'updating' ? 'Updating the tasks in Jira…'
      : phase === 'failed' ? `The tasks could not be updated: ${message ?? 'Jira did not answer.'}`
        : phase === 'finished' ? `${updated} task${updated === 1 ? '' : 's'} updated in Jira.${differing ? ` ${differing} still differ${differing === 1 ? 's' : ''}.` : ''}`
          : `${differing} task${differing === 1 ? ' differs' : 's differ'} from ${differing === 1 ? 'its item' : 'their items'}.`;
  return (
    <div data-testid="update-tasks-bar" style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap', margin: `${token('space.150')} 0` }}>
      {differing > 0 ? <Button onClick={onUpdate} isDisabled={busy}>Update tasks in Jira</Button> : null}
      <span role="status" style={{ color: phase === 'failed' ? token('color.text.danger') : token('color.text.subtle') }}>{status}</span>
    </div>
  );
}
