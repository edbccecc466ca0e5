/** Projects: GET project/{idOrKey}, project/search (paged), project/{idOrKey}/components, /versions and /version (paged). */
import { Router } from 'express';
import { viewerOf } from '../auth';
import { browsableProject, canBrowseProject } from '../permissions';
import type { EmVersion } from '../model';
import { intParam, listParam, stringParam } from '../request-params';
import { apiUrl } from '../render/context';
import { renderComponent, renderProject, renderProjectRef, renderVersion } from '../render/config';
import { paged } from './paged';
import { param, renderContext, type RouteDeps } from './route-context';

const MAX_PAGE = 100;
const VERSION_PAGE = 50;
const VERSION_STATUSES = new Set(['released', 'unreleased', 'archived']);
// `description` ordering is left out: the emulator's versions have no description.
const VERSION_ORDERS = new Set(['name', 'releaseDate', 'sequence', 'startDate']);

interface Sequenced { version: EmVersion; sequence: number }

/**
 * Dated orders list versions without the date last ("Versions with no release date are listed last",
 * for the ascending order). For `-releaseDate` the order is undocumented: the whole order reversed,
 * undated versions first, is taken, the reading that makes a reader of the newest releases page past them.
 */
function compareVersions(a: Sequenced, b: Sequenced, field: string, descending: boolean): number {
  const sign = descending ? -1 : 1;
  if (field === 'releaseDate' || field === 'startDate') {
    const x = a.version[field];
    const y = b.version[field];
    if (x === undefined || y === undefined) return x === y ? a.sequence - b.sequence : (x === undefined ? 1 : -1) * sign;
    return x === y ? a.sequence - b.sequence : (x < y ? -1 : 1) * sign;
  }
  if (field === 'name') return a.version.name.localeCompare(b.version.name) * sign || a.sequence - b.sequence;
  return (a.sequence - b.sequence) * sign;
}

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
    res.json(paged(apiUrl(ctx, '/project/search'), matching, startAt, maxResults, (p) => ({
      expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight', ...renderProjectRef(ctx, p), style: 'classic', isPrivate: false, properties: {},
    })));
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

  // GET project/{key}/version: "a paginated list of all versions in a project", filtered by `status`
  // (released, unreleased, archived; comma-separated) and ordered by `orderBy`; `releaseDate` "starting
  // with the oldest date. Versions with no release date are listed last" (OpenAPI description). The
  // largest page is not published: 50, the default, is taken (the stricter reading). Its documented
  // answers are 200 and 404 only, so values outside the documented lists are not refused: an unknown
  // status matches no version (the stricter of "ignored" and "matches nothing"), an unknown order is
  // the sequence.
  router.get('/project/:idOrKey/version', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const project = browsableProject(state, param(req, 'idOrKey'), ctx.viewer);
    const statuses = listParam(req.query.status).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
    const orderBy = stringParam(req.query.orderBy) ?? 'sequence';
    const named = orderBy.replace(/^[+-]/, '');
    const field = VERSION_ORDERS.has(named) ? named : 'sequence';
    const statusOf = (v: EmVersion) => (v.archived ? 'archived' : v.released ? 'released' : 'unreleased');
    const matching = project.versions
      .map((version, sequence) => ({ version, sequence }))
      .filter(({ version }) => statuses.length === 0 || statuses.filter((s) => VERSION_STATUSES.has(s)).includes(statusOf(version)));
    const descending = orderBy.startsWith('-');
    matching.sort((a, b) => compareVersions(a, b, field, descending));
    const startAt = intParam(req.query.startAt, 'startAt', 0);
    const maxResults = Math.min(intParam(req.query.maxResults, 'maxResults', VERSION_PAGE, 1), VERSION_PAGE);
    res.json(paged(apiUrl(ctx, `/project/${project.key}/version`), matching, startAt, maxResults, ({ version }) => renderVersion(ctx, project, version)));
  });

  return router;
}
