/**
 * A Custom UI `invoke(functionKey, payload)` reaching the resolver as Forge calls it
 * (@forge/resolver 2.0.1): `handler({call: {functionKey, payload}, context}, {principal,
 * installContext, license})`, where `context` is the UI's Forge context (extension, moduleKey,
 * localId, cloudId, siteUrl, ...). The answer is the resolver's result; a thrown error becomes a
 * status and `{"error": {"code", "message"}}`, keeping the error's own `status`/`code` if it has them.
 * https://developer.atlassian.com/platform/forge/runtime-reference/custom-ui-resolver/
 */
import { HTTP_STATUS_BY_CODE } from '../../src/contract';
import { errorOf } from './thrown-error';
import { FunctionNotFoundError, installContextOf, type FunctionRunner, type SiteInfo } from './functions';
import type { ForgeManifest, ManifestModule } from './manifest';
import type { SandboxUser } from './users';

export interface InvokeRequest {
  moduleKey: string;
  functionKey: string;
  payload?: unknown;
  extension?: Record<string, unknown>;
  localId?: string;
}

export interface InvokeOutcome { status: number; body: unknown }

export interface HostIdentity extends SiteInfo { appId: string; environmentId: string }

const DEFAULT_CODES: Record<number, string> = {
  400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE', 422: 'UNPROCESSABLE_ENTITY', 429: 'TOO_MANY_REQUESTS', 500: 'INTERNAL_SERVER_ERROR',
  502: 'BAD_GATEWAY', 503: 'SERVICE_UNAVAILABLE', 504: 'GATEWAY_TIMEOUT',
};

const STATUS_BY_APP_CODE: Record<string, number> = HTTP_STATUS_BY_CODE;

/**
 * The HTTP status and `{error}` body for anything a handler throws: the error's own numeric
 * `status`/`statusCode`, else the status src/contract.ts gives its string `code`, else 500. The code
 * is the error's string `code`, else its class name, else the status's name.
 */
export function errorReply(e: unknown): InvokeOutcome {
  const raw = (e ?? {}) as { status?: unknown; statusCode?: unknown; code?: unknown };
  const declared = [raw.status, raw.statusCode, raw.code].find((v) => typeof v === 'number' && Number.isInteger(v) && v >= 400 && v <= 599) as number | undefined;
  const byCode = typeof raw.code === 'string' ? STATUS_BY_APP_CODE[raw.code] : undefined;
  const status = declared ?? byCode ?? 500;
  const { code: named, message } = errorOf(e);
  const code = named !== 'Error' ? named : DEFAULT_CODES[status] ?? `HTTP_${status}`;
  return { status, body: { error: { code, message } } };
}

export function localIdOf(identity: HostIdentity, module: ManifestModule): string {
  return `ari:cloud:ecosystem::extension/${identity.appId}/${identity.environmentId}/static/${module.key}`;
}

/** The Forge context a UI module's frontend sees (view.getContext) and its resolver receives. */
export function uiContext(identity: HostIdentity, module: ManifestModule, user: SandboxUser, extension: Record<string, unknown> | undefined, localId?: string) {
  return {
    accountId: user.accountId,
    cloudId: identity.cloudId,
    siteUrl: identity.siteUrl,
    moduleKey: module.key,
    localId: localId ?? localIdOf(identity, module),
    extension: { type: module.type, ...(extension ?? {}) },
    environmentId: identity.environmentId,
    environmentType: 'DEVELOPMENT',
    locale: 'en-US',
    timezone: user.timeZone,
    license: { active: true, isActive: true },
  };
}

function findUiModule(manifest: ForgeManifest, moduleKey: string): ManifestModule {
  const module = manifest.module(moduleKey);
  if (!module) throw new FunctionNotFoundError('MODULE_NOT_FOUND', `No module '${moduleKey}' in manifest.yml`);
  if (!module.resolver?.function) {
    throw new FunctionNotFoundError('RESOLVER_NOT_FOUND', `Module '${moduleKey}' (${module.type}) has no resolver function in manifest.yml`);
  }
  return module;
}

export function validateInvokeRequest(body: unknown): InvokeRequest | string {
  const b = (body ?? {}) as Record<string, unknown>;
  if (typeof b.moduleKey !== 'string' || !b.moduleKey) return 'moduleKey is required';
  if (typeof b.functionKey !== 'string' || !b.functionKey) return 'functionKey is required';
  if (b.extension !== undefined && (b.extension === null || typeof b.extension !== 'object' || Array.isArray(b.extension))) {
    return 'extension must be an object';
  }
  if (b.localId !== undefined && typeof b.localId !== 'string') return 'localId must be a string';
  return {
    moduleKey: b.moduleKey, functionKey: b.functionKey, payload: b.payload,
    extension: b.extension as Record<string, unknown> | undefined, localId: b.localId as string | undefined,
  };
}

/**
 * A resolver that answers the error half of our envelope ({ok: false, error}) gets that error's HTTP
 * status here, with `returned: true` so the bridge shim can hand the page the envelope unchanged, as
 * Forge's invoke would (the resolver returned it; it did not throw).
 */
function envelopeErrorReply(result: unknown): InvokeOutcome | undefined {
  const envelope = result as { ok?: unknown; error?: { code?: unknown } } | null;
  if (!envelope || envelope.ok !== false || !envelope.error || typeof envelope.error.code !== 'string') return undefined;
  const status = (HTTP_STATUS_BY_CODE as Record<string, number>)[envelope.error.code] ?? 400;
  return { status, body: { error: envelope.error, returned: true } };
}

/** Forge ends a UI resolver invocation after 25 s (https://developer.atlassian.com/platform/forge/limits-invocation/). */
export const RESOLVER_LIMIT_MS = 25_000;

export async function invokeResolver(
  runner: FunctionRunner, identity: HostIdentity, user: SandboxUser, request: InvokeRequest, limitMs = RESOLVER_LIMIT_MS,
): Promise<InvokeOutcome> {
  try {
    const module = findUiModule(runner.manifest, request.moduleKey);
    const context = uiContext(identity, module, user, request.extension, request.localId);
    const event = { call: { functionKey: request.functionKey, payload: request.payload }, context };
    const backendRuntimePayload = {
      principal: { accountId: user.accountId },
      installContext: installContextOf(identity),
      license: { isActive: true },
    };
    const result = await runner.call(module, user, event, backendRuntimePayload, limitMs);
    return envelopeErrorReply(result) ?? { status: 200, body: result === undefined ? null : result };
  } catch (e) {
    return errorReply(e);
  }
}
