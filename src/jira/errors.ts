/**
 * The one error type the Jira client throws. It keeps what Jira said (status and the parsed
 * ErrorCollection body) and which call failed ("POST /rest/api/3/search/jql"), and carries a message
 * a person can act on. Callers branch on `status` (or `isNotFound`), never on message text.
 */

/** Jira's error body, normalised: both lists always present. `raw` keeps a body that was not JSON. */
export interface JiraErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
  raw?: string;
}

export interface JiraErrorDetails {
  /** HTTP status; 0 when Jira could not be reached at all. */
  status: number;
  /** Method and path template, e.g. "GET /rest/api/3/issue/{issueIdOrKey}". */
  call: string;
  body?: JiraErrorBody;
  /** Requests sent for this call, retries included. */
  attempts: number;
  cause?: unknown;
  /** For a 429: how long Jira asked to wait (Retry-After), in ms. */
  retryAfterMs?: number;
  /** For a 429: Jira's RateLimit-Reason, e.g. "jira-quota-global-based" (the hourly points quota). */
  rateLimitReason?: string;
  /** The call was not finished within the time the invocation had left. */
  outOfTime?: boolean;
}

/** Jira's reasons for a 429 that hold for the rest of the hour: nothing is accepted until the quota resets. */
export const isQuotaReason = (reason: string | undefined): boolean => reason !== undefined && /quota|cost/.test(reason);

function waitWords(ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  return ms < 90_000 ? `${Math.max(1, Math.ceil(ms / 1000))} seconds` : `${minutes} minutes`;
}

const MAX_RAW_BODY = 500;

/** Reads Jira's ErrorCollection out of a response text; anything else is kept (shortened) as `raw`. */
export function parseJiraErrorBody(text: string): JiraErrorBody | undefined {
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const { errorMessages, errors, message } = parsed as Record<string, unknown>;
      const messages = Array.isArray(errorMessages) ? errorMessages.filter((m): m is string => typeof m === 'string') : [];
      if (typeof message === 'string' && messages.length === 0) messages.push(message);
      const fieldErrors: Record<string, string> = {};
      if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
        for (const [field, value] of Object.entries(errors)) if (typeof value === 'string') fieldErrors[field] = value;
      }
      return { errorMessages: messages, errors: fieldErrors };
    }
  } catch {
    // not JSON: keep the text below
  }
  return { errorMessages: [], errors: {}, raw: text.slice(0, MAX_RAW_BODY) };
}

function whatHappened(status: number, details?: Pick<JiraErrorDetails, 'retryAfterMs' | 'rateLimitReason' | 'outOfTime'>): string {
  if (details?.outOfTime) return 'Jira did not answer in time for this request to finish (Forge stops an app after 25 seconds). Nothing more was sent; try again in a minute.';
  if (status === 429 && isQuotaReason(details?.rateLimitReason)) {
    const wait = details?.retryAfterMs;
    return `Jira has refused this app's requests for the rest of the hour: the app used its hourly allowance of Jira requests.${wait !== undefined ? ` Jira will accept them again in about ${waitWords(wait)}.` : ''} Nothing was changed; try again then.`;
  }
  if (status === 429 && details?.retryAfterMs !== undefined) return `Jira is receiving too many requests and asked to wait ${waitWords(details.retryAfterMs)}. Try again then.`;
  if (status === 0) return 'Could not reach Jira. Check the connection and try again.';
  if (status === 400) return 'Jira rejected the request.';
  if (status === 401) return 'Jira did not accept the credentials. Sign in again, or check that the app is installed on this site.';
  if (status === 403) return 'You do not have permission to do this in Jira.';
  if (status === 404) return 'Not found in Jira, or you do not have permission to see it.';
  if (status === 409) return 'Jira reported a conflicting change. Reload and try again.';
  if (status === 413) return 'The request is too large for Jira.';
  if (status === 429) return 'Jira is receiving too many requests. Wait a minute and try again.';
  if (status >= 500) return 'Jira is not responding properly right now. Try again in a few minutes.';
  return 'Jira returned an unexpected response.';
}

/** Jira's own words: the error messages, then each field error as "field: message". */
export function jiraErrorDetailsText(body: JiraErrorBody | undefined): string {
  if (!body) return '';
  const parts = [...body.errorMessages, ...Object.entries(body.errors).map(([field, message]) => `${field}: ${message}`)];
  return parts.join('; ');
}

export class JiraError extends Error {
  readonly status: number;
  readonly call: string;
  readonly body: JiraErrorBody | undefined;
  readonly attempts: number;
  readonly retryAfterMs: number | undefined;
  readonly rateLimitReason: string | undefined;
  readonly outOfTime: boolean;

  constructor(details: JiraErrorDetails) {
    const said = details.status === 429 ? '' : jiraErrorDetailsText(details.body);
    const tried = details.attempts > 1 ? ` after ${details.attempts} attempts` : '';
    const outcome = details.outOfTime ? 'ran out of time' : details.status === 0 ? 'failed' : `returned ${details.status}`;
    super(`${whatHappened(details.status, details)}${said ? ` Jira said: ${said}` : ''} (${details.call} ${outcome}${tried})`, { cause: details.cause });
    this.name = 'JiraError';
    this.status = details.status;
    this.call = details.call;
    this.retryAfterMs = details.retryAfterMs;
    this.rateLimitReason = details.rateLimitReason;
    this.outOfTime = details.outOfTime === true;
    this.body = details.body;
    this.attempts = details.attempts;
  }
}

/** A 404: the issue, project or property does not exist, or the caller may not see it. */
export class JiraNotFoundError extends JiraError {
  constructor(details: JiraErrorDetails) {
    super(details);
    this.name = 'JiraNotFoundError';
  }
}

export const createJiraError = (details: JiraErrorDetails): JiraError =>
  details.status === 404 ? new JiraNotFoundError(details) : new JiraError(details);

export const isJiraError = (error: unknown): error is JiraError => error instanceof JiraError;

export const isNotFound = (error: unknown): error is JiraNotFoundError => error instanceof JiraError && error.status === 404;
