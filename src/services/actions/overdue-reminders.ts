/**
 * The daily reminder run (issue 4): finds open, overdue action-item tasks in every project the app
 * can see (labels, status category, due date and the app's own property, in one paged search),
 * and comments on each, mentioning its assignee, unless it was reminded in the last 7 days. The
 * last reminder is remembered on the task itself (issue property `qa-postmortem-reminder`), so a
 * second run the same day comments nothing, and the reminders go on after the incident is closed
 * (the incident's status is never looked at). One task failing does not stop the others.
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
import type { ActionPorts } from './ports';

export interface ReminderRun {
  /** Open, overdue action-item tasks found. */
  checked: number;
  reminded: { taskKey: string; commentId: string }[];
  /** Tasks reminded within the last 7 days, left alone. */
  recentlyReminded: string[];
  failed: { taskKey: string; error: string }[];
  /** The incidents those tasks came from, in the order first found, so their follow-through can be refreshed. */
  incidents: string[];
}

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

export async function remindOverdueActionTasks(ports: ActionPorts): Promise<ReminderRun> {
  const now = ports.now();
  const run: ReminderRun = { checked: 0, reminded: [], recentlyReminded: [], failed: [], incidents: [] };
  const search = ports.jira.searchJql({
    jql: overdueTasksJql(utcDay(now)),
    fields: TASK_FIELDS,
    properties: [ACTION_TASK_PROPERTY_KEY, REMINDER_PROPERTY_KEY],
  });
  for await (const issue of search) {
    const task = taskStateOf(issue);
    if (!task || task.dueDate === null) continue;
    run.checked += 1;
    if (!run.incidents.includes(task.marker.incident)) run.incidents.push(task.marker.incident);
    const last = readReminderMark(issue.properties?.[REMINDER_PROPERTY_KEY]);
    if (!isReminderDue({ statusCategory: task.statusCategory, dueDate: task.dueDate, lastRemindedAt: last?.lastRemindedAt ?? null }, now)) {
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
  return run;
}
