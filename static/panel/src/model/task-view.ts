/**
 * An action item's Jira task as the panel shows it (DESIGN.md section 2, stages 5 and 7): the live
 * state getPostmortem read from Jira when there is one, else what the post-mortem last recorded;
 * and the follow-through counts over all items (open, overdue, done, fix validation).
 */
import type { ActionTaskStatus } from '../../../../src/contract';
import { actionDueDate, isPastDue, type ActionItem, type PostmortemDocument, type StatusCategoryKey } from '../../../../src/domain/postmortem';

export interface TaskView {
  key: string;
  /** Status name; null when the task has not been read from Jira yet. */
  status: string | null;
  statusCategory: StatusCategoryKey | null;
  /** Display name of the assignee; null when unassigned. */
  assignee: string | null;
  /** YYYY-MM-DD; null when the task has no due date. */
  dueDate: string | null;
  overdue: boolean;
  /** Read from Jira just now (not only as the post-mortem last recorded it). */
  live: boolean;
}

export type LiveTasks = Readonly<Record<string, ActionTaskStatus>>;

/** The item's task, or null when it has none. A live task for another key is not this item's. */
export function taskViewOf(item: ActionItem, live: LiveTasks, today: string): TaskView | null {
  if (!item.taskKey) return null;
  const task = live[item.id];
  if (task && task.taskKey === item.taskKey) {
    return {
      key: task.taskKey, status: task.status || null, statusCategory: task.statusCategory,
      assignee: task.assignee?.displayName ?? null, dueDate: task.dueDate, overdue: task.overdue, live: true,
    };
  }
  const dueDate = actionDueDate(item);
  return {
    key: item.taskKey, status: item.taskStatus ?? null, statusCategory: item.taskStatusCategory ?? null,
    assignee: item.ownerDisplayName ?? null, dueDate, overdue: isPastDue(item.taskStatusCategory, dueDate, today), live: false,
  };
}

/**
 * The document with each item's task state as Jira has it now, for what the panel works out from
 * it (which stages are complete); never saved, the stored state is the server's to keep.
 */
export function withLiveTaskState(doc: PostmortemDocument, live: LiveTasks): PostmortemDocument {
  let changed = false;
  const actionItems = doc.actionItems.map((item) => {
    const task = live[item.id];
    if (!task || task.taskKey !== item.taskKey) return item;
    changed = true;
    return { ...item, taskStatus: task.status, taskStatusCategory: task.statusCategory, taskDueDate: task.dueDate };
  });
  return changed ? { ...doc, actionItems } : doc;
}

export interface FollowThroughCounts {
  total: number;
  done: number;
  /** Not done, including items without a task. */
  open: number;
  overdue: number;
  withoutTask: number;
  fixValidation: { total: number; done: number };
}

export function followThroughCounts(items: readonly ActionItem[], live: LiveTasks, today: string): FollowThroughCounts {
  const counts: FollowThroughCounts = { total: items.length, done: 0, open: 0, overdue: 0, withoutTask: 0, fixValidation: { total: 0, done: 0 } };
  for (const item of items) {
    const task = taskViewOf(item, live, today);
    const done = task?.statusCategory === 'done';
    if (done) counts.done += 1;
    else counts.open += 1;
    if (!task) counts.withoutTask += 1;
    else if (task.overdue && !done) counts.overdue += 1;
    if (item.type === 'fix-validation') {
      counts.fixValidation.total += 1;
      if (done) counts.fixValidation.done += 1;
    }
  }
  return counts;
}

/** "1 of 2 fix-validation items done": the words for the fix-validation line; null when there are none. */
export function fixValidationText({ fixValidation }: FollowThroughCounts): string | null {
  const { total, done } = fixValidation;
  if (total === 0) return null;
  if (done === total) return total === 1 ? 'The fix-validation item is done.' : `All ${total} fix-validation items are done.`;
  return `${done} of ${total} fix-validation item${total === 1 ? '' : 's'} done: the post-mortem is not closed out until ${total === 1 ? 'it is' : 'all are'}.`;
}
