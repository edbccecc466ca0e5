/**
 * Who is acting. The sandbox knows the emulator's seeded users (alice, bob, ...) and the app's own
 * account for asApp(); against a real site there is exactly one person, the owner of the API token.
 * Pages pick the user from the `as` cookie, /__forge endpoints from Basic auth (e-mail or short
 * name; the password is not checked, as in the emulator).
 */
import type { Request } from 'express';
import { APP_USER, USERS } from '../seed/base';

export interface SandboxUser {
  /** Short name used by the user switcher and the `as` cookie, e.g. "alice". */
  name: string;
  accountId: string;
  emailAddress: string;
  displayName: string;
  timeZone: string;
  /** The colour mode a page viewer chose (the `theme` cookie); frames are themed with it. */
  theme?: 'light' | 'dark';
}

export interface UserDirectory {
  users(): SandboxUser[];
  /** By short name, e-mail or account id, case-insensitively. */
  find(who: string | undefined | null): SandboxUser | undefined;
  readonly app: SandboxUser;
  defaultUser(): SandboxUser;
}

function directoryOf(users: SandboxUser[], app: SandboxUser): UserDirectory {
  return {
    users: () => users,
    find: (who) => {
      if (!who) return undefined;
      const w = who.toLowerCase();
      return users.find((u) => u.name.toLowerCase() === w || u.emailAddress.toLowerCase() === w || u.accountId.toLowerCase() === w);
    },
    app,
    defaultUser: () => users[0],
  };
}

export function emulatorUsers(): UserDirectory {
  const users = Object.entries(USERS).map(([name, u]) => ({
    name, accountId: u.accountId, emailAddress: u.emailAddress, displayName: u.displayName, timeZone: u.timeZone,
  }));
  const app = { name: 'app', accountId: APP_USER.accountId, emailAddress: APP_USER.emailAddress, displayName: APP_USER.displayName, timeZone: APP_USER.timeZone };
  return directoryOf(users, app);
}

/** A real site's single identity, once GET /rest/api/3/myself has told us who the token belongs to. */
export function siteUsers(me: { accountId: string; emailAddress: string; displayName: string; timeZone?: string }): UserDirectory {
  const user: SandboxUser = {
    name: me.emailAddress.split('@')[0], accountId: me.accountId, emailAddress: me.emailAddress,
    displayName: me.displayName, timeZone: me.timeZone ?? 'UTC',
  };
  return directoryOf([user], { ...user, name: 'app' });
}

/** The user named by `Authorization: Basic base64(who:anything)`, or undefined. */
export function basicAuthUser(req: Request, directory: UserDirectory): SandboxUser | undefined {
  const header = req.headers.authorization ?? '';
  const match = /^Basic\s+(.+)$/i.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return directory.find(colon >= 0 ? decoded.slice(0, colon) : decoded);
}

/** The page viewer: `?as=` (which also sets the cookie) or the `as` cookie, else the first user. */
export function pageUser(req: Request, directory: UserDirectory): SandboxUser {
  const fromQuery = typeof req.query.as === 'string' ? directory.find(req.query.as) : undefined;
  const cookie = /(?:^|;\s*)as=([^;]+)/.exec(req.headers.cookie ?? '');
  const user = fromQuery ?? directory.find(cookie ? decodeURIComponent(cookie[1]) : undefined) ?? directory.defaultUser();
  return { ...user, theme: pageTheme(req) };
}

/** The viewer's colour mode: `?theme=dark|light` (which also sets the cookie) or the `theme` cookie; light by default. */
export function pageTheme(req: Request): 'light' | 'dark' {
  const asked = typeof req.query.theme === 'string' ? req.query.theme : /(?:^|;\s*)theme=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  return asked === 'dark' ? 'dark' : 'light';
}

export function basicAuthHeader(user: { emailAddress: string }, secret = 'sandbox'): string {
  return `Basic ${Buffer.from(`${user.emailAddress}:${secret}`).toString('base64')}`;
}
