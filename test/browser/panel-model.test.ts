/**
 * The panel's pure rules, without a browser: time-zone conversion, due-date defaults, save backoff,
 * conflict resolution by section, the local draft, rewriting a finding's field, and the envelope
 * unwrapping every Custom UI call goes through.
 */
import { emptyDocument, stageCompleteness, type PostmortemDocument, type StageCompleteness } from '../../src/domain/postmortem';
import { unwrapEnvelope } from '../../static/shared/src/envelope';
import { UiError, toUiError } from '../../static/shared/src/ui-error';
import { conflictOf } from '../../static/panel/src/model/conflict';
import { addDays, defaultDueDate, dueDateAfterPriorityChange } from '../../static/panel/src/model/due-date';
import { defaultChoice, mergeBySection, sameContent, sectionConflicts } from '../../static/panel/src/model/doc-sections';
import { canonicalJson } from '../../src/domain/postmortem/sections';
import { clearDraft, readDraft, writeDraft, type DraftStorage, type PanelDraft } from '../../static/panel/src/model/draft-store';
import { parseFieldPath, readFieldText, writeFieldText } from '../../static/panel/src/model/field-text';
import { panelCompleteness } from '../../static/panel/src/model/panel-completeness';
import { retryDelayMs } from '../../static/panel/src/model/save-retry';
import { sectionLines } from '../../static/panel/src/model/section-text';
import { formatDateTime, offsetString, resolveTimeZone, todayInZone, utcToWallTime, wallTimeToUtc } from '../../static/panel/src/model/zoned-time';

const now = new Date();
const today = now.toISOString().slice(0, 10);

function doc(patch: (d: PostmortemDocument) => void = () => undefined): PostmortemDocument {
  const d = emptyDocument({ key: 'QA-3', created: now.toISOString(), components: ['Checkout'] }, now);
  patch(d);
  return d;
}

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => { data.set(k, v); },
    removeItem: (k) => { data.delete(k); },
  };
}

describe('zoned time', () => {
  const year = now.getUTCFullYear();

  it('shows a UTC instant as wall time in the viewer zone, across daylight saving', () => {
    expect(utcToWallTime(`${year}-01-15T12:00:00.000Z`, 'Europe/London')).toEqual({ date: `${year}-01-15`, time: '12:00' });
    expect(utcToWallTime(`${year}-07-15T12:00:00.000Z`, 'Europe/London')).toEqual({ date: `${year}-07-15`, time: '13:00' });
    expect(utcToWallTime(`${year}-07-15T20:30:00.000Z`, 'Australia/Sydney')).toEqual({ date: `${year}-07-16`, time: '06:30' });
    expect(utcToWallTime('not a time', 'UTC')).toBeNull();
  });

  it('stores wall time typed in a zone as the UTC instant', () => {
    expect(wallTimeToUtc(`${year}-07-15`, '13:00', 'Europe/London')).toBe(`${year}-07-15T12:00:00.000Z`);
    expect(wallTimeToUtc(`${year}-01-15`, '09:05', 'America/New_York')).toBe(`${year}-01-15T14:05:00.000Z`);
    expect(wallTimeToUtc(`${year}-07-16`, '06:30', 'Australia/Sydney')).toBe(`${year}-07-15T20:30:00.000Z`);
    expect(wallTimeToUtc(`${year}-02-30`, '10:00', 'UTC')).toBeNull();
    expect(wallTimeToUtc(`${year}-01-15`, '25:00', 'UTC')).toBeNull();
  });

  it('round-trips every hour of a year in a zone with daylight saving', () => {
    for (let h = 0; h < 365 * 24; h += 7) {
      const iso = new Date(Date.UTC(year, 0, 1) + h * 3_600_000).toISOString();
      const wall = utcToWallTime(iso, 'Europe/Berlin')!;
      const back = wallTimeToUtc(wall.date, wall.time, 'Europe/Berlin')!;
      // The repeated hour at the end of summer time maps to one of its two instants.
      expect(Math.abs(Date.parse(back) - Date.parse(iso))).toBeLessThanOrEqual(3_600_000);
      expect(utcToWallTime(back, 'Europe/Berlin')).toEqual(wall);
    }
  });

  it('gives offsets, the viewer date and falls back for unknown zones', () => {
    expect(offsetString(Date.UTC(year, 6, 1), 'Asia/Tokyo')).toBe('+09:00');
    expect(offsetString(Date.UTC(year, 0, 1), 'America/New_York')).toBe('-05:00');
    const lateUtc = new Date(`${today}T23:30:00.000Z`);
    expect(todayInZone(lateUtc, 'Asia/Tokyo')).toBe(addDays(today, 1));
    expect(todayInZone(lateUtc, 'UTC')).toBe(today);
    expect(resolveTimeZone('Not/AZone')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(resolveTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(formatDateTime(`${year}-07-15T12:00:00.000Z`, 'Europe/London')).toContain('13:00');
  });
});

describe('due dates', () => {
  it('are 4 weeks out for High and Highest and 8 weeks otherwise', () => {
    expect(defaultDueDate('Highest', today)).toBe(addDays(today, 28));
    expect(defaultDueDate('High', today)).toBe(addDays(today, 28));
    expect(defaultDueDate('Medium', today)).toBe(addDays(today, 56));
    expect(defaultDueDate('Lowest', today)).toBe(addDays(today, 56));
    expect(defaultDueDate('High', today, { highWeeks: 2, otherWeeks: 6 })).toBe(addDays(today, 14));
  });

  it('follow a priority change only while the date is still the default', () => {
    expect(dueDateAfterPriorityChange(addDays(today, 56), 'Medium', 'High', today)).toBe(addDays(today, 28));
    expect(dueDateAfterPriorityChange(null, 'Medium', 'High', today)).toBe(addDays(today, 28));
    expect(dueDateAfterPriorityChange(addDays(today, 10), 'Medium', 'High', today)).toBe(addDays(today, 10));
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2024-12-30', 3)).toBe('2025-01-02');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('save retries', () => {
  it('back off exponentially with bounded jitter, capped at 30 s', () => {
    expect(retryDelayMs(1, () => 0.5)).toBe(1000);
    expect(retryDelayMs(2, () => 0.5)).toBe(2000);
    expect(retryDelayMs(4, () => 0.5)).toBe(8000);
    expect(retryDelayMs(20, () => 0.5)).toBe(30000);
    expect(retryDelayMs(3, () => 0)).toBe(3200);
    expect(retryDelayMs(3, () => 0.999)).toBeLessThanOrEqual(4800);
  });
});

describe('conflicts by section', () => {
  const base = doc();
  const mine = doc((d) => { d.rootCause.whys = [{ id: 'w1', question: 'Why?', answer: 'My answer' }]; });
  const theirs = doc((d) => { d.gather.impactSummary = 'Their summary'; d.revision = 4; d.review.completedAt = now.toISOString(); });

  it('lists the sections that differ and who changed them', () => {
    const conflicts = sectionConflicts(base, mine, theirs);
    expect(conflicts.map((c) => [c.section, c.changedByYou, c.changedByThem])).toEqual([
      ['gather', false, true],
      ['rootCause', true, false],
    ]);
    expect(conflicts.map(defaultChoice)).toEqual(['theirs', 'mine']);
  });

  it('merges by section, keeping their revision and completion', () => {
    const merged = mergeBySection(mine, theirs, { gather: 'theirs', rootCause: 'mine' });
    expect(merged.gather.impactSummary).toBe('Their summary');
    expect(merged.rootCause.whys[0].answer).toBe('My answer');
    expect(merged.revision).toBe(4);
    expect(merged.review.completedAt).toBe(theirs.review.completedAt);
    const allMine = mergeBySection(mine, theirs, { gather: 'mine', rootCause: 'mine', review: 'mine' });
    expect(allMine.gather.impactSummary).toBe('');
    expect(allMine.review.completedAt).toBe(theirs.review.completedAt);
  });

  it('compares content whatever the key order, ignoring revision and timestamps', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(canonicalJson({ a: [{ c: 2, d: 1 }], b: 1 }));
    expect(sameContent(base, doc((d) => { d.revision = 9; d.updatedAt = new Date(0).toISOString(); }))).toBe(true);
    expect(sameContent(base, mine)).toBe(false);
  });

  it('describes a conflict from a CONFLICT error, or says it is not one', () => {
    const error = new UiError('CONFLICT', 'Someone saved first', { current: { revision: 4, document: theirs, stages: [], findings: [] } });
    const conflict = conflictOf(error, base, mine);
    expect(conflict?.theirs.revision).toBe(4);
    expect(conflict?.sections.map((s) => s.section)).toEqual(['gather', 'rootCause']);
    expect(conflictOf(new UiError('CONFLICT', 'x', { current: { revision: 'x' } }), base, mine)).toBeNull();
    expect(conflictOf(new UiError('INTERNAL', 'x'), base, mine)).toBeNull();
  });

  it('shows a section as readable lines', () => {
    expect(sectionLines(theirs, 'gather', 'UTC')).toContain('Impact: Their summary');
    expect(sectionLines(mine, 'rootCause', 'UTC')).toEqual(['Why 1: Why? → My answer']);
  });
});

describe('local drafts', () => {
  const draft = (tabId: string, text: string): PanelDraft => ({
    version: 1, issueKey: 'QA-3', tabId, baseRevision: 2, base: doc(),
    document: doc((d) => { d.gather.impactSummary = text; }), savedAt: now.toISOString(),
  });

  it('keep a document per site and issue and read it back validated', () => {
    const storage = memoryStorage();
    expect(writeDraft(storage, 'site-1', draft('tab-a', 'typed'))).toBe(true);
    expect(readDraft(storage, 'site-1', 'QA-3')?.document.gather.impactSummary).toBe('typed');
    expect(readDraft(storage, 'site-2', 'QA-3')).toBeNull();
    expect(readDraft(storage, 'site-1', 'QA-4')).toBeNull();
  });

  it('are cleared only by the tab that wrote them', () => {
    const storage = memoryStorage();
    writeDraft(storage, 's', draft('tab-a', 'from a'));
    clearDraft(storage, 's', 'QA-3', 'tab-b');
    expect(readDraft(storage, 's', 'QA-3')?.tabId).toBe('tab-a');
    clearDraft(storage, 's', 'QA-3', 'tab-a');
    expect(readDraft(storage, 's', 'QA-3')).toBeNull();
  });

  it('ignore broken or invalid drafts and survive a storage that refuses writes', () => {
    const storage = memoryStorage();
    storage.setItem('qa-postmortem:draft:s:QA-3', '{not json');
    expect(readDraft(storage, 's', 'QA-3')).toBeNull();
    storage.setItem('qa-postmortem:draft:s:QA-3', JSON.stringify({ ...draft('t', 'x'), document: { schemaVersion: 1 } }));
    expect(readDraft(storage, 's', 'QA-3')).toBeNull();
    const full: DraftStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(writeDraft(full, 's', draft('t', 'x'))).toBe(false);
    expect(readDraft(null, 's', 'QA-3')).toBeNull();
  });
});

describe('finding fields', () => {
  const d = doc((x) => {
    x.gather.impactSummary = 'Bob should have tested it';
    x.gather.evidence = [{ label: 'careless log', url: 'https://logs.example.com/1', kind: 'log' }];
    x.rootCause.whys = [{ id: 'w1', question: 'Why?', answer: 'Human error' }];
    x.timeline.events = [{ id: 'jira:comment:1', at: now.toISOString(), kind: 'comment', text: 'blame Bob', source: 'jira', sourceId: 'comment:1', key: false, edited: false }];
    x.probes.testCoverage.notes = 'fault of QA';
    x.actionItems = [{ id: 'a1', title: 't', type: null, ownerAccountId: null, dueDate: null, priority: 'Medium', description: 'desc' }];
  });

  it('parses paths with names, positions and ids', () => {
    expect(parseFieldPath('rootCause.whys[w1].answer')).toEqual([{ name: 'rootCause' }, { name: 'whys' }, { key: 'w1' }, { name: 'answer' }]);
    expect(parseFieldPath('a..b')).toBeNull();
    expect(parseFieldPath('a[1')).toBeNull();
  });

  it('reads and rewrites the text a finding points at', () => {
    expect(readFieldText(d, 'rootCause.whys[w1].answer')).toBe('Human error');
    expect(writeFieldText(d, 'gather.impactSummary', 'It was not tested').gather.impactSummary).toBe('It was not tested');
    expect(writeFieldText(d, 'gather.evidence[0].label', 'log').gather.evidence[0]).toEqual({ label: 'log', url: 'https://logs.example.com/1', kind: 'log' });
    expect(writeFieldText(d, 'rootCause.whys[w1].answer', 'A gap').rootCause.whys[0].answer).toBe('A gap');
    expect(writeFieldText(d, 'probes.testCoverage.notes', 'gap in coverage').probes.testCoverage.notes).toBe('gap in coverage');
    expect(writeFieldText(d, 'actionItems[a1].description', 'new').actionItems[0].description).toBe('new');
  });

  it('marks a rewritten Jira event as edited and leaves unknown fields alone', () => {
    const event = writeFieldText(d, 'timeline.events[jira:comment:1].text', 'a comment').timeline.events[0];
    expect(event).toMatchObject({ text: 'a comment', edited: true, source: 'jira' });
    expect(writeFieldText(d, 'rootCause.whys[nope].answer', 'x')).toBe(d);
    expect(writeFieldText(d, 'gather.severity', 'x')).toBe(d);
    expect(writeFieldText(d, 'gather.toString', 'x')).toBe(d);
  });
});

describe('stage marks', () => {
  it('mark Review done only once the stages it reviews are done', () => {
    const blank = panelCompleteness(stageCompleteness(doc(), today));
    expect(stageCompleteness(doc(), today).review.complete).toBe(true);
    expect(blank.review.complete).toBe(false);
    expect(blank.review.missing).toEqual(['Gather, Timeline, Root cause, QA probes and Action items are not complete yet']);
    const done = { complete: true, missing: [] };
    const allDone: StageCompleteness = {
      gather: done, timeline: done, 'root-cause': done, probes: done, actions: done, review: done, 'follow-through': done,
    };
    expect(panelCompleteness(allDone)).toBe(allDone);
    expect(panelCompleteness({ ...allDone, probes: { complete: false, missing: ['x'] } }).review.missing).toEqual(['QA probes is not complete yet']);
  });
});

describe('the resolver envelope', () => {
  it('gives the data of a success', () => {
    expect(unwrapEnvelope('getPostmortem', { ok: true, data: { revision: 3 } })).toEqual({ revision: 3 });
  });

  it('throws the error envelope as a UiError with code, message and details', () => {
    let thrown: unknown;
    try { unwrapEnvelope('savePostmortem', { ok: false, error: { code: 'CONFLICT', message: 'Saved by someone else', details: { current: 1 } } }); } catch (e) { thrown = e; }
    expect(thrown).toBeInstanceOf(UiError);
    expect(thrown).toMatchObject({ code: 'CONFLICT', message: 'Saved by someone else', details: { current: 1 }, key: 'savePostmortem', retryable: false });
  });

  it('treats an unexpected answer or a bridge failure as a retryable BRIDGE error', () => {
    expect(() => unwrapEnvelope('getPostmortem', { hello: 1 })).toThrow(expect.objectContaining({ code: 'BRIDGE', retryable: true }));
    expect(() => unwrapEnvelope('getPostmortem', { ok: false, error: { code: 'WHAT', message: '' } })).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    expect(toUiError(new Error('network down'))).toMatchObject({ code: 'BRIDGE', message: 'network down' });
    expect(new UiError('JIRA_UNAVAILABLE', 'x').retryable).toBe(true);
  });
});
