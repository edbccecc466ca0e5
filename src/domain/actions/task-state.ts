/** An action-item task as the app sees it in Jira: which item it is for, and where it stands. */
import type { StatusCategoryKey } from '../postmortem';

export interface ActionTaskState {
  actionId: string;
  taskKey: string;
  /** Status name, e.g. "In Progress". */
  status: string;
  statusCategory: StatusCategoryKey;
  assignee: { accountId: string; displayName: string } | null;
  /** YYYY-MM-DD, or null. */
  dueDate: string | null;
}
