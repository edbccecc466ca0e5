/** Adding a comment: Jira keeps comments out of the changelog but moves the issue's `updated`. */
import type { EmComment, EmIssue } from './model';
import type { EmulatorState } from './store';

export function addComment(state: EmulatorState, issue: EmIssue, author: string | null, body: unknown, at: string): EmComment {
  state.willChange(issue);
  const comment: EmComment = { id: state.nextCommentId(), authorAccountId: author ?? '', body: structuredClone(body), created: at, updated: at };
  issue.comments.push(comment);
  issue.fields.updated = at;
  state.touch();
  return comment;
}
