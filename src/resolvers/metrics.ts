/**
 * The metrics resolvers: project figures for the gadget (the viewer's own, cached or counted as
 * them), the panel's figures for its own incident (always the context's issue), and the
 * projects a user can pick. Registers the settings resolvers too, so the surface adds one line.
 */
import type Resolver from '@forge/resolver';
import {
  IncidentMetricsPayloadSchema, IncidentTestCoveragePayloadSchema, ListProjectsPayloadSchema, ProjectMetricsPayloadSchema, TestMetricsPayloadSchema,
  WatchedFiguresPayloadSchema,
} from '../contract';
import {
  getIncidentMetrics, getProjectMetrics, listProjects, type MetricsServiceDeps,
} from '../services/metrics';
import type { SettingsDeps } from '../services/settings';
import { getIncidentTestCoverage } from '../services/tests/incident-test-coverage';
import { getTestMetrics } from '../services/tests/test-metrics-service';
import { getWatchedFigures } from '../services/metrics/watched-figures';
import { accountIdFromContext, defineResolver, issueKeyFromContext } from './define';
import { registerSettingsResolvers } from './settings';

/** Test and sandbox seams: each call gets fresh ports (a new Jira client counts only its own calls). */
export interface MetricsResolverDeps {
  metrics?: () => Partial<MetricsServiceDeps>;
  settings?: () => Partial<SettingsDeps>;
}

export function registerMetricsResolvers(resolver: Resolver, deps: MetricsResolverDeps = {}): void {
  const metricsDeps = deps.metrics ?? (() => ({}));
  defineResolver(resolver, 'getProjectMetrics', ProjectMetricsPayloadSchema, ({ payload, context }) =>
    getProjectMetrics({ ...payload, timeZone: context.timezone, accountId: accountIdFromContext(context) }, metricsDeps()));
  defineResolver(resolver, 'getIncidentMetrics', IncidentMetricsPayloadSchema, ({ payload, context }) =>
    getIncidentMetrics(issueKeyFromContext(context), accountIdFromContext(context), metricsDeps(), context.timezone, { byRelease: payload.byRelease }));
  defineResolver(resolver, 'getTestMetrics', TestMetricsPayloadSchema, ({ payload }) => getTestMetrics(payload, metricsDeps()));
  defineResolver(resolver, 'getIncidentTestCoverage', IncidentTestCoveragePayloadSchema, ({ context }) =>
    getIncidentTestCoverage(issueKeyFromContext(context), metricsDeps()));
  defineResolver(resolver, 'getWatchedFigures', WatchedFiguresPayloadSchema, ({ payload, context }) =>
    getWatchedFigures(issueKeyFromContext(context), payload.figures, { accountId: accountIdFromContext(context), timeZone: context.timezone }, metricsDeps()));
  defineResolver(resolver, 'listProjects', ListProjectsPayloadSchema, ({ payload }) => listProjects(payload.query, metricsDeps()));
  registerSettingsResolvers(resolver, deps.settings);
}
