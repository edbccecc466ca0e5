/**
 * Reading and saving a project's QA post-mortem settings. Reading answers the settings with what a
 * form needs (the project's issue types, components and versions, the site's resolutions, the
 * projects the user can browse) and whether the user may save. Saving is for project
 * administrators only and is checked against Jira first (settings-checks.ts): nothing is written
 * unless every field is valid.
 */
import { AppError } from '../../errors';
import type { ValidationDetails } from '../../contract';
import { isNotFound, namedItemsFromJira, projectFromJira, type JiraClient, type NamedItem, type ProjectRecord } from '../../jira';
import type { MetricsSettings } from '../../domain/metrics/settings';
import type { NamedOption, SaveSettingsResult, SettingsResult, VersionOption } from '../../contracts/metrics';
import { markProjectChanged } from '../metrics/change-marks';
import { userMetricsJira, type MetricsJira } from '../metrics/metrics-jira';
import { forgeKeyValueStore, systemClock, type Clock, type KeyValueStore } from '../metrics/ports';
import { projectOptionOf } from '../metrics/project-directory';
import { escapedRuleProblem, settingsProblems } from './settings-checks';
import type { XrayCredentials, XrayFetch } from '../../xray/client';
import { deleteCredentials, forgeSecretStore, saveCredentials, xrayKeyView, type SecretStore, type XrayKeyView } from '../tests/xray-connection';
import { projectOrNotFound, readStoredSettings, writeStoredSettings } from './settings-store';

export const ADMINISTER_PROJECTS = 'ADMINISTER_PROJECTS';

export interface SettingsDeps {
  jira: MetricsJira;
  /** Where the project is marked as changed once its settings are saved (cached figures go stale). */
  store: KeyValueStore;
  clock: Clock;
  /** The project's Xray API key (secret storage). */
  secrets: SecretStore;
  /** Test-only: how Xray is reached. */
  xrayFetch?: XrayFetch;
}

function depsWithDefaults(deps: Partial<SettingsDeps>): SettingsDeps {
  return {
    jira: deps.jira ?? userMetricsJira(), store: deps.store ?? forgeKeyValueStore(), clock: deps.clock ?? systemClock,
    secrets: deps.secrets ?? forgeSecretStore(), xrayFetch: deps.xrayFetch,
  };
}

function named(items: readonly NamedItem[]): NamedOption[] {
  return items.flatMap((item) => (item.id ? [{ id: item.id, name: item.name }] : []));
}

function versionOptions(project: ProjectRecord): VersionOption[] {
  return project.versions.flatMap((v) => (v.id
    ? [{ id: v.id, name: v.name, released: v.released, releaseDate: v.releaseDate }]
    : []));
}

export async function getSettings(projectKey: string, deps: Partial<SettingsDeps> = {}): Promise<SettingsResult> {
  const { jira, secrets } = depsWithDefaults(deps);
  const { client } = jira;
  // The project first: nothing else is asked of Jira for a project the user cannot browse (a refused
  // request must not leave others still running behind its answer).
  const project = await projectOrNotFound(client, projectKey);
  const [stored, resolutions, projects, permissions, linkTypes, xrayKey] = await Promise.all([
    readStoredSettings(client, projectKey),
    client.getResolutions().then(namedItemsFromJira),
    jira.searchProjects(),
    client.myPermissions({ projectKey }, [ADMINISTER_PROJECTS]),
    client.getIssueLinkTypes().then(namedItemsFromJira),
    xrayKeyView(secrets, projectKey),
  ]);
  return {
    projectKey,
    projectName: project.name ?? projectKey,
    settings: stored.settings,
    isDefault: stored.isDefault,
    canEdit: permissions[ADMINISTER_PROJECTS] === true,
    xrayKey,
    ...(stored.invalidReason === undefined
      ? {}
      : { problem: `The saved settings are not valid (${stored.invalidReason}); the defaults are shown. Save to replace them.` }),
    options: {
      issueTypes: named(project.issueTypes),
      resolutions: named(resolutions),
      projects: projects.flatMap((p) => projectOptionOf(p) ?? []),
      components: named(project.components),
      versions: versionOptions(project),
      linkTypes: named(linkTypes),
    },
  };
}

/** The action-item target project when it is another one; null when it cannot be seen. */
async function targetProjectOf(client: JiraClient, projectKey: string, settings: MetricsSettings): Promise<ProjectRecord | null | undefined> {
  const target = settings.actionItemProjectKey;
  if (target === undefined || target === projectKey) return undefined;
  try {
    return projectFromJira(await client.getProject(target));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Settings and the Xray key are for project administrators only. */
async function requireProjectAdmin(client: JiraClient, projectKey: string): Promise<void> {
  const permissions = await client.myPermissions({ projectKey }, [ADMINISTER_PROJECTS]);
  if (permissions[ADMINISTER_PROJECTS] !== true) {
    throw new AppError('FORBIDDEN', `Only administrators of project ${projectKey} can change its QA post-mortem settings. `
      + 'Ask a project administrator to make the change, or to give you the Administer Projects permission.');
  }
}

/**
 * Saves the project's Xray API key once Xray has accepted it (a refused key is not kept); the answer
 * shows it masked. The key is kept in secret storage and never read back to a browser.
 */
export async function saveXrayKey(projectKey: string, credentials: XrayCredentials, deps: Partial<SettingsDeps> = {}): Promise<XrayKeyView> {
  const { jira, clock, secrets, store, xrayFetch } = depsWithDefaults(deps);
  await requireProjectAdmin(jira.client, projectKey);
  await projectOrNotFound(jira.client, projectKey);
  const view = await saveCredentials(secrets, projectKey, credentials, clock, xrayFetch);
  await markProjectChanged(store, projectKey, clock()).catch(() => undefined);
  return view;
}

/** Forgets the project's Xray API key; a project still set to read Xray is then told to save one. */
export async function deleteXrayKey(projectKey: string, deps: Partial<SettingsDeps> = {}): Promise<XrayKeyView> {
  const { jira, secrets } = depsWithDefaults(deps);
  await requireProjectAdmin(jira.client, projectKey);
  await deleteCredentials(secrets, projectKey);
  return xrayKeyView(secrets, projectKey);
}

export async function saveSettings(projectKey: string, settings: MetricsSettings, deps: Partial<SettingsDeps> = {}): Promise<SaveSettingsResult> {
  const { jira, store, clock, secrets } = depsWithDefaults(deps);
  const { client } = jira;
  await requireProjectAdmin(client, projectKey);
  const [project, resolutions, ruleProblem, targetProject, linkTypes, xrayKey] = await Promise.all([
    projectOrNotFound(client, projectKey),
    client.getResolutions().then(namedItemsFromJira),
    escapedRuleProblem(client, projectKey, settings.escapedDefectJql),
    targetProjectOf(client, projectKey, settings),
    client.getIssueLinkTypes().then(namedItemsFromJira),
    xrayKeyView(secrets, projectKey),
  ]);
  const problems = settingsProblems({ settings, project, targetProject, resolutions, escapedRuleProblem: ruleProblem, linkTypes, xrayKeySaved: xrayKey.saved });
  const messages = Object.values(problems);
  if (messages.length > 0) {
    const details: ValidationDetails = {
      issues: Object.entries(problems).map(([field, message]) => ({ path: ['settings', field], message })),
    };
    throw new AppError('VALIDATION', `The settings were not saved. ${messages.join(' ')}`, details);
  }
  await writeStoredSettings(client, projectKey, settings);
  // Figures cached under the old settings are stale now; a failed mark leaves them for 12 hours at most.
  await markProjectChanged(store, projectKey, clock()).catch(() => undefined);
  return { projectKey, settings };
}
