/**
 * The post-mortem at a glance, laid out like Jira's own details fields: a label on the left, the
 * value on the right; overdue in the danger colour; then one line on what to do next and where.
 */
import Button from '@atlaskit/button/new';
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import type { PostmortemStatusView } from '../../../src/contract';
import { guidanceOf, STATUS_TEXT } from './guidance';

const APPEARANCE: Record<PostmortemStatusView['status'], ThemeAppearance> = {
  'not-started': 'default',
  draft: 'default',
  'in-progress': 'inprogress',
  complete: 'success',
};

function Field({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: '112px 1fr', gap: token('space.100'), padding: `${token('space.050')} 0` }}>
      <dt style={{ margin: 0, padding: 0, color: token('color.text.subtle'), font: token('font.body.small') }}>{label}</dt>
      <dd style={{ margin: 0 }} data-testid={testId}>{children}</dd>
    </div>
  );
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function StatusSummary({ view, onRefresh }: { view: PostmortemStatusView; onRefresh: () => void }) {
  const { actions } = view;
  const guidance = guidanceOf(view);
  return (
    <section aria-label={`Post-mortem of ${view.incident.key}`} data-testid="postmortem-status" data-status={view.status}
      style={{ padding: `${token('space.050')} ${token('space.100')}`, font: token('font.body') }}>
      <dl style={{ margin: 0, padding: 0 }}>
        <Field label="Status" testId="status">
          <Lozenge appearance={APPEARANCE[view.status]}>{STATUS_TEXT[view.status]}</Lozenge>
        </Field>
        {view.status !== 'not-started' && (
          <Field label="Stage" testId="stage">
            {view.status === 'complete' ? 'Follow-through' : view.stage.label}
            <span style={{ color: token('color.text.subtlest') }}> · {view.stagesComplete} of {view.stagesTotal} stages complete</span>
          </Field>
        )}
        {actions.total > 0 && (
          <Field label="Action items" testId="actions">
            <span>{actions.open} open</span>
            {actions.overdue > 0 && (
              <span style={{ color: token('color.text.danger'), fontWeight: token('font.weight.semibold') }}> · {actions.overdue} overdue</span>
            )}
            <span> · {actions.done} done</span>
            {actions.withoutTask > 0 && (
              <div style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>{plural(actions.withoutTask, 'item has', 'items have')} no Jira task yet</div>
            )}
          </Field>
        )}
        {view.updated && (
          <Field label="Last saved" testId="updated">
            {new Date(view.updated.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
            {view.updated.by ? ` by ${view.updated.by}` : ''}
          </Field>
        )}
      </dl>
      <p data-testid="guidance" style={{ margin: `${token('space.150')} 0 ${token('space.100')}`, color: token('color.text.subtle') }}>{guidance}</p>
      <Button appearance="subtle" spacing="compact" onClick={onRefresh}>Refresh</Button>
    </section>
  );
}
