/**
 * Keeps the post-mortem inside Jira's issue-property limit without ever truncating it (DESIGN.md
 * section 3). The limit is 32,768: "characters" in one place of the OpenAPI description, "bytes" in
 * another, so UTF-8 bytes of the JSON are counted (the stricter reading). When the whole document is
 * too large, the timeline moves to a second property, `qa-postmortem-timeline`; when even that does
 * not fit, the caller gets an error naming the sections that are too large and their sizes.
 *
 * Room is kept for what the app itself adds later (task keys and states, follow-through counts):
 * a save from the panel must leave ROOM_PER_ACTION_ITEM bytes per action item and ROOM_FIXED bytes
 * free, so recording the tasks of "Create tasks" or the trigger's write-back can never fail for size.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/
 */
import { z } from 'zod';
import {
  migrateDocument,
  PostmortemDocumentError,
  SCHEMA_VERSION,
  TIMELINE_PROPERTY_KEY,
  TimelineEventSchema,
  type PostmortemDocument,
} from './document';

export const PROPERTY_VALUE_MAX_BYTES = 32_768;

/** Longest status name the app records on an item (longer ones are cut): keeps the room it needs known. */
export const TASK_STATUS_MAX_CHARS = 60;
/** Longest create error the app records on an item (longer ones are cut). */
export const CREATE_ERROR_MAX_CHARS = 200;

/**
 * What the app may still add to an item after a save. An item without a task: its key
 * (`"taskKey":"KEY-1234567",`, up to 32 bytes with a ten-letter project key) with its status, status
 * category and due date (up to 173 bytes), or a create error instead (up to 218); 250 covers either.
 * An item with a task may still have its status name grow or its due date appear: 150.
 */
export const ROOM_PER_ITEM_WITHOUT_TASK = 250;
export const ROOM_PER_ITEM_WITH_TASK = 150;
/** Follow-through counts, the index fields and the revision growing a digit. */
export const ROOM_FIXED = 300;

/** Bytes a save from the panel must leave free for the app's own additions. */
export function roomToKeep(doc: PostmortemDocument): number {
  return doc.actionItems.reduce((room, item) => room + (item.taskKey ? ROOM_PER_ITEM_WITH_TASK : ROOM_PER_ITEM_WITHOUT_TASK), ROOM_FIXED);
}

/** The value of the `qa-postmortem-timeline` property. */
export const TimelineOverflowSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The revision of the post-mortem this timeline was saved with. */
  revision: z.int().min(0),
  events: z.array(TimelineEventSchema),
  dismissedSourceIds: z.array(z.string()),
});
export type TimelineOverflow = z.infer<typeof TimelineOverflowSchema>;

export interface StoredParts {
  /** Value of `qa-postmortem`. */
  main: PostmortemDocument;
  /** Value of `qa-postmortem-timeline`, when the timeline had to move there. */
  overflow?: TimelineOverflow;
}

export interface TooLargePart {
  /** `timeline`, or a top-level section of the document such as `actionItems`. */
  section: string;
  label: string;
  bytes: number;
  limit: number;
}

const SECTION_LABELS: Record<string, string> = {
  gather: 'Gather (impact, times, evidence)',
  timeline: 'Timeline',
  rootCause: 'Root cause',
  probes: 'QA probes',
  actionItems: 'Action items',
  review: 'Review',
};

const encoder = new TextEncoder();

/** The size of a value as Jira stores it: UTF-8 bytes of its JSON. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

function withoutMarker(doc: PostmortemDocument): PostmortemDocument {
  const { storedSeparately: _marker, ...timeline } = doc.timeline;
  return { ...doc, timeline };
}

function splitParts(doc: PostmortemDocument): Required<StoredParts> {
  const { events, dismissedSourceIds } = doc.timeline;
  return {
    main: {
      ...doc,
      timeline: {
        events: [],
        dismissedSourceIds: [],
        storedSeparately: { property: TIMELINE_PROPERTY_KEY, revision: doc.revision, eventCount: events.length },
      },
    },
    overflow: { schemaVersion: SCHEMA_VERSION, revision: doc.revision, events, dismissedSourceIds },
  };
}

/**
 * What does not fit even with the timeline stored separately, `reserve` bytes kept free in the main
 * property; empty when the document can be saved. For the main property, the largest sections are
 * named until the rest would fit.
 */
export function tooLargeParts(doc: PostmortemDocument, reserve = 0): TooLargePart[] {
  const whole = withoutMarker(doc);
  const limit = PROPERTY_VALUE_MAX_BYTES - reserve;
  if (jsonBytes(whole) <= limit) return [];
  const { main, overflow } = splitParts(whole);
  const parts: TooLargePart[] = [];
  const part = (section: string, bytes: number, of: number): TooLargePart => ({ section, label: SECTION_LABELS[section] ?? section, bytes, limit: Math.max(0, of) });
  const overflowBytes = jsonBytes(overflow);
  if (overflowBytes > PROPERTY_VALUE_MAX_BYTES) parts.push(part('timeline', overflowBytes, PROPERTY_VALUE_MAX_BYTES));
  let excess = jsonBytes(main) - limit;
  if (excess > 0) {
    const sections = (['gather', 'rootCause', 'probes', 'actionItems', 'review'] as const)
      .map((section) => part(section, jsonBytes(main[section]), limit))
      .sort((a, b) => b.bytes - a.bytes);
    for (const section of sections) {
      if (excess <= 0) break;
      parts.push(section);
      excess -= section.bytes;
    }
  }
  return parts;
}

const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;

/** The user-facing explanation of why a post-mortem cannot be saved. */
export function describeTooLarge(parts: TooLargePart[], reserve = 0): string {
  const sizes = parts.map((p) => `${p.label}: ${kb(p.bytes)}`).join('; ');
  const room = reserve > 0 ? `, less ${kb(reserve)} kept free for the Jira tasks and follow-through the app records on each action item,` : '';
  return `The post-mortem is too large to save (${sizes}). A Jira issue property holds at most ${kb(PROPERTY_VALUE_MAX_BYTES)}${room} and the timeline is already stored on its own when needed. Shorten the sections named; nothing was saved.`;
}

export class PostmortemTooLargeError extends Error {
  constructor(readonly parts: TooLargePart[], readonly reserve = 0) {
    super(describeTooLarge(parts, reserve));
    this.name = 'PostmortemTooLargeError';
  }
}

/**
 * The property values to write: the document as is when it fits, otherwise the document without its
 * timeline plus the timeline on its own. Throws PostmortemTooLargeError when even that does not fit
 * with `reserve` bytes of the main property kept free (a save from the panel keeps roomToKeep(doc)).
 */
export function splitForStorage(doc: PostmortemDocument, reserve = 0): StoredParts {
  const whole = withoutMarker(doc);
  if (jsonBytes(whole) <= PROPERTY_VALUE_MAX_BYTES - reserve) return { main: whole };
  const parts = tooLargeParts(whole, reserve);
  if (parts.length) throw new PostmortemTooLargeError(parts, reserve);
  return splitParts(whole);
}

/**
 * The stored values joined without validating them, for a document that must be repaired: the
 * overflow's events and dismissed ids replace the main value's when it says they are stored apart.
 */
export function joinRawFromStorage(main: unknown, overflow: unknown): unknown {
  if (main === null || typeof main !== 'object' || Array.isArray(main)) return main;
  const raw = main as Record<string, unknown>;
  const timeline = raw.timeline as Record<string, unknown> | undefined;
  if (!timeline?.storedSeparately) return raw;
  const { storedSeparately: _apart, ...rest } = timeline;
  const events = (overflow as { events?: unknown } | null | undefined)?.events;
  const dismissed = (overflow as { dismissedSourceIds?: unknown } | null | undefined)?.dismissedSourceIds;
  return { ...raw, timeline: { ...rest, events: Array.isArray(events) ? events : [], dismissedSourceIds: Array.isArray(dismissed) ? dismissed : [] } };
}

/**
 * The document from the stored property values (either may be raw JSON as Jira returns it).
 * A main value that says its timeline is stored separately needs the timeline value; the timeline
 * value is used whatever revision it carries, so the newest timeline written is never lost.
 * A timeline value the main document does not refer to is a leftover and is ignored.
 */
export function joinFromStorage(main: unknown, overflow?: unknown): PostmortemDocument {
  const doc = migrateDocument(main);
  if (!doc.timeline.storedSeparately) return doc;
  if (overflow === undefined || overflow === null) {
    throw new PostmortemDocumentError(
      `The post-mortem's timeline is stored in the issue property "${TIMELINE_PROPERTY_KEY}", which is missing`,
    );
  }
  const parsed = TimelineOverflowSchema.safeParse(overflow);
  if (!parsed.success) {
    throw new PostmortemDocumentError(
      `The issue property "${TIMELINE_PROPERTY_KEY}" is not valid`,
      parsed.error.issues.map((i) => `${i.path.join('.') || '(value)'}: ${i.message}`),
    );
  }
  return { ...doc, timeline: { events: parsed.data.events, dismissedSourceIds: parsed.data.dismissedSourceIds } };
}
