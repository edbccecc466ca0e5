/**
 * Stage 7, Follow-through: the action items' Jira tasks until all are done, including after the
 * incident is closed; fix-validation items must be done before the post-mortem counts as closed out.
 */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { ACTION_ITEM_TYPE_LABELS } from '../../../../src/domain/postmortem';
import { StageHeader } from '../components/stage-header';
import { usePanelEnv } from '../editor/panel-env';
import { formatDate } from '../model/zoned-time';
import type { StageProps } from './stage-props';
import { isOverdue, TaskStatus } from './task-status';

export function FollowThroughStage({ doc, state, headingId }: StageProps) {
  const { today } = usePanelEnv();
  const items = doc.actionItems;
  const withTask = items.filter((a) => a.taskKey);
  const done = items.filter((a) => a.taskStatusCategory === 'done').length;
  const overdue = items.filter((a) => isOverdue(a, today)).length;
  const cell = { padding: `${token('space.075')} ${token('space.100')}`, borderBlockEnd: `1px solid ${token('color.border')}`, textAlign: 'start' as const, verticalAlign: 'top' as const };

  return (
    <div>
      <StageHeader id={headingId} title="Follow-through" complete={state.complete} missing={state.missing}
        intro="The action items’ tasks, until every one is done. Fix-validation items must be done before the post-mortem is closed out." />
      {items.length === 0 ? <p style={{ color: token('color.text.subtle') }}>No action items yet; add them in the Action items stage.</p> : (
        <>
          <p data-testid="follow-through-summary" style={{ margin: `0 0 ${token('space.100')}` }}>
            {done} of {items.length} done · {withTask.length} with a Jira task{overdue ? ` · ${overdue} overdue` : ''}
          </p>
          <div style={{ overflowX: 'auto' }}>
            <table style={{ borderCollapse: 'collapse', width: '100%' }}>
              <thead>
                <tr>{['Action item', 'Owner', 'Due', 'Task'].map((h) => (
                  <th key={h} scope="col" style={{ ...cell, font: token('font.body.small'), fontWeight: token('font.weight.semibold'), color: token('color.text.subtle') }}>{h}</th>
                ))}</tr>
              </thead>
              <tbody>
                {items.map((item, i) => (
                  <tr key={item.id} data-testid="follow-through-item">
                    <td style={cell}>
                      <div>{item.title || `Action item ${i + 1}`}</div>
                      {item.type ? <Lozenge appearance={item.type === 'fix-validation' ? 'moved' : 'default'}>{ACTION_ITEM_TYPE_LABELS[item.type]}</Lozenge> : null}
                    </td>
                    <td style={cell}>{item.ownerDisplayName ?? <span style={{ color: token('color.text.subtlest') }}>No owner</span>}</td>
                    <td style={{ ...cell, whiteSpace: 'nowrap' }}>{formatDate(item.dueDate) || '—'}</td>
                    <td style={cell}><TaskStatus item={item} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
