/**
 * From Jira's comments (GET /rest/api/3/issue/{key}/comment) to what the services read of one: its
 * id, its author's account id, when it was created (Jira's time) and its body (ADF, kept as sent).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-get
 */
import type { Comment } from '../shapes';

export interface CommentRecord {
  id?: string;
  authorAccountId?: string;
  created?: string;
  body: unknown;
}

export function commentFromJira(comment: Comment): CommentRecord {
  return { id: comment.id, authorAccountId: comment.author?.accountId, created: comment.created, body: comment.body };
}
