/**
 * Follow-through of one post-mortem (DESIGN.md section 2, stage 7): how many action items are open,
 * overdue and done, and whether every fix-validation item is done (the post-mortem is closed out
 * only then). Also how the tasks' current states are folded into the document's items, and whether
 * that changes anything the JQL index or a reader depends on (so a task moving from "To Do" to
 * "In Progress" does not rewrite the post-mortem and bump its revision under an editor's feet).
 */
import { actionDueDate, clip, TASK_STATUS_MAX_CHARS, type ActionItem, type StatusCategoryKey } from '../postmortem';
import { isOverdue } from './due-dates';
import type { ActionTaskState } from './task-state';

export interface FollowThroughSummary {
  total: number;
  /** Not done, including items that have no task yet. */
  open: number;
  /** Open and due before today. */
  overdue: number;
  done: number;
  fixValidationTotal: number;
  /** Every fix-validation item is done (true when there is none). */
  allFixValidationDone: boolean;
}

interface ItemState {
  statusCategory: StatusCategoryKey | null;
  dueDate: string | null;
}

function stateOf(item: ActionItem, task: ActionTaskState | undefined): ItemState {
  if (task) return { statusCategory: task.statusCategory, dueDate: task.dueDate };
  return { statusCategory: item.taskStatusCategory ?? null, dueDate: actionDueDate(item) };
}

/**
 * The summary, from the live task states where known (by action id) and the item's last known
 * state otherwise. `today` is a calendar day (YYYY-MM-DD).
 */
export function followThroughSummary(
  items: readonly ActionItem[],
  tasks: ReadonlyMap<string, ActionTaskState>,
  today: string,
): FollowThroughSummary {
  let done = 0;
  let overdue = 0;
  let fixValidationTotal = 0;
  let fixValidationDone = 0;
  for (const item of items) {
    const state = stateOf(item, tasks.get(item.id));
    const isDone = state.statusCategory === 'done';
    if (isDone) done += 1;
    else if (isOverdue({ statusCategory: state.statusCategory ?? 'new', dueDate: state.dueDate }, today)) overdue += 1;
    if (item.type === 'fix-validation') {
      fixValidationTotal += 1;
      if (isDone) fixValidationDone += 1;
    }
  }
  return {
    total: items.length,
    open: items.length - done,
    overdue,
    done,
    fixValidationTotal,
    allFixValidationDone: fixValidationDone === fixValidationTotal,
  };
}

export interface TaskStatesApplied {
  items: ActionItem[];
  /**
   * Whether the change matters: a task key learnt, an item that became done or not done, or a task
   * whose due date moved (it decides "overdue"). Status changes within "not done" are carried in
   * `items` but do not by themselves call for a save.
   */
  changed: boolean;
}

function withoutCreateError(item: ActionItem): ActionItem {
  const { createError: _cleared, ...rest } = item;
  return rest;
}

/**
 * The items with each task's key (where the item has none yet: a task found after a crash), its
 * current status and due date. A task for an item that already names another task is not taken over.
 */
export function applyTaskStates(items: readonly ActionItem[], tasks: ReadonlyMap<string, ActionTaskState>): TaskStatesApplied {
  let changed = false;
  const next = items.map((item) => {
    const task = tasks.get(item.id);
    if (!task || (item.taskKey && item.taskKey !== task.taskKey)) return item;
    const wasDone = item.taskStatusCategory === 'done';
    const isDone = task.statusCategory === 'done';
    const dueMoved = (item.taskDueDate === undefined ? item.dueDate : item.taskDueDate) !== task.dueDate;
    if (!item.taskKey || wasDone !== isDone || dueMoved) changed = true;
    return {
      ...withoutCreateError(item),
      taskKey: task.taskKey,
      taskStatus: clip(task.status, TASK_STATUS_MAX_CHARS),
      taskStatusCategory: task.statusCategory,
      taskDueDate: task.dueDate,
    };
  });
  return { items: next, changed };
}
