/**
 * The panel's working copy of the post-mortem and its autosave (issue 3, "Panel"): every change is
 * kept in a local draft at once, saved after a short pause, retried with backoff when Jira or the
 * network fails, and a save refused because someone else saved first becomes a conflict the person
 * resolves by section. Nothing typed is dropped: the working copy changes only by the person's own
 * edits, a conflict they resolve, or the server's answer to exactly what was sent.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  CompletePostmortemPayload,
  CompleteResult,
  CompletionRefusedDetails,
  PostmortemView,
  SavePostmortemPayload,
  SaveResult,
} from '../../../../src/contract';
import type { PostmortemDocument } from '../../../../src/domain/postmortem';
import { invokeResolver } from '../../../shared/src/invoke-resolver';
import { toUiError, type UiError } from '../../../shared/src/ui-error';
import { buildConflict, conflictOf, nothingOfYoursToKeep, type SaveConflict } from '../model/conflict';
import { mergeBySection, sameContent, type DocSection, type SectionChoice } from '../model/doc-sections';
import { withTaskFieldsFrom } from '../model/task-fields';
import { clearDraft, readDraft, writeDraft, type DraftStorage } from '../model/draft-store';
import { retryDelayMs } from '../model/save-retry';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; message: string; attempt: number }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict' };

export interface EditorPorts {
  save: (payload: SavePostmortemPayload) => Promise<SaveResult>;
  complete: (payload: CompletePostmortemPayload) => Promise<CompleteResult>;
}

const bridgePorts: EditorPorts = {
  save: (payload) => invokeResolver('savePostmortem', payload),
  complete: (payload) => invokeResolver('completePostmortem', payload),
};

export interface EditorOptions {
  view: PostmortemView;
  /** Site (cloud id) and issue the local draft is kept under. */
  site: string;
  issueKey: string;
  /** This page, so it clears only its own draft. */
  tabId: string;
  storage: DraftStorage | null;
  debounceMs?: number;
  ports?: EditorPorts;
}

export type CompleteOutcome = { ok: true } | { ok: false; message: string; problems: string[] };

/** Whether everything typed is stored: the document and revision a server-side change may start from. */
export type SettleOutcome = { ok: true; document: PostmortemDocument; revision: number } | { ok: false; message: string };

/**
 * A change the server makes to the stored post-mortem (creating the action items' tasks writes
 * their keys back): it ran on top of everything typed, or did not start because that could not be
 * saved, or failed with the resolver's error.
 */
export type ServerChangeOutcome<T> =
  | { ok: true; result: T }
  | { ok: false; stage: 'save'; message: string }
  | { ok: false; stage: 'run'; error: UiError };

export interface PostmortemEditor {
  doc: PostmortemDocument;
  status: SaveStatus;
  conflict: SaveConflict | null;
  /** The panel opened with changes from this browser that had not been saved yet. */
  restoredDraft: boolean;
  update: (change: (doc: PostmortemDocument) => PostmortemDocument) => void;
  resolveConflict: (choices: Partial<Record<DocSection, SectionChoice>>) => void;
  retryNow: () => void;
  complete: () => Promise<CompleteOutcome>;
  /**
   * Saves everything typed (waiting for a save under way) and then runs `run`, a resolver that
   * changes the stored post-mortem and answers it as stored. Autosave waits while it runs; edits
   * made meanwhile are kept and saved on top of its answer. `onSaved` is told what was stored
   * just before `run` starts.
   */
  applyServerChange: <T extends SaveResult>(run: () => Promise<T>, onSaved?: (saved: PostmortemDocument) => void) => Promise<ServerChangeOutcome<T>>;
}

interface Server {
  document: PostmortemDocument;
  revision: number;
}

interface Initial {
  doc: PostmortemDocument;
  conflict: SaveConflict | null;
  restored: boolean;
}

/** What the panel opens with: the stored document, or this browser's unsaved draft of it. */
function initialState(options: EditorOptions): Initial {
  const { view } = options;
  const draft = view.canEdit ? readDraft(options.storage, options.site, options.issueKey) : null;
  if (!draft || sameContent(draft.document, view.document)) return { doc: view.document, conflict: null, restored: false };
  if (draft.baseRevision === view.revision) return { doc: draft.document, conflict: null, restored: true };
  const theirs: SaveResult = { revision: view.revision, document: view.document, stages: view.stages, findings: view.findings };
  const conflict = buildConflict(draft.base, draft.document, theirs);
  if (nothingOfYoursToKeep(conflict)) return { doc: view.document, conflict: null, restored: false };
  return { doc: draft.document, conflict, restored: true };
}

export function usePostmortemEditor(options: EditorOptions): PostmortemEditor {
  const { view, site, issueKey, tabId, storage } = options;
  const debounceMs = options.debounceMs ?? 800;
  const ports = options.ports ?? bridgePorts;
  const canEdit = view.canEdit;

  const [initial] = useState(() => initialState(options));
  const [doc, setDoc] = useState(initial.doc);
  const [conflict, setConflict] = useState(initial.conflict);
  const [status, setStatus] = useState<SaveStatus>(initial.conflict ? { kind: 'conflict' } : { kind: 'saved' });

  const docRef = useRef(initial.doc);
  const serverRef = useRef<Server>({ document: view.document, revision: view.revision });
  const conflictRef = useRef(initial.conflict);
  const inFlight = useRef(false);
  const again = useRef(false);
  const attempt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const live = useRef(true);
  /** A server-side change is running: autosave waits for its answer. */
  const held = useRef(false);
  /** Settles when the save under way has been handled (set while one is in flight). */
  const saveHandled = useRef<Promise<void>>(Promise.resolve());
  /** Why the last save failed; null after a successful one. */
  const lastFailure = useRef<string | null>(null);

  const keepDraft = useCallback((document: PostmortemDocument) => {
    const server = serverRef.current;
    writeDraft(storage, site, {
      version: 1, issueKey, tabId, baseRevision: server.revision, base: server.document, document, savedAt: new Date().toISOString(),
    });
  }, [storage, site, issueKey, tabId]);

  const setWorking = useCallback((document: PostmortemDocument) => {
    docRef.current = document;
    setDoc(document);
  }, []);

  const enterConflict = useCallback((next: SaveConflict) => {
    if (nothingOfYoursToKeep(next)) {
      serverRef.current = { document: next.theirs.document, revision: next.theirs.revision };
      setWorking(next.theirs.document);
      clearDraft(storage, site, issueKey, tabId);
      setStatus({ kind: 'saved' });
      return;
    }
    conflictRef.current = next;
    setConflict(next);
    setStatus({ kind: 'conflict' });
  }, [setWorking, storage, site, issueKey, tabId]);

  const flushRef = useRef<() => Promise<void>>(async () => undefined);

  const schedule = useCallback((delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => { void flushRef.current(); }, delay);
  }, []);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (!canEdit || conflictRef.current || !live.current || held.current) return;
    if (inFlight.current) { again.current = true; return; }
    const sent = docRef.current;
    const server = serverRef.current;
    if (sameContent(sent, server.document)) {
      clearDraft(storage, site, issueKey, tabId);
      setStatus({ kind: 'saved' });
      return;
    }
    inFlight.current = true;
    again.current = false;
    setStatus({ kind: 'saving' });
    let handled: () => void = () => undefined;
    saveHandled.current = new Promise<void>((resolve) => { handled = resolve; });
    try {
      const result = await ports.save({ document: sent, baseRevision: server.revision });
      inFlight.current = false;
      lastFailure.current = null;
      if (!live.current) return;
      attempt.current = 0;
      serverRef.current = { document: result.document, revision: result.revision };
      if (docRef.current === sent) setWorking(result.document);
      if (again.current || !sameContent(docRef.current, result.document)) {
        keepDraft(docRef.current);
        schedule(0);
      } else {
        clearDraft(storage, site, issueKey, tabId);
        setStatus({ kind: 'saved' });
      }
    } catch (thrown) {
      inFlight.current = false;
      if (!live.current) return;
      const error = toUiError(thrown, 'savePostmortem');
      lastFailure.current = error.message;
      const next = conflictOf(error, server.document, docRef.current);
      if (next) { enterConflict(next); return; }
      keepDraft(docRef.current);
      if (error.retryable) {
        attempt.current += 1;
        setStatus({ kind: 'retrying', message: error.message, attempt: attempt.current });
        schedule(retryDelayMs(attempt.current));
      } else {
        setStatus({ kind: 'failed', message: error.message });
      }
    } finally {
      handled();
    }
  }, [canEdit, ports, storage, site, issueKey, tabId, keepDraft, schedule, setWorking, enterConflict]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  useEffect(() => {
    live.current = true;
    if (initial.restored && !initial.conflict) schedule(0);
    return () => {
      live.current = false;
      clearTimeout(timer.current);
    };
  }, [initial, schedule]);

  const update = useCallback((change: (doc: PostmortemDocument) => PostmortemDocument) => {
    if (!canEdit) return;
    const next = change(docRef.current);
    if (next === docRef.current) return;
    setWorking(next);
    keepDraft(next);
    if (conflictRef.current) return;
    attempt.current = 0;
    setStatus({ kind: 'saving' });
    schedule(debounceMs);
  }, [canEdit, setWorking, keepDraft, schedule, debounceMs]);

  const resolveConflict = useCallback((choices: Partial<Record<DocSection, SectionChoice>>) => {
    const current = conflictRef.current;
    if (!current) return;
    const merged = mergeBySection(docRef.current, current.theirs.document, choices);
    serverRef.current = { document: current.theirs.document, revision: current.theirs.revision };
    conflictRef.current = null;
    setConflict(null);
    setWorking(merged);
    keepDraft(merged);
    void flushRef.current();
  }, [setWorking, keepDraft]);

  const retryNow = useCallback(() => {
    attempt.current = 0;
    void flushRef.current();
  }, []);

  const complete = useCallback(async (): Promise<CompleteOutcome> => {
    if (!sameContent(docRef.current, serverRef.current.document) || inFlight.current) {
      void flushRef.current();
      return { ok: false, message: 'Your latest changes are still being saved. Try again when the panel says Saved.', problems: [] };
    }
    try {
      const result = await ports.complete({ baseRevision: serverRef.current.revision });
      serverRef.current = { document: result.document, revision: result.revision };
      if (live.current) setWorking(result.document);
      clearDraft(storage, site, issueKey, tabId);
      return { ok: true };
    } catch (thrown) {
      const error = toUiError(thrown, 'completePostmortem');
      const problems = (error.details as Partial<CompletionRefusedDetails> | undefined)?.problems;
      const next = conflictOf(error, serverRef.current.document, docRef.current);
      if (next) enterConflict(next);
      return { ok: false, message: error.message, problems: Array.isArray(problems) ? problems : [] };
    }
  }, [ports, setWorking, enterConflict, storage, site, issueKey, tabId]);

  const settle = useCallback(async (): Promise<SettleOutcome> => {
    for (let round = 0; round < 20; round += 1) {
      if (conflictRef.current) return { ok: false, message: 'Someone else saved this post-mortem too: choose what to keep first.' };
      if (inFlight.current) { await saveHandled.current; continue; }
      const server = serverRef.current;
      if (sameContent(docRef.current, server.document)) return { ok: true, document: server.document, revision: server.revision };
      lastFailure.current = null;
      await flushRef.current();
      if (!live.current) return { ok: false, message: 'The panel was closed.' };
      if (lastFailure.current) return { ok: false, message: lastFailure.current };
    }
    return { ok: false, message: 'Your latest changes are still being saved. Try again when the panel says Saved.' };
  }, []);

  /** Takes in the post-mortem as a server-side change stored it, keeping what was typed meanwhile. */
  const adopt = useCallback((result: SaveResult) => {
    const before = serverRef.current;
    const working = docRef.current;
    serverRef.current = { document: result.document, revision: result.revision };
    if (sameContent(working, before.document)) {
      setWorking(result.document);
      clearDraft(storage, site, issueKey, tabId);
      setStatus({ kind: 'saved' });
      return;
    }
    const mine = { ...working, actionItems: withTaskFieldsFrom(working.actionItems, result.document.actionItems) };
    if (result.revision > before.revision + 1) {
      enterConflict(buildConflict(before.document, mine, result));
      return;
    }
    setWorking(mine);
    keepDraft(mine);
    schedule(0);
  }, [setWorking, keepDraft, schedule, enterConflict, storage, site, issueKey, tabId]);

  const applyServerChange = useCallback(async <T extends SaveResult>(
    run: () => Promise<T>,
    onSaved?: (saved: PostmortemDocument) => void,
  ): Promise<ServerChangeOutcome<T>> => {
    if (!canEdit) return { ok: false, stage: 'save', message: 'You cannot change this post-mortem.' };
    const settled = await settle();
    if (!settled.ok) return { ok: false, stage: 'save', message: settled.message };
    held.current = true;
    try {
      onSaved?.(settled.document);
      const result = await run();
      if (live.current) adopt(result);
      return { ok: true, result };
    } catch (thrown) {
      return { ok: false, stage: 'run', error: toUiError(thrown) };
    } finally {
      held.current = false;
      if (live.current && !conflictRef.current && !sameContent(docRef.current, serverRef.current.document)) schedule(0);
    }
  }, [canEdit, settle, adopt, schedule]);

  return { doc, status, conflict, restoredDraft: initial.restored, update, resolveConflict, retryNow, complete, applyServerChange };
}
