/**
 * completePostmortem: when every stage before follow-through is done (the domain's completion
 * check), posts the summary comment on the incident (ADF from the domain's builder) and then stores
 * the post-mortem with status `complete`. If the comment cannot be posted, nothing is marked complete.
 * If the save after the post failed, completing again finds the summary already posted for this
 * completion (see posted-summary.ts for why the comments, not a recorded intent) and only saves.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-post
 */
import type { CompleteResult, CompletionRefusedDetails } from '../../contracts/postmortem';
import { buildCompletionSummary, completionCheck } from '../../domain/postmortem';
import { AppError } from '../../errors';
import { storageParts, writeParts } from './document-writer';
import { defaultPostmortemPorts, type PostmortemPorts, type PostmortemRequester } from './ports';
import { describeDocument, displayNames } from './postmortem-state';
import { nextRevision } from './revisions';
import { findPostedSummary } from './posted-summary';
import { openForWriting } from './save-postmortem';

export interface CompletePostmortemInput {
  baseRevision: number;
}

export async function completePostmortem(
  input: CompletePostmortemInput,
  requester: PostmortemRequester,
  ports: PostmortemPorts = defaultPostmortemPorts(),
): Promise<CompleteResult> {
  const { session, stored, today } = await openForWriting(requester, input.baseRevision, ports);
  const { people, ref } = session.snapshot;
  const check = completionCheck(stored.document, today, displayNames(people));
  if (!check.ok) {
    const details: CompletionRefusedDetails = { problems: check.problems };
    throw new AppError('VALIDATION', `The post-mortem cannot be completed yet. ${check.problems.join('. ')}.`, details);
  }
  const now = ports.now();
  const completion = { completedAt: now.toISOString(), completedBy: requester.accountId };
  const next = nextRevision(stored.document, stored.document, { accountId: requester.accountId, now, completion });
  const parts = storageParts(next);
  const comment = (await findPostedSummary(ports.jira, requester.issueKey, requester.accountId, stored.document.updatedAt))
    ?? (await ports.jira.addComment(requester.issueKey, buildCompletionSummary(next, ref)));
  await writeParts(ports.jira, requester.issueKey, parts, stored.overflowPresent);
  return { ...describeDocument(next, today, people), commentId: comment.id ?? '' };
}
