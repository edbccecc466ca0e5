/**
 * Where a project's QA post-mortem settings live: the project entity property
 * `qa-postmortem-settings` (DESIGN.md section 3), read and written as the user so Jira decides who
 * may see and change it. Absent means the defaults; a stored value that no longer validates is
 * reported instead of being silently replaced.
 * https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/
 */
import { describeIssues, issuesOfZodError } from '../../validation-issues';
import { AppError } from '../../errors';
import { isNotFound, projectFromJira, type JiraClient, type ProjectRecord } from '../../jira';
import { MetricsSettingsSchema, defaultSettings, type MetricsSettings } from '../../domain/metrics/settings';

export const SETTINGS_PROPERTY_KEY = 'qa-postmortem-settings';

export interface StoredSettings {
  settings: MetricsSettings;
  /** No settings were saved: the defaults apply. */
  isDefault: boolean;
  /** Why the stored value is unusable (`settings` are then the defaults); absent when it is fine. */
  invalidReason?: string;
}

/** The settings as stored, or the defaults; `invalidReason` says when the stored value is unusable. */
export async function readStoredSettings(client: JiraClient, projectKey: string): Promise<StoredSettings> {
  const property = await client.getProjectProperty(projectKey, SETTINGS_PROPERTY_KEY);
  if (property === undefined) return { settings: defaultSettings(), isDefault: true };
  const parsed = MetricsSettingsSchema.safeParse(property.value);
  if (parsed.success) return { settings: parsed.data, isDefault: false };
  return { settings: defaultSettings(), isDefault: false, invalidReason: describeIssues(issuesOfZodError(parsed.error)) };
}

/**
 * The settings the metrics must use. A missing property is indistinguishable from a project the
 * user cannot see (Jira answers 404 to both), so then the project itself is asked for: a project
 * with saved settings costs one request, one without costs two (one, when the caller has just read an
 * issue of the project as the same user: `browseProven`). Unusable stored settings stop the
 * computation rather than measure something nobody configured.
 */
export async function loadSettingsForMetrics(client: JiraClient, projectKey: string, options: { browseProven?: boolean } = {}): Promise<MetricsSettings> {
  return (await loadMetricsSettings(client, projectKey, options)).settings;
}

/** loadSettingsForMetrics, saying too whether the settings are saved (the property exists) or the defaults. */
export async function loadMetricsSettings(client: JiraClient, projectKey: string, options: { browseProven?: boolean } = {}): Promise<{ settings: MetricsSettings; saved: boolean }> {
  const stored = await readStoredSettings(client, projectKey);
  if (stored.invalidReason !== undefined) {
    throw new AppError('VALIDATION', `The saved QA post-mortem settings of ${projectKey} are not valid (${stored.invalidReason}). `
      + 'Ask a project administrator to open them in Project settings and save them again.');
  }
  if (stored.isDefault && options.browseProven !== true) await projectOrNotFound(client, projectKey);
  return { settings: stored.settings, saved: !stored.isDefault };
}

/** The project, or a NOT_FOUND AppError that says why it may be missing. */
export async function projectOrNotFound(client: JiraClient, projectKey: string): Promise<ProjectRecord> {
  try {
    return projectFromJira(await client.getProject(projectKey));
  } catch (error) {
    if (isNotFound(error)) throw projectNotFound(projectKey);
    throw error;
  }
}

export function projectNotFound(projectKey: string): AppError {
  return new AppError('NOT_FOUND', `Project ${projectKey} does not exist, or you do not have permission to browse it.`);
}

export async function writeStoredSettings(client: JiraClient, projectKey: string, settings: MetricsSettings): Promise<void> {
  await client.setProjectProperty(projectKey, SETTINGS_PROPERTY_KEY, settings);
}

