/**
 * The action-item resolvers of the issue panel (createActionItems, searchAssignableUsers,
 * getActionItemDefaults): validate the payload with the contract's schema, take the incident, its
 * project, the user and their time zone from the Forge context, and call the action-item service.
 * https://developer.atlassian.com/platform/forge/runtime-reference/custom-ui-resolver/
 */
import type Resolver from '@forge/resolver';
import {
  CreateActionItemsPayloadSchema,
  UpdateActionTasksPayloadSchema,
  GetActionItemDefaultsPayloadSchema,
  SearchAssignableUsersPayloadSchema,
  type ActionsResolverKey,
} from '../contracts/actions';
import {
  createActionItems,
  updateActionTasks,
  getActionItemDefaults,
  searchAssignableUsers,
  userActionPorts,
  type ActionPorts,
  type ActionRequester,
} from '../services/actions';
import { accountIdFromContext, defineResolver, issueKeyFromContext, projectKeyFromContext, type ForgeContext } from './define';

function requesterOf(context: ForgeContext): ActionRequester {
  const projectKey = projectKeyFromContext(context);
  return {
    issueKey: issueKeyFromContext(context),
    accountId: accountIdFromContext(context),
    ...(projectKey ? { projectKey } : {}),
    ...(context.siteUrl ? { siteUrl: context.siteUrl } : {}),
    ...(context.timezone ? { timezone: context.timezone } : {}),
  };
}

const KEY = {
  create: 'createActionItems',
  update: 'updateActionTasks',
  users: 'searchAssignableUsers',
  defaults: 'getActionItemDefaults',
} as const satisfies Record<string, ActionsResolverKey>;

/** `ports` is asked once per call, so each invocation gets its own Jira client (as the user). */
export function registerActionResolvers(resolver: Resolver, ports: () => ActionPorts = userActionPorts): void {
  defineResolver(resolver, KEY.create, CreateActionItemsPayloadSchema, ({ context }) => createActionItems(requesterOf(context), ports()));
  defineResolver(resolver, KEY.update, UpdateActionTasksPayloadSchema, ({ context }) => updateActionTasks(requesterOf(context), ports()));
  defineResolver(resolver, KEY.users, SearchAssignableUsersPayloadSchema, ({ payload, context }) =>
    searchAssignableUsers(payload.query, requesterOf(context), ports()));
  defineResolver(resolver, KEY.defaults, GetActionItemDefaultsPayloadSchema, ({ context }) => getActionItemDefaults(requesterOf(context), ports()));
}
