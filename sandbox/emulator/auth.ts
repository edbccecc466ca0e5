/**
 * Basic auth as Jira Cloud takes it (`email:api-token`): the e-mail picks the seeded user (or the app's
 * account, which asApp() requests use); the token is not checked. Anything else is Jira's 401.
 */
import type { NextFunction, Request, Response } from 'express';
import type { EmUser } from './model';
import type { EmulatorState } from './store';

export const UNAUTHENTICATED = 'Client must be authenticated to access this resource.';

/** The user a Basic Authorization header names, if any. */
export function userFromAuthorization(state: EmulatorState, header: string | undefined): EmUser | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const email = colon >= 0 ? decoded.slice(0, colon) : decoded;
  const user = state.userByEmail(email);
  return user?.active ? user : undefined;
}

/** Sets res.locals.viewer or answers 401. */
export function requireAuth(state: EmulatorState) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const user = userFromAuthorization(state, req.header('authorization'));
    if (!user) {
      res.status(401).json({ errorMessages: [UNAUTHENTICATED], errors: {} });
      return;
    }
    res.locals.viewer = user;
    next();
  };
}

/** The authenticated viewer of this request. */
export function viewerOf(res: Response): EmUser {
  return res.locals.viewer as EmUser;
}
