/**
 * How the app marks its own action-item tasks in Jira (DESIGN.md section 3): the label every task
 * carries plus one per action-item type, and the issue property `qa-postmortem-action` naming the
 * incident, the action item and the claim of the create attempt that made it (set in the create call
 * itself, so an interrupted attempt can find the task it made). Anyone who may edit an issue may
 * write its properties, so a marker proves nothing alone: a task is the incident's only when the
 * app recorded it in its ledger and it is linked to the incident.
 * https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/
 */
import { z } from 'zod';
import type { ActionItemType } from '../postmortem';

export const ACTION_TASK_LABEL = 'postmortem-action';
export const ACTION_TASK_PROPERTY_KEY = 'qa-postmortem-action';

/** One label per type, so a board or a filter can group the tasks (`labels = pm-fix-validation`). */
export const ACTION_TYPE_LABELS: Record<ActionItemType, string> = {
  'test-design-enhancement': 'pm-test-design',
  'exploratory-test-charter': 'pm-exploratory-charter',
  'process-refinement': 'pm-process-refinement',
  'metric-monitoring': 'pm-metric-monitoring',
  'fix-validation': 'pm-fix-validation',
  other: 'pm-other',
};

export function taskLabels(type: ActionItemType): string[] {
  return [ACTION_TASK_LABEL, ACTION_TYPE_LABELS[type]];
}

/**
 * The value of `qa-postmortem-action`: which incident's post-mortem (key, and id, which survives a
 * move), which action item, and the claim token of the attempt that created it. Markers written before
 * the ledger existed carry only the key and the action id.
 */
export const ActionTaskMarkerSchema = z.object({
  incident: z.string().min(1),
  incidentId: z.string().min(1).optional(),
  actionId: z.string().min(1),
  claim: z.string().min(1).optional(),
});
export type ActionTaskMarker = z.infer<typeof ActionTaskMarkerSchema>;

/** The marker, or null when the value is not one (another app's property, a hand-edited value). */
export function readActionTaskMarker(value: unknown): ActionTaskMarker | null {
  const parsed = ActionTaskMarkerSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** When the daily job last reminded a task's owner (kept in the app's storage, not on the task). */
export interface ReminderMark {
  lastRemindedAt: string;
  commentId?: string;
}
