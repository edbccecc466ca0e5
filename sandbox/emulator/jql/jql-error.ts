/**
 * The error the JQL evaluator throws for JQL that Jira would refuse: a syntax error, an unknown
 * field, value or function, an operator a field does not take, or something the emulator does not
 * model. Route handlers answer it as Jira does, 400 with `{ errorMessages, errors: {} }`.
 */
export class JqlError extends Error {
  readonly errorMessages: string[];

  constructor(errorMessages: string[]) {
    super(errorMessages.join(' '));
    this.name = 'JqlError';
    this.errorMessages = errorMessages;
  }
}
