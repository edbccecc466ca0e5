/**
 * The site's statuses and resolutions as the app reads them, kept for every viewer's figures, so no
 * panel open or gadget view pays for them (GET /status costs 1 point plus one a status, and a site has
 * dozens: the very first figures on a site cost 32 points with them, 20 without, on the demo).
 *
 * Read as the app when the app is installed or upgraded (the `app-lifecycle` trigger: Forge sends
 * avi:forge:installed:app "when an app has been installed on a site", and avi:forge:upgraded:app,
 * which ECO-935 says comes with a major version only,
 * https://developer.atlassian.com/platform/forge/events-reference/life-cycle/), and kept current by
 * the daily `site-lists` scheduled trigger: one count as the app of the issues in a status, or with a
 * resolution, the lists do not name (1 point; any, and the lists are read again), and a new read once
 * a week (a status moved to another category changes no issue). On a site where no figures were
 * asked for in 30 days the daily run does nothing and the lists expire.
 *
 * The lists answer any viewer: GET /resolution is the same for everyone ("Permission to access
 * Jira"), and GET /status as the app names the statuses of every project the app may browse. Whether
 * Jira refuses JQL naming a status of a project the viewer may not browse is undocumented: the stricter
 * reading is taken, and such a refusal (400) makes the figures read the viewer's own lists
 * (site-metadata.ts), at the old cost.
 */
import { metadataOutOfDateJql } from '../../domain/metrics';
import { isJiraError, namedItemsFromJira, statusInfoFromJira } from '../../jira';
import type { MetricsJira } from './metrics-jira';
import type { StatusInfo } from '../../domain/metrics/records';
import type { KeyValueStore } from './ports';

/** The lists every computation names in its JQL. */
export interface SiteMetadata {
  statuses: StatusInfo[];
  resolutions: string[];
}

/** `metrics:site-lists`: the app's lists, for every project and viewer. */
export const SITE_LISTS_KEY = 'metrics:site-lists';

const DAY_MS = 24 * 3600 * 1000;
/** Trusted without a count this long after the app's last check: the daily run, with slack for a late one. */
export const SITE_LISTS_TRUSTED_MS = 26 * 3600 * 1000;
/** Read afresh after a week: what a count cannot see (a status moved to another category). */
export const SITE_LISTS_REREAD_MS = 7 * DAY_MS;
/** No figures asked for in this long: the daily run leaves the lists to expire. */
export const SITE_LISTS_IDLE_MS = 30 * DAY_MS;
/** Forge storage forgets lists no run has renewed. */
export const SITE_LISTS_TTL_SECONDS = 8 * 24 * 3600;

export interface KeptSiteLists extends SiteMetadata {
  /** When the app read the lists. */
  fetchedAt: string;
  /** When Jira last confirmed, by a count as the app, that they name every status and resolution in use. */
  checkedAt: string;
  /** When figures last used them (renewed at most daily). */
  usedAt: string;
}

export type SiteListsRun =
  | { action: 'read'; statuses: number; resolutions: number; jiraCalls: number }
  | { action: 'checked'; jiraCalls: number }
  | { action: 'idle'; jiraCalls: 0 };

const ageOf = (at: string, now: Date) => now.getTime() - Date.parse(at);
const within = (at: string, now: Date, ms: number) => {
  const age = ageOf(at, now);
  return age >= 0 && age < ms;
};

/** The app's lists while a check within SITE_LISTS_TRUSTED_MS vouches for them; else undefined. */
export async function trustedSiteLists(store: KeyValueStore, now: Date): Promise<KeptSiteLists | undefined> {
  const kept = await store.get<KeptSiteLists>(SITE_LISTS_KEY).catch(() => undefined);
  return kept?.checkedAt && within(kept.checkedAt, now, SITE_LISTS_TRUSTED_MS) ? kept : undefined;
}

/** Records that figures used the lists, at most once a day, so the daily run keeps them. */
export async function noteSiteListsUsed(store: KeyValueStore, kept: KeptSiteLists, now: Date): Promise<void> {
  if (within(kept.usedAt, now, DAY_MS)) return;
  await store.set<KeptSiteLists>(SITE_LISTS_KEY, { ...kept, usedAt: now.toISOString() }, SITE_LISTS_TTL_SECONDS).catch(() => undefined);
}

export const fetchStatuses = (jira: MetricsJira) => jira.client.getStatuses().then(statusInfoFromJira);
export const fetchResolutions = (jira: MetricsJira) => jira.client.getResolutions().then((items) => namedItemsFromJira(items).map((r) => r.name));

/** The statuses and resolutions as Jira answers them now to `jira`'s caller (two requests). */
export async function fetchSiteMetadata(jira: MetricsJira): Promise<SiteMetadata> {
  const [statuses, resolutions] = await Promise.all([fetchStatuses(jira), fetchResolutions(jira)]);
  return { statuses, resolutions };
}

/**
 * The count of issues in a status, or with a resolution, that the lists do not name (of the project,
 * or of every project the caller may browse), or null when Jira refuses the JQL (400: a status or
 * resolution they name was renamed or deleted since): either way not 0, the lists are out of date.
 */
export async function outOfDateCount(jira: MetricsJira, projectKey: string | null, lists: SiteMetadata): Promise<number | null> {
  const known = { statuses: lists.statuses.map((s) => s.name), resolutions: lists.resolutions };
  try {
    return await jira.client.countIssues(metadataOutOfDateJql(projectKey, known));
  } catch (error) {
    if (isJiraError(error) && error.status === 400) return null;
    throw error;
  }
}

/**
 * Reads the lists as the app (`jira` must be the app's) when `read` is asked (install, upgrade), when
 * none are kept or they are a week old, or when the count finds them out of date; else only the count.
 * Nothing on a site whose figures went unused for 30 days.
 */
export async function refreshSiteLists(jira: MetricsJira, store: KeyValueStore, now: Date, options: { read?: boolean } = {}): Promise<SiteListsRun> {
  const callsBefore = jira.calls;
  const kept = await store.get<KeptSiteLists>(SITE_LISTS_KEY);
  if (!options.read && kept && !within(kept.usedAt, now, SITE_LISTS_IDLE_MS)) return { action: 'idle', jiraCalls: 0 };
  const at = now.toISOString();
  if (!options.read && kept && within(kept.fetchedAt, now, SITE_LISTS_REREAD_MS) && await outOfDateCount(jira, null, kept) === 0) {
    await store.set<KeptSiteLists>(SITE_LISTS_KEY, { ...kept, checkedAt: at }, SITE_LISTS_TTL_SECONDS);
    return { action: 'checked', jiraCalls: jira.calls - callsBefore };
  }
  const lists = await fetchSiteMetadata(jira);
  await store.set<KeptSiteLists>(SITE_LISTS_KEY, { ...lists, fetchedAt: at, checkedAt: at, usedAt: kept?.usedAt ?? at }, SITE_LISTS_TTL_SECONDS);
  return { action: 'read', statuses: lists.statuses.length, resolutions: lists.resolutions.length, jiraCalls: jira.calls - callsBefore };
}
