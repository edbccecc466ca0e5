/** Projects: GET project/{idOrKey}, project/search (paged), project/{idOrKey}/components and /versions. */
import { Router } from 'express';
import { viewerOf } from '../auth';
import { browsableProject, canBrowseProject } from '../permissions';
import { intParam, listParam, stringParam } from '../request-params';
import { apiUrl } from '../render/context';
import { renderComponent, renderProject, renderProjectRef, renderVersion } from '../render/config';
import { param, renderContext, type RouteDeps } from './route-context';

const MAX_PAGE = 100;

export function projectRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { state } = deps;

  router.get('/project/search', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const viewer = viewerOf(res).accountId;
    const query = stringParam(req.query.query)?.toLowerCase();
    const keys = listParam(req.query.keys).map((k) => k.toUpperCase());
    const ids = listParam(req.query.id);
    const orderBy = stringParam(req.query.orderBy) ?? 'key';
    const matching = state.projects()
      .filter((p) => canBrowseProject(p, viewer))
      .filter((p) => query === undefined || p.key.toLowerCase().includes(query) || p.name.toLowerCase().includes(query))
      .filter((p) => keys.length === 0 || keys.includes(p.key))
      .filter((p) => ids.length === 0 || ids.includes(p.id));
    const byName = orderBy.replace(/^[+-]/, '') === 'name';
    matching.sort((a, b) => (byName ? a.name.localeCompare(b.name) : a.key.localeCompare(b.key)) * (orderBy.startsWith('-') ? -1 : 1));
    const startAt = intParam(req.query.startAt, 'startAt', 0);
    const maxResults = Math.min(intParam(req.query.maxResults, 'maxResults', 50, 1), MAX_PAGE);
    const values = matching.slice(startAt, startAt + maxResults);
    const isLast = startAt + values.length >= matching.length;
    const self = apiUrl(ctx, '/project/search');
    res.json({
      self: `${self}?maxResults=${maxResults}&startAt=${startAt}`,
      ...(isLast ? {} : { nextPage: `${self}?maxResults=${maxResults}&startAt=${startAt + values.length}` }),
      maxResults,
      startAt,
      total: matching.length,
      isLast,
      values: values.map((p) => ({ expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight', ...renderProjectRef(ctx, p), style: 'classic', isPrivate: false, properties: {} })),
    });
  });

  router.get('/project/:idOrKey', (req, res) => {
    const ctx = renderContext(deps, req, res);
    res.json(renderProject(ctx, browsableProject(state, param(req, 'idOrKey'), ctx.viewer)));
  });

  router.get('/project/:idOrKey/components', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const project = browsableProject(state, param(req, 'idOrKey'), ctx.viewer);
    res.json(project.components.map((c) => renderComponent(ctx, project, c)));
  });

  router.get('/project/:idOrKey/versions', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const project = browsableProject(state, param(req, 'idOrKey'), ctx.viewer);
    res.json(project.versions.map((v) => renderVersion(ctx, project, v)));
  });

  return router;
}
