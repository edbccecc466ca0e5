/**
 * Stage 7, Follow-through: the action items' Jira tasks until all are done, including after the
 * incident is closed, with their live status, assignee and due date (getPostmortem reads them from
 * Jira in one search) and overdue ones in red; fix-validation items must be done before the
 * post-mortem counts as closed out. Metric monitoring items show the figure they watch since the
 * incident and whether it meets their target.
 */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { ACTION_ITEM_TYPE_LABELS } from '../../../../src/domain/postmortem';
import { StageHeader } from '../components/stage-header';
import { usePanelEnv } from '../editor/panel-env';
import { fixValidationText, followThroughCounts, taskViewOf, type LiveTasks } from '../model/task-view';
import { formatDate } from '../model/zoned-time';
import { OverdueMark, StatusLozenge, TaskDueDate } from '../tasks/task-state';
import { IssueLink } from '../tasks/issue-link';
import { WatchedFigures } from '../tasks/watched-figures';
import type { StageProps } from './stage-props';

export interface FollowThroughStageProps extends StageProps {
  liveTasks: LiveTasks;
}

export function FollowThroughStage({ doc, state, headingId, liveTasks }: FollowThroughStageProps) {
  const { today } = usePanelEnv();
  const items = doc.actionItems;
  const counts = followThroughCounts(items, liveTasks, today);
  const fixText = fixValidationText(counts);
  const fixDone = counts.fixValidation.done === counts.fixValidation.total;
  const cell = { padding: `${token('space.075')} ${token('space.100')}`, borderBlockEnd: `1px solid ${token('color.border')}`, textAlign: 'start' as const, verticalAlign: 'top' as const };
  const muted = { color: token('color.text.subtlest') };

  return (
    <div>
      <StageHeader id={headingId} title="Follow-through" complete={state.complete} missing={state.missing}
        intro="The action items’ tasks, until every one is done. Fix-validation items must be done before the post-mortem is closed out." />
      {items.length === 0 ? <p style={{ color: token('color.text.subtle') }}>No action items yet; add them in the Action items stage.</p> : (
        <>
          <p data-testid="follow-through-summary" style={{ margin: `0 0 ${token('space.050')}` }}>
            <strong>{counts.done} of {counts.total} done</strong>
            {' · '}{counts.open} open
            {' · '}<span data-testid="follow-through-overdue" style={counts.overdue ? { color: token('color.text.danger'), fontWeight: token('font.weight.semibold') } : undefined}>{counts.overdue} overdue</span>
            {counts.withoutTask ? ` · ${counts.withoutTask} without a Jira task yet` : ''}
          </p>
          {fixText ? (
            <p data-testid="follow-through-fix-validation" data-done={fixDone}
              style={{ margin: `0 0 ${token('space.100')}`, color: fixDone ? token('color.text.success') : token('color.text.warning') }}>
              {fixText}
            </p>
          ) : null}
          <div style={{ overflowX: 'auto' }}>
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>{['Action item', 'Task', 'Status', 'Assignee', 'Due'].map((h) => (
                  <th key={h} scope="col" style={{ ...cell, font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>{h}</th>
                ))}</tr>
              </thead>
              <tbody>
                {items.map((item, i) => {
                  const task = taskViewOf(item, liveTasks, today);
                  return (
                    <tr key={item.id} data-testid="follow-through-item" data-action-id={item.id} data-task-key={task?.key ?? ''}
                      data-status-category={task?.statusCategory ?? 'none'} data-overdue={task?.overdue ?? false}>
                      <td style={cell}>
                        <div>{item.title || `Action item ${i + 1}`}</div>
                        {item.type ? <Lozenge appearance={item.type === 'fix-validation' ? 'moved' : 'default'}>{ACTION_ITEM_TYPE_LABELS[item.type]}</Lozenge> : null}
                      </td>
                      <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                        {task ? <IssueLink issueKey={task.key} testId="task-link" /> : <span style={muted}>{item.createError ? 'Not created' : 'No task yet'}</span>}
                      </td>
                      <td style={cell}>
                        {task ? (
                          <span style={{ display: 'inline-flex', gap: token('space.075'), flexWrap: 'wrap' }}>
                            <StatusLozenge task={task} />
                            {task.overdue ? <OverdueMark /> : null}
                          </span>
                        ) : <span style={muted}>—</span>}
                      </td>
                      <td style={cell} data-testid="follow-through-assignee">
                        {task ? task.assignee ?? <span style={muted}>Unassigned</span> : item.ownerDisplayName ?? <span style={muted}>No owner</span>}
                      </td>
                      <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                        {task ? <TaskDueDate task={task} /> : formatDate(item.dueDate) || '—'}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <WatchedFigures items={items} />
        </>
      )}
    </div>
  );
}
