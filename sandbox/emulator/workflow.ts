/**
 * The workflow: which transitions an issue has, and what taking one does. Entering a Done-category
 * status sets resolution and resolutiondate, leaving it clears them, a change of category moves
 * statuscategorychangedate; the status and resolution changes go into one changelog entry, as Jira
 * writes them (ids in from/to, names in fromString/toString).
 */
import type { EmChangeItem, EmIssue, EmResolution, EmTransition } from './model';
import type { EmulatorState } from './store';

/** Transitions available from the issue's current status (global ones included). */
export function transitionsFor(state: EmulatorState, issue: EmIssue): EmTransition[] {
  return state.transitions().filter((t) => t.from.length === 0 || t.from.includes(issue.fields.statusId));
}

export function statusItem(state: EmulatorState, fromId: string, toId: string): EmChangeItem {
  return {
    field: 'status',
    fieldtype: 'jira',
    fieldId: 'status',
    from: fromId,
    fromString: state.statusById(fromId)?.name ?? null,
    to: toId,
    toString: state.statusById(toId)?.name ?? null,
  };
}

export function resolutionItem(state: EmulatorState, fromId: string | null, toId: string | null): EmChangeItem {
  return {
    field: 'resolution',
    fieldtype: 'jira',
    fieldId: 'resolution',
    from: fromId,
    fromString: fromId === null ? null : state.resolutionById(fromId)?.name ?? null,
    to: toId,
    toString: toId === null ? null : state.resolutionById(toId)?.name ?? null,
  };
}

/**
 * Moves the issue to the transition's target status and returns the change items (not yet recorded).
 * `resolution` is the one the caller set on the transition, if any.
 */
export function applyTransition(
  state: EmulatorState, issue: EmIssue, transition: EmTransition, resolution: EmResolution | null, at: string,
): EmChangeItem[] {
  const fields = issue.fields;
  const fromId = fields.statusId;
  const fromCategory = state.categoryOfStatus(fromId);
  const toCategory = state.categoryOfStatus(transition.to);
  const items: EmChangeItem[] = [];
  if (fromId !== transition.to) items.push(statusItem(state, fromId, transition.to));
  fields.statusId = transition.to;
  if (fromCategory !== toCategory) fields.statuscategorychangedate = at;

  const enteringDone = toCategory === 'done' && fromCategory !== 'done';
  const leavingDone = toCategory !== 'done' && fromCategory === 'done';
  let newResolutionId = fields.resolutionId;
  if (resolution) newResolutionId = resolution.id;
  else if (enteringDone && fields.resolutionId === null) newResolutionId = state.defaultResolutionId;
  if (leavingDone) newResolutionId = null;
  if (newResolutionId !== fields.resolutionId) {
    items.push(resolutionItem(state, fields.resolutionId, newResolutionId));
    fields.resolutionId = newResolutionId;
  }
  if (enteringDone) fields.resolutiondate = at;
  if (leavingDone) fields.resolutiondate = null;
  return items;
}
