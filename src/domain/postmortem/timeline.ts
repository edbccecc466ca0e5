/**
 * The timeline stage (DESIGN.md section 2, stage 2): events suggested from the incident's own Jira
 * history (creation, status, priority and assignee changes, comments, links as they were made),
 * merged into what the facilitator already has without undoing their work. An event removed by the
 * facilitator is remembered in `dismissedSourceIds` and not suggested again; an edited Jira event
 * keeps `source: 'jira'` with `edited: true` and is never overwritten. Times are stored in UTC.
 */
import type { ChangeDetails } from '../jira/shapes';
import { adfToPlainText, excerpt } from './adf-text';
import type { Timeline, TimelineEvent } from './document';
import { toUtcIso } from './iso-time';
import type { JiraIssueForTimeline, JiraIssueLink, TimelineChangelog, TimelinePerson } from './jira-issue';
import type { TimelineEventKind } from './vocabulary';

const COMMENT_EXCERPT_CHARS = 140;

function jiraEvent(sourceId: string, at: string, kind: TimelineEventKind, text: string, author?: TimelinePerson): TimelineEvent {
  return {
    id: `jira:${sourceId}`,
    at,
    kind,
    text,
    ...(author?.displayName ? { author: author.displayName } : {}),
    source: 'jira',
    sourceId,
    key: false,
    edited: false,
  };
}

/** A string value of a change item; guards against reading Object.prototype.toString. */
function itemString(item: ChangeDetails, name: 'from' | 'fromString' | 'to' | 'toString'): string | null {
  const value: unknown = Object.prototype.hasOwnProperty.call(item, name) ? item[name] : undefined;
  return typeof value === 'string' && value !== '' ? value : null;
}

function fieldOf(item: ChangeDetails): string {
  return (item.fieldId ?? item.field ?? '').toLowerCase();
}

function changeText(label: string, from: string | null, to: string | null): string {
  if (from && to) return `${label} changed from ${from} to ${to}`;
  if (to) return `${label} set to ${to}`;
  return `${label} cleared (was ${from ?? 'empty'})`;
}

function assigneeText(from: string | null, to: string | null): string {
  if (from && to) return `Assignee changed from ${from} to ${to}`;
  if (to) return `Assigned to ${to}`;
  return from ? `Unassigned (was ${from})` : 'Unassigned';
}

function historyEvents(history: TimelineChangelog): TimelineEvent[] {
  const at = toUtcIso(history.created);
  if (!at) return [];
  const historyId = history.id ?? at;
  const events: TimelineEvent[] = [];
  (history.items ?? []).forEach((item, index) => {
    const sourceId = `history:${historyId}:${index}`;
    const from = itemString(item, 'fromString');
    const to = itemString(item, 'toString');
    switch (fieldOf(item)) {
      case 'status':
        events.push(jiraEvent(sourceId, at, 'status', changeText('Status', from, to), history.author));
        break;
      case 'priority':
        events.push(jiraEvent(sourceId, at, 'priority', changeText('Priority', from, to), history.author));
        break;
      case 'assignee':
        events.push(jiraEvent(sourceId, at, 'assignee', assigneeText(from, to), history.author));
        break;
      case 'link': {
        const text = to ? `Link added: ${to}` : `Link removed: ${from ?? itemString(item, 'from') ?? 'an issue'}`;
        events.push(jiraEvent(sourceId, at, 'link', text, history.author));
        break;
      }
      default:
        break;
    }
  });
  return events;
}

/** Keys of issues that the changelog records links to or from. */
function keysLinkedInChangelog(histories: TimelineChangelog[]): Set<string> {
  const keys = new Set<string>();
  for (const history of histories) {
    for (const item of history.items ?? []) {
      if (fieldOf(item) !== 'link') continue;
      for (const key of [itemString(item, 'to'), itemString(item, 'from')]) if (key) keys.add(key);
    }
  }
  return keys;
}

function linkEvent(link: JiraIssueLink, fallbackAt: string | null): TimelineEvent | null {
  const outward = Boolean(link.outwardIssue);
  const other = link.outwardIssue ?? link.inwardIssue;
  if (!other?.key) return null;
  const exactAt = toUtcIso(link.created);
  const at = exactAt ?? fallbackAt;
  if (!at) return null;
  const relation = (outward ? link.type?.outward : link.type?.inward) ?? link.type?.name ?? 'is linked to';
  const summary = other.fields?.summary ? ` (${other.fields.summary})` : '';
  const when = exactAt ? '' : ' (time of linking not recorded)';
  return jiraEvent(`issuelink:${link.id ?? other.key}`, at, 'link', `Link: this issue ${relation} ${other.key}${summary}${when}`);
}

function byTime(a: TimelineEvent, b: TimelineEvent): number {
  return Date.parse(a.at) - Date.parse(b.at);
}

/**
 * Timeline events suggested by the incident's Jira record, oldest first, one per Jira record
 * (de-duplicated by `sourceId`). Links come from the changelog's "Link" items when there are any
 * for a linked issue, otherwise from the issue's current links.
 */
export function buildTimelineSuggestions(issue: JiraIssueForTimeline): TimelineEvent[] {
  const fields = issue.fields ?? {};
  const histories = issue.changelog?.histories ?? [];
  const created = toUtcIso(fields.created);
  const events: TimelineEvent[] = [];

  if (created) {
    const firstStatusChange = [...histories]
      .sort((a, b) => Date.parse(a.created ?? '') - Date.parse(b.created ?? ''))
      .flatMap((h) => h.items ?? [])
      .find((item) => fieldOf(item) === 'status');
    const initialStatus = firstStatusChange ? itemString(firstStatusChange, 'fromString') : null;
    const summary = fields.summary ? `: ${fields.summary}` : '';
    const status = initialStatus ? ` in status ${initialStatus}` : '';
    events.push(jiraEvent(`created:${issue.id ?? issue.key ?? ''}`, created, 'status', `Incident created${status}${summary}`, fields.reporter ?? fields.creator));
  }

  for (const history of histories) events.push(...historyEvents(history));

  for (const comment of fields.comment?.comments ?? []) {
    const at = toUtcIso(comment.created);
    if (!at || !comment.id) continue;
    const text = excerpt(adfToPlainText(comment.body), COMMENT_EXCERPT_CHARS);
    events.push(jiraEvent(`comment:${comment.id}`, at, 'comment', text, comment.author));
  }

  const linkedInChangelog = keysLinkedInChangelog(histories);
  for (const link of fields.issuelinks ?? []) {
    const otherKey = (link.outwardIssue ?? link.inwardIssue)?.key;
    if (otherKey && linkedInChangelog.has(otherKey)) continue;
    const event = linkEvent(link, created);
    if (event) events.push(event);
  }

  const bySource = new Map<string | undefined, TimelineEvent>();
  for (const event of events) if (!bySource.has(event.sourceId)) bySource.set(event.sourceId, event);
  return [...bySource.values()].sort(byTime);
}

/**
 * Adds Jira events the timeline does not have yet, refreshes unedited Jira events (a comment edited
 * in Jira), and leaves everything the facilitator did alone: their own events, their edits, their
 * key marks and their removals.
 */
export function mergeTimeline(existing: Timeline, suggestions: TimelineEvent[]): Timeline {
  const dismissed = new Set(existing.dismissedSourceIds);
  const suggestionBySource = new Map(suggestions.map((s) => [s.sourceId, s]));
  const presentSources = new Set(existing.events.map((e) => e.sourceId).filter((s): s is string => Boolean(s)));
  const usedIds = new Set(existing.events.map((e) => e.id));

  const events = existing.events.map((event) => {
    if (event.source !== 'jira' || event.edited || !event.sourceId) return event;
    const fresh = suggestionBySource.get(event.sourceId);
    if (!fresh) return event;
    const refreshed: TimelineEvent = { ...event, at: fresh.at, kind: fresh.kind, text: fresh.text };
    if (fresh.author) refreshed.author = fresh.author;
    else delete refreshed.author;
    return refreshed;
  });

  for (const suggestion of suggestions) {
    if (!suggestion.sourceId || dismissed.has(suggestion.sourceId) || presentSources.has(suggestion.sourceId)) continue;
    let id = suggestion.id;
    for (let n = 2; usedIds.has(id); n += 1) id = `${suggestion.id}#${n}`;
    usedIds.add(id);
    presentSources.add(suggestion.sourceId);
    events.push({ ...suggestion, id, source: 'jira', edited: false });
  }

  return { ...existing, events: events.sort(byTime) };
}

export interface NewTimelineEvent {
  id: string;
  at: string;
  text: string;
  kind?: TimelineEventKind;
  author?: string;
  key?: boolean;
}

/** A facilitator's own event. */
export function addTimelineEvent(timeline: Timeline, event: NewTimelineEvent): Timeline {
  const at = toUtcIso(event.at) ?? event.at;
  const added: TimelineEvent = {
    id: event.id,
    at,
    kind: event.kind ?? 'custom',
    text: event.text,
    ...(event.author ? { author: event.author } : {}),
    source: 'user',
    key: event.key ?? false,
    edited: false,
  };
  return { ...timeline, events: [...timeline.events, added].sort(byTime) };
}

/** Changes an event's time, kind or text. A Jira event becomes `edited` and stops following Jira. */
export function editTimelineEvent(
  timeline: Timeline,
  id: string,
  patch: Partial<Pick<TimelineEvent, 'at' | 'kind' | 'text'>>,
): Timeline {
  const events = timeline.events.map((event) => {
    if (event.id !== id) return event;
    const next = { ...event, ...patch, ...(patch.at ? { at: toUtcIso(patch.at) ?? patch.at } : {}) };
    const changed = next.at !== event.at || next.kind !== event.kind || next.text !== event.text;
    return changed ? { ...next, edited: event.source === 'jira' ? true : event.edited } : event;
  });
  return { ...timeline, events: events.sort(byTime) };
}

/** Marks or unmarks a key event; not an edit, so a Jira event keeps following Jira. */
export function setKeyEvent(timeline: Timeline, id: string, key: boolean): Timeline {
  return { ...timeline, events: timeline.events.map((e) => (e.id === id ? { ...e, key } : e)) };
}

/** Removes an event; a Jira event's source is remembered so it is not suggested again. */
export function removeTimelineEvent(timeline: Timeline, id: string): Timeline {
  const removed = timeline.events.find((e) => e.id === id);
  if (!removed) return timeline;
  const dismissedSourceIds =
    removed.sourceId && !timeline.dismissedSourceIds.includes(removed.sourceId)
      ? [...timeline.dismissedSourceIds, removed.sourceId]
      : timeline.dismissedSourceIds;
  return { ...timeline, events: timeline.events.filter((e) => e.id !== id), dismissedSourceIds };
}
