/**
 * When the daily job last reminded a task's owner, kept in the app's Forge storage (custom entity
 * `task-reminder`, keyed by the task's id) rather than on the task: a property on the task can be
 * changed by anyone who may edit it, which would silence or repeat reminders.
 * https://developer.atlassian.com/platform/forge/storage-reference/storage-api-custom-entities/
 */
import { kvs } from '@forge/kvs';
import type { ReminderMark } from '../../domain/actions';

export const REMINDER_ENTITY = 'task-reminder';

export interface ReminderStore {
  get(taskId: string): Promise<ReminderMark | undefined>;
  set(taskId: string, mark: ReminderMark): Promise<void>;
}

interface ReminderEntity { taskId: string; lastRemindedAt: string; commentId?: string }

const key = (taskId: string) => `reminder:${taskId}`;

export function forgeReminderStore(): ReminderStore {
  const entity = kvs.entity<ReminderEntity>(REMINDER_ENTITY);
  return {
    async get(taskId) {
      const found = await entity.get(key(taskId));
      return found ? { lastRemindedAt: found.lastRemindedAt, ...(found.commentId ? { commentId: found.commentId } : {}) } : undefined;
    },
    async set(taskId, mark) {
      await entity.set(key(taskId), { taskId, lastRemindedAt: mark.lastRemindedAt, ...(mark.commentId ? { commentId: mark.commentId } : {}) });
    },
  };
}

export function memoryReminderStore(): ReminderStore & { marks: Map<string, ReminderMark> } {
  const marks = new Map<string, ReminderMark>();
  return {
    marks,
    get: async (taskId) => marks.get(taskId),
    set: async (taskId, mark) => { marks.set(taskId, { ...mark }); },
  };
}
