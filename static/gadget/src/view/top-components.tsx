/** The components that let the most defects escape in the period, with each one's leakage rate. */
import type { ProjectMetrics } from '../../../../src/contracts/metrics';
import { formatPercent, palette, space } from './palette';

export function TopComponents({ components }: { components: ProjectMetrics['topComponents'] }) {
  const leaking = components.filter((c) => c.leakage.escaped > 0);
  const most = Math.max(1, ...leaking.map((c) => c.leakage.escaped));
  return (
    <section aria-labelledby="top-components-title" data-testid="top-components" style={{ marginTop: space.s300 }}>
      <h3 id="top-components-title" style={{ margin: `0 0 ${space.s100}`, fontSize: '14px', fontWeight: 600, color: palette.text }}>
        Top components by escaped defects
      </h3>
      {leaking.length === 0 ? <p style={{ margin: 0, color: palette.subtlest }}>No defect escaped to production in this period.</p> : (
        <ol style={{
          listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'minmax(80px, max-content) minmax(60px, 1fr) max-content',
          columnGap: space.s150, rowGap: space.s100, alignItems: 'center',
        }}>
          {leaking.map((c) => (
            <li key={c.key || 'none'} data-testid="top-component" style={{ display: 'contents' }}>
              <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={c.label}>{c.label}</span>
              <span aria-hidden="true" style={{ background: palette.progressTrack, borderRadius: '3px', height: '8px' }}>
                <span style={{ display: 'block', height: '100%', borderRadius: '3px', width: `${(c.leakage.escaped / most) * 100}%`, background: palette.dangerBar }} />
              </span>
              <span style={{ color: palette.subtle, whiteSpace: 'nowrap' }}>
                {c.leakage.escaped} escaped of {c.leakage.defects}{c.leakage.rate === null ? '' : ` (${formatPercent(c.leakage.rate)})`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
