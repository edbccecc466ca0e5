/**
 * The queue path: with a low threshold (the METRICS_QUEUE_THRESHOLD Forge variable) the gadget's
 * request becomes a job on the `metrics-jobs` queue; the host runs the manifest's consumer, which
 * computes as the app and records progress; the poll then answers the same figures as a direct run.
 */
import { APP_USER, USERS } from '../../../sandbox/seed/base';
import type { MetricsJobResult, ProjectMetricsResult } from '../../../src/contract';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { overall, readRawSite } from './independent-figures';
import { invokeEnvelope } from './invoke-envelope';

const GADGET = 'qa-metrics-gadget';
const DAY = 86_400_000;
const QUERY = { projectKey: 'QA', from: new Date(Date.now() - 365 * DAY).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10), groupBy: 'month' };

let sb: Sandbox;
const previousThreshold = process.env.METRICS_QUEUE_THRESHOLD;

beforeAll(async () => {
  process.env.METRICS_QUEUE_THRESHOLD = '50';
  sb = await startSandbox({ autoRunQueue: false });
});

afterAll(async () => {
  await sb.close();
  if (previousThreshold === undefined) delete process.env.METRICS_QUEUE_THRESHOLD;
  else process.env.METRICS_QUEUE_THRESHOLD = previousThreshold;
});

async function ask(user = 'alice', extra: Record<string, unknown> = {}): Promise<ProjectMetricsResult> {
  const envelope = await invokeEnvelope<ProjectMetricsResult>(sb, user, GADGET, 'getProjectMetrics', { ...QUERY, ...extra });
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data;
}

async function poll(jobId: string, user = 'alice') {
  return invokeEnvelope<MetricsJobResult>(sb, user, GADGET, 'getMetricsJob', { jobId });
}

it('queues a large project, shows progress while the consumer runs as the app, then the result', async () => {
  const site = await readRawSite(sb);
  const start = sb.emulator.requests.length;

  const first = await ask();
  if (first.status !== 'running') throw new Error('expected the work to be queued');
  const bugs = site.issues.filter((i) => i.type === 'Bug' && i.created.slice(0, 10) >= QUERY.from).length;
  expect(first.progress).toEqual({ phase: 'queued', done: 0, total: bugs });
  expect(sb.emulator.requests.slice(start).filter((r) => r.path.endsWith('/bulkfetch'))).toEqual([]);
  // Asking again joins the same job instead of starting another (the drain below runs exactly one).
  const second = await ask('alice');
  expect(second).toEqual(expect.objectContaining({ status: 'running', jobId: first.jobId }));
  // The job is alice's: to bob, whose permissions and time zone differ, it is unknown.
  expect(await poll(first.jobId, 'bob')).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) });

  // Slow Jira down so the poll can watch the job move.
  sb.emulator.setFaults([{ path: '/rest/api/3', latencyMs: 40 }]);
  const seen = new Set<string>();
  const drained = sb.trigger<{ ran: { status: string; result?: unknown }[] }>({ type: 'queue' });
  let finished = false;
  void drained.then(() => { finished = true; });
  while (!finished) {
    const progress = await poll(first.jobId, 'alice');
    if (progress.ok && progress.data.status === 'running') seen.add(progress.data.progress.phase);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  sb.emulator.clearFaults();
  const ran = (await drained).body.ran;
  expect(ran).toEqual([expect.objectContaining({ status: 'success', result: { status: 'done' } })]);
  expect([...seen].some((phase) => ['defects', 'changelogs', 'computing'].includes(phase))).toBe(true);

  const log = sb.emulator.requests.slice(start);
  const computing = log.filter((r) => r.path.endsWith('/bulkfetch') || r.path.endsWith('/status'));
  expect(computing.length).toBeGreaterThan(0);
  expect(new Set(computing.map((r) => r.accountId))).toEqual(new Set([APP_USER.accountId]));
  const appCalls = log.filter((r) => r.accountId === APP_USER.accountId);

  const done = await poll(first.jobId);
  if (!done.ok || done.data.status !== 'ready') throw new Error('expected the job result');
  const expected = overall(site, QUERY);
  expect({ leakage: done.data.leakage, reopen: done.data.reopen }).toEqual(expected);
  expect(done.data.jiraCalls).toBe(appCalls.length);

  // The result is now alice's cache entry.
  const cached = await ask('alice');
  expect(cached).toEqual(expect.objectContaining({ status: 'ready', fromCache: true, leakage: expected.leakage }));
});

it('keeps a job from everyone but its requester, and answers an unknown job clearly', async () => {
  sb.reset();
  const running = await ask();
  if (running.status !== 'running') throw new Error('expected the work to be queued');

  expect(await poll(running.jobId, 'eve')).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'This metrics computation is unknown or has expired. Ask for the metrics again.' } });
  expect(await poll('00000000-0000-4000-8000-000000000000')).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) });
  expect(await poll('not-a-job')).toEqual({ ok: false, error: expect.objectContaining({ code: 'VALIDATION' }) });
  // Nothing about the job is asked of Jira for eve: it is not hers.
  expect(sb.emulator.requests.filter((r) => r.accountId === USERS.eve.accountId).map((r) => r.path)).toEqual([]);
});
