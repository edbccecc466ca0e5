/**
 * A small Forge app written with the real @forge/resolver, @forge/api, @forge/kvs and @forge/events,
 * standing in for src/index.ts so the host's tests pin the platform behaviour (contexts, acting user,
 * storage wire format, queues, triggers) independently of the product code. Its exports carry the
 * handler names manifest.yml declares. Every call it receives is recorded in `calls`.
 */
import { manifestVariant, type ManifestVariant } from '../../helpers/manifest-variant';
import api, { route } from '@forge/api';
import { InvocationError, Queue, type AsyncEvent } from '@forge/events';
import { kvs, WhereConditions } from '@forge/kvs';
import Resolver from '@forge/resolver';

export const QUEUE_KEY = 'metrics-jobs';

export interface RecordedCall { handler: string; event: unknown; context: unknown }

export function createTestApp() {
  const calls: RecordedCall[] = [];
  const record = (handler: string, event: unknown, context: unknown) => { calls.push({ handler, event, context }); };

  const ui = new Resolver();
  ui.define('echo', ({ payload, context }) => ({ payload, context }));
  ui.define('whoAmI', async () => {
    const response = await api.asUser().requestJira(route`/rest/api/3/myself`);
    return { status: response.status, body: await response.json() };
  });
  ui.define('readIssue', async ({ payload }) => {
    const key = String((payload as { key: string }).key);
    const response = await api.asUser().requestJira(route`/rest/api/3/issue/${key}?fields=summary`);
    return { status: response.status, body: await response.json() };
  });
  ui.define('storageRoundTrip', async ({ payload }) => {
    const { prefix, count } = payload as { prefix: string; count: number };
    for (let i = 0; i < count; i += 1) await kvs.set(`${prefix}:${i}`, { n: i });
    const first = await kvs.get(`${prefix}:0`);
    const missing = await kvs.get(`${prefix}:missing`);
    const page = await kvs.query().where('key', WhereConditions.beginsWith(`${prefix}:`)).limit(count).getMany();
    return { first, missing: missing ?? null, keys: page.results.map((r) => r.key) };
  });
  ui.define('pushJob', async ({ payload }) => new Queue({ key: QUEUE_KEY }).push([{ body: payload as Record<string, unknown> }]));
  ui.define('jobStats', async ({ payload }) => new Queue({ key: QUEUE_KEY }).getJob(String((payload as { jobId: string }).jobId)).getStats());
  ui.define('failWithStatus', () => {
    throw Object.assign(new Error('The post-mortem changed since you opened it'), { status: 409, code: 'REVISION_CONFLICT' });
  });
  ui.define('failWithAppCode', () => {
    throw Object.assign(new Error('Severity is required'), { code: 'VALIDATION' });
  });
  ui.define('answerEnvelopeError', () => ({ ok: false, error: { code: 'CONFLICT', message: 'Someone else saved first', details: { revision: 7 } } }));
  ui.define('failPlainly', () => {
    throw new Error('kaput');
  });

  // @forge/events 2+: a consumer is a plain function called with an AsyncEvent.
  const metricsConsumer = async (event: AsyncEvent, context: unknown) => {
    record('metricsConsumer', event, context);
    const body = event.body as { mode?: string };
    if (body.mode === 'retry-once' && !event.retryContext) {
      return new InvocationError({ retryAfter: 1, retryReason: 'FUNCTION_RETRY_REQUEST' as never, retryData: { from: 'test' } });
    }
    if (body.mode === 'throw') throw new Error('metrics engine exploded');
    await kvs.set(`job-done:${event.jobId}`, body);
    return { computed: true };
  };

  const handlers = {
    resolver: ui.getDefinitions(),
    metricsConsumer,
    onIssueEvent: async (event: unknown, context: unknown) => {
      record('onIssueEvent', event, context);
      const summary = (event as { issue?: { fields?: { summary?: unknown } } }).issue?.fields?.summary;
      if (typeof summary === 'string' && summary.includes('explode')) throw new Error(`trigger exploded on "${summary}"`);
      const response = await api.asApp().requestJira(route`/rest/api/3/myself`);
      return { appAccount: ((await response.json()) as { accountId: string }).accountId };
    },
    runDailyReminders: async (event: unknown, context: unknown) => {
      record('runDailyReminders', event, context);
      await api.asUser().requestJira(route`/rest/api/3/myself`);
    },
  };
  return { handlers, calls };
}

/**
 * The real manifest plus a queue consumer for the test app's `metricsConsumer` (the app itself has
 * no queue since its metrics are counts computed in the resolver), so the host's queue is tested.
 * The metrics-changes trigger and the site lists' trigger and daily job are left out: these tests
 * follow one trigger's runs (the follow-through one) and one daily job's (the reminders); those have
 * their own tests (test/integration/metrics/change-marks.test.ts, incident-metrics.test.ts).
 */
export function testAppManifest(): ManifestVariant {
  return manifestVariant((raw) => {
    raw.modules.trigger = raw.modules.trigger.filter((t) => t.key !== 'metrics-changes' && t.key !== 'app-lifecycle');
    raw.modules.scheduledTrigger = raw.modules.scheduledTrigger.filter((t) => t.key !== 'site-lists');
    raw.modules.function = raw.modules.function.filter((f) => !['metrics-changes-fn', 'site-lists-fn', 'app-lifecycle-fn'].includes(String(f.key)));
    raw.modules.consumer = [{ key: 'metrics-consumer', queue: QUEUE_KEY, function: 'metrics-consumer-fn' }];
    raw.modules.function = [...raw.modules.function, { key: 'metrics-consumer-fn', handler: 'index.metricsConsumer', timeoutSeconds: 900 }];
  });
}
