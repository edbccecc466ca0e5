/**
 * The one error type the Custom UI apps show: a resolver's error envelope (code, message, details)
 * or a bridge failure, so every container can say what went wrong and whether trying again helps.
 */
import type { ErrorCode, ValidationIssue } from '../../../src/contract';

/** A resolver error code, or BRIDGE when the call never got an answer from the app. */
export type UiErrorCode = ErrorCode | 'BRIDGE';

/** Errors that may go away on their own; the others need a change by the user (or an admin). */
const RETRYABLE: ReadonlySet<UiErrorCode> = new Set<UiErrorCode>(['JIRA_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'INTERNAL', 'BRIDGE']);

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

/** The problems of a VALIDATION error, each with its field path (`details.issues`); none for other errors. */
export function validationIssuesOf(error: UiError): ValidationIssue[] {
  if (error.code !== 'VALIDATION') return [];
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter((issue): issue is ValidationIssue =>
    typeof issue === 'object' && issue !== null
    && Array.isArray((issue as ValidationIssue).path) && typeof (issue as ValidationIssue).message === 'string');
}
