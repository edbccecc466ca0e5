/** The metrics service's public API (see the modules for the why of each). */
export { getProjectMetrics, DEFAULT_MAX_AGE_MS, type MetricsServiceDeps, type ProjectMetricsQuery } from './metrics-service';
export { computeProjectMetrics, type ProjectMetricsRequest, type ProjectMetricsRun } from './project-metrics';
export { getIncidentMetrics, type IncidentMetricsDeps } from './incident-metrics-service';
export { listProjects } from './project-directory';
export { appMetricsJira, createMetricsJira, type MetricsJira } from './metrics-jira';
export { checkSiteListsDaily, readSiteListsOnInstall, type SiteListsRun } from './site-lists';
export { forgeKeyValueStore, type KeyValueStore, type Clock } from './ports';
export { systemClock } from './ports';
export { handleMetricsChangeEvent, METRICS_CHANGE_EVENTS, type MetricsChangeOutcome } from './change-events';
export { markProjectChanged } from './change-marks';
