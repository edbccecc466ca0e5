/**
 * Writing the outcome of "Create tasks" back into the post-mortem's action items: the new (or
 * re-found) task keys, and the reason for each failure so the item shows it and can be retried.
 * Pure, so the same merge applies to the document as first read and, after a conflicting save, to
 * the document as someone else left it (only these fields are touched).
 */
import { clip, CREATE_ERROR_MAX_CHARS, TASK_STATUS_MAX_CHARS, type ActionItem } from '../postmortem';
import type { ActionTaskState } from './task-state';

export type CreateOutcome =
  | { actionId: string; status: 'created'; taskKey: string }
  | { actionId: string; status: 'existing'; taskKey: string; task?: ActionTaskState }
  | { actionId: string; status: 'failed'; error: string };

export function applyCreateOutcomes(items: readonly ActionItem[], outcomes: readonly CreateOutcome[]): ActionItem[] {
  const byId = new Map(outcomes.map((o) => [o.actionId, o]));
  return items.map((item) => {
    const outcome = byId.get(item.id);
    if (!outcome) return item;
    if (outcome.status === 'failed') {
      return item.taskKey ? item : { ...item, createError: clip(outcome.error, CREATE_ERROR_MAX_CHARS) };
    }
    if (item.taskKey && item.taskKey !== outcome.taskKey) return item;
    const { createError: _cleared, ...rest } = item;
    const task = outcome.status === 'existing' ? outcome.task : undefined;
    return {
      ...rest,
      taskKey: outcome.taskKey,
      ...(task ? { taskStatus: clip(task.status, TASK_STATUS_MAX_CHARS), taskStatusCategory: task.statusCategory, taskDueDate: task.dueDate } : {}),
    };
  });
}
