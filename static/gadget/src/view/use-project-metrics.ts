/**
 * Fetches a project's figures (getProjectMetrics) and, when the resolver sent the work to the
 * queue (status "running"), polls getMetricsJob until the figures are there or the job failed.
 * `refresh` asks for a recomputation (payload `refresh: true`) while the current figures stay on
 * screen; `retry` repeats the last request after an error.
 */
import { useCallback, useEffect, useState } from 'react';
import { ERROR_CODES, type ErrorCode, type MetricsJobProgress, type MetricsJobResult, type ProjectMetrics, type ProjectMetricsPayload } from '../../../../src/contract';
import { toUiError, UiError } from '../../../shared/src/ui-error';
import { invokeGadget } from '../gadget-invoke';

export const METRICS_POLL_MS = 1500;

export type MetricsRequest = Omit<ProjectMetricsPayload, 'refresh'>;

export interface ProjectMetricsState {
  /** The latest figures for this request (kept on screen while refreshing). */
  metrics: ProjectMetrics | null;
  /** Set while the background job runs. */
  job: { progress: MetricsJobProgress; startedAt: string } | null;
  error: UiError | null;
  /** A call or a job is under way. */
  busy: boolean;
  refresh: () => void;
  retry: () => void;
}

interface Shown {
  requestKey: string;
  metrics: ProjectMetrics | null;
  job: ProjectMetricsState['job'];
  error: UiError | null;
  busy: boolean;
}

function jobError(result: Extract<MetricsJobResult, { status: 'failed' }>): UiError {
  const code: ErrorCode = (ERROR_CODES as readonly string[]).includes(result.error.code) ? result.error.code as ErrorCode : 'INTERNAL';
  return new UiError(code, result.error.message || 'Computing the figures failed.', undefined, 'getMetricsJob');
}

export function useProjectMetrics(request: MetricsRequest, pollMs = METRICS_POLL_MS): ProjectMetricsState {
  const requestKey = JSON.stringify(request);
  const [run, setRun] = useState({ attempt: 0, refresh: false });
  const [shown, setShown] = useState<Shown>({ requestKey, metrics: null, job: null, error: null, busy: true });

  useEffect(() => {
    const payload: ProjectMetricsPayload = { ...(JSON.parse(requestKey) as MetricsRequest), ...(run.refresh ? { refresh: true } : {}) };
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = (change: Partial<Shown>) => {
      if (!live) return;
      setShown((previous) => ({
        ...(previous.requestKey === requestKey ? previous : { metrics: null, job: null, error: null, busy: true }),
        ...change,
        requestKey,
      }));
    };
    const fail = (key: string) => (error: unknown) => update({ error: toUiError(error, key), job: null, busy: false });
    const poll = (jobId: string) => {
      timer = setTimeout(() => {
        invokeGadget('getMetricsJob', { jobId }).then(settle, fail('getMetricsJob'));
      }, pollMs);
    };
    const settle = (result: MetricsJobResult) => {
      if (!live) return;
      if (result.status === 'ready') {
        update({ metrics: result, job: null, error: null, busy: false });
      } else if (result.status === 'running') {
        update({ job: { progress: result.progress, startedAt: result.startedAt }, error: null, busy: true });
        poll(result.jobId);
      } else {
        update({ error: jobError(result), job: null, busy: false });
      }
    };

    update({ error: null, busy: true });
    invokeGadget('getProjectMetrics', payload).then(settle, fail('getProjectMetrics'));
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [requestKey, run, pollMs]);

  const refresh = useCallback(() => setRun((r) => ({ attempt: r.attempt + 1, refresh: true })), []);
  const retry = useCallback(() => setRun((r) => ({ attempt: r.attempt + 1, refresh: r.refresh })), []);
  const current = shown.requestKey === requestKey ? shown : { metrics: null, job: null, error: null, busy: true };
  return { metrics: current.metrics, job: current.job, error: current.error, busy: current.busy, refresh, retry };
}
