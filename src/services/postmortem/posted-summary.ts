/**
 * Finds the summary comment an interrupted "Complete" already posted, so completing again finishes
 * that completion instead of posting a second summary (DESIGN.md §5: nothing half-written).
 *
 * The ledger records a completion before its post and the comment's id after it; Jira has no
 * transaction spanning a comment and a record in app storage, so an attempt that died between the
 * two leaves only the incident's comments to tell whether the post landed. Only then are they read.
 *
 * A comment belongs to that completion when it is the summary of this incident (its heading names
 * it), written by the same user, and created no earlier than the attempt started (as the ledger
 * recorded it). `created` comes from Jira's clock and `startedAt` from the app's; the ledger write
 * between the two dwarfs the skew of synchronised server clocks.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get
 */
import { isCompletionSummaryOf } from '../../domain/postmortem';
import { commentFromJira, type CommentRecord, type JiraClient } from '../../jira';

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
): Promise<CommentRecord | undefined> {
  const from = epochOf(since);
  const comments = (await jira.getComments(issueKey, { orderBy: '-created' })).map(commentFromJira);
  return comments.find((comment) =>
    comment.authorAccountId === accountId
    && epochOf(comment.created) >= from
    && isCompletionSummaryOf(comment.body, issueKey));
}
