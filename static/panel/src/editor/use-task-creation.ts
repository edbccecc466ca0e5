/**
 * "Create tasks" (issue 4, "Panel"): saves what was typed, then createActionItems, with the phase
 * the button and the progress line show (saving, creating N tasks, finished, failed), the outcome
 * and problems per item, and the tasks' live state: createActionItems answers it for the tasks it
 * made (read by id just after, so they show their status, assignee and due date at once); only when
 * that read failed is getPostmortem asked again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionItemField, CreateActionItemsResult, TaskUpdateOutcome, UpdateActionTasksResult } from '../../../../src/contract';
import { invokeResolver } from '../../../shared/src/invoke-resolver';
import { showIssueChanges } from '../../../shared/src/refresh-issue-view';
import {
  failedRun, finishedRun, IDLE_RUN, unsavedRun, withoutProblems, type TaskCreationRun,
} from '../model/task-creation';
import type { LiveTasks } from '../model/task-view';
import type { PostmortemEditor } from './use-postmortem-editor';

export interface TaskCreationPorts {
  create: () => Promise<CreateActionItemsResult>;
  update: () => Promise<UpdateActionTasksResult>;
  /** The tasks' live state by action id (getPostmortem's actionTasks). */
  loadTasks: () => Promise<LiveTasks>;
  /** Tells Jira's issue view that the incident changed (new links to its tasks). */
  issueChanged: () => void;
}

const bridgePorts: TaskCreationPorts = {
  create: () => invokeResolver('createActionItems', {}),
  update: () => invokeResolver('updateActionTasks', {}),
  loadTasks: async () => (await invokeResolver('getPostmortem', {})).actionTasks,
  issueChanged: showIssueChanges,
};

/** "Update tasks": saving what was typed, then writing the items to their tasks, and how each task came out. */
export interface TaskUpdateRun {
  phase: 'idle' | 'saving' | 'updating' | 'finished' | 'failed';
  results: Readonly<Record<string, TaskUpdateOutcome>>;
  /** Why the run failed as a whole; null otherwise. */
  message: string | null;
}

export const IDLE_UPDATE: TaskUpdateRun = { phase: 'idle', results: {}, message: null };

export interface TaskCreation {
  run: TaskCreationRun;
  updateRun: TaskUpdateRun;
  /** Writes the items' title, owner, due date, priority and description to their tasks where they differ. */
  updateTasks: () => Promise<void>;
  liveTasks: LiveTasks;
  busy: boolean;
  start: () => Promise<void>;
  /** The person changed these fields of an item: their problems from the last run no longer apply. */
  clearProblems: (actionId: string, fields: readonly ActionItemField[]) => void;
}

export function useTaskCreation(
  editor: Pick<PostmortemEditor, 'applyServerChange'>,
  initialTasks: LiveTasks,
  ports: TaskCreationPorts = bridgePorts,
): TaskCreation {
  const [run, setRun] = useState<TaskCreationRun>(IDLE_RUN);
  const [updateRun, setUpdateRun] = useState<TaskUpdateRun>(IDLE_UPDATE);
  const [liveTasks, setLiveTasks] = useState<LiveTasks>(initialTasks);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const live = useRef(true);
  const { applyServerChange } = editor;

  useEffect(() => {
    live.current = true;
    return () => { live.current = false; };
  }, []);

  /** Runs `work` unless a Create or Update run is under way, with `busy` set meanwhile. */
  const exclusive = useCallback(async (work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    await work();
    busyRef.current = false;
    if (live.current) setBusy(false);
  }, []);

  const start = useCallback(() => exclusive(async () => {
    setRun({ ...IDLE_RUN, phase: 'saving' });
    let count = 0;
    const outcome = await applyServerChange(ports.create, (saved) => {
      count = saved.actionItems.filter((item) => !item.taskKey).length;
      setRun({ ...IDLE_RUN, phase: 'creating', count });
    });
    if (live.current) {
      if (outcome.ok) setRun(finishedRun(outcome.result, count));
      else if (outcome.stage === 'save') setRun(unsavedRun(outcome.message));
      else setRun(failedRun(outcome.error, count));
    }
    if (outcome.ok && live.current) setLiveTasks((current) => ({ ...current, ...outcome.result.actionTasks }));
    if (outcome.ok && outcome.result.results.some((r) => r.status === 'created')) ports.issueChanged();
    const unread = outcome.ok && outcome.result.results.some((r) => r.status !== 'failed' && !outcome.result.actionTasks[r.actionId]);
    if (unread) {
      try {
        const tasks = await ports.loadTasks();
        if (live.current) setLiveTasks(tasks);
      } catch {
        // The tasks are made and recorded; their status shows as recorded until the panel is opened again.
      }
    }
  }), [applyServerChange, exclusive, ports]);

  const updateTasks = useCallback(() => exclusive(async () => {
    setUpdateRun({ ...IDLE_UPDATE, phase: 'saving' });
    const outcome = await applyServerChange(ports.update, () => setUpdateRun({ ...IDLE_UPDATE, phase: 'updating' }));
    if (live.current) {
      if (outcome.ok) {
        setUpdateRun({ phase: 'finished', results: Object.fromEntries(outcome.result.results.map((r) => [r.actionId, r])), message: null });
        setLiveTasks((current) => ({ ...current, ...outcome.result.actionTasks }));
      } else {
        setUpdateRun({ ...IDLE_UPDATE, phase: 'failed', message: outcome.stage === 'save' ? outcome.message : outcome.error.message });
      }
    }
  }), [applyServerChange, exclusive, ports]);

  const clearProblems = useCallback((actionId: string, fields: readonly ActionItemField[]) => {
    setRun((current) => withoutProblems(current, actionId, fields));
  }, []);

  return { run, updateRun, updateTasks, liveTasks, busy, start, clearProblems };
}
