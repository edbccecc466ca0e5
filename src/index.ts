/**
 * Forge entry points named by manifest.yml. Only re-exports: the work is in src/entry and src/resolvers.
 */
import { buildResolver } from './resolvers';

export const resolver = buildResolver().getDefinitions();
export { onIssueEvent } from './entry/issue-events';
export { onMetricsChange } from './entry/metrics-changes';
export { runDailyReminders } from './entry/daily-reminders';
export { onAppLifecycle, runSiteListsCheck } from './entry/site-lists';
