/**
 * The one error type that crosses layers with a meaning a user can act on. Services throw it;
 * resolvers turn it (and Jira and validation errors) into the error half of the envelope.
 */
import type { ErrorCode } from './contract';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** An issue that does not exist or that the user may not browse: the same words either way, as Jira does. */
export function issueNotFound(issueKey: string): AppError {
  return new AppError('NOT_FOUND', `Issue ${issueKey} does not exist, or you do not have permission to see it.`);
}

/**
 * A failure after which the app kept the person's changes (services/postmortem/kept-drafts.ts): it is
 * answered as the failure itself, with `details.draftKept` so the panel can say the changes are safe.
 */
export class ChangesKeptError extends Error {
  constructor(readonly failure: unknown, readonly keptDraftId: string) {
    super(failure instanceof Error ? failure.message : String(failure));
    this.name = 'ChangesKeptError';
  }
}
