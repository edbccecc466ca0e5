/** An action item's Jira task as the panel shows it: key (a link), status lozenge, and whether it is overdue. */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ActionItem } from '../../../../src/domain/postmortem';
import { issueUrl, usePanelEnv } from '../editor/panel-env';

const APPEARANCE = { new: 'default', indeterminate: 'inprogress', done: 'success' } as const;

export function isOverdue(item: ActionItem, today: string): boolean {
  return Boolean(item.dueDate && item.dueDate < today && item.taskStatusCategory !== 'done');
}

export function TaskStatus({ item }: { item: ActionItem }) {
  const env = usePanelEnv();
  if (!item.taskKey) {
    return <span style={{ color: token('color.text.subtlest') }}>{item.createError ? `Not created: ${item.createError}` : 'No Jira task yet'}</span>;
  }
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: token('space.075'), flexWrap: 'wrap' }}>
      <a href={issueUrl(env, item.taskKey)} target="_top">{item.taskKey}</a>
      <Lozenge appearance={APPEARANCE[item.taskStatusCategory ?? 'new']}>{item.taskStatus ?? 'Unknown'}</Lozenge>
      {isOverdue(item, env.today) ? <Lozenge appearance="removed" isBold>Overdue</Lozenge> : null}
    </span>
  );
}
