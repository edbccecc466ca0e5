/**
 * The site's statuses (with their categories) and resolutions, which every computation names in its
 * JQL, kept in Forge storage for a while so a panel open or a gadget view does not pay for them each
 * time: GET /status costs 1 point plus one per status, and a site has dozens.
 *
 * Kept per project, shared by the project's viewers. GET /status answers the statuses of the projects
 * the caller may browse ("Browse projects project permission for the project") and GET /resolution
 * the same list to everyone ("Permission to access Jira"), so whoever may browse a project is given
 * every status that project's figures name; the caller proves that before using the kept entry (the
 * incident or the settings read). A list kept by another viewer may name statuses this viewer cannot
 * see: Jira then refuses the JQL (400), as it does for a status renamed or deleted since, and the
 * computation asks once more as this viewer and keeps that answer (withSiteMetadata).
 */
import type { StatusInfo } from '../../domain/metrics/records';
import { isJiraError, namedItemsFromJira, statusInfoFromJira } from '../../jira';
import type { MetricsJira } from './metrics-jira';
import type { KeyValueStore } from './ports';

export interface SiteMetadata {
  statuses: StatusInfo[];
  resolutions: string[];
}

export const SITE_METADATA_TTL_SECONDS = 15 * 60;

/** `metrics:site:QA`: the metadata kept for the figures of project QA. */
export const siteMetadataKey = (projectKey: string) => `metrics:site:${projectKey}`;

/** The statuses and resolutions as Jira answers them now (two requests). */
export async function fetchSiteMetadata(jira: MetricsJira): Promise<SiteMetadata> {
  const [statuses, resolutions] = await Promise.all([
    jira.client.getStatuses().then(statusInfoFromJira),
    jira.client.getResolutions().then((items) => namedItemsFromJira(items).map((r) => r.name)),
  ]);
  return { statuses, resolutions };
}

/**
 * Runs `work` with fresh metadata and keeps it once the work has succeeded: a refused request
 * leaves Forge storage as it was. Not kept is only a cost: the figures are answered anyway.
 */
async function withFreshSiteMetadata<T>(jira: MetricsJira, store: KeyValueStore, projectKey: string, work: (metadata: SiteMetadata) => Promise<T>): Promise<T> {
  const metadata = await fetchSiteMetadata(jira);
  const result = await work(metadata);
  await store.set(siteMetadataKey(projectKey), metadata, SITE_METADATA_TTL_SECONDS).catch(() => undefined);
  return result;
}

/** Runs `work` with the site's metadata; once more with fresh metadata when Jira refuses JQL built from kept metadata. */
export async function withSiteMetadata<T>(
  jira: MetricsJira, store: KeyValueStore, projectKey: string, work: (metadata: SiteMetadata) => Promise<T>,
): Promise<T> {
  const kept = await store.get<SiteMetadata>(siteMetadataKey(projectKey)).catch(() => undefined);
  if (!kept) return withFreshSiteMetadata(jira, store, projectKey, work);
  try {
    return await work(kept);
  } catch (error) {
    if (!isJiraError(error) || error.status !== 400) throw error;
    return withFreshSiteMetadata(jira, store, projectKey, work);
  }
}
