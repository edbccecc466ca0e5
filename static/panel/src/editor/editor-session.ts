/**
 * Runs the editing state machine (editor-machine.ts) for one open panel: carries out its commands
 * (the autosave timer, the save call, the local draft), feeds the answers back as events, and offers
 * what the panel needs on top: Complete, and waiting until everything typed is stored before a
 * server-side change (Create tasks) runs. Plain TypeScript, so it is tested with fake timers; the
 * React hook only subscribes to it.
 */
import type {
  CompletePostmortemPayload,
  CompleteResult,
  CompletionRefusedDetails,
  SavePostmortemPayload,
  SaveFailureDetails,
  SaveResult,
} from '../../../../src/contract';
import type { PostmortemDocument } from '../../../../src/domain/postmortem';
import { toUiError, type UiError } from '../../../shared/src/ui-error';
import { sameContent, type DocSection, type SectionChoice } from '../model/doc-sections';
import { clearDraft, writeDraft, type DraftStorage } from '../model/draft-store';
import { step, type EditorCommand, type EditorEvent, type EditorState, type MachineConfig } from './editor-machine';

export interface EditorPorts {
  save: (payload: SavePostmortemPayload) => Promise<SaveResult>;
  complete: (payload: CompletePostmortemPayload) => Promise<CompleteResult>;
}

export interface DraftPlace {
  storage: DraftStorage | null;
  /** Site (cloud id) and issue the local draft is kept under. */
  site: string;
  issueKey: string;
  /** This page, so it clears only its own draft. */
  tabId: string;
  /**
   * The app's copy of this person's unsaved changes that the next stored save may delete (it was
   * restored, or its content is already stored); undefined for none.
   */
  appCopyId?: string;
  /** The panel opened with the app's copy restored: until a save fails or succeeds, that is where a copy is. */
  restoredFromApp?: boolean;
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

const STILL_SAVING = 'Your latest changes are still being saved. Try again when the panel says Saved.';

export class EditorSession {
  private current: EditorState;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<() => void>();
  /** Promises waiting for a state (settle): told after every event, and false when disposed. */
  private readonly waiters = new Set<(alive: boolean) => void>();
  private disposed = false;
  /**
   * Whether this browser holds a copy of the unsaved changes: false when its storage is refused to
   * the frame (Custom UI runs on Atlassian's CDN, a third party to the Jira page, and browsers that
   * block third-party storage deny it) or the last write failed.
   */
  private draftKept: boolean;
  /** The app's copy the next save asks deleted once stored (the last one a failed save reported, or the one restored). */
  private appCopyId: string | undefined;
  /** Whether the app holds the unsaved changes as of the last failed save (or the copy restored at opening). */
  private appHoldsChanges: boolean;

  constructor(
    initial: EditorState,
    private readonly ports: EditorPorts,
    private readonly draft: DraftPlace,
    private readonly config: MachineConfig,
    private readonly canEdit: boolean,
  ) {
    this.current = initial;
    this.draftKept = draft.storage !== null;
    this.appCopyId = draft.appCopyId;
    this.appHoldsChanges = draft.restoredFromApp === true;
  }

  get state(): EditorState { return this.current; }

  get keepsDraft(): boolean { return this.draftKept; }

  get changesKeptByApp(): boolean { return this.appHoldsChanges; }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  dispatch(event: EditorEvent): void {
    if (this.disposed) return;
    const { state, commands } = step(this.current, event, this.config);
    this.current = state;
    for (const command of commands) this.run(command);
    for (const listener of [...this.listeners]) listener();
    for (const waiter of [...this.waiters]) waiter(true);
  }

  private run(command: EditorCommand): void {
    const { storage, site, issueKey, tabId } = this.draft;
    switch (command.type) {
      case 'schedule':
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.dispatch({ type: 'due' }), command.ms);
        return;
      case 'cancel':
        clearTimeout(this.timer);
        return;
      case 'save': {
        const clearing = this.appCopyId;
        this.ports.save(clearing ? { ...command.payload, clearKeptDraft: clearing } : command.payload).then(
          (result) => {
            if (this.appCopyId === clearing) this.appCopyId = undefined;
            this.appHoldsChanges = false;
            this.dispatch({ type: 'saved', result });
          },
          (thrown: unknown) => {
            const error = toUiError(thrown, 'savePostmortem');
            const kept = error.details as Partial<SaveFailureDetails> | undefined;
            // A failure the app could not keep (the network, storage refused) leaves only what an older copy holds.
            this.appHoldsChanges = kept?.draftKept === true && typeof kept.keptDraftId === 'string';
            if (this.appHoldsChanges) this.appCopyId = kept?.keptDraftId;
            this.dispatch({ type: 'saveFailed', error });
          },
        );
        return;
      }
      case 'keepDraft':
        this.draftKept = writeDraft(storage, site, {
          version: 1, issueKey, tabId, baseRevision: command.base.revision, base: command.base.document, document: command.document, savedAt: new Date().toISOString(),
        });
        return;
      case 'clearDraft':
        clearDraft(storage, site, issueKey, tabId);
    }
  }

  /** The panel is shown (again): a save that was waiting when it was hidden is made now. */
  attach(): void {
    this.disposed = false;
    if (this.current.phase === 'pending' || this.current.phase === 'retrying') this.dispatch({ type: 'due' });
  }

  /** The panel is gone: no timer fires, answers still arriving are ignored, waiters give up. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const waiter of [...this.waiters]) waiter(false);
  }

  update(change: (doc: PostmortemDocument) => PostmortemDocument): void {
    if (!this.canEdit) return;
    this.dispatch({ type: 'edit', document: change(this.current.working) });
  }

  resolveConflict(choices: Partial<Record<DocSection, SectionChoice>>): void {
    this.dispatch({ type: 'resolve', choices });
  }

  retryNow(): void {
    this.dispatch({ type: 'retryNow' });
  }

  /** Resolves true once `done(state)` holds (checked now and after every event); false when disposed first. */
  private until(done: (state: EditorState) => boolean): Promise<boolean> {
    if (done(this.current)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = (alive: boolean) => {
        if (alive && !done(this.current)) return;
        this.waiters.delete(waiter);
        resolve(alive);
      };
      this.waiters.add(waiter);
    });
  }

  /** Saves everything typed now (waiting for a save under way), or says why it cannot. */
  async settle(): Promise<SettleOutcome> {
    for (let round = 0; round < 20; round += 1) {
      const state = this.current;
      if (state.phase === 'conflict') return { ok: false, message: 'Someone else saved this post-mortem too: choose what to keep first.' };
      if (state.inFlight) {
        if (!await this.until((s) => !s.inFlight)) return { ok: false, message: 'The panel was closed.' };
        continue;
      }
      if (sameContent(state.working, state.server.document)) return { ok: true, document: state.server.document, revision: state.server.revision };
      this.dispatch({ type: 'retryNow' });
      if (!this.current.inFlight && this.current.phase !== 'saved') return { ok: false, message: this.current.failure ?? STILL_SAVING };
      if (!await this.until((s) => !s.inFlight)) return { ok: false, message: 'The panel was closed.' };
      if (this.current.phase === 'retrying' || this.current.phase === 'failed') return { ok: false, message: this.current.failure ?? STILL_SAVING };
    }
    return { ok: false, message: STILL_SAVING };
  }

  async complete(): Promise<CompleteOutcome> {
    const state = this.current;
    if (!sameContent(state.working, state.server.document) || state.inFlight) {
      this.dispatch({ type: 'due' });
      return { ok: false, message: STILL_SAVING, problems: [] };
    }
    this.dispatch({ type: 'hold' });
    try {
      const result = await this.ports.complete({ baseRevision: state.server.revision });
      this.dispatch({ type: 'adopt', result });
      return { ok: true };
    } catch (thrown) {
      const error = toUiError(thrown, 'completePostmortem');
      const problems = (error.details as Partial<CompletionRefusedDetails> | undefined)?.problems;
      this.dispatch({ type: 'refused', error });
      return { ok: false, message: error.message, problems: Array.isArray(problems) ? problems : [] };
    } finally {
      this.dispatch({ type: 'release' });
    }
  }

  /**
   * Saves everything typed (waiting for a save under way) and then runs `run`, a resolver that
   * changes the stored post-mortem and answers it as stored. Autosave waits while it runs; edits
   * made meanwhile are kept and saved on top of its answer. `onSaved` is told what was stored
   * just before `run` starts.
   */
  async applyServerChange<T extends SaveResult>(run: () => Promise<T>, onSaved?: (saved: PostmortemDocument) => void): Promise<ServerChangeOutcome<T>> {
    if (!this.canEdit) return { ok: false, stage: 'save', message: 'You cannot change this post-mortem.' };
    const settled = await this.settle();
    if (!settled.ok) return { ok: false, stage: 'save', message: settled.message };
    this.dispatch({ type: 'hold' });
    try {
      onSaved?.(settled.document);
      const result = await run();
      this.dispatch({ type: 'adopt', result });
      return { ok: true, result };
    } catch (thrown) {
      const error = toUiError(thrown);
      if (error.code === 'CONFLICT') this.dispatch({ type: 'refused', error });
      return { ok: false, stage: 'run', error };
    } finally {
      this.dispatch({ type: 'release' });
    }
  }
}
