/**
 * The panel's working copy of the post-mortem and its autosave (issue 3, "Panel"), for React: every
 * change is kept in a local draft at once, saved after a short pause, retried with backoff when Jira
 * or the network fails; a save refused because someone else saved first is merged section by
 * section, and only a section both changed is left to the person. The rules are the state machine
 * in editor-machine.ts, run by editor-session.ts; this hook opens the session and re-renders on it.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { PostmortemView, SaveResult } from '../../../../src/contract';
import type { Finding, PostmortemDocument } from '../../../../src/domain/postmortem';
import { invokeResolver } from '../../../shared/src/invoke-resolver';
import type { SaveConflict } from '../model/conflict';
import type { DocSection, SectionChoice } from '../model/doc-sections';
import type { DraftStorage } from '../model/draft-store';
import { standingFindings } from '../model/standing-findings';
import { openingState, statusOf, type RestoredFrom, type SaveStatus } from './editor-opening';
import {
  EditorSession, type CompleteOutcome, type EditorPorts, type ServerChangeOutcome,
} from './editor-session';

export type { CompleteOutcome, EditorPorts, ServerChangeOutcome, SettleOutcome } from './editor-session';
export type { SaveStatus } from './editor-opening';

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

export type ChangesKeptIn = 'browser' | 'app' | null;

export interface PostmortemEditor {
  doc: PostmortemDocument;
  /** The blameless findings of the last stored version that still stand in the working copy. */
  findings: Finding[];
  status: SaveStatus;
  conflict: SaveConflict | null;
  /** Sections someone else changed that were merged in without asking, last time it happened, and who. */
  mergedSections: DocSection[];
  mergedBy?: string;
  /** The panel opened with unsaved changes, from this browser's draft or the copy the app kept; null when it did not. */
  restoredDraft: RestoredFrom;
  /**
   * Where a copy of the unsaved changes outlives this page: this browser's storage (refused to the
   * app's frame by some browsers), else the app's copy from the last failed save, else nowhere.
   */
  changesKeptIn: ChangesKeptIn;
  update: (change: (doc: PostmortemDocument) => PostmortemDocument) => void;
  resolveConflict: (choices: Partial<Record<DocSection, SectionChoice>>) => void;
  retryNow: () => void;
  complete: () => Promise<CompleteOutcome>;
  applyServerChange: <T extends SaveResult>(run: () => Promise<T>, onSaved?: (saved: PostmortemDocument) => void) => Promise<ServerChangeOutcome<T>>;
}

export function usePostmortemEditor(options: EditorOptions): PostmortemEditor {
  const { view, site, issueKey, tabId, storage } = options;
  const [opening] = useState(() => openingState(view, storage, site, issueKey));
  const [session] = useState(() => new EditorSession(
    opening.state, options.ports ?? bridgePorts, { storage, site, issueKey, tabId, appCopyId: opening.appCopyId, restoredFromApp: opening.restored === 'app' }, { debounceMs: options.debounceMs ?? 800 }, view.canEdit,
  ));
  const state = useSyncExternalStore((listener) => session.subscribe(listener), () => session.state);

  // Shown: a draft restored from this browser (pending) is saved at once. Hidden: nothing fires.
  useEffect(() => {
    session.attach();
    return () => session.dispose();
  }, [session]);

  const actions = useMemo(() => ({
    update: (change: (doc: PostmortemDocument) => PostmortemDocument) => session.update(change),
    resolveConflict: (choices: Partial<Record<DocSection, SectionChoice>>) => session.resolveConflict(choices),
    retryNow: () => session.retryNow(),
    complete: () => session.complete(),
    applyServerChange: <T extends SaveResult>(run: () => Promise<T>, onSaved?: (saved: PostmortemDocument) => void) => session.applyServerChange(run, onSaved),
  }), [session]);

  const findings = useMemo(() => standingFindings(state.server.findings ?? [], state.working), [state.server.findings, state.working]);
  return {
    doc: state.working,
    findings,
    status: statusOf(state),
    conflict: state.conflict,
    mergedSections: state.merged,
    mergedBy: state.mergedBy,
    restoredDraft: opening.restored,
    changesKeptIn: session.keepsDraft ? 'browser' : session.changesKeptByApp ? 'app' : null,
    ...actions,
  };
}
