/**
 * POST /__sandbox/reset starts the whole sandbox over: Jira's data and everything the app stored.
 * After an empty reset the gadget's configuration is gone and no figure computed before is answered
 * from the cache (it once still showed 17.4 % of 138 defects).
 */
import type { ProjectMetricsResult } from '../../../src/contract';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { invokeEnvelope } from '../metrics/invoke-envelope';

let sb: Sandbox;
const alice = `Basic ${Buffer.from('alice@example.com:x').toString('base64')}`;
const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const PAYLOAD = { projectKey: 'QA', from: day(Date.now() - 180 * DAY), to: day(Date.now()), groupBy: 'month' };

beforeAll(async () => { sb = await startSandbox(); });
afterAll(async () => { await sb.close(); });

async function metrics() {
  const envelope = await invokeEnvelope<ProjectMetricsResult>(sb, 'alice', 'qa-metrics-gadget', 'getProjectMetrics', PAYLOAD);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data;
}

it('forgets the metrics cache and the gadget configuration with the data', async () => {
  expect((await metrics()).fromCache).toBe(false);
  const cached = await metrics();
  expect(cached.fromCache).toBe(true);
  expect(cached.leakage.defects).toBeGreaterThan(0);

  const page = await (await fetch(`${sb.url}/dashboard?as=alice`)).text();
  const gadgetId = /data-gadget-id="([^"]+)"/.exec(page)?.[1];
  expect(gadgetId).toBeDefined();
  const configuration = `${sb.url}/__forge/gadgets/${gadgetId}/configuration`;
  const saved = await fetch(configuration, {
    method: 'PUT', headers: { authorization: alice, 'content-type': 'application/json' },
    body: JSON.stringify({ configuration: { projectKey: 'QA', period: 'last-6-months', groupBy: 'month' } }),
  });
  expect(saved.status).toBe(200);

  const reset = await fetch(`${sb.url}/__sandbox/reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ seed: 'empty' }) });
  expect(await reset.json()).toEqual({ seed: 'empty', issues: 0 });

  expect(await (await fetch(configuration, { headers: { authorization: alice } })).json()).toEqual({ configuration: {} });
  const after = await metrics();
  expect(after.fromCache).toBe(false);
  expect(after.leakage).toEqual({ rate: null, escaped: 0, defects: 0 });
});
