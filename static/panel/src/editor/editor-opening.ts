/**
 * Where the editing state starts and how it reads: the stored post-mortem, or the person's unsaved
 * changes to it, from this browser's draft or from the copy the app kept when a save failed,
 * whichever is newer (saved at once, or left to the person when the stored version has moved on and
 * both changed the same section); and the save status the panel shows for each phase.
 */
import type { KeptDraft, PostmortemView, SaveResult } from '../../../../src/contract';
import type { PostmortemDocument } from '../../../../src/domain/postmortem';
import { buildConflict, conflictWithoutBase, nothingOfYoursToKeep } from '../model/conflict';
import { sameContent } from '../model/doc-sections';
import { readDraft, type DraftStorage } from '../model/draft-store';
import { initialEditorState, type EditorState } from './editor-machine';

/** Unsaved changes as the opening compares them: the revision they started from, and its document when known. */
interface UnsavedChanges {
  baseRevision: number;
  base?: PostmortemDocument;
  document: PostmortemDocument;
  savedAt: string;
}

/** Where the restored changes came from, or null when the panel opened with the stored post-mortem. */
export type RestoredFrom = 'browser' | 'app' | null;

export interface Opening {
  state: EditorState;
  restored: RestoredFrom;
  /**
   * The app's copy the next stored save may delete: the one restored, or one whose content is
   * already stored. A copy passed over for a newer browser draft stays, to be offered later.
   */
  appCopyId?: string;
}

/** The newer of this browser's draft and the app's kept copy (by when each was written). */
function newestChanges(browser: UnsavedChanges | null, app: KeptDraft | undefined): { changes: UnsavedChanges; from: 'browser' | 'app' } | null {
  if (browser && (!app || browser.savedAt >= app.savedAt)) return { changes: browser, from: 'browser' };
  return app ? { changes: app, from: 'app' } : null;
}

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; message: string; attempt: number }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict' };

/** What the panel opens with: the stored document, or the person's newest unsaved changes to it. */
export function openingState(view: PostmortemView, storage: DraftStorage | null, site: string, issueKey: string): Opening {
  const server = { document: view.document, revision: view.revision, findings: view.findings };
  const kept = view.canEdit ? view.keptDraft : undefined;
  const alreadyStored = kept && sameContent(kept.document, view.document) ? { appCopyId: kept.id } : {};
  const stored = { state: initialEditorState(server), restored: null, ...alreadyStored };
  const newest = view.canEdit ? newestChanges(readDraft(storage, site, issueKey), kept) : null;
  if (!newest || sameContent(newest.changes.document, view.document)) return stored;
  const { changes, from } = newest;
  const copy = from === 'app' && kept ? { appCopyId: kept.id } : alreadyStored;
  if (changes.baseRevision === view.revision) return { state: { ...initialEditorState(server, changes.document), phase: 'pending' }, restored: from, ...copy };
  const theirs: SaveResult = { revision: view.revision, document: view.document, stages: view.stages, findings: view.findings };
  const conflict = changes.base ? buildConflict(changes.base, changes.document, theirs) : conflictWithoutBase(changes.document, theirs);
  if (nothingOfYoursToKeep(conflict)) return stored;
  return { state: initialEditorState(server, changes.document, conflict), restored: from, ...copy };
}

export function statusOf(state: EditorState): SaveStatus {
  switch (state.phase) {
    case 'saved': return { kind: 'saved' };
    case 'pending':
    case 'saving': return { kind: 'saving' };
    case 'retrying': return { kind: 'retrying', message: state.failure ?? '', attempt: state.attempt };
    case 'failed': return { kind: 'failed', message: state.failure ?? '' };
    case 'conflict': return { kind: 'conflict' };
  }
}
