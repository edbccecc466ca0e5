/**
 * How the app recognises its own action-item tasks in Jira (DESIGN.md section 3): the label every
 * task carries plus one per action-item type, the issue property `qa-postmortem-action` naming the
 * incident and the action item (set in the create call itself, so a retry finds the task), and the
 * property `qa-postmortem-reminder` where the daily job remembers its last reminder.
 * https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/
 */
import { z } from 'zod';
import type { ActionItemType } from '../postmortem';

export const ACTION_TASK_LABEL = 'postmortem-action';
export const ACTION_TASK_PROPERTY_KEY = 'qa-postmortem-action';
export const REMINDER_PROPERTY_KEY = 'qa-postmortem-reminder';

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

/** The value of `qa-postmortem-action`: which incident's post-mortem, which action item. */
export const ActionTaskMarkerSchema = z.object({
  incident: z.string().min(1),
  actionId: z.string().min(1),
});
export type ActionTaskMarker = z.infer<typeof ActionTaskMarkerSchema>;

/** The marker, or null when the value is not one (another app's property, a hand-edited value). */
export function readActionTaskMarker(value: unknown): ActionTaskMarker | null {
  const parsed = ActionTaskMarkerSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The value of `qa-postmortem-reminder`. */
export const ReminderMarkSchema = z.object({
  lastRemindedAt: z.iso.datetime(),
  commentId: z.string().optional(),
});
export type ReminderMark = z.infer<typeof ReminderMarkSchema>;

export function readReminderMark(value: unknown): ReminderMark | null {
  const parsed = ReminderMarkSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** JQL string literal: double quotes, with backslashes and quotes escaped. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** JQL for the tasks made for one incident's post-mortem, oldest first (the first one wins over a duplicate). */
export function incidentTasksJql(incidentKey: string): string {
  return `issue.property[${ACTION_TASK_PROPERTY_KEY}].incident = ${jqlString(incidentKey)} ORDER BY created ASC`;
}
