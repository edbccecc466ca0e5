/**
 * Who can own an action item: users assignable in the incident's project, searched by name as the
 * person types. Called with the viewer's own permissions through @forge/bridge requestJira, until
 * the backend offers this search as a resolver (`searchAssignableUsers`); the user picker takes any
 * function of this shape, so swapping the source changes nothing else.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-assignable-search-get
 */
import { requestJira } from '@forge/bridge';
import type { PersonRef } from '../../../../src/contract';
import { UiError } from '../../../shared/src/ui-error';

export type UserSearch = (query: string) => Promise<PersonRef[]>;

interface JiraUser {
  accountId?: string;
  displayName?: string;
  active?: boolean;
  accountType?: string;
}

export function createAssignableUserSearch(issueKey: string, maxResults = 20): UserSearch {
  return async (query) => {
    const params = new URLSearchParams({ issueKey, query: query.trim(), maxResults: String(maxResults) });
    const response = await requestJira(`/rest/api/3/user/assignable/search?${params.toString()}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new UiError(response.status === 403 ? 'FORBIDDEN' : 'JIRA_UNAVAILABLE', `Jira could not list assignable people (HTTP ${response.status}).`);
    const users = (await response.json()) as JiraUser[];
    return users
      .filter((u) => u.accountId && u.displayName && u.active !== false && (u.accountType ?? 'atlassian') === 'atlassian')
      .map((u) => ({ accountId: u.accountId as string, displayName: u.displayName as string }));
  };
}
