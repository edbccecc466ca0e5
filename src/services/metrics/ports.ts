/**
 * The storage and clock the metrics service depends on, as small interfaces with the real Forge
 * adapter as default: results in Forge storage (@forge/kvs). Tests hand in their own.
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-basic/
 */
import { kvs } from '@forge/kvs';

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  /** `ttlSeconds`: the entry disappears after this long. */
  set<T>(key: string, value: T, ttlSeconds?: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export type Clock = () => Date;

export function forgeKeyValueStore(): KeyValueStore {
  return {
    get: <T>(key: string) => kvs.get<T>(key),
    set: <T>(key: string, value: T, ttlSeconds?: number) =>
      kvs.set(key, value, ttlSeconds === undefined ? undefined : { ttl: { value: Math.ceil(ttlSeconds), unit: 'SECONDS' } }),
    delete: (key: string) => kvs.delete(key),
  };
}

export const systemClock: Clock = () => new Date();
