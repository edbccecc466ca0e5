/**
 * Enhanced JQL search (POST/GET /rest/api/3/search/jql): only issues the viewer may browse, pages by
 * `nextPageToken`, no `total`, and Jira's page-size caps (default 50; at most 100 when fields,
 * expansions or properties are asked for, 5,000 when only ids/keys are). The matching issue ids of a
 * query are kept as a snapshot for its next pages, so paging through 50,000 issues evaluates the JQL
 * once, not once per page. The search sees the index, which lags behind changes (search-index.ts)
 * except for the issues passed in `reconcileIssues` (at most 50).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */
import type { EmIssue } from './model';
import { compileJql, JqlError } from './jql';
import { JiraHttpError, badRequest } from './http-error';
import { decodePageToken, encodePageToken, fingerprint } from './page-token';
import { selectFields, selectProperties } from './field-selection';
import { renderIssue, renderIssueIdOnly } from './render/issue';
import type { RenderContext } from './render/context';
import { indexedStore, type IndexedStore } from './search-index';
import { systemField } from './system-fields';

export interface SearchRequest {
  jql?: string;
  nextPageToken?: string;
  maxResults?: number;
  fields: string[];
  expand: string[];
  properties: string[];
  /** Issue ids whose search results must be current ("read after write"). */
  reconcileIssues?: number[];
}

/** "Read-after-write is only supported for up to 50 issues using the reconcileIssues param" (JRACLOUD-96208). */
export const MAX_RECONCILE_ISSUES = 50;

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_WITH_FIELDS = 100;
export const MAX_PAGE_IDS_ONLY = 5000;
const MAX_PROPERTIES = 5;
const SNAPSHOTS_KEPT = 32;
const UNBOUNDED = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

interface Snapshot { fingerprint: string; ids: string[] }

/** JQL with no search restriction (empty, or only ORDER BY), which search/jql refuses. */
export function isUnbounded(jql: string): boolean {
  return /^\s*(order\s+by\b[\s\S]*)?$/i.test(jql);
}

export class SearchEngine {
  private snapshots = new Map<number, Snapshot>();
  private nextSnapshotId = 1;

  clear(): void { this.snapshots.clear(); }

  /** The ids of the issues the viewer may browse that match, in the query's order, as the index sees them. */
  evaluate(ctx: RenderContext, jql: string, index: IndexedStore): string[] {
    if (isUnbounded(jql)) throw badRequest(UNBOUNDED);
    let query: ReturnType<typeof compileJql>;
    try {
      query = compileJql(jql, index, ctx.viewer);
    } catch (error) {
      if (error instanceof JqlError) throw new JiraHttpError(400, error.errorMessages);
      throw error;
    }
    if (!query.bounded) throw badRequest(UNBOUNDED);
    const browsable = new Set(ctx.state.projects().filter((p) => ctx.viewer !== null && p.permissions.browse.includes(ctx.viewer)).map((p) => p.id));
    const hits: EmIssue[] = [];
    for (const issue of index.issues()) {
      if (browsable.has(issue.projectId) && query.matches(issue)) hits.push(issue);
    }
    hits.sort((a, b) => query.compare(a, b));
    return hits.map((issue) => issue.id);
  }

  private remember(snapshot: Snapshot): number {
    const id = this.nextSnapshotId++;
    this.snapshots.set(id, snapshot);
    if (this.snapshots.size > SNAPSHOTS_KEPT) {
      const oldest = this.snapshots.keys().next().value;
      if (oldest !== undefined) this.snapshots.delete(oldest);
    }
    return id;
  }

  /** One query of POST jql/match: which of the given issues it returns to the viewer, or why it cannot be run. */
  match(ctx: RenderContext, jql: string, issueIds: readonly string[]): { matchedIssues: number[]; errors: string[] } {
    const index = indexedStore(ctx.state, new Set());
    let query: ReturnType<typeof compileJql>;
    try {
      query = compileJql(jql, index, ctx.viewer);
    } catch (error) {
      if (error instanceof JqlError) return { matchedIssues: [], errors: error.errorMessages };
      throw error;
    }
    const matchedIssues = issueIds.flatMap((id) => {
      const issue = index.indexedIssue(id);
      return issue && ctx.state.canBrowse(ctx.viewer, issue) && query.matches(issue) ? [Number(issue.id)] : [];
    });
    return { matchedIssues, errors: [] };
  }

  /** POST search/approximate-count: what the index holds now, with no reconciliation. */
  count(ctx: RenderContext, jql: string): { count: number } {
    return { count: this.evaluate(ctx, jql, indexedStore(ctx.state, new Set())).length };
  }

  search(ctx: RenderContext, request: SearchRequest): Record<string, unknown> {
    const jql = request.jql ?? '';
    if (isUnbounded(jql)) {
      throw badRequest(UNBOUNDED);
    }
    if (request.properties.length > MAX_PROPERTIES) {
      throw badRequest(`The number of properties requested exceeds the maximum of ${MAX_PROPERTIES}.`);
    }
    const reconcile = request.reconcileIssues ?? [];
    if (reconcile.length > MAX_RECONCILE_ISSUES) {
      throw badRequest(`The number of issues to reconcile exceeds the maximum of ${MAX_RECONCILE_ISSUES}.`);
    }
    const index = indexedStore(ctx.state, new Set(reconcile.map(String)));
    const selection = selectFields(request.fields, 'id');
    const expand = new Set(request.expand);
    const heavy = !selection.keysOnly || request.properties.length > 0 || expand.size > 0;
    const cap = heavy ? MAX_PAGE_WITH_FIELDS : MAX_PAGE_IDS_ONLY;
    const pageSize = Math.min(Math.max(request.maxResults ?? DEFAULT_PAGE_SIZE, 1), cap);
    const print = fingerprint(`${jql}\u0000${[...reconcile].sort().join(',')}`, ctx.viewer);

    let offset = 0;
    let snapshotId: number | undefined;
    let ids: string[] | undefined;
    if (request.nextPageToken !== undefined && request.nextPageToken !== '') {
      const position = decodePageToken(request.nextPageToken, print);
      offset = position.offset;
      const snapshot = position.snapshot === undefined ? undefined : this.snapshots.get(position.snapshot);
      if (snapshot && snapshot.fingerprint === print) {
        ids = snapshot.ids;
        snapshotId = position.snapshot;
      }
    }
    if (!ids) {
      ids = this.evaluate(ctx, jql, index);
      snapshotId = this.remember({ fingerprint: print, ids });
    }

    const pageIds = ids.slice(offset, offset + pageSize);
    const perIssueExpand = new Set([...expand].filter((e) => e !== 'names'));
    const issues: Record<string, unknown>[] = [];
    for (const id of pageIds) {
      const issue = index.indexedIssue(id);
      if (!issue || !ctx.state.canBrowse(ctx.viewer, issue)) continue;
      if (!heavy) {
        issues.push(selection.idOnly ? renderIssueIdOnly(issue) : { id: issue.id, key: issue.key });
        continue;
      }
      const properties = request.properties.length > 0 ? selectProperties(request.properties, issue.properties.keys()) : undefined;
      issues.push(renderIssue(ctx, issue, { selection, expand: perIssueExpand, properties }));
    }
    const nextOffset = offset + pageIds.length;
    const isLast = nextOffset >= ids.length;
    return {
      issues,
      ...(expand.has('names') ? { names: Object.fromEntries([...selection.fields].map((id) => [id, systemField(id)?.name ?? id])) } : {}),
      ...(isLast ? {} : { nextPageToken: encodePageToken({ offset: nextOffset, fingerprint: print, snapshot: snapshotId }) }),
      isLast,
    };
  }
}
