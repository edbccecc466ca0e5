/**
 * The typed Jira REST v3 client: the app's one port to Jira. Services receive a JiraClient; the
 * caller picks the transport (asUserTransport() in resolvers, asAppTransport() in triggers and
 * scheduled jobs, a fake or the emulator in tests). Every request it sends is counted, so a job can
 * report how many Jira calls it made.
 */
import { changelogOperations, type ChangelogOperations } from './changelogs';
import { createJiraHttp } from './http';
import { issueOperations, type IssueOperations } from './issues';
import { metadataOperations, type MetadataOperations } from './metadata';
import { propertyOperations, type PropertyOperations } from './properties';
import type { RetryOptions } from './retry';
import { searchOperations, type SearchOperations } from './search';
import { screenOperations, type ScreenOperations } from './screens';
import type { JiraTransport } from './transport';
import { userOperations, type UserOperations } from './users';

export interface JiraClientOptions {
  /** Overrides of DEFAULT_RETRY (attempt limits, backoff base, longest wait). */
  retry?: Partial<RetryOptions>;
  /** How to wait between attempts; tests pass a recorder. */
  sleep?: (ms: number) => Promise<void>;
  /** Source of jitter in [0, 1). */
  random?: () => number;
  /** Epoch ms by which every call must be answered (see invocation-deadline.ts). */
  deadline?: number;
  /** Longest one request may take. */
  requestTimeoutMs?: number;
  /** Wait out a quota 429 that fits before the deadline (queue consumers, never resolvers). */
  waitOutQuota?: boolean;
}

export interface JiraCallCounts {
  /** Requests sent, retries included. */
  readonly calls: number;
  /** Requests sent by call, e.g. { "POST /rest/api/3/search/jql": 3 }. */
  readonly callsByOperation: Readonly<Record<string, number>>;
}

export interface JiraClient
  extends SearchOperations,
    ChangelogOperations,
    IssueOperations,
    PropertyOperations,
    UserOperations,
    MetadataOperations,
    ScreenOperations,
    JiraCallCounts {}

export function createJiraClient(transport: JiraTransport, options: JiraClientOptions = {}): JiraClient {
  const http = createJiraHttp(transport, options);
  const client = {
    ...searchOperations(http),
    ...changelogOperations(http),
    ...issueOperations(http),
    ...propertyOperations(http),
    ...userOperations(http),
    ...metadataOperations(http),
    ...screenOperations(http),
  };
  return Object.defineProperties(client, {
    calls: { get: () => http.calls, enumerable: true },
    callsByOperation: { get: () => http.callsByOperation, enumerable: true },
  }) as JiraClient;
}
