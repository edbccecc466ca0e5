/** Comments in Jira's Comment shape, and the issue field `comment` (a page of them). */
import type { EmComment, EmIssue } from '../model';
import { toJiraTime } from '../jira-time';
import { apiUrl, type RenderContext } from './context';
import { renderUserRef } from './users';

export function renderComment(ctx: RenderContext, issue: EmIssue, comment: EmComment): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `/issue/${issue.id}/comment/${comment.id}`),
    id: comment.id,
    author: renderUserRef(ctx, comment.authorAccountId),
    body: comment.body,
    updateAuthor: renderUserRef(ctx, comment.authorAccountId),
    created: toJiraTime(comment.created, ctx.timeZone),
    updated: toJiraTime(comment.updated, ctx.timeZone),
    jsdPublic: true,
  };
}

/** The `comment` field of an issue: every comment, oldest first, as one page. */
export function renderCommentField(ctx: RenderContext, issue: EmIssue): Record<string, unknown> {
  return {
    comments: issue.comments.map((c) => renderComment(ctx, issue, c)),
    self: apiUrl(ctx, `/issue/${issue.id}/comment`),
    maxResults: issue.comments.length,
    total: issue.comments.length,
    startAt: 0,
  };
}
