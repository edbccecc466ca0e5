/**
 * Changelogs: GET issue/{idOrKey}/changelog (startAt paging, oldest first) and POST changelog/bulkfetch.
 */
import { Router } from 'express';
import { bulkFetchChangelogs } from '../bulk-changelog';
import { browsableIssue } from '../permissions';
import { intParam } from '../request-params';
import { apiUrl } from '../render/context';
import { renderHistory } from '../render/changelog';
import { param, renderContext, type RouteDeps } from './route-context';

const MAX_PAGE = 100;

export function historyRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { state } = deps;

  router.get('/issue/:idOrKey/changelog', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const issue = browsableIssue(state, param(req, 'idOrKey'), ctx.viewer);
    const startAt = intParam(req.query.startAt, 'startAt', 0);
    const maxResults = Math.min(intParam(req.query.maxResults, 'maxResults', MAX_PAGE, 1), MAX_PAGE);
    const values = issue.changelog.slice(startAt, startAt + maxResults);
    const isLast = startAt + values.length >= issue.changelog.length;
    const self = apiUrl(ctx, `/issue/${issue.key}/changelog`);
    res.json({
      self: `${self}?maxResults=${maxResults}&startAt=${startAt}`,
      ...(isLast ? {} : { nextPage: `${self}?maxResults=${maxResults}&startAt=${startAt + values.length}` }),
      maxResults,
      startAt,
      total: issue.changelog.length,
      isLast,
      values: values.map((h) => renderHistory(ctx, h)),
    });
  });

  router.post('/changelog/bulkfetch', (req, res) => {
    res.json(bulkFetchChangelogs(renderContext(deps, req, res), req.body));
  });

  return router;
}
