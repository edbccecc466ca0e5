/**
 * The panel works on incidents only. The types the manifest shows it on (`Incident`, and Jira Service
 * Management's `[System] Incident`) are accepted without another request; any other type is checked
 * against the project's settings (project property `qa-postmortem-settings`, `incidentIssueTypes`),
 * read only in that case.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-project-properties/
 */
import { MetricsSettingsSchema } from '../../domain/metrics';
import { AppError } from '../../errors';
import type { JiraClient } from '../../jira';
import type { IncidentSnapshot } from './incident-snapshot';

export const PROJECT_SETTINGS_PROPERTY_KEY = 'qa-postmortem-settings';
export const DEFAULT_INCIDENT_TYPE = 'Incident';
/** The issue types manifest.yml's display conditions name (kept equal by test/wiring/manifest.test.ts). */
export const MANIFEST_INCIDENT_TYPES = [DEFAULT_INCIDENT_TYPE, '[System] Incident'] as const;

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

async function incidentTypesOf(jira: JiraClient, projectKey: string | undefined): Promise<string[]> {
  if (!projectKey) return [DEFAULT_INCIDENT_TYPE];
  const property = await jira.getProjectProperty(projectKey, PROJECT_SETTINGS_PROPERTY_KEY);
  if (!property) return [DEFAULT_INCIDENT_TYPE];
  const settings = MetricsSettingsSchema.safeParse(property.value);
  return settings.success ? settings.data.incidentIssueTypes : [DEFAULT_INCIDENT_TYPE];
}

/** VALIDATION when the issue is not of an incident type. */
export async function ensureIncidentType(jira: JiraClient, snapshot: IncidentSnapshot): Promise<void> {
  const type = snapshot.incident.issueType;
  if (MANIFEST_INCIDENT_TYPES.some((t) => same(type, t))) return;
  const incidentTypes = await incidentTypesOf(jira, snapshot.projectKey);
  if (incidentTypes.some((t) => same(t, type))) return;
  throw new AppError(
    'VALIDATION',
    `This panel works on incidents: ${snapshot.incident.key} is a ${type || 'issue of unknown type'}, and the incident issue types here are ${incidentTypes.join(', ')}.`,
  );
}
