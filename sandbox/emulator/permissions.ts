/**
 * Per-user project permissions, as Jira enforces them: an issue the user may not browse does not exist
 * for them (404), a change they may not make is refused (403), project properties need project admin.
 * Also the permission catalogue that `GET /rest/api/3/mypermissions` reports.
 */
import type { EmIssue, EmProject } from './model';
import type { EmulatorState } from './store';
import { JiraHttpError, forbidden, issueNotFound, notFound } from './http-error';

export type PermissionLevel = 'browse' | 'edit' | 'admin' | 'assignable' | 'none';

export interface PermissionDefinition {
  id: string;
  key: string;
  name: string;
  type: 'PROJECT' | 'GLOBAL';
  description: string;
  /** Which project role list grants it. */
  level: PermissionLevel;
}

/** The permissions the emulator knows, with Jira's ids, keys and names. */
export const PERMISSIONS: PermissionDefinition[] = [
  { id: '10', key: 'BROWSE_PROJECTS', name: 'Browse Projects', type: 'PROJECT', level: 'browse', description: 'Ability to browse projects and the issues within them.' },
  { id: '11', key: 'CREATE_ISSUES', name: 'Create Issues', type: 'PROJECT', level: 'edit', description: 'Ability to create issues.' },
  { id: '12', key: 'EDIT_ISSUES', name: 'Edit Issues', type: 'PROJECT', level: 'edit', description: 'Ability to edit issues.' },
  { id: '13', key: 'ASSIGN_ISSUES', name: 'Assign Issues', type: 'PROJECT', level: 'edit', description: 'Ability to assign issues to other people.' },
  { id: '14', key: 'RESOLVE_ISSUES', name: 'Resolve Issues', type: 'PROJECT', level: 'edit', description: 'Ability to resolve and reopen issues.' },
  { id: '15', key: 'ADD_COMMENTS', name: 'Add Comments', type: 'PROJECT', level: 'edit', description: 'Ability to comment on issues.' },
  { id: '16', key: 'DELETE_ISSUES', name: 'Delete Issues', type: 'PROJECT', level: 'admin', description: 'Ability to delete issues.' },
  { id: '17', key: 'ASSIGNABLE_USER', name: 'Assignable User', type: 'PROJECT', level: 'assignable', description: 'Users with this permission may be assigned to issues.' },
  { id: '18', key: 'CLOSE_ISSUES', name: 'Close Issues', type: 'PROJECT', level: 'edit', description: 'Ability to close issues.' },
  { id: '21', key: 'LINK_ISSUES', name: 'Link Issues', type: 'PROJECT', level: 'edit', description: 'Ability to link issues together.' },
  { id: '23', key: 'ADMINISTER_PROJECTS', name: 'Administer Projects', type: 'PROJECT', level: 'admin', description: 'Ability to administer a project in Jira.' },
  { id: '34', key: 'EDIT_ALL_COMMENTS', name: 'Edit All Comments', type: 'PROJECT', level: 'admin', description: 'Ability to edit all comments made on issues.' },
  { id: '46', key: 'TRANSITION_ISSUES', name: 'Transition Issues', type: 'PROJECT', level: 'edit', description: 'Ability to transition issues.' },
  { id: '0', key: 'ADMINISTER', name: 'Administer Jira', type: 'GLOBAL', level: 'none', description: 'Ability to perform most administration functions.' },
];

export function canBrowseProject(project: EmProject, accountId: string | null): boolean {
  return accountId !== null && project.permissions.browse.includes(accountId);
}

export function canEditProject(project: EmProject, accountId: string | null): boolean {
  return canBrowseProject(project, accountId) && project.permissions.edit.includes(accountId as string);
}

export function isProjectAdmin(project: EmProject, accountId: string | null): boolean {
  return canBrowseProject(project, accountId) && project.permissions.admin.includes(accountId as string);
}

/** People who can be assigned issues in the project: its editors, apps excluded. */
export function isAssignable(state: EmulatorState, project: EmProject, accountId: string): boolean {
  const user = state.userById(accountId);
  return user !== undefined && user.active && user.accountType !== 'app' && project.permissions.edit.includes(accountId);
}

export function hasPermission(state: EmulatorState, project: EmProject, accountId: string | null, level: PermissionLevel): boolean {
  switch (level) {
    case 'browse': return canBrowseProject(project, accountId);
    case 'edit': return canEditProject(project, accountId);
    case 'admin': return isProjectAdmin(project, accountId);
    case 'assignable': return accountId !== null && isAssignable(state, project, accountId);
    case 'none': return false;
  }
}

/** The issue, if the user may browse it; Jira's 404 otherwise (it does not reveal that the issue exists). */
export function browsableIssue(state: EmulatorState, idOrKey: string, accountId: string | null): EmIssue {
  const issue = state.issueByIdOrKey(idOrKey);
  if (!issue || !state.canBrowse(accountId, issue)) throw issueNotFound();
  return issue;
}

/** The issue, if the user may browse and change it; 404 when they cannot see it, 403 when they cannot edit. */
export function editableIssue(state: EmulatorState, idOrKey: string, accountId: string | null, refusal: string): EmIssue {
  const issue = browsableIssue(state, idOrKey, accountId);
  const project = projectOf(state, issue);
  if (!canEditProject(project, accountId)) throw forbidden(refusal);
  return issue;
}

/** The project, if the user may browse it; Jira's 404 otherwise. */
export function browsableProject(state: EmulatorState, idOrKey: string, accountId: string | null): EmProject {
  const project = state.projectByIdOrKey(idOrKey);
  if (!project || !canBrowseProject(project, accountId)) {
    throw notFound(`No project could be found with key '${idOrKey}'.`);
  }
  return project;
}

export function projectOf(state: EmulatorState, issue: EmIssue): EmProject {
  const project = state.projectById(issue.projectId);
  if (!project) throw new JiraHttpError(500, [`Issue ${issue.key} belongs to no project`]);
  return project;
}
