/**
 * Issues: GET issue/{idOrKey} (fields, expand, properties), POST issue, PUT issue/{idOrKey} (fields and
 * update operations, one changelog entry per edit) and POST issue/bulk (at most 50; per-item errors
 * with failedElementNumber; links and properties in each item's payload).
 */
import { Router, type Request } from 'express';
import type { EmIssue } from '../model';
import { applyFieldOps } from '../apply-field-ops';
import { viewerOf } from '../auth';
import { addComment } from '../comment-ops';
import { propertyProblem, putProperty } from '../entity-properties';
import { planChanges } from '../field-ops';
import { selectFields, selectProperties } from '../field-selection';
import { JiraHttpError, badRequest } from '../http-error';
import { createIssue } from '../issue-create';
import { applyPlannedLinks } from '../link-ops';
import { editableIssue, browsableIssue, projectOf } from '../permissions';
import { booleanParam, listParam } from '../request-params';
import { apiUrl, type RenderContext } from '../render/context';
import { renderIssue } from '../render/issue';
import type { EmulatorState } from '../store';
import { param, renderContext, type RouteDeps } from './route-context';

export const BULK_CREATE_LIMIT = 50;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function renderForQuery(ctx: RenderContext, issue: EmIssue, req: Request): Record<string, unknown> {
  const propertyTokens = listParam(req.query.properties);
  return renderIssue(ctx, issue, {
    selection: selectFields(listParam(req.query.fields), '*all'),
    expand: new Set(listParam(req.query.expand)),
    properties: propertyTokens.length > 0 ? selectProperties(propertyTokens, issue.properties.keys()) : undefined,
  });
}

const created = (ctx: RenderContext, issue: EmIssue) => ({ id: issue.id, key: issue.key, self: apiUrl(ctx, `/issue/${issue.id}`) });

/** Applies a validated edit: fields, links, comments and properties, with one changelog entry. */
function editIssue(state: EmulatorState, issue: EmIssue, body: Record<string, unknown>, viewer: string): void {
  const project = projectOf(state, issue);
  const planned = planChanges(state, project, body, viewer, 'edit');
  const properties = body.properties === undefined ? [] : body.properties;
  const errorMessages: string[] = [];
  if (!Array.isArray(properties)) errorMessages.push("'properties' must be an array of {key, value}.");
  else for (const p of properties) {
    const problem = propertyProblem(record(p).key, record(p).value);
    if (problem) errorMessages.push(problem);
  }
  if (errorMessages.length > 0 || Object.keys(planned.errors).length > 0) throw new JiraHttpError(400, errorMessages, planned.errors);
  const at = state.now().toISOString();
  const items = applyFieldOps(state, project, issue, planned.ops, at);
  const history = state.addHistory(issue, viewer, items, at);
  applyPlannedLinks(state, issue, planned.links, viewer, at);
  for (const comment of planned.comments) addComment(state, issue, viewer, comment, at);
  for (const p of properties as { key: string; value: unknown }[]) putProperty(issue.properties, p.key, p.value);
  state.touch();
  state.changes.issueUpdated(issue, history);
}

export function issueRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { state } = deps;

  router.post('/issue/bulk', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const updates = record(req.body).issueUpdates;
    if (!Array.isArray(updates)) throw badRequest("'issueUpdates' must be an array of issues to create.");
    if (updates.length > BULK_CREATE_LIMIT) {
      res.status(400).json({
        issues: [],
        errors: [{ status: 400, elementErrors: { errorMessages: [`Can't create more than ${BULK_CREATE_LIMIT} issues in one request; ${updates.length} were sent.`], errors: {} }, failedElementNumber: BULK_CREATE_LIMIT }],
      });
      return;
    }
    const issues: Record<string, unknown>[] = [];
    const errors: Record<string, unknown>[] = [];
    updates.forEach((update, index) => {
      try {
        issues.push(created(ctx, createIssue(state, record(update), ctx.viewer)));
      } catch (error) {
        if (!(error instanceof JiraHttpError)) throw error;
        errors.push({ status: error.status, elementErrors: error.body, failedElementNumber: index });
      }
    });
    res.status(issues.length > 0 || updates.length === 0 ? 201 : 400).json({ issues, errors });
  });

  router.post('/issue', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const issue = createIssue(state, record(req.body), ctx.viewer);
    res.status(201).json(created(ctx, issue));
  });

  router.get('/issue/:idOrKey', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const issue = browsableIssue(state, param(req, 'idOrKey'), ctx.viewer);
    res.json(renderForQuery(ctx, issue, req));
  });

  router.put('/issue/:idOrKey', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const viewer = viewerOf(res).accountId;
    const issue = editableIssue(state, param(req, 'idOrKey'), viewer, 'You do not have permission to edit issues in this project.');
    if (req.body === undefined || typeof req.body !== 'object' || req.body === null) throw badRequest('The request body is missing or is not a JSON object.');
    editIssue(state, issue, record(req.body), viewer);
    if (booleanParam(req.query.returnIssue, false)) res.status(200).json(renderForQuery(ctx, issue, req));
    else res.status(204).end();
  });

  return router;
}
