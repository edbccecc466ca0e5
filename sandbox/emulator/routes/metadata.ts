/**
 * The site's configuration: status, statuscategory, statuses/search, issuetype, issuetype/project,
 * priority, resolution, resolution/search and field (system fields only).
 */
import { Router } from 'express';
import type { StatusCategoryKey } from '../model';
import { badRequest } from '../http-error';
import { browsableProject } from '../permissions';
import { intParam, listParam, stringParam } from '../request-params';
import { apiUrl } from '../render/context';
import { renderIssueType, renderPriority, renderResolution, renderStatus, renderStatusCategory } from '../render/config';
import { SYSTEM_FIELDS } from '../system-fields';
import { paged } from './paged';
import { renderContext, type RouteDeps } from './route-context';

/** statuses/search names categories TODO / IN_PROGRESS / DONE. */
const CATEGORY_NAMES: Record<StatusCategoryKey, string> = { new: 'TODO', indeterminate: 'IN_PROGRESS', done: 'DONE' };

export function metadataRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { state } = deps;

  // "Returns a list of all statuses associated with active workflows"; permissions: "Browse projects
  // project permission for the project" (the OpenAPI description): the statuses of the projects the
  // caller may browse. Every project here shares one workflow, so that is all of them, or none for a
  // caller who may browse no project (eve; an app whose access is not granted).
  router.get('/status', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const browsesAny = state.projects().some((p) => ctx.viewer !== null && p.permissions.browse.includes(ctx.viewer));
    res.json(browsesAny ? state.statuses().map((s) => renderStatus(ctx, s)) : []);
  });

  router.get('/statuscategory', (req, res) => {
    const ctx = renderContext(deps, req, res);
    res.json(state.statusCategories().map((c) => renderStatusCategory(ctx, c)));
  });

  router.get('/statuses/search', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const projectId = stringParam(req.query.projectId);
    if (projectId !== undefined) browsableProject(state, projectId, ctx.viewer);
    const search = stringParam(req.query.searchString)?.toLowerCase();
    const category = stringParam(req.query.statusCategory)?.toUpperCase();
    const statuses = state.statuses()
      .filter((s) => search === undefined || s.name.toLowerCase().includes(search))
      .filter((s) => category === undefined || CATEGORY_NAMES[s.categoryKey] === category)
      .map((s) => ({ id: s.id, name: s.name, description: '', statusCategory: CATEGORY_NAMES[s.categoryKey], scope: { type: 'GLOBAL' } }));
    res.json(paged(apiUrl(ctx, '/statuses/search'), statuses, intParam(req.query.startAt, 'startAt', 0), intParam(req.query.maxResults, 'maxResults', 200, 1)));
  });

  router.get('/issuetype', (req, res) => {
    const ctx = renderContext(deps, req, res);
    res.json(state.issueTypes().map((t) => renderIssueType(ctx, t)));
  });

  router.get('/issuetype/project', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const projectId = stringParam(req.query.projectId);
    if (projectId === undefined || !/^\d+$/.test(projectId)) throw badRequest("The 'projectId' query parameter must be a project id.");
    const project = browsableProject(state, projectId, ctx.viewer);
    res.json(project.issueTypeIds.flatMap((id) => {
      const type = state.issueTypeById(id);
      return type ? [renderIssueType(ctx, type)] : [];
    }));
  });

  router.get('/priority', (req, res) => {
    const ctx = renderContext(deps, req, res);
    res.json(state.priorities().map((p) => renderPriority(ctx, p)));
  });

  router.get('/resolution', (req, res) => {
    const ctx = renderContext(deps, req, res);
    res.json(state.resolutions().map((r) => renderResolution(ctx, r)));
  });

  router.get('/resolution/search', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const ids = listParam(req.query.id);
    const resolutions = state.resolutions()
      .filter((r) => ids.length === 0 || ids.includes(r.id))
      .map((r) => ({ ...renderResolution(ctx, r), default: r.id === state.defaultResolutionId }));
    res.json(paged(apiUrl(ctx, '/resolution/search'), resolutions, intParam(req.query.startAt, 'startAt', 0), intParam(req.query.maxResults, 'maxResults', 50, 1)));
  });

  router.get('/field', (_req, res) => {
    res.json(SYSTEM_FIELDS.map((f) => ({
      id: f.id,
      key: f.id,
      name: f.name,
      custom: false,
      orderable: f.orderable,
      navigable: f.navigable,
      searchable: f.searchable,
      clauseNames: f.clauseNames,
      ...(f.schema ? { schema: f.schema } : {}),
    })));
  });

  return router;
}
