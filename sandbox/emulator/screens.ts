/**
 * Create and edit screens: "The fields that can be set on create ... are the same fields that appear
 * on the issue's create screen" (OpenAPI description of POST /rest/api/3/issue), and an edit may set
 * only fields "associated with the issue's edit screen" (PUT /rest/api/3/issue/{issueIdOrKey}). Any
 * other field is a 400 keyed by the field id, with the message real clients see:
 * "Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown."
 * GET issue/createmeta/{project}/issuetypes[/{issueTypeId}] and GET issue/{key}/editmeta report them.
 *
 * Each project may give a screen per issue type; what it does not give is the default screen below,
 * Jira Cloud's default create and edit screens for the fields the emulator models. Resolution is on
 * neither (Jira sets it in transitions), which is the stricter reading of the default screens.
 */
import type { EmProject } from './model';

export interface ScreenFields {
  create: readonly string[];
  edit: readonly string[];
}

export const DEFAULT_SCREEN: ScreenFields = {
  create: ['summary', 'issuetype', 'description', 'assignee', 'reporter', 'priority', 'labels', 'components', 'fixVersions', 'versions', 'duedate', 'parent', 'issuelinks'],
  edit: ['summary', 'issuetype', 'description', 'assignee', 'reporter', 'priority', 'labels', 'components', 'fixVersions', 'versions', 'duedate', 'parent', 'issuelinks', 'comment'],
};

/** Fields every create needs whatever the screen says (`project` is the request's target). */
const ALWAYS_ON_CREATE = new Set(['project', 'summary', 'issuetype']);
/** Required on create, as createmeta reports them. */
export const REQUIRED_ON_CREATE = new Set(['project', 'summary', 'issuetype']);

export function screenOf(project: EmProject, issueTypeId: string | undefined): ScreenFields {
  return (issueTypeId !== undefined ? project.screens?.[issueTypeId] : undefined) ?? DEFAULT_SCREEN;
}

/** Whether a create (or edit) of this issue type in this project may set `field`. */
export function onScreen(project: EmProject, issueTypeId: string | undefined, field: string, mode: 'create' | 'edit'): boolean {
  if (mode === 'create' && ALWAYS_ON_CREATE.has(field)) return true;
  return screenOf(project, issueTypeId)[mode].includes(field);
}

export const notOnScreen = (field: string): string => `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;
