/**
 * Workflow transitions: GET issue/{idOrKey}/transitions (none for users who may not edit) and POST, which
 * moves the status, sets or clears resolution/resolutiondate at the Done category boundary and writes
 * one changelog entry with the status and resolution items (and any fields set on the transition).
 */
import { Router } from 'express';
import type { EmResolution } from '../model';
import { applyFieldOps } from '../apply-field-ops';
import { addComment } from '../comment-ops';
import { planChanges } from '../field-ops';
import { JiraHttpError, badRequest } from '../http-error';
import { browsableIssue, canEditProject, editableIssue, projectOf } from '../permissions';
import { stringParam } from '../request-params';
import { renderTransition } from '../render/transitions';
import { applyTransition, transitionsFor } from '../workflow';
import { param, renderContext, type RouteDeps } from './route-context';

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function transitionRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { state } = deps;

  router.get('/issue/:idOrKey/transitions', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const issue = browsableIssue(state, param(req, 'idOrKey'), ctx.viewer);
    const only = stringParam(req.query.transitionId);
    const withFields = (stringParam(req.query.expand) ?? '').split(',').includes('transitions.fields');
    const available = canEditProject(projectOf(state, issue), ctx.viewer) ? transitionsFor(state, issue) : [];
    res.json({
      expand: 'transitions',
      transitions: available.filter((t) => only === undefined || t.id === only).map((t) => renderTransition(ctx, t, withFields)),
    });
  });

  router.post('/issue/:idOrKey/transitions', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const viewer = ctx.viewer as string;
    const issue = editableIssue(state, param(req, 'idOrKey'), viewer, 'You do not have permission to transition this issue.');
    const body = record(req.body);
    const id = record(body.transition).id;
    if (id === undefined) throw badRequest("'transition' identifier must be specified.");
    const transition = transitionsFor(state, issue).find((t) => t.id === String(id));
    if (!transition) throw badRequest(`Transition id '${String(id)}' is not valid for this issue.`);
    const project = projectOf(state, issue);
    // The demo workflow's transitions show a resolution screen and take a comment; nothing else.
    const planned = planChanges(state, project, body, viewer, { mode: 'transition', fields: ['resolution', 'comment'] });
    if (Object.keys(planned.errors).length > 0) throw new JiraHttpError(400, [], planned.errors);
    let resolution: EmResolution | null = null;
    for (const op of planned.ops) {
      if (op.field === 'resolution' && op.value !== null) resolution = state.resolutionById(op.value) ?? null;
    }
    const at = state.now().toISOString();
    state.willChange(issue);
    const items = applyFieldOps(state, project, issue, planned.ops.filter((op) => op.field !== 'resolution'), at);
    items.push(...applyTransition(state, issue, transition, resolution, at));
    const history = state.addHistory(issue, viewer, items, at);
    issue.fields.updated = at;
    for (const comment of planned.comments) addComment(state, issue, viewer, comment, at);
    state.touch();
    state.changes.issueUpdated(issue, history);
    res.status(204).end();
  });

  return router;
}
