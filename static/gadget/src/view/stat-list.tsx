/**
 * A titled row of small labelled figures (action items, incidents), used by the gadget's lower
 * sections, with a sentence instead when there is nothing to count.
 */
import type { ReactNode } from 'react';
import { palette, space } from './palette';

export interface Stat {
  label: string;
  value: ReactNode;
  /** Shown red: e.g. overdue action items. */
  alarming?: boolean;
  testId?: string;
}

export function StatSection({ title, stats, empty, testId, children }: {
  title: string;
  stats: Stat[];
  /** When set, shown instead of the figures. */
  empty?: string;
  testId: string;
  children?: ReactNode;
}) {
  const titleId = `${testId}-title`;
  return (
    <section aria-labelledby={titleId} data-testid={testId} style={{ marginTop: space.s300 }}>
      <h3 id={titleId} style={{ margin: `0 0 ${space.s100}`, fontSize: '14px', fontWeight: 600, color: palette.text }}>{title}</h3>
      {empty ? <p style={{ margin: 0, color: palette.subtlest }}>{empty}</p> : (
        <dl style={{ display: 'flex', flexWrap: 'wrap', gap: space.s200, margin: 0, padding: 0 }}>
          {stats.map((stat) => (
            <div key={stat.label} data-testid={stat.testId} style={{ minWidth: '88px' }}>
              <dt style={{ color: palette.subtlest, fontSize: '12px' }}>{stat.label}</dt>
              <dd style={{ margin: 0, fontSize: '20px', fontWeight: 600, color: stat.alarming ? palette.danger : palette.text }}>{stat.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {children}
    </section>
  );
}
