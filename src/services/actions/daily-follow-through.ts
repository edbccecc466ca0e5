/**
 * The daily run (scheduled trigger `daily-reminders`): the overdue reminders, then the
 * follow-through of every incident one of those overdue tasks came from. No product event fires
 * when a task merely passes its due date, so without this the post-mortem's `overdueActions` (and
 * JQL over it) would lag until the task next changed. A refresh writes only when an index field
 * differs, and one incident failing does not stop the others.
 */
import { remindOverdueActionTasks, type ReminderRun } from './overdue-reminders';
import type { ActionPorts } from './ports';
import { refreshFollowThrough, type FollowThroughRefresh } from './refresh-follow-through';

export interface DailyFollowThroughRun extends ReminderRun {
  refreshed: FollowThroughRefresh[];
  refreshFailed: { incidentKey: string; error: string }[];
}

export async function runDailyFollowThrough(ports: ActionPorts): Promise<DailyFollowThroughRun> {
  const reminders = await remindOverdueActionTasks(ports);
  const run: DailyFollowThroughRun = { ...reminders, refreshed: [], refreshFailed: [] };
  for (const incidentKey of reminders.incidents) {
    try {
      run.refreshed.push(await refreshFollowThrough(incidentKey, ports));
    } catch (error) {
      run.refreshFailed.push({ incidentKey, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return run;
}
