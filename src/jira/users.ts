/**
 * Who is calling and what they may do: the current user, a user by account id, users who can be assigned an action item
 * (the owner picker), and the caller's permissions on a project or issue.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/
 */
import { ENDPOINTS } from './endpoints';
import { isNotFound } from './errors';
import type { JiraHttp } from './http';
import type { User } from './types';

export type AssignableUsersScope = { project: string; issueKey?: never } | { issueKey: string; project?: never };

export type AssignableUsersQuery = AssignableUsersScope & {
  /** Matched against display name and e-mail address. */
  query?: string;
  /** Matched exactly against the account id: answers that one user if assignable, else nobody. */
  accountId?: string;
  maxResults?: number;
};

export type PermissionScope = { projectKey: string; issueKey?: never } | { issueKey: string; projectKey?: never };

export interface UserOperations {
  myself(): Promise<User>;
  /** A user by account id; undefined when Jira does not know them or the caller may not see them. */
  findUser(accountId: string): Promise<User | undefined>;
  findAssignableUsers(search: AssignableUsersQuery): Promise<User[]>;
  /** For each permission key asked for (e.g. "EDIT_ISSUES"), whether the caller has it there. */
  myPermissions(scope: PermissionScope, permissions: readonly string[]): Promise<Record<string, boolean>>;
}

export function userOperations(http: JiraHttp): UserOperations {
  return {
    async myself() {
      const { body } = await http.send(ENDPOINTS.myself);
      if (!body) throw new Error('Jira did not say who the current user is');
      return body;
    },
    async findUser(accountId) {
      try {
        const { body } = await http.send(ENDPOINTS.getUser, { query: { accountId } });
        return body ?? undefined;
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
    },
    async findAssignableUsers(search) {
      const { body } = await http.send(ENDPOINTS.findAssignableUsers, {
        query: {
          project: search.project, issueKey: search.issueKey, query: search.query, accountId: search.accountId, maxResults: search.maxResults,
        },
      });
      return body ?? [];
    },
    async myPermissions(scope, permissions) {
      const { body } = await http.send(ENDPOINTS.myPermissions, {
        query: { projectKey: scope.projectKey, issueKey: scope.issueKey, permissions },
      });
      const granted = body?.permissions ?? {};
      return Object.fromEntries(permissions.map((key) => [key, granted[key]?.havePermission === true]));
    },
  };
}
