/**
 * The resolver keys the gadget calls (from the metrics contract, src/contracts/metrics.ts) and the
 * shared typed invoker over just those keys, so the gadget calls nothing else.
 */
import type { MetricsContract } from '../../../src/contract';
import { createInvoker } from '../../shared/src/invoke-resolver';

export type GadgetContract = Pick<MetricsContract, 'listProjects' | 'getProjectMetrics'>;

export const invokeGadget = createInvoker<GadgetContract>();
