/**
 * The panel's editing state (editor-machine.ts run by editor-session.ts), on fake timers with a fake
 * save that the test answers: the autosave pause, typing during a save, retries with backoff, a
 * refused save merged section by section (two people on different sections both land), a real
 * conflict left to the person, the local draft, Complete, and a server-side change with edits typed
 * meanwhile. No real time passes; every wait is a timer the test advances.
 */
import type { CompleteResult, SavePostmortemPayload, SaveResult } from '../../src/contract';
import { emptyDocument, type PostmortemDocument } from '../../src/domain/postmortem';
import { UiError } from '../../static/shared/src/ui-error';
import { initialEditorState, type EditorState } from '../../static/panel/src/editor/editor-machine';
import { EditorSession } from '../../static/panel/src/editor/editor-session';
import { openingState, statusOf } from '../../static/panel/src/editor/editor-opening';
import { draftKey, readDraft, type DraftStorage } from '../../static/panel/src/model/draft-store';
import { FIRST_RETRY_MS } from '../../static/panel/src/model/save-retry';

const now = new Date('2026-11-20T10:00:00Z');
const DEBOUNCE = 800;
const SITE = 'cloud-1';
const KEY = 'QA-3';

function blank(): PostmortemDocument {
  return emptyDocument({ key: KEY, created: now.toISOString(), components: ['Checkout'] }, now);
}

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => { data.set(k, v); }, removeItem: (k) => { data.delete(k); } };
}

interface Call { payload: SavePostmortemPayload; resolve: (result: SaveResult) => void; reject: (error: unknown) => void }

/** A session over a fake save the test answers, at revision `revision` of `stored`. */
function open(stored: PostmortemDocument = blank(), revision = 1, initial?: EditorState) {
  const calls: Call[] = [];
  const completes: Array<{ baseRevision: number; resolve: (r: CompleteResult) => void; reject: (e: unknown) => void }> = [];
  const storage = memoryStorage();
  const session = new EditorSession(
    initial ?? initialEditorState({ document: stored, revision }),
    {
      save: (payload) => new Promise((resolve, reject) => { calls.push({ payload, resolve, reject }); }),
      complete: ({ baseRevision }) => new Promise((resolve, reject) => { completes.push({ baseRevision, resolve, reject }); }),
    },
    { storage, site: SITE, issueKey: KEY, tabId: 'tab-1' },
    { debounceMs: DEBOUNCE, random: () => 0.5 },
    true,
  );
  session.attach();
  /** The server stores what call `i` sent as revision `rev`, and answers. */
  const answer = async (i: number, rev: number) => {
    const { payload } = calls[i];
    calls[i].resolve({ revision: rev, document: { ...payload.document, revision: rev }, stages: [], findings: [] });
    await Promise.resolve();
  };
  return { session, calls, completes, storage, answer };
}

const withImpact = (text: string) => (d: PostmortemDocument): PostmortemDocument => ({ ...d, gather: { ...d.gather, impactSummary: text } });
const withFactor = (text: string) => (d: PostmortemDocument): PostmortemDocument => ({ ...d, rootCause: { ...d.rootCause, contributingFactors: [text] } });
const conflictError = (current: PostmortemDocument, revision: number) =>
  new UiError('CONFLICT', 'changed by someone else', { current: { revision, document: { ...current, revision }, stages: [], findings: [] } });

beforeEach(() => { jest.useFakeTimers(); });
afterEach(() => { jest.useRealTimers(); });

describe('autosave', () => {
  it('saves once after the pause, not before, from the revision it started at', async () => {
    const { session, calls, answer } = open();
    session.update(withImpact('Checkout failed'));
    session.update(withImpact('Checkout failed for saved cards'));
    expect(statusOf(session.state)).toEqual({ kind: 'saving' });
    jest.advanceTimersByTime(DEBOUNCE - 1);
    expect(calls).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(calls).toHaveLength(1);
    expect(calls[0].payload).toMatchObject({ baseRevision: 1, document: { gather: { impactSummary: 'Checkout failed for saved cards' } } });
    await answer(0, 2);
    expect(session.state).toMatchObject({ phase: 'saved', server: { revision: 2 } });
  });

  it('keeps what is typed during a save and saves it on top of the answer', async () => {
    const { session, calls, answer } = open();
    session.update(withImpact('first'));
    jest.advanceTimersByTime(DEBOUNCE);
    session.update(withFactor('typed while saving'));
    await answer(0, 2);
    expect(session.state.working.rootCause.contributingFactors).toEqual(['typed while saving']);
    jest.advanceTimersByTime(0);
    expect(calls).toHaveLength(2);
    expect(calls[1].payload).toMatchObject({ baseRevision: 2, document: { gather: { impactSummary: 'first' }, rootCause: { contributingFactors: ['typed while saving'] } } });
  });

  it('retries a failure that may pass with backoff, and stops at one that needs the person', async () => {
    const { session, calls } = open();
    session.update(withImpact('x'));
    jest.advanceTimersByTime(DEBOUNCE);
    calls[0].reject(new UiError('JIRA_UNAVAILABLE', 'Jira is not responding'));
    await Promise.resolve();
    expect(statusOf(session.state)).toEqual({ kind: 'retrying', message: 'Jira is not responding', attempt: 1 });
    jest.advanceTimersByTime(FIRST_RETRY_MS - 1);
    expect(calls).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(calls).toHaveLength(2);
    calls[1].reject(new UiError('VALIDATION', 'Impact is too long'));
    await Promise.resolve();
    expect(statusOf(session.state)).toEqual({ kind: 'failed', message: 'Impact is too long' });
    jest.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(2);
    session.retryNow();
    expect(calls).toHaveLength(3);
  });

  it('keeps a local draft while unsaved and clears it once saved', async () => {
    const { session, storage, answer } = open();
    session.update(withImpact('draft text'));
    expect(readDraft(storage, SITE, KEY)?.document.gather.impactSummary).toBe('draft text');
    jest.advanceTimersByTime(DEBOUNCE);
    await answer(0, 2);
    expect(storage.data.has(draftKey(SITE, KEY))).toBe(false);
    expect(session.keepsDraft).toBe(true);
  });

  it('says when the browser keeps no copy: no storage for the frame, or a write it refuses', () => {
    const ports = { save: () => new Promise<SaveResult>(() => undefined), complete: () => new Promise<CompleteResult>(() => undefined) };
    const config = { debounceMs: DEBOUNCE, random: () => 0.5 };
    const blocked = new EditorSession(initialEditorState({ document: blank(), revision: 1 }), ports, { storage: null, site: SITE, issueKey: KEY, tabId: 'tab-1' }, config, true);
    expect(blocked.keepsDraft).toBe(false);
    blocked.update(withImpact('typed'));
    expect(blocked.keepsDraft).toBe(false);

    const full: DraftStorage = { getItem: () => null, setItem: () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }, removeItem: () => undefined };
    const refusing = new EditorSession(initialEditorState({ document: blank(), revision: 1 }), ports, { storage: full, site: SITE, issueKey: KEY, tabId: 'tab-1' }, config, true);
    expect(refusing.keepsDraft).toBe(true);
    refusing.update(withImpact('typed'));
    expect(refusing.keepsDraft).toBe(false);
  });
});

describe('a save refused because someone else saved first', () => {
  it('merges their section and mine when we changed different sections, and saves the merge at their revision', async () => {
    const { session, calls } = open();
    session.update(withImpact('mine: impact'));
    jest.advanceTimersByTime(DEBOUNCE);
    const theirs = withFactor('theirs: a factor')(blank());
    calls[0].reject(conflictError(theirs, 2));
    await Promise.resolve();
    expect(session.state.phase).toBe('saving');
    expect(session.state.merged).toEqual(['rootCause']);
    expect(calls).toHaveLength(2);
    expect(calls[1].payload).toMatchObject({
      baseRevision: 2,
      document: { gather: { impactSummary: 'mine: impact' }, rootCause: { contributingFactors: ['theirs: a factor'] } },
    });
  });

  it('leaves a section both changed to the person, and saves what they choose', async () => {
    const { session, calls } = open();
    session.update(withImpact('mine'));
    jest.advanceTimersByTime(DEBOUNCE);
    calls[0].reject(conflictError(withImpact('theirs')(blank()), 2));
    await Promise.resolve();
    expect(statusOf(session.state)).toEqual({ kind: 'conflict' });
    expect(session.state.conflict?.sections).toEqual([expect.objectContaining({ section: 'gather', changedByYou: true, changedByThem: true })]);
    jest.advanceTimersByTime(60_000);
    expect(calls).toHaveLength(1);
    session.resolveConflict({ gather: 'mine' });
    expect(calls).toHaveLength(2);
    expect(calls[1].payload).toMatchObject({ baseRevision: 2, document: { gather: { impactSummary: 'mine' } } });
  });

  it('takes their version as it is when nothing of mine is missing from it', async () => {
    const { session, calls } = open();
    session.update(withImpact('same'));
    jest.advanceTimersByTime(DEBOUNCE);
    calls[0].reject(conflictError(withImpact('same')(blank()), 2));
    await Promise.resolve();
    expect(session.state).toMatchObject({ phase: 'saved', server: { revision: 2 } });
    expect(calls).toHaveLength(1);
  });
});

describe('Complete and server-side changes', () => {
  it('refuses to complete while a change is unsaved, and saves it', async () => {
    const { session, calls, completes } = open();
    session.update(withImpact('not yet saved'));
    const outcome = await session.complete();
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('still being saved'), problems: [] });
    expect(completes).toHaveLength(0);
    expect(calls).toHaveLength(1);
  });

  it('saves what is typed first, holds autosave while the change runs, and saves what was typed meanwhile on top of its answer', async () => {
    const { session, calls, answer } = open();
    session.update(withImpact('typed before'));
    let release: (r: SaveResult) => void = () => undefined;
    const run = jest.fn(() => new Promise<SaveResult>((resolve) => { release = resolve; }));
    const change = session.applyServerChange(run);
    expect(calls).toHaveLength(1);
    await answer(0, 2);
    await Promise.resolve();
    expect(run).toHaveBeenCalledTimes(1);
    session.update(withFactor('typed meanwhile'));
    jest.advanceTimersByTime(DEBOUNCE * 5);
    expect(calls).toHaveLength(1);
    release({ revision: 3, document: { ...withImpact('typed before')(blank()), revision: 3 }, stages: [], findings: [] });
    expect(await change).toMatchObject({ ok: true });
    jest.advanceTimersByTime(0);
    expect(calls).toHaveLength(2);
    expect(calls[1].payload).toMatchObject({ baseRevision: 3, document: { rootCause: { contributingFactors: ['typed meanwhile'] } } });
  });
});

describe('opening the panel', () => {
  it('restores a draft from this browser and saves it at once; a draft from an older revision that conflicts waits for the person', async () => {
    const storage = memoryStorage();
    const stored = blank();
    const draft = withImpact('unsaved in this browser')(stored);
    storage.setItem(draftKey(SITE, KEY), JSON.stringify({ version: 1, issueKey: KEY, tabId: 'old', baseRevision: 1, base: stored, document: draft, savedAt: now.toISOString() }));
    const view = { document: stored, revision: 1, canEdit: true, stages: [], findings: [] } as never;
    const opened = openingState(view, storage, SITE, KEY);
    expect(opened).toMatchObject({ restored: 'browser', state: { phase: 'pending' } });
    const { calls } = open(stored, 1, opened.state);
    expect(calls).toHaveLength(1);

    const moved = openingState({ document: withImpact('someone else')(stored), revision: 2, canEdit: true, stages: [], findings: [] } as never, storage, SITE, KEY);
    expect(moved).toMatchObject({ restored: 'browser', state: { phase: 'conflict' } });
  });

  it('restores the changes the app kept from a failed save, or this browser\'s draft when that is newer', () => {
    const stored = blank();
    const kept = { id: 'copy-1', baseRevision: 1, base: stored, document: withImpact('kept by the app')(stored), savedAt: '2026-11-20T10:05:00Z' };
    const view = { document: stored, revision: 1, canEdit: true, stages: [], findings: [], keptDraft: kept } as never;
    const fromApp = openingState(view, null, SITE, KEY);
    expect(fromApp).toMatchObject({ restored: 'app', appCopyId: 'copy-1', state: { phase: 'pending', working: { gather: { impactSummary: 'kept by the app' } } } });

    const storage = memoryStorage();
    const local = (savedAt: string) => JSON.stringify({ version: 1, issueKey: KEY, tabId: 'old', baseRevision: 1, base: stored, document: withImpact('typed here')(stored), savedAt });
    storage.setItem(draftKey(SITE, KEY), local('2026-11-20T10:06:00Z'));
    // The app's copy passed over stays with the app (not cleared by the next save), to be offered later.
    const fromBrowser = openingState(view, storage, SITE, KEY);
    expect(fromBrowser).toMatchObject({ restored: 'browser', state: { working: { gather: { impactSummary: 'typed here' } } } });
    expect(fromBrowser.appCopyId).toBeUndefined();
    storage.setItem(draftKey(SITE, KEY), local('2026-11-20T10:04:00Z'));
    expect(openingState(view, storage, SITE, KEY)).toMatchObject({ restored: 'app', appCopyId: 'copy-1', state: { working: { gather: { impactSummary: 'kept by the app' } } } });

    // A copy whose changes are already stored is cleared by the next save.
    const storedAlready = { document: kept.document, revision: 2, canEdit: true, stages: [], findings: [], keptDraft: kept } as never;
    expect(openingState(storedAlready, null, SITE, KEY)).toMatchObject({ restored: null, appCopyId: 'copy-1' });

    const readOnly = { ...(view as object), canEdit: false } as never;
    expect(openingState(readOnly, null, SITE, KEY)).toMatchObject({ restored: null });
    expect(openingState(readOnly, null, SITE, KEY).appCopyId).toBeUndefined();
  });

  it('leaves every differing section to the person when the app kept changes without the version they started from', () => {
    const stored = blank();
    const kept = { id: 'copy-1', baseRevision: 1, document: withFactor('kept factor')(withImpact('kept impact')(stored)), savedAt: now.toISOString() };
    const theirs = { ...withImpact('their impact')(stored), revision: 2 };
    const opened = openingState({ document: theirs, revision: 2, canEdit: true, stages: [], findings: [], keptDraft: kept } as never, null, SITE, KEY);
    expect(opened.restored).toBe('app');
    expect(opened.state.phase).toBe('conflict');
    expect(opened.state.conflict?.baseUnknown).toBe(true);
    expect(opened.state.conflict?.sections.map((s) => [s.section, s.changedByYou, s.changedByThem])).toEqual([
      ['gather', true, true],
      ['rootCause', true, true],
    ]);
  });
});

describe('the copy the app keeps when a save fails', () => {
  const keptFailure = (id: string) => new UiError('JIRA_UNAVAILABLE', 'Jira is unavailable', { draftKept: true, keptDraftId: id });

  it('is noted from the failed save and deleted by the next save that is stored, naming the latest copy', async () => {
    const { session, calls, answer } = open();
    expect(session.changesKeptByApp).toBe(false);
    session.update(withImpact('typed'));
    jest.advanceTimersByTime(DEBOUNCE);
    expect(calls[0].payload.clearKeptDraft).toBeUndefined();
    calls[0].reject(keptFailure('copy-1'));
    await Promise.resolve();
    expect(session.changesKeptByApp).toBe(true);

    jest.advanceTimersByTime(FIRST_RETRY_MS);
    expect(calls[1].payload.clearKeptDraft).toBe('copy-1');
    calls[1].reject(keptFailure('copy-2'));
    await Promise.resolve();

    session.retryNow();
    expect(calls[2].payload.clearKeptDraft).toBe('copy-2');
    await answer(2, 2);
    expect(session.changesKeptByApp).toBe(false);
    session.update(withImpact('typed again'));
    jest.advanceTimersByTime(DEBOUNCE);
    expect(calls[3].payload.clearKeptDraft).toBeUndefined();
  });

  it('no longer claims a copy once a later failure could not be kept, but still clears the older copy when saved', async () => {
    const { session, calls, answer } = open();
    session.update(withImpact('typed'));
    jest.advanceTimersByTime(DEBOUNCE);
    calls[0].reject(keptFailure('copy-1'));
    await Promise.resolve();
    session.update(withImpact('typed more'));
    session.retryNow();
    calls[1].reject(new UiError('BRIDGE', 'The network is unavailable'));
    await Promise.resolve();
    expect(session.changesKeptByApp).toBe(false);
    session.retryNow();
    expect(calls[2].payload.clearKeptDraft).toBe('copy-1');
    await answer(2, 2);
  });
});
