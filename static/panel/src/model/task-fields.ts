/**
 * The fields of an action item that belong to its Jira task (key, status as last seen, due date as
 * last seen, the last creation error). The server writes them; the panel takes them from the
 * server's answer into a working copy that may hold edits made meanwhile, and never the reverse.
 */
import type { ActionItem } from '../../../../src/domain/postmortem';

const TASK_FIELDS = ['taskKey', 'taskStatus', 'taskStatusCategory', 'taskDueDate', 'createError'] as const;

/** `mine` with each item's task fields replaced by the server's for the same item id. */
export function withTaskFieldsFrom(mine: readonly ActionItem[], server: readonly ActionItem[]): ActionItem[] {
  const stored = new Map(server.map((item) => [item.id, item]));
  return mine.map((item) => {
    const theirs = stored.get(item.id);
    if (!theirs) return item;
    const next: ActionItem = { ...item };
    for (const field of TASK_FIELDS) {
      if (theirs[field] === undefined) delete next[field];
      else Object.assign(next, { [field]: theirs[field] });
    }
    return next;
  });
}
