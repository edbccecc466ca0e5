/**
 * The entry points no user calls: @forge/events queue pushes run the manifest's consumer
 * (in the background, or when drained), product events and the schedule run their trigger
 * functions as the app, and POST /__forge/trigger reports what ran.
 */
import { APP_USER } from '../../../sandbox/seed/base';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { createTestApp, type RecordedCall, testAppManifest } from './test-app';

/** The test app's manifest: the real one plus its queue consumer. */
const MANIFEST = testAppManifest();
afterAll(() => MANIFEST.remove());

const PANEL = 'qa-postmortem-panel';

async function until<T>(read: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('queue consumers', () => {
  describe('run on their own after Queue.push', () => {
    let sandbox: Sandbox;
    let calls: RecordedCall[];
    beforeAll(async () => {
      const app = createTestApp();
      calls = app.calls;
      sandbox = await startSandbox({ seed: 'empty', handlers: app.handlers, manifestPath: MANIFEST.path });
    });
    afterAll(() => sandbox.close());

    it('calls the consumer function with an AsyncEvent carrying the pushed body and the job id, and tracks job progress', async () => {
      const pushed = await sandbox.invoke<{ jobId: string }>('alice', PANEL, 'pushJob', { projectKey: 'QA', period: '2026-Q1' });
      expect(pushed.status).toBe(200);
      const { jobId } = pushed.body;
      const call = await until(() => calls.find((c) => c.handler === 'metricsConsumer' && (c.event as { jobId?: string }).jobId === jobId));
      expect(call.event).toEqual({ queueName: 'metrics-jobs', jobId, eventId: expect.any(String), body: { projectKey: 'QA', period: '2026-Q1' } });
      expect(call.context).toEqual({ installContext: expect.stringMatching(/^ari:cloud:jira::site\//) });
      await until(() => (sandbox.host.kvs.entries().some((e) => e.key === `job-done:${jobId}`) ? true : undefined));
      const progress = await sandbox.invoke('alice', PANEL, 'jobStats', { jobId });
      expect(progress.body).toEqual({ success: 1, inProgress: 0, failed: 0 });
    });

    it('reports an unknown job as the events package expects (404 -> JobDoesNotExistError)', async () => {
      const { status, body } = await sandbox.invoke('alice', PANEL, 'jobStats', { jobId: 'nope' });
      expect(status).toBe(500);
      expect(body).toEqual({ error: { code: 'JobDoesNotExistError', message: expect.stringContaining('nope') } });
    });
  });

  describe('when drained through POST /__forge/trigger {type: "queue"}', () => {
    let sandbox: Sandbox;
    let calls: RecordedCall[];
    beforeAll(async () => {
      const app = createTestApp();
      calls = app.calls;
      sandbox = await startSandbox({ seed: 'empty', handlers: app.handlers, manifestPath: MANIFEST.path, autoRunQueue: false });
    });
    afterAll(() => sandbox.close());

    it('keeps events queued until drained, then reports each run', async () => {
      const pushed = await sandbox.invoke<{ jobId: string }>('alice', PANEL, 'pushJob', { projectKey: 'QA' });
      expect(calls.filter((c) => c.handler === 'metricsConsumer')).toHaveLength(0);
      expect((await sandbox.invoke('alice', PANEL, 'jobStats', pushed.body)).body).toEqual({ success: 0, inProgress: 1, failed: 0 });
      const drained = await sandbox.trigger({ type: 'queue' });
      expect(drained).toEqual({
        status: 200,
        body: { type: 'queue', ran: [{ queueName: 'metrics-jobs', jobId: pushed.body.jobId, eventId: expect.any(String), status: 'success', attempts: 1, result: { computed: true } }] },
      });
      expect(calls.filter((c) => c.handler === 'metricsConsumer')).toHaveLength(1);
      expect((await sandbox.trigger({ type: 'queue' })).body).toEqual({ type: 'queue', ran: [] });
    });

    it('retries an event whose consumer returns InvocationError, with a retryContext', async () => {
      const pushed = await sandbox.invoke<{ jobId: string }>('alice', PANEL, 'pushJob', { mode: 'retry-once' });
      const drained = await sandbox.trigger<{ ran: Array<{ status: string; attempts: number }> }>({ type: 'queue' });
      expect(drained.body.ran).toEqual([expect.objectContaining({ jobId: pushed.body.jobId, status: 'success', attempts: 2 })]);
      const attempts = calls.filter((c) => c.handler === 'metricsConsumer' && (c.event as { jobId: string }).jobId === pushed.body.jobId);
      expect(attempts.map((c) => (c.event as { retryContext?: unknown }).retryContext)).toEqual([
        undefined,
        { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { from: 'test' } },
      ]);
    });

    it('retries a consumer that throws, as Forge delivers at least once, and drops it when the 24-hour window is spent', async () => {
      const pushed = await sandbox.invoke<{ jobId: string }>('alice', PANEL, 'pushJob', { mode: 'throw' });
      const drained = await sandbox.trigger<{ ran: Array<{ status: string; attempts: number; error: unknown }> }>({ type: 'queue' });
      expect(drained.body.ran).toEqual([expect.objectContaining({ jobId: pushed.body.jobId, status: 'failed', error: { code: 'Error', message: 'metrics engine exploded' } })]);
      // Backoff doubles from 2 s: 9 retries before the 15-minute cap (1,022 s in all), then 94 retries
      // 15 minutes apart fit in the rest of 24 hours: 1 + 9 + 94 attempts.
      expect(drained.body.ran[0].attempts).toBe(104);
      const attempts = calls.filter((c) => c.handler === 'metricsConsumer' && (c.event as { jobId: string }).jobId === pushed.body.jobId);
      expect((attempts[1].event as { retryContext?: unknown }).retryContext).toEqual({ retryCount: 1, retryReason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR' });
      expect((await sandbox.invoke('alice', PANEL, 'jobStats', pushed.body)).body).toEqual({ success: 0, inProgress: 0, failed: 1 });
    });
  });
});

describe('POST /__forge/trigger', () => {
  let sandbox: Sandbox;
  let calls: RecordedCall[];
  beforeAll(async () => {
    const app = createTestApp();
    calls = app.calls;
    sandbox = await startSandbox({ seed: 'demo', handlers: app.handlers, manifestPath: MANIFEST.path });
  });
  afterAll(() => sandbox.close());
  beforeEach(() => { calls.length = 0; });

  /** An update of one of QA-1's action-item tasks: the trigger's filter lets only issues with the app's marker through. */
  const taskOf = () => {
    const task = sandbox.emulator.store.issues().find((i) => i.properties.has('qa-postmortem-action'));
    if (!task) throw new Error('The demo seed has no action-item task');
    return task;
  };
  const issueUpdatedOf = (task: { id: string; key: string }) => ({
    eventType: 'avi:jira:updated:issue',
    issue: { id: task.id, key: task.key, fields: { summary: 'Add a contract test', issuetype: { name: 'Task' } } },
    atlassianId: '712020:alice-0001',
    changelog: { items: [{ field: 'status', fromString: 'In Progress', toString: 'Done' }] },
  });

  it('runs the trigger subscribed to a product event, as the app, with Forge\'s event and context', async () => {
    const issueUpdated = issueUpdatedOf(taskOf());
    const { status, body } = await sandbox.trigger({ type: 'product-event', event: issueUpdated });
    expect(status).toBe(200);
    expect(body).toEqual({
      type: 'product-event',
      ran: [{ moduleKey: 'issue-events', functionKey: 'issue-event-fn', ok: true, result: { appAccount: APP_USER.accountId } }],
      ignoredBy: [],
    });
    expect(calls).toHaveLength(1);
    expect(calls[0].event).toMatchObject({ ...issueUpdated, context: { cloudId: expect.any(String), moduleKey: 'issue-events' } });
    expect(calls[0].context).toEqual({ installContext: expect.stringMatching(/^ari:cloud:jira::site\//) });
  });

  it('also runs it for avi:jira:created:issuelink, and nothing for an event no trigger subscribes to', async () => {
    const link = await sandbox.trigger<{ ran: unknown[] }>({ type: 'product-event', event: { eventType: 'avi:jira:created:issuelink', id: '10001', sourceIssueId: taskOf().id } });
    expect(link.body.ran).toHaveLength(1);
    const other = await sandbox.trigger({ type: 'product-event', event: { eventType: 'avi:jira:deleted:issue' } });
    expect(other.body).toEqual({ type: 'product-event', ran: [], ignoredBy: [] });
  });

  it('runs the scheduled trigger as the app: asUser() has no user there', async () => {
    const { body } = await sandbox.trigger({ type: 'scheduled' });
    expect(body).toEqual({
      type: 'scheduled',
      ran: [{ moduleKey: 'daily-reminders', functionKey: 'daily-reminders-fn', ok: false, error: { code: 'NEEDS_AUTHENTICATION_ERR', message: 'Authentication Required' } }],
    });
    expect(calls[0].event).toEqual({ context: { cloudId: expect.any(String), moduleKey: 'daily-reminders' }, contextToken: expect.any(String), userAccess: { enabled: false } });
  });

  it('refuses a malformed request and an unknown schedule', async () => {
    expect(await sandbox.trigger({ type: 'cron' })).toEqual({
      status: 400, body: { error: { code: 'BAD_REQUEST', message: 'type must be one of product-event, lifecycle, scheduled, queue' } },
    });
    expect((await sandbox.trigger({ type: 'product-event', event: {} })).status).toBe(400);
    expect(await sandbox.trigger({ type: 'scheduled', key: 'weekly' })).toEqual({
      status: 404, body: { error: { code: 'MODULE_NOT_FOUND', message: "No scheduledTrigger 'weekly' in manifest.yml" } },
    });
  });
});
