/**
 * Sends one Jira call through the transport: builds the route, retries 429 (after Retry-After) and,
 * for calls that are safe to repeat, 5xx and network failures (after backoff), counts every request
 * sent, parses the JSON answer, and turns a failure into a JiraError naming the call.
 *
 * Within the time the invocation has (Forge ends a resolver at 25 s): every request has a timeout,
 * no wait is started that would end past the deadline, and a 429 for the hourly points quota
 * (RateLimit-Reason `jira-quota-*`: "All requests are denied until the next hourly reset") is not
 * waited out unless the caller allows it (a queue consumer may); the error says when Jira accepts again.
 * https://developer.atlassian.com/cloud/jira/platform/rate-limiting/
 */
import { type Endpoint, callName } from './endpoints';
import { createJiraError, isQuotaReason, parseJiraErrorBody } from './errors';
import { type PathValues, type QueryValues, toRoute } from './paths';
import { DEFAULT_RETRY, type RetryOptions, backoffDelay, parseRetryAfter, rateLimitDelay, sleepFor } from './retry';
import type { JiraResponse, JiraTransport } from './transport';

export interface JiraHttpOptions {
  retry?: Partial<RetryOptions>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Epoch ms by which every call must have its answer (the invocation's end, less a margin). */
  deadline?: number;
  /** Longest a single request may take (default 10 s; never past the deadline). */
  requestTimeoutMs?: number;
  /** Wait out a quota 429 when its Retry-After still fits before the deadline (consumers only). */
  waitOutQuota?: boolean;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** What a request needs at least: no wait is started that leaves less than this before the deadline. */
const MIN_REQUEST_MS = 1_000;

class RequestTimeout extends Error {
  constructor(ms: number) { super(`No answer within ${ms} ms`); this.name = 'RequestTimeout'; }
}

/** The transport's answer, or RequestTimeout after `ms` (the request itself cannot be recalled). */
async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => { timer = setTimeout(() => reject(new RequestTimeout(ms)), ms); });
  promise.catch(() => undefined);
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
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
  const deadline = options.deadline ?? Number.POSITIVE_INFINITY;
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const timeLeft = () => deadline - now();
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
    /** Waits `ms` if a request still fits after it; false when the deadline would be passed. */
    const waitIfTime = async (ms: number): Promise<boolean> => {
      if (ms + MIN_REQUEST_MS > timeLeft()) return false;
      await sleep(ms);
      return true;
    };
    for (;;) {
      if (timeLeft() < MIN_REQUEST_MS) throw createJiraError({ status: 0, call, attempts, outOfTime: true });
      attempts += 1;
      calls += 1;
      byOperation[call] = (byOperation[call] ?? 0) + 1;
      let response: JiraResponse;
      try {
        response = await withTimeout(transport(path, init), Math.max(1, Math.min(requestTimeoutMs, timeLeft())));
      } catch (cause) {
        if (endpoint.idempotent && serverRetries + 1 < retry.serverErrorAttempts && await waitIfTime(backoffDelay(serverRetries + 1, retry, random))) {
          serverRetries += 1;
          continue;
        }
        throw createJiraError({ status: 0, call, attempts, cause, outOfTime: cause instanceof RequestTimeout && timeLeft() < MIN_REQUEST_MS });
      }
      const { status } = response;
      if (status === 429) {
        const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now());
        const rateLimitReason = response.headers.get('RateLimit-Reason') ?? undefined;
        const quota = isQuotaReason(rateLimitReason);
        const wait = quota && retryAfterMs !== undefined ? retryAfterMs : rateLimitDelay(retryAfterMs, rateLimitRetries + 1, retry, random);
        const mayWait = (!quota || options.waitOutQuota === true) && rateLimitRetries + 1 < retry.rateLimitAttempts && wait <= retry.maxDelayMs;
        if (mayWait && await waitIfTime(wait)) {
          rateLimitRetries += 1;
          continue;
        }
        await response.text().catch(() => '');
        throw createJiraError({ status, call, attempts, retryAfterMs, rateLimitReason });
      }
      if (status >= 500 && endpoint.idempotent && serverRetries + 1 < retry.serverErrorAttempts && await waitIfTime(backoffDelay(serverRetries + 1, retry, random))) {
        serverRetries += 1;
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
