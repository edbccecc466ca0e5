/**
 * The task an action item becomes (DESIGN.md sections 3 and 5): its project and issue type, the
 * item's title as summary, its owner as assignee, its due date and priority, the labels of its type,
 * the ADF description, the "Relates" link to the incident and the task's `qa-postmortem-action`
 * marker. src/jira/mappers/task-request.ts makes of it one create request holding all of them, so a
 * task never exists without its link and its marker.
 */
import type { ActionItem, AdfDocument } from '../postmortem';
import { taskSummaryOf } from './task-drift';
import { taskLabels, type ActionTaskMarker } from './task-markers';

/** The link type between a task and its incident: the task "relates to" the incident. */
export const TASK_LINK_TYPE = 'Relates';

export interface TaskTarget {
  projectKey: string;
  /** Issue type name, e.g. "Task". */
  issueType: string;
  incidentKey: string;
  incidentId: string;
  /** The claim token of this create attempt, carried in the task's marker. */
  claim: string;
}

/** One task to create, every part of it decided. */
export interface TaskToCreate {
  projectKey: string;
  /** Issue type name, e.g. "Task". */
  issueType: string;
  /** The item's title on one line. */
  summary: string;
  /** The owner's account id. */
  assigneeAccountId: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** Priority name, e.g. "High". */
  priority: string;
  labels: string[];
  description: AdfDocument;
  /** The incident the task relates to (a TASK_LINK_TYPE link from the task). */
  incidentKey: string;
  /** The task's `qa-postmortem-action` property. */
  marker: ActionTaskMarker;
}

/** A validated item (title, type, owner and due date present) as the task to create. */
export function taskToCreate(item: ActionItem, target: TaskTarget, description: AdfDocument): TaskToCreate {
  if (!item.type || !item.ownerAccountId || !item.dueDate || !item.title.trim()) {
    throw new Error(`Action item ${item.id} is not ready for a task; validate it first`);
  }
  return {
    projectKey: target.projectKey,
    issueType: target.issueType,
    summary: taskSummaryOf(item.title),
    assigneeAccountId: item.ownerAccountId,
    dueDate: item.dueDate,
    priority: item.priority,
    labels: taskLabels(item.type),
    description,
    incidentKey: target.incidentKey,
    marker: { incident: target.incidentKey, incidentId: target.incidentId, actionId: item.id, claim: target.claim },
  };
}
