/**
 * Reads the `fields` and `update` of a create or edit request (Jira's IssueUpdateDetails) into
 * validated operations, with Jira's per-field error messages. Nothing is changed here: a request with
 * any error changes nothing (see apply-field-ops.ts for the writing).
 */
import type { EmProject } from './model';
import type { EmulatorState } from './store';
import { isAdfDoc } from './adf';
import { isIsoDay } from './jira-time';
import { isAssignable } from './permissions';
import { notOnScreen, onScreen } from './screens';
import { richTextTooLong, TEXT_TOO_LONG } from './text-limits';

export type ListMode = 'set' | 'add' | 'remove';

export type FieldOp =
  | { field: 'summary'; value: string }
  | { field: 'description'; value: unknown }
  | { field: 'assignee' | 'reporter'; value: string | null }
  | { field: 'priority' | 'resolution'; value: string | null }
  | { field: 'issuetype'; value: string }
  | { field: 'duedate'; value: string | null }
  | { field: 'labels'; mode: ListMode; values: string[] }
  | { field: 'components' | 'fixVersions' | 'versions'; mode: ListMode; ids: string[] }
  | { field: 'parent'; value: string | null };

/** A link asked for in `update.issuelinks`, seen from the issue being written. */
export interface PlannedLink {
  typeId: string;
  /** 'outward': this issue <outward> other ("blocks"); 'inward': this issue <inward> other. */
  direction: 'outward' | 'inward';
  otherIssueId: string;
}

export interface PlannedChanges {
  ops: FieldOp[];
  links: PlannedLink[];
  /** ADF bodies from `update.comment[].add`. */
  comments: unknown[];
  errors: Record<string, string>;
}

export interface IssueInput {
  fields?: unknown;
  update?: unknown;
}

/** Which screen applies: create or edit of an issue type, or a transition (only what its screen shows). */
export type ScreenContext =
  | { mode: 'create' | 'edit'; issueTypeId: string | undefined }
  | { mode: 'transition'; fields: readonly string[] };

const NOT_SETTABLE = (field: string) => `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;
const NOT_ADF = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
/** Fields handled by the create flow itself, not as operations. */
const CREATE_ONLY = new Set(['project']);

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function userRef(value: unknown): string | undefined {
  const ref = asRecord(value);
  if (!ref) return undefined;
  const id = ref.accountId ?? ref.id;
  return typeof id === 'string' ? id : undefined;
}

interface Planner {
  state: EmulatorState;
  project: EmProject;
  viewer: string | null;
  out: PlannedChanges;
}

function fail(p: Planner, field: string, message: string): void {
  if (!(field in p.out.errors)) p.out.errors[field] = message;
}

/** One value set on a single-valued field (from `fields.x` or `update.x[].set`). */
function planSet(p: Planner, field: string, value: unknown): void {
  const { state, project, out } = p;
  switch (field) {
    case 'summary': {
      if (typeof value !== 'string' || value.trim() === '') return fail(p, field, 'You must specify a summary of the issue.');
      if (value.length > 255) return fail(p, field, 'Summary must be less than 255 characters.');
      out.ops.push({ field, value: value.replace(/[\r\n]+/g, ' ') });
      return;
    }
    case 'description': {
      if (value !== null && !isAdfDoc(value)) return fail(p, field, NOT_ADF);
      if (richTextTooLong(value)) return fail(p, field, TEXT_TOO_LONG);
      out.ops.push({ field, value });
      return;
    }
    case 'assignee': {
      if (value === null) { out.ops.push({ field, value: null }); return; }
      const accountId = userRef(value);
      if (accountId === undefined || !state.userById(accountId)) return fail(p, field, `Specified user does not exist or you do not have required permissions`);
      if (!isAssignable(state, project, accountId)) return fail(p, field, `User '${accountId}' cannot be assigned issues.`);
      out.ops.push({ field, value: accountId });
      return;
    }
    case 'reporter': {
      const accountId = userRef(value);
      if (accountId === undefined || !state.userById(accountId)) return fail(p, field, 'Specified user does not exist or you do not have required permissions');
      out.ops.push({ field, value: accountId });
      return;
    }
    case 'priority': {
      const priority = state.resolveRef(value, (id) => state.priorityById(id), (name) => state.priorityByName(name));
      if (!priority) return fail(p, field, "Specify a valid 'id' or 'name' for Priority");
      out.ops.push({ field, value: priority.id });
      return;
    }
    case 'resolution': {
      if (value === null) { out.ops.push({ field, value: null }); return; }
      const resolution = state.resolveRef(value, (id) => state.resolutionById(id), (name) => state.resolutionByName(name));
      if (!resolution) return fail(p, field, "Specify a valid 'id' or 'name' for Resolution");
      out.ops.push({ field, value: resolution.id });
      return;
    }
    case 'issuetype': {
      const type = state.resolveRef(value, (id) => state.issueTypeById(id), (name) => state.issueTypeByName(name));
      if (!type) return fail(p, field, 'Specify a valid issue type');
      if (!project.issueTypeIds.includes(type.id)) return fail(p, field, 'The issue type selected is invalid.');
      out.ops.push({ field, value: type.id });
      return;
    }
    case 'duedate': {
      if (value === null || value === '') { out.ops.push({ field, value: null }); return; }
      if (!isIsoDay(value)) return fail(p, field, `Error parsing date string: ${String(value)}`);
      out.ops.push({ field, value });
      return;
    }
    case 'labels':
      return planList(p, field, 'set', value);
    case 'components':
    case 'fixVersions':
    case 'versions':
      return planList(p, field, 'set', value);
    case 'parent': {
      if (value === null) { out.ops.push({ field, value: null }); return; }
      const ref = asRecord(value);
      const idOrKey = ref?.key ?? ref?.id;
      const parent = typeof idOrKey === 'string' ? state.issueByIdOrKey(idOrKey) : undefined;
      if (!parent || !state.canBrowse(p.viewer, parent)) return fail(p, field, 'Could not find issue by id or key.');
      out.ops.push({ field, value: parent.id });
      return;
    }
    default:
      return fail(p, field, NOT_SETTABLE(field));
  }
}

/** A multi-valued field: labels, components, fixVersions (values for set, one value for add/remove). */
function planList(p: Planner, field: 'labels' | 'components' | 'fixVersions' | 'versions', mode: ListMode, value: unknown): void {
  const values = mode === 'set' ? value : [value];
  if (!Array.isArray(values)) return fail(p, field, `Field '${field}' must be an array.`);
  if (field === 'labels') {
    const labels: string[] = [];
    for (const label of values) {
      if (typeof label !== 'string' || label === '') return fail(p, field, 'A label must be a non-empty string.');
      if (/\s/.test(label)) return fail(p, field, `The label '${label}' contains spaces which is invalid.`);
      if (label.length > 255) return fail(p, field, 'The label must not exceed 255 characters.');
      labels.push(label);
    }
    p.out.ops.push({ field, mode, values: labels });
    return;
  }
  const ids: string[] = [];
  for (const ref of values) {
    const found = field === 'components' ? p.state.componentOf(p.project, ref) : p.state.versionOf(p.project, ref);
    if (!found) {
      const r = asRecord(ref);
      const what = field === 'components' ? 'Component' : 'Version';
      return fail(p, field, r?.name !== undefined ? `${what} name '${String(r.name)}' is not valid` : `${what} id '${String(r?.id)}' is not valid`);
    }
    ids.push(found.id);
  }
  p.out.ops.push({ field, mode, ids });
}

function planLink(p: Planner, value: unknown): void {
  const spec = asRecord(value);
  const type = spec && p.state.resolveRef(spec.type, (id) => p.state.linkTypeById(id), (name) => p.state.linkTypeByName(name));
  if (!spec || !type) return fail(p, 'issuelinks', 'Issue link type is required and must exist.');
  const outward = asRecord(spec.outwardIssue);
  const inward = asRecord(spec.inwardIssue);
  const target = outward ?? inward;
  const ref = target?.key ?? target?.id;
  if ((outward && inward) || typeof ref !== 'string') return fail(p, 'issuelinks', 'Specify exactly one of inwardIssue or outwardIssue, with a key or an id.');
  const other = p.state.issueByIdOrKey(ref);
  if (!other || !p.state.canBrowse(p.viewer, other)) return fail(p, 'issuelinks', `Issue '${ref}' does not exist or you do not have permission to see it.`);
  p.out.links.push({ typeId: type.id, direction: outward ? 'outward' : 'inward', otherIssueId: other.id });
}

function planUpdate(p: Planner, field: string, operations: unknown): void {
  if (!Array.isArray(operations)) return fail(p, field, `The operations for field '${field}' must be an array.`);
  for (const operation of operations) {
    const entries = Object.entries(asRecord(operation) ?? {});
    if (entries.length !== 1) return fail(p, field, `Each operation on field '${field}' must have exactly one verb.`);
    const [verb, value] = entries[0];
    if (field === 'issuelinks') {
      if (verb !== 'add') return fail(p, field, `Operation '${verb}' is not supported for field '${field}'.`);
      planLink(p, value);
    } else if (field === 'comment') {
      const body = asRecord(value)?.body;
      if (verb !== 'add') return fail(p, field, `Operation '${verb}' is not supported for field '${field}'.`);
      if (!isAdfDoc(body)) return fail(p, field, NOT_ADF);
      if (richTextTooLong(body)) return fail(p, field, TEXT_TOO_LONG);
      p.out.comments.push(body);
    } else if (field === 'labels' || field === 'components' || field === 'fixVersions' || field === 'versions') {
      if (verb !== 'set' && verb !== 'add' && verb !== 'remove') return fail(p, field, `Operation '${verb}' is not supported for field '${field}'.`);
      planList(p, field, verb, value);
    } else if (verb === 'set') {
      planSet(p, field, value);
    } else {
      return fail(p, field, verb === 'add' || verb === 'remove' || verb === 'edit' || verb === 'copy'
        ? `Operation '${verb}' is not supported for field '${field}'.`
        : NOT_SETTABLE(field));
    }
  }
}

/** Validates a request's fields and update operations against the project. */
export function planChanges(
  state: EmulatorState, project: EmProject, input: IssueInput, viewer: string | null, screen: ScreenContext,
): PlannedChanges {
  const out: PlannedChanges = { ops: [], links: [], comments: [], errors: {} };
  const p: Planner = { state, project, viewer, out };
  const fields = asRecord(input.fields) ?? {};
  const update = asRecord(input.update) ?? {};
  const settable = (field: string) => (screen.mode === 'transition'
    ? screen.fields.includes(field)
    : onScreen(project, screen.issueTypeId, field, screen.mode));
  for (const [field, value] of Object.entries(fields)) {
    if (screen.mode === 'create' && CREATE_ONLY.has(field)) continue;
    if (!settable(field)) { fail(p, field, notOnScreen(field)); continue; }
    if (field in update) { fail(p, field, `Field '${field}' cannot be set in both 'fields' and 'update'.`); continue; }
    planSet(p, field, value);
  }
  for (const [field, operations] of Object.entries(update)) {
    if (!settable(field)) { fail(p, field, notOnScreen(field)); continue; }
    planUpdate(p, field, operations);
  }
  return out;
}
