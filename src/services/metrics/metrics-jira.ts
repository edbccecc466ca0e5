/**
 * The Jira port of the metrics and settings services: the shared client (src/jira) and the two
 * reads the metrics make in their own way, both sent by the client (so retried and counted with
 * the rest; `calls` is the client's count):
 *   - the projects a user can browse, by key, for the pickers (as src/jira's project records);
 *   - status changes only, in pages of 10,000 histories: Jira's default page holds 1,000, so 1,000
 *     defects with about five status changes each would need five pages instead of one.
 * It knows no URL and sends nothing itself.
 */
import {
  CHANGELOG_PAGE_MAX, appClientDeadline, asAppTransport, asUserTransport, createJiraClient, userClientDeadline, projectFromJira, type JiraClient, type JiraClientOptions, type JiraTransport, type ProjectRecord, type StatusChangelogPage,
} from '../../jira';

export interface MetricsJira {
  client: JiraClient;
  /** Projects the caller can browse, by key; `query` matches key or name. */
  searchProjects(query?: string): Promise<ProjectRecord[]>;
  /**
   * Status changes of the issues, 1,000 issues a request, each request paged by nextPageToken.
   * Yields Jira's pages as they arrive; one issue may span two pages.
   */
  statusChangelogPages(issueIdsOrKeys: readonly string[]): AsyncIterable<StatusChangelogPage>;
  /** Requests sent through this port so far, retries included. */
  readonly calls: number;
}

export function createMetricsJira(transport: JiraTransport, options: JiraClientOptions = {}): MetricsJira {
  const client = createJiraClient(transport, options);
  return {
    client,
    searchProjects: async (query) => (await client.searchProjects({ query, orderBy: 'key' })).map(projectFromJira),
    statusChangelogPages: (issueIdsOrKeys) => client.bulkFetchChangelogPages({ issueIdsOrKeys, fieldIds: ['status'], maxResults: CHANGELOG_PAGE_MAX }),
    get calls() {
      return client.calls;
    },
  };
}

/** As the user, within the resolver's time limit (so a slow Jira is reported, not cut off by Forge). */
export const userMetricsJira = (): MetricsJira => createMetricsJira(asUserTransport(), { deadline: userClientDeadline() });
/** As the app, within the function's time limit. */
export const appMetricsJira = (): MetricsJira => createMetricsJira(asAppTransport(), { deadline: appClientDeadline() });
