/** An in-memory stand-in for Forge's secret storage (kvs.getSecret / setSecret / deleteSecret). */
import type { SecretStore } from '../../src/services/tests/xray-connection';

export function memorySecrets(initial: Record<string, unknown> = {}): SecretStore & { entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    entries,
    get: <T>(key: string) => Promise.resolve(structuredClone(entries.get(key)) as T | undefined),
    set: <T>(key: string, value: T) => { entries.set(key, structuredClone(value)); return Promise.resolve(); },
    delete: (key: string) => { entries.delete(key); return Promise.resolve(); },
  };
}
