/**
 * The daily `scheduledTrigger` (manifest key `daily-reminders`): reminds the owners of open,
 * overdue action-item tasks, at most once per 7 days per task, and brings those tasks' post-mortems
 * up to date (overdue counts). Runs as the app; no user is present. The run stops starting new
 * reminders before the invocation's remaining time (@forge/api getAppContext) runs out.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/
 * https://developer.atlassian.com/platform/forge/runtime-reference/
 */
import { getAppContext } from '@forge/api';
import { appActionPorts, runDailyFollowThrough, type DailyFollowThroughRun } from '../services/actions';
import { reminderBudget } from '../services/actions/ports';

/** The platform's remaining time for this invocation; undefined where it is not given (e.g. an old tunnel). */
function invocationRemainingMs(): number | undefined {
  try {
    return getAppContext().invocationRemainingTimeInMillis();
  } catch {
    return undefined;
  }
}

export async function runDailyReminders(): Promise<DailyFollowThroughRun> {
  return runDailyFollowThrough({ ...appActionPorts(), reminderBudget: reminderBudget({ invocationRemainingMs }) });
}
