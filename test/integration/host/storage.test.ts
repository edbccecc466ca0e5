/**
 * Forge storage through @forge/kvs itself against the host's in-memory store: the wire format must
 * be exactly what the package sends and parses, so these calls go through the real package.
 */
import { Filter, FilterConditions, kvs, WhereConditions, type ForgeKvsAPIError } from '@forge/kvs';
import { InMemoryKvs } from '../../../sandbox/host/kvs-store';
import { manifestVariant, type ManifestVariant } from '../../helpers/manifest-variant';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { createTestApp } from './test-app';

/** The real manifest plus a custom entity with indexes. */
function manifestWithEntities(): ManifestVariant {
  return manifestVariant((manifest) => {
    manifest.app.storage = {
      entities: [{
        name: 'metric-run',
        attributes: { project: { type: 'string' }, computedAt: { type: 'integer' }, status: { type: 'string' } },
        indexes: ['computedAt', { name: 'by-project', range: 'computedAt', partition: ['project'] }],
      }],
    };
  });
}

interface MetricRun { project: string; computedAt: number; status: string }

async function rejection(promise: Promise<unknown>): Promise<ForgeKvsAPIError> {
  try {
    await promise;
  } catch (e) {
    return e as ForgeKvsAPIError;
  }
  throw new Error('expected the call to fail');
}

describe('Forge storage (@forge/kvs) in the host', () => {
  let sandbox: Sandbox;
  let manifest: ManifestVariant;
  const asAlice = <T>(fn: () => Promise<T>) => sandbox.host.runAs('alice', fn);

  beforeAll(async () => {
    manifest = manifestWithEntities();
    sandbox = await startSandbox({ seed: 'empty', handlers: createTestApp().handlers, manifestPath: manifest.path });
  });
  afterAll(async () => {
    await sandbox.close();
    manifest.remove();
  });
  beforeEach(() => sandbox.host.kvs.clear());

  it('round-trips set, get and a prefix query from inside a resolver', async () => {
    const { status, body } = await sandbox.invoke('alice', 'qa-postmortem-panel', 'storageRoundTrip', { prefix: 'metrics', count: 3 });
    expect(status).toBe(200);
    expect(body).toEqual({ first: { n: 0 }, missing: null, keys: ['metrics:0', 'metrics:1', 'metrics:2'] });
    expect(sandbox.host.kvs.entries()).toEqual([
      { key: 'metrics:0', value: { n: 0 } }, { key: 'metrics:1', value: { n: 1 } }, { key: 'metrics:2', value: { n: 2 } },
    ]);
  });

  it('pages a query with cursors, 10 by default and at most 20, and filters by prefix', async () => {
    await asAlice(async () => {
      for (let i = 0; i < 13; i += 1) await kvs.set(`cache:QA:${String(i).padStart(2, '0')}`, i);
      await kvs.set('other:1', 'x');
      const first = await kvs.query().where('key', WhereConditions.beginsWith('cache:QA:')).getMany<number>();
      expect(first.results).toHaveLength(10);
      expect(first.nextCursor).toEqual(expect.any(String));
      const second = await kvs.query().where('key', WhereConditions.beginsWith('cache:QA:')).cursor(first.nextCursor as string).getMany<number>();
      expect(second.results.map((r) => r.value)).toEqual([10, 11, 12]);
      expect(second.nextCursor).toBeUndefined();
      for (let i = 0; i < 11; i += 1) await kvs.set(`zz:${i}`, i);
      const page = await kvs.query().limit(20).getMany();
      expect(page.results).toHaveLength(20);
      expect(page.nextCursor).toEqual(expect.any(String));
      const tooMany = await rejection(kvs.query().limit(101).getMany());
      expect(tooMany.code).toBe('LIST_QUERY_LIMIT_EXCEEDED');
    });
  });

  it('deletes, reports metadata and honours keyPolicy', async () => {
    await asAlice(async () => {
      await kvs.set('settings:QA', { target: 10 });
      const withMeta = await kvs.get('settings:QA', { metadataFields: ['CREATED_AT' as never, 'UPDATED_AT' as never] });
      expect(withMeta).toEqual({ key: 'settings:QA', value: { target: 10 }, createdAt: expect.any(Number), updatedAt: expect.any(Number) });
      const conflict = await rejection(kvs.set('settings:QA', { target: 5 }, { keyPolicy: 'FAIL_IF_EXISTS' }));
      expect(conflict.code).toBe('KEY_CONFLICT');
      expect(conflict.responseDetails.status).toBe(409);
      const previous = await kvs.set('settings:QA', { target: 7 }, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' });
      expect(previous).toEqual({ key: 'settings:QA', value: { target: 10 } });
      await kvs.delete('settings:QA');
      expect(await kvs.get('settings:QA')).toBeUndefined();
    });
  });

  it('refuses keys Forge refuses, with the store\'s error body', async () => {
    const error = await rejection(asAlice(() => kvs.set('metrics/QA', 1)));
    expect(error.code).toBe('INVALID_KEY');
    expect(error.message).toContain("Key 'metrics/QA' does not match");
    const long = await rejection(asAlice(() => kvs.set('k'.repeat(501), 1)));
    expect(long.code).toBe('KEY_TOO_LONG');
  });

  it('keeps secrets apart from plain keys', async () => {
    await asAlice(async () => {
      await kvs.setSecret('token', 's3cret');
      expect(await kvs.get('token')).toBeUndefined();
      expect(await kvs.getSecret('token')).toBe('s3cret');
      await kvs.deleteSecret('token');
      expect(await kvs.getSecret('token')).toBeUndefined();
    });
  });

  it('queries custom entities by the manifest\'s indexes, with partitions, ranges, filters and sort', async () => {
    await asAlice(async () => {
      const runs = kvs.entity<MetricRun>('metric-run');
      await runs.set('r1', { project: 'QA', computedAt: 300, status: 'done' });
      await runs.set('r2', { project: 'QA', computedAt: 100, status: 'failed' });
      await runs.set('r3', { project: 'WEB', computedAt: 200, status: 'done' });
      await runs.set('r4', { project: 'QA', computedAt: 200, status: 'done' });
      expect(await runs.get('r2')).toEqual({ project: 'QA', computedAt: 100, status: 'failed' });

      const byTime = await runs.query().index('computedAt').getMany();
      expect(byTime.results.map((r) => r.key)).toEqual(['r2', 'r3', 'r4', 'r1']);

      const qaRecent = await runs.query().index('by-project', { partition: ['QA'] })
        .where(WhereConditions.greaterThan(150)).sort('DESC' as never).getMany();
      expect(qaRecent.results.map((r) => r.key)).toEqual(['r1', 'r4']);

      const qaDone = await runs.query().index('by-project', { partition: ['QA'] })
        .filters(new Filter<MetricRun>().and('status', FilterConditions.equalTo('done'))).getMany();
      expect(qaDone.results.map((r) => r.key)).toEqual(['r4', 'r1']);

      const unknown = await rejection(runs.query().index('by-status').getMany());
      expect(unknown.code).toBe('BAD_REQUEST');
      expect(unknown.message).toContain("Index 'by-status' is not defined for entity 'metric-run'");
    });
  });

  it('applies a transaction only when all its conditions hold', async () => {
    await asAlice(async () => {
      const runs = kvs.entity<MetricRun>('metric-run');
      await runs.set('r1', { project: 'QA', computedAt: 1, status: 'running' });
      const stale = await rejection(kvs.transact()
        .set('r1', { project: 'QA', computedAt: 2, status: 'done' }, { entityName: 'metric-run', conditions: new Filter<MetricRun>().and('status', FilterConditions.equalTo('queued')) })
        .set('summary:QA', { latest: 'r1' })
        .execute());
      expect(stale.code).toBe('CONDITION_FAILED');
      expect(await kvs.get('summary:QA')).toBeUndefined();
      await kvs.transact()
        .set('r1', { project: 'QA', computedAt: 2, status: 'done' }, { entityName: 'metric-run', conditions: new Filter<MetricRun>().and('status', FilterConditions.equalTo('running')) })
        .set('summary:QA', { latest: 'r1' })
        .execute();
      expect(await runs.get('r1')).toEqual({ project: 'QA', computedAt: 2, status: 'done' });
      expect(await kvs.get('summary:QA')).toEqual({ latest: 'r1' });
    });
  });

  it('batches sets and gets, reporting missing keys per item', async () => {
    await asAlice(async () => {
      const set = await kvs.batchSet([{ key: 'a', value: 1 }, { key: 'b', value: 2 }, { key: 'bad/key', value: 3 }]);
      expect(set.successfulKeys).toEqual([{ key: 'a' }, { key: 'b' }]);
      expect(set.failedKeys).toEqual([{ key: 'bad/key', error: { code: 'VALIDATION_ERROR', message: expect.stringContaining('does not match') } }]);
      const got = await kvs.batchGet([{ key: 'a' }, { key: 'zzz' }]);
      expect(got.successfulKeys).toEqual([{ key: 'a', value: 1 }]);
      expect(got.failedKeys).toEqual([{ key: 'zzz', error: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } }]);
    });
  });
});

describe('InMemoryKvs expiry', () => {
  it('may keep serving a value for 48 hours after its ttl, as Forge deletes expired values lazily, and reports its expireTime', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = new InMemoryKvs(new Map(), () => now);
    expect(store.handle('/api/v1/set', { key: 'k', value: 'v', options: { ttl: { value: 5, unit: 'MINUTES' } } })).toEqual({ status: 204 });
    expect(store.handle('/api/v1/get', { key: 'k' })).toEqual({
      status: 200, body: { key: 'k', value: 'v', createdAt: now / 1000, updatedAt: now / 1000, expireTime: '2026-01-01T00:05:00.000Z' },
    });
    now += 5 * 60 * 1000;
    expect(store.handle('/api/v1/get', { key: 'k' }).status).toBe(200);
    expect(store.handle('/api/v1/set', { key: 'k', value: 'w', options: { keyPolicy: 'FAIL_IF_EXISTS' } }).status).toBe(409);
    now += 48 * 3_600_000;
    expect(store.handle('/api/v1/get', { key: 'k' })).toEqual({ status: 404, body: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } });
  });

  it('refuses a ttl over a year and values over 240 KiB', () => {
    const store = new InMemoryKvs(new Map());
    expect(store.handle('/api/v1/set', { key: 'k', value: 1, options: { ttl: { value: 400, unit: 'DAYS' } } }).status).toBe(400);
    const big = store.handle('/api/v1/set', { key: 'k', value: 'x'.repeat(240 * 1024) });
    expect(big).toEqual({ status: 400, body: { code: 'MAX_SIZE', message: expect.stringContaining('the limit is 245760 bytes') } });
    expect(store.handle('/api/v1/secret/set', { key: 's', value: 'x'.repeat(130 * 1024) }).body).toMatchObject({ code: 'MAX_SIZE' });
    const deep = JSON.parse(`${'{"a":'.repeat(32)}1${'}'.repeat(32)}`) as unknown;
    expect(store.handle('/api/v1/set', { key: 'deep', value: deep }).body).toMatchObject({ code: 'MAX_DEPTH' });
  });
});
