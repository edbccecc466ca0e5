/**
 * From the issues the action-item services read (the app's tasks, and issues that claim to be one)
 * to the record they work on: the app's marker, the issues it is linked to, who created it and when,
 * where it stands, and the site it is on. Each read asks Jira only for the fields it needs (the lists
 * below) and the marker property; what Jira did not send reads as absent or empty.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-bulkfetch-post
 */
import { ACTION_TASK_PROPERTY_KEY, readActionTaskMarker, type ActionTaskMarker } from '../../domain/actions/task-markers';
import type { StatusCategoryKey } from '../../domain/postmortem/vocabulary';
import type { IssueBean } from '../shapes';
import { linkedIssuesOf, statusCategoryOf, type IssueRef } from './issue-parts';

/** The fields a task's state is read from. */
export const TASK_STATE_FIELDS = ['summary', 'status', 'assignee', 'duedate', 'priority', 'issuelinks', 'resolution'];

/** The state fields and the description, for an update that compares the task's text with the item's. */
export const TASK_UPDATE_FIELDS = [...TASK_STATE_FIELDS, 'description'];

/** The fields that show a task is the app's: its links, and who created it when. */
export const TASK_ORIGIN_FIELDS = ['issuelinks', 'created', 'creator'];

/** When a task was created, the one field read of the tasks just made. */
export const TASK_CREATED_FIELDS = ['created'];

/** One small field, for a read that needs only the marker property (Jira sends every field without a list). */
export const MARKER_ONLY_FIELDS = ['issuetype'];

/** An issue as the action-item services read it. */
export interface TaskIssue {
  id: string;
  key: string;
  /** The app's marker (property `qa-postmortem-action`), or null when it has none or it is not one. */
  marker: ActionTaskMarker | null;
  /** The issues at the other end of its links. */
  linkedIssues: IssueRef[];
  /** The creator's account id, when asked for and Jira said. */
  createdBy?: string;
  /** When it was created (Jira's time), when asked for. */
  created?: string;
  /** Status name, e.g. "In Progress"; '' when not asked for. */
  status: string;
  statusCategory: StatusCategoryKey;
  /** The resolution name, or null when unresolved. */
  resolution: string | null;
  assignee: { accountId: string; displayName: string } | null;
  /** YYYY-MM-DD, or null. */
  dueDate: string | null;
  /** '' when not asked for. */
  summary: string;
  /** Priority name, or null when the task has none (or it was not asked for). */
  priority: string | null;
  /** The description (ADF), when asked for; null when the task has none. */
  description?: unknown;
  /** The site's base URL, from the issue's REST `self` link (https://site/rest/api/3/issue/10001). */
  siteUrl?: string;
}

/** The site's base URL, from an issue's REST `self` link. */
function siteUrlOf(issue: IssueBean): string | undefined {
  const at = issue.self?.indexOf('/rest/') ?? -1;
  return issue.self && at > 0 ? issue.self.slice(0, at) : undefined;
}

export function taskIssueFromJira(issue: IssueBean): TaskIssue {
  const fields = issue.fields ?? {};
  const { assignee } = fields;
  return {
    id: issue.id,
    key: issue.key,
    marker: readActionTaskMarker(issue.properties?.[ACTION_TASK_PROPERTY_KEY]),
    linkedIssues: linkedIssuesOf(fields.issuelinks),
    createdBy: fields.creator?.accountId,
    created: fields.created,
    status: fields.status?.name ?? '',
    statusCategory: statusCategoryOf(fields.status?.statusCategory?.key),
    resolution: fields.resolution?.name ?? null,
    assignee: assignee?.accountId ? { accountId: assignee.accountId, displayName: assignee.displayName ?? assignee.accountId } : null,
    dueDate: fields.duedate ?? null,
    summary: fields.summary ?? '',
    priority: fields.priority?.name ?? null,
    ...('description' in fields ? { description: fields.description ?? null } : {}),
    siteUrl: siteUrlOf(issue),
  };
}
