/**
 * The gadget's figures for one project and period: both rates against their targets with the
 * counts behind them, their trend by the chosen grouping, action-item follow-through, incidents by
 * post-mortem status and the leakiest components, with how old the figures are and a Refresh.
 * Presentational: everything comes in as props.
 */
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import type { ProjectMetrics } from '../../../../src/contracts/metrics';
import { describePeriod, formatDay, GROUP_BY_LABELS, type GadgetConfig } from '../gadget-config';
import { computedAgo } from './computed-ago';
import { FollowThrough } from './follow-through';
import { IncidentSummary } from './incident-summary';
import { palette, space } from './palette';
import { leakageBasis, RateFigure, reopenBasis } from './rate-figure';
import { TestFigures } from './test-figures';
import { TopComponents } from './top-components';
import { lazyPart, PartBoundary } from '../../../shared/src/lazy-part';

// chart.js is the gadget's heaviest part: it loads when there is a trend to draw.
const ChartPart = lazyPart(() => import('./trend-chart'), 'TrendChart');
const TrendChart = ChartPart.Component;

/** Starts loading the chart's code, for the container to call while the figures are being fetched. */
export const loadTrendChart = (): void => {
  void ChartPart.load().catch(() => undefined);
};

export interface MetricsViewProps {
  metrics: ProjectMetrics;
  config: GadgetConfig;
  now: Date;
  refreshing: boolean;
  onRefresh: () => void;
}

export function MetricsView({ metrics, config, now, refreshing, onRefresh }: MetricsViewProps) {
  const { leakage, reopen, targets } = metrics;
  const noDefects = leakage.defects === 0;
  return (
    <article data-testid="metrics-view" aria-busy={refreshing}>
      <header style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: space.s100, marginBottom: space.s200 }}>
        <div>
          <h2 data-testid="metrics-heading" style={{ margin: 0, fontSize: '16px', fontWeight: 600, color: palette.text }}>
            {metrics.projectKey} · {describePeriod(config.period)}
          </h2>
          <div style={{ color: palette.subtlest, fontSize: '12px' }}>
            {config.period.kind === 'custom' ? '' : `${formatDay(metrics.from)} – ${formatDay(metrics.to)} · `}by {GROUP_BY_LABELS[metrics.groupBy].toLowerCase()}
            {' · '}<span data-testid="time-zone" title="Days and months are read in your Jira time zone, as Jira reads dates in a search">days in {metrics.timeZone}</span>
          </div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: space.s100 }}>
          <span data-testid="computed-ago" title={`${new Date(metrics.computedAt).toLocaleString()}; ${metrics.jiraCalls} Jira requests`} style={{ color: palette.subtlest, fontSize: '12px' }}>
            {refreshing ? 'Refreshing…' : computedAgo(metrics.computedAt, now)}
          </span>
          <Button onClick={onRefresh} isLoading={refreshing} testId="refresh">Refresh</Button>
        </div>
      </header>

      <div style={{ display: 'flex', flexWrap: 'wrap', gap: space.s200 }}>
        <RateFigure
          title="Defect leakage rate"
          testId="leakage-figure"
          rate={leakage.rate}
          target={targets.leakageRate}
          met={targets.leakageMet}
          basis={leakageBasis(leakage.escaped, leakage.defects)}
          definition="Escaped defects ÷ defects created in the period (invalid resolutions excluded)"
        />
        <RateFigure
          title="Defect reopen rate"
          testId="reopen-figure"
          rate={reopen.rate}
          target={targets.reopenRate}
          met={targets.reopenMet}
          basis={reopenBasis(reopen.reopened, reopen.resolved, leakage.defects)}
          definition="Defects reopened after Done ÷ defects of the period resolved at least once"
        />
      </div>
      <p data-testid="reopens-in-period" title="Defects of any age moved from a Done status back to another status within the period; one defect counts once a month" style={{ margin: `${space.s100} 0 0`, color: palette.subtle, fontSize: '12px' }}>
        {metrics.reopensInPeriod.toLocaleString('en-US')} {metrics.reopensInPeriod === 1 ? 'reopen' : 'reopens'} happened in the period, of defects created at any time
      </p>

      <section aria-label="Trend" style={{ marginTop: space.s300 }}>
        <h3 style={{ margin: `0 0 ${space.s100}`, fontSize: '14px', fontWeight: 600, color: palette.text }}>
          Trend by {GROUP_BY_LABELS[metrics.groupBy].toLowerCase()}
        </h3>
        {noDefects || metrics.groups.length === 0 ? (
          <div data-testid="no-trend">
            <SectionMessage appearance="information" title="No defects in this period">
              <p>
                No defect of {metrics.projectKey}’s defect issue types was created between {formatDay(metrics.from)} and {formatDay(metrics.to)},
                so there is no rate to draw yet. Try a longer period, or check the defect issue types in the project’s QA post-mortem settings.
              </p>
            </SectionMessage>
          </div>
        ) : (
          <PartBoundary label="Loading the trend chart…">
            <TrendChart groups={metrics.groups} groupBy={metrics.groupBy} leakageTarget={targets.leakageRate} reopenTarget={targets.reopenRate} />
          </PartBoundary>
        )}
      </section>

      <TestFigures projectKey={metrics.projectKey} refreshedAt={metrics.computedAt} />
      <FollowThrough actionItems={metrics.actionItems} />
      <IncidentSummary incidents={metrics.incidents} />
      {noDefects ? null : <TopComponents components={metrics.topComponents} />}
    </article>
  );
}
