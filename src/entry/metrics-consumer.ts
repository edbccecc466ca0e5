/**
 * The `metrics-jobs` queue consumer (manifest: function metrics-consumer-fn, 900 s): computes a
 * queued project-metrics job as the app, since no user is present, recording progress and the
 * result in Forge storage for the gadget to read. @forge/events 2 and later call a consumer as a
 * plain function with an AsyncEvent whose `body` is what was pushed.
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/
 */
import type { AsyncEvent } from '@forge/events';
import { runMetricsJob, type MetricsServiceDeps } from '../services/metrics';

export interface MetricsConsumerOutcome {
  status: string;
}

export function buildMetricsConsumer(deps: () => Partial<MetricsServiceDeps> = () => ({})) {
  return async (event: AsyncEvent): Promise<MetricsConsumerOutcome> => {
    const jobId = (event.body as { metricsJobId?: unknown } | undefined)?.metricsJobId;
    if (typeof jobId !== 'string') {
      console.warn('A metrics-jobs event without a metricsJobId was ignored');
      return { status: 'unknown' };
    }
    return { status: await runMetricsJob(jobId, deps()) };
  };
}

export const metricsConsumer = buildMetricsConsumer();
