import {
  describeTooLarge,
  joinFromStorage,
  jsonLength,
  PostmortemDocumentError,
  PostmortemDocumentSchema,
  PostmortemTooLargeError,
  PROPERTY_VALUE_MAX_CHARS,
  splitForStorage,
  TIMELINE_PROPERTY_KEY,
  tooLargeParts,
  type PostmortemDocument,
} from '../../../../src/domain/postmortem';
import { actionItem, isoMinutesAgo, timelineEvent, workedDocument } from './postmortem-builders';

function withTimeline(doc: PostmortemDocument, count: number, textLength = 150): PostmortemDocument {
  const events = Array.from({ length: count }, (_, i) =>
    timelineEvent({ id: `e${i}`, at: isoMinutesAgo(600 - i), text: `Event ${i} `.padEnd(textLength, '.'), key: i === 0 }),
  );
  return { ...doc, timeline: { events, dismissedSourceIds: ['comment:1', 'comment:2'] } };
}

/** Pads the impact summary so the whole document is exactly `length` characters of JSON. */
function padTo(doc: PostmortemDocument, length: number): PostmortemDocument {
  const padded = { ...doc, gather: { ...doc.gather, impactSummary: '' } };
  const room = length - jsonLength(padded);
  padded.gather.impactSummary = 'x'.repeat(room);
  expect(jsonLength(padded)).toBe(length);
  return padded;
}

describe('splitForStorage', () => {
  const withLongTimeline = withTimeline(workedDocument(), 100);

  it('stores a document that fits, exactly at the limit, as one property', () => {
    const doc = padTo(withLongTimeline, PROPERTY_VALUE_MAX_CHARS);
    const stored = splitForStorage(doc);
    expect(stored).toEqual({ main: doc });
    expect(tooLargeParts(doc)).toEqual([]);
  });

  it('moves the timeline to its own property one character past the limit', () => {
    const doc = padTo(withLongTimeline, PROPERTY_VALUE_MAX_CHARS + 1);
    const { main, overflow } = splitForStorage(doc);
    expect(main.timeline).toEqual({ events: [], dismissedSourceIds: [], storedSeparately: { property: TIMELINE_PROPERTY_KEY, revision: 3, eventCount: 100 } });
    expect(overflow).toEqual({ schemaVersion: 1, revision: 3, events: doc.timeline.events, dismissedSourceIds: ['comment:1', 'comment:2'] });
    expect(jsonLength(main)).toBeLessThanOrEqual(PROPERTY_VALUE_MAX_CHARS);
    expect(jsonLength(overflow)).toBeLessThanOrEqual(PROPERTY_VALUE_MAX_CHARS);
    expect(PostmortemDocumentSchema.safeParse(main).success).toBe(true);
    expect(main).toMatchObject({ status: doc.status, stage: doc.stage, openActions: doc.openActions });
  });

  it('round-trips through storage on both sides of the boundary', () => {
    for (const length of [PROPERTY_VALUE_MAX_CHARS, PROPERTY_VALUE_MAX_CHARS + 1]) {
      const doc = padTo(withLongTimeline, length);
      const { main, overflow } = splitForStorage(doc);
      const stored = JSON.parse(JSON.stringify({ main, overflow: overflow ?? null }));
      expect(joinFromStorage(stored.main, stored.overflow)).toEqual(doc);
    }
  });

  it('never truncates: names the sections that are too large, with their sizes', () => {
    const doc = workedDocument({ actionItems: [actionItem({ description: 'd'.repeat(40_000) })] });
    const parts = tooLargeParts(doc);
    expect(parts).toEqual([{ section: 'actionItems', label: 'Action items', chars: jsonLength(doc.actionItems), limit: PROPERTY_VALUE_MAX_CHARS }]);
    expect(() => splitForStorage(doc)).toThrow(PostmortemTooLargeError);
    expect(() => splitForStorage(doc)).toThrow(`Action items: ${jsonLength(doc.actionItems).toLocaleString('en-US')} characters`);
  });

  it('names the timeline when the timeline alone does not fit', () => {
    const doc = withTimeline(workedDocument(), 300);
    const parts = tooLargeParts(doc);
    expect(parts.map((p) => p.section)).toEqual(['timeline']);
    expect(parts[0].chars).toBeGreaterThan(PROPERTY_VALUE_MAX_CHARS);
    try {
      splitForStorage(doc);
      throw new Error('expected PostmortemTooLargeError');
    } catch (error) {
      expect(error).toBeInstanceOf(PostmortemTooLargeError);
      expect((error as PostmortemTooLargeError).parts).toEqual(parts);
    }
  });

  it('names the largest sections until the rest would fit', () => {
    const doc = workedDocument({ actionItems: [actionItem({ description: 'd'.repeat(20_000) })] });
    doc.rootCause.contributingFactors = ['c'.repeat(18_000)];
    doc.probes.testCoverage.notes = 'p'.repeat(5_000);
    expect(tooLargeParts(doc).map((p) => p.section)).toEqual(['actionItems']);
    doc.probes.testCoverage.notes = 'p'.repeat(16_000);
    expect(tooLargeParts(doc).map((p) => p.section)).toEqual(['actionItems', 'rootCause']);
  });

  it('explains the limit in the message', () => {
    expect(describeTooLarge([{ section: 'timeline', label: 'Timeline', chars: 40_120, limit: PROPERTY_VALUE_MAX_CHARS }])).toBe(
      'The post-mortem is too large to save (Timeline: 40,120 characters). A Jira issue property holds at most 32,768 characters and the timeline is already stored separately when needed. Shorten the sections named; nothing was saved.',
    );
  });
});

describe('joinFromStorage', () => {
  const doc = padTo(withTimeline(workedDocument(), 100), PROPERTY_VALUE_MAX_CHARS + 500);
  const { main, overflow } = splitForStorage(doc);

  it('refuses a main value whose timeline property is missing or invalid', () => {
    expect(() => joinFromStorage(main, undefined)).toThrow(PostmortemDocumentError);
    expect(() => joinFromStorage(main, null)).toThrow(`"${TIMELINE_PROPERTY_KEY}", which is missing`);
    expect(() => joinFromStorage(main, { ...overflow, events: [{ id: 'x' }] })).toThrow(/events\.0\.at/);
  });

  it('uses the stored timeline whatever revision it carries, so the newest timeline is never lost', () => {
    const newer = { ...overflow!, revision: 4, events: overflow!.events.slice(0, 2) };
    expect(joinFromStorage(main, newer).timeline.events).toHaveLength(2);
  });

  it('ignores a leftover timeline property when the main value holds its own timeline', () => {
    const small = workedDocument();
    expect(joinFromStorage(small, overflow)).toEqual(small);
  });

  it('upgrades an old main value while joining', () => {
    const v0 = { rootCause: { whys: ['Because'] } };
    expect(joinFromStorage(v0, undefined).rootCause.whys[0].answer).toBe('Because');
  });
});
