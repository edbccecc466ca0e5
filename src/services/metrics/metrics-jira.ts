/**
 * The Jira port of the metrics and settings services: the shared client (src/jira) plus the two
 * operations it does not offer yet, sent through the client's own http layer so they are retried
 * and counted the same way:
 *   - GET /rest/api/3/project/search (the projects a user can browse, for the pickers);
 *   - POST /rest/api/3/changelog/bulkfetch with `maxResults: 10000`: Jira's default page holds only
 *     1,000 histories, so 1,000 defects with about five status changes each would need five pages
 *     instead of one.
 * Both belong in src/jira; when the client has them this module shrinks to the client itself.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-search-get
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-changelog-bulkfetch-post
 */
import { createJiraClient, type JiraClient, type JiraClientOptions, type JiraTransport } from '../../jira';
import { CHANGELOG_BULK_LIMIT } from '../../jira/changelogs';
import { returns, type Endpoint } from '../../jira/endpoints';
import { createJiraHttp } from '../../jira/http';
import { chunk, pagesByOffset, pagesByToken } from '../../jira/paging';
import type { BulkChangelogRequestBean, BulkChangelogResponseBean, IssueChangeLog, Project } from '../../jira/types';

/** PageBeanProject: one page of GET /project/search. */
interface PageBeanProject {
  values?: Project[];
  total?: number;
  isLast?: boolean;
}

const searchProjectsEndpoint: Endpoint<'/rest/api/3/project/search', PageBeanProject> = {
  method: 'GET', path: '/rest/api/3/project/search', idempotent: true, ...returns<PageBeanProject>(),
};
const bulkFetchEndpoint: Endpoint<'/rest/api/3/changelog/bulkfetch', BulkChangelogResponseBean> = {
  method: 'POST', path: '/rest/api/3/changelog/bulkfetch', idempotent: true, ...returns<BulkChangelogResponseBean>(),
};

/** Jira's largest bulkfetch page, in histories. */
export const CHANGELOG_PAGE_LIMIT = 10_000;
const PROJECT_PAGE_SIZE = 50;

export interface MetricsJira {
  client: JiraClient;
  /** Projects the caller can browse, by key; `query` matches key or name. */
  searchProjects(query?: string): Promise<Project[]>;
  /**
   * Status changes of the issues, 1,000 issues a request, each request paged by nextPageToken.
   * Yields Jira's pages as they arrive; one issue may span two pages.
   */
  statusChangelogPages(issueIdsOrKeys: readonly string[]): AsyncIterable<IssueChangeLog[]>;
  /** Requests sent through this port so far, retries included. */
  readonly calls: number;
}

export function createMetricsJira(transport: JiraTransport, options: JiraClientOptions = {}): MetricsJira {
  const client = createJiraClient(transport, options);
  const http = createJiraHttp(transport, options);

  async function* statusChangelogPages(issueIdsOrKeys: readonly string[]): AsyncGenerator<IssueChangeLog[]> {
    for (const ids of chunk([...new Set(issueIdsOrKeys)], CHANGELOG_BULK_LIMIT)) {
      yield* pagesByToken(async (nextPageToken) => {
        const body: BulkChangelogRequestBean = {
          issueIdsOrKeys: ids, fieldIds: ['status'], maxResults: CHANGELOG_PAGE_LIMIT, ...(nextPageToken ? { nextPageToken } : {}),
        };
        const { body: page } = await http.send(bulkFetchEndpoint, { body });
        return { items: page?.issueChangeLogs ?? [], nextPageToken: page?.nextPageToken };
      });
    }
  }

  return {
    client,
    async searchProjects(query) {
      const projects: Project[] = [];
      const pages = pagesByOffset(PROJECT_PAGE_SIZE, async (startAt, maxResults) => {
        const { body } = await http.send(searchProjectsEndpoint, { query: { startAt, maxResults, orderBy: 'key', query: query || undefined } });
        return { items: body?.values ?? [], total: body?.total };
      });
      for await (const page of pages) projects.push(...page);
      return projects;
    },
    statusChangelogPages,
    get calls() {
      return client.calls + http.calls;
    },
  };
}
