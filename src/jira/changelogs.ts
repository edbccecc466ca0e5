/**
 * Status (and other field) histories of many issues at once through
 * POST /rest/api/3/changelog/bulkfetch: at most 1000 issues a request, each request paged by
 * nextPageToken. Never one request per issue. Jira's default page holds 1,000 histories; a caller
 * that expects many (1,000 defects with a few status changes each) asks for up to 10,000 with
 * `maxResults` and saves the extra pages.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-changelog-bulkfetch-post
 */
import { ENDPOINTS } from './endpoints';
import type { JiraHttp } from './http';
import { chunk, flatten, pagesByToken } from './paging';
import type { BulkChangelogRequestBean, Changelog, IssueChangeLog } from './types';

/** Jira's limit of issue ids or keys per bulkfetch request. */
export const CHANGELOG_BULK_LIMIT = 1000;
/** Jira's largest bulkfetch page, in histories (its default is 1,000). */
export const CHANGELOG_PAGE_MAX = 10_000;

export interface BulkChangelogRequest {
  issueIdsOrKeys: readonly string[];
  /** Only changes of these fields, e.g. ["status"] (at most 10). */
  fieldIds?: readonly string[];
  /** Histories per page asked for, 1 to CHANGELOG_PAGE_MAX; Jira's default (1,000) when left out. */
  maxResults?: number;
}

export interface ChangelogOperations {
  /**
   * The change histories page by page as Jira sends them (each page one request), 1,000 issues a
   * request. One issue can appear on two pages when its histories span them.
   */
  bulkFetchChangelogPages(request: BulkChangelogRequest): AsyncIterable<IssueChangeLog[]>;
  /**
   * Each issue's change histories as Jira pages them. One issue can appear in more than one entry
   * when its histories span pages; `getChangelogsByIssue` merges them.
   */
  bulkFetchChangelogs(request: BulkChangelogRequest): AsyncIterable<IssueChangeLog>;
  /** Change histories by issue id, every page merged, in the order Jira sent them. */
  getChangelogsByIssue(request: BulkChangelogRequest): Promise<Map<string, Changelog[]>>;
}

export function changelogOperations(http: JiraHttp): ChangelogOperations {
  async function* bulkFetchChangelogPages(request: BulkChangelogRequest): AsyncGenerator<IssueChangeLog[]> {
    const { maxResults } = request;
    if (maxResults !== undefined && !(Number.isInteger(maxResults) && maxResults >= 1 && maxResults <= CHANGELOG_PAGE_MAX)) {
      throw new RangeError(`maxResults of a changelog bulk fetch must be a whole number from 1 to ${CHANGELOG_PAGE_MAX} (got ${maxResults})`);
    }
    const ids = [...new Set(request.issueIdsOrKeys)];
    for (const issueIdsOrKeys of chunk(ids, CHANGELOG_BULK_LIMIT)) {
      yield* pagesByToken(async (nextPageToken) => {
        const body: BulkChangelogRequestBean = {
          issueIdsOrKeys,
          ...(request.fieldIds?.length ? { fieldIds: [...request.fieldIds] } : {}),
          ...(maxResults !== undefined ? { maxResults } : {}),
          ...(nextPageToken ? { nextPageToken } : {}),
        };
        const { body: page } = await http.send(ENDPOINTS.bulkFetchChangelogs, { body });
        return { items: page?.issueChangeLogs ?? [], nextPageToken: page?.nextPageToken };
      });
    }
  }

  const bulkFetchChangelogs = (request: BulkChangelogRequest): AsyncIterable<IssueChangeLog> => flatten(bulkFetchChangelogPages(request));

  return {
    bulkFetchChangelogPages,
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
