/**
 * Who can own an action item: people assignable in the project the tasks go to, searched by name
 * as the person types, through the `searchAssignableUsers` resolver (it knows the target project
 * from the project settings). The user picker takes any function of this shape.
 */
import type { PersonRef } from '../../../../src/contract';
import { invokeResolver } from '../../../shared/src/invoke-resolver';

export type UserSearch = (query: string) => Promise<PersonRef[]>;

export const searchAssignablePeople: UserSearch = async (query) => {
  const { users } = await invokeResolver('searchAssignableUsers', { query: query.trim() });
  return users.map((u) => ({ accountId: u.accountId, displayName: u.displayName }));
};
