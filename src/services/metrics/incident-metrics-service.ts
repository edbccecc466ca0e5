/**
 * The figures the post-mortem panel shows for its incident: the defects linked to it (escaped?
 * reopened?), from key searches as they are few; and both rates for the incident's
 * components over the trailing three releases, which pre-fill the "Defect trends" probe, as counts
 * Jira makes (count-plan.ts), so their cost does not grow with the project.
 */
import { createHash } from 'node:crypto';
import { INCIDENT_FACTS_FIELDS, incidentFactsFromIssue, releaseVersionsFromJira } from '../../jira';
import {
  emptyTally, incidentChangedSinceJql, incidentTrendGroups, settingsFingerprint, linkedDefectsOfIncident, ratesOfTally, reopenClause, siteInvalidResolutions, statusNamesOf, tallyOf,
  tallyQueries, trailingReleases, trendGroupOf, TALLY_FIGURES,
  type CountBasis, type CountQuery, type IncidentLink, type LinkedDefectFacts, type MetricsSettings,
} from '../../domain/metrics';
import { runCounts } from './count-runner';
import type { IncidentMetricsResult } from '../../contracts/metrics';
import { loadSettingsForMetrics } from '../settings/settings-store';
import { SEARCH_PAGE_SIZE } from './defect-fetch';
import { userMetricsJira, type MetricsJira } from './metrics-jira';
import { forgeKeyValueStore, systemClock, type Clock, type KeyValueStore } from './ports';
import { withSiteMetadata } from './site-metadata';
import { targetsOf } from './project-metrics';

export interface IncidentMetricsDeps {
  jira: MetricsJira;
  clock: Clock;
  store: KeyValueStore;
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

/** The linked defects' keys (few: the links of one issue), as `key in (...)`; null without any. */
export function linkedDefectsJql(linkedKeys: readonly string[]): string | null {
  return linkedKeys.length === 0 ? null : `key in (${linkedKeys.join(', ')})`;
}

/** The keys a search answers, one page (the links of one issue are far fewer than a page). */
async function keysOf(jira: MetricsJira, jql: string): Promise<Set<string>> {
  const keys = new Set<string>();
  for await (const page of jira.client.searchJqlPages({ jql, fields: ['issuetype'], maxResults: SEARCH_PAGE_SIZE })) {
    for (const issue of page) if (issue.key) keys.add(issue.key);
  }
  return keys;
}

/**
 * Escaped and reopened for the linked defects, from three key searches (the ones the viewer can see,
 * the escaped ones, the reopened ones), not from their histories: JQL decides both as it does for
 * the rates.
 */
async function linkedFacts(jira: MetricsJira, linkedJql: string, basis: CountBasis): Promise<Map<string, LinkedDefectFacts>> {
  const reopened = reopenClause(basis.statuses);
  const [visible, escaped, reopenedKeys] = await Promise.all([
    keysOf(jira, linkedJql),
    keysOf(jira, `(${linkedJql}) AND (${basis.settings.escapedDefectJql.trim()})`),
    reopened === null ? Promise.resolve(new Set<string>()) : keysOf(jira, `(${linkedJql}) AND ${reopened}`),
  ]);
  return new Map([...visible].map((key) => [key, { escaped: escaped.has(key), reopened: reopenedKeys.has(key) }]));
}

/**
 * Each group's defects first, then the other three figures where there are defects: a release the
 * incident's components had no defect in costs one count.
 */
async function trendCounts(jira: MetricsJira, projectKey: string, releases: readonly string[], components: readonly string[], basis: CountBasis) {
  const { overall, byRelease } = incidentTrendGroups(releases, components);
  const groups = [overall, ...byRelease];
  const scope = { projectKey };
  const first: CountQuery[] = groups.flatMap((group, i) => tallyQueries(`g${i}`, scope, group, basis, ['defects']));
  const defects = await runCounts(jira, first);
  const rest = groups.flatMap((group, i) => ((defects.get(`g${i}:defects`) ?? 0) > 0
    ? tallyQueries(`g${i}`, scope, group, basis, TALLY_FIGURES.filter((f) => f !== 'defects'))
    : []));
  const counts = new Map([...defects, ...(await runCounts(jira, rest))]);
  return {
    overall: ratesOfTally(tallyOf('g0', counts)),
    byRelease: byRelease.map((group, i) => trendGroupOf(group, tallyOf(`g${i + 1}`, counts))),
  };
}

/** A kept answer is never used after this long (a version released or renamed updates no issue). */
const INCIDENT_CACHE_MAX_AGE_MS = 12 * 3600 * 1000;
const INCIDENT_CACHE_TTL_SECONDS = 24 * 3600;

interface CachedIncidentMetrics {
  result: IncidentMetricsResult;
  linkedKeys: string[];
}

/** `metrics:incident:QA-1:<hash>`: the viewer's own answer for the incident, under these settings, in their zone. */
function incidentCacheKey(incidentKey: string, settings: MetricsSettings, accountId: string, timeZone: string): string {
  const digest = createHash('sha256').update(JSON.stringify([settingsFingerprint(settings), accountId, timeZone])).digest('hex').slice(0, 32);
  return `metrics:incident:${incidentKey}:${digest}`;
}

/**
 * The panel's figures for its incident: the viewer's kept answer while nothing it counts has changed
 * since (one count), else computed afresh and kept.
 */
export async function getIncidentMetrics(
  incidentKey: string, accountId: string, partialDeps: Partial<IncidentMetricsDeps> = {}, timeZone = 'UTC',
): Promise<IncidentMetricsResult> {
  const jira = partialDeps.jira ?? userMetricsJira();
  const clock = partialDeps.clock ?? systemClock;
  const store = partialDeps.store ?? forgeKeyValueStore();
  const callsBefore = jira.calls;
  const settings = await loadSettingsForMetrics(jira.client, incidentKey.replace(/-\d+$/, ''));
  const cacheKey = incidentCacheKey(incidentKey, settings, accountId, timeZone);
  const cached = await store.get<CachedIncidentMetrics>(cacheKey).catch(() => undefined);
  const age = cached ? clock().getTime() - Date.parse(cached.result.computedAt) : Number.POSITIVE_INFINITY;
  if (cached && age >= 0 && age < INCIDENT_CACHE_MAX_AGE_MS) {
    const input = { projectKey: cached.result.projectKey, incidentKey, linkedKeys: cached.linkedKeys };
    if (await jira.client.countIssues(incidentChangedSinceJql(input, settings, cached.result.computedAt, timeZone)) === 0) {
      return { ...cached.result, jiraCalls: jira.calls - callsBefore };
    }
  }
  const computed = await computeIncidentMetrics(jira, store, incidentKey, accountId, settings, clock);
  const result = { ...computed.result, jiraCalls: jira.calls - callsBefore };
  await store.set<CachedIncidentMetrics>(cacheKey, { result, linkedKeys: computed.linkedKeys }, INCIDENT_CACHE_TTL_SECONDS).catch(() => undefined);
  return result;
}

async function computeIncidentMetrics(
  jira: MetricsJira, store: KeyValueStore, incidentKey: string, accountId: string, settings: MetricsSettings, clock: Clock,
): Promise<{ result: IncidentMetricsResult; linkedKeys: string[] }> {
  const computedAt = clock().toISOString();
  const incident = incidentFactsFromIssue(await jira.client.getIssue(incidentKey, { fields: [...INCIDENT_FACTS_FIELDS] }));
  const projectKey = incident.projectKey ?? incidentKey.replace(/-\d+$/, '');
  const versions = await jira.client.getProjectVersions(projectKey).then(releaseVersionsFromJira);
  const { links } = incident;
  const releases = incident.created ? trailingReleases(versions, incident) : [];
  const components = [...incident.components];
  const linkedKeys = linkedDefectKeys(links, settings);
  const linkedJql = linkedDefectsJql(linkedKeys);
  const [facts, trends] = await withSiteMetadata(jira, store, accountId, (site) => {
    const basis: CountBasis = {
      settings,
      statuses: statusNamesOf(site.statuses),
      invalidResolutions: siteInvalidResolutions(settings.invalidResolutions, site.resolutions),
    };
    return Promise.all([
      linkedJql === null ? Promise.resolve(new Map<string, LinkedDefectFacts>()) : linkedFacts(jira, linkedJql, basis),
      // No release before the incident: no data, never the whole project.
      releases.length === 0
        ? Promise.resolve({ overall: ratesOfTally(emptyTally()), byRelease: [] })
        : trendCounts(jira, projectKey, releases, components, basis),
    ]);
  });
  return {
    linkedKeys,
    result: {
      incidentKey: incident.key,
      projectKey,
      linkedDefects: linkedDefectsOfIncident(links, { settings, facts }),
      releases,
      components,
      overall: trends.overall,
      byRelease: trends.byRelease,
      targets: targetsOf(settings, trends.overall.leakage.rate, trends.overall.reopen.rate),
      computedAt,
      jiraCalls: 0,
    },
  };
}
