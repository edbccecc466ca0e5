/**
 * The site's statuses and resolutions, read and kept by the app for every viewer's figures
 * (services/metrics/site-lists.ts): the `app-lifecycle` trigger (avi:forge:installed:app,
 * avi:forge:upgraded:app) reads them; the daily `site-lists` scheduledTrigger checks them with one
 * count and reads them again when out of date or a week old. Two handlers, so neither depends on
 * fields of the event Forge does not document. Run as the app; no user is present.
 * https://developer.atlassian.com/platform/forge/events-reference/life-cycle/
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/
 */
import { appMetricsJira, checkSiteListsDaily, forgeKeyValueStore, readSiteListsOnInstall, systemClock, type SiteListsRun } from '../services/metrics';

export async function onAppLifecycle(): Promise<SiteListsRun> {
  return readSiteListsOnInstall(appMetricsJira(), forgeKeyValueStore(), systemClock());
}

export async function runSiteListsCheck(): Promise<SiteListsRun> {
  return checkSiteListsDaily(appMetricsJira(), forgeKeyValueStore(), systemClock());
}
