/** An action-item task as the app sees it in Jira: which item it is for, and where it stands. */
import type { StatusCategoryKey } from '../postmortem';

export interface ActionTaskState {
  actionId: string;
  taskKey: string;
  /** Status name, e.g. "In Progress". */
  status: string;
  statusCategory: StatusCategoryKey;
  /**
   * The resolution name, or null when unresolved. A task done with an invalid resolution (Won't Do,
   * Duplicate...) is cancelled, not done (DESIGN.md section 4).
   */
  resolution?: string | null;
  assignee: { accountId: string; displayName: string } | null;
  /** YYYY-MM-DD, or null. */
  dueDate: string | null;
  /** The task's summary and priority name, to show where the item no longer agrees (task-drift.ts). */
  summary?: string;
  priority?: string | null;
}
