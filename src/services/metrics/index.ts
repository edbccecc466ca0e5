/** The metrics service's public API (see the modules for the why of each). */
export { getProjectMetrics, getMetricsJob, runMetricsJob, estimateDefects, thresholdFromEnvironment, DEFAULT_QUEUE_THRESHOLD, QUEUE_THRESHOLD_VARIABLE, type MetricsServiceDeps, type ProjectMetricsQuery } from './metrics-service';
export { computeProjectMetrics, type ProjectMetricsRequest, type ProjectMetricsRun } from './project-metrics';
export { getIncidentMetrics, type IncidentMetricsDeps } from './incident-metrics-service';
export { listProjects } from './project-directory';
export { createMetricsJira, type MetricsJira } from './metrics-jira';
export { METRICS_QUEUE_KEY, forgeKeyValueStore, forgeMetricsQueue, type JobQueue, type KeyValueStore, type Clock } from './ports';
