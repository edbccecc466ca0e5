/**
 * An action item's Jira task in one line: its key (a link to it), its status as a lozenge coloured
 * by status category, the assignee, the due date, and "Overdue" in red when it is late.
 */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { formatDate } from '../model/zoned-time';
import type { TaskView } from '../model/task-view';
import { IssueLink } from './issue-link';

const APPEARANCE = { new: 'default', indeterminate: 'inprogress', done: 'success' } as const;

export function StatusLozenge({ task }: { task: TaskView }) {
  return (
    <span data-testid="task-status" data-status-category={task.statusCategory ?? 'unknown'}>
      <Lozenge appearance={task.statusCategory ? APPEARANCE[task.statusCategory] : 'default'}>{task.status ?? 'Status not read yet'}</Lozenge>
    </span>
  );
}

export function OverdueMark() {
  return <span data-testid="task-overdue"><Lozenge appearance="removed" isBold>Overdue</Lozenge></span>;
}

/** The due date, in red when the task is overdue. */
export function TaskDueDate({ task }: { task: TaskView }) {
  const text = formatDate(task.dueDate) || 'No due date';
  return (
    <span data-testid="task-due" style={task.overdue ? { color: token('color.text.danger'), fontWeight: token('font.weight.semibold') } : undefined}>
      {text}
    </span>
  );
}

/** Key, status, and (unless `compact`) assignee and due date, with Overdue when late. */
export function TaskState({ task, compact = false }: { task: TaskView; compact?: boolean }) {
  const subtle = { color: token('color.text.subtle') };
  return (
    <span data-testid="task-state" data-task-key={task.key}
      style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.100'), flexWrap: 'wrap' }}>
      <IssueLink issueKey={task.key} testId="task-link" />
      <StatusLozenge task={task} />
      {compact ? null : (
        <>
          <span><span style={subtle}>Assignee </span><span data-testid="task-assignee">{task.assignee ?? 'Unassigned'}</span></span>
          <span><span style={subtle}>Due </span><TaskDueDate task={task} /></span>
        </>
      )}
      {task.overdue ? <OverdueMark /> : null}
    </span>
  );
}
