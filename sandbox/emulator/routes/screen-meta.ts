/**
 * What a create or an edit may set: GET issue/createmeta/{projectIdOrKey}/issuetypes (paged, at most
 * 200), GET issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId} (the create screen's fields,
 * paged) and GET issue/{issueIdOrKey}/editmeta (the edit screen's fields the user may edit). Both
 * createmeta calls need *Create issues* in the project. The createmeta operations document only 200,
 * 400 and 401; what Jira answers for a project the user cannot see or create in, or an issue type the
 * project lacks, is not written down, so the emulator answers the documented error, 400, with a
 * message (the stricter reading: the caller must handle a failure, not an empty page).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-get
 */
import { Router } from 'express';
import type { EmProject } from '../model';
import { JiraHttpError } from '../http-error';
import { browsableIssue, canBrowseProject, canEditProject, projectOf } from '../permissions';
import { intParam } from '../request-params';
import { renderComponentRef, renderIssueType, renderPriority, renderVersionRef } from '../render/config';
import type { RenderContext } from '../render/context';
import { REQUIRED_ON_CREATE, screenOf } from '../screens';
import { systemField } from '../system-fields';
import { param, renderContext, type RouteDeps } from './route-context';

const MAX_PAGE = 200;

const OPERATIONS: Record<string, string[]> = {
  labels: ['add', 'set', 'remove'],
  components: ['add', 'set', 'remove'],
  fixVersions: ['set', 'add', 'remove'],
  versions: ['set', 'add', 'remove'],
  issuelinks: ['add'],
  comment: ['add', 'edit', 'remove'],
};

function pageParams(query: Record<string, unknown>): { startAt: number; maxResults: number } {
  const startAt = intParam(query.startAt, 'startAt', 0);
  const maxResults = intParam(query.maxResults, 'maxResults', 50, 1);
  if (maxResults > MAX_PAGE) throw new JiraHttpError(400, [`Parameter 'maxResults' must not exceed the limit '${MAX_PAGE}'`]);
  return { startAt, maxResults };
}

function allowedValues(ctx: RenderContext, project: EmProject, fieldId: string): unknown[] | undefined {
  switch (fieldId) {
    case 'priority': return ctx.state.priorities().map((p) => renderPriority(ctx, p));
    case 'components': return project.components.map((c) => renderComponentRef(ctx, c));
    case 'fixVersions':
    case 'versions': return project.versions.map((v) => renderVersionRef(ctx, v));
    case 'issuetype': return project.issueTypeIds.flatMap((id) => {
      const type = ctx.state.issueTypeById(id);
      return type ? [renderIssueType(ctx, type)] : [];
    });
    default: return undefined;
  }
}

function fieldMeta(ctx: RenderContext, project: EmProject, fieldId: string, required: boolean): Record<string, unknown> {
  const system = systemField(fieldId);
  const values = allowedValues(ctx, project, fieldId);
  return {
    fieldId,
    key: fieldId,
    name: system?.name ?? fieldId,
    required,
    schema: system?.schema ?? { type: 'any', system: fieldId },
    operations: OPERATIONS[fieldId] ?? ['set'],
    hasDefaultValue: fieldId === 'priority',
    ...(values ? { allowedValues: values } : {}),
  };
}

export function screenMetaRoutes(deps: RouteDeps): Router {
  const router = Router();
  const { state } = deps;

  const creatableProject = (idOrKey: string, viewer: string | null): EmProject => {
    const project = state.projectByIdOrKey(idOrKey);
    if (!project || !canBrowseProject(project, viewer)) throw new JiraHttpError(400, [`No project could be found with key '${idOrKey}'.`]);
    if (!canEditProject(project, viewer)) throw new JiraHttpError(400, ['You do not have permission to create issues in this project.']);
    return project;
  };

  router.get('/issue/createmeta/:projectIdOrKey/issuetypes', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const project = creatableProject(param(req, 'projectIdOrKey'), ctx.viewer);
    const { startAt, maxResults } = pageParams(req.query);
    const types = project.issueTypeIds.flatMap((id) => {
      const type = state.issueTypeById(id);
      return type ? [renderIssueType(ctx, type)] : [];
    });
    res.json({ issueTypes: types.slice(startAt, startAt + maxResults), maxResults, startAt, total: types.length });
  });

  router.get('/issue/createmeta/:projectIdOrKey/issuetypes/:issueTypeId', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const project = creatableProject(param(req, 'projectIdOrKey'), ctx.viewer);
    const issueTypeId = param(req, 'issueTypeId');
    if (!project.issueTypeIds.includes(issueTypeId)) throw new JiraHttpError(400, [`Issue type with id '${issueTypeId}' does not exist or is not used in project ${project.key}.`]);
    const { startAt, maxResults } = pageParams(req.query);
    const fields = ['project', ...screenOf(project, issueTypeId).create.filter((f) => f !== 'project')]
      .map((fieldId) => fieldMeta(ctx, project, fieldId, REQUIRED_ON_CREATE.has(fieldId)));
    res.json({ fields: fields.slice(startAt, startAt + maxResults), maxResults, startAt, total: fields.length });
  });

  // "Returns the edit screen fields for an issue that are visible to and editable by the user."
  router.get('/issue/:issueIdOrKey/editmeta', (req, res) => {
    const ctx = renderContext(deps, req, res);
    const issue = browsableIssue(state, param(req, 'issueIdOrKey'), ctx.viewer);
    const project = projectOf(state, issue);
    const editable = canEditProject(project, ctx.viewer) ? screenOf(project, issue.fields.issueTypeId).edit : [];
    // editmeta's FieldMetadata has no fieldId (createmeta's FieldCreateMetadata does): the map's key is the id.
    const meta = (fieldId: string) => {
      const { fieldId: _id, ...rest } = fieldMeta(ctx, project, fieldId, fieldId === 'summary' || fieldId === 'issuetype');
      return rest;
    };
    res.json({ fields: Object.fromEntries(editable.map((fieldId) => [fieldId, meta(fieldId)])) });
  });

  return router;
}
