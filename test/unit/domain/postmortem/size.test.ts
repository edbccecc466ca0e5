import {
  describeTooLarge,
  readOrRepairDocument,
  roomToKeep,
  joinFromStorage,
  jsonBytes,
  PostmortemDocumentError,
  PostmortemDocumentSchema,
  PostmortemTooLargeError,
  PROPERTY_VALUE_MAX_BYTES,
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

/** Pads the impact summary so the whole document is exactly `length` bytes of JSON. */
function padTo(doc: PostmortemDocument, length: number): PostmortemDocument {
  const padded = { ...doc, gather: { ...doc.gather, impactSummary: '' } };
  const room = length - jsonBytes(padded);
  padded.gather.impactSummary = 'x'.repeat(room);
  expect(jsonBytes(padded)).toBe(length);
  return padded;
}

describe('splitForStorage', () => {
  const withLongTimeline = withTimeline(workedDocument(), 100);

  it('stores a document that fits, exactly at the limit, as one property', () => {
    const doc = padTo(withLongTimeline, PROPERTY_VALUE_MAX_BYTES);
    const stored = splitForStorage(doc);
    expect(stored).toEqual({ main: doc });
    expect(tooLargeParts(doc)).toEqual([]);
  });

  it('moves the timeline to its own property one byte past the limit', () => {
    const doc = padTo(withLongTimeline, PROPERTY_VALUE_MAX_BYTES + 1);
    const { main, overflow } = splitForStorage(doc);
    expect(main.timeline).toEqual({ events: [], dismissedSourceIds: [], storedSeparately: { property: TIMELINE_PROPERTY_KEY, revision: 3, eventCount: 100 } });
    expect(overflow).toEqual({ schemaVersion: 1, revision: 3, events: doc.timeline.events, dismissedSourceIds: ['comment:1', 'comment:2'] });
    expect(jsonBytes(main)).toBeLessThanOrEqual(PROPERTY_VALUE_MAX_BYTES);
    expect(jsonBytes(overflow)).toBeLessThanOrEqual(PROPERTY_VALUE_MAX_BYTES);
    expect(PostmortemDocumentSchema.safeParse(main).success).toBe(true);
    expect(main).toMatchObject({ status: doc.status, stage: doc.stage, openActions: doc.openActions });
  });

  it('round-trips through storage on both sides of the boundary', () => {
    for (const length of [PROPERTY_VALUE_MAX_BYTES, PROPERTY_VALUE_MAX_BYTES + 1]) {
      const doc = padTo(withLongTimeline, length);
      const { main, overflow } = splitForStorage(doc);
      const stored = JSON.parse(JSON.stringify({ main, overflow: overflow ?? null }));
      expect(joinFromStorage(stored.main, stored.overflow)).toEqual(doc);
    }
  });

  it('never truncates: names the sections that are too large, with their sizes', () => {
    const doc = workedDocument({ actionItems: [actionItem({ description: 'd'.repeat(40_000) })] });
    const parts = tooLargeParts(doc);
    expect(parts).toEqual([{ section: 'actionItems', label: 'Action items', bytes: jsonBytes(doc.actionItems), limit: PROPERTY_VALUE_MAX_BYTES }]);
    expect(() => splitForStorage(doc)).toThrow(PostmortemTooLargeError);
    expect(() => splitForStorage(doc)).toThrow('Action items: 39.3 KB');
  });

  it('names the timeline when the timeline alone does not fit', () => {
    const doc = withTimeline(workedDocument(), 300);
    const parts = tooLargeParts(doc);
    expect(parts.map((p) => p.section)).toEqual(['timeline']);
    expect(parts[0].bytes).toBeGreaterThan(PROPERTY_VALUE_MAX_BYTES);
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
    expect(describeTooLarge([{ section: 'timeline', label: 'Timeline', bytes: 40_120, limit: PROPERTY_VALUE_MAX_BYTES }])).toBe(
      'The post-mortem is too large to save (Timeline: 39.2 KB). A Jira issue property holds at most 32 KB and the timeline is already stored on its own when needed. Shorten the sections named; nothing was saved.',
    );
  });

  it('counts UTF-8 bytes, as Jira limits the property by them: one "é" is two', () => {
    expect(jsonBytes('é')).toBe(4);
    const doc = padTo(withLongTimeline, PROPERTY_VALUE_MAX_BYTES - 2);
    const accented = { ...doc, gather: { ...doc.gather, impactSummary: `${doc.gather.impactSummary.slice(2)}éé` } };
    expect(JSON.stringify(accented).length).toBe(PROPERTY_VALUE_MAX_BYTES - 2);
    expect(jsonBytes(accented)).toBe(PROPERTY_VALUE_MAX_BYTES);
    expect(splitForStorage(accented)).toEqual({ main: accented });
    const over = { ...accented, gather: { ...accented.gather, impactSummary: `${accented.gather.impactSummary}é` } };
    expect(splitForStorage(over).overflow).toBeDefined();
  });

  it('keeps room for what the app records later when asked: 300 bytes, 250 per action item without a task and 150 per one with', () => {
    const doc = padTo(withLongTimeline, PROPERTY_VALUE_MAX_BYTES);
    const reserve = roomToKeep(doc);
    const withTask = doc.actionItems.filter((item) => item.taskKey).length;
    expect(reserve).toBe(300 + 250 * (doc.actionItems.length - withTask) + 150 * withTask);
    expect(roomToKeep({ ...doc, actionItems: doc.actionItems.map((item) => ({ ...item, taskKey: 'QA-1' })) })).toBe(300 + 150 * doc.actionItems.length);
    expect(splitForStorage(doc)).toEqual({ main: doc });
    expect(splitForStorage(doc, reserve).overflow).toBeDefined();
    const fits = padTo(withLongTimeline, PROPERTY_VALUE_MAX_BYTES - reserve);
    expect(splitForStorage(fits, reserve)).toEqual({ main: fits });
  });
});

describe('readOrRepairDocument', () => {
  const now = new Date('2026-11-20T10:00:00Z');

  it('reads a valid document as it is', () => {
    const doc = workedDocument();
    expect(readOrRepairDocument(doc, { key: 'QA-1' }, now)).toEqual({ document: doc, repairs: [] });
  });

  it('leaves out an evidence link that is not http(s) and names the repair, instead of refusing the whole post-mortem', () => {
    const doc = workedDocument();
    const stored = { ...doc, gather: { ...doc.gather, evidence: [{ label: 'bad', url: 'javascript:alert(1)', kind: 'log' }, ...doc.gather.evidence] } };
    const { document, repairs } = readOrRepairDocument(stored, { key: 'QA-1' }, now);
    expect(document.gather.evidence).toEqual(doc.gather.evidence);
    expect(repairs).toEqual([{ path: 'gather.evidence.0.url', problem: 'Evidence must be an http(s) link', action: 'removed', was: 'javascript:alert(1)' }]);
  });

  it('leaves out a link with a user name and password, showing what it was', () => {
    const doc = workedDocument();
    const url = 'https://ops:hunter2@logs.example.com/q';
    const stored = { ...doc, gather: { ...doc.gather, evidence: [...doc.gather.evidence, { label: 'logs', url, kind: 'log' }] } };
    const { document, repairs } = readOrRepairDocument(stored, { key: 'QA-1' }, now);
    expect(document.gather.evidence).toEqual(doc.gather.evidence);
    expect(repairs).toEqual([{ path: `gather.evidence.${doc.gather.evidence.length}.url`, problem: expect.stringMatching(/user name or password/), action: 'removed', was: url }]);
  });

  it('names each entry left out by its place as stored, even after an earlier one was left out', () => {
    const doc = workedDocument();
    const bad = (n: number) => ({ label: `bad ${n}`, url: `javascript:${n}`, kind: 'log' });
    const stored = { ...doc, gather: { ...doc.gather, evidence: [bad(0), bad(1), ...doc.gather.evidence, bad(2)] } };
    const { document, repairs } = readOrRepairDocument(stored, { key: 'QA-1' }, now);
    expect(document.gather.evidence).toEqual(doc.gather.evidence);
    expect(repairs.map((r) => [r.path, r.was])).toEqual([
      ['gather.evidence.0.url', 'javascript:0'], ['gather.evidence.1.url', 'javascript:1'],
      [`gather.evidence.${doc.gather.evidence.length + 2}.url`, 'javascript:2'],
    ]);
  });

  it('clips a long refused value it shows', () => {
    const doc = workedDocument();
    const stored = { ...doc, gather: { ...doc.gather, usersAffected: 'x'.repeat(5000) } };
    const [repair] = readOrRepairDocument(stored, { key: 'QA-1' }, now).repairs;
    expect(repair.was).toHaveLength(200);
  });

  it('resets a value of the wrong type and drops a second action item with the same id', () => {
    const doc = workedDocument({ actionItems: [actionItem({ id: 'a1' }), actionItem({ id: 'a1', title: 'copy' })] });
    const stored = { ...doc, gather: { ...doc.gather, usersAffected: 'many' } };
    const { document, repairs } = readOrRepairDocument(stored, { key: 'QA-1' }, now);
    expect(document.gather.usersAffected).toBeNull();
    expect(document.actionItems.map((i) => i.title)).toEqual([doc.actionItems[0].title]);
    expect(repairs.map((r) => [r.path, r.action])).toEqual([['gather.usersAffected', 'reset'], ['actionItems.1', 'removed']]);
  });

  it('still refuses what it cannot repair: a document of a newer version', () => {
    expect(() => readOrRepairDocument({ ...workedDocument(), schemaVersion: 9 }, { key: 'QA-1' }, now)).toThrow(PostmortemDocumentError);
  });
});

describe('joinFromStorage', () => {
  const doc = padTo(withTimeline(workedDocument(), 100), PROPERTY_VALUE_MAX_BYTES + 500);
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
