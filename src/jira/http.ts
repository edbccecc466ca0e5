/**
 * Sends one Jira call through the transport: builds the route, retries 429 (after Retry-After) and,
 * for calls that are safe to repeat, 5xx and network failures (after backoff), counts every request
 * sent, parses the JSON answer, and turns a failure into a JiraError naming the call.
 */
import { type Endpoint, callName } from './endpoints';
import { createJiraError, parseJiraErrorBody } from './errors';
import { type PathValues, type QueryValues, toRoute } from './paths';
import { DEFAULT_RETRY, type RetryOptions, backoffDelay, parseRetryAfter, rateLimitDelay, sleepFor } from './retry';
import type { JiraResponse, JiraTransport } from './transport';

export interface JiraHttpOptions {
  retry?: Partial<RetryOptions>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface JiraRequest<Path extends string> {
  params?: PathValues<Path>;
  query?: QueryValues;
  body?: unknown;
  /** Statuses besides 2xx whose body the caller reads itself (e.g. 400 from a bulk create). */
  acceptStatuses?: readonly number[];
}

export interface JiraReply<T> {
  status: number;
  /** Parsed JSON; undefined when Jira sent no body (204). */
  body: T | undefined;
}

export interface JiraHttp {
  send<Path extends string, Response>(endpoint: Endpoint<Path, Response>, request?: JiraRequest<Path>): Promise<JiraReply<Response>>;
  /** Requests sent so far, retries included. */
  readonly calls: number;
  /** Requests sent so far by call name ("POST /rest/api/3/search/jql"). */
  readonly callsByOperation: Readonly<Record<string, number>>;
}

const isSuccess = (status: number): boolean => status >= 200 && status < 300;

export function createJiraHttp(transport: JiraTransport, options: JiraHttpOptions = {}): JiraHttp {
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  const sleep = options.sleep ?? sleepFor;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  let calls = 0;
  const byOperation: Record<string, number> = {};

  async function send<Path extends string, Response>(endpoint: Endpoint<Path, Response>, request: JiraRequest<Path> = {}): Promise<JiraReply<Response>> {
    const call = callName(endpoint);
    const path = toRoute(endpoint.path, request.params ?? ({} as PathValues<Path>), request.query);
    const init = {
      method: endpoint.method,
      headers: { Accept: 'application/json', ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    };
    let attempts = 0;
    let rateLimitRetries = 0;
    let serverRetries = 0;
    for (;;) {
      attempts += 1;
      calls += 1;
      byOperation[call] = (byOperation[call] ?? 0) + 1;
      let response: JiraResponse;
      try {
        response = await transport(path, init);
      } catch (cause) {
        if (endpoint.idempotent && serverRetries + 1 < retry.serverErrorAttempts) {
          serverRetries += 1;
          await sleep(backoffDelay(serverRetries, retry, random));
          continue;
        }
        throw createJiraError({ status: 0, call, attempts, cause });
      }
      const { status } = response;
      if (status === 429 && rateLimitRetries + 1 < retry.rateLimitAttempts) {
        rateLimitRetries += 1;
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), now());
        await sleep(rateLimitDelay(retryAfter, rateLimitRetries, retry, random));
        continue;
      }
      if (status >= 500 && endpoint.idempotent && serverRetries + 1 < retry.serverErrorAttempts) {
        serverRetries += 1;
        await sleep(backoffDelay(serverRetries, retry, random));
        continue;
      }
      const text = await response.text();
      if (!isSuccess(status) && !request.acceptStatuses?.includes(status)) {
        throw createJiraError({ status, call, attempts, body: parseJiraErrorBody(text) });
      }
      if (text.trim() === '') return { status, body: undefined };
      try {
        return { status, body: JSON.parse(text) as Response };
      } catch (cause) {
        throw createJiraError({ status, call, attempts, cause, body: { errorMessages: ['Jira answered with something that is not JSON.'], errors: {}, raw: text.slice(0, 500) } });
      }
    }
  }

  return {
    send,
    get calls() {
      return calls;
    },
    get callsByOperation() {
      return { ...byOperation };
    },
  };
}
