/**
 * A JiraTransport for tests: records every request (method, path, query, parsed body) and answers
 * with scripted replies, first from the queue, then from a handler. A request nobody scripted fails
 * loudly instead of returning something made up.
 */
import type { Route } from '@forge/api';
import type { JiraResponse, JiraTransport } from '../../src/jira/transport';

export interface RecordedRequest {
  method: string;
  /** The full route as sent, e.g. "/rest/api/3/issue/QA-1?fields=summary". */
  url: string;
  /** The path without the query string, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  /** The JSON body, parsed; undefined when none was sent. */
  body: unknown;
}

export interface FakeReply {
  status: number;
  /** Sent as JSON; a string is sent as is; undefined means an empty body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Makes the transport throw, as fetch does when the network fails. */
export interface FakeNetworkFailure {
  networkError: Error;
}

export type FakeStep = FakeReply | FakeNetworkFailure;

export type FakeHandler = (request: RecordedRequest) => FakeStep | Promise<FakeStep>;

export class UnexpectedRequestError extends Error {
  constructor(request: RecordedRequest) {
    super(`The fake Jira transport has no reply scripted for ${request.method} ${request.url}`);
    this.name = 'UnexpectedRequestError';
  }
}

export interface FakeJiraTransport {
  transport: JiraTransport;
  requests: RecordedRequest[];
  /** Replies used in order, one per request, before the handler is asked. */
  enqueue(...steps: FakeStep[]): FakeJiraTransport;
  /** Answers every request the queue does not. */
  respond(handler: FakeHandler): FakeJiraTransport;
  /** Requests whose method and path (without query) match, e.g. ("POST", "/rest/api/3/issue/bulk"). */
  requestsTo(method: string, path: string): RecordedRequest[];
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): FakeReply => ({ status, body, headers });

function toResponse(reply: FakeReply): JiraResponse {
  const headers = new Map(Object.entries(reply.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
  const text = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  return {
    status: reply.status,
    headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
    text: async () => text,
  };
}

export function createFakeJiraTransport(handler?: FakeHandler): FakeJiraTransport {
  const queue: FakeStep[] = [];
  let fallback = handler;
  const requests: RecordedRequest[] = [];

  const transport: JiraTransport = async (route: Route, init = {}) => {
    const url = route.value;
    const queryStart = url.indexOf('?');
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      url,
      path: queryStart === -1 ? url : url.slice(0, queryStart),
      query: new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1)),
      headers: init.headers ?? {},
      body: init.body === undefined ? undefined : JSON.parse(init.body),
    };
    requests.push(request);
    const step = queue.shift() ?? (fallback ? await fallback(request) : undefined);
    if (!step) throw new UnexpectedRequestError(request);
    if ('networkError' in step) throw step.networkError;
    return toResponse(step);
  };

  const fake: FakeJiraTransport = {
    transport,
    requests,
    enqueue(...steps) {
      queue.push(...steps);
      return fake;
    },
    respond(next) {
      fallback = next;
      return fake;
    },
    requestsTo: (method, path) => requests.filter((request) => request.method === method && request.path === path),
  };
  return fake;
}
