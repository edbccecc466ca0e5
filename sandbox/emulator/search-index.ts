/**
 * Jira Cloud's search index is eventually consistent: "The API doesn't provide read-after-write
 * consistency by default ... subsequent search operations ... may return stale or outdated data
 * instead of the most recent updates for some time", unless the issue's id is passed in
 * `reconcileIssues` (at most 50; JRACLOUD-96208: "Read-after-write is only supported for up to 50
 * issues").
 * https://developer.atlassian.com/cloud/jira/platform/search-and-reconcile
 *
 * The emulator keeps, for every issue changed less than `searchLagMs` ago, a copy of the issue (and
 * of its links) as it was before the first of those changes; a just-created issue has no copy and is
 * not in the index at all. Searches (search/jql, approximate-count) see those copies; GET issue,
 * issue/bulkfetch and every other read see the live issue, as in Jira. Whether a search hit's FIELDS
 * come from the index or from the database is not documented; the stricter reading is taken: a stale
 * hit is rendered as the index holds it.
 *
 * Seeds and imports model data that existed long before, so they are in the index at once.
 */
import type { EmIssue, EmLink, EmulatorStore } from './model';
import type { EmulatorState } from './store';

interface IndexedCopy {
  /** The issue as the index holds it; null for an issue created since (not in the index yet). */
  issue: EmIssue | null;
  links: EmLink[];
  /** When the live issue reaches the index. */
  visibleAt: number;
}

export class SearchIndex {
  private readonly stale = new Map<string, IndexedCopy>();

  constructor(private readonly clock: () => number, private readonly lagMs: () => number) {}

  clear(): void { this.stale.clear(); }

  /**
   * Call BEFORE changing an issue (fields, status, comments, links, properties): the index keeps
   * what it had until the lag has passed since this latest change.
   */
  willChange(issue: EmIssue, links: readonly EmLink[]): void {
    const now = this.clock();
    const lag = this.lagMs();
    const held = this.current(issue.id, now);
    if (held) {
      held.visibleAt = now + lag;
      return;
    }
    if (lag <= 0) return;
    this.stale.set(issue.id, { issue: structuredClone(issue), links: links.map((l) => ({ ...l })), visibleAt: now + lag });
  }

  /** A new issue: absent from the index until the lag has passed. */
  created(issueId: string): void {
    const lag = this.lagMs();
    if (lag <= 0) return;
    this.stale.set(issueId, { issue: null, links: [], visibleAt: this.clock() + lag });
  }

  private current(issueId: string, now: number): IndexedCopy | undefined {
    const held = this.stale.get(issueId);
    if (held && held.visibleAt <= now) {
      this.stale.delete(issueId);
      return undefined;
    }
    return held;
  }

  /** The index's copy of the issue: `live` when the index is current, null when not indexed yet. */
  indexed(live: EmIssue, reconciled: ReadonlySet<string>): EmIssue | null {
    if (reconciled.has(live.id)) return live;
    const held = this.current(live.id, this.clock());
    return held ? held.issue : live;
  }

  /** The index's links of an issue, or undefined when the live links are current. */
  indexedLinks(issueId: string, reconciled: ReadonlySet<string>): EmLink[] | undefined {
    if (reconciled.has(issueId)) return undefined;
    return this.current(issueId, this.clock())?.links;
  }

  /** How many issues the index does not hold as they are now (for GET /__sandbox/config). */
  pending(): number {
    const now = this.clock();
    for (const id of [...this.stale.keys()]) this.current(id, now);
    return this.stale.size;
  }
}

/**
 * The store as search sees it: issues and links as the index holds them (issues passed in
 * `reconcileIssues` live); lookups by id or key, configuration and permissions are live, since Jira
 * resolves the names in a query against its database, not against the index.
 */
export function indexedStore(state: EmulatorState, reconciled: ReadonlySet<string>): IndexedStore {
  const index = state.searchIndex;
  const live = state.issues();
  let list: EmIssue[] | undefined;
  const view: IndexedStore = Object.create(state) as IndexedStore;
  return Object.assign(view, {
    issues(): EmIssue[] {
      list ??= live.flatMap((issue) => index.indexed(issue, reconciled) ?? []);
      return list;
    },
    linksOf(issueId: string): EmLink[] {
      return index.indexedLinks(issueId, reconciled) ?? state.linksOf(issueId);
    },
    indexedIssue(idOrKey: string): EmIssue | undefined {
      const issue = state.issueByIdOrKey(idOrKey);
      return issue ? index.indexed(issue, reconciled) ?? undefined : undefined;
    },
  });
}

export interface IndexedStore extends EmulatorStore {
  /** The issue as search sees it; undefined when it is not in the index yet. */
  indexedIssue(idOrKey: string): EmIssue | undefined;
}
