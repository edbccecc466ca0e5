/**
 * The site's configuration objects in Jira's shapes: StatusDetails, StatusCategory, IssueTypeDetails,
 * Priority, Resolution, IssueLinkType, ProjectComponent, Version and Project.
 */
import type {
  EmComponent, EmIssueType, EmLinkType, EmPriority, EmProject, EmResolution, EmStatus, EmStatusCategory, EmVersion,
} from '../model';
import { apiUrl, iconUrl, type RenderContext } from './context';
import { avatarUrls, renderUserRef } from './users';

export function renderStatusCategory(ctx: RenderContext, category: EmStatusCategory): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `/statuscategory/${category.id}`),
    id: category.id,
    key: category.key,
    colorName: category.colorName,
    name: category.name,
  };
}

export function renderStatus(ctx: RenderContext, status: EmStatus): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `/status/${status.id}`),
    description: '',
    iconUrl: iconUrl(ctx, 'status', status.id),
    name: status.name,
    untranslatedName: status.name,
    id: status.id,
    statusCategory: renderStatusCategory(ctx, ctx.state.statusCategory(status.categoryKey)),
  };
}

export function renderIssueType(ctx: RenderContext, type: EmIssueType): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `/issuetype/${type.id}`),
    id: type.id,
    description: `${/^[aeiou]/i.test(type.name) ? 'An' : 'A'} ${type.name.toLowerCase()}.`,
    iconUrl: iconUrl(ctx, 'issuetype', type.id),
    name: type.name,
    subtask: type.subtask,
    avatarId: Number(type.id),
    hierarchyLevel: type.hierarchyLevel,
  };
}

const PRIORITY_COLORS = ['#d04437', '#f15c75', '#f79232', '#707070', '#999999'];

export function renderPriority(ctx: RenderContext, priority: EmPriority): Record<string, unknown> {
  const index = ctx.state.priorities().findIndex((p) => p.id === priority.id);
  return {
    self: apiUrl(ctx, `/priority/${priority.id}`),
    statusColor: PRIORITY_COLORS[Math.min(Math.max(index, 0), PRIORITY_COLORS.length - 1)],
    description: `${priority.name} priority.`,
    iconUrl: iconUrl(ctx, 'priority', priority.id),
    name: priority.name,
    id: priority.id,
    isDefault: priority.id === ctx.state.defaultPriorityId,
  };
}

export function renderResolution(ctx: RenderContext, resolution: EmResolution): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `/resolution/${resolution.id}`),
    id: resolution.id,
    description: resolution.description,
    name: resolution.name,
  };
}

export function renderLinkType(ctx: RenderContext, type: EmLinkType): Record<string, unknown> {
  return {
    id: type.id,
    name: type.name,
    inward: type.inward,
    outward: type.outward,
    self: apiUrl(ctx, `/issueLinkType/${type.id}`),
  };
}

/** The short form embedded in issues' `components` field. */
export function renderComponentRef(ctx: RenderContext, component: EmComponent): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `/component/${component.id}`),
    id: component.id,
    name: component.name,
    ...(component.description !== undefined ? { description: component.description } : {}),
  };
}

/** ProjectComponent, as GET project/{key}/components lists them. */
export function renderComponent(ctx: RenderContext, project: EmProject, component: EmComponent): Record<string, unknown> {
  return {
    ...renderComponentRef(ctx, component),
    assigneeType: 'PROJECT_DEFAULT',
    realAssigneeType: 'PROJECT_DEFAULT',
    isAssigneeTypeValid: false,
    project: project.key,
    projectId: Number(project.id),
  };
}

/** The short form embedded in issues' `fixVersions` field. */
export function renderVersionRef(ctx: RenderContext, version: EmVersion): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `/version/${version.id}`),
    id: version.id,
    name: version.name,
    archived: version.archived,
    released: version.released,
    ...(version.releaseDate !== undefined ? { releaseDate: version.releaseDate } : {}),
  };
}

/** Version, as GET project/{key}/versions lists them. */
export function renderVersion(ctx: RenderContext, project: EmProject, version: EmVersion): Record<string, unknown> {
  const today = ctx.state.now().toISOString().slice(0, 10);
  return {
    ...renderVersionRef(ctx, version),
    ...(version.startDate !== undefined ? { startDate: version.startDate } : {}),
    overdue: !version.released && version.releaseDate !== undefined && version.releaseDate < today,
    projectId: Number(project.id),
  };
}

/** The short form embedded in issues' `project` field and in project/search. */
export function renderProjectRef(ctx: RenderContext, project: EmProject): Record<string, unknown> {
  return {
    self: apiUrl(ctx, `/project/${project.id}`),
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: false,
    avatarUrls: avatarUrls(ctx, `project-${project.key}`),
  };
}

/** Project, as GET project/{key} returns it. */
export function renderProject(ctx: RenderContext, project: EmProject): Record<string, unknown> {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...renderProjectRef(ctx, project),
    description: '',
    lead: renderUserRef(ctx, project.leadAccountId),
    components: project.components.map((c) => renderComponent(ctx, project, c)),
    issueTypes: project.issueTypeIds
      .map((id) => ctx.state.issueTypeById(id))
      .filter((t): t is EmIssueType => t !== undefined)
      .map((t) => renderIssueType(ctx, t)),
    assigneeType: 'UNASSIGNED',
    versions: project.versions.map((v) => renderVersion(ctx, project, v)),
    roles: {},
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}
