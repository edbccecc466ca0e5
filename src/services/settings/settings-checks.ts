/**
 * The checks a settings save makes against Jira before anything is written: the escaped-defect
 * rule is valid JQL where it will be used (`POST /rest/api/3/jql/parse`, strict validation, inside
 * `project = X AND (<rule>)`), and every issue type, resolution and project it names exists.
 * Each problem is reported against its field, in words a project admin can act on.
 */
import type { JiraClient, NamedItem, ProjectRecord } from '../../jira';
import { quoteJqlValue } from '../../domain/metrics/jql';
import { isDefaultInvalidResolution } from '../../domain/metrics/resolutions';
import { defaultSettings, type MetricsSettings } from '../../domain/metrics/settings';

export type SettingsProblems = Partial<Record<keyof MetricsSettings, string>>;

/** The JQL the escaped rule is checked in: the same shape the metrics search uses. */
export function escapedRuleCheckJql(projectKey: string, clause: string): string {
  return `project = ${quoteJqlValue(projectKey)} AND (${clause.trim()})`;
}

/** Jira's own words about the rule, or null when it parses and validates. */
export async function escapedRuleProblem(client: JiraClient, projectKey: string, clause: string): Promise<string | null> {
  const [parsed] = await client.parseJql([escapedRuleCheckJql(projectKey, clause)], 'strict');
  const errors = parsed?.errors ?? [];
  return errors.length === 0 ? null : `The escaped-defect rule is not valid JQL: ${errors.join(' ')}`;
}

function folded(names: readonly (string | undefined)[]): Set<string> {
  return new Set(names.flatMap((name) => (name ? [name.toLowerCase()] : [])));
}

function listed(names: readonly (string | undefined)[]): string {
  return names.filter((name): name is string => Boolean(name)).join(', ');
}

function unknownNames(wanted: readonly string[], known: ReadonlySet<string>): string[] {
  return wanted.filter((name) => !known.has(name.toLowerCase()));
}

/** Names in double quotes for a message (not JQL). */
function quotedNames(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** Issue type names not among the project's types (Jira compares names case-insensitively). */
export function issueTypeProblem(what: string, wanted: readonly string[], project: ProjectRecord): string | null {
  const types = project.issueTypes;
  const missing = unknownNames(wanted, folded(types.map((t) => t.name)));
  if (missing.length === 0) return null;
  return `${what}: ${quotedNames(missing)} ${missing.length === 1 ? 'is not an issue type' : 'are not issue types'} of project ${project.key ?? ''} `
    + `(its types: ${listed(types.map((t) => t.name))}).`;
}

/**
 * Names the site does not have are refused, except the default ones (DESIGN.md section 4 lists
 * Server-era names a Cloud site may lack): they match nothing until the site has them.
 */
export function resolutionProblem(wanted: readonly string[], resolutions: readonly NamedItem[]): string | null {
  const missing = unknownNames(wanted.filter((name) => !isDefaultInvalidResolution(name)), folded(resolutions.map((r) => r.name)));
  if (missing.length === 0) return null;
  return `Invalid resolutions: ${quotedNames(missing)} ${missing.length === 1 ? 'is not a resolution' : 'are not resolutions'} of this site `
    + `(its resolutions: ${listed(resolutions.map((r) => r.name))}).`;
}

export interface SettingsCheckInput {
  settings: MetricsSettings;
  project: ProjectRecord;
  /** The action-item target project when it differs from `project`; null when it does not exist or is not visible. */
  targetProject: ProjectRecord | null | undefined;
  resolutions: readonly NamedItem[];
  escapedRuleProblem: string | null;
  /** The site's issue link types (the test link type must be one). */
  linkTypes: readonly NamedItem[];
  /** Whether the project has an Xray API key saved (the Xray source needs one). */
  xrayKeySaved: boolean;
}

/**
 * The Tests section: the issue types it names are the project's, its link type the site's, and Xray
 * has a key. The defaults are let through as the default resolutions are: a project without tests
 * keeps them, and its coverage is simply "no data".
 */
function testsProblem(input: SettingsCheckInput): string | null {
  const { tests } = input.settings;
  const defaults = defaultSettings().tests;
  const changed = (wanted: readonly string[], byDefault: readonly string[]) => wanted.filter((name) => !byDefault.some((d) => d.toLowerCase() === name.toLowerCase()));
  const problems = [
    issueTypeProblem('Requirement issue types', changed(tests.requirementIssueTypes, defaults.requirementIssueTypes), input.project),
    issueTypeProblem('Test issue types', changed(tests.testIssueTypes, defaults.testIssueTypes), input.project),
    changed([tests.testLinkType], [defaults.testLinkType]).length === 0 || folded(input.linkTypes.map((t) => t.name)).has(tests.testLinkType.toLowerCase())
      ? null
      : `Test link type: "${tests.testLinkType}" is not an issue link type of this site (its link types: ${listed(input.linkTypes.map((t) => t.name))}).`,
    tests.source === 'xray' && !input.xrayKeySaved
      ? 'Test source: Xray Cloud needs an API key. Save the key (client id and secret) first, then choose Xray Cloud.'
      : null,
  ].filter((p): p is string => p !== null);
  return problems.length === 0 ? null : problems.join(' ');
}

/** Every problem, by field; empty when the settings can be saved. */
export function settingsProblems(input: SettingsCheckInput): SettingsProblems {
  const { settings, project } = input;
  const problems: SettingsProblems = {};
  const add = (field: keyof MetricsSettings, problem: string | null) => {
    if (problem) problems[field] = problem;
  };
  add('escapedDefectJql', input.escapedRuleProblem);
  add('defectIssueTypes', issueTypeProblem('Defect issue types', settings.defectIssueTypes, project));
  add('incidentIssueTypes', issueTypeProblem('Incident issue types', settings.incidentIssueTypes, project));
  add('invalidResolutions', resolutionProblem(settings.invalidResolutions, input.resolutions));
  add('tests', testsProblem(input));
  if (input.targetProject === null) {
    add('actionItemProjectKey', `Action-item project: project ${settings.actionItemProjectKey ?? ''} does not exist, or you cannot browse it.`);
  } else {
    add('actionItemIssueType', issueTypeProblem('Action-item issue type', [settings.actionItemIssueType], input.targetProject ?? project));
  }
  return problems;
}
