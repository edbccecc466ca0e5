/**
 * The contract's fixed lists, without zod: the screens import these at run time, the schemas in
 * the other contract modules build on them, and a bundle that needs no schema ships no zod.
 */
export const ERROR_CODES = [
  'VALIDATION', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'TOO_LARGE', 'JIRA_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** `release` groups by affects version (the release a defect escaped from), `fixVersion` by the release that repaired it. */
export const METRICS_GROUP_BY = ['month', 'release', 'fixVersion', 'component'] as const;
export type MetricsGroupBy = (typeof METRICS_GROUP_BY)[number];

/** The fields of an action item the checks before creation look at. */
export const ACTION_ITEM_FIELDS = ['title', 'type', 'owner', 'dueDate', 'task'] as const;
export type ActionItemField = (typeof ACTION_ITEM_FIELDS)[number];

/** Xray Cloud's global host and its regional ones (src/xray/regions.ts gives their URLs). */
export const XRAY_REGIONS = ['global', 'us', 'eu', 'au'] as const;
export type XrayRegion = (typeof XRAY_REGIONS)[number];

export const XRAY_REGION_LABELS: Record<XrayRegion, string> = {
  global: 'Global (xray.cloud.getxray.app)',
  us: 'United States (us.xray.cloud.getxray.app)',
  eu: 'Europe (eu.xray.cloud.getxray.app)',
  au: 'Australia (au.xray.cloud.getxray.app)',
};
