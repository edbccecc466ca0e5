/**
 * An issue in Jira's IssueBean shape: the selected system fields, and on request `names`, `schema`,
 * `changelog` (the newest 100 histories, newest first, as GET issue?expand=changelog gives them),
 * `transitions` and entity `properties`.
 */
import type { EmIssue, EmVersion } from '../model';
import type { FieldSelection } from '../field-selection';
import { toJiraTime } from '../jira-time';
import { projectOf } from '../permissions';
import { systemField } from '../system-fields';
import { transitionsFor } from '../workflow';
import { apiUrl, type RenderContext } from './context';
import { renderHistory } from './changelog';
import { renderCommentField } from './comments';
import {
  renderComponentRef, renderIssueType, renderPriority, renderProjectRef, renderResolution, renderStatus, renderVersionRef,
} from './config';
import { renderIssueLinksField } from './links';
import { renderTransition } from './transitions';
import { renderUserRef } from './users';

export interface IssueRenderOptions {
  selection: FieldSelection;
  expand: Set<string>;
  /** Property keys to include under `properties`; undefined when none were asked for. */
  properties?: string[];
}

const EXPANDABLE = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';
const CHANGELOG_IN_ISSUE = 100;

function renderField(ctx: RenderContext, issue: EmIssue, id: string): unknown {
  const { state } = ctx;
  const f = issue.fields;
  switch (id) {
    case 'summary': return f.summary;
    case 'description': return f.description;
    case 'environment': return null;
    case 'issuetype': {
      const type = state.issueTypeById(f.issueTypeId);
      return type ? renderIssueType(ctx, type) : null;
    }
    case 'project': return renderProjectRef(ctx, projectOf(state, issue));
    case 'status': {
      const status = state.statusById(f.statusId);
      return status ? renderStatus(ctx, status) : null;
    }
    case 'priority': {
      const priority = f.priorityId === null ? undefined : state.priorityById(f.priorityId);
      return priority ? renderPriority(ctx, priority) : null;
    }
    case 'resolution': {
      const resolution = f.resolutionId === null ? undefined : state.resolutionById(f.resolutionId);
      return resolution ? renderResolution(ctx, resolution) : null;
    }
    case 'assignee': return renderUserRef(ctx, f.assigneeAccountId);
    case 'reporter': return renderUserRef(ctx, f.reporterAccountId);
    case 'creator': return renderUserRef(ctx, f.creatorAccountId);
    case 'parent': {
      const parent = f.parentId === null ? undefined : state.issueByIdOrKey(f.parentId);
      if (!parent || !state.canBrowse(ctx.viewer, parent)) return undefined;
      const type = state.issueTypeById(parent.fields.issueTypeId);
      return { id: parent.id, key: parent.key, self: apiUrl(ctx, `/issue/${parent.id}`), fields: { summary: parent.fields.summary, ...(type ? { issuetype: renderIssueType(ctx, type) } : {}) } };
    }
    case 'labels': return [...f.labels];
    case 'components': {
      const project = projectOf(state, issue);
      return f.componentIds
        .map((cid) => project.components.find((c) => c.id === cid))
        .filter((c) => c !== undefined)
        .map((c) => renderComponentRef(ctx, c));
    }
    case 'fixVersions': {
      const project = projectOf(state, issue);
      return f.fixVersionIds
        .map((vid) => project.versions.find((v) => v.id === vid))
        .filter((v): v is EmVersion => v !== undefined)
        .map((v) => renderVersionRef(ctx, v));
    }
    case 'versions': {
      const project = projectOf(state, issue);
      return f.affectsVersionIds
        .map((vid) => project.versions.find((v) => v.id === vid))
        .filter((v): v is EmVersion => v !== undefined)
        .map((v) => renderVersionRef(ctx, v));
    }
    case 'subtasks': return [];
    case 'duedate': return f.duedate;
    case 'created': return toJiraTime(f.created, ctx.timeZone);
    case 'updated': return toJiraTime(f.updated, ctx.timeZone);
    case 'resolutiondate': return toJiraTime(f.resolutiondate, ctx.timeZone);
    case 'statuscategorychangedate': return toJiraTime(f.statuscategorychangedate, ctx.timeZone);
    case 'lastViewed': return null;
    case 'issuelinks': return renderIssueLinksField(ctx, issue);
    case 'comment': return renderCommentField(ctx, issue);
    default: return undefined;
  }
}

/** Only the id (search's default answer). */
export function renderIssueIdOnly(issue: EmIssue): Record<string, unknown> {
  return { id: issue.id };
}

export function renderIssue(ctx: RenderContext, issue: EmIssue, options: IssueRenderOptions): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const id of options.selection.fields) fields[id] = renderField(ctx, issue, id);
  const out: Record<string, unknown> = {
    expand: EXPANDABLE,
    id: issue.id,
    self: apiUrl(ctx, `/issue/${issue.id}`),
    key: issue.key,
  };
  if (options.expand.has('names')) {
    out.names = Object.fromEntries(Object.keys(fields).map((id) => [id, systemField(id)?.name ?? id]));
  }
  if (options.expand.has('schema')) {
    out.schema = Object.fromEntries(Object.keys(fields).flatMap((id) => {
      const schema = systemField(id)?.schema;
      return schema ? [[id, schema]] : [];
    }));
  }
  if (options.expand.has('transitions')) {
    out.transitions = transitionsFor(ctx.state, issue).map((t) => renderTransition(ctx, t, false));
  }
  if (options.properties !== undefined) {
    out.properties = Object.fromEntries(options.properties.map((key) => [key, issue.properties.get(key)]));
  }
  out.fields = fields;
  if (options.expand.has('changelog')) {
    const newest = issue.changelog.slice(-CHANGELOG_IN_ISSUE).reverse();
    out.changelog = {
      startAt: 0,
      maxResults: newest.length,
      total: issue.changelog.length,
      histories: newest.map((h) => renderHistory(ctx, h)),
    };
  }
  return out;
}
