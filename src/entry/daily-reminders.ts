/**
 * The daily `scheduledTrigger` (manifest key `daily-reminders`): reminds the owners of open,
 * overdue action-item tasks, at most once per 7 days per task. Runs as the app; no user is present.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/
 */
import { appActionPorts, remindOverdueActionTasks, type ReminderRun } from '../services/actions';

export async function runDailyReminders(): Promise<ReminderRun> {
  return remindOverdueActionTasks(appActionPorts());
}
