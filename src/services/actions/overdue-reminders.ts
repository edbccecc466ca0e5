/**
 * The daily reminder run (issue 4): finds open, overdue action-item tasks in every project the app
 * can see (labels, status category, due date and the app's own property, in one paged search),
 * and comments on each, mentioning its assignee, unless it was reminded in the last 7 days. The
 * last reminder is remembered on the task itself (issue property `qa-postmortem-reminder`), so a
 * second run the same day comments nothing, and the reminders go on after the incident is closed
 * (the incident's status is never looked at). One task failing does not stop the others.
 *
 * A run is bounded so it ends inside the function's time limit: the most overdue tasks come first,
 * and no new reminder starts once the budget's count or time is spent. The next day's run carries
 * on with the rest, since the tasks reminded today wait 7 days.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/
 */
import {
  ACTION_TASK_LABEL,
  ACTION_TASK_PROPERTY_KEY,
  buildReminderComment,
  isReminderDue,
  jqlString,
  readReminderMark,
  REMINDER_PROPERTY_KEY,
  utcDay,
  type ReminderMark,
} from '../../domain/actions';
import type { IssueBean } from '../../jira';
import { TASK_FIELDS, taskStateOf } from './action-tasks';
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

/** Open action-item tasks due before `today` (UTC). */
export function overdueTasksJql(today: string): string {
  return `labels = ${jqlString(ACTION_TASK_LABEL)} AND statusCategory != Done AND duedate < ${jqlString(today)}`
    + ` AND issue.property[${ACTION_TASK_PROPERTY_KEY}].incident IS NOT EMPTY ORDER BY duedate ASC, key ASC`;
}

/** The site's base URL, from an issue's REST `self` link (https://site/rest/api/3/issue/10001). */
export function siteUrlOf(issue: IssueBean): string | undefined {
  const at = issue.self?.indexOf('/rest/') ?? -1;
  return issue.self && at > 0 ? issue.self.slice(0, at) : undefined;
}

/** An overdue action-item task as the search returned it, and whether a reminder is due today. */
function overdueTaskOf(issue: IssueBean, now: Date) {
  const task = taskStateOf(issue);
  if (!task || task.dueDate === null) return null;
  const last = readReminderMark(issue.properties?.[REMINDER_PROPERTY_KEY]);
  const due = isReminderDue({ statusCategory: task.statusCategory, dueDate: task.dueDate, lastRemindedAt: last?.lastRemindedAt ?? null }, now);
  return { ...task, dueDate: task.dueDate, due };
}

export async function remindOverdueActionTasks(ports: ActionPorts): Promise<ReminderRun> {
  const now = ports.now();
  const budget = ports.reminderBudget ?? reminderBudget();
  const run: ReminderRun = {
    checked: 0, reminded: [], recentlyReminded: [], failed: [], incidents: [], stoppedEarly: false, remaining: 0,
  };
  const pages = ports.jira.searchJqlPages({
    jql: overdueTasksJql(utcDay(now)),
    fields: TASK_FIELDS,
    properties: [ACTION_TASK_PROPERTY_KEY, REMINDER_PROPERTY_KEY],
    maxResults: SEARCH_PAGE_SIZE,
  });
  for await (const page of pages) {
    for (const [index, issue] of page.entries()) {
      const task = overdueTaskOf(issue, now);
      if (!task) continue;
      if (task.due && (run.reminded.length + run.failed.length >= budget.maxReminders || budget.timeLeftMs() <= 0)) {
        const dueLeft = page.slice(index).filter((rest) => overdueTaskOf(rest, now)?.due).length;
        return { ...run, stoppedEarly: true, remaining: page.length < SEARCH_PAGE_SIZE ? dueLeft : 'unknown' };
      }
      run.checked += 1;
      if (!run.incidents.includes(task.marker.incident)) run.incidents.push(task.marker.incident);
      if (!task.due) {
        run.recentlyReminded.push(task.taskKey);
        continue;
      }
      try {
        const siteUrl = siteUrlOf(issue);
        const comment = await ports.jira.addComment(task.taskKey, buildReminderComment({
          taskKey: task.taskKey,
          dueDate: task.dueDate,
          incidentKey: task.marker.incident,
          owner: task.assignee,
          ...(siteUrl ? { siteUrl } : {}),
        }, now));
        const mark: ReminderMark = { lastRemindedAt: now.toISOString(), ...(comment.id ? { commentId: comment.id } : {}) };
        await ports.jira.setIssueProperty(task.taskKey, REMINDER_PROPERTY_KEY, mark);
        run.reminded.push({ taskKey: task.taskKey, commentId: comment.id ?? '' });
      } catch (error) {
        run.failed.push({ taskKey: task.taskKey, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return run;
}
