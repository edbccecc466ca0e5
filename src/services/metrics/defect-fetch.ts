/**
 * Fetches the defect records of a scope with the fewest Jira requests (DESIGN.md section 5): one
 * paged search with only the fields the metrics read, one id-only search for the escaped clause,
 * and `changelog/bulkfetch` (status changes only) for 1,000 issues a request, started as soon as a
 * search has returned 1,000 ids so the histories arrive while the search is still paging. Never a
 * request per issue. Memory holds compact records, never Jira's JSON: each search page is mapped
 * as it arrives and dropped, each changelog page is read into per-issue status changes and dropped,
 * equal component and version lists are shared, and the escaped verdict is a set of ids. A caller
 * that only needs a reduction of the records (fetchDefects) gets each batch of 1,000 as soon as it
 * is complete, so the records of a large project are never all held at once.
 */
import { performance } from 'node:perf_hooks';
import { CHANGELOG_BULK_LIMIT } from '../../jira/changelogs';
import { DEFECT_SEARCH_FIELDS, NO_CHANGES, createNameListPool, createStatusHistoryCollector, defectRecordFromIssue } from '../../jira';
import type { DefectRecord } from '../../domain/metrics/records';
import type { MetricsJira } from './metrics-jira';

/** Jira's page-size caps of search/jql: with fields, and with ids only. */
export const SEARCH_PAGE_SIZE = 100;
export const ID_SEARCH_PAGE_SIZE = 5000;
/**
 * Changelog requests in flight at once, beside the search. One: a page of 1,000 defects' histories
 * is about 4 MB of JSON, and a request completes well within the ten search pages that fill the
 * next batch, so a second one in flight would add memory without saving time.
 */
const CHANGELOG_CONCURRENCY = 1;

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

/**
 * What the caller keeps of each batch of finished records (histories and escaped verdict in).
 * The records themselves are dropped after it, so a caller that reduces them (e.g. classifies them)
 * never holds every record at once.
 */
export type DefectBatchReducer<T> = (records: DefectRecord[]) => T[] | Promise<T[]>;

export interface ReducedDefects<T> {
  /** What the reducer answered for every batch, in search order. */
  items: T[];
  /** Defects the search returned (duplicates counted once). */
  received: number;
  /** Time spent turning Jira's answers into records, excluding waiting for Jira and the reducer. */
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

/** The first `count` entries of `map`, moved into a map of their own. */
function takeFirst<V>(map: Map<string, V>, count: number): Map<string, V> {
  const taken = new Map<string, V>();
  for (const [key, value] of map) {
    if (taken.size >= count) break;
    taken.set(key, value);
    map.delete(key);
  }
  return taken;
}

/**
 * Fetches the defects of the scope and hands them to `reduce` 1,000 at a time, as soon as a batch's
 * status histories have arrived and the escaped ids are known. Only the reducer's answers are kept.
 */
export async function fetchDefects<T>(jira: MetricsJira, request: DefectFetchRequest, reduce: DefectBatchReducer<T>): Promise<ReducedDefects<T>> {
  const seen = new Set<string>();
  const batches: T[][] = [];
  let mappingMs = 0;
  let historiesDone = 0;
  let searchFinished = false;
  const reportHistories = () => request.onProgress?.({ phase: 'changelogs', done: historiesDone, total: seen.size });
  const changelogs = boundedRunner(CHANGELOG_CONCURRENCY);

  const escapedIds = searchIssueIds(jira, request.escapedJql);
  // Awaited by each batch and below; this only keeps a failed escaped search from counting as unhandled until then.
  escapedIds.catch(() => undefined);

  /** Status histories for the batch, page by page (each page dropped once read), then the escaped verdict and the reducer. */
  const finishBatch = (batch: Map<string, DefectRecord>) => {
    const slot = batches.push([]) - 1;
    return changelogs.add(async () => {
      const collector = createStatusHistoryCollector();
      for await (const page of jira.statusChangelogPages([...batch.keys()])) {
        const started = performance.now();
        collector.add(page);
        mappingMs += performance.now() - started;
      }
      const escaped = await escapedIds;
      const started = performance.now();
      for (const [issueId, history] of collector.take()) {
        const record = batch.get(issueId);
        if (record) record.statusHistory = history;
      }
      for (const [issueId, record] of batch) record.escaped = escaped.has(issueId);
      mappingMs += performance.now() - started;
      batches[slot] = await reduce([...batch.values()]);
      historiesDone += batch.size;
      if (searchFinished) reportHistories();
    });
  };

  const nameLists = createNameListPool();
  const pending = new Map<string, DefectRecord>();
  try {
    const pages = jira.client.searchJqlPages({ jql: request.scopeJql, fields: [...DEFECT_SEARCH_FIELDS], maxResults: SEARCH_PAGE_SIZE });
    for await (const page of pages) {
      const started = performance.now();
      for (const issue of page) {
        if (seen.has(issue.id)) continue;
        seen.add(issue.id);
        pending.set(issue.id, defectRecordFromIssue(issue, { escaped: false, statusHistory: NO_CHANGES }, nameLists));
      }
      mappingMs += performance.now() - started;
      request.onProgress?.({ phase: 'defects', done: seen.size, total: null });
      if (pending.size >= CHANGELOG_BULK_LIMIT) await finishBatch(takeFirst(pending, CHANGELOG_BULK_LIMIT));
    }
    searchFinished = true;
    reportHistories();
    if (pending.size > 0) await finishBatch(takeFirst(pending, pending.size));
  } finally {
    await changelogs.settled().catch(() => undefined);
  }
  await changelogs.settled();
  // With no defects no batch waited for it; its failure still fails the fetch.
  await escapedIds;
  return { items: batches.flat(), received: seen.size, mappingMs };
}

/** Every defect record of the scope (for callers that need the records themselves, e.g. an incident's few). */
export async function fetchDefectRecords(jira: MetricsJira, request: DefectFetchRequest): Promise<DefectFetchResult> {
  const { items, mappingMs } = await fetchDefects(jira, request, (records) => records);
  return { records: items, mappingMs };
}
