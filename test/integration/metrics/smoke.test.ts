import { startSandbox, type Sandbox } from '../../helpers/sandbox';
let sb: Sandbox;
beforeAll(async () => { sb = await startSandbox(); });
afterAll(async () => { await sb.close(); });
test('smoke', async () => {
  const now = new Date();
  const from = new Date(now.getTime() - 365 * 86400000).toISOString().slice(0, 10);
  const to = now.toISOString().slice(0, 10);
  const r = await sb.invoke('alice', 'qa-metrics-gadget', 'getProjectMetrics', { projectKey: 'QA', from, to, groupBy: 'month' });
  console.log(JSON.stringify(r, null, 1).slice(0, 3000));
  const byOp: Record<string, number> = {};
  for (const e of sb.emulator.requests) byOp[e.method + ' ' + e.path] = (byOp[e.method + ' ' + e.path] ?? 0) + 1;
  console.log(byOp);
  const s = await sb.invoke('alice', 'qa-postmortem-settings', 'getSettings', {}, { project: { key: 'QA' } });
  console.log(JSON.stringify(s).slice(0, 1500));
  const i = await sb.invoke('alice', 'qa-postmortem-panel', 'getIncidentMetrics', {}, { issue: { key: 'QA-1' } });
  console.log(JSON.stringify(i).slice(0, 2500));
});
