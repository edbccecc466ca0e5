/**
 * The two reads every post-mortem operation starts with, sent together: the incident with its
 * post-mortem properties, and whether the user may edit it. A hidden incident is NOT_FOUND before
 * anything else is said; a non-incident issue is refused.
 */
import type { JiraClient } from '../../jira';
import { canEditIssue } from './edit-permission';
import { readIncident, type IncidentSnapshot } from './incident-snapshot';
import { ensureIncidentType } from './incident-type';

export interface IncidentSession {
  snapshot: IncidentSnapshot;
  canEdit: boolean;
}

export async function openIncidentSession(jira: JiraClient, issueKey: string, siteUrl?: string): Promise<IncidentSession> {
  const [incident, permission] = await Promise.allSettled([readIncident(jira, issueKey, siteUrl), canEditIssue(jira, issueKey)]);
  if (incident.status === 'rejected') throw incident.reason;
  if (permission.status === 'rejected') throw permission.reason;
  await ensureIncidentType(jira, incident.value);
  return { snapshot: incident.value, canEdit: permission.value };
}
