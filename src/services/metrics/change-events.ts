/**
 * The `metrics-changes` trigger: marks the project of an issue created, updated or deleted as
 * changed (change-marks.ts), so cached figures that could count the issue are computed afresh at the
 * next view. The manifest's filter lets through only issues of projects whose QA post-mortem settings
 * are saved (the project property) and action-item tasks (the app's marker property), and every
 * deletion (a deleted issue's properties cannot be read at event time); the event's own snapshot of
 * the issue names its project, so no Jira request is made. Runs as the app.
 * https://developer.atlassian.com/platform/forge/events-reference/jira/ (Issue events)
 */
import { z } from 'zod';
import { projectKeyOfEventIssue } from '../../jira';
import { markProjectChanged } from './change-marks';
import type { Clock, KeyValueStore } from './ports';

export const METRICS_CHANGE_EVENTS = ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue'] as const;

const IssueEventSchema = z.object({
  eventType: z.enum(METRICS_CHANGE_EVENTS),
  issue: z.object({}).passthrough(),
});

export interface MetricsChangeOutcome {
  /** The project marked as changed; null when the event named none. */
  marked: string | null;
}

export async function handleMetricsChangeEvent(event: unknown, deps: { store: KeyValueStore; clock: Clock }): Promise<MetricsChangeOutcome> {
  const parsed = IssueEventSchema.safeParse(event);
  if (!parsed.success) return { marked: null };
  const projectKey = projectKeyOfEventIssue(parsed.data.issue);
  if (projectKey === null) return { marked: null };
  await markProjectChanged(deps.store, projectKey, deps.clock());
  return { marked: projectKey };
}
