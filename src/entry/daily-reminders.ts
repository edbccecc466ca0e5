/**
 * The daily `scheduledTrigger` (manifest key `daily-reminders`): reminds the owners of open,
 * overdue action-item tasks, at most once per 7 days per task, and brings those tasks' post-mortems
 * up to date (overdue counts). Runs as the app; no user is present.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/
 */
import { appActionPorts, runDailyFollowThrough, type DailyFollowThroughRun } from '../services/actions';

export async function runDailyReminders(): Promise<DailyFollowThroughRun> {
  return runDailyFollowThrough(appActionPorts());
}
