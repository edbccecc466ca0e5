/**
 * getPostmortem: the panel's whole view of an incident's post-mortem in a few Jira requests: GET
 * issue with fields, changelog and both properties, and GET mypermissions, sent together; then,
 * only when the app recorded tasks for it (its ledger in Forge storage), one issue/bulkfetch per 100
 * tasks for their live state, which is current at once (search is not). A further request is made
 * only for an issue type other than `Incident` (the project's incident types). Nothing is written: a
 * post-mortem never saved is shown as an empty document at revision 0. The viewer's changes the app
 * kept from a failed save (kept-drafts.ts) are read from Forge storage alongside, for the panel only.
 */
import type { ActionTaskStatus } from '../../contracts/actions';
import type { DuplicateTasks, KeptDraft, PostmortemView, StoredPostmortemView } from '../../contracts/postmortem';
import type { PostmortemDocument, TimelineEvent } from '../../domain/postmortem';
import { loadActionTaskStatuses } from '../actions/action-tasks';
import { withServerFields } from './server-fields';
import { adoptDocumentTasks, type AdoptedTasks } from './task-adoption';
import { openIncidentSession } from './incident-session';
import { defaultPostmortemPorts, type PostmortemPorts, type PostmortemRequester } from './ports';
import { describeDocument } from './postmortem-state';
import { readStoredDocument } from './stored-document';
import { viewerToday } from './viewer-date';

export type ViewRequester = Pick<PostmortemRequester, 'issueKey' | 'siteUrl' | 'timezone'> & {
  /** The viewer, whose kept changes are answered with the view; without it, none are read. */
  accountId?: string;
};

/** Jira events the facilitator has neither taken into the timeline nor dismissed. */
export function pendingSuggestions(document: PostmortemDocument, suggestions: TimelineEvent[]): TimelineEvent[] {
  const known = new Set([
    ...document.timeline.events.flatMap((e) => (e.sourceId ? [e.sourceId] : [])),
    ...document.timeline.dismissedSourceIds,
  ]);
  return suggestions.filter((s) => !s.sourceId || !known.has(s.sourceId));
}

/** The live tasks of the document's items, by action id (a task of an item since removed is left out). */
export function tasksOfItems(document: PostmortemDocument, tasks: Record<string, ActionTaskStatus>): Record<string, ActionTaskStatus> {
  return Object.fromEntries(document.actionItems.flatMap((item) => (tasks[item.id] ? [[item.id, tasks[item.id]]] : [])));
}

/**
 * The post-mortem as stored and what the panel shows next to it, in two requests sent together:
 * what writers (save, create tasks, the follow-through trigger) start from.
 */
export async function readPostmortemView(requester: ViewRequester, ports: PostmortemPorts = defaultPostmortemPorts()): Promise<StoredPostmortemView> {
  const now = ports.now();
  const { snapshot, canEdit } = await openIncidentSession(ports.jira, requester.issueKey, requester.siteUrl);
  const { document, repairs } = readStoredDocument(snapshot.stored, snapshot.ref, now);
  const { stages, findings, revision } = describeDocument(document, viewerToday(now, requester.timezone), snapshot.people);
  return {
    incident: snapshot.incident,
    document,
    timelineSuggestions: pendingSuggestions(document, snapshot.suggestTimeline()),
    stages,
    findings,
    canEdit,
    people: snapshot.people,
    revision,
    repairs,
  };
}

/**
 * The tasks the app recorded for the incident, and the duplicates found when its ledger was made: its
 * ledger's, or for a post-mortem written before the ledger existed, the tasks Jira shows are the
 * app's (task-adoption.ts).
 */
async function recordedTasks(view: StoredPostmortemView, ports: PostmortemPorts): Promise<AdoptedTasks> {
  const ledger = await ports.ledger.get(view.incident.id);
  if (ledger) return { tasks: ledger.tasks, duplicates: ledger.duplicates ?? {} };
  return adoptDocumentTasks(ports.jira, view.incident, view.document);
}

function duplicatesOf(adopted: AdoptedTasks): DuplicateTasks[] {
  return Object.entries(adopted.duplicates).flatMap(([actionId, others]) => {
    const kept = adopted.tasks[actionId];
    return kept && others.length > 0 ? [{ actionId, kept: kept.key, others: others.map((task) => task.key) }] : [];
  });
}

/**
 * A post-mortem never saved opens with its timeline pre-filled from the incident's Jira record
 * (status changes, comments, links at the time the changelog records them): the facilitator edits
 * or removes what does not belong instead of adding each event. Nothing is written until they save.
 */
export function prefilledView(view: StoredPostmortemView, today: string): StoredPostmortemView {
  if (view.revision !== 0 || view.document.timeline.events.length > 0 || view.timelineSuggestions.length === 0) return view;
  const document = { ...view.document, timeline: { ...view.document.timeline, events: view.timelineSuggestions } };
  const { stages, findings } = describeDocument(document, today, view.people);
  return { ...view, document, stages, findings, timelineSuggestions: [] };
}

/** The viewer's kept changes; none when storage cannot say (the view is answered without them). */
async function viewersKeptDraft(requester: ViewRequester, ports: PostmortemPorts): Promise<KeptDraft | undefined> {
  if (!requester.accountId || !ports.drafts) return undefined;
  return ports.drafts.get(requester.issueKey, requester.accountId).catch(() => undefined);
}

export async function getPostmortem(requester: ViewRequester, ports: PostmortemPorts = defaultPostmortemPorts()): Promise<PostmortemView> {
  const kept = viewersKeptDraft(requester, ports);
  const view = prefilledView(await readPostmortemView(requester, ports), viewerToday(ports.now(), requester.timezone));
  const adopted = await recordedTasks(view, ports);
  const recorded = adopted.tasks;
  const document = withServerFields(view.document, view.document, recorded);
  const tasks = Object.keys(recorded).length > 0
    ? await loadActionTaskStatuses(ports.jira, view.incident, recorded, { now: ports.now(), ...(requester.timezone ? { timeZone: requester.timezone } : {}) })
    : {};
  const keptDraft = view.canEdit ? await kept : undefined;
  return { ...view, document, actionTasks: tasksOfItems(document, tasks), duplicateTasks: duplicatesOf(adopted), ...(keptDraft ? { keptDraft } : {}) };
}
