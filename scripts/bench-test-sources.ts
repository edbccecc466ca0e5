/**
 * `npm run bench:tests`: what each screen's test figures cost on the demo, through the local Forge
 * host, from the emulators' request logs: Jira calls and their rate-limit points, and Xray requests
 * (authentication included). One JSON line per screen and source:
 *   {"screen","source","jiraCalls","jiraPoints","xrayRequests","xrayAuthentications"}
 * Each screen is measured on a fresh sandbox, as a first view (no kept token, no kept figures).
 */
import { defaultSettings } from '../src/domain/metrics';
import { DEMO_XRAY_API_KEY } from '../sandbox/xray/demo-runs';
import { startSandbox, type Sandbox } from '../test/helpers/sandbox';

const SETTINGS_PAGE = 'qa-postmortem-settings';
const PROJECT_CONTEXT = { project: { key: 'QA', id: '10000', type: 'software' } };

interface Screen {
  name: string;
  run(sb: Sandbox): Promise<unknown>;
}

function panelContext(sb: Sandbox, key: string) {
  return { issue: { key, id: sb.emulator.store.issueByIdOrKey(key)?.id ?? '0' } };
}

async function ok(answer: Promise<{ status: number; body: unknown }>, what: string): Promise<void> {
  const { status, body } = await answer;
  if (status !== 200) throw new Error(`${what}: ${status} ${JSON.stringify(body).slice(0, 300)}`);
}

const SCREENS: Screen[] = [
  { name: 'gadget Tests section (latest release and the three before)', run: (sb) => ok(sb.invoke('alice', 'qa-metrics-gadget', 'getTestMetrics', { projectKey: 'QA' }), 'getTestMetrics') },
  { name: 'panel test probes of QA-3', run: (sb) => ok(sb.invoke('alice', 'qa-postmortem-panel', 'getIncidentTestCoverage', {}, panelContext(sb, 'QA-3')), 'getIncidentTestCoverage') },
  {
    name: 'panel watched figures of QA-1 (UAT pass rate, coverage)',
    run: (sb) => ok(sb.invoke('alice', 'qa-postmortem-panel', 'getWatchedFigures', { figures: ['requirementCoverage', 'uatPassRate'] }, panelContext(sb, 'QA-1')), 'getWatchedFigures'),
  },
  { name: 'settings page load', run: (sb) => ok(sb.invoke('alice', SETTINGS_PAGE, 'getSettings', {}, PROJECT_CONTEXT), 'getSettings') },
];

async function useXray(sb: Sandbox): Promise<void> {
  await ok(sb.invoke('alice', SETTINGS_PAGE, 'saveXrayKey', { clientId: DEMO_XRAY_API_KEY.clientId, clientSecret: DEMO_XRAY_API_KEY.clientSecret, region: 'global' }, PROJECT_CONTEXT), 'saveXrayKey');
  await ok(sb.invoke('alice', SETTINGS_PAGE, 'saveSettings', { settings: { ...defaultSettings(), tests: { ...defaultSettings().tests, source: 'xray' } } }, PROJECT_CONTEXT), 'saveSettings');
  // A first view: the token the key's check left is forgotten.
  await sb.host.runAs(null, async () => {
    const { kvs } = await import('@forge/kvs');
    await kvs.deleteSecret('xray:token:QA');
  });
}

async function measure(source: 'jira' | 'xray', screen: Screen): Promise<void> {
  const sb = await startSandbox();
  try {
    if (source === 'xray') await useXray(sb);
    const jiraStart = sb.emulator.requests.length;
    const xrayStart = sb.host.xray?.requests.length ?? 0;
    await screen.run(sb);
    const jira = sb.emulator.requests.slice(jiraStart);
    const xray = sb.host.xray?.requests.slice(xrayStart) ?? [];
    process.stdout.write(`${JSON.stringify({
      screen: screen.name, source,
      jiraCalls: jira.length, jiraPoints: jira.reduce((sum, e) => sum + e.points, 0),
      xrayRequests: xray.length, xrayAuthentications: xray.filter((r) => r.path.endsWith('/authenticate')).length,
    })}\n`);
  } finally {
    await sb.close();
  }
}

async function main(): Promise<void> {
  for (const source of ['jira', 'xray'] as const) {
    for (const screen of SCREENS) await measure(source, screen);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
