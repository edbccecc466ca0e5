/**
 * The invoke contract between static/ (Custom UI) and src/resolvers: every resolver key with its
 * payload schema and result type. Imported by both sides; the UI calls `invoke` only through a typed
 * wrapper over these keys, and a test checks that the resolver defines exactly these keys.
 */
import { z } from 'zod';

import { type ErrorCode } from './contracts/vocabulary';

export { ERROR_CODES, type ErrorCode } from './contracts/vocabulary';

export interface AppErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** One problem with a request: where (the path into the payload, e.g. ["document", "gather", "severity"]) and what. */
export interface ValidationIssue {
  path: (string | number)[];
  message: string;
}

/** `details` of every VALIDATION error about a payload: each problem as data, for the screens to show at its field. */
export interface ValidationDetails {
  issues: ValidationIssue[];
}

/** Every resolver answers this envelope; errors never surface as a bare exception in the UI. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody };

/** HTTP status the local host (and any HTTP adapter) uses for each error code. */
export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION: 400, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_LARGE: 413,
  JIRA_UNAVAILABLE: 502, SERVICE_UNAVAILABLE: 503, INTERNAL: 500,
};

export const EmptyPayloadSchema = z.object({}).strict();

export * from './contracts/postmortem';
export * from './contracts/metrics';
export * from './contracts/actions';

import { POSTMORTEM_RESOLVER_KEYS } from './contracts/postmortem';
import { METRICS_RESOLVER_KEYS } from './contracts/metrics';
import { ACTIONS_RESOLVER_KEYS } from './contracts/actions';

/** Every key the resolver defines; a test checks the resolver defines exactly these. */
export const RESOLVER_KEYS = [...POSTMORTEM_RESOLVER_KEYS, ...METRICS_RESOLVER_KEYS, ...ACTIONS_RESOLVER_KEYS] as const;
export type ResolverKey = (typeof RESOLVER_KEYS)[number];
