/** Makes Xray Cloud (the sandbox's emulator, the demo API key) the QA project's test source, as its administrator would. */
import { defaultSettings } from '../../src/domain/metrics';
import { DEMO_XRAY_API_KEY } from '../../sandbox/xray/demo-runs';
import type { Sandbox } from './sandbox';

const SETTINGS_PAGE = 'qa-postmortem-settings';
const PROJECT_CONTEXT = { project: { key: 'QA', id: '10000', type: 'software' } };

export async function useXraySource(sb: Sandbox): Promise<void> {
  const key = await sb.invoke<{ ok: boolean }>('alice', SETTINGS_PAGE, 'saveXrayKey',
    { clientId: DEMO_XRAY_API_KEY.clientId, clientSecret: DEMO_XRAY_API_KEY.clientSecret, region: 'global' }, PROJECT_CONTEXT);
  if (!key.body.ok) throw new Error(`saveXrayKey: ${JSON.stringify(key.body)}`);
  const settings = { ...defaultSettings(), tests: { ...defaultSettings().tests, source: 'xray' } };
  const saved = await sb.invoke<{ ok: boolean }>('alice', SETTINGS_PAGE, 'saveSettings', { settings }, PROJECT_CONTEXT);
  if (!saved.body.ok) throw new Error(`saveSettings: ${JSON.stringify(saved.body)}`);
}
