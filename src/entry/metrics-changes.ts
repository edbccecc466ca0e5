/**
 * The `trigger` for avi:jira:created/updated/deleted:issue (manifest key `metrics-changes`): marks
 * the project as changed, so cached figures are recomputed at their next view. Runs as the
 * app; no user is present.
 */
import { forgeKeyValueStore, handleMetricsChangeEvent, systemClock, type MetricsChangeOutcome } from '../services/metrics';

export async function onMetricsChange(event: unknown): Promise<MetricsChangeOutcome> {
  return handleMetricsChangeEvent(event, { store: forgeKeyValueStore(), clock: systemClock });
}
