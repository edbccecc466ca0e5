/**
 * completePostmortem: when every stage before follow-through is done (the domain's completion
 * check), posts the summary comment on the incident (ADF from the domain's builder) and then stores
 * the post-mortem with status `complete`, all inside the incident's turn (write-turn.ts): a save or
 * a second Complete meanwhile gets CONFLICT instead of erasing or repeating it.
 *
 * One summary comment per completion: the ledger records the completion (its base revision and,
 * once posted, the comment's id) before and after the post. A retry of the same completion reuses the
 * recorded comment; if an attempt died between posting and recording, the comment it posted is found
 * on the incident (posted-summary.ts) rather than posted again.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-post
 */
import type { CompleteResult, CompletionRefusedDetails } from '../../contracts/postmortem';
import { buildCompletionSummary, checkBlameless, completionCheck } from '../../domain/postmortem';
import { AppError } from '../../errors';
import { storageParts, writeParts } from './document-writer';
import { defaultPostmortemPorts, type PostmortemPorts, type PostmortemRequester } from './ports';
import { describeDocument, displayNames } from './postmortem-state';
import { findPostedSummary } from './posted-summary';
import { nextRevision } from './revisions';
import { withServerFields } from './server-fields';
import { openForWriting, withWriteTurn } from './write-turn';

export interface CompletePostmortemInput {
  baseRevision: number;
}

export async function completePostmortem(
  input: CompletePostmortemInput,
  requester: PostmortemRequester,
  ports: PostmortemPorts = defaultPostmortemPorts(),
): Promise<CompleteResult> {
  const ctx = await openForWriting(requester, ports, 'complete');
  const { stored, today, session } = ctx;
  const { people, ref } = session.snapshot;
  // This completion landed although its answer was lost: the same answer again, nothing repeated.
  const ledger = await ports.ledger.get(session.snapshot.incident.id);
  const done = ledger?.completion;
  if (stored.document.review.completedAt && done?.commentId && done.revision === input.baseRevision && done.by === requester.accountId) {
    return { ...describeDocument(stored.document, today, people), commentId: done.commentId };
  }
  const check = completionCheck(stored.document, today, checkBlameless(stored.document, displayNames(people)));
  if (!check.ok) {
    const details: CompletionRefusedDetails = { problems: check.problems };
    throw new AppError('VALIDATION', `The post-mortem cannot be completed yet. ${check.problems.join('. ')}.`, details);
  }
  return withWriteTurn(ctx, { baseRevision: input.baseRevision, kind: 'complete', requester, ports }, async (turn) => {
    const now = ports.now();
    const completion = { completedAt: now.toISOString(), completedBy: requester.accountId };
    const current = withServerFields(stored.document, stored.document, turn.record.tasks);
    const next = nextRevision(current, stored.document, { accountId: requester.accountId, now, completion });
    const parts = storageParts(next);
    const earlier = turn.record.completion?.revision === input.baseRevision ? turn.record.completion : null;
    let commentId = earlier?.commentId;
    if (!commentId && earlier) commentId = (await findPostedSummary(ports.jira, requester.issueKey, earlier.by, earlier.startedAt))?.id;
    if (!commentId) {
      const record = { revision: input.baseRevision, token: turn.token, by: requester.accountId, startedAt: now.toISOString() };
      await turn.update((r) => ({ ...r, completion: record }));
      commentId = (await ports.jira.addComment(requester.issueKey, buildCompletionSummary(next, ref))).id ?? '';
      await turn.update((r) => ({ ...r, completion: { ...record, commentId } }));
    }
    await writeParts(ports.jira, requester.issueKey, parts, stored.overflowPresent);
    return { value: { ...describeDocument(next, today, people), commentId }, revision: next.revision };
  });
}
