/**
 * The resolver keys the gadget calls, each with its payload and result type from the metrics
 * contract (src/contracts/metrics.ts), and the typed invoker over them (static/shared).
 */
import type {
  ListProjectsPayload, ListProjectsResult, MetricsJobPayload, MetricsJobResult, ProjectMetricsPayload, ProjectMetricsResult,
} from '../../../src/contract';
import { createInvoker } from '../../shared/src/invoke-resolver';

export interface GadgetContract {
  listProjects: { payload: ListProjectsPayload; result: ListProjectsResult };
  getProjectMetrics: { payload: ProjectMetricsPayload; result: ProjectMetricsResult };
  getMetricsJob: { payload: MetricsJobPayload; result: MetricsJobResult };
}

export const invokeGadget = createInvoker<GadgetContract>();
