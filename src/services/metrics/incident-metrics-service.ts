/**
 * The figures the post-mortem panel shows for its incident: the defects linked to it (escaped?
 * reopened?), from one match of their ids; and both rates for the incident's components over the
 * trailing three releases, which pre-fill the "Defect trends" probe, as counts Jira makes
 * (count-plan.ts), so their cost does not grow with the project. Each release apart is counted only
 * when the person asks for it.
 */
import { createHash } from 'node:crypto';
import { INCIDENT_FACTS_FIELDS, incidentFactsFromIssue, releaseVersionOf, type IncidentFacts } from '../../jira';
import {
  emptyTally, holdsTrailingReleases, incidentChangedSinceJql, incidentTrendGroups, settingsFingerprint, linkedDefectsOfIncident, ratesOfTally, reopenClause, siteInvalidResolutions,
  statusNamesOf, tallyOf, tallyQueries, trailingAnchorDay, trailingReleases, trendGroupOf, TALLY_FIGURES, TRAILING_RELEASE_COUNT,
  type CountBasis, type CountQuery, type IncidentLink, type LinkedDefectFacts, type MetricsSettings, type ReleaseVersion,
} from '../../domain/metrics';
import { runCounts } from './count-runner';
import type { IncidentMetricsResult } from '../../contracts/metrics';
import { loadSettingsForMetrics } from '../settings/settings-store';
import { quotedJqlList } from '../../domain/jql';
import { userMetricsJira, type MetricsJira } from './metrics-jira';
import { forgeKeyValueStore, systemClock, type Clock, type KeyValueStore } from './ports';
import { withSiteMetadata, type SiteMetadata } from './site-metadata';
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

/**
 * Escaped and reopened for the linked defects, from POST /jql/match of their ids: JQL decides both
 * as it does for the rates, and Jira matches only the issues the viewer may browse, so an unseen one
 * has no facts. Each id a query matches costs a point, so the ids neither escaped nor reopened are
 * asked apart whether the viewer may see them (a defect type), and only when there are any: NOT of
 * the escaped rule cannot ask it, as JQL's NOT leaves out issues whose field is empty.
 */
async function linkedFacts(jira: MetricsJira, linked: readonly IncidentLink[], basis: CountBasis): Promise<Map<string, LinkedDefectFacts>> {
  const ids = [...new Set(linked.flatMap((link) => (link.id ? [link.id] : [])))];
  if (ids.length === 0) return new Map();
  const defect = `issuetype in ${quotedJqlList(basis.settings.defectIssueTypes)}`;
  const reopened = reopenClause(basis.statuses);
  const jqls = [`${defect} AND (${basis.settings.escapedDefectJql.trim()})`, ...(reopened === null ? [] : [`${defect} AND ${reopened}`])];
  const [escaped, reopenedIds = new Set<string>()] = await jira.client.matchJql(ids, jqls);
  const rest = ids.filter((id) => !escaped.has(id) && !reopenedIds.has(id));
  const [plain] = rest.length === 0 ? [new Set<string>()] : await jira.client.matchJql(rest, [defect]);
  const facts = new Map<string, LinkedDefectFacts>();
  for (const link of linked) {
    if (!link.id) continue;
    const isEscaped = escaped.has(link.id);
    const isReopened = reopenedIds.has(link.id);
    if (isEscaped || isReopened || plain.has(link.id)) facts.set(link.key, { escaped: isEscaped, reopened: isReopened });
  }
  return facts;
}

type TrendGroups = ReturnType<typeof incidentTrendGroups>;

/**
 * The groups' tallies, as counts keyed `g<index>:<figure>`: each group's defects first, then the
 * other three figures where there are defects (a release the components had no defect in costs one).
 */
async function tallyCounts(jira: MetricsJira, projectKey: string, groups: ReadonlyArray<TrendGroups['overall']>, basis: CountBasis): Promise<Map<string, number>> {
  const scope = { projectKey };
  const first: CountQuery[] = groups.flatMap((group, i) => tallyQueries(`g${i}`, scope, group, basis, ['defects']));
  const defects = await runCounts(jira, first);
  const rest = groups.flatMap((group, i) => ((defects.get(`g${i}:defects`) ?? 0) > 0
    ? tallyQueries(`g${i}`, scope, group, basis, TALLY_FIGURES.filter((f) => f !== 'defects'))
    : []));
  return new Map([...defects, ...(await runCounts(jira, rest))]);
}

/** Both rates over the trailing releases together, and each release apart when asked. */
async function trendCounts(jira: MetricsJira, projectKey: string, releases: readonly string[], components: readonly string[], basis: CountBasis, withReleases: boolean) {
  const { overall, byRelease } = incidentTrendGroups(releases, components);
  const counts = await tallyCounts(jira, projectKey, withReleases ? [overall, ...byRelease] : [overall], basis);
  return {
    overall: ratesOfTally(tallyOf('g0', counts)),
    byRelease: withReleases ? byRelease.map((group, i) => trendGroupOf(group, tallyOf(`g${i + 1}`, counts))) : [],
  };
}

/** Each release apart, for an answer whose overall figures still stand. */
async function releaseCounts(jira: MetricsJira, projectKey: string, releases: readonly string[], components: readonly string[], basis: CountBasis) {
  const { byRelease } = incidentTrendGroups(releases, components);
  const counts = await tallyCounts(jira, projectKey, byRelease, basis);
  return byRelease.map((group, i) => trendGroupOf(group, tallyOf(`g${i}`, counts)));
}

/** Versions a page of the trailing-release read asks for: the three releases and one spare. */
const VERSION_PAGE_SIZE = TRAILING_RELEASE_COUNT + 1;

/** The released versions read so far for a project, newest first, kept for its viewers (Browse projects is what reading them takes). */
const versionsKey = (projectKey: string) => `metrics:versions:${projectKey}`;
const VERSIONS_TTL_SECONDS = 15 * 60;

interface KeptVersions {
  newestFirst: ReleaseVersion[];
  /** Every released version of the project was read. */
  complete: boolean;
}

/**
 * The trailing releases, from the project's released versions newest first, read a page at a time
 * until they hold the incident's release and the ones before it: a few versions whatever the project
 * has (GET project/{key}/version; archived ones asked too, as a released version may be archived).
 * What was read is kept for 15 minutes for the project's other incidents and viewers; a version
 * released in the meantime shows once that has passed.
 */
export async function trailingReleasesOf(jira: MetricsJira, store: KeyValueStore, projectKey: string, incident: IncidentFacts): Promise<string[]> {
  const anchorDay = trailingAnchorDay(incident);
  if (anchorDay === null) return [];
  const kept = await store.get<KeptVersions>(versionsKey(projectKey)).catch(() => undefined);
  if (kept && (kept.complete || holdsTrailingReleases(kept.newestFirst, anchorDay))) return trailingReleases([...kept.newestFirst].reverse(), incident);
  const newestFirst: ReleaseVersion[] = [];
  let complete = true;
  const pages = jira.client.projectVersionPages(projectKey, { status: ['released', 'archived'], orderBy: '-releaseDate', maxResults: VERSION_PAGE_SIZE });
  for await (const page of pages) {
    newestFirst.push(...page.map(releaseVersionOf));
    if (holdsTrailingReleases(newestFirst, anchorDay)) {
      complete = false;
      break;
    }
  }
  // Every version read (complete) answers any incident; a part, this one and later ones.
  if (complete || !kept || newestFirst.length >= kept.newestFirst.length) {
    await store.set<KeptVersions>(versionsKey(projectKey), { newestFirst, complete }, VERSIONS_TTL_SECONDS).catch(() => undefined);
  }
  return trailingReleases([...newestFirst].reverse(), incident);
}

/** A kept answer is never used after this long (a version released or renamed updates no issue). */
const INCIDENT_CACHE_MAX_AGE_MS = 12 * 3600 * 1000;
const INCIDENT_CACHE_TTL_SECONDS = 24 * 3600;

interface CachedIncidentMetrics {
  result: IncidentMetricsResult;
  linkedKeys: string[];
}

/** `metrics:incident:QA-1:<hash>`: the viewer's own answer for the incident, under these settings, in their zone, with or without the releases one by one. */
function incidentCacheKey(incidentKey: string, settings: MetricsSettings, viewer: { accountId: string; timeZone: string }, withReleases: boolean): string {
  const digest = createHash('sha256').update(JSON.stringify([settingsFingerprint(settings), viewer.accountId, viewer.timeZone, withReleases])).digest('hex').slice(0, 32);
  return `metrics:incident:${incidentKey}:${digest}`;
}

/**
 * The incident as the panel's figures read it, its project and that project's settings. The incident
 * is read first: it names the project and proves the viewer may browse it, so the settings need no
 * project read.
 */
export async function readIncidentScope(jira: MetricsJira, incidentKey: string): Promise<{ incident: IncidentFacts; projectKey: string; settings: MetricsSettings }> {
  const incident = incidentFactsFromIssue(await jira.client.getIssue(incidentKey, { fields: [...INCIDENT_FACTS_FIELDS] }));
  const projectKey = incident.projectKey ?? incidentKey.replace(/-\d+$/, '');
  const settings = await loadSettingsForMetrics(jira.client, projectKey, { browseProven: true });
  return { incident, projectKey, settings };
}

export interface IncidentMetricsOptions {
  /** Count each trailing release apart as well (12 more counts at most): asked for by the person, not on open. */
  byRelease?: boolean;
}

/**
 * The panel's figures for its incident: the viewer's kept answer while nothing it counts has changed
 * since (one count), else computed afresh and kept.
 */
export async function getIncidentMetrics(
  incidentKey: string, accountId: string, partialDeps: Partial<IncidentMetricsDeps> = {}, timeZone = 'UTC', options: IncidentMetricsOptions = {},
): Promise<IncidentMetricsResult> {
  const jira = partialDeps.jira ?? userMetricsJira();
  const clock = partialDeps.clock ?? systemClock;
  const store = partialDeps.store ?? forgeKeyValueStore();
  const withReleases = options.byRelease === true;
  const callsBefore = jira.calls;
  const { incident, projectKey, settings } = await readIncidentScope(jira, incidentKey);
  const viewer = { accountId, timeZone };
  const keptAnswer = async (releases: boolean): Promise<CachedIncidentMetrics | undefined> => {
    const cached = await store.get<CachedIncidentMetrics>(incidentCacheKey(incidentKey, settings, viewer, releases)).catch(() => undefined);
    const age = cached ? clock().getTime() - Date.parse(cached.result.computedAt) : Number.POSITIVE_INFINITY;
    if (!cached || age < 0 || age >= INCIDENT_CACHE_MAX_AGE_MS) return undefined;
    const input = { projectKey: cached.result.projectKey, incidentKey, linkedKeys: cached.linkedKeys };
    return await jira.client.countIssues(incidentChangedSinceJql(input, settings, cached.result.computedAt, timeZone)) === 0 ? cached : undefined;
  };
  const kept = await keptAnswer(withReleases);
  if (kept) return { ...kept.result, jiraCalls: jira.calls - callsBefore };
  // Each release asked for after the overall figures: those still stand, only the releases are counted.
  const keptOverall = withReleases ? await keptAnswer(false) : undefined;
  const computed = keptOverall
    ? await withReleaseCounts(jira, store, keptOverall, settings, clock())
    : await computeIncidentMetrics(jira, store, incident, projectKey, settings, clock, withReleases);
  const result = { ...computed.result, jiraCalls: jira.calls - callsBefore };
  await store.set<CachedIncidentMetrics>(incidentCacheKey(incidentKey, settings, viewer, withReleases), { result, linkedKeys: computed.linkedKeys }, INCIDENT_CACHE_TTL_SECONDS)
    .catch(() => undefined);
  return result;
}

async function withReleaseCounts(jira: MetricsJira, store: KeyValueStore, kept: CachedIncidentMetrics, settings: MetricsSettings, now: Date): Promise<CachedIncidentMetrics> {
  const { projectKey, releases, components } = kept.result;
  const byRelease = await withSiteMetadata(jira, store, projectKey, now, (site) => releaseCounts(jira, projectKey, releases, components, countBasis(settings, site)));
  return { linkedKeys: kept.linkedKeys, result: { ...kept.result, byRelease, byReleaseCounted: releases.length > 0 } };
}

function countBasis(settings: MetricsSettings, site: SiteMetadata): CountBasis {
  return {
    settings,
    statuses: statusNamesOf(site.statuses),
    invalidResolutions: siteInvalidResolutions(settings.invalidResolutions, site.resolutions),
  };
}

async function computeIncidentMetrics(
  jira: MetricsJira, store: KeyValueStore, incident: IncidentFacts, projectKey: string, settings: MetricsSettings, clock: Clock, withReleases: boolean,
): Promise<{ result: IncidentMetricsResult; linkedKeys: string[] }> {
  const computedAt = clock().toISOString();
  const releases = await trailingReleasesOf(jira, store, projectKey, incident);
  const { links } = incident;
  const components = [...incident.components];
  const linkedKeys = linkedDefectKeys(links, settings);
  const linked = links.filter((link) => linkedKeys.includes(link.key));
  const [facts, trends] = await withSiteMetadata(jira, store, projectKey, clock(), (site) => {
    const basis = countBasis(settings, site);
    return Promise.all([
      linkedFacts(jira, linked, basis),
      // No release before the incident: no data, never the whole project.
      releases.length === 0
        ? Promise.resolve({ overall: ratesOfTally(emptyTally()), byRelease: [] })
        : trendCounts(jira, projectKey, releases, components, basis, withReleases),
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
      byReleaseCounted: withReleases && releases.length > 0,
      targets: targetsOf(settings, trends.overall.leakage.rate, trends.overall.reopen.rate),
      computedAt,
      jiraCalls: 0,
    },
  };
}
