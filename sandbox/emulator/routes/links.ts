/**
 * Issue links: POST issueLink (201, empty body; `outwardIssue` is the from issue: it needs Link
 * permission and gets the comment), GET and DELETE issueLink/{id}, GET issueLinkType.
 */
import { Router } from 'express';
import type { EmIssue } from '../model';
import { isAdfDoc } from '../adf';
import { addComment } from '../comment-ops';
import { JiraHttpError, badRequest, forbidden, issueNotFound, notFound } from '../http-error';
import { createLink, deleteLink } from '../link-ops';
import { canEditProject, projectOf } from '../permissions';
import { apiUrl } from '../render/context';
import { renderLinkType } from '../render/config';
import { renderIssueLink } from '../render/links';
import { param, renderContext, type RouteDeps } from './route-context';

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function linkRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { state } = deps;

  const issueFrom = (ref: unknown, viewer: string | null): EmIssue => {
    const r = record(ref);
    const idOrKey = r.key ?? r.id;
    const issue = typeof idOrKey === 'string' || typeof idOrKey === 'number' ? state.issueByIdOrKey(String(idOrKey)) : undefined;
    if (!issue || !state.canBrowse(viewer, issue)) throw issueNotFound();
    return issue;
  };

  router.post('/issueLink', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const body = record(req.body);
    if (body.type === undefined || body.inwardIssue === undefined || body.outwardIssue === undefined) {
      throw badRequest("'type', 'inwardIssue' and 'outwardIssue' are required.");
    }
    const type = state.resolveRef(body.type, (id) => state.linkTypeById(id), (name) => state.linkTypeByName(name));
    if (!type) throw notFound(`No issue link type with name '${String(record(body.type).name ?? record(body.type).id)}' found.`);
    const source = issueFrom(body.outwardIssue, ctx.viewer);
    const destination = issueFrom(body.inwardIssue, ctx.viewer);
    if (!canEditProject(projectOf(state, source), ctx.viewer)) throw forbidden('You do not have the permission to link issues.');
    const commentBody = record(body.comment).body;
    if (body.comment !== undefined && !isAdfDoc(commentBody)) throw new JiraHttpError(400, [], { comment: 'Comment body must be an Atlassian Document (see the Atlassian Document Format).' });
    const at = state.now().toISOString();
    const link = createLink(state, type, source, destination, ctx.viewer, at);
    if (commentBody !== undefined) addComment(state, source, ctx.viewer, commentBody, at);
    res.status(201).setHeader('Location', apiUrl(ctx, `/issueLink/${link.id}`)).end();
  });

  const visibleLink = (id: string, viewer: string | null) => {
    const link = state.linkById(id);
    const source = link && state.issueByIdOrKey(link.outwardIssueId);
    const destination = link && state.issueByIdOrKey(link.inwardIssueId);
    if (!link || !source || !destination || !state.canBrowse(viewer, source) || !state.canBrowse(viewer, destination)) {
      throw notFound(`No issue link with id '${id}' exists.`);
    }
    return { link, source, destination };
  };

  router.get('/issueLink/:linkId', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const { link, source, destination } = visibleLink(param(req, 'linkId'), ctx.viewer);
    res.json(renderIssueLink(ctx, link, destination, source));
  });

  router.delete('/issueLink/:linkId', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const { link, source, destination } = visibleLink(param(req, 'linkId'), ctx.viewer);
    if (!canEditProject(projectOf(state, source), ctx.viewer) && !canEditProject(projectOf(state, destination), ctx.viewer)) {
      throw forbidden('You do not have the permission to delete links of these issues.');
    }
    deleteLink(state, link, ctx.viewer, state.now().toISOString());
    res.status(204).end();
  });

  router.get('/issueLinkType', (req, res) => {
    const ctx = renderContext(deps, req, res);
    res.json({ issueLinkTypes: state.linkTypes().map((t) => renderLinkType(ctx, t)) });
  });

  return router;
}
