/**
 * JQL user fields, assignee and reporter: an accountId (or an e-mail address), currentUser() for
 * the user running the search, or EMPTY for unassigned. Jira Cloud takes no usernames.
 * https://developer.atlassian.com/cloud/jira/platform/deprecation-notice-user-privacy-api-migration-guide/
 */
import type { EmIssue } from '../model';
import { eqIgnoreCase, type FieldDefinition } from './compile-context';
import { argumentsAccepted } from './function-args';
import { membershipField, single } from './membership-field';

function userField(names: string[], accountIdOf: (issue: EmIssue) => string | null): FieldDefinition {
  return membershipField({
    names,
    values: () => (issue) => single(accountIdOf(issue)),
    resolveValue(value, ctx) {
      if (ctx.store.userById(value)) return [value];
      const ids = ctx.store.users().filter((u) => eqIgnoreCase(u.emailAddress, value)).map((u) => u.accountId);
      return ids.length > 0 ? ids : null;
    },
    functions: {
      currentuser: {
        multi: false,
        evaluate(args, ctx, fnName) {
          if (!argumentsAccepted(args, 0, 0, fnName, ctx)) return null;
          return ctx.viewer === null ? [] : [ctx.viewer];
        },
      },
    },
    sortKey(ctx) {
      return (issue) => {
        const accountId = accountIdOf(issue);
        return accountId === null ? null : (ctx.store.userById(accountId)?.displayName ?? accountId).toLowerCase();
      };
    },
  });
}

export const assigneeField = userField(['assignee'], (issue) => issue.fields.assigneeAccountId);
export const reporterField = userField(['reporter'], (issue) => issue.fields.reporterAccountId);
