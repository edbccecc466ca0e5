/**
 * Who may own an action item: people Jira lets be assigned issues in the target project
 * (GET /rest/api/3/user/assignable/search). One listing answers for every owner in the usual case;
 * only an owner missing from it (a project with more people than one page) is looked up by name.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-assignable-search-get
 */
import type { AssignableUser } from '../../contracts/actions';
import type { JiraClient, User } from '../../jira';

/** Jira's largest page for the assignable-user search. */
export const ASSIGNABLE_PAGE_SIZE = 1000;

export interface OwnerRef {
  accountId: string;
  displayName?: string;
}

function assignablePerson(user: User): AssignableUser | null {
  if (!user.accountId || user.accountType === 'app' || user.active === false) return null;
  const avatarUrl = user.avatarUrls?.['48x48'];
  return { accountId: user.accountId, displayName: user.displayName ?? user.accountId, ...(avatarUrl ? { avatarUrl } : {}) };
}

export function assignablePeople(users: readonly User[]): AssignableUser[] {
  return users.flatMap((user) => assignablePerson(user) ?? []);
}

/** The account ids among `owners` that cannot be assigned issues in `projectKey`. */
export async function unassignableOwners(jira: JiraClient, projectKey: string, owners: readonly OwnerRef[]): Promise<Set<string>> {
  const wanted = new Map(owners.map((o) => [o.accountId, o]));
  if (wanted.size === 0) return new Set();
  const listed = new Set(assignablePeople(await jira.findAssignableUsers({ project: projectKey, maxResults: ASSIGNABLE_PAGE_SIZE })).map((u) => u.accountId));
  const missing = new Set<string>();
  for (const owner of wanted.values()) {
    if (listed.has(owner.accountId)) continue;
    const name = owner.displayName?.trim();
    const found = name ? assignablePeople(await jira.findAssignableUsers({ project: projectKey, query: name, maxResults: 50 })) : [];
    if (!found.some((u) => u.accountId === owner.accountId)) missing.add(owner.accountId);
  }
  return missing;
}
