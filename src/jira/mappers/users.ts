/**
 * From the users of Jira's assignable-user search (GET /rest/api/3/user/assignable/search) to the
 * people who can own an action item: active people, not apps, each with a display name and their
 * largest avatar.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-assignable-search-get
 */
import type { AssignableUser } from '../../contracts/actions';
import type { User } from '../shapes';

function assignablePerson(user: User): AssignableUser | null {
  if (!user.accountId || user.accountType === 'app' || user.active === false) return null;
  const avatarUrl = user.avatarUrls?.['48x48'];
  return { accountId: user.accountId, displayName: user.displayName ?? user.accountId, ...(avatarUrl ? { avatarUrl } : {}) };
}

export function assignablePeople(users: readonly User[]): AssignableUser[] {
  return users.flatMap((user) => assignablePerson(user) ?? []);
}
