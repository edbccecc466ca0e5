/**
 * The settings form's working copy: the stored settings as the fields show them (numbers as the
 * text typed), checked field by field before saving with the same limits the backend's
 * MetricsSettingsSchema enforces, and the backend's answer to a rejected save (Jira's message about
 * the JQL clause, an unknown issue type…) mapped back onto the field it concerns.
 */
import type { MetricsSettings, MetricsSettingsInput } from '../../../src/domain/metrics/settings';
import type { UiError } from '../../shared/src/ui-error';

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
  };
}

function wholeWeeks(text: string, problems: FieldProblems, field: SettingsField): number {
  const value = Number(text.trim());
  if (!text.trim() || !Number.isInteger(value) || value < 1 || value > 104) problems[field] = 'Enter a whole number of weeks from 1 to 104.';
  return value;
}

function percent(text: string, problems: FieldProblems, field: SettingsField): number {
  const value = Number(text.trim());
  if (!text.trim() || !Number.isFinite(value) || value < 0 || value > 100) problems[field] = 'Enter a percentage from 0 to 100.';
  return value;
}

/** The settings to save, or the problems that stop the save (nothing is sent then). */
export function settingsOfDraft(draft: SettingsDraft): { settings: MetricsSettingsInput | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  if (draft.defectIssueTypes.length === 0) problems.defectIssueTypes = 'Choose at least one defect issue type.';
  if (draft.incidentIssueTypes.length === 0) problems.incidentIssueTypes = 'Choose at least one incident issue type.';
  const clause = draft.escapedDefectJql.trim();
  if (!clause) problems.escapedDefectJql = 'Enter the JQL condition an escaped defect meets, e.g. labels = found-in-production.';
  else if (clause.length > 2000) problems.escapedDefectJql = 'Keep the condition under 2,000 characters.';
  if (!draft.actionItemIssueType.trim()) problems.actionItemIssueType = 'Choose the issue type of action-item tasks.';
  const high = wholeWeeks(draft.dueWeeksHigh, problems, 'dueWeeksHigh');
  const other = wholeWeeks(draft.dueWeeksOther, problems, 'dueWeeksOther');
  const leakageRate = percent(draft.leakageTarget, problems, 'leakageTarget');
  const reopenRate = percent(draft.reopenTarget, problems, 'reopenTarget');
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
};

function fieldOfPath(path: string): SettingsField | undefined {
  const bare = path.replace(/^settings\./, '');
  return FIELD_OF_PATH[bare] ?? FIELD_OF_PATH[bare.split('.')[0]];
}

/**
 * A rejected save as problems by field: the backend's `details.fields` ({escapedDefectJql: "…Jira's
 * message…"}), or a schema message such as "settings.targets.leakageRate: Too big". What cannot be
 * placed on a field stays for the form's summary.
 */
export function problemsOfSaveError(error: UiError): { fields: FieldProblems; unplaced: string | null } {
  const fields: FieldProblems = {};
  const details = error.details as { fields?: Record<string, unknown> } | undefined;
  if (details && typeof details.fields === 'object' && details.fields !== null) {
    for (const [path, message] of Object.entries(details.fields)) {
      const field = fieldOfPath(path);
      if (field && typeof message === 'string') fields[field] = message;
    }
  }
  if (Object.keys(fields).length === 0 && error.code === 'VALIDATION') {
    const body = error.message.replace(/^The request is not valid:\s*/, '');
    for (const part of body.split('; ')) {
      const match = /^([\w.]+): (.+)$/.exec(part);
      const field = match ? fieldOfPath(match[1]) : undefined;
      if (match && field) fields[field] = match[2];
    }
  }
  return { fields, unplaced: Object.keys(fields).length === 0 ? error.message : null };
}
