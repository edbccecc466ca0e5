/**
 * A project's Xray Cloud API key, kept in Forge's secret storage (kvs.setSecret: encrypted, never
 * listed by queries) and never sent to a browser or written to a log: the settings page sees only
 * whether one is saved, its region and the last four characters of its client id. Tokens are kept
 * there too, for 12 hours (Xray's documented example token lasts 24; half is the safer reading), and
 * asked for again when Xray refuses one.
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-secret/
 */
import { kvs } from '@forge/kvs';
import { AppError } from '../../errors';
import { XrayClient, type AnswerCache, type TokenCache, type XrayCredentials, type XrayFetch } from '../../xray/client';
import { forgeKeyValueStore, type Clock, type KeyValueStore } from '../metrics/ports';
import type { XrayKeyView } from '../../contracts/metrics';

export interface SecretStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

export function forgeSecretStore(): SecretStore {
  return {
    get: <T>(key: string) => kvs.getSecret<T>(key),
    set: <T>(key: string, value: T) => kvs.setSecret(key, value),
    delete: (key: string) => kvs.deleteSecret(key),
  };
}

const TOKEN_KEPT_MS = 12 * 3_600_000;

export const credentialsKey = (projectKey: string) => `xray:credentials:${projectKey}`;
const tokenKey = (projectKey: string) => `xray:token:${projectKey}`;

export type { XrayKeyView } from '../../contracts/metrics';

export async function readCredentials(secrets: SecretStore, projectKey: string): Promise<XrayCredentials | undefined> {
  return secrets.get<XrayCredentials>(credentialsKey(projectKey));
}

export async function xrayKeyView(secrets: SecretStore, projectKey: string): Promise<XrayKeyView> {
  const credentials = await readCredentials(secrets, projectKey);
  return credentials
    ? { saved: true, region: credentials.region, clientIdEnd: credentials.clientId.slice(-4) }
    : { saved: false, region: null, clientIdEnd: null };
}

function tokenCache(secrets: SecretStore, projectKey: string, clientId: string, clock: Clock): TokenCache {
  const key = tokenKey(projectKey);
  return {
    get: async () => {
      const kept = await secrets.get<{ token: string; clientId: string; keptUntil: number }>(key);
      return kept && kept.clientId === clientId && kept.keptUntil > clock().getTime() ? kept.token : undefined;
    },
    set: (token) => secrets.set(key, { token, clientId, keptUntil: clock().getTime() + TOKEN_KEPT_MS }),
    clear: () => secrets.delete(key),
  };
}

/** How long an Xray answer is reused: a few views, well inside Xray's 5-minute rate-limit window. */
export const XRAY_ANSWER_TTL_SECONDS = 300;

function answerCache(store: KeyValueStore, projectKey: string, clientId: string): AnswerCache {
  const prefix = `xray:answer:${projectKey}:${clientId.slice(-8)}:`;
  return {
    get: (key) => store.get(`${prefix}${key}`),
    set: (key, value) => store.set(`${prefix}${key}`, value, XRAY_ANSWER_TTL_SECONDS),
  };
}

export function xrayClientWith(credentials: XrayCredentials, secrets: SecretStore, projectKey: string, clock: Clock, send?: XrayFetch, store?: KeyValueStore): XrayClient {
  return new XrayClient(credentials, tokenCache(secrets, projectKey, credentials.clientId, clock), send, store ? answerCache(store, projectKey, credentials.clientId) : undefined);
}

/** The project's Xray client (its answers kept in `store`); a project without a saved key is told how to get one. */
export async function xrayClientFor(secrets: SecretStore, projectKey: string, clock: Clock, send?: XrayFetch, store: KeyValueStore = forgeKeyValueStore()): Promise<XrayClient> {
  const credentials = await readCredentials(secrets, projectKey);
  if (!credentials) {
    throw new AppError('VALIDATION', `${projectKey} reads its tests from Xray Cloud, but no Xray API key is saved. `
      + `A project administrator enters one (Xray's Global Settings, API Keys) in ${projectKey}'s QA post-mortem settings.`);
  }
  return xrayClientWith(credentials, secrets, projectKey, clock, send, store);
}

/** Saves a key after Xray has accepted it (one authentication), so a wrong key is refused at once. */
export async function saveCredentials(secrets: SecretStore, projectKey: string, credentials: XrayCredentials, clock: Clock, send?: XrayFetch): Promise<XrayKeyView> {
  await secrets.delete(tokenKey(projectKey));
  await xrayClientWith(credentials, secrets, projectKey, clock, send).authenticate();
  await secrets.set(credentialsKey(projectKey), credentials);
  return xrayKeyView(secrets, projectKey);
}

export async function deleteCredentials(secrets: SecretStore, projectKey: string): Promise<void> {
  await secrets.delete(tokenKey(projectKey));
  await secrets.delete(credentialsKey(projectKey));
}
