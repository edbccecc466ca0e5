/**
 * A field's past, rebuilt from the issue changelog (histories oldest first): the periods during which
 * it held each value, and each recorded change. Before the first change the field held the first
 * item's `from` (for Fix Version: today's versions with every later change undone), from the moment
 * the issue was created; after each change it holds the item's `to`. With no change it has held
 * today's value since creation. Jira's WAS "find[s] work items that currently have or previously had
 * the specified value", so the current value is a period like any other.
 * https://support.atlassian.com/jira-software-cloud/docs/jql-operators/
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-changelog-get
 */
import type { EmChangeItem, EmIssue } from '../model';
import type { HistorySource } from './history-spec';

/** The field held `value` (null: it was empty) from `start` (inclusive) to `end` (exclusive), epoch ms. */
export interface Period {
  value: string | null;
  start: number;
  end: number;
  /** Who made the change that set it; null for the value the issue was created with. */
  by: string | null;
}

/** One changelog item of the field. */
export interface Change {
  at: number;
  by: string | null;
  from: string | null;
  to: string | null;
  /** The field was empty before the change, or is after it (for Fix Version, no version at all). */
  wasEmpty: boolean;
  nowEmpty: boolean;
}

export interface Timeline { periods: Period[]; changes: Change[] }

interface Entry { at: number; by: string | null; items: EmChangeItem[] }

function recordsField(item: EmChangeItem, source: HistorySource): boolean {
  if (item.fieldtype !== 'jira') return false;
  return item.fieldId !== undefined ? item.fieldId === source.fieldId : item.field.toLowerCase() === source.itemField.toLowerCase();
}

/** The histories that change the field, with their items of it. */
function entriesOf(issue: EmIssue, source: HistorySource): Entry[] {
  const entries: Entry[] = [];
  for (const history of issue.changelog) {
    let items: EmChangeItem[] | undefined;
    for (const item of history.items) {
      if (recordsField(item, source)) (items ??= []).push(item);
    }
    if (items) entries.push({ at: Date.parse(history.created), by: history.authorAccountId, items });
  }
  return entries;
}

/**
 * The field's timeline up to `nowMs`. The value held today is known up to now and no further: the
 * emulator does not assume it for moments that have not happened (`WAS x AFTER "2099-01-01"` matches
 * nothing), the stricter reading of "currently have or previously had".
 */
export function fieldTimeline(issue: EmIssue, source: HistorySource, current: readonly string[], nowMs: number): Timeline {
  const entries = entriesOf(issue, source);
  const created = Date.parse(issue.fields.created);
  return source.multiValued ? multiValued(entries, created, current, nowMs) : singleValued(entries, created, current, nowMs);
}

function openEnd(start: number, nowMs: number): number {
  return Math.max(nowMs, start) + 1;
}

/** Status, priority, resolution, assignee, reporter: each item replaces the value with its `to`. */
function singleValued(entries: Entry[], created: number, current: readonly string[], nowMs: number): Timeline {
  const periods: Period[] = [];
  const changes: Change[] = [];
  let value: string | null = entries.length > 0 ? entries[0].items[0].from : current[0] ?? null;
  let start = created;
  let by: string | null = null;
  for (const entry of entries) {
    const wasEmpty = value === null;
    const first = changes.length;
    for (const item of entry.items) {
      changes.push({ at: entry.at, by: entry.by, from: item.from, to: item.to, wasEmpty, nowEmpty: false });
      if (item.to === value) continue;
      periods.push({ value, start, end: entry.at, by });
      value = item.to;
      start = entry.at;
      by = entry.by;
    }
    for (let c = first; c < changes.length; c++) changes[c].nowEmpty = value === null;
  }
  periods.push({ value, start, end: openEnd(start, nowMs), by });
  return { periods, changes };
}

/** Fix Version: each item adds its `to` or removes its `from`; one period per version held, or EMPTY. */
function multiValued(entries: Entry[], created: number, current: readonly string[], nowMs: number): Timeline {
  const periods: Period[] = [];
  const changes: Change[] = [];
  const held = new Set(current);
  for (let e = entries.length - 1; e >= 0; e--) {
    const items = entries[e].items;
    for (let i = items.length - 1; i >= 0; i--) {
      if (items[i].to !== null) held.delete(items[i].to!);
      if (items[i].from !== null) held.add(items[i].from!);
    }
  }
  const open = new Map<string | null, { start: number; by: string | null }>();
  const reconcile = (at: number, by: string | null) => {
    const keys: (string | null)[] = held.size === 0 ? [null] : [...held];
    for (const [value, period] of open) {
      if (!keys.includes(value)) {
        periods.push({ value, start: period.start, end: at, by: period.by });
        open.delete(value);
      }
    }
    for (const value of keys) if (!open.has(value)) open.set(value, { start: at, by });
  };
  reconcile(created, null);
  for (const entry of entries) {
    const wasEmpty = held.size === 0;
    const first = changes.length;
    for (const item of entry.items) {
      if (item.from !== null) held.delete(item.from);
      if (item.to !== null) held.add(item.to);
      changes.push({ at: entry.at, by: entry.by, from: item.from, to: item.to, wasEmpty, nowEmpty: false });
    }
    for (let c = first; c < changes.length; c++) changes[c].nowEmpty = held.size === 0;
    reconcile(entry.at, entry.by);
  }
  for (const [value, period] of open) periods.push({ value, start: period.start, end: openEnd(period.start, nowMs), by: period.by });
  return { periods, changes };
}
