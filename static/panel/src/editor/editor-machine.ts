/**
 * The panel's editing state as a pure state machine: what one event (an edit, the autosave timer,
 * a save's answer, a conflict resolved, a server-side change) does to the working copy, and the
 * effects that follow as data (schedule the timer, save, keep or clear the local draft), which
 * editor-session.ts carries out. Nothing typed is dropped: the working copy changes only by the
 * person's own edits, a merge of their edits with a newer stored version, or the server's answer to
 * exactly what was sent.
 *
 * A save refused because someone saved first (CONFLICT, with the stored version) is merged section
 * by section: sections only one side changed take that side's version and the merge is saved at
 * once, so two people editing different sections both land; only a section both changed is shown
 * to the person to choose.
 */
import type { SavePostmortemPayload, SaveResult } from '../../../../src/contract';
import type { Finding, PostmortemDocument } from '../../../../src/domain/postmortem';
import type { UiError } from '../../../shared/src/ui-error';
import { buildConflict, conflictOf, nothingOfYoursToKeep, type SaveConflict } from '../model/conflict';
import { defaultChoice, mergeBySection, sameContent, type DocSection, type SectionChoice } from '../model/doc-sections';
import { retryDelayMs } from '../model/save-retry';
import { withTaskFieldsFrom } from '../model/task-fields';

export interface ServerCopy {
  document: PostmortemDocument;
  revision: number;
  /** The blameless check's findings over this version, as the server answered them. */
  findings?: Finding[];
}

/** The stored copy a save's (or a server change's) answer describes. */
export function serverCopyOf(result: Pick<SaveResult, 'document' | 'revision' | 'findings'>): ServerCopy {
  return { document: result.document, revision: result.revision, findings: result.findings };
}

/**
 * saved: the working copy is stored; pending: changes wait for the autosave pause; saving: a save is
 * under way; retrying: the last save failed and is tried again; failed: it failed and waits for the
 * person; conflict: someone else's changes to the same section wait for the person's choice.
 */
export type EditorPhase = 'saved' | 'pending' | 'saving' | 'retrying' | 'failed' | 'conflict';

export interface EditorState {
  working: PostmortemDocument;
  server: ServerCopy;
  phase: EditorPhase;
  /** What the save under way sent, and the stored copy it started from. */
  inFlight: { sent: PostmortemDocument; base: ServerCopy } | null;
  /** A change arrived while a save was under way: save again once it ends. */
  again: boolean;
  attempt: number;
  conflict: SaveConflict | null;
  /** Why the last save failed; null since the last success. */
  failure: string | null;
  /** A server-side change (Complete, Create tasks) runs: autosave waits for its answer. */
  held: boolean;
  /** Sections merged in from someone else's save without asking, last time it happened, and whose. */
  merged: DocSection[];
  mergedBy?: string;
}

export type EditorEvent =
  | { type: 'edit'; document: PostmortemDocument }
  /** The autosave pause or the retry wait is over, or a save is wanted now. */
  | { type: 'due' }
  | { type: 'saved'; result: SaveResult }
  | { type: 'saveFailed'; error: UiError }
  | { type: 'resolve'; choices: Partial<Record<DocSection, SectionChoice>> }
  | { type: 'retryNow' }
  | { type: 'hold' }
  | { type: 'release' }
  /** A server-side change's answer: the post-mortem as it stored it. */
  | { type: 'adopt'; result: SaveResult }
  /** A server-side change refused with CONFLICT. */
  | { type: 'refused'; error: UiError };

export type EditorCommand =
  /** Fire `due` after `ms`, replacing any wait already scheduled. */
  | { type: 'schedule'; ms: number }
  | { type: 'cancel' }
  | { type: 'save'; payload: SavePostmortemPayload }
  | { type: 'keepDraft'; base: ServerCopy; document: PostmortemDocument }
  | { type: 'clearDraft' };

export interface MachineConfig {
  debounceMs: number;
  random?: () => number;
}

export interface Step {
  state: EditorState;
  commands: EditorCommand[];
}

export function initialEditorState(server: ServerCopy, working: PostmortemDocument = server.document, conflict: SaveConflict | null = null): EditorState {
  return {
    working, server, phase: conflict ? 'conflict' : 'saved', inFlight: null, again: false, attempt: 0, conflict, failure: null, held: false, merged: [],
  };
}

const draftOf = (state: EditorState): EditorCommand => ({ type: 'keepDraft', base: state.server, document: state.working });

/** Starts a save of the working copy, or settles when there is nothing to save. */
function saveNow(state: EditorState, commands: EditorCommand[] = []): Step {
  if (state.phase === 'conflict' || state.held) return { state, commands };
  if (state.inFlight) return { state: { ...state, again: true }, commands };
  if (sameContent(state.working, state.server.document)) {
    return { state: { ...state, phase: 'saved', again: false }, commands: [...commands, { type: 'cancel' }, { type: 'clearDraft' }] };
  }
  return {
    state: { ...state, phase: 'saving', again: false, inFlight: { sent: state.working, base: state.server } },
    commands: [...commands, { type: 'cancel' }, { type: 'save', payload: { document: state.working, baseRevision: state.server.revision } }],
  };
}

/** `mine` with each section only it changed, on top of the stored version (task fields are the server's). */
function mergedOnto(conflict: SaveConflict, choices: Partial<Record<DocSection, SectionChoice>>): PostmortemDocument {
  const merged = mergeBySection(conflict.mine, conflict.theirs.document, choices);
  return { ...merged, actionItems: withTaskFieldsFrom(merged.actionItems, conflict.theirs.document.actionItems) };
}

/**
 * Someone else's version is newer than the one the working copy started from: taken as is when the
 * person changed nothing it lacks, merged and saved when no section was changed by both, otherwise
 * shown to the person to choose.
 */
function meetNewerVersion(state: EditorState, conflict: SaveConflict): Step {
  const theirs = serverCopyOf(conflict.theirs);
  if (nothingOfYoursToKeep(conflict)) {
    return { state: { ...state, server: theirs, working: theirs.document, phase: 'saved', conflict: null, merged: [] }, commands: [{ type: 'cancel' }, { type: 'clearDraft' }] };
  }
  const clash = conflict.sections.some((s) => s.changedByYou && s.changedByThem);
  if (!clash) {
    const choices = Object.fromEntries(conflict.sections.map((s) => [s.section, defaultChoice(s)]));
    const working = mergedOnto(conflict, choices);
    const merged = conflict.sections.filter((s) => s.changedByThem).map((s) => s.section);
    const next = { ...state, server: theirs, working, conflict: null, merged, mergedBy: conflict.by?.displayName };
    return saveNow({ ...next, phase: 'pending' }, [draftOf(next)]);
  }
  return { state: { ...state, phase: 'conflict', conflict, merged: [] }, commands: [{ type: 'cancel' }, draftOf(state)] };
}

export function step(state: EditorState, event: EditorEvent, config: MachineConfig): Step {
  switch (event.type) {
    case 'edit': {
      if (event.document === state.working) return { state, commands: [] };
      const next = { ...state, working: event.document, attempt: 0 };
      const commands: EditorCommand[] = [draftOf(next)];
      if (state.phase === 'conflict') return { state: next, commands };
      if (state.inFlight) return { state: { ...next, again: true }, commands };
      return { state: { ...next, phase: 'pending' }, commands: [...commands, { type: 'schedule', ms: config.debounceMs }] };
    }
    case 'due':
      return saveNow(state);
    case 'retryNow':
      return saveNow({ ...state, attempt: 0 });
    case 'saved': {
      if (!state.inFlight) return { state, commands: [] };
      const server = serverCopyOf(event.result);
      const working = state.working === state.inFlight.sent ? server.document : state.working;
      const next: EditorState = { ...state, server, working, inFlight: null, attempt: 0, failure: null };
      if (state.again || !sameContent(working, server.document)) {
        return { state: { ...next, phase: 'pending' }, commands: [draftOf(next), { type: 'schedule', ms: 0 }] };
      }
      return { state: { ...next, phase: 'saved', again: false }, commands: [{ type: 'clearDraft' }] };
    }
    case 'saveFailed': {
      if (!state.inFlight) return { state, commands: [] };
      const { base } = state.inFlight;
      const next: EditorState = { ...state, inFlight: null, failure: event.error.message };
      const conflict = conflictOf(event.error, base.document, state.working);
      if (conflict) return meetNewerVersion(next, conflict);
      if (event.error.retryable) {
        const attempt = state.attempt + 1;
        return { state: { ...next, phase: 'retrying', attempt }, commands: [draftOf(next), { type: 'schedule', ms: retryDelayMs(attempt, config.random) }] };
      }
      return { state: { ...next, phase: 'failed' }, commands: [draftOf(next), { type: 'cancel' }] };
    }
    case 'resolve': {
      if (!state.conflict) return { state, commands: [] };
      const conflict = { ...state.conflict, mine: state.working };
      const theirs = serverCopyOf(conflict.theirs);
      const next: EditorState = { ...state, server: theirs, working: mergedOnto(conflict, event.choices), conflict: null, phase: 'pending', merged: [] };
      return saveNow(next, [draftOf(next)]);
    }
    case 'hold':
      return { state: { ...state, held: true }, commands: [{ type: 'cancel' }] };
    case 'release': {
      const next = { ...state, held: false };
      if (next.phase === 'conflict' || next.inFlight || sameContent(next.working, next.server.document)) return { state: next, commands: [] };
      return { state: { ...next, phase: 'pending' }, commands: [{ type: 'schedule', ms: 0 }] };
    }
    case 'adopt': {
      const before = state.server;
      const server = serverCopyOf(event.result);
      if (sameContent(state.working, before.document)) {
        return { state: { ...state, server, working: server.document, phase: state.inFlight ? state.phase : 'saved' }, commands: [{ type: 'clearDraft' }] };
      }
      const mine = { ...state.working, actionItems: withTaskFieldsFrom(state.working.actionItems, server.document.actionItems) };
      if (event.result.revision > before.revision + 1) return meetNewerVersion({ ...state, working: mine }, buildConflict(before.document, mine, event.result));
      const next = { ...state, server, working: mine };
      return { state: { ...next, phase: 'pending' }, commands: [draftOf(next), { type: 'schedule', ms: 0 }] };
    }
    case 'refused': {
      const conflict = conflictOf(event.error, state.server.document, state.working);
      return conflict ? meetNewerVersion(state, conflict) : { state, commands: [] };
    }
  }
}
