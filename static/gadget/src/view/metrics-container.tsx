/**
 * The gadget's view for a configured gadget: works out the period from the configuration and
 * today, asks for the figures, and owns the states around them: loading, an error with Retry, and
 * the figures (a refresh, running or failed, keeps the last figures on screen, under its error).
 */
import { useEffect, useMemo, useState } from 'react';
import { ErrorState } from '../../../shared/src/error-state';
import { LoadingState } from '../../../shared/src/loading-state';
import { periodDates, type GadgetConfig } from '../gadget-config';
import { loadTrendChart, MetricsView } from './metrics-view';
import { useNow } from './use-now';
import { useProjectMetrics, type MetricsRequest } from './use-project-metrics';
import { space } from './palette';

export function MetricsContainer({ config }: { config: GadgetConfig }) {
  useEffect(loadTrendChart, []);
  const [today] = useState(() => new Date());
  const request = useMemo<MetricsRequest>(
    () => ({ projectKey: config.projectKey, ...periodDates(config.period, today), groupBy: config.groupBy }),
    [config, today],
  );
  const { metrics, error, busy, refresh, retry } = useProjectMetrics(request);
  const now = useNow();

  if (!metrics) {
    if (error) return <ErrorState error={error} title={`The figures for ${config.projectKey} could not be loaded`} onRetry={retry} />;
    return <LoadingState label={`Loading the quality metrics of ${config.projectKey}…`} />;
  }
  return (
    <>
      {error ? (
        <div style={{ marginBottom: space.s200 }}>
          <ErrorState error={error} title="Refreshing the figures failed; these are the last ones computed" onRetry={retry} />
        </div>
      ) : null}
      <MetricsView metrics={metrics} config={config} now={now} refreshing={busy} onRefresh={refresh} />
    </>
  );
}
