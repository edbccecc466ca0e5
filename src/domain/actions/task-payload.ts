/**
 * The create request of one action-item task, in the shape of Jira's IssueUpdateDetails: every
 * field, the "Relates" link to the incident (`update.issuelinks`) and the task's
 * `qa-postmortem-action` property, all in one payload, so a task never exists without its link and
 * its marker (DESIGN.md sections 3 and 5).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-bulk-post
 */
import type { ActionItem, AdfDocument } from '../postmortem';
import { ACTION_TASK_PROPERTY_KEY, taskLabels, type ActionTaskMarker } from './task-markers';

/** The link type between a task and its incident: the task "relates to" the incident. */
export const TASK_LINK_TYPE = 'Relates';

export interface TaskTarget {
  projectKey: string;
  /** Issue type name, e.g. "Task". */
  issueType: string;
  incidentKey: string;
  incidentId: string;
  /** The claim token of this create attempt, carried in the task's marker. */
  claim: string;
}

/** IssueUpdateDetails as this app sends it for a task. */
export interface TaskCreateRequest {
  fields: {
    project: { key: string };
    issuetype: { name: string };
    summary: string;
    assignee: { accountId: string };
    duedate: string;
    priority: { name: string };
    labels: string[];
    description: AdfDocument;
  };
  update: {
    issuelinks: { add: { type: { name: string }; outwardIssue: { key: string } } }[];
  };
  properties: { key: typeof ACTION_TASK_PROPERTY_KEY; value: ActionTaskMarker }[];
}

/** A validated item (title, type, owner and due date present) as a create request. */
export function buildTaskRequest(item: ActionItem, target: TaskTarget, description: AdfDocument): TaskCreateRequest {
  if (!item.type || !item.ownerAccountId || !item.dueDate || !item.title.trim()) {
    throw new Error(`Action item ${item.id} is not ready for a task; validate it first`);
  }
  return {
    fields: {
      project: { key: target.projectKey },
      issuetype: { name: target.issueType },
      summary: item.title.trim().replace(/\s*[\r\n]+\s*/g, ' '),
      assignee: { accountId: item.ownerAccountId },
      duedate: item.dueDate,
      priority: { name: item.priority },
      labels: taskLabels(item.type),
      description,
    },
    update: {
      issuelinks: [{ add: { type: { name: TASK_LINK_TYPE }, outwardIssue: { key: target.incidentKey } } }],
    },
    properties: [{
      key: ACTION_TASK_PROPERTY_KEY,
      value: { incident: target.incidentKey, incidentId: target.incidentId, actionId: item.id, claim: target.claim },
    }],
  };
}
