/** Comments: GET issue/{idOrKey}/comment (PageOfComments, orderBy created) and POST (ADF body only). */
import { Router } from 'express';
import { isAdfDoc } from '../adf';
import { richTextTooLong, TEXT_TOO_LONG } from '../text-limits';
import { addComment } from '../comment-ops';
import { JiraHttpError, badRequest } from '../http-error';
import { browsableIssue, editableIssue } from '../permissions';
import { intParam, stringParam } from '../request-params';
import { renderComment } from '../render/comments';
import { param, renderContext, type RouteDeps } from './route-context';

const DEFAULT_PAGE = 100;
const MAX_PAGE = 5000;

export function commentRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { state } = deps;

  router.get('/issue/:idOrKey/comment', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const issue = browsableIssue(state, param(req, 'idOrKey'), ctx.viewer);
    const orderBy = stringParam(req.query.orderBy);
    if (orderBy !== undefined && !['created', '+created', '-created'].includes(orderBy)) {
      throw badRequest(`Invalid orderBy value '${orderBy}'. Only 'created', '+created' and '-created' are supported.`);
    }
    const startAt = intParam(req.query.startAt, 'startAt', 0);
    const maxResults = Math.min(intParam(req.query.maxResults, 'maxResults', DEFAULT_PAGE, 1), MAX_PAGE);
    const ordered = orderBy === '-created' ? [...issue.comments].reverse() : issue.comments;
    res.json({
      startAt,
      maxResults,
      total: issue.comments.length,
      comments: ordered.slice(startAt, startAt + maxResults).map((c) => renderComment(ctx, issue, c)),
    });
  });

  router.post('/issue/:idOrKey/comment', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const issue = editableIssue(state, param(req, 'idOrKey'), ctx.viewer, 'You do not have permission to add comments to this issue.');
    const body = (req.body as Record<string, unknown> | undefined)?.body;
    if (body === undefined || body === null || body === '') throw new JiraHttpError(400, [], { comment: 'Comment body can not be empty!' });
    if (!isAdfDoc(body)) throw new JiraHttpError(400, [], { comment: 'Comment body must be an Atlassian Document (see the Atlassian Document Format).' });
    if (richTextTooLong(body)) throw new JiraHttpError(400, [], { comment: TEXT_TOO_LONG });
    const comment = addComment(state, issue, ctx.viewer, body, state.now().toISOString());
    res.status(201).json(renderComment(ctx, issue, comment));
  });

  return router;
}
