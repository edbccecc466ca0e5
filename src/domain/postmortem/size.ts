/**
 * Keeps the post-mortem inside Jira's issue-property limit (32,768 characters of JSON) without ever
 * truncating it (DESIGN.md section 3): when the whole document is too large, the timeline moves to a
 * second property, `qa-postmortem-timeline`; when even that does not fit, the caller gets an error
 * naming the sections that are too large and their sizes.
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

export const PROPERTY_VALUE_MAX_CHARS = 32_768;

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
  chars: number;
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

export function jsonLength(value: unknown): number {
  return JSON.stringify(value).length;
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
 * What does not fit even with the timeline stored separately; empty when the document can be saved.
 * For the main property, the largest sections are named until the rest would fit.
 */
export function tooLargeParts(doc: PostmortemDocument): TooLargePart[] {
  const whole = withoutMarker(doc);
  if (jsonLength(whole) <= PROPERTY_VALUE_MAX_CHARS) return [];
  const { main, overflow } = splitParts(whole);
  const parts: TooLargePart[] = [];
  const part = (section: string, chars: number): TooLargePart => ({
    section,
    label: SECTION_LABELS[section] ?? section,
    chars,
    limit: PROPERTY_VALUE_MAX_CHARS,
  });
  const overflowChars = jsonLength(overflow);
  if (overflowChars > PROPERTY_VALUE_MAX_CHARS) parts.push(part('timeline', overflowChars));
  let excess = jsonLength(main) - PROPERTY_VALUE_MAX_CHARS;
  if (excess > 0) {
    const sections = (['gather', 'rootCause', 'probes', 'actionItems', 'review'] as const)
      .map((section) => part(section, jsonLength(main[section])))
      .sort((a, b) => b.chars - a.chars);
    for (const section of sections) {
      if (excess <= 0) break;
      parts.push(section);
      excess -= section.chars;
    }
  }
  return parts;
}

/** The user-facing explanation of why a post-mortem cannot be saved. */
export function describeTooLarge(parts: TooLargePart[]): string {
  const sizes = parts.map((p) => `${p.label}: ${p.chars.toLocaleString('en-US')} characters`).join('; ');
  return `The post-mortem is too large to save (${sizes}). A Jira issue property holds at most ${PROPERTY_VALUE_MAX_CHARS.toLocaleString('en-US')} characters and the timeline is already stored separately when needed. Shorten the sections named; nothing was saved.`;
}

export class PostmortemTooLargeError extends Error {
  constructor(readonly parts: TooLargePart[]) {
    super(describeTooLarge(parts));
    this.name = 'PostmortemTooLargeError';
  }
}

/**
 * The property values to write: the document as is when it fits, otherwise the document without its
 * timeline plus the timeline on its own. Throws PostmortemTooLargeError when even that does not fit.
 */
export function splitForStorage(doc: PostmortemDocument): StoredParts {
  const whole = withoutMarker(doc);
  if (jsonLength(whole) <= PROPERTY_VALUE_MAX_CHARS) return { main: whole };
  const parts = tooLargeParts(whole);
  if (parts.length) throw new PostmortemTooLargeError(parts);
  return splitParts(whole);
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
