/**
 * The daily reminder run: finds open, overdue action-item tasks in every project the app can see,
 * with one paged search over the marker the app indexes (manifest.yml's jira:entityProperty for
 * `qa-postmortem-action`: JQL can search an entity property only through indexed paths), and
 * comments on each, mentioning its assignee, unless it was reminded in the last 7 days. A marker
 * proves nothing on its own, so a task is reminded only when its incident's ledger recorded it.
 * The last reminder is remembered in the app's storage (reminder-store.ts), so a second run the same
 * day comments nothing, and the reminders go on after the incident is closed (the incident's status
 * is never looked at). One task failing does not stop the others. The search may miss a task changed
 * in the last seconds (it is eventually consistent); the next day's run finds it.
 *
 * A run is bounded so it ends inside the function's time limit: the most overdue tasks come first,
 * and no new reminder starts once the budget's count or time is spent. The next day's run carries
 * on with the rest, since the tasks reminded today wait 7 days.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/
 */
import {
  ACTION_TASK_PROPERTY_KEY,
  buildReminderComment,
  isReminderDue,
  utcDay,
  type ActionTaskMarker,
  type ReminderMark,
} from '../../domain/actions';
import { quoteJqlValue } from '../../domain/jql';
import { TASK_STATE_FIELDS, taskIssueFromJira, type TaskIssue } from '../../jira';
import type { LedgerRecord } from '../ledger';
import { taskStateOf } from './action-tasks';
import { reminderBudget, type ActionPorts } from './ports';

export interface ReminderRun {
  /** Open, overdue action-item tasks looked at (a run stopped early leaves the rest for the next). */
  checked: number;
  reminded: { taskKey: string; commentId: string }[];
  /** Tasks reminded within the last 7 days, left alone. */
  recentlyReminded: string[];
  failed: { taskKey: string; error: string }[];
  /** The incidents those tasks came from, in the order first found, so their follow-through can be refreshed. */
  incidents: string[];
  /** True when the budget ran out with a task still due a reminder; the next run continues. */
  stoppedEarly: boolean;
  /** Tasks still due a reminder after this run; 'unknown' when search pages were left unread. */
  remaining: number | 'unknown';
}

/** Issues asked for per search page; a page shorter than this is taken as the search's last. */
const SEARCH_PAGE_SIZE = 100;

/** Open issues carrying an action-item marker, due before `today` (UTC), most overdue first. */
export function overdueTasksJql(today: string): string {
  return `issue.property[${ACTION_TASK_PROPERTY_KEY}].incidentId IS NOT EMPTY AND statusCategory != Done AND duedate < ${quoteJqlValue(today)}`
    + ' ORDER BY duedate ASC, key ASC';
}

interface OverdueTask {
  issue: TaskIssue;
  marker: ActionTaskMarker & { incidentId: string };
  dueDate: string;
  /** A reminder is due today (none in the last 7 days). */
  due: boolean;
}

/**
 * The overdue task a search hit is, when its incident's ledger recorded it: its marker names the
 * incident, and the ledger of that incident lists this very issue. Ledgers are read once per run.
 */
async function recordedOverdueTask(issue: TaskIssue, ports: ActionPorts, ledgers: Map<string, LedgerRecord | undefined>, now: Date): Promise<OverdueTask | null> {
  const { marker, dueDate } = issue;
  if (!marker?.incidentId || !dueDate) return null;
  if (!ledgers.has(marker.incidentId)) ledgers.set(marker.incidentId, await ports.ledger.get(marker.incidentId));
  const ledger = ledgers.get(marker.incidentId);
  if (!ledger || !Object.values(ledger.tasks).some((task) => task.id === issue.id)) return null;
  const last = await ports.reminders.get(issue.id);
  const state = taskStateOf(marker.actionId, issue, { id: ledger.incidentId, key: ledger.incidentKey });
  const due = isReminderDue({ statusCategory: state.statusCategory, dueDate, lastRemindedAt: last?.lastRemindedAt ?? null }, now);
  return { issue, marker: { ...marker, incident: ledger.incidentKey, incidentId: marker.incidentId }, dueDate, due };
}

export async function remindOverdueActionTasks(ports: ActionPorts): Promise<ReminderRun> {
  const now = ports.now();
  const budget = ports.reminderBudget ?? reminderBudget();
  const run: ReminderRun = {
    checked: 0, reminded: [], recentlyReminded: [], failed: [], incidents: [], stoppedEarly: false, remaining: 0,
  };
  const pages = ports.jira.searchJqlPages({
    jql: overdueTasksJql(utcDay(now)),
    fields: TASK_STATE_FIELDS,
    properties: [ACTION_TASK_PROPERTY_KEY],
    maxResults: SEARCH_PAGE_SIZE,
  });
  const ledgers = new Map<string, LedgerRecord | undefined>();
  for await (const page of pages) {
    const tasks: OverdueTask[] = [];
    for (const issue of page) {
      const task = await recordedOverdueTask(taskIssueFromJira(issue), ports, ledgers, now);
      if (task) tasks.push(task);
    }
    for (const [index, task] of tasks.entries()) {
      if (task.due && (run.reminded.length + run.failed.length >= budget.maxReminders || budget.timeLeftMs() <= 0)) {
        const dueLeft = tasks.slice(index).filter((rest) => rest.due).length;
        return { ...run, stoppedEarly: true, remaining: page.length < SEARCH_PAGE_SIZE ? dueLeft : 'unknown' };
      }
      run.checked += 1;
      if (!run.incidents.includes(task.marker.incident)) run.incidents.push(task.marker.incident);
      const { issue } = task;
      if (!task.due) {
        run.recentlyReminded.push(issue.key);
        continue;
      }
      try {
        const comment = await ports.jira.addComment(issue.key, buildReminderComment({
          taskKey: issue.key,
          dueDate: task.dueDate,
          incidentKey: task.marker.incident,
          owner: issue.assignee,
          ...(issue.siteUrl ? { siteUrl: issue.siteUrl } : {}),
        }, now));
        const mark: ReminderMark = { lastRemindedAt: now.toISOString(), ...(comment.id ? { commentId: comment.id } : {}) };
        await ports.reminders.set(issue.id, mark);
        run.reminded.push({ taskKey: issue.key, commentId: comment.id ?? '' });
      } catch (error) {
        run.failed.push({ taskKey: issue.key, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return run;
}
