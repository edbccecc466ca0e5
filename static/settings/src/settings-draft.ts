/**
 * The settings form's working copy: the stored settings as the fields show them (numbers as the
 * text typed), checked field by field before saving with the same limits the backend's
 * MetricsSettingsSchema enforces, and the backend's answer to a rejected save (Jira's message about
 * the JQL clause, an unknown issue type…) mapped back onto the field it concerns.
 */
import type { MetricsSettings, MetricsSettingsInput, TestSource } from '../../../src/domain/metrics/settings';
import { SETTINGS_LIMITS } from '../../../src/domain/metrics/settings-limits';
import { validationIssuesOf, type UiError } from '../../shared/src/ui-error';

export interface SettingsDraft {
  defectIssueTypes: string[];
  escapedDefectJql: string;
  invalidResolutions: string[];
  incidentIssueTypes: string[];
  /** null: the project the settings belong to. */
  actionItemProjectKey: string | null;
  actionItemIssueType: string;
  dueWeeksHigh: string;
  dueWeeksOther: string;
  leakageTarget: string;
  reopenTarget: string;
  testSource: TestSource;
  requirementIssueTypes: string[];
  testIssueTypes: string[];
  testLinkType: string;
  uatEnvironment: string;
  coverageTarget: string;
  executionTarget: string;
  uatTarget: string;
}

export type SettingsField = keyof SettingsDraft;
export type FieldProblems = Partial<Record<SettingsField, string>>;

export function draftOfSettings(settings: MetricsSettings): SettingsDraft {
  return {
    defectIssueTypes: [...settings.defectIssueTypes],
    escapedDefectJql: settings.escapedDefectJql,
    invalidResolutions: [...settings.invalidResolutions],
    incidentIssueTypes: [...settings.incidentIssueTypes],
    actionItemProjectKey: settings.actionItemProjectKey ?? null,
    actionItemIssueType: settings.actionItemIssueType,
    dueWeeksHigh: String(settings.dueDateWeeks.high),
    dueWeeksOther: String(settings.dueDateWeeks.other),
    leakageTarget: String(settings.targets.leakageRate),
    reopenTarget: String(settings.targets.reopenRate),
    testSource: settings.tests.source,
    requirementIssueTypes: [...settings.tests.requirementIssueTypes],
    testIssueTypes: [...settings.tests.testIssueTypes],
    testLinkType: settings.tests.testLinkType,
    uatEnvironment: settings.tests.uatEnvironment,
    coverageTarget: String(settings.tests.targets.requirementCoverage),
    executionTarget: String(settings.tests.targets.executionProgress),
    uatTarget: String(settings.tests.targets.uatPassRate),
  };
}

function wholeWeeks(text: string, problems: FieldProblems, field: SettingsField): number {
  const value = Number(text.trim());
  const { min, max } = SETTINGS_LIMITS.dueWeeks;
  if (!text.trim() || !Number.isInteger(value) || value < min || value > max) problems[field] = `Enter a whole number of weeks from ${min} to ${max}.`;
  return value;
}

function percent(text: string, problems: FieldProblems, field: SettingsField): number {
  const value = Number(text.trim());
  const { min, max } = SETTINGS_LIMITS.targetPercent;
  if (!text.trim() || !Number.isFinite(value) || value < min || value > max) problems[field] = `Enter a percentage from ${min} to ${max}.`;
  return value;
}

/** The settings to save, or the problems that stop the save (nothing is sent then). */
export function settingsOfDraft(draft: SettingsDraft): { settings: MetricsSettingsInput | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  if (draft.defectIssueTypes.length === 0) problems.defectIssueTypes = 'Choose at least one defect issue type.';
  if (draft.incidentIssueTypes.length === 0) problems.incidentIssueTypes = 'Choose at least one incident issue type.';
  const clause = draft.escapedDefectJql.trim();
  if (!clause) problems.escapedDefectJql = 'Enter the JQL condition an escaped defect meets, e.g. labels = found-in-production.';
  else if (clause.length > SETTINGS_LIMITS.escapedDefectJqlMaxChars) {
    problems.escapedDefectJql = `Keep the condition under ${SETTINGS_LIMITS.escapedDefectJqlMaxChars.toLocaleString('en')} characters.`;
  }
  if (!draft.actionItemIssueType.trim()) problems.actionItemIssueType = 'Choose the issue type of action-item tasks.';
  const high = wholeWeeks(draft.dueWeeksHigh, problems, 'dueWeeksHigh');
  const other = wholeWeeks(draft.dueWeeksOther, problems, 'dueWeeksOther');
  const leakageRate = percent(draft.leakageTarget, problems, 'leakageTarget');
  const reopenRate = percent(draft.reopenTarget, problems, 'reopenTarget');
  if (draft.requirementIssueTypes.length === 0) problems.requirementIssueTypes = 'Choose at least one requirement issue type.';
  if (draft.testIssueTypes.length === 0) problems.testIssueTypes = 'Choose at least one test issue type.';
  if (!draft.testLinkType.trim()) problems.testLinkType = 'Choose the link type that joins a test to what it tests.';
  if (!draft.uatEnvironment.trim()) problems.uatEnvironment = 'Enter the test environment or label of UAT test executions, e.g. UAT.';
  else if (draft.uatEnvironment.trim().length > 255) problems.uatEnvironment = 'Keep it under 255 characters.';
  const requirementCoverage = percent(draft.coverageTarget, problems, 'coverageTarget');
  const executionProgress = percent(draft.executionTarget, problems, 'executionTarget');
  const uatPassRate = percent(draft.uatTarget, problems, 'uatTarget');
  if (Object.keys(problems).length > 0) return { settings: null, problems };
  return {
    problems,
    settings: {
      defectIssueTypes: draft.defectIssueTypes,
      escapedDefectJql: clause,
      invalidResolutions: draft.invalidResolutions,
      incidentIssueTypes: draft.incidentIssueTypes,
      ...(draft.actionItemProjectKey ? { actionItemProjectKey: draft.actionItemProjectKey } : {}),
      actionItemIssueType: draft.actionItemIssueType.trim(),
      dueDateWeeks: { high, other },
      targets: { leakageRate, reopenRate },
      tests: {
        source: draft.testSource,
        requirementIssueTypes: draft.requirementIssueTypes,
        testIssueTypes: draft.testIssueTypes,
        testLinkType: draft.testLinkType.trim(),
        uatEnvironment: draft.uatEnvironment.trim(),
        targets: { requirementCoverage, executionProgress, uatPassRate },
      },
    },
  };
}

/** Where each of the backend's settings paths shows in the form. */
const FIELD_OF_PATH: Record<string, SettingsField> = {
  defectIssueTypes: 'defectIssueTypes',
  escapedDefectJql: 'escapedDefectJql',
  invalidResolutions: 'invalidResolutions',
  incidentIssueTypes: 'incidentIssueTypes',
  actionItemProjectKey: 'actionItemProjectKey',
  actionItemIssueType: 'actionItemIssueType',
  'dueDateWeeks.high': 'dueWeeksHigh',
  'dueDateWeeks.other': 'dueWeeksOther',
  'targets.leakageRate': 'leakageTarget',
  'targets.reopenRate': 'reopenTarget',
  // The Tests section's own checks (issue types, link type, the Xray key) come back as one message.
  tests: 'testSource',
  'tests.source': 'testSource',
  'tests.requirementIssueTypes': 'requirementIssueTypes',
  'tests.testIssueTypes': 'testIssueTypes',
  'tests.testLinkType': 'testLinkType',
  'tests.uatEnvironment': 'uatEnvironment',
  'tests.targets.requirementCoverage': 'coverageTarget',
  'tests.targets.executionProgress': 'executionTarget',
  'tests.targets.uatPassRate': 'uatTarget',
};

function fieldOfPath(path: string): SettingsField | undefined {
  const bare = path.replace(/^settings\./, '');
  return FIELD_OF_PATH[bare] ?? FIELD_OF_PATH[bare.split('.')[0]];
}

/**
 * A rejected save as problems by field, from the backend's validation issues (field path and
 * message: "settings.targets.leakageRate", "settings.escapedDefectJql"). What cannot be placed on a
 * field stays for the form's summary.
 */
export function problemsOfSaveError(error: UiError): { fields: FieldProblems; unplaced: string | null } {
  const fields: FieldProblems = {};
  for (const issue of validationIssuesOf(error)) {
    const field = fieldOfPath(issue.path.join('.'));
    if (field && fields[field] === undefined) fields[field] = issue.message;
  }
  return { fields, unplaced: Object.keys(fields).length === 0 ? error.message : null };
}
