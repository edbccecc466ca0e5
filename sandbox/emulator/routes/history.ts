/**
 * Changelogs: GET issue/{idOrKey}/changelog (startAt paging, oldest first) and POST changelog/bulkfetch.
 */
import { Router } from 'express';
import { bulkFetchChangelogs } from '../bulk-changelog';
import { browsableIssue } from '../permissions';
import { intParam } from '../request-params';
import { apiUrl } from '../render/context';
import { renderHistory } from '../render/changelog';
import { paged } from './paged';
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
    res.json(paged(apiUrl(ctx, `/issue/${issue.key}/changelog`), issue.changelog, startAt, maxResults, (h) => renderHistory(ctx, h)));
  });

  router.post('/changelog/bulkfetch', (req, res) => {
    res.json(bulkFetchChangelogs(renderContext(deps, req, res), req.body));
  });

  return router;
}
