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
 * resolution, the lists do not name (1 point; any, or a count Jira refuses, and the lists are read
 * again), and a new read once a week (a status moved to another category changes no issue). The
 * install event may come before the app's own permissions are in place (Forge's life-cycle page): a
 * read that lacks a Done status, another status or any resolution is not kept, and the daily run
 * reads again. Figures note their use of the lists in a key of its own (never rewriting the lists);
 * a site where none were asked for in 30 days since the install is left alone by the daily run.
 *
 * The lists answer any viewer: GET /resolution is the same for everyone ("Permission to access
 * Jira"), and GET /status as the app names the statuses of every project the app may browse, which
 * the app needs anyway (its follow-through and reminders run as the app). Whether Jira refuses JQL
 * naming a status of a project the viewer may not browse is undocumented: the stricter reading is
 * taken, and site-metadata.ts falls back to the viewer's own lists on such a refusal.
 */
import { metadataOutOfDateJql } from '../../domain/metrics';
import type { StatusInfo } from '../../domain/metrics/records';
import { isJiraError, namedItemsFromJira, statusInfoFromJira } from '../../jira';
import type { MetricsJira } from './metrics-jira';
import type { KeyValueStore } from './ports';

/** The lists every computation names in its JQL. */
export interface SiteMetadata {
  statuses: StatusInfo[];
  resolutions: string[];
}

/** `metrics:site-lists`: the app's lists, for every project and viewer. */
export const SITE_LISTS_KEY = 'metrics:site-lists';
/** `metrics:site-lists:used`: when figures last used lists of the site (or the app was installed). */
export const SITE_LISTS_USED_KEY = 'metrics:site-lists:used';

const DAY_MS = 24 * 3600 * 1000;
/** Trusted without a count this long after the app's last check: the daily run, with slack for a late one. */
export const SITE_LISTS_TRUSTED_MS = 26 * 3600 * 1000;
/** Read afresh after a week: what a count cannot see (a status moved to another category). */
export const SITE_LISTS_REREAD_MS = 7 * DAY_MS;
/** No figures asked for in this long: the daily run leaves the lists to expire. */
export const SITE_LISTS_IDLE_MS = 30 * DAY_MS;
/** Forge storage forgets lists no run has renewed. */
export const SITE_LISTS_TTL_SECONDS = 8 * 24 * 3600;
const USED_TTL_SECONDS = 31 * 24 * 3600;

export interface KeptSiteLists extends SiteMetadata {
  /** When the app read the lists. */
  fetchedAt: string;
  /** When Jira last confirmed, by a count as the app, that they name every status and resolution in use. */
  checkedAt: string;
}

interface UsedMark {
  at: string;
}

/** Why the daily run or the install read the lists. */
export type SiteListsReadReason = 'installed' | 'none kept' | 'a week old' | 'out of date' | 'check refused';

export type SiteListsRun =
  | { action: 'read'; reason: SiteListsReadReason; statuses: number; resolutions: number; jiraCalls: number }
  | { action: 'incomplete'; reason: SiteListsReadReason; statuses: number; resolutions: number; jiraCalls: number }
  | { action: 'checked'; jiraCalls: number }
  | { action: 'idle'; jiraCalls: 0 };

const ageOf = (at: string, now: Date) => now.getTime() - Date.parse(at);
/** At most `ms` old; a time ahead of this clock (another's skew) counts as recent. */
const recent = (at: string | undefined, now: Date, ms: number) => at !== undefined && ageOf(at, now) < ms;

/** The app's lists while a check within SITE_LISTS_TRUSTED_MS vouches for them; else undefined. */
export async function trustedSiteLists(store: KeyValueStore, now: Date): Promise<KeptSiteLists | undefined> {
  const kept = await store.get<KeptSiteLists>(SITE_LISTS_KEY).catch(() => undefined);
  return kept && recent(kept.checkedAt, now, SITE_LISTS_TRUSTED_MS) ? kept : undefined;
}

/** When figures last used lists of the site, as noted (undefined: never, or the note could not be read). */
export async function siteListsUsedAt(store: KeyValueStore): Promise<string | undefined> {
  return (await store.get<UsedMark>(SITE_LISTS_USED_KEY).catch(() => undefined))?.at;
}

/**
 * Records that figures were asked for on the site, given when it was last noted (siteListsUsedAt), at
 * most once a day: a key of its own, so the lists are never rewritten here.
 */
export async function noteSiteListsUsed(store: KeyValueStore, now: Date, usedAt: string | undefined): Promise<void> {
  if (recent(usedAt, now, DAY_MS)) return;
  await store.set<UsedMark>(SITE_LISTS_USED_KEY, { at: now.toISOString() }, USED_TTL_SECONDS).catch(() => undefined);
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
 * resolution they name was renamed or deleted since, or one the caller may not see): either way not
 * 0, the lists are out of date for this caller.
 */
export async function outOfDateCount(jira: MetricsJira, projectKey: string | null, lists: SiteMetadata): Promise<number | null> {
  const known = { statuses: lists.statuses.map((s) => s.name), resolutions: lists.resolutions };
  try {
    return await jira.client.countIssues(metadataOutOfDateJql(projectKey, known));
  } catch (error) {
    if (isJqlRefusal(error)) return null;
    throw error;
  }
}

/** Jira refused the JQL (400): a value it names does not exist, or not for this caller. */
export const isJqlRefusal = (error: unknown): boolean => isJiraError(error) && error.status === 400;

/** A status name once per category: a site's team-managed projects repeat "To Do" and "Done" many times, and JQL names them, not their ids. */
function distinctStatuses(statuses: readonly StatusInfo[]): StatusInfo[] {
  const seen = new Set<string>();
  return statuses.filter((s) => {
    const key = `${s.categoryKey ?? ''}\u0000${s.name.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a read can stand for the site: a Done status, another one and a resolution (an app without its permissions yet reads less). */
const complete = (lists: SiteMetadata) => lists.statuses.some((s) => s.categoryKey === 'done')
  && lists.statuses.some((s) => s.categoryKey !== 'done') && lists.resolutions.length > 0;

async function readAndKeep(jira: MetricsJira, store: KeyValueStore, now: Date, reason: SiteListsReadReason, callsBefore: number): Promise<SiteListsRun> {
  const read = await fetchSiteMetadata(jira);
  const lists = { statuses: distinctStatuses(read.statuses), resolutions: [...new Set(read.resolutions)] };
  const counts = { statuses: lists.statuses.length, resolutions: lists.resolutions.length };
  if (!complete(lists)) return { action: 'incomplete', reason, ...counts, jiraCalls: jira.calls - callsBefore };
  const at = now.toISOString();
  await store.set<KeptSiteLists>(SITE_LISTS_KEY, { ...lists, fetchedAt: at, checkedAt: at }, SITE_LISTS_TTL_SECONDS);
  return { action: 'read', reason, ...counts, jiraCalls: jira.calls - callsBefore };
}

/**
 * On install or upgrade (`jira` must be the app's): reads the lists, and counts the install as a use,
 * so the daily run keeps them for the figures to come.
 */
export async function readSiteListsOnInstall(jira: MetricsJira, store: KeyValueStore, now: Date): Promise<SiteListsRun> {
  await store.set<UsedMark>(SITE_LISTS_USED_KEY, { at: now.toISOString() }, USED_TTL_SECONDS);
  return readAndKeep(jira, store, now, 'installed', jira.calls);
}

/**
 * The daily run (`jira` must be the app's): nothing on a site whose figures went unused for 30 days;
 * else one count of kept lists, and a read when none are kept, they are a week old, or the count
 * finds them out of date or is refused.
 */
export async function checkSiteListsDaily(jira: MetricsJira, store: KeyValueStore, now: Date): Promise<SiteListsRun> {
  const callsBefore = jira.calls;
  const [kept, used] = await Promise.all([store.get<KeptSiteLists>(SITE_LISTS_KEY), store.get<UsedMark>(SITE_LISTS_USED_KEY)]);
  if (!recent(used?.at, now, SITE_LISTS_IDLE_MS)) return { action: 'idle', jiraCalls: 0 };
  if (!kept) return readAndKeep(jira, store, now, 'none kept', callsBefore);
  if (!recent(kept.fetchedAt, now, SITE_LISTS_REREAD_MS)) return readAndKeep(jira, store, now, 'a week old', callsBefore);
  const count = await outOfDateCount(jira, null, kept);
  if (count !== 0) return readAndKeep(jira, store, now, count === null ? 'check refused' : 'out of date', callsBefore);
  await store.set<KeptSiteLists>(SITE_LISTS_KEY, { ...kept, checkedAt: now.toISOString() }, SITE_LISTS_TTL_SECONDS);
  return { action: 'checked', jiraCalls: jira.calls - callsBefore };
}
