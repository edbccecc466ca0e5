/**
 * Finds the summary comment an earlier, interrupted "Complete" already posted, so completing again
 * finishes that completion instead of posting a second summary (DESIGN.md §5: nothing half-written).
 *
 * Why a look at the incident's comments rather than an intent recorded in the document first: Jira
 * has no transaction spanning a comment and a property, so even with an intent saved before the
 * post, a failure between the post and recording its id leaves only the comments to tell whether
 * the post landed. The comments are the one source of truth either way, and reading them needs no
 * extra write and no schema change.
 *
 * A comment belongs to this completion when it is the summary of this incident (its heading names
 * it), written by the same user, and created no earlier than the stored document's last save: a
 * completion never saves before it posts, so the document a retry reads is the one the summary was
 * built from, while any save in between (an edit) makes an older summary stale and a new one is
 * posted. `created` comes from Jira's clock and `updatedAt` from the app's; the read and permission
 * checks between the last save and the post dwarf the skew of synchronised server clocks.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get
 */
import { isCompletionSummaryOf } from '../../domain/postmortem';
import type { Comment, JiraClient } from '../../jira';

/** Milliseconds since the epoch of a Jira time (`…+0000`) or an ISO time; NaN when unreadable. */
function epochOf(time: string | undefined): number {
  return time ? Date.parse(time.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : Number.NaN;
}

/** The newest summary of `issueKey` posted by `accountId` since `since` (ISO), if there is one. */
export async function findPostedSummary(
  jira: JiraClient,
  issueKey: string,
  accountId: string,
  since: string,
): Promise<Comment | undefined> {
  const from = epochOf(since);
  const comments = await jira.getComments(issueKey, { orderBy: '-created' });
  return comments.find((comment) =>
    comment.author?.accountId === accountId
    && epochOf(comment.created) >= from
    && isCompletionSummaryOf(comment.body, issueKey));
}
