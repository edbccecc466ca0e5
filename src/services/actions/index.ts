/**
 * The action-item service (issue 4): tasks made from a post-mortem's action items, their live
 * status, the owner picker and editor defaults, follow-through kept current from product events,
 * and the daily overdue reminders.
 */
export { createActionItems, CREATE_PERMISSION } from './create-action-items';
export { updateActionTasks } from './update-action-tasks';
export { loadActionTaskStatuses, readRecordedTasks, type TaskStatusOptions } from './action-tasks';
export { forgeReminderStore, memoryReminderStore, type ReminderStore } from './reminder-store';
export { searchAssignableUsers, getActionItemDefaults } from './action-item-options';
export { refreshFollowThrough, type FollowThroughRefresh } from './refresh-follow-through';
export { handleIssueEvent, type IssueEventOutcome } from './issue-events';
export { remindOverdueActionTasks, overdueTasksJql, type ReminderRun } from './overdue-reminders';
export { runDailyFollowThrough, type DailyFollowThroughRun } from './daily-follow-through';
export { appActionPorts, userActionPorts, type ActionPorts, type ActionRequester } from './ports';
