/**
 * The `metrics-jobs` queue consumer (manifest: function metrics-consumer-fn, method
 * compute-project-metrics, 900 s): computes a queued project-metrics job as the app, since no user
 * is present, recording progress and the result in Forge storage for the gadget to poll.
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/
 */
import Resolver from '@forge/resolver';
import { runMetricsJob, type MetricsServiceDeps } from '../services/metrics';

export const COMPUTE_PROJECT_METRICS = 'compute-project-metrics';

export function buildMetricsConsumer(deps: () => Partial<MetricsServiceDeps> = () => ({})) {
  const resolver = new Resolver();
  resolver.define(COMPUTE_PROJECT_METRICS, async ({ payload }: { payload: Record<string, unknown> }) => {
    const jobId = payload.metricsJobId;
    if (typeof jobId !== 'string') {
      console.warn('A metrics-jobs event without a metricsJobId was ignored');
      return { status: 'unknown' };
    }
    return { status: await runMetricsJob(jobId, deps()) };
  });
  return resolver.getDefinitions();
}

export const metricsConsumer = buildMetricsConsumer();
