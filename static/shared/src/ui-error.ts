/**
 * The one error type the Custom UI apps show: a resolver's error envelope (code, message, details)
 * or a bridge failure, so every container can say what went wrong and whether trying again helps.
 */
import type { ErrorCode } from '../../../src/contract';

/** A resolver error code, or BRIDGE when the call never got an answer from the app. */
export type UiErrorCode = ErrorCode | 'BRIDGE';

/** Errors that may go away on their own; the others need a change by the user (or an admin). */
const RETRYABLE: ReadonlySet<UiErrorCode> = new Set<UiErrorCode>(['JIRA_UNAVAILABLE', 'INTERNAL', 'BRIDGE']);

export class UiError extends Error {
  constructor(
    readonly code: UiErrorCode,
    message: string,
    readonly details?: unknown,
    /** The resolver key that failed, for messages and logs. */
    readonly key?: string,
  ) {
    super(message);
    this.name = 'UiError';
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }
}

export function isUiError(error: unknown): error is UiError {
  return error instanceof UiError;
}

/** Any thrown value as a UiError; a bridge rejection keeps its message. */
export function toUiError(error: unknown, key?: string): UiError {
  if (error instanceof UiError) return error;
  const message = error instanceof Error && error.message ? error.message : 'The app could not be reached. Check your connection and try again.';
  return new UiError('BRIDGE', message, undefined, key);
}
