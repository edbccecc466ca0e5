/** Users in Jira's User / UserDetails shapes (GET myself, user, user/search; assignee, author...). */
import type { EmUser } from '../model';
import { apiUrl, iconUrl, type RenderContext } from './context';

export function avatarUrls(ctx: RenderContext, accountId: string): Record<'16x16' | '24x24' | '32x32' | '48x48', string> {
  const url = iconUrl(ctx, 'avatar', accountId);
  return { '16x16': `${url}?size=16`, '24x24': `${url}?size=24`, '32x32': `${url}?size=32`, '48x48': `${url}?size=48` };
}

/** UserDetails: what Jira embeds for assignee, reporter, authors. */
export function renderUser(ctx: RenderContext, user: EmUser): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `/user?accountId=${encodeURIComponent(user.accountId)}`),
    accountId: user.accountId,
    accountType: user.accountType ?? 'atlassian',
    emailAddress: user.emailAddress,
    avatarUrls: avatarUrls(ctx, user.accountId),
    displayName: user.displayName,
    active: user.active,
    timeZone: user.timeZone,
  };
}

/** User: the full record of GET myself and GET user. */
export function renderFullUser(ctx: RenderContext, user: EmUser): Record<string, unknown> {
  return {
    ...renderUser(ctx, user),
    locale: 'en_US',
    groups: { size: 1, items: [] },
    applicationRoles: { size: 1, items: [] },
    expand: 'groups,applicationRoles',
  };
}

/** A user reference by account id; an account that no longer exists renders as Jira's inactive "Former user". */
export function renderUserRef(ctx: RenderContext, accountId: string | null): Record<string, unknown> | null {
  if (accountId === null) return null;
  const user = ctx.state.userById(accountId);
  if (user) return renderUser(ctx, user);
  return {
    self: apiUrl(ctx, `/user?accountId=${encodeURIComponent(accountId)}`),
    accountId,
    accountType: 'atlassian',
    avatarUrls: avatarUrls(ctx, accountId),
    displayName: 'Former user',
    active: false,
  };
}
