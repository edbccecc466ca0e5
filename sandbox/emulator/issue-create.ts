/**
 * Creating one issue from Jira's IssueUpdateDetails (POST issue, and each item of POST issue/bulk):
 * fields, update operations (labels, issuelinks, comment...), entity `properties` and an optional
 * `transition`, all validated first so that a refused request creates nothing.
 */
import type { EmIssue, EmTransition } from './model';
import type { EmulatorState } from './store';
import { applyFieldOps } from './apply-field-ops';
import { planChanges, type IssueInput, type PlannedChanges } from './field-ops';
import { JiraHttpError } from './http-error';
import { applyPlannedLinks } from './link-ops';
import { canBrowseProject, canEditProject } from './permissions';
import { propertyProblem, putProperty } from './entity-properties';
import { addComment } from './comment-ops';
import { applyTransition, transitionsFor } from './workflow';

export interface CreateIssueRequest extends IssueInput {
  properties?: unknown;
  transition?: unknown;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function findTransition(state: EmulatorState, statusId: string, ref: unknown): EmTransition | undefined {
  const id = record(ref).id;
  return state.transitions().find((t) => t.id === String(id) && (t.from.length === 0 || t.from.includes(statusId)));
}

/** Creates the issue or throws Jira's error (400 with field errors, 403 without create permission). */
export function createIssue(state: EmulatorState, request: CreateIssueRequest, viewer: string | null): EmIssue {
  const fields = record(request.fields);
  const projectRef = record(fields.project);
  const projectIdOrKey = projectRef.id ?? projectRef.key;
  const project = typeof projectIdOrKey === 'string' || typeof projectIdOrKey === 'number'
    ? state.projectByIdOrKey(String(projectIdOrKey)) : undefined;
  if (!project || !canBrowseProject(project, viewer)) {
    throw new JiraHttpError(400, [], { project: 'Specify a valid project ID or key' });
  }
  if (!canEditProject(project, viewer)) {
    throw new JiraHttpError(403, ['You do not have permission to create issues in this project.']);
  }

  const issueTypeId = state.resolveRef(fields.issuetype, (id) => state.issueTypeById(id), (name) => state.issueTypeByName(name))?.id;
  const planned: PlannedChanges = planChanges(state, project, request, viewer, { mode: 'create', issueTypeId });
  const errors = planned.errors;
  if (fields.issuetype === undefined && !('issuetype' in errors)) errors.issuetype = 'Specify an issue type';
  if (fields.summary === undefined && !('summary' in errors)) errors.summary = 'You must specify a summary of the issue.';

  const errorMessages: string[] = [];
  const properties = request.properties === undefined ? [] : request.properties;
  if (!Array.isArray(properties)) errorMessages.push("'properties' must be an array of {key, value}.");
  else {
    for (const property of properties) {
      const problem = propertyProblem(record(property).key, record(property).value);
      if (problem) errorMessages.push(problem);
    }
  }
  const transition = request.transition === undefined ? undefined : findTransition(state, state.initialStatusId, request.transition);
  if (request.transition !== undefined && !transition) {
    errorMessages.push(`Transition id '${String(record(request.transition).id)}' is not valid for this issue.`);
  }
  if (errorMessages.length > 0 || Object.keys(errors).length > 0) throw new JiraHttpError(400, errorMessages, errors);

  const at = state.now().toISOString();
  const issue: EmIssue = {
    id: state.nextIssueId(),
    key: state.nextKey(project),
    projectId: project.id,
    fields: {
      summary: '',
      description: null,
      issueTypeId: '',
      statusId: state.initialStatusId,
      priorityId: state.defaultPriorityId,
      resolutionId: null,
      assigneeAccountId: null,
      reporterAccountId: viewer,
      creatorAccountId: viewer,
      parentId: null,
      labels: [],
      componentIds: [],
      fixVersionIds: [],
      affectsVersionIds: [],
      duedate: null,
      created: at,
      updated: at,
      resolutiondate: null,
      statuscategorychangedate: at,
    },
    changelog: [],
    comments: [],
    properties: new Map(),
  };
  applyFieldOps(state, project, issue, planned.ops, at);
  state.addIssue(issue);
  state.createdThroughRest(issue);
  for (const property of properties as { key: string; value: unknown }[]) putProperty(issue.properties, property.key, property.value);
  applyPlannedLinks(state, issue, planned.links, viewer, at);
  for (const body of planned.comments) addComment(state, issue, viewer, body, at);
  if (transition && transitionsFor(state, issue).includes(transition)) {
    state.addHistory(issue, viewer, applyTransition(state, issue, transition, null, at), at);
  }
  state.changes.issueCreated(issue);
  return issue;
}
