/**
 * When a project last changed in a way its figures could see, as the app learns it without asking
 * Jira: from product events (a defect, incident or action-item task created, updated or deleted;
 * manifest trigger `metrics-changes`) and from its own settings page saving the project's settings.
 * A cached view is answered without counting anything again while no mark is later than its
 * computation less the search index allowance (metrics-service.ts): a cached view costs only the
 * viewer's permission check. A mark outlives every cached result it could make stale (12 hours).
 */
import { INDEX_LAG_ALLOWANCE_MS } from '../../domain/metrics';
import type { KeyValueStore } from './ports';

/** `metrics:changed:QA`: project keys are letters, digits and `_`, which storage keys allow. */
export const changeMarkKey = (projectKey: string) => `metrics:changed:${projectKey}`;

export const CHANGE_MARK_TTL_SECONDS = 2 * 24 * 3600;

interface ChangeMark {
  at: string;
}

export async function markProjectChanged(store: KeyValueStore, projectKey: string, at: Date): Promise<void> {
  await store.set<ChangeMark>(changeMarkKey(projectKey), { at: at.toISOString() }, CHANGE_MARK_TTL_SECONDS);
}

/**
 * Whether a result computed at `computedAt` may have missed a change marked for one of `projectKeys`:
 * a change Jira's search index may not have held yet when the counts ran counts as missed.
 */
export async function changedSince(store: KeyValueStore, projectKeys: readonly string[], computedAt: string): Promise<boolean> {
  const marks = await Promise.all([...new Set(projectKeys)].map((key) => store.get<ChangeMark>(changeMarkKey(key))));
  const seenFrom = Date.parse(computedAt) - INDEX_LAG_ALLOWANCE_MS;
  return marks.some((mark) => mark !== undefined && Date.parse(mark.at) >= seenFrom);
}
