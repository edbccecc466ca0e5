/**
 * Errors the emulator answers with, in Jira's ErrorCollection shape `{errorMessages: [], errors: {}}`.
 * Route handlers throw them; the router's error handler writes status and body.
 */

export interface ErrorCollection {
  errorMessages: string[];
  errors: Record<string, string>;
}

export class JiraHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: string[],
    readonly errors: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(errorMessages[0] ?? Object.values(errors)[0] ?? `HTTP ${status}`);
    this.name = 'JiraHttpError';
  }

  get body(): ErrorCollection {
    return { errorMessages: this.errorMessages, errors: this.errors };
  }
}

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export const badRequest = (message: string): JiraHttpError => new JiraHttpError(400, [message]);
export const fieldErrors = (errors: Record<string, string>): JiraHttpError => new JiraHttpError(400, [], errors);
export const notFound = (message: string): JiraHttpError => new JiraHttpError(404, [message]);
export const forbidden = (message: string): JiraHttpError => new JiraHttpError(403, [message]);
export const issueNotFound = (): JiraHttpError => notFound(ISSUE_NOT_FOUND);
