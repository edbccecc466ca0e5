/**
 * The issue panel's resolvers (getPostmortem, savePostmortem, completePostmortem) and the issue
 * context's (getPostmortemStatus): validate the
 * payload with the contract's schema, take the incident and the user from the Forge context (an
 * issue key in the payload is never used), and call the post-mortem service.
 * https://developer.atlassian.com/platform/forge/runtime-reference/custom-ui-resolver/
 */
import type Resolver from '@forge/resolver';
import {
  CompletePostmortemPayloadSchema,
  GetPostmortemPayloadSchema,
  GetPostmortemStatusPayloadSchema,
  SavePostmortemPayloadSchema,
  type PostmortemResolverKey,
} from '../contracts/postmortem';
import {
  completePostmortem,
  defaultPostmortemPorts,
  getPostmortem,
  getPostmortemStatus,
  savePostmortem,
  type PostmortemPorts,
  type PostmortemRequester,
} from '../services/postmortem';
import { accountIdFromContext, defineResolver, issueKeyFromContext, type ForgeContext } from './define';

function requesterOf(context: ForgeContext): PostmortemRequester {
  return {
    issueKey: issueKeyFromContext(context),
    accountId: accountIdFromContext(context),
    ...(context.siteUrl ? { siteUrl: context.siteUrl } : {}),
    ...(context.timezone ? { timezone: context.timezone } : {}),
  };
}

const KEY = {
  get: 'getPostmortem',
  save: 'savePostmortem',
  complete: 'completePostmortem',
  status: 'getPostmortemStatus',
} as const satisfies Record<string, PostmortemResolverKey>;

/** `ports` is asked once per call, so each invocation gets its own Jira client (and request count). */
export function registerPostmortemResolvers(resolver: Resolver, ports: () => PostmortemPorts = defaultPostmortemPorts): void {
  defineResolver(resolver, KEY.get, GetPostmortemPayloadSchema, ({ context }) => getPostmortem(requesterOf(context), ports()));
  defineResolver(resolver, KEY.save, SavePostmortemPayloadSchema, ({ payload, context }) => savePostmortem(payload, requesterOf(context), ports()));
  defineResolver(resolver, KEY.complete, CompletePostmortemPayloadSchema, ({ payload, context }) =>
    completePostmortem(payload, requesterOf(context), ports()));
  defineResolver(resolver, KEY.status, GetPostmortemStatusPayloadSchema, ({ context }) => getPostmortemStatus(requesterOf(context), ports()));
}
