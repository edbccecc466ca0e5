/**
 * The site's statuses (with their categories) and resolutions, which every computation names in its
 * JQL. First the app's own lists (site-lists.ts), read when the app is installed and checked daily,
 * which cost a viewer's figures nothing. Where there are none the app has checked within 26 hours, or
 * Jira refused this project's JQL built from them (and one count as the viewer confirms the lists are
 * what it refuses), the viewer's own lists, kept in Forge storage for a while so the next panel open
 * or gadget view does not pay for them: GET /status costs 1 point plus one per status, and a site has
 * dozens.
 *
 * The viewer's lists are kept per project, shared by the project's viewers. GET /status answers the
 * statuses of the projects the caller may browse ("Browse projects project permission for the
 * project"), so whoever may browse a project is given every status that project's figures name; the
 * caller proves that before using the kept entry (the incident or the settings read). A list kept by
 * another viewer may name statuses this viewer cannot see: Jira then refuses the JQL (400), as it does
 * for a status renamed or deleted since, and the computation asks once more as this viewer and keeps
 * that answer (withSiteMetadata).
 *
 * Resolutions are kept once for the site: GET /resolution answers the same list to everyone
 * ("Permission to access Jira"), so a project's first figures do not pay for them again.
 *
 * Kept for a week, and checked when used, at most every 15 minutes per project, with one count of the
 * project's issues in a status or with a resolution the lists do not name (a status or resolution
 * added since and now in use): any, and the lists are read again. What the check cannot see, a
 * status moved to another category, is picked up within the week.
 */
import type { MetricsJira } from './metrics-jira';
import type { KeyValueStore } from './ports';
import {
  fetchResolutions, fetchSiteMetadata, fetchStatuses, isJqlRefusal, noteSiteListsUsed, outOfDateCount, siteListsUsedAt, trustedSiteLists, type KeptSiteLists, type SiteMetadata,
} from './site-lists';

export type { SiteMetadata } from './site-lists';

interface KeptSiteMetadata extends SiteMetadata {
  /** When Jira last confirmed the lists name every status and resolution the project's issues have. */
  checkedAt: string;
  /**
   * Jira refused this project's JQL built from the app's lists of this read (their fetchedAt): the
   * project uses the viewer's lists until the app reads its lists again.
   */
  refusedSiteLists?: string;
}

export const SITE_METADATA_TTL_SECONDS = 7 * 24 * 3600;
export const SITE_METADATA_CHECK_MS = 15 * 60_000;

/** `metrics:site:QA`: the metadata kept for the figures of project QA. */
export const siteMetadataKey = (projectKey: string) => `metrics:site:${projectKey}`;

/** `metrics:resolutions`: the site's resolutions, the same for every viewer and project. */
export const SITE_RESOLUTIONS_KEY = 'metrics:resolutions';

/** Kept for SITE_METADATA_TTL_SECONDS: Forge storage forgets it after the week, so a kept list is a current one. */
interface KeptResolutions {
  names: string[];
}

/**
 * Fresh statuses, with the site's resolutions as another project kept them within the week, once one
 * count finds none of this project's issues with a resolution they do not name (1 point, where the
 * list costs one a resolution); else, or when `askResolutions` (the project's own lists were out of
 * date or refused), both asked.
 */
async function freshSiteMetadata(
  jira: MetricsJira, store: KeyValueStore, projectKey: string, askResolutions: boolean,
): Promise<{ metadata: SiteMetadata; resolutionsFetched: boolean }> {
  const keptResolutions = askResolutions ? undefined : await store.get<KeptResolutions>(SITE_RESOLUTIONS_KEY).catch(() => undefined);
  if (keptResolutions) {
    const statuses = await fetchStatuses(jira);
    if (await outOfDateCount(jira, projectKey, { statuses, resolutions: keptResolutions.names }) === 0) {
      return { metadata: { statuses, resolutions: keptResolutions.names }, resolutionsFetched: false };
    }
    return { metadata: { statuses, resolutions: await fetchResolutions(jira) }, resolutionsFetched: true };
  }
  return { metadata: await fetchSiteMetadata(jira), resolutionsFetched: true };
}

/**
 * Runs `work` with fresh metadata and keeps it once the work has succeeded: a refused request
 * leaves Forge storage as it was. Not kept is only a cost: the figures are answered anyway.
 */
async function withFreshSiteMetadata<T>(
  jira: MetricsJira, store: KeyValueStore, projectKey: string, now: Date, work: (metadata: SiteMetadata) => Promise<T>, askResolutions: boolean,
  refusedSiteLists?: string,
): Promise<T> {
  const { metadata, resolutionsFetched } = await freshSiteMetadata(jira, store, projectKey, askResolutions);
  const result = await work(metadata);
  await keep(store, projectKey, metadata, now, refusedSiteLists);
  if (resolutionsFetched) {
    await store.set<KeptResolutions>(SITE_RESOLUTIONS_KEY, { names: metadata.resolutions }, SITE_METADATA_TTL_SECONDS).catch(() => undefined);
  }
  return result;
}

async function keep(store: KeyValueStore, projectKey: string, metadata: SiteMetadata, now: Date, refusedSiteLists?: string): Promise<void> {
  const kept: KeptSiteMetadata = {
    statuses: metadata.statuses, resolutions: metadata.resolutions, checkedAt: now.toISOString(), ...(refusedSiteLists ? { refusedSiteLists } : {}),
  };
  await store.set(siteMetadataKey(projectKey), kept, SITE_METADATA_TTL_SECONDS).catch(() => undefined);
}

/** The kept lists still name everything the project's issues have: checked within 15 minutes, or by one count now. */
async function stillCurrent(jira: MetricsJira, store: KeyValueStore, projectKey: string, kept: KeptSiteMetadata, now: Date): Promise<boolean> {
  const age = now.getTime() - Date.parse(kept.checkedAt);
  if (age >= 0 && age < SITE_METADATA_CHECK_MS) return true;
  if (await outOfDateCount(jira, projectKey, kept) !== 0) return false;
  await keep(store, projectKey, kept, now, kept.refusedSiteLists);
  return true;
}

/**
 * Work with the app's lists, whose JQL Jira refused (400): when one count as the viewer finds nothing
 * in the project the lists miss and Jira accepts it, the refusal is not the lists' (a bad escaped
 * rule, a version deleted since) and is the answer; else the viewer's own lists, marked for the
 * project until the app reads its lists again.
 */
async function afterSiteListsRefused<T>(
  jira: MetricsJira, store: KeyValueStore, projectKey: string, now: Date, work: (metadata: SiteMetadata) => Promise<T>, siteLists: KeptSiteLists, refusal: unknown,
): Promise<T> {
  if (await outOfDateCount(jira, projectKey, siteLists) === 0) throw refusal;
  return withFreshSiteMetadata(jira, store, projectKey, now, work, true, siteLists.fetchedAt);
}

/**
 * Runs `work` with the site's metadata: the app's lists when it has checked them within 26 hours
 * (unless this project's JQL was refused with that read), else the viewer's kept for the project,
 * else fresh ones; once more with the viewer's fresh lists when Jira refuses JQL built from kept ones.
 */
export async function withSiteMetadata<T>(
  jira: MetricsJira, store: KeyValueStore, projectKey: string, now: Date, work: (metadata: SiteMetadata) => Promise<T>,
): Promise<T> {
  // The last use is read alongside the work, not after it; it is noted once the figures stand, so a
  // refused request leaves Forge storage as it was.
  const [result, usedAt] = await Promise.all([withSomeSiteMetadata(jira, store, projectKey, now, work), siteListsUsedAt(store)]);
  await noteSiteListsUsed(store, now, usedAt);
  return result;
}

async function withSomeSiteMetadata<T>(
  jira: MetricsJira, store: KeyValueStore, projectKey: string, now: Date, work: (metadata: SiteMetadata) => Promise<T>,
): Promise<T> {
  const [kept, siteLists] = await Promise.all([
    store.get<KeptSiteMetadata>(siteMetadataKey(projectKey)).catch(() => undefined),
    trustedSiteLists(store, now),
  ]);
  if (siteLists && kept?.refusedSiteLists !== siteLists.fetchedAt) {
    try {
      return await work(siteLists);
    } catch (error) {
      if (!isJqlRefusal(error)) throw error;
      return afterSiteListsRefused(jira, store, projectKey, now, work, siteLists, error);
    }
  }
  // The project's first figures this week: its statuses, and the site's resolutions if no project kept them.
  if (!kept?.checkedAt) return withFreshSiteMetadata(jira, store, projectKey, now, work, false);
  if (!(await stillCurrent(jira, store, projectKey, kept, now))) return withFreshSiteMetadata(jira, store, projectKey, now, work, true, kept.refusedSiteLists);
  try {
    return await work(kept);
  } catch (error) {
    // Only JQL built from the kept lists is asked again; a refusal of fresh lists is the answer.
    if (!isJqlRefusal(error)) throw error;
    return withFreshSiteMetadata(jira, store, projectKey, now, work, true, kept.refusedSiteLists);
  }
}
