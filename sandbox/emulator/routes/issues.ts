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
/** POST issue/bulkfetch: "You can request up to 100 issues", with at most 5 property keys. */
export const BULK_FETCH_LIMIT = 100;
const BULK_FETCH_FIELDS: Record<string, (v: unknown) => boolean> = {
  issueIdsOrKeys: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  fields: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  expand: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  properties: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  fieldsByKeys: (v) => typeof v === 'boolean',
};

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
  const planned = planChanges(state, project, body, viewer, { mode: 'edit', issueTypeId: issue.fields.issueTypeId });
  const properties = body.properties === undefined ? [] : body.properties;
  const errorMessages: string[] = [];
  if (!Array.isArray(properties)) errorMessages.push("'properties' must be an array of {key, value}.");
  else for (const p of properties) {
    const problem = propertyProblem(record(p).key, record(p).value);
    if (problem) errorMessages.push(problem);
  }
  if (errorMessages.length > 0 || Object.keys(planned.errors).length > 0) throw new JiraHttpError(400, errorMessages, planned.errors);
  const at = state.now().toISOString();
  state.willChange(issue);
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

  // The issues' current state from the database, not the search index: read-after-write consistent.
  // Issues that do not exist or that the user may not browse are left out, not reported as errors.
  // https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-bulkfetch-post
  router.post('/issue/bulkfetch', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const body = record(req.body);
    for (const [name, value] of Object.entries(body)) {
      const check = BULK_FETCH_FIELDS[name];
      if (!check) throw badRequest(`Unrecognized field "${name}".`);
      if (!check(value)) throw badRequest(`The value of "${name}" is not valid.`);
    }
    const ids = body.issueIdsOrKeys as string[] | undefined;
    if (!ids || ids.length === 0) throw badRequest('issueIdsOrKeys must contain at least one issue ID or key.');
    if (ids.length > BULK_FETCH_LIMIT) throw badRequest(`You can request at most ${BULK_FETCH_LIMIT} issues; ${ids.length} were requested.`);
    const propertyKeys = (body.properties as string[] | undefined) ?? [];
    if (propertyKeys.length > 5) throw badRequest('The number of properties requested exceeds the maximum of 5.');
    const found = new Map<string, EmIssue>();
    for (const idOrKey of ids) {
      const issue = state.issueByIdOrKey(idOrKey);
      if (issue && state.canBrowse(ctx.viewer, issue)) found.set(issue.id, issue);
    }
    const selection = selectFields((body.fields as string[] | undefined) ?? [], '*navigable');
    const expand = new Set((body.expand as string[] | undefined) ?? []);
    const issues = [...found.values()]
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((issue) => renderIssue(ctx, issue, {
        selection, expand, properties: propertyKeys.length > 0 ? selectProperties(propertyKeys, issue.properties.keys()) : undefined,
      }));
    res.json({ issues, issueErrors: [] });
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
