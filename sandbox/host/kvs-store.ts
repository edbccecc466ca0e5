/**
 * Forge storage in memory, speaking @forge/kvs 1.6's wire format: the POST bodies its StorageApi
 * sends to /api/v1/{get,set,delete,query}, secret/*, entity/*, batch/* and transaction, and the
 * replies it parses (200 JSON, 204 empty, 404 {code: "KEY_NOT_FOUND"} for a missing key, 409
 * {code: "KEY_CONFLICT"} for keyPolicy FAIL_IF_EXISTS, 400 {code, message} for bad input).
 * Keys, values, TTLs and query limits follow Forge's documented rules, so app code that would fail
 * in Forge fails here too. Custom entity indexes come from manifest.yml (app.storage.entities).
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-basic/
 * https://developer.atlassian.com/platform/forge/limits-kvs-ce/ (keys of at most 500, values of at most
 * 240 KiB and depth 31, secrets 128 KiB, list queries below 100, 25 operations a transaction)
 *
 * Where Forge is vague the stricter reading is taken: a key's 500 is counted in UTF-8 bytes; an
 * expired value "may take up to 48 hours" to be deleted, so it may still be read (and still blocks
 * FAIL_IF_EXISTS) until then: an app must not use a TTL as a lock's release; transaction conditions
 * exist only for custom-entity operations, as @forge/kvs builds them; a key appears once per
 * transaction. The conflict codes (409 KEY_CONFLICT for FAIL_IF_EXISTS, 409 CONDITION_FAILED for a
 * transaction) are undocumented; a third-party test reports KEY_CONFLICT.
 */
import {
  attributeOf, compareValues, isKnownCondition, matchesCondition, matchesGroup,
  type Condition, type ConditionGroup, type PropertyCondition,
} from './kvs-conditions';
import type { EntityDefinition } from './manifest';

export interface KvsReply { status: number; body?: unknown }

interface StoredValue { value: unknown; createdAt: number; updatedAt: number; expiresAt?: number }

type Ttl = { value: number; unit: 'SECONDS' | 'MINUTES' | 'HOURS' | 'DAYS' };
interface SetOptions {
  ttl?: Ttl;
  keyPolicy?: 'OVERRIDE' | 'FAIL_IF_EXISTS';
  returnValue?: 'PREVIOUS' | 'LATEST';
  returnMetadataFields?: string[];
}

const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
const MAX_KEY_BYTES = 500;
const MAX_VALUE_BYTES = 240 * 1024;
const MAX_SECRET_BYTES = 128 * 1024;
const MAX_DEPTH = 31;
const DEFAULT_QUERY_LIMIT = 10;
const MAX_QUERY_LIMIT = 100;
const MAX_BATCH_ITEMS = 25;
const MAX_TRANSACTION_BYTES = 4 * 1024 * 1024;
/** "Deletion may take up to 48 hours". */
const EXPIRY_GRACE_MS = 48 * 3_600_000;
const MAX_TTL_SECONDS = 365 * 24 * 3600;
const TTL_SECONDS = { SECONDS: 1, MINUTES: 60, HOURS: 3600, DAYS: 86400 } as const;

class KvsFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

const badRequest = (message: string) => new KvsFailure(400, 'BAD_REQUEST', message);

function validateKey(key: unknown): string {
  if (typeof key !== 'string' || key.length === 0) throw new KvsFailure(400, 'INVALID_KEY', 'Key must be a non-empty string');
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) throw new KvsFailure(400, 'KEY_TOO_LONG', `Key is longer than the maximum ${MAX_KEY_BYTES} characters`);
  if (!KEY_PATTERN.test(key)) throw new KvsFailure(400, 'INVALID_KEY', `Key '${key}' does not match ${KEY_PATTERN.source}`);
  return key;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

function validateValue(value: unknown, limitBytes = MAX_VALUE_BYTES): unknown {
  if (value === undefined) throw badRequest('Value is required');
  const bytes = Buffer.byteLength(JSON.stringify(value));
  if (bytes > limitBytes) throw new KvsFailure(400, 'MAX_SIZE', `Value is ${bytes} bytes; the limit is ${limitBytes} bytes`);
  if (depthOf(value) > MAX_DEPTH) throw new KvsFailure(400, 'MAX_DEPTH', `Value is nested deeper than ${MAX_DEPTH} levels`);
  return value;
}

function ttlSeconds(ttl: Ttl | undefined): number | undefined {
  if (!ttl) return undefined;
  const seconds = ttl.value * (TTL_SECONDS[ttl.unit] ?? NaN);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TTL_SECONDS) {
    throw badRequest(`Invalid ttl ${JSON.stringify(ttl)}: it must be positive and at most 1 year`);
  }
  return seconds;
}

function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeCursor(cursor: unknown): number {
  if (cursor === undefined || cursor === null || cursor === '') return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8')) as { offset: unknown };
    if (typeof offset === 'number' && offset >= 0) return offset;
  } catch { /* fall through */ }
  throw badRequest('Invalid cursor');
}

function pageLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return DEFAULT_QUERY_LIMIT;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) throw badRequest('Limit must be a positive integer');
  if (limit > MAX_QUERY_LIMIT) throw new KvsFailure(400, 'LIST_QUERY_LIMIT_EXCEEDED', `Limit for list query should be below ${MAX_QUERY_LIMIT}`);
  return limit;
}

export class InMemoryKvs {
  private readonly spaces = new Map<string, Map<string, StoredValue>>();

  constructor(
    private readonly entities: Map<string, EntityDefinition>,
    private readonly now: () => number = Date.now,
  ) {}

  clear(): void {
    this.spaces.clear();
  }

  /** Plain key/value entries currently stored (not secrets or entities), for tests and debugging. */
  entries(): Array<{ key: string; value: unknown }> {
    return [...this.live('kvs')].map(([key, v]) => ({ key, value: v.value }));
  }

  handle(path: string, body: unknown): KvsReply {
    try {
      return this.route(path.replace(/\?.*$/, ''), (body ?? {}) as Record<string, unknown>);
    } catch (e) {
      if (e instanceof KvsFailure) return { status: e.status, body: { code: e.code, message: e.message } };
      throw e;
    }
  }

  private route(path: string, body: Record<string, unknown>): KvsReply {
    switch (path) {
      case '/api/v1/get': return this.get('kvs', body);
      case '/api/v1/secret/get': return this.get('secret', body);
      case '/api/v1/entity/get': return this.get(this.entitySpace(body.entityName), body);
      case '/api/v1/set': return this.set('kvs', body);
      case '/api/v1/secret/set': return this.set('secret', body);
      case '/api/v1/entity/set': return this.set(this.entitySpace(body.entityName), body, true);
      case '/api/v1/delete': return this.remove('kvs', body);
      case '/api/v1/secret/delete': return this.remove('secret', body);
      case '/api/v1/entity/delete': return this.remove(this.entitySpace(body.entityName), body);
      case '/api/v1/query': return this.query(body);
      case '/api/v1/entity/query': return this.queryEntity(body);
      case '/api/v1/batch/set': return this.batchSet(body);
      case '/api/v1/batch/get': return this.batchGet(body);
      case '/api/v1/batch/delete': return this.batchDelete(body);
      case '/api/v1/transaction': return this.transaction(body);
      default: return { status: 404, body: { code: 'NOT_FOUND', message: `Unknown storage operation ${path}` } };
    }
  }

  private space(name: string): Map<string, StoredValue> {
    let space = this.spaces.get(name);
    if (!space) { space = new Map(); this.spaces.set(name, space); }
    return space;
  }

  private entitySpace(entityName: unknown): string {
    if (typeof entityName !== 'string' || !entityName) throw badRequest('entityName is required');
    return `entity:${entityName}`;
  }

  private read(spaceName: string, key: string): StoredValue | undefined {
    const space = this.space(spaceName);
    const stored = space.get(key);
    if (stored?.expiresAt !== undefined && stored.expiresAt + EXPIRY_GRACE_MS <= this.now()) {
      space.delete(key);
      return undefined;
    }
    return stored;
  }

  private *live(spaceName: string): Iterable<[string, StoredValue]> {
    for (const key of [...this.space(spaceName).keys()].sort()) {
      const stored = this.read(spaceName, key);
      if (stored) yield [key, stored];
    }
  }

  private withMetadata(key: string, stored: StoredValue, fields: unknown, always = false) {
    const wanted = new Set(Array.isArray(fields) ? fields : []);
    const expireTime = stored.expiresAt !== undefined ? new Date(stored.expiresAt).toISOString() : undefined;
    return {
      key,
      value: stored.value,
      ...(always || wanted.has('CREATED_AT') ? { createdAt: stored.createdAt } : {}),
      ...(always || wanted.has('UPDATED_AT') ? { updatedAt: stored.updatedAt } : {}),
      ...((always || wanted.has('EXPIRE_TIME')) && expireTime ? { expireTime } : {}),
    };
  }

  /**
   * An entity value holds only the attributes its manifest schema declares, each of its declared
   * type (string, boolean, float, integer or any). Forge's exact error for a mismatch is
   * undocumented beyond "INVALID_ENTITY_*" codes; the stricter reading refuses it.
   */
  private checkAttributes(entityName: string, value: Record<string, unknown>): void {
    const definition = this.entities.get(entityName);
    if (!definition) throw new KvsFailure(400, 'INVALID_ENTITY_NAME', `Entity '${entityName}' is not declared in manifest.yml (app.storage.entities)`);
    for (const [attribute, v] of Object.entries(value)) {
      const type = definition.attributes[attribute];
      if (type === undefined) throw new KvsFailure(400, 'INVALID_ENTITY_ATTRIBUTE', `Entity '${entityName}' declares no attribute '${attribute}'`);
      const ok = type === 'any' || v === null
        || (type === 'string' && typeof v === 'string') || (type === 'boolean' && typeof v === 'boolean')
        || (type === 'float' && typeof v === 'number') || (type === 'integer' && Number.isInteger(v));
      if (!ok) throw new KvsFailure(400, 'INVALID_ENTITY_ATTRIBUTE', `Attribute '${attribute}' of entity '${entityName}' must be of type ${type}`);
    }
  }

  private get(spaceName: string, body: Record<string, unknown>): KvsReply {
    const key = validateKey(body.key);
    const stored = this.read(spaceName, key);
    if (!stored) return { status: 404, body: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } };
    return { status: 200, body: this.withMetadata(key, stored, undefined, true) };
  }

  private write(spaceName: string, key: string, value: unknown, options: SetOptions | undefined, isEntity: boolean): { previous?: StoredValue; latest: StoredValue } {
    validateValue(value, spaceName === 'secret' ? MAX_SECRET_BYTES : MAX_VALUE_BYTES);
    if (isEntity && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw badRequest('An entity value must be an object of attributes');
    }
    if (isEntity) this.checkAttributes(spaceName.slice('entity:'.length), value as Record<string, unknown>);
    const seconds = ttlSeconds(options?.ttl);
    const previous = this.read(spaceName, key);
    if (previous && options?.keyPolicy === 'FAIL_IF_EXISTS') {
      throw new KvsFailure(409, 'KEY_CONFLICT', `Key '${key}' already exists`);
    }
    const nowMs = this.now();
    const nowSeconds = Math.floor(nowMs / 1000);
    const latest: StoredValue = {
      value: JSON.parse(JSON.stringify(value)) as unknown,
      createdAt: previous?.createdAt ?? nowSeconds,
      updatedAt: nowSeconds,
      ...(seconds !== undefined ? { expiresAt: nowMs + seconds * 1000 } : {}),
    };
    this.space(spaceName).set(key, latest);
    return { previous, latest };
  }

  private set(spaceName: string, body: Record<string, unknown>, isEntity = false): KvsReply {
    const key = validateKey(body.key);
    const options = body.options as SetOptions | undefined;
    const { previous, latest } = this.write(spaceName, key, body.value, options, isEntity);
    if (options?.keyPolicy === 'OVERRIDE' && options.returnValue) {
      const returned = options.returnValue === 'PREVIOUS' ? previous : latest;
      if (!returned) return { status: 204 };
      return { status: 200, body: this.withMetadata(key, returned, undefined, true) };
    }
    return { status: 204 };
  }

  private remove(spaceName: string, body: Record<string, unknown>): KvsReply {
    const key = validateKey(body.key);
    this.space(spaceName).delete(key);
    return { status: 204 };
  }

  private query(body: Record<string, unknown>): KvsReply {
    const where = (body.where ?? []) as Array<PropertyCondition>;
    if (!Array.isArray(where) || where.length > 1) throw badRequest('A query takes at most one where condition');
    const clause = where[0];
    if (clause && (clause.property !== 'key' || clause.condition !== 'BEGINS_WITH')) {
      throw badRequest('The key-value store supports only where("key", beginsWith(...))');
    }
    const limit = pageLimit(body.limit);
    const offset = decodeCursor(body.after);
    const fields = (body.options as { metadataFields?: string[] } | undefined)?.metadataFields;
    const all = [...this.live('kvs')].filter(([key]) => !clause || matchesCondition(key, clause));
    return this.page(all, offset, limit, fields);
  }

  private page(all: Array<[string, StoredValue]>, offset: number, limit: number, fields: unknown): KvsReply {
    const slice = all.slice(offset, offset + limit);
    const next = offset + limit < all.length ? encodeCursor(offset + limit) : undefined;
    return {
      status: 200,
      body: { data: slice.map(([key, stored]) => this.withMetadata(key, stored, fields)), ...(next ? { cursor: next } : {}) },
    };
  }

  private queryEntity(body: Record<string, unknown>): KvsReply {
    const entityName = body.entityName as string;
    const spaceName = this.entitySpace(entityName);
    const definition = this.entities.get(entityName);
    const index = definition?.indexes.find((i) => i.name === body.indexName);
    if (!index) {
      throw badRequest(`Index '${String(body.indexName)}' is not defined for entity '${entityName}' in manifest.yml (app.storage.entities)`);
    }
    const partition = (body.partition ?? []) as unknown[];
    if (partition.length !== index.partition.length) {
      throw badRequest(`Index '${index.name}' needs a partition of ${index.partition.length} value(s)`);
    }
    const range = body.range as Condition | undefined;
    if (range && !isKnownCondition(range.condition)) throw badRequest(`Unknown range condition ${String(range.condition)}`);
    const filters = body.filters as ConditionGroup | undefined;
    const descending = body.sort === 'DESC';
    const all = [...this.live(spaceName)]
      .filter(([, stored]) => index.partition.every((attr, i) => attributeOf(stored.value, attr) === partition[i]))
      .filter(([, stored]) => attributeOf(stored.value, index.range) !== undefined)
      .filter(([, stored]) => !range || matchesCondition(attributeOf(stored.value, index.range), range))
      .filter(([, stored]) => matchesGroup(stored.value, filters))
      .sort(([ka, a], [kb, b]) => {
        const c = compareValues(attributeOf(a.value, index.range), attributeOf(b.value, index.range)) || (ka < kb ? -1 : ka > kb ? 1 : 0);
        return descending ? -c : c;
      });
    return this.page(all, decodeCursor(body.cursor), pageLimit(body.limit), body.metadataFields ?? (body.options as { metadataFields?: string[] } | undefined)?.metadataFields);
  }

  private batchItems(body: unknown): Array<Record<string, unknown>> {
    if (!Array.isArray(body) || body.length === 0) throw badRequest('A batch needs at least one item');
    if (body.length > MAX_BATCH_ITEMS) throw badRequest(`A batch takes at most ${MAX_BATCH_ITEMS} items`);
    return body as Array<Record<string, unknown>>;
  }

  private itemSpace(item: Record<string, unknown>): string {
    return item.entityName ? this.entitySpace(item.entityName) : 'kvs';
  }

  private itemRef(item: Record<string, unknown>) {
    return { key: item.key as string, ...(item.entityName ? { entityName: item.entityName as string } : {}) };
  }

  private batchSet(body: unknown): KvsReply {
    const successfulKeys: object[] = [];
    const failedKeys: object[] = [];
    for (const item of this.batchItems(body)) {
      try {
        this.write(this.itemSpace(item), validateKey(item.key), item.value, item.options as SetOptions | undefined, Boolean(item.entityName));
        successfulKeys.push(this.itemRef(item));
      } catch (e) {
        if (!(e instanceof KvsFailure)) throw e;
        failedKeys.push({ ...this.itemRef(item), error: { code: e.status === 400 ? 'VALIDATION_ERROR' : e.code, message: e.message } });
      }
    }
    return { status: 200, body: { successfulKeys, failedKeys } };
  }

  private batchGet(body: unknown): KvsReply {
    const successfulKeys: object[] = [];
    const failedKeys: object[] = [];
    for (const item of this.batchItems(body)) {
      const key = validateKey(item.key);
      const stored = this.read(this.itemSpace(item), key);
      if (stored) {
        const fields = (item.options as { metadataFields?: string[] } | undefined)?.metadataFields;
        successfulKeys.push({ ...this.withMetadata(key, stored, fields), ...(item.entityName ? { entityName: item.entityName } : {}) });
      } else {
        failedKeys.push({ ...this.itemRef(item), error: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } });
      }
    }
    return { status: 200, body: { successfulKeys, failedKeys } };
  }

  private batchDelete(body: unknown): KvsReply {
    const items = this.batchItems(body);
    for (const item of items) this.space(this.itemSpace(item)).delete(validateKey(item.key));
    return { status: 200, body: { successfulKeys: items.map((i) => this.itemRef(i)), failedKeys: [] } };
  }

  /** All or nothing: every condition is checked against the current values before anything is written. */
  private transaction(body: Record<string, unknown>): KvsReply {
    type Op = { key: string; entityName?: string; value?: unknown; conditions?: ConditionGroup; options?: SetOptions };
    const sets = (body.set ?? []) as Op[];
    const deletes = (body.delete ?? []) as Op[];
    const checks = (body.check ?? []) as Op[];
    const count = sets.length + deletes.length + checks.length;
    if (count === 0) throw badRequest('A transaction needs at least one operation');
    if (count > MAX_BATCH_ITEMS) throw badRequest(`A transaction takes at most ${MAX_BATCH_ITEMS} operations`);
    if (Buffer.byteLength(JSON.stringify(body)) > MAX_TRANSACTION_BYTES) throw new KvsFailure(400, 'MAX_SIZE', 'A transaction is at most 4 MB');
    const seen = new Set<string>();
    for (const op of [...sets, ...deletes, ...checks]) {
      const key = validateKey(op.key);
      const ref = `${op.entityName ?? ''}\u0000${key}`;
      if (seen.has(ref)) throw badRequest(`Key '${key}' is used more than once in the transaction; each key can only be used once`);
      seen.add(ref);
      if (op.conditions && !op.entityName) throw badRequest(`Conditions on key '${key}' need an entity: transaction conditions exist only for custom entities`);
      if (!op.conditions) continue;
      const current = this.read(op.entityName ? this.entitySpace(op.entityName) : 'kvs', key);
      if (!current || !matchesGroup(current.value, op.conditions)) {
        throw new KvsFailure(409, 'CONDITION_FAILED', `The conditions for key '${key}' were not met; nothing was written`);
      }
    }
    for (const op of sets) {
      validateValue(op.value);
      ttlSeconds(op.options?.ttl);
    }
    for (const op of sets) this.write(op.entityName ? this.entitySpace(op.entityName) : 'kvs', op.key, op.value, op.options, Boolean(op.entityName));
    for (const op of deletes) this.space(op.entityName ? this.entitySpace(op.entityName) : 'kvs').delete(op.key);
    return { status: 204 };
  }
}

export function kvsResponse(reply: KvsReply): Response {
  if (reply.body === undefined) return new Response(null, { status: reply.status });
  return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
}
