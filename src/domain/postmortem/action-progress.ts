/**
 * How far a post-mortem's action items have got (DESIGN.md section 2, stage 7), from what the
 * document records about each item's task: done, open, overdue, and whether the fix-validation
 * items are all done. The JQL index fields and the follow-through summary both count this way.
 */
import type { ActionItem } from './document';
import type { FixValidationState, StatusCategoryKey } from './vocabulary';

/** Not done and due before `today` (YYYY-MM-DD); due today is not overdue yet, no due date never is. */
export function isPastDue(statusCategory: StatusCategoryKey | null | undefined, dueDate: string | null | undefined, today: string): boolean {
  return statusCategory !== 'done' && typeof dueDate === 'string' && dueDate < today;
}

/** The date the item is due: its task's, once the task has been seen in Jira, else the planned one. */
export function actionDueDate(item: ActionItem): string | null {
  return item.taskKey && item.taskDueDate !== undefined ? item.taskDueDate : item.dueDate;
}

export interface ActionProgress {
  /** Not done, including items without a task. */
  open: number;
  done: number;
  /** Open and due before today. */
  overdue: number;
  fixValidation: FixValidationState;
}

export function actionProgress(items: readonly ActionItem[], today: string): ActionProgress {
  let done = 0;
  let overdue = 0;
  let fixTotal = 0;
  let fixDone = 0;
  for (const item of items) {
    const isDone = item.taskStatusCategory === 'done';
    if (isDone) done += 1;
    else if (isPastDue(item.taskStatusCategory, actionDueDate(item), today)) overdue += 1;
    if (item.type === 'fix-validation') {
      fixTotal += 1;
      if (isDone) fixDone += 1;
    }
  }
  const fixValidation: FixValidationState = fixTotal === 0 ? 'none' : fixDone === fixTotal ? 'done' : 'open';
  return { open: items.length - done, done, overdue, fixValidation };
}
