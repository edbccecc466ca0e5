/**
 * The settings resolvers: the project settings page reads and saves the settings of the project it
 * is opened in (its Forge context); the gadget and the panel read those of the project they show.
 */
import type Resolver from '@forge/resolver';
import { DeleteXrayKeyPayloadSchema, GetSettingsPayloadSchema, SaveSettingsPayloadSchema, SaveXrayKeyPayloadSchema } from '../contract';
import { AppError } from '../errors';
import { deleteXrayKey, getSettings, saveSettings, saveXrayKey, type SettingsDeps } from '../services/settings';
import { defineResolver, projectKeyFromContext, type ForgeContext } from './define';

/** The settings page's own project wins over one named in the payload. */
function projectOf(context: ForgeContext, payloadProjectKey: string | undefined): string {
  const projectKey = projectKeyFromContext(context) ?? payloadProjectKey;
  if (!projectKey) throw new AppError('VALIDATION', 'Say which project: open this from a project, or name its key.');
  return projectKey;
}

export function registerSettingsResolvers(resolver: Resolver, deps: () => Partial<SettingsDeps> = () => ({})): void {
  defineResolver(resolver, 'getSettings', GetSettingsPayloadSchema, ({ payload, context }) =>
    getSettings(projectOf(context, payload.projectKey), deps()));
  defineResolver(resolver, 'saveSettings', SaveSettingsPayloadSchema, ({ payload, context }) =>
    saveSettings(projectOf(context, payload.projectKey), payload.settings, deps()));
  defineResolver(resolver, 'saveXrayKey', SaveXrayKeyPayloadSchema, ({ payload, context }) =>
    saveXrayKey(projectOf(context, payload.projectKey), { clientId: payload.clientId, clientSecret: payload.clientSecret, region: payload.region }, deps()));
  defineResolver(resolver, 'deleteXrayKey', DeleteXrayKeyPayloadSchema, ({ payload, context }) =>
    deleteXrayKey(projectOf(context, payload.projectKey), deps()));
}
