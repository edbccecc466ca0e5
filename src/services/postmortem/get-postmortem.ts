/**
 * getPostmortem: the panel's whole view of an incident's post-mortem in at most three Jira requests:
 * GET issue with fields, changelog and both properties, and GET mypermissions, sent together; then,
 * only when some action item has a task, ONE search for the tasks' live state (issue 4). A fourth
 * is made only for an issue type other than `Incident` (the project's incident types). Nothing is
 * written: a post-mortem never saved is shown as an empty document at revision 0.
 */
import type { ActionTaskStatus } from '../../contracts/actions';
import type { PostmortemView, StoredPostmortemView } from '../../contracts/postmortem';
import { buildTimelineSuggestions, type PostmortemDocument, type TimelineEvent } from '../../domain/postmortem';
import { loadActionTaskStatuses } from '../actions/action-tasks';
import { openIncidentSession } from './incident-session';
import { defaultPostmortemPorts, type PostmortemPorts, type PostmortemRequester } from './ports';
import { describeDocument } from './postmortem-state';
import { readStoredDocument } from './stored-document';
import { viewerToday } from './viewer-date';

type ViewRequester = Pick<PostmortemRequester, 'issueKey' | 'siteUrl' | 'timezone'>;

/** Jira events the facilitator has neither taken into the timeline nor dismissed. */
export function pendingSuggestions(document: PostmortemDocument, suggestions: TimelineEvent[]): TimelineEvent[] {
  const known = new Set([
    ...document.timeline.events.flatMap((e) => (e.sourceId ? [e.sourceId] : [])),
    ...document.timeline.dismissedSourceIds,
  ]);
  return suggestions.filter((s) => !s.sourceId || !known.has(s.sourceId));
}

/**
 * The tasks the document's items name (or, for an item without a key yet, the task made for it),
 * by action id. A task found for an item that names another task is not shown against it.
 */
export function tasksOfItems(document: PostmortemDocument, tasks: Record<string, ActionTaskStatus>): Record<string, ActionTaskStatus> {
  return Object.fromEntries(document.actionItems.flatMap((item) => {
    const task = tasks[item.id];
    return task && (!item.taskKey || item.taskKey === task.taskKey) ? [[item.id, task]] : [];
  }));
}

/**
 * The post-mortem as stored and what the panel shows next to it, in two requests sent together:
 * what writers (save, create tasks, the follow-through trigger) start from.
 */
export async function readPostmortemView(requester: ViewRequester, ports: PostmortemPorts = defaultPostmortemPorts()): Promise<StoredPostmortemView> {
  const now = ports.now();
  const { snapshot, canEdit } = await openIncidentSession(ports.jira, requester.issueKey, requester.siteUrl);
  const { document } = readStoredDocument(snapshot.stored, snapshot.ref, now);
  const { stages, findings, revision } = describeDocument(document, viewerToday(now, requester.timezone), snapshot.people);
  return {
    incident: snapshot.incident,
    document,
    timelineSuggestions: pendingSuggestions(document, buildTimelineSuggestions(snapshot.timelineSource)),
    stages,
    findings,
    canEdit,
    people: snapshot.people,
    revision,
  };
}

export async function getPostmortem(requester: ViewRequester, ports: PostmortemPorts = defaultPostmortemPorts()): Promise<PostmortemView> {
  const view = await readPostmortemView(requester, ports);
  const hasTasks = view.document.actionItems.some((item) => item.taskKey);
  const tasks = hasTasks
    ? await loadActionTaskStatuses(ports.jira, view.incident.key, { now: ports.now(), ...(requester.timezone ? { timeZone: requester.timezone } : {}) })
    : {};
  return { ...view, actionTasks: tasksOfItems(view.document, tasks) };
}
