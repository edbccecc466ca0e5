/**
 * What only the server may say about action items (DESIGN.md section 3): which Jira task an item has
 * comes from the app's ledger, never from the browser, and a task's last known state and the reason a
 * creation failed come from the stored document (the app wrote them). A save can therefore neither
 * point an item at another issue nor mark it done. An item that has a task cannot be removed: its task
 * would go on in Jira unfollowed.
 */
import type { ActionItem, PostmortemDocument } from '../../domain/postmortem';
import { AppError } from '../../errors';
import type { TaskRecord } from '../ledger';

/** The fields of an item the app writes, never the browser. */
export const SERVER_ITEM_FIELDS = ['taskKey', 'taskStatus', 'taskStatusCategory', 'taskDueDate', 'createError'] as const;

function withoutServerFields(item: ActionItem): ActionItem {
  const copy: Record<string, unknown> = { ...item };
  for (const field of SERVER_ITEM_FIELDS) delete copy[field];
  return copy as unknown as ActionItem;
}

function serverFieldsOf(item: ActionItem | undefined): Partial<ActionItem> {
  if (!item) return {};
  const out: Record<string, unknown> = {};
  for (const field of SERVER_ITEM_FIELDS) if (item[field] !== undefined) out[field] = item[field];
  return out as Partial<ActionItem>;
}

/**
 * `edited` with every item's server fields taken from `stored` and its task key from `tasks` (the
 * ledger). VALIDATION when `edited` drops an item that has a task.
 */
export function withServerFields(edited: PostmortemDocument, stored: PostmortemDocument, tasks: Readonly<Record<string, TaskRecord>>): PostmortemDocument {
  const keptIds = new Set(edited.actionItems.map((item) => item.id));
  const dropped = stored.actionItems.filter((item) => !keptIds.has(item.id) && tasks[item.id]);
  if (dropped.length > 0) {
    const named = dropped.map((item) => `"${item.title || item.id}" (${tasks[item.id].key})`).join(', ');
    throw new AppError('VALIDATION', `An action item that has a Jira task cannot be removed: ${named}. `
      + 'Resolve the task in Jira instead (as Won\'t Do if it is no longer needed); nothing was saved.',
    { issues: dropped.map((item) => ({ path: ['actionItems', item.id], message: `Has task ${tasks[item.id].key}` })) });
  }
  const storedById = new Map(stored.actionItems.map((item) => [item.id, item]));
  return {
    ...edited,
    actionItems: edited.actionItems.map((item) => {
      const base = { ...withoutServerFields(item), ...serverFieldsOf(storedById.get(item.id)) };
      const task = tasks[item.id];
      if (task) return { ...base, taskKey: task.key };
      const { taskKey: _key, taskStatus: _status, taskStatusCategory: _category, taskDueDate: _due, ...rest } = base;
      return rest;
    }),
  };
}
