/**
 * Which incident's follow-through a Jira product event concerns, decided cheaply: an issue update
 * whose changelog touches none of status, resolution, due date or assignee is ignored without a
 * request; otherwise one read of the issue's `qa-postmortem-action` property tells whether it is an
 * action-item task and of which incident. A new link is looked up with one search over both ends.
 * Unrelated issues stop there.
 * https://developer.atlassian.com/platform/forge/events-reference/jira/
 */
import { z } from 'zod';
import { ACTION_TASK_PROPERTY_KEY, readActionTaskMarker } from '../../domain/actions';
import type { JiraClient } from '../../jira';
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

async function incidentOfTask(jira: JiraClient, issueIdOrKey: string): Promise<string | null> {
  const property = await jira.getIssueProperty(issueIdOrKey, ACTION_TASK_PROPERTY_KEY);
  return readActionTaskMarker(property?.value)?.incident ?? null;
}

async function incidentsOfLink(jira: JiraClient, ids: string[]): Promise<string[]> {
  const numeric = ids.filter((id) => /^\d+$/.test(id));
  if (numeric.length === 0) return [];
  const incidents = new Set<string>();
  for await (const issue of jira.searchJql({ jql: `id in (${numeric.join(', ')})`, fields: ['issuetype'], properties: [ACTION_TASK_PROPERTY_KEY] })) {
    const marker = readActionTaskMarker(issue.properties?.[ACTION_TASK_PROPERTY_KEY]);
    if (marker) incidents.add(marker.incident);
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
    const issue = updated.data.issue.key ?? updated.data.issue.id;
    if (!issue) return { eventType, refreshed: [], ignored: 'The event names no issue.' };
    if (!touchesFollowThrough(updated.data.changelog)) return { eventType, refreshed: [], ignored: 'No change to status, resolution, due date or assignee.' };
    const incident = await incidentOfTask(ports.jira, issue);
    return refreshAll(eventType, incident ? [incident] : [], ports, `${issue} is not an action-item task.`);
  }
  const linked = LinkCreatedSchema.safeParse(event);
  if (linked.success) {
    const ends = 'issueLink' in linked.data ? linked.data.issueLink : linked.data;
    const incidents = await incidentsOfLink(ports.jira, [ends.sourceIssueId, ends.destinationIssueId]);
    return refreshAll(eventType, incidents, ports, 'Neither linked issue is an action-item task.');
  }
  return { eventType, refreshed: [], ignored: 'Not an event this app follows.' };
}
