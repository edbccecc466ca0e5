/** A bordered block for one item in a list (a why, an action item, a probe), titled for screen readers. */
import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

export interface ItemCardProps {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  labelledBy?: string;
  testId?: string;
}

export function ItemCard({ title, actions, children, labelledBy, testId }: ItemCardProps) {
  return (
    <section
      aria-labelledby={labelledBy}
      data-testid={testId}
      style={{
        border: `1px solid ${token('color.border')}`, borderRadius: token('radius.medium'),
        padding: `${token('space.100')} ${token('space.150')} ${token('space.050')}`, marginBlockEnd: token('space.150'),
        background: token('elevation.surface'),
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100'), marginBlockEnd: token('space.075'), minHeight: 24 }}>
        <div style={{ flex: 1, minWidth: 0, fontWeight: token('font.weight.semibold') }}>{title}</div>
        {actions}
      </div>
      {children}
    </section>
  );
}
