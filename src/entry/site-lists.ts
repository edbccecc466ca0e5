/**
 * The site's statuses and resolutions, read and kept by the app for every viewer's figures
 * (services/metrics/site-lists.ts). One function for two manifest modules: the `app-lifecycle`
 * trigger (avi:forge:installed:app, avi:forge:upgraded:app) reads them; the daily `site-lists`
 * scheduledTrigger checks them with one count and reads them again when out of date or a week old.
 * Runs as the app; no user is present.
 * https://developer.atlassian.com/platform/forge/events-reference/life-cycle/
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/
 */
import { appMetricsJira, forgeKeyValueStore, refreshSiteLists, systemClock, type SiteListsRun } from '../services/metrics';

const LIFECYCLE_EVENTS = new Set(['avi:forge:installed:app', 'avi:forge:upgraded:app']);

export async function refreshSiteListsFn(event: unknown): Promise<SiteListsRun> {
  const eventType = (event as { eventType?: unknown } | null)?.eventType;
  const read = typeof eventType === 'string' && LIFECYCLE_EVENTS.has(eventType);
  return refreshSiteLists(appMetricsJira(), forgeKeyValueStore(), systemClock(), { read });
}
