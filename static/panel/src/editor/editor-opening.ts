/**
 * Where the editing state starts and how it reads: the stored post-mortem, or this browser's unsaved
 * draft of it (saved at once, or left to the person when the stored version has moved on and both
 * changed the same section); and the save status the panel shows for each phase.
 */
import type { PostmortemView, SaveResult } from '../../../../src/contract';
import { buildConflict, nothingOfYoursToKeep } from '../model/conflict';
import { sameContent } from '../model/doc-sections';
import { readDraft, type DraftStorage } from '../model/draft-store';
import { initialEditorState, type EditorState } from './editor-machine';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; message: string; attempt: number }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict' };

/** What the panel opens with: the stored document, or this browser's unsaved draft of it. */
export function openingState(view: PostmortemView, storage: DraftStorage | null, site: string, issueKey: string): { state: EditorState; restored: boolean } {
  const server = { document: view.document, revision: view.revision, findings: view.findings };
  const draft = view.canEdit ? readDraft(storage, site, issueKey) : null;
  if (!draft || sameContent(draft.document, view.document)) return { state: initialEditorState(server), restored: false };
  if (draft.baseRevision === view.revision) return { state: { ...initialEditorState(server, draft.document), phase: 'pending' }, restored: true };
  const theirs: SaveResult = { revision: view.revision, document: view.document, stages: view.stages, findings: view.findings };
  const conflict = buildConflict(draft.base, draft.document, theirs);
  if (nothingOfYoursToKeep(conflict)) return { state: initialEditorState(server), restored: false };
  return { state: initialEditorState(server, draft.document, conflict), restored: true };
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
