/**
 * The closed sets of values a post-mortem uses (severities, kinds, categories, types, priorities),
 * each with the label the UI and the summary comment show. One place, so the document schema,
 * the rules and the UI cannot disagree about what a value means.
 */

export const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = {
  sev1: 'SEV1 (critical)',
  sev2: 'SEV2 (major)',
  sev3: 'SEV3 (moderate)',
  sev4: 'SEV4 (minor)',
};

export const EVIDENCE_KINDS = ['log', 'dashboard', 'incident-report', 'other'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  log: 'Log',
  dashboard: 'Dashboard',
  'incident-report': 'Incident report',
  other: 'Other',
};

export const SUSPECTED_CHANGE_KINDS = ['issue', 'fix-version', 'deployment', 'other'] as const;
export type SuspectedChangeKind = (typeof SUSPECTED_CHANGE_KINDS)[number];
export const SUSPECTED_CHANGE_KIND_LABELS: Record<SuspectedChangeKind, string> = {
  issue: 'Linked issue',
  'fix-version': 'Fix version',
  deployment: 'Deployment',
  other: 'Other',
};

export const TIMELINE_EVENT_KINDS = ['status', 'priority', 'assignee', 'comment', 'link', 'custom'] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

export const TIMELINE_EVENT_SOURCES = ['jira', 'user'] as const;
export type TimelineEventSource = (typeof TIMELINE_EVENT_SOURCES)[number];

export const ROOT_CAUSE_CATEGORIES = [
  'requirement-gap',
  'test-gap',
  'environment-gap',
  'process-gap',
  'code-defect',
  'third-party',
  'other',
] as const;
export type RootCauseCategory = (typeof ROOT_CAUSE_CATEGORIES)[number];
export const ROOT_CAUSE_CATEGORY_LABELS: Record<RootCauseCategory, string> = {
  'requirement-gap': 'Requirement gap',
  'test-gap': 'Test gap',
  'environment-gap': 'Environment gap',
  'process-gap': 'Process gap',
  'code-defect': 'Code defect',
  'third-party': 'Third party',
  other: 'Other',
};

export const PROBE_ANSWERS = ['yes', 'partly', 'no', 'unknown'] as const;
export type ProbeAnswer = (typeof PROBE_ANSWERS)[number];
export const PROBE_ANSWER_LABELS: Record<ProbeAnswer, string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  unknown: 'Unknown',
};

export const ACTION_ITEM_TYPES = [
  'test-design-enhancement',
  'exploratory-test-charter',
  'process-refinement',
  'metric-monitoring',
  'fix-validation',
  'other',
] as const;
export type ActionItemType = (typeof ACTION_ITEM_TYPES)[number];
export const ACTION_ITEM_TYPE_LABELS: Record<ActionItemType, string> = {
  'test-design-enhancement': 'Test design enhancement',
  'exploratory-test-charter': 'Exploratory test charter',
  'process-refinement': 'Process refinement',
  'metric-monitoring': 'Metric monitoring',
  'fix-validation': 'Fix validation',
  other: 'Other',
};

/**
 * The figures a Metric monitoring action item can watch (DESIGN.md sections 4 and 4b), and which way
 * each must go to meet its target: the defect rates stay at or under it, the test figures reach it.
 */
export const WATCHED_FIGURES = ['leakageRate', 'reopenRate', 'requirementCoverage', 'executionProgress', 'uatPassRate'] as const;
export type WatchedFigure = (typeof WATCHED_FIGURES)[number];
export const WATCHED_FIGURE_LABELS: Record<WatchedFigure, string> = {
  leakageRate: 'Defect leakage rate',
  reopenRate: 'Defect reopen rate',
  requirementCoverage: 'Requirement coverage',
  executionProgress: 'Test execution progress',
  uatPassRate: 'UAT pass rate',
};
export const WATCHED_FIGURE_DIRECTION: Record<WatchedFigure, 'atMost' | 'atLeast'> = {
  leakageRate: 'atMost',
  reopenRate: 'atMost',
  requirementCoverage: 'atLeast',
  executionProgress: 'atLeast',
  uatPassRate: 'atLeast',
};

/** Whether a rate meets a watched figure's target; null when there is no data to judge. */
export function meetsWatchedTarget(figure: WatchedFigure, rate: number | null, target: number): boolean | null {
  if (rate === null) return null;
  return WATCHED_FIGURE_DIRECTION[figure] === 'atMost' ? rate <= target : rate >= target;
}

/** Jira's default priority names; action-item tasks are created with these. */
export const ACTION_ITEM_PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'] as const;
export type ActionItemPriority = (typeof ACTION_ITEM_PRIORITIES)[number];

/** Jira status category keys (StatusCategory.key in the REST API). */
export const STATUS_CATEGORY_KEYS = ['new', 'indeterminate', 'done'] as const;
export type StatusCategoryKey = (typeof STATUS_CATEGORY_KEYS)[number];

export const POSTMORTEM_STATUSES = ['draft', 'in-progress', 'complete'] as const;
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];
export const POSTMORTEM_STATUS_LABELS: Record<PostmortemStatus, string> = {
  draft: 'Draft',
  'in-progress': 'In progress',
  complete: 'Complete',
};

/**
 * Where the fix-validation action items stand, as the JQL index stores it (a string: Jira's
 * entity-property index has no boolean type): none exist, some are not done, or all are done.
 */
export const FIX_VALIDATION_STATES = ['none', 'open', 'done'] as const;
export type FixValidationState = (typeof FIX_VALIDATION_STATES)[number];
