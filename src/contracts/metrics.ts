/**
 * Invoke contract of the metrics and settings resolvers (see src/contract.ts): the keys, the zod
 * schemas their payloads are validated with, and the result types the gadget, the panel and the
 * settings page render. Definitions of the figures: DESIGN.md section 4 and
 * src/domain/metrics/DECISIONS.md.
 */
import { z } from 'zod';
import { isCalendarDay, monthCountOf, PERIOD_MAX_MONTHS } from '../domain/metrics/dates';
import type { ActionFollowThrough } from '../domain/metrics/actions';
import type { TrendGroup } from '../domain/metrics/groups';
import type { LinkedDefect } from '../domain/metrics/incident-metrics';
import type { DefectRates, LeakageFigures, ReopenFigures } from '../domain/metrics/rates';
import { MetricsSettingsSchema, type MetricsSettings, type TestSettings, type TestSource } from '../domain/metrics/settings';
import type { ExecutionProgress, RequirementCoverage, UatPassRate } from '../domain/tests/figures';
import { WATCHED_FIGURES, type WatchedFigure } from '../domain/postmortem/vocabulary';
import { METRICS_GROUP_BY, type MetricsGroupBy } from './vocabulary';
import { XRAY_REGIONS, type XrayRegion } from './vocabulary';

export const METRICS_RESOLVER_KEYS = [
  'getSettings', 'saveSettings', 'getProjectMetrics', 'getIncidentMetrics', 'listProjects', 'getTestMetrics', 'getIncidentTestCoverage',
  'saveXrayKey', 'deleteXrayKey', 'getWatchedFigures',
] as const;
export type MetricsResolverKey = (typeof METRICS_RESOLVER_KEYS)[number];

const projectKey = z.string().trim().regex(/^[A-Z][A-Z0-9_]{0,254}$/, 'must be a Jira project key such as QA');
const calendarDay = z.string().refine(isCalendarDay, 'must be a date as YYYY-MM-DD');
const jiraName = z.string().trim().min(1, 'must not be empty').max(255);

export { METRICS_GROUP_BY, type MetricsGroupBy } from './vocabulary';

/** getSettings: the settings page's project comes from its Forge context; other surfaces name one. */
export const GetSettingsPayloadSchema = z.object({ projectKey: projectKey.optional() }).strict();
export type GetSettingsPayload = z.input<typeof GetSettingsPayloadSchema>;

export const SaveSettingsPayloadSchema = z.object({
  projectKey: projectKey.optional(),
  settings: MetricsSettingsSchema,
}).strict();
export type SaveSettingsPayload = z.input<typeof SaveSettingsPayloadSchema>;

/** saveXrayKey: an Xray Cloud API key (Xray's Global Settings, API Keys) and the region of its host. */
export const SaveXrayKeyPayloadSchema = z.object({
  projectKey: projectKey.optional(),
  clientId: z.string().trim().min(1, 'must not be empty').max(200),
  clientSecret: z.string().trim().min(1, 'must not be empty').max(500),
  region: z.enum(XRAY_REGIONS),
}).strict();
export type SaveXrayKeyPayload = z.input<typeof SaveXrayKeyPayloadSchema>;

export const DeleteXrayKeyPayloadSchema = z.object({ projectKey: projectKey.optional() }).strict();
export type DeleteXrayKeyPayload = z.input<typeof DeleteXrayKeyPayloadSchema>;

/** What a browser may know of a project's saved Xray key: never the secret, only the client id's last four characters. */
export interface XrayKeyView {
  saved: boolean;
  region: XrayRegion | null;
  clientIdEnd: string | null;
}

/** getProjectMetrics: `from` and `to` are whole days, both included. */
export const ProjectMetricsPayloadSchema = z.object({
  projectKey,
  from: calendarDay,
  to: calendarDay,
  groupBy: z.enum(METRICS_GROUP_BY),
  component: jiraName.optional(),
  fixVersion: jiraName.optional(),
  /** Recompute even when a cached result exists. */
  refresh: z.boolean().optional(),
}).strict()
  .refine((p) => p.from <= p.to, { message: 'must not be before "from"', path: ['to'] })
  .refine((p) => p.from > p.to || monthCountOf(p) <= PERIOD_MAX_MONTHS, {
    message: `must be within ${PERIOD_MAX_MONTHS / 12} years of "from": choose a shorter period`, path: ['to'],
  });
export type ProjectMetricsPayload = z.input<typeof ProjectMetricsPayloadSchema>;

/** The incident is the panel's own (Forge context); `byRelease` asks for each trailing release apart as well. */
export const IncidentMetricsPayloadSchema = z.object({ byRelease: z.boolean().optional() }).strict();
export type IncidentMetricsPayload = z.input<typeof IncidentMetricsPayloadSchema>;

/**
 * getTestMetrics (the gadget): the test-management figures of a project's release, optionally of one
 * component; the latest released version when no release is named.
 */
export const TestMetricsPayloadSchema = z.object({
  projectKey,
  release: jiraName.optional(),
  component: jiraName.optional(),
  /** An Xray test plan's key: its figures instead of a release's (the trend stays by release). */
  testPlan: z.string().trim().regex(/^[A-Z][A-Z0-9_]{0,254}-[1-9]\d*$/, 'must be an issue key such as QA-400').optional(),
}).strict();
export type TestMetricsPayload = z.input<typeof TestMetricsPayloadSchema>;

/** getIncidentTestCoverage (the panel): the incident is the panel's own (Forge context); nothing in the payload. */
export const IncidentTestCoveragePayloadSchema = z.object({}).strict();
export type IncidentTestCoveragePayload = z.input<typeof IncidentTestCoveragePayloadSchema>;

/** getWatchedFigures (the panel's follow-through): the figures the incident's Metric monitoring items watch. */
export const WatchedFiguresPayloadSchema = z.object({
  figures: z.array(z.enum(WATCHED_FIGURES)).min(1, 'name at least one figure').max(WATCHED_FIGURES.length)
    .refine((f) => new Set(f).size === f.length, 'must not name a figure twice'),
}).strict();
export type WatchedFiguresPayload = z.input<typeof WatchedFiguresPayloadSchema>;

export const ListProjectsPayloadSchema = z.object({ query: z.string().trim().max(100).optional() }).strict();
export type ListProjectsPayload = z.input<typeof ListProjectsPayloadSchema>;

/** A project, issue type, resolution, component or version as the forms list them. */
export interface NamedOption {
  id: string;
  name: string;
}

export interface ProjectOption {
  id: string;
  key: string;
  name: string;
}

export interface VersionOption extends NamedOption {
  released: boolean;
  releaseDate: string | null;
}

export interface SettingsOptions {
  /** Issue types of the project (for defect and incident types and the action-item type). */
  issueTypes: NamedOption[];
  resolutions: NamedOption[];
  /** Projects the user can browse (the action-item target project). */
  projects: ProjectOption[];
  components: NamedOption[];
  versions: VersionOption[];
  /** The site's issue link types (the test link type). */
  linkTypes: NamedOption[];
}

export interface SettingsResult {
  projectKey: string;
  projectName: string;
  settings: MetricsSettings;
  /** true when the project has no saved settings and the defaults apply. */
  isDefault: boolean;
  /** Whether this user may save (project administrators only). */
  canEdit: boolean;
  /** The project's Xray API key as a browser may see it: saved or not, its region, its client id's end. */
  xrayKey: XrayKeyView;
  /** Set when the stored settings could not be read; `settings` are then the defaults. */
  problem?: string;
  options: SettingsOptions;
}

export interface SaveSettingsResult {
  projectKey: string;
  settings: MetricsSettings;
}

export interface MetricsTargets {
  /** Percent the team aims to stay at or under. */
  leakageRate: number;
  reopenRate: number;
  /** null when the rate is "no data". */
  leakageMet: boolean | null;
  reopenMet: boolean | null;
}

export interface IncidentFigures {
  total: number;
  postmortemComplete: number;
  postmortemInProgress: number;
  noPostmortem: number;
  /** Means in whole minutes over at least two incidents; null otherwise. */
  mttdMinutes: number | null;
  mttrMinutes: number | null;
  mttdSampleSize: number;
  mttrSampleSize: number;
}

/** The figures of one project, period and scope (issue 5's answer). */
export interface ProjectMetrics {
  projectKey: string;
  from: string;
  to: string;
  groupBy: MetricsGroupBy;
  component: string | null;
  fixVersion: string | null;
  /** The IANA time zone the days and months were read in: the viewer's. */
  timeZone: string;
  leakage: LeakageFigures;
  /** The cohort figure: defects created in the period, reopened at any time since. */
  reopen: ReopenFigures;
  /** Reopen events within the period, of defects created at any time (a closed month keeps its figure). */
  reopensInPeriod: number;
  groups: TrendGroup[];
  topComponents: TrendGroup[];
  actionItems: ActionFollowThrough;
  incidents: IncidentFigures;
  targets: MetricsTargets;
  /** ISO date-time the figures were computed at. */
  computedAt: string;
  /** Jira requests the computation took, retries included. */
  jiraCalls: number;
}

export type ProjectMetricsResult = { status: 'ready'; fromCache: boolean } & ProjectMetrics;

export interface IncidentMetricsResult {
  incidentKey: string;
  projectKey: string;
  linkedDefects: LinkedDefect[];
  /** The trailing releases, oldest first; empty when the project has released none before the incident. */
  releases: string[];
  /** The incident's components; empty means the whole project was compared. */
  components: string[];
  overall: DefectRates;
  /** Each trailing release apart, oldest first: empty unless asked for (byReleaseCounted). */
  byRelease: TrendGroup[];
  /** Whether the releases were counted one by one (asked for, and there were releases). */
  byReleaseCounted: boolean;
  targets: MetricsTargets;
  computedAt: string;
  jiraCalls: number;
}

/** A figure against its target (reached when at or above it); null rate: no data. */
export interface TargetedRate {
  rate: number | null;
  target: number;
  /** null when there is no data to judge. */
  met: boolean | null;
}

/** One release's test figures; the run figures are null when the source has no test runs (Jira alone). */
export interface ReleaseCoverage {
  release: string;
  released: boolean;
  requirementCoverage: RequirementCoverage;
  executionProgress: ExecutionProgress | null;
  uatPassRate: UatPassRate | null;
}

export interface TestMetricsResult {
  projectKey: string;
  component: string | null;
  /** Where the figures come from: Jira alone gives requirement coverage only. */
  source: TestSource;
  /** The test environment or label that marks a UAT execution (settings). */
  uatEnvironment: string;
  /** The release the headline figures are of (a test plan's: its fix version); null when there is none. */
  release: string | null;
  /** The test plan the headline figures are of, when one was asked for. */
  testPlan: { key: string; summary: string } | null;
  /** The project's test plans, newest first (at most 20), to choose from; empty from Jira alone. */
  testPlans: Array<{ key: string; summary: string; release: string | null }>;
  requirementCoverage: RequirementCoverage & { target: TargetedRate };
  /** Of `release`; null when the source has no test runs (see needsTestManagement). */
  executionProgress: (ExecutionProgress & { target: TargetedRate }) | null;
  uatPassRate: (UatPassRate & { target: TargetedRate }) | null;
  /** The releases up to `release`, oldest first (at most four). */
  trend: ReleaseCoverage[];
  /** Figures this source cannot give (they need test runs: a test-management source such as Xray Cloud). */
  needsTestManagement: Array<'executionProgress' | 'uatPassRate'>;
  targets: TestSettings['targets'];
  computedAt: string;
  jiraCalls: number;
  /** Requests sent to Xray Cloud (0 from Jira alone). */
  xrayCalls: number;
}

/** Requirement coverage of the incident's components in the release that shipped it (the Test coverage gaps probe). */
export interface IncidentTestCoverageResult {
  incidentKey: string;
  projectKey: string;
  /** The incident's release (as the Defect trends probe chooses it); null when the project released none before it. */
  release: string | null;
  /** The incident's components; empty means the whole project. */
  components: string[];
  source: TestSource;
  requirementCoverage: RequirementCoverage & { target: TargetedRate };
  /** Of `release` (the Process effectiveness probe); null from Jira alone. */
  executionProgress: (ExecutionProgress & { target: TargetedRate }) | null;
  /** The UAT pass rate of each trailing release up to `release`, oldest first; empty from Jira alone. */
  uatTrend: Array<{ release: string; uatPassRate: UatPassRate & { target: TargetedRate } }>;
  computedAt: string;
  jiraCalls: number;
  xrayCalls: number;
}

/** A watched figure since the incident: per release released since (test figures) or over the days since (defect rates). */
export interface WatchedFigureValues {
  figure: WatchedFigure;
  /** Releases released on or after `since`, oldest first (at most three). */
  releases: Array<{ release: string; rate: number | null }>;
  /** The defect rate of the project's defects created from `since` to today. */
  period: { from: string; to: string; rate: number | null } | null;
  /** Why there is nothing to judge yet, in words; null when there are values. */
  note: string | null;
}

export interface WatchedFiguresResult {
  incidentKey: string;
  projectKey: string;
  /** The day the incident was raised: figures are of what came after. */
  since: string;
  figures: WatchedFigureValues[];
  computedAt: string;
  jiraCalls: number;
  xrayCalls: number;
}

export interface ListProjectsResult {
  projects: ProjectOption[];
}

/** Payload and result per key, for the UI's typed invoke wrapper. */
export interface MetricsContract {
  getSettings: { payload: GetSettingsPayload; result: SettingsResult };
  saveSettings: { payload: SaveSettingsPayload; result: SaveSettingsResult };
  getProjectMetrics: { payload: ProjectMetricsPayload; result: ProjectMetricsResult };
  getIncidentMetrics: { payload: IncidentMetricsPayload; result: IncidentMetricsResult };
  getTestMetrics: { payload: TestMetricsPayload; result: TestMetricsResult };
  getIncidentTestCoverage: { payload: IncidentTestCoveragePayload; result: IncidentTestCoverageResult };
  saveXrayKey: { payload: SaveXrayKeyPayload; result: XrayKeyView };
  deleteXrayKey: { payload: DeleteXrayKeyPayload; result: XrayKeyView };
  getWatchedFigures: { payload: WatchedFiguresPayload; result: WatchedFiguresResult };
  listProjects: { payload: ListProjectsPayload; result: ListProjectsResult };
}
