/**
 * Where an action item and its Jira task no longer agree. The item is edited in the post-mortem
 * after its task exists (a clearer title, another owner, a later due date, a higher priority) or the
 * task is edited in Jira; either way the panel shows each field that differs, with both values, and
 * "Update tasks" writes the item's values to the task (services/actions/update-action-tasks.ts).
 */
import type { ActionItem } from '../postmortem';

/** The task fields an item keeps in step (the description is rewritten whole on update: see task-description.ts). */
export const SYNCED_TASK_FIELDS = ['title', 'owner', 'dueDate', 'priority'] as const;
export type SyncedTaskField = (typeof SYNCED_TASK_FIELDS)[number];
/** What "Update tasks" writes: the synced fields and the description. */
export type TaskUpdateField = SyncedTaskField | 'description';

export const SYNCED_FIELD_LABELS: Readonly<Record<SyncedTaskField, string>> = {
  title: 'Title',
  owner: 'Owner',
  dueDate: 'Due date',
  priority: 'Priority',
};

/** The task as Jira has it, as far as the item's fields go. */
export interface TaskFields {
  summary: string;
  assignee: { accountId: string; displayName: string } | null;
  /** YYYY-MM-DD, or null. */
  dueDate: string | null;
  /** Priority name, or null when the task has none. */
  priority: string | null;
}

export interface TaskFieldDrift {
  field: SyncedTaskField;
  /** The item's value as shown (a name for the owner); null when the item has none. */
  item: string | null;
  /** The task's value as shown; null when the task has none. */
  task: string | null;
}

/** The item's title as a task summary: one line, trimmed (Jira's summary holds no line break). */
export function taskSummaryOf(title: string): string {
  return title.trim().replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Each field where the item and its task differ. An item field left empty is no drift (Jira keeps
 * the task's value; the panel's own checks ask for it). Priorities compare by name, as Jira's do.
 */
export function taskDrift(item: ActionItem, task: TaskFields): TaskFieldDrift[] {
  const drift: TaskFieldDrift[] = [];
  const summary = taskSummaryOf(item.title);
  if (summary && summary !== task.summary) drift.push({ field: 'title', item: summary, task: task.summary || null });
  if (item.ownerAccountId && item.ownerAccountId !== task.assignee?.accountId) {
    drift.push({ field: 'owner', item: item.ownerDisplayName ?? item.ownerAccountId, task: task.assignee?.displayName ?? null });
  }
  if (item.dueDate && item.dueDate !== task.dueDate) drift.push({ field: 'dueDate', item: item.dueDate, task: task.dueDate });
  if (item.priority && item.priority.toLowerCase() !== (task.priority ?? '').toLowerCase()) drift.push({ field: 'priority', item: item.priority, task: task.priority });
  return drift;
}
