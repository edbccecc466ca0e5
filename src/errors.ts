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
