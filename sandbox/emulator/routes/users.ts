/**
 * Users: GET myself, user?accountId, user/search, user/assignable/search; and GET mypermissions with
 * Jira's permission keys (BROWSE_PROJECTS, EDIT_ISSUES, CREATE_ISSUES, ADMINISTER_PROJECTS, ...).
 */
import { Router } from 'express';
import type { EmProject, EmUser } from '../model';
import { viewerOf } from '../auth';
import { badRequest, notFound } from '../http-error';
import { PERMISSIONS, browsableIssue, browsableProject, hasPermission, isAssignable, projectOf } from '../permissions';
import { intParam, listParam, stringParam } from '../request-params';
import { renderFullUser, renderUser } from '../render/users';
import { renderContext, type RouteDeps } from './route-context';

function matchesQuery(user: EmUser, query: string | undefined): boolean {
  if (query === undefined || query === '') return true;
  const q = query.toLowerCase();
  return user.displayName.toLowerCase().split(/\s+/).some((part) => part.startsWith(q))
    || user.displayName.toLowerCase().startsWith(q)
    || user.emailAddress.toLowerCase().startsWith(q);
}

function page<T>(items: T[], startAt: number, maxResults: number): T[] {
  return items.slice(startAt, startAt + maxResults);
}

export function userRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { state } = deps;

  router.get('/myself', (req, res) => {
    res.json(renderFullUser(renderContext(deps, req, res), viewerOf(res)));
  });

  router.get('/user', (req, res) => {
    const accountId = stringParam(req.query.accountId);
    if (!accountId) throw badRequest('The accountId query parameter needs to be provided.');
    const user = state.userById(accountId);
    if (!user) throw notFound(`Specified user does not exist or you do not have required permissions`);
    res.json(renderFullUser(renderContext(deps, req, res), user));
  });

  router.get('/user/search', (req, res) => {
    const query = stringParam(req.query.query);
    const accountId = stringParam(req.query.accountId);
    if (query === undefined && accountId === undefined) throw badRequest("One of 'query' or 'accountId' parameters is required.");
    if (query !== undefined && accountId !== undefined) throw badRequest("Only one of 'query' or 'accountId' may be given.");
    const users = state.users().filter((u) => u.active && u.accountType !== 'app'
      && (accountId !== undefined ? u.accountId === accountId : matchesQuery(u, query)));
    const ctx = renderContext(deps, req, res);
    res.json(page(users, intParam(req.query.startAt, 'startAt', 0), intParam(req.query.maxResults, 'maxResults', 50)).map((u) => renderUser(ctx, u)));
  });

  router.get('/user/assignable/search', (req, res) => {
    const viewer = viewerOf(res).accountId;
    const projectRef = stringParam(req.query.project);
    const issueRef = stringParam(req.query.issueKey) ?? stringParam(req.query.issueId);
    let project: EmProject;
    if (issueRef !== undefined) project = projectOf(state, browsableIssue(state, issueRef, viewer));
    else if (projectRef !== undefined) project = browsableProject(state, projectRef, viewer);
    else throw badRequest('One of the following parameters must be provided: project, issueKey, issueId.');
    const query = stringParam(req.query.query);
    const accountId = stringParam(req.query.accountId);
    const users = state.users().filter((u) => isAssignable(state, project, u.accountId)
      && (accountId !== undefined ? u.accountId === accountId : matchesQuery(u, query)));
    const ctx = renderContext(deps, req, res);
    res.json(page(users, intParam(req.query.startAt, 'startAt', 0), intParam(req.query.maxResults, 'maxResults', 50)).map((u) => renderUser(ctx, u)));
  });

  router.get('/mypermissions', (req, res) => {
    const viewer = viewerOf(res).accountId;
    const keys = listParam(req.query.permissions);
    if (keys.length === 0) throw badRequest("The 'permissions' query parameter is required.");
    const unknown = keys.filter((key) => !PERMISSIONS.some((p) => p.key === key));
    if (unknown.length > 0) throw badRequest(`Permission key(s) ${unknown.map((k) => `'${k}'`).join(', ')} do not exist.`);
    const issueRef = stringParam(req.query.issueKey) ?? stringParam(req.query.issueId);
    const projectRef = stringParam(req.query.projectKey) ?? stringParam(req.query.projectId);
    const scope: EmProject[] = issueRef !== undefined ? [projectOf(state, browsableIssue(state, issueRef, viewer))]
      : projectRef !== undefined ? [browsableProject(state, projectRef, viewer)]
        : state.projects();
    const permissions: Record<string, unknown> = {};
    for (const key of keys) {
      const definition = PERMISSIONS.find((p) => p.key === key);
      if (!definition) continue;
      const { level, ...shown } = definition;
      permissions[key] = { ...shown, havePermission: scope.some((project) => hasPermission(state, project, viewer, level)) };
    }
    res.json({ permissions });
  });

  return router;
}
