/**
 * The figures the post-mortem panel shows for its incident: the defects linked to it (escaped?
 * reopened?) and both rates for the incident's components over the trailing three releases, which
 * pre-fill the "Defect trends" probe. One search covers both sets of defects (the trailing-release
 * scope OR the linked keys), so the cost is the same pipeline as the project metrics.
 */
import { INCIDENT_FACTS_FIELDS, incidentFactsFromIssue, releaseVersionsFromJira, statusCatalogFromJira } from '../../jira';
import {
  computeIncidentDefectTrends, linkedDefectsOfIncident, quoteJqlValue, quotedJqlList, trailingReleases,
  type DefectRecord, type IncidentLink, type MetricsSettings,
} from '../../domain/metrics';
import type { IncidentMetricsResult } from '../../contracts/metrics';
import { loadSettingsForMetrics } from '../settings/settings-store';
import { fetchDefectRecords } from './defect-fetch';
import { userMetricsJira, type MetricsJira } from './metrics-jira';
import { systemClock, type Clock } from './ports';
import { targetsOf } from './project-metrics';

export interface IncidentMetricsDeps {
  jira: MetricsJira;
  clock: Clock;
}

/** Keys of the linked issues of a defect type (the rest cannot be a linked defect). */
export function linkedDefectKeys(links: readonly IncidentLink[], settings: MetricsSettings): string[] {
  const defectTypes = new Set(settings.defectIssueTypes.map((name) => name.toLowerCase()));
  const keys = links.flatMap((link) => {
    const type = link.issueType?.toLowerCase();
    return type && defectTypes.has(type) ? [link.key] : [];
  });
  return [...new Set(keys)];
}

/**
 * `(<defects of the trailing releases in the incident's components>) OR key in (<linked defects>)`;
 * null when there is neither.
 */
export function incidentDefectsJql(input: {
  projectKey: string; settings: MetricsSettings; releases: readonly string[]; components: readonly string[]; linkedKeys: readonly string[];
}): string | null {
  const parts: string[] = [];
  if (input.releases.length > 0) {
    const clauses = [
      `project = ${quoteJqlValue(input.projectKey)}`,
      `issuetype in ${quotedJqlList(input.settings.defectIssueTypes)}`,
      `fixVersion in ${quotedJqlList(input.releases)}`,
    ];
    if (input.components.length > 0) clauses.push(`component in ${quotedJqlList(input.components)}`);
    parts.push(`(${clauses.join(' AND ')})`);
  }
  if (input.linkedKeys.length > 0) parts.push(`key in (${input.linkedKeys.join(', ')})`);
  return parts.length === 0 ? null : parts.join(' OR ');
}

export async function getIncidentMetrics(incidentKey: string, partialDeps: Partial<IncidentMetricsDeps> = {}): Promise<IncidentMetricsResult> {
  const jira = partialDeps.jira ?? userMetricsJira();
  const clock = partialDeps.clock ?? systemClock;
  const callsBefore = jira.calls;
  const incident = incidentFactsFromIssue(await jira.client.getIssue(incidentKey, { fields: [...INCIDENT_FACTS_FIELDS] }));
  const projectKey = incident.projectKey ?? incidentKey.replace(/-\d+$/, '');
  const [settings, statuses, versions] = await Promise.all([
    loadSettingsForMetrics(jira.client, projectKey),
    jira.client.getStatuses(),
    jira.client.getProjectVersions(projectKey).then(releaseVersionsFromJira),
  ]);
  const { links } = incident;
  const releases = incident.created ? trailingReleases(versions, incident) : [];
  const jql = incidentDefectsJql({ projectKey, settings, releases, components: incident.components, linkedKeys: linkedDefectKeys(links, settings) });
  const records: DefectRecord[] = jql === null
    ? []
    : (await fetchDefectRecords(jira, { scopeJql: jql, escapedJql: `(${jql}) AND (${settings.escapedDefectJql.trim()})` })).records;
  const context = { settings, statuses: statusCatalogFromJira(statuses) };
  const trends = computeIncidentDefectTrends(records, context, { versions, incident });
  return {
    incidentKey: incident.key,
    projectKey,
    linkedDefects: linkedDefectsOfIncident(links, { ...context, defects: records }),
    releases: trends.releases,
    components: trends.components,
    overall: trends.overall,
    byRelease: trends.byRelease,
    targets: targetsOf(settings, trends.overall.leakage.rate, trends.overall.reopen.rate),
    computedAt: clock().toISOString(),
    jiraCalls: jira.calls - callsBefore,
  };
}
