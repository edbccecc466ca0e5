/**
 * The resolver keys the settings page calls, each with its payload and result type from the
 * metrics contract (src/contracts/metrics.ts), and the typed invoker over them (static/shared).
 */
import type { GetSettingsPayload, SaveSettingsPayload, SaveSettingsResult, SettingsResult } from '../../../src/contract';
import { createInvoker } from '../../shared/src/invoke-resolver';

export interface SettingsContract {
  getSettings: { payload: GetSettingsPayload; result: SettingsResult };
  saveSettings: { payload: SaveSettingsPayload; result: SaveSettingsResult };
}

export const invokeSettings = createInvoker<SettingsContract>();
