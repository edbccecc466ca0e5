/**
 * Which incident's follow-through a Jira product event concerns. The trigger's filter already keeps
 * away every issue without the app's marker property (manifest.yml), so an event here is about an
 * issue that claims to be an action-item task; a claim proves nothing (anyone who may edit an issue
 * may write its properties). An update whose changelog touches none of status, resolution, due date
 * or assignee is ignored without a request; otherwise the issue's marker names an incident, and the
 * incident's ledger must have recorded this very issue as one of its tasks. Only then is the
 * incident's follow-through refreshed. A new link is checked the same way for both of its ends.
 * https://developer.atlassian.com/platform/forge/events-reference/jira/
 */
import { z } from 'zod';
import { ACTION_TASK_PROPERTY_KEY } from '../../domain/actions';
import { MARKER_ONLY_FIELDS, taskIssueFromJira } from '../../jira';
import type { ActionPorts } from './ports';
import { refreshFollowThrough, type FollowThroughRefresh } from './refresh-follow-through';

export const ISSUE_UPDATED_EVENT = 'avi:jira:updated:issue';
export const ISSUE_LINK_CREATED_EVENT = 'avi:jira:created:issuelink';

/** Fields whose change can change an action item's follow-through. */
export const FOLLOW_THROUGH_FIELDS = ['status', 'resolution', 'duedate', 'assignee'];

const IssueUpdatedSchema = z.object({
  eventType: z.literal(ISSUE_UPDATED_EVENT),
  issue: z.object({ id: z.coerce.string().optional(), key: z.string().optional() }),
  changelog: z.object({
    items: z.array(z.object({ field: z.string().optional(), fieldId: z.string().optional() })).optional(),
  }).nullish(),
});

const LinkEndsSchema = z.object({ sourceIssueId: z.coerce.string(), destinationIssueId: z.coerce.string() });
/** Forge sends the link's fields at the top level; some payloads nest them under `issueLink`. */
const LinkCreatedSchema = z.object({ eventType: z.literal(ISSUE_LINK_CREATED_EVENT) })
  .and(z.union([LinkEndsSchema, z.object({ issueLink: LinkEndsSchema })]));

export interface IssueEventOutcome {
  eventType: string;
  /** The incidents whose follow-through was recomputed. */
  refreshed: FollowThroughRefresh[];
  /** Why the event was ignored, when it was. */
  ignored?: string;
}

function touchesFollowThrough(changelog: z.infer<typeof IssueUpdatedSchema>['changelog']): boolean {
  const items = changelog?.items;
  if (!items) return true;
  return items.some((item) => FOLLOW_THROUGH_FIELDS.includes((item.fieldId ?? item.field ?? '').toLowerCase()));
}

/** The incidents (keys) whose ledgers recorded these issues as their tasks. */
async function incidentsRecording(issueIdsOrKeys: string[], ports: ActionPorts): Promise<string[]> {
  const issues = await ports.jira.bulkFetchIssues(issueIdsOrKeys, { fields: MARKER_ONLY_FIELDS, properties: [ACTION_TASK_PROPERTY_KEY] });
  const incidents = new Set<string>();
  for (const issue of issues.map(taskIssueFromJira)) {
    const { marker } = issue;
    if (!marker?.incidentId) continue;
    const ledger = await ports.ledger.get(marker.incidentId);
    if (ledger && Object.values(ledger.tasks).some((task) => task.id === issue.id)) incidents.add(ledger.incidentKey);
  }
  return [...incidents];
}

async function refreshAll(eventType: string, incidents: string[], ports: ActionPorts, ignored: string): Promise<IssueEventOutcome> {
  if (incidents.length === 0) return { eventType, refreshed: [], ignored };
  const refreshed: FollowThroughRefresh[] = [];
  for (const incident of incidents) refreshed.push(await refreshFollowThrough(incident, ports));
  return { eventType, refreshed };
}

export async function handleIssueEvent(event: unknown, ports: ActionPorts): Promise<IssueEventOutcome> {
  const eventType = typeof (event as { eventType?: unknown } | null)?.eventType === 'string' ? (event as { eventType: string }).eventType : 'unknown';
  const updated = IssueUpdatedSchema.safeParse(event);
  if (updated.success) {
    const issue = updated.data.issue.id ?? updated.data.issue.key;
    if (!issue) return { eventType, refreshed: [], ignored: 'The event names no issue.' };
    if (!touchesFollowThrough(updated.data.changelog)) return { eventType, refreshed: [], ignored: 'No change to status, resolution, due date or assignee.' };
    const incidents = await incidentsRecording([issue], ports);
    return refreshAll(eventType, incidents, ports, `${updated.data.issue.key ?? issue} is not a task the app recorded for an incident.`);
  }
  const linked = LinkCreatedSchema.safeParse(event);
  if (linked.success) {
    const ends = 'issueLink' in linked.data ? linked.data.issueLink : linked.data;
    const incidents = await incidentsRecording([ends.sourceIssueId, ends.destinationIssueId], ports);
    return refreshAll(eventType, incidents, ports, 'Neither linked issue is a task the app recorded for an incident.');
  }
  return { eventType, refreshed: [], ignored: 'Not an event this app follows.' };
}
