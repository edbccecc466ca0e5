/**
 * The storage, queue and clock the metrics service depends on, as small interfaces with the real
 * Forge adapters as defaults: results and job records in Forge storage (@forge/kvs), long
 * computations on the `metrics-jobs` async-event queue (@forge/events). Tests hand in their own.
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-basic/
 * https://developer.atlassian.com/platform/forge/runtime-reference/async-events-api/
 */
import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';

export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  /** `ttlSeconds`: the entry disappears after this long. */
  set<T>(key: string, value: T, ttlSeconds?: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface JobQueue {
  /** Sends one event to the queue's consumer; answers the platform's job id. */
  push(body: Record<string, unknown>): Promise<string>;
}

export type Clock = () => Date;

/** The manifest's `consumer.queue` for the metrics computation. */
export const METRICS_QUEUE_KEY = 'metrics-jobs';

export function forgeKeyValueStore(): KeyValueStore {
  return {
    get: <T>(key: string) => kvs.get<T>(key),
    set: <T>(key: string, value: T, ttlSeconds?: number) =>
      kvs.set(key, value, ttlSeconds === undefined ? undefined : { ttl: { value: Math.ceil(ttlSeconds), unit: 'SECONDS' } }),
    delete: (key: string) => kvs.delete(key),
  };
}

export function forgeMetricsQueue(): JobQueue {
  const queue = new Queue({ key: METRICS_QUEUE_KEY });
  return {
    async push(body) {
      const { jobId } = await queue.push({ body });
      return jobId;
    },
  };
}

export const systemClock: Clock = () => new Date();
