/**
 * Status (and other field) histories of many issues at once through
 * POST /rest/api/3/changelog/bulkfetch: at most 1000 issues a request, each request paged by
 * nextPageToken. Never one request per issue.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-changelog-bulkfetch-post
 */
import { ENDPOINTS } from './endpoints';
import type { JiraHttp } from './http';
import { chunk, flatten, pagesByToken } from './paging';
import type { BulkChangelogRequestBean, Changelog, IssueChangeLog } from './types';

/** Jira's limit of issue ids or keys per bulkfetch request. */
export const CHANGELOG_BULK_LIMIT = 1000;

export interface BulkChangelogRequest {
  issueIdsOrKeys: readonly string[];
  /** Only changes of these fields, e.g. ["status"] (at most 10). */
  fieldIds?: readonly string[];
}

export interface ChangelogOperations {
  /**
   * Each issue's change histories as Jira pages them. One issue can appear in more than one entry
   * when its histories span pages; `getChangelogsByIssue` merges them.
   */
  bulkFetchChangelogs(request: BulkChangelogRequest): AsyncIterable<IssueChangeLog>;
  /** Change histories by issue id, every page merged, in the order Jira sent them. */
  getChangelogsByIssue(request: BulkChangelogRequest): Promise<Map<string, Changelog[]>>;
}

export function changelogOperations(http: JiraHttp): ChangelogOperations {
  async function* bulkFetchChangelogs(request: BulkChangelogRequest): AsyncGenerator<IssueChangeLog> {
    const ids = [...new Set(request.issueIdsOrKeys)];
    for (const issueIdsOrKeys of chunk(ids, CHANGELOG_BULK_LIMIT)) {
      const pages = pagesByToken(async (nextPageToken) => {
        const body: BulkChangelogRequestBean = {
          issueIdsOrKeys,
          ...(request.fieldIds?.length ? { fieldIds: [...request.fieldIds] } : {}),
          ...(nextPageToken ? { nextPageToken } : {}),
        };
        const { body: page } = await http.send(ENDPOINTS.bulkFetchChangelogs, { body });
        return { items: page?.issueChangeLogs ?? [], nextPageToken: page?.nextPageToken };
      });
      yield* flatten(pages);
    }
  }

  return {
    bulkFetchChangelogs,
    async getChangelogsByIssue(request) {
      const byIssue = new Map<string, Changelog[]>();
      for await (const entry of bulkFetchChangelogs(request)) {
        if (!entry.issueId) continue;
        const histories = byIssue.get(entry.issueId) ?? [];
        histories.push(...(entry.changeHistories ?? []));
        byIssue.set(entry.issueId, histories);
      }
      return byIssue;
    },
  };
}
