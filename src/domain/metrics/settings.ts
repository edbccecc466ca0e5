/**
 * Per-project metrics settings (DESIGN.md section 4): what counts as a defect, as escaped, as
 * invalid, which issues are incidents, where action-item tasks go, due-date defaults and targets.
 * Stored as a project entity property; `MetricsSettingsSchema` fills every missing field with its
 * default so an empty or older property still yields complete settings.
 */
import { z } from 'zod';
import { SETTINGS_LIMITS } from './settings-limits';

export { SETTINGS_LIMITS };

import { DEFAULT_INVALID_RESOLUTIONS } from './resolutions';

export { DEFAULT_INVALID_RESOLUTIONS, KNOWN_VALID_RESOLUTIONS, isDefaultInvalidResolution, unmentionedResolutions } from './resolutions';

const name = z.string().trim().min(1, 'must not be empty').max(255);

/** Names compared as Jira compares them, case-insensitively: each kept once, first spelling first. */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const folded = n.toLowerCase();
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

const nameList = z.array(name).transform(distinctNames);

const percentTarget = z.number().min(SETTINGS_LIMITS.targetPercent.min).max(SETTINGS_LIMITS.targetPercent.max);
const weeks = z.int().min(SETTINGS_LIMITS.dueWeeks.min).max(SETTINGS_LIMITS.dueWeeks.max);

/** Where the project's tests are kept (DESIGN.md section 4b): Xray Cloud, or Jira issues alone. */
export const TEST_SOURCES = ['jira', 'xray'] as const;
export type TestSource = (typeof TEST_SOURCES)[number];

/**
 * The test-management settings: the source; the requirement and test issue types and the link type
 * that joins them (Xray's own is "Test": a test "tests" a requirement); the test environment or
 * label of UAT executions; and the targets of the three figures, each one to reach or exceed.
 */
const TestSettingsSchema = z.object({
  source: z.enum(TEST_SOURCES).default('jira'),
  requirementIssueTypes: nameList.pipe(z.array(z.string()).min(1, 'at least one requirement issue type is needed')).default(['Story']),
  testIssueTypes: nameList.pipe(z.array(z.string()).min(1, 'at least one test issue type is needed')).default(['Test']),
  testLinkType: name.default('Test'),
  uatEnvironment: name.default('UAT'),
  targets: z.object({
    requirementCoverage: percentTarget.default(90),
    executionProgress: percentTarget.default(100),
    uatPassRate: percentTarget.default(95),
  }).default({ requirementCoverage: 90, executionProgress: 100, uatPassRate: 95 }),
});

export type TestSettings = z.output<typeof TestSettingsSchema>;

export const MetricsSettingsSchema = z.object({
  defectIssueTypes: nameList.pipe(z.array(z.string()).min(1, 'at least one defect issue type is needed')).default(['Bug']),
  escapedDefectJql: z.string().trim().min(1, 'must not be empty').max(SETTINGS_LIMITS.escapedDefectJqlMaxChars)
    .superRefine((clause, ctx) => {
      const problem = embeddedClauseProblem(clause);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default('labels = found-in-production'),
  invalidResolutions: nameList.default([...DEFAULT_INVALID_RESOLUTIONS]),
  incidentIssueTypes: nameList.pipe(z.array(z.string()).min(1, 'at least one incident issue type is needed')).default(['Incident']),
  actionItemProjectKey: z.string().trim().regex(/^[A-Z][A-Z0-9_]{0,254}$/, 'must be a Jira project key such as QA').optional(),
  actionItemIssueType: name.default('Task'),
  dueDateWeeks: z.object({ high: weeks.default(4), other: weeks.default(8) }).default({ high: 4, other: 8 }),
  targets: z.object({ leakageRate: percentTarget.default(10), reopenRate: percentTarget.default(5) })
    .default({ leakageRate: 10, reopenRate: 5 }),
  tests: TestSettingsSchema.default(() => TestSettingsSchema.parse({})),
});

export type MetricsSettings = z.output<typeof MetricsSettingsSchema>;
export type MetricsSettingsInput = z.input<typeof MetricsSettingsSchema>;

export function defaultSettings(): MetricsSettings {
  return MetricsSettingsSchema.parse({});
}

/**
 * The escaped rule is pasted into `(<scope>) AND (<clause>)`, so it must stay one clause: no
 * ORDER BY, and parentheses balanced outside quoted strings (else `a) OR (b` would widen the
 * search beyond the scope).
 */
export function embeddedClauseProblem(clause: string): string | null {
  let depth = 0;
  let unquoted = '';
  for (let i = 0; i < clause.length; i += 1) {
    const ch = clause[i];
    if (ch === '"' || ch === "'") {
      const end = closingQuote(clause, i);
      if (end < 0) return 'has a quote that is never closed';
      i = end;
      unquoted += ' ';
      continue;
    }
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (depth < 0) return 'closes a parenthesis it never opened';
    unquoted += ch;
  }
  if (depth !== 0) return 'has a parenthesis that is never closed';
  if (/\border\s+by\b/i.test(unquoted)) return 'must be a condition only, without ORDER BY';
  return null;
}

function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === text[start]) return i;
  }
  return -1;
}

/**
 * A stable hash of the settings for cache keys: equal settings give equal fingerprints whatever
 * the key order, list order or the case of names that Jira compares case-insensitively.
 */
export function settingsFingerprint(settings: MetricsSettings): string {
  const folded = (names: readonly string[]) => names.map((n) => n.toLowerCase()).sort();
  const canonical = JSON.stringify([
    folded(settings.defectIssueTypes),
    settings.escapedDefectJql.trim(),
    folded(settings.invalidResolutions),
    folded(settings.incidentIssueTypes),
    settings.actionItemProjectKey ?? null,
    settings.actionItemIssueType.toLowerCase(),
    [settings.dueDateWeeks.high, settings.dueDateWeeks.other],
    [settings.targets.leakageRate, settings.targets.reopenRate],
  ]);
  return hash64(canonical);
}

/** Two independent 32-bit FNV-1a lanes: 16 hex characters, no crypto dependency in the domain. */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
