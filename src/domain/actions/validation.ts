/**
 * The checks an action item must pass before its task is made (issue 4): a title Jira accepts as a
 * summary, a type, an owner and a due date that is not before today. Owners are checked against
 * Jira separately (who may be assigned is Jira's to say); this module only knows the item itself.
 * Problems are returned for every item at once, so the facilitator can fix them all in one go.
 */
import type { ActionItem } from '../postmortem';

/** Jira refuses a summary longer than this. */
export const SUMMARY_MAX_LENGTH = 255;

/** An item's field a problem is about; `task` is the task as a whole (the target project's screen). */
export type ActionItemField = 'title' | 'type' | 'owner' | 'dueDate' | 'task';

export interface ItemProblem {
  field: ActionItemField;
  message: string;
}

export interface ItemProblems {
  actionId: string;
  problems: ItemProblem[];
}

/** What is wrong with one item, judged on `today` (YYYY-MM-DD in the user's time zone). */
export function itemProblems(item: ActionItem, today: string): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const title = item.title.trim();
  if (!title) problems.push({ field: 'title', message: 'Give the action item a title.' });
  else if (title.length > SUMMARY_MAX_LENGTH) {
    problems.push({ field: 'title', message: `Shorten the title to at most ${SUMMARY_MAX_LENGTH} characters (it has ${title.length}); Jira does not accept a longer summary.` });
  }
  if (!item.type) problems.push({ field: 'type', message: 'Choose the type of action.' });
  if (!item.ownerAccountId) problems.push({ field: 'owner', message: 'Choose an owner.' });
  if (!item.dueDate) problems.push({ field: 'dueDate', message: 'Set a due date.' });
  else if (item.dueDate < today) {
    problems.push({ field: 'dueDate', message: `The due date ${item.dueDate} is in the past (today is ${today}); choose today or later.` });
  }
  return problems;
}

/** The items with problems, in document order; empty when every item is ready. */
export function validateForCreation(items: readonly ActionItem[], today: string): ItemProblems[] {
  return items.flatMap((item) => {
    const problems = itemProblems(item, today);
    return problems.length ? [{ actionId: item.id, problems }] : [];
  });
}

/** `extra` problems (e.g. an owner Jira will not assign) merged into `base`, keeping document order of `items`. */
export function mergeProblems(items: readonly ActionItem[], base: ItemProblems[], extra: ItemProblems[]): ItemProblems[] {
  const byId = new Map<string, ItemProblem[]>();
  for (const entry of [...base, ...extra]) byId.set(entry.actionId, [...(byId.get(entry.actionId) ?? []), ...entry.problems]);
  return items.flatMap((item) => {
    const problems = byId.get(item.id);
    return problems?.length ? [{ actionId: item.id, problems }] : [];
  });
}

/** One sentence for the error message; the per-item details travel alongside. */
export function describeProblems(problems: ItemProblems[], titles: ReadonlyMap<string, string>): string {
  const count = problems.length;
  const parts = problems.map(({ actionId, problems: list }) => {
    const name = titles.get(actionId)?.trim() || actionId;
    return `"${name}": ${list.map((p) => p.message).join(' ')}`;
  });
  return `No tasks were created: ${count} action item${count === 1 ? ' is' : 's are'} not ready. ${parts.join(' ')}`;
}
