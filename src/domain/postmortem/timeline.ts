/**
 * The timeline stage (DESIGN.md section 2, stage 2): events suggested from the incident's own Jira
 * history (creation, status, priority and assignee changes, comments, links as they were made; see
 * src/jira/mappers/incident.ts), merged into what the facilitator already has without undoing their
 * work. An event removed by the facilitator is remembered in `dismissedSourceIds` and not suggested
 * again; an edited Jira event keeps `source: 'jira'` with `edited: true` and is never overwritten.
 * Times are stored in UTC.
 */
import type { Timeline, TimelineEvent } from './document';
import { toUtcIso } from './iso-time';
import type { TimelineEventKind } from './vocabulary';

/** Orders timeline events oldest first (an Array sort comparator). */
export function byEventTime(a: TimelineEvent, b: TimelineEvent): number {
  return Date.parse(a.at) - Date.parse(b.at);
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

  return { ...existing, events: events.sort(byEventTime) };
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
  return { ...timeline, events: [...timeline.events, added].sort(byEventTime) };
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
  return { ...timeline, events: events.sort(byEventTime) };
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
