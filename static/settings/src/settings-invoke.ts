/**
 * The resolver keys the settings page calls (from the metrics contract, src/contracts/metrics.ts)
 * and the shared typed invoker over just those keys.
 */
import type { MetricsContract } from '../../../src/contract';
import { createInvoker } from '../../shared/src/invoke-resolver';

export type SettingsContract = Pick<MetricsContract, 'getSettings' | 'saveSettings' | 'saveXrayKey' | 'deleteXrayKey'>;

export const invokeSettings = createInvoker<SettingsContract>();
