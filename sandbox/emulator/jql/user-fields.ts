/**
 * JQL user fields, assignee, reporter and creator: an accountId (or an e-mail address), currentUser()
 * for the user running the search, or EMPTY for unassigned. Jira Cloud takes no usernames.
 * https://developer.atlassian.com/cloud/jira/platform/deprecation-notice-user-privacy-api-migration-guide/
 */
import type { EmIssue } from '../model';
import { eqIgnoreCase, type CompileContext, type FieldDefinition } from './compile-context';
import { argumentsAccepted } from './function-args';
import type { HistorySource } from './history-spec';
import { membershipField, single, type FieldFunction } from './membership-field';

/** The account ids a written user names: an accountId or an e-mail address; null when none. */
export function resolveUser(value: string, ctx: CompileContext): string[] | null {
  if (ctx.store.userById(value)) return [value];
  const ids = ctx.store.users().filter((u) => eqIgnoreCase(u.emailAddress, value)).map((u) => u.accountId);
  return ids.length > 0 ? ids : null;
}

/** currentUser(): the user running the search; nobody for an anonymous search. */
export const currentUserFunction: FieldFunction = {
  multi: false,
  evaluate(args, ctx, fnName) {
    if (!argumentsAccepted(args, 0, 0, fnName, ctx)) return null;
    return ctx.viewer === null ? [] : [ctx.viewer];
  },
};

function userField(names: string[], accountIdOf: (issue: EmIssue) => string | null, history?: HistorySource): FieldDefinition {
  return membershipField({
    names,
    values: () => (issue) => single(accountIdOf(issue)),
    resolveValue: resolveUser,
    functions: { currentuser: currentUserFunction },
    history,
    sortKey(ctx) {
      return (issue) => {
        const accountId = accountIdOf(issue);
        return accountId === null ? null : (ctx.store.userById(accountId)?.displayName ?? accountId).toLowerCase();
      };
    },
  });
}

// The changelog records assignee and reporter changes by account id (apply-field-ops.ts).
export const assigneeField = userField(['assignee'], (issue) => issue.fields.assigneeAccountId,
  { fieldId: 'assignee', itemField: 'assignee', multiValued: false });
export const reporterField = userField(['reporter'], (issue) => issue.fields.reporterAccountId,
  { fieldId: 'reporter', itemField: 'reporter', multiValued: false });
/**
 * "a work item's creator does not change, so you cannot search for past creators (e.g. WAS)": the
 * same operators as assignee (= != IS IS NOT IN NOT IN) and currentUser(), no history.
 * https://support.atlassian.com/jira-software-cloud/docs/jql-fields/ (Creator)
 */
export const creatorField = userField(['creator'], (issue) => issue.fields.creatorAccountId);
