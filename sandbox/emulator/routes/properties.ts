/**
 * Entity properties of issues (browse to read, edit to write) and projects (browse to read, project
 * admin to write): list keys, get, put (201 created / 200 updated; over 32,768 characters is a 400),
 * delete. https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/
 */
import { Router, type Request, type Response } from 'express';
import { badRequest, forbidden, notFound } from '../http-error';
import { propertyProblem, putProperty } from '../entity-properties';
import { browsableIssue, browsableProject, editableIssue, isProjectAdmin } from '../permissions';
import { apiUrl, type RenderContext } from '../render/context';
import { param, renderContext, type RouteDeps } from './route-context';

interface Entity {
  properties: Map<string, unknown>;
  selfPath: string;
  /** Called once a write is accepted, before it is applied (an issue's search index lags behind it). */
  beforeWrite?: () => void;
}

function keysResponse(ctx: RenderContext, entity: Entity) {
  return { keys: [...entity.properties.keys()].map((key) => ({ self: apiUrl(ctx, `${entity.selfPath}/${encodeURIComponent(key)}`), key })) };
}

function getOne(entity: Entity, key: string) {
  if (!entity.properties.has(key)) throw notFound(`The property with key '${key}' does not exist.`);
  return { key, value: entity.properties.get(key) };
}

function putOne(req: Request, res: Response, entity: Entity, key: string, store: () => void = () => undefined): void {
  if (req.body === undefined) throw badRequest('The property value must be a valid, non-empty JSON blob.');
  const problem = propertyProblem(key, req.body);
  if (problem) throw badRequest(problem);
  entity.beforeWrite?.();
  const outcome = putProperty(entity.properties, key, req.body);
  store();
  res.status(outcome === 'created' ? 201 : 200).end();
}

function deleteOne(res: Response, entity: Entity, key: string): void {
  if (!entity.properties.has(key)) throw notFound(`The property with key '${key}' does not exist.`);
  entity.beforeWrite?.();
  entity.properties.delete(key);
  res.status(204).end();
}

export function propertyRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { state } = deps;
  const EDIT_REFUSAL = 'You do not have permission to edit this issue.';

  const issueEntity = (idOrKey: string, viewer: string | null, write: boolean): Entity => {
    const issue = write ? editableIssue(state, idOrKey, viewer, EDIT_REFUSAL) : browsableIssue(state, idOrKey, viewer);
    return { properties: issue.properties, selfPath: `/issue/${issue.id}/properties`, beforeWrite: () => state.willChange(issue) };
  };
  const projectEntity = (idOrKey: string, viewer: string | null, write: boolean): Entity => {
    const project = browsableProject(state, idOrKey, viewer);
    if (write && !isProjectAdmin(project, viewer)) throw forbidden('You do not have permission to administer this project.');
    return { properties: project.properties, selfPath: `/project/${project.id}/properties` };
  };

  for (const [prefix, entityOf] of [['/issue/:idOrKey', issueEntity], ['/project/:idOrKey', projectEntity]] as const) {
    router.get(`${prefix}/properties`, (req, res) => {
      const ctx = renderContext(deps, req, res);
      res.json(keysResponse(ctx, entityOf(param(req, 'idOrKey'), ctx.viewer, false)));
    });
    router.get(`${prefix}/properties/:propertyKey`, (req, res) => {
      const ctx = renderContext(deps, req, res);
      res.json(getOne(entityOf(param(req, 'idOrKey'), ctx.viewer, false), param(req, 'propertyKey')));
    });
    router.put(`${prefix}/properties/:propertyKey`, (req, res) => {
      const ctx = renderContext(deps, req, res);
      putOne(req, res, entityOf(param(req, 'idOrKey'), ctx.viewer, true), param(req, 'propertyKey'), () => state.touch());
    });
    router.delete(`${prefix}/properties/:propertyKey`, (req, res) => {
      const ctx = renderContext(deps, req, res);
      deleteOne(res, entityOf(param(req, 'idOrKey'), ctx.viewer, true), param(req, 'propertyKey'));
      state.touch();
    });
  }

  return router;
}
