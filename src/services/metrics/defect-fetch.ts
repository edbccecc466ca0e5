/**
 * Fetches the defect records of a scope with the fewest Jira requests (DESIGN.md section 5): one
 * paged search with only the fields the metrics read, one id-only search for the escaped clause,
 * and `changelog/bulkfetch` (status changes only) for 1,000 issues a request, started as soon as a
 * search has returned 1,000 ids so the histories arrive while the search is still paging. Never a
 * request per issue. Each search page is mapped to small records straight away, so memory holds
 * records, not Jira's JSON.
 */
import { performance } from 'node:perf_hooks';
import { CHANGELOG_BULK_LIMIT } from '../../jira/changelogs';
import type { IssueChangeLog } from '../../jira/types';
import { DEFECT_SEARCH_FIELDS, defectRecordFromIssue, statusHistoriesByIssueId } from '../../domain/metrics';
import type { DefectSearchFields, IssueBean } from '../../domain/metrics/jira-shapes';
import type { DefectRecord } from '../../domain/metrics/records';
import type { MetricsJira } from './metrics-jira';

/** Jira's page-size caps of search/jql: with fields, and with ids only. */
export const SEARCH_PAGE_SIZE = 100;
export const ID_SEARCH_PAGE_SIZE = 5000;
/** Changelog requests allowed in flight at once, beside the search. */
const CHANGELOG_CONCURRENCY = 2;

/**
 * While the search pages: phase `defects`, done = defects received. Once it has finished: phase
 * `changelogs`, done = defects whose histories have arrived, of total = defects received. (The
 * histories are fetched during the search too; they are reported once the total is known.)
 */
export interface DefectFetchProgress {
  phase: 'defects' | 'changelogs';
  done: number;
  total: number | null;
}

export interface DefectFetchRequest {
  /** The defects in scope. */
  scopeJql: string;
  /** The escaped ones among them: `(<scope>) AND (<escaped clause>)`. */
  escapedJql: string;
  onProgress?: (progress: DefectFetchProgress) => void;
}

export interface DefectFetchResult {
  records: DefectRecord[];
  /** Time spent turning Jira's answers into records, excluding waiting for Jira. */
  mappingMs: number;
}

/** Ids (or keys) of every issue the JQL matches, from id-only pages of up to 5,000. */
export async function searchIssueIds(jira: MetricsJira, jql: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const page of jira.client.searchJqlPages({ jql, fields: ['id'], maxResults: ID_SEARCH_PAGE_SIZE })) {
    for (const issue of page) ids.add(issue.id);
  }
  return ids;
}

/** Runs at most `limit` tasks at once, in the order they were added. */
function boundedRunner(limit: number) {
  const running = new Set<Promise<void>>();
  const all: Promise<void>[] = [];
  return {
    async add(task: () => Promise<void>): Promise<void> {
      while (running.size >= limit) await Promise.race(running);
      const promise = task().finally(() => running.delete(promise));
      // A failure is reported by settled() (or the next add); this only keeps Node from calling it unhandled meanwhile.
      promise.catch(() => undefined);
      running.add(promise);
      all.push(promise);
    },
    settled: () => Promise.all(all),
  };
}

export async function fetchDefectRecords(jira: MetricsJira, request: DefectFetchRequest): Promise<DefectFetchResult> {
  const recordsById = new Map<string, DefectRecord>();
  let mappingMs = 0;
  let historiesDone = 0;
  let searchFinished = false;
  const reportHistories = () => request.onProgress?.({ phase: 'changelogs', done: historiesDone, total: recordsById.size });
  const changelogs = boundedRunner(CHANGELOG_CONCURRENCY);

  const fetchHistories = (ids: string[]) => changelogs.add(async () => {
    const pages: IssueChangeLog[][] = [];
    for await (const page of jira.statusChangelogPages(ids)) pages.push(page);
    const started = performance.now();
    for (const [issueId, history] of statusHistoriesByIssueId(pages)) {
      const record = recordsById.get(issueId);
      if (record) record.statusHistory = history;
    }
    mappingMs += performance.now() - started;
    historiesDone += ids.length;
    if (searchFinished) reportHistories();
  });

  const escapedIds = searchIssueIds(jira, request.escapedJql);
  // Awaited below; this only keeps a failed escaped search from counting as unhandled until then.
  escapedIds.catch(() => undefined);

  let pending: string[] = [];
  try {
    const pages = jira.client.searchJqlPages({ jql: request.scopeJql, fields: [...DEFECT_SEARCH_FIELDS], maxResults: SEARCH_PAGE_SIZE });
    for await (const page of pages) {
      const started = performance.now();
      for (const issue of page) {
        if (recordsById.has(issue.id)) continue;
        recordsById.set(issue.id, defectRecordFromIssue(issue as IssueBean<DefectSearchFields>, { escaped: false, statusHistory: [] }));
        pending.push(issue.id);
      }
      mappingMs += performance.now() - started;
      request.onProgress?.({ phase: 'defects', done: recordsById.size, total: null });
      if (pending.length >= CHANGELOG_BULK_LIMIT) {
        await fetchHistories(pending.slice(0, CHANGELOG_BULK_LIMIT));
        pending = pending.slice(CHANGELOG_BULK_LIMIT);
      }
    }
    searchFinished = true;
    reportHistories();
    if (pending.length > 0) await fetchHistories(pending);
  } finally {
    await changelogs.settled().catch(() => undefined);
  }
  await changelogs.settled();

  const escaped = await escapedIds;
  const started = performance.now();
  for (const [id, record] of recordsById) record.escaped = escaped.has(id);
  mappingMs += performance.now() - started;
  return { records: [...recordsById.values()], mappingMs };
}
