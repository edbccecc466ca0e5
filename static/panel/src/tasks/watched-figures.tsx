/**
 * The follow-through of Metric monitoring items: for each, the figure it watches since the incident
 * (getWatchedFigures, one read for all of them) and whether its target has been met since.
 */
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import { useMemo } from 'react';
import type { ActionItem, Watch, WatchedFigure } from '../../../../src/domain/postmortem';
import { ErrorState } from '../../../shared/src/error-state';
import { LoadingState } from '../../../shared/src/loading-state';
import { useInvoke } from '../../../shared/src/use-invoke';
import { watchVerdict } from '../model/watch';

type Watching = ActionItem & { watch: Watch };

export function WatchedFigures({ items }: { items: readonly ActionItem[] }) {
  const watching = items.filter((item): item is Watching => item.type === 'metric-monitoring' && item.watch !== undefined);
  const figures = useMemo(() => [...new Set(watching.map((item) => item.watch.figure))].sort() as WatchedFigure[], [watching.map((i) => i.watch.figure).join()]); // eslint-disable-line react-hooks/exhaustive-deps
  const payload = useMemo(() => ({ figures }), [figures]);
  const { data, error, loading, reload } = useInvoke('getWatchedFigures', payload, { enabled: figures.length > 0 });
  if (watching.length === 0) return null;
  let body;
  if (error) body = <ErrorState error={error} title="The watched figures couldn’t be read" onRetry={reload} />;
  else if (!data && loading) body = <LoadingState label="Reading the watched figures since the incident…" />;
  else if (data) {
    body = (
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') }}>
        {watching.map((item) => {
          const verdict = watchVerdict(item.watch, data.figures.find((f) => f.figure === item.watch.figure), data.since);
          return (
            <li key={item.id} data-testid="watched-figure" data-action-id={item.id} data-met={verdict.met === null ? 'unknown' : String(verdict.met)}
              style={{ border: `1px solid ${token('color.border')}`, borderRadius: token('radius.small', '3px'), padding: token('space.100') }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: token('space.100'), flexWrap: 'wrap' }}>
                <strong>{item.title || 'Metric monitoring'}</strong>
                <Lozenge appearance={verdict.met === true ? 'success' : verdict.met === false ? 'removed' : 'default'}>
                  {verdict.met === true ? 'Target met' : verdict.met === false ? 'Not met yet' : 'No data yet'}
                </Lozenge>
              </div>
              <div style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>{verdict.title}, since {data.since}</div>
              <ul style={{ margin: `${token('space.050')} 0 0`, paddingInlineStart: token('space.250') }}>
                {verdict.values.map((line) => <li key={line}>{line}</li>)}
              </ul>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <section aria-labelledby="watched-figures-title" data-testid="watched-figures" style={{ marginBlockStart: token('space.200') }}>
      <h3 id="watched-figures-title" style={{ font: token('font.heading.xsmall'), margin: `0 0 ${token('space.100')}` }}>Figures watched</h3>
      {body}
    </section>
  );
}
