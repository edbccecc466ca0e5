/**
 * Fetches a project's figures (getProjectMetrics: one call, computed as the viewer or answered from
 * their cache; there is no background job to poll). `refresh` asks for a recomputation (payload
 * `refresh: true`) while the current figures stay on screen; `retry` repeats the last request after
 * an error.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ProjectMetrics, ProjectMetricsPayload, ProjectMetricsResult } from '../../../../src/contract';
import { toUiError, type UiError } from '../../../shared/src/ui-error';
import { invokeGadget } from '../gadget-invoke';

export type MetricsRequest = Omit<ProjectMetricsPayload, 'refresh'>;

export interface ProjectMetricsState {
  /** The latest figures for this request (kept on screen while refreshing). */
  metrics: ProjectMetrics | null;
  error: UiError | null;
  /** A call is under way. */
  busy: boolean;
  refresh: () => void;
  retry: () => void;
}

interface Shown {
  requestKey: string;
  metrics: ProjectMetrics | null;
  error: UiError | null;
  busy: boolean;
}

export function useProjectMetrics(request: MetricsRequest): ProjectMetricsState {
  const requestKey = JSON.stringify(request);
  const [run, setRun] = useState({ attempt: 0, refresh: false });
  const [shown, setShown] = useState<Shown>({ requestKey, metrics: null, error: null, busy: true });

  useEffect(() => {
    const payload: ProjectMetricsPayload = { ...(JSON.parse(requestKey) as MetricsRequest), ...(run.refresh ? { refresh: true } : {}) };
    let live = true;
    const update = (change: Partial<Shown>) => {
      if (!live) return;
      setShown((previous) => ({
        ...(previous.requestKey === requestKey ? previous : { metrics: null, error: null, busy: true }),
        ...change,
        requestKey,
      }));
    };
    update({ error: null, busy: true });
    invokeGadget('getProjectMetrics', payload).then(
      (result: ProjectMetricsResult) => update({ metrics: result, error: null, busy: false }),
      (error: unknown) => update({ error: toUiError(error, 'getProjectMetrics'), busy: false }),
    );
    return () => {
      live = false;
    };
  }, [requestKey, run]);

  const refresh = useCallback(() => setRun((r) => ({ attempt: r.attempt + 1, refresh: true })), []);
  const retry = useCallback(() => setRun((r) => ({ attempt: r.attempt + 1, refresh: r.refresh })), []);
  const current = shown.requestKey === requestKey ? shown : { metrics: null, error: null, busy: true };
  return { metrics: current.metrics, error: current.error, busy: current.busy, refresh, retry };
}
