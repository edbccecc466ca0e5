/**
 * Invoke contract of the action-item resolvers (see src/contract.ts): turning the post-mortem's
 * action items into Jira tasks, the owner picker, and the defaults the editor pre-fills. As with
 * the post-mortem keys, the incident comes from the issue panel's Forge context, never the payload.
 */
import { z } from 'zod';
import type { ActionItemField } from './vocabulary';
import type { TaskUpdateField } from '../domain/actions/task-drift';
import type { ActionItemPriority, StatusCategoryKey, WatchedFigure } from '../domain/postmortem';
import type { PersonRef, SaveResult } from './postmortem';

export const ACTIONS_RESOLVER_KEYS = ['createActionItems', 'updateActionTasks', 'searchAssignableUsers', 'getActionItemDefaults'] as const;
export type ActionsResolverKey = (typeof ACTIONS_RESOLVER_KEYS)[number];

/**
 * createActionItems: makes a task for every action item of the stored post-mortem that has none
 * yet (save the post-mortem first). Nothing else is needed: items, owners and dates are the stored ones.
 */
export const CreateActionItemsPayloadSchema = z.object({});
export type CreateActionItemsPayload = z.infer<typeof CreateActionItemsPayloadSchema>;

/** searchAssignableUsers: people who can be assigned tasks in the project the tasks go to. */
export const SearchAssignableUsersPayloadSchema = z.object({
  /** Matched against display name and e-mail address; empty lists the first people Jira returns. */
  query: z.string().trim().max(255).default(''),
});
export type SearchAssignableUsersPayload = z.input<typeof SearchAssignableUsersPayloadSchema>;

/** getActionItemDefaults takes nothing: the incident (hence the project settings) comes from the context. */
export const GetActionItemDefaultsPayloadSchema = z.object({});
export type GetActionItemDefaultsPayload = z.infer<typeof GetActionItemDefaultsPayloadSchema>;

/** What happened to one action item: a new task, a task found from an earlier attempt, or an error. */
export const CREATE_OUTCOME_STATUSES = ['created', 'existing', 'failed'] as const;
export type CreateOutcomeStatus = (typeof CREATE_OUTCOME_STATUSES)[number];

export interface ActionItemCreateOutcome {
  actionId: string;
  status: CreateOutcomeStatus;
  /** The task's key, for `created` and `existing`. */
  taskKey?: string;
  /** Jira's reason, for `failed`; kept on the item as `createError` until a retry succeeds. */
  error?: string;
}

/**
 * updateActionTasks: writes the stored items' title, owner, due date, priority and description to
 * their tasks where they differ. Takes nothing: the values are the stored post-mortem's.
 */
export const UpdateActionTasksPayloadSchema = z.object({}).strict();
export type UpdateActionTasksPayload = z.infer<typeof UpdateActionTasksPayloadSchema>;

/** One task's update: what was written, or why Jira refused, field by field. */
export interface TaskUpdateOutcome {
  actionId: string;
  taskKey: string;
  status: 'updated' | 'unchanged' | 'failed';
  fields: TaskUpdateField[];
  problems: Array<{ field: TaskUpdateField; message: string }>;
}

/** The outcome per task, with the post-mortem as stored (unchanged: the update writes only to the tasks). */
export interface UpdateActionTasksResult extends SaveResult {
  results: TaskUpdateOutcome[];
  /** The tasks as Jira has them after the update, by action id (empty when that read failed). */
  actionTasks: Record<string, ActionTaskStatus>;
}

/** What createActionItems answers: the outcome per item, and the post-mortem as stored afterwards. */
export interface CreateActionItemsResult extends SaveResult {
  /** One entry per item that had no task when the call started; items with a task are left out. */
  results: ActionItemCreateOutcome[];
  /** The project the tasks were made in. */
  targetProjectKey: string;
  /**
   * The live state of the tasks this run made or found, by action id, read by id right after (so a
   * task made a moment ago shows its status at once); empty when that read failed.
   */
  actionTasks: Record<string, ActionTaskStatus>;
}

export { ACTION_ITEM_FIELDS, type ActionItemField } from './vocabulary';

export interface ActionItemProblem {
  field: ActionItemField;
  message: string;
}

export interface ActionItemProblems {
  actionId: string;
  problems: ActionItemProblem[];
}

/** `details` of createActionItems' VALIDATION error: every item that is not ready, and why. Nothing was created. */
export interface ActionItemsValidationDetails {
  items: ActionItemProblems[];
}

/**
 * `details` of a createActionItems error raised after tasks were made (the post-mortem could not be
 * updated with their keys). Calling again finds those tasks by their property and creates no duplicates.
 */
export interface ActionItemsWriteBackDetails {
  results: ActionItemCreateOutcome[];
}

export interface AssignableUser extends PersonRef {
  avatarUrl?: string;
}

export interface SearchAssignableUsersResult {
  projectKey: string;
  users: AssignableUser[];
}

/** A task's state as Jira reports it now, for the panel's action-item list. */
export interface ActionTaskStatus {
  actionId: string;
  taskKey: string;
  /** Status name, e.g. "In Progress". */
  status: string;
  statusCategory: StatusCategoryKey;
  assignee: PersonRef | null;
  /** YYYY-MM-DD, or null when the task has no due date. */
  dueDate: string | null;
  /** Not done and due before today (in the viewer's time zone). */
  overdue: boolean;
  /** Resolution name, or null while unresolved. */
  resolution?: string | null;
  /** The task's summary and priority name as Jira has them now (the panel compares them with the item's). */
  summary?: string;
  priority?: string | null;
  /**
   * Whether the task is still linked to the incident. A task the app created counts as the
   * incident's only while it is (DESIGN.md section 3); the panel says so when it is not.
   */
  linked: boolean;
}

/** What getActionItemDefaults answers: where tasks go and the due date to pre-fill per priority. */
export interface ActionItemDefaults {
  targetProjectKey: string;
  issueType: string;
  dueDateWeeks: { high: number; other: number };
  /** Today in the viewer's time zone (YYYY-MM-DD): the earliest due date allowed. */
  today: string;
  /** The pre-filled due date for each priority, counted from today. */
  dueDateByPriority: Record<ActionItemPriority, string>;
  /** The project's target for each figure a Metric monitoring item can watch (percent). */
  targets: Record<WatchedFigure, number>;
}

/** Payload and result per key, for the UI's typed invoke wrapper. */
export interface ActionsContract {
  createActionItems: { payload: CreateActionItemsPayload; result: CreateActionItemsResult };
  updateActionTasks: { payload: UpdateActionTasksPayload; result: UpdateActionTasksResult };
  searchAssignableUsers: { payload: SearchAssignableUsersPayload; result: SearchAssignableUsersResult };
  getActionItemDefaults: { payload: GetActionItemDefaultsPayload; result: ActionItemDefaults };
}
