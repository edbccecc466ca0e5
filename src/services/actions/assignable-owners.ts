/**
 * Who may own an action item: people Jira lets be assigned issues in the target project
 * (GET /rest/api/3/user/assignable/search). Each owner is checked exactly, by account id (one
 * request per distinct owner, sent together), so a large project or two people with the same
 * name cannot make the answer wrong.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-assignable-search-get
 */
import { assignablePeople, type JiraClient } from '../../jira';

/** Whether Jira would let `accountId` be assigned issues in `projectKey` (an active person, not an app). */
export async function isAssignableOwner(jira: JiraClient, projectKey: string, accountId: string): Promise<boolean> {
  const found = await jira.findAssignableUsers({ project: projectKey, accountId, maxResults: 1 });
  return assignablePeople(found).some((user) => user.accountId === accountId);
}

/** The account ids among `owners` that cannot be assigned issues in `projectKey`. */
export async function unassignableOwners(jira: JiraClient, projectKey: string, owners: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(owners)];
  const assignable = await Promise.all(ids.map((id) => isAssignableOwner(jira, projectKey, id)));
  return new Set(ids.filter((_, index) => !assignable[index]));
}
