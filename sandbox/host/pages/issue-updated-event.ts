/**
 * The avi:jira:updated:issue event Jira would send the app for an issue's latest change, for the
 * Forge sandbox panel's "Send 'issue updated' event" button. It is built from Jira's REST answers
 * as the app's account sees them (the issue with its navigable fields, the last changelog entry and
 * its author) in the shape product-event-payloads.ts gives the automatic delivery, so it also works
 * against a real site, where the host has no emulator to read.
 * https://developer.atlassian.com/platform/forge/events-reference/jira/#issue-updated
 */
import { ISSUE_UPDATED_EVENT, type ProductEvent } from '../product-event-payloads';
import { readJira } from './jira-reads';
import type { PageDeps } from './page-deps';

interface ChangeItem { field?: string; fieldtype?: string; fieldId?: string; from?: string | null; fromString?: string | null; to?: string | null; toString?: string | null }
interface History { id: string; author?: { accountId?: string; displayName?: string }; created?: string; items: ChangeItem[] }
interface ChangelogPage { total?: number; values: History[] }

export interface IssueUpdatedSample {
  issueKey: string;
  event: ProductEvent;
  /** The change the event carries, in words ("Assignee: None → Bob Martins, by Alice Nguyen"), or null when the issue has none. */
  latestChange: string | null;
}

const CHANGE_ITEM_FIELDS = ['field', 'fieldtype', 'fieldId', 'from', 'fromString', 'to', 'toString'] as const;

function changeItem(item: ChangeItem): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of CHANGE_ITEM_FIELDS) if (item[name] !== undefined) out[name] = item[name];
  return out;
}

function describeChange(history: History): string {
  const items = history.items.map((item) => `${item.field ?? item.fieldId ?? 'field'}: ${item.fromString ?? 'None'} → ${item.toString ?? 'None'}`);
  return `${items.join('; ') || 'no field changes'}${history.author?.displayName ? `, by ${history.author.displayName}` : ''}`;
}

/** The issue's most recent changelog entry (the endpoint pages oldest first), or null. */
async function latestHistory(deps: PageDeps, key: string): Promise<History | null> {
  const app = deps.users().app;
  const path = `/rest/api/3/issue/${encodeURIComponent(key)}/changelog`;
  const first = await readJira<ChangelogPage>(deps.connection, app, `${path}?startAt=0&maxResults=1`);
  const total = first.body?.total ?? 0;
  if (total <= 1) return first.body?.values[0] ?? null;
  const last = await readJira<ChangelogPage>(deps.connection, app, `${path}?startAt=${total - 1}&maxResults=1`);
  return last.body?.values[0] ?? null;
}

/**
 * The event for `key`'s latest change, or null when the app's account cannot read the issue. An
 * issue that was never changed gives an event without `changelog` (Jira never sends one; the
 * sandbox lets a developer try it).
 */
export async function issueUpdatedEvent(deps: PageDeps, key: string): Promise<IssueUpdatedSample | null> {
  const app = deps.users().app;
  const [issue, history] = await Promise.all([
    readJira<{ id: string; key: string; fields: Record<string, unknown> }>(deps.connection, app, `/rest/api/3/issue/${encodeURIComponent(key)}?fields=*navigable`),
    latestHistory(deps, key),
  ]);
  if (!issue.body) return null;
  const event: ProductEvent = {
    eventType: ISSUE_UPDATED_EVENT,
    ...(history?.author?.accountId ? { atlassianId: history.author.accountId } : {}),
    issue: { id: issue.body.id, key: issue.body.key, fields: issue.body.fields },
    ...(history ? { changelog: { id: history.id, items: history.items.map(changeItem) } } : {}),
  };
  return { issueKey: issue.body.key, event, latestChange: history ? describeChange(history) : null };
}
