/**
 * Issue search with JQL over POST /rest/api/3/search/jql, paged by nextPageToken (the old
 * /rest/api/3/search with startAt and total is gone), and JQL parsing/validation.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/
 */
import { callName, ENDPOINTS } from './endpoints';
import { createJiraError } from './errors';
import type { JiraHttp } from './http';
import { flatten, pagesByToken } from './paging';
import type {
  IssueBean,
  JqlValidation,
  ParsedJqlQuery,
  SearchAndReconcileRequestBean,
} from './types';

export interface SearchJqlRequest {
  jql: string;
  /** Only the fields used, e.g. ["status", "created", "labels"]; Jira returns ids only without it. */
  fields: string[];
  /** e.g. ["changelog"]; sent comma-separated. */
  expand?: string[];
  /** Issue property keys to return with each issue (at most 5). */
  properties?: string[];
  /** Page size asked for; Jira may return fewer. */
  maxResults?: number;
  /**
   * Ids of issues the results must be current for (at most 50): search is eventually consistent,
   * "consistency is ensured only for the specified issues".
   * https://developer.atlassian.com/cloud/jira/platform/search-and-reconcile
   */
  reconcileIssues?: number[];
}

/** "API can accept a maximum of 50 reconcile issues." */
export const MAX_RECONCILE_ISSUES = 50;

export interface SearchOperations {
  /** The matching issues page by page (each page one request). */
  searchJqlPages(request: SearchJqlRequest): AsyncIterable<IssueBean[]>;
  /** The matching issues one by one, fetching pages as they are needed. */
  searchJql(request: SearchJqlRequest): AsyncIterable<IssueBean>;
  /** Parses and validates JQL queries; each result carries Jira's errors for that query. */
  parseJql(queries: string[], validation?: JqlValidation): Promise<ParsedJqlQuery[]>;
  /**
   * How many issues match, as POST /search/approximate-count estimates it ("Recent updates might
   * not be immediately visible"): one request whatever the count, 1 rate-limit point.
   */
  countIssues(jql: string): Promise<number>;
  /**
   * Which of the given issues each query returns to the caller (POST /jql/match), as sets of ids in
   * the order of `jqls`; sent in chunks of MATCH_ISSUE_IDS ids. A query Jira could not run is a 400
   * carrying its errors, as a search with that JQL would be.
   */
  matchJql(issueIds: readonly string[], jqls: readonly string[]): Promise<Array<Set<string>>>;
}

/** Ids per POST /jql/match: Jira's maximum is unpublished; the emulator's stricter 50. */
export const MATCH_ISSUE_IDS = 50;

export const DEFAULT_SEARCH_PAGE_SIZE = 100;

export function searchOperations(http: JiraHttp): SearchOperations {
  function searchJqlPages(request: SearchJqlRequest): AsyncIterable<IssueBean[]> {
    return pagesByToken(async (nextPageToken) => {
      const body: SearchAndReconcileRequestBean = {
        jql: request.jql,
        fields: request.fields,
        maxResults: request.maxResults ?? DEFAULT_SEARCH_PAGE_SIZE,
        ...(request.expand?.length ? { expand: request.expand.join(',') } : {}),
        ...(request.properties?.length ? { properties: request.properties } : {}),
        ...(request.reconcileIssues?.length ? { reconcileIssues: request.reconcileIssues.slice(0, MAX_RECONCILE_ISSUES) } : {}),
        ...(nextPageToken ? { nextPageToken } : {}),
      };
      const { body: page } = await http.send(ENDPOINTS.searchJql, { body });
      return { items: page?.issues ?? [], nextPageToken: page?.nextPageToken, isLast: page?.isLast };
    });
  }

  return {
    searchJqlPages,
    searchJql: (request) => flatten(searchJqlPages(request)),
    async countIssues(jql) {
      const { body } = await http.send(ENDPOINTS.countIssues, { body: { jql } });
      return body?.count ?? 0;
    },
    async matchJql(issueIds, jqls) {
      const matched = jqls.map(() => new Set<string>());
      for (let i = 0; i < issueIds.length; i += MATCH_ISSUE_IDS) {
        const ids = issueIds.slice(i, i + MATCH_ISSUE_IDS).map(Number);
        const { body } = await http.send(ENDPOINTS.matchJql, { body: { issueIds: ids, jqls: [...jqls] } });
        const matches = body?.matches ?? [];
        const failed = matches.find((m) => m.errors.length > 0);
        if (failed) throw createJiraError({ status: 400, call: callName(ENDPOINTS.matchJql), body: { errorMessages: failed.errors, errors: {} }, attempts: 1 });
        matches.forEach((m, q) => m.matchedIssues.forEach((id) => matched[q]?.add(String(id))));
      }
      return matched;
    },
    async parseJql(queries, validation = 'strict') {
      const { body } = await http.send(ENDPOINTS.parseJql, { query: { validation }, body: { queries } });
      return body?.queries ?? [];
    },
  };
}
