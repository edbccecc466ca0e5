/**
 * POST /rest/api/3/changelog/bulkfetch: the changelogs of up to 1,000 issues, optionally only the items
 * of up to 10 fields, paged by `nextPageToken` over histories ordered by date then issue id (oldest
 * first), grouped per issue within a page. An issue's histories may therefore continue on the next
 * page; callers merge by issueId. Issues the viewer cannot browse are left out.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-changelog-bulkfetch-post
 */
import type { EmChangeItem, EmHistory } from './model';
import { badRequest } from './http-error';
import { decodePageToken, encodePageToken, fingerprint } from './page-token';
import type { RenderContext } from './render/context';
import { renderHistory } from './render/changelog';

export const MAX_ISSUES = 1000;
export const MAX_FIELD_IDS = 10;
export const DEFAULT_MAX_RESULTS = 1000;
export const MAX_MAX_RESULTS = 10000;

interface Entry { issueId: string; issueNumber: number; time: number; history: EmHistory; items: EmChangeItem[] }

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function stringList(value: unknown, name: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw badRequest(`'${name}' must be an array of strings.`);
  return value as string[];
}

/** The field id a change item is filtered by (Jira's fieldId; the field name for items without one). */
const itemFieldId = (item: EmChangeItem) => item.fieldId ?? item.field;

export function bulkFetchChangelogs(ctx: RenderContext, body: unknown): Record<string, unknown> {
  const request = record(body);
  const idsOrKeys = stringList(request.issueIdsOrKeys, 'issueIdsOrKeys');
  const fieldIds = stringList(request.fieldIds, 'fieldIds');
  if (idsOrKeys.length === 0) throw badRequest('At least one issue ID or key must be provided.');
  if (idsOrKeys.length > MAX_ISSUES) throw badRequest(`The number of issue IDs or keys must not exceed ${MAX_ISSUES}.`);
  if (fieldIds.length > MAX_FIELD_IDS) throw badRequest(`The number of field IDs must not exceed ${MAX_FIELD_IDS}.`);
  const maxResults = request.maxResults === undefined ? DEFAULT_MAX_RESULTS : request.maxResults;
  if (!Number.isInteger(maxResults) || (maxResults as number) < 1 || (maxResults as number) > MAX_MAX_RESULTS) {
    throw badRequest(`'maxResults' must be between 1 and ${MAX_MAX_RESULTS}.`);
  }

  const wanted = new Set(fieldIds);
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const ref of idsOrKeys) {
    const issue = ctx.state.issueByIdOrKey(ref);
    if (!issue || seen.has(issue.id) || !ctx.state.canBrowse(ctx.viewer, issue)) continue;
    seen.add(issue.id);
    for (const history of issue.changelog) {
      const items = wanted.size === 0 ? history.items : history.items.filter((item) => wanted.has(itemFieldId(item)));
      if (items.length > 0) entries.push({ issueId: issue.id, issueNumber: Number(issue.id), time: Date.parse(history.created), history, items });
    }
  }
  entries.sort((a, b) => a.time - b.time || a.issueNumber - b.issueNumber || Number(a.history.id) - Number(b.history.id));

  const print = fingerprint([...seen].sort(), [...wanted].sort(), ctx.viewer);
  const token = request.nextPageToken;
  if (token !== undefined && typeof token !== 'string') throw badRequest("'nextPageToken' must be a string.");
  const offset = token ? decodePageToken(token, print).offset : 0;
  const page = entries.slice(offset, offset + (maxResults as number));

  const groups = new Map<string, Record<string, unknown>[]>();
  for (const entry of page) {
    const rendered = renderHistory(ctx, entry.history, entry.items);
    const list = groups.get(entry.issueId);
    if (list) list.push(rendered);
    else groups.set(entry.issueId, [rendered]);
  }
  const nextOffset = offset + page.length;
  return {
    issueChangeLogs: [...groups].map(([issueId, changeHistories]) => ({ issueId, changeHistories })),
    ...(nextOffset < entries.length ? { nextPageToken: encodePageToken({ offset: nextOffset, fingerprint: print }) } : {}),
  };
}
