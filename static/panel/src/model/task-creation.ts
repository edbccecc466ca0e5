/**
 * What one press of "Create tasks" came to (issue 4, "Panel"), from createActionItems' answer or
 * error (src/contracts/actions.ts): the outcome per item (created, already existed, failed with
 * Jira's reason), the problems per item and field that stopped everything before a task was made
 * (VALIDATION, details.items), or the outcomes of tasks made before the post-mortem could not be
 * updated (details.results). Pure, so the words and the mapping are tested without a browser.
 */
import {
  ACTION_ITEM_FIELDS,
  CREATE_OUTCOME_STATUSES,
  type ActionItemCreateOutcome,
  type ActionItemField,
  type ActionItemProblem,
  type CreateActionItemsResult,
} from '../../../../src/contract';
import type { UiError } from '../../../shared/src/ui-error';

export type CreationPhase = 'idle' | 'saving' | 'creating' | 'finished' | 'failed';

export interface TaskCreationRun {
  phase: CreationPhase;
  /** Tasks the run makes: the items without one once everything typed was saved. */
  count: number;
  /** By action id. */
  outcomes: Record<string, ActionItemCreateOutcome>;
  /** By action id: what must change before any task is made. */
  problems: Record<string, ActionItemProblem[]>;
  /** Why the run stopped; null unless `phase` is failed. */
  failure: { title: string; message: string } | null;
  targetProjectKey: string | null;
}

export const IDLE_RUN: TaskCreationRun = { phase: 'idle', count: 0, outcomes: {}, problems: {}, failure: null, targetProjectKey: null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readOutcome(value: unknown): ActionItemCreateOutcome | null {
  if (!isRecord(value) || typeof value.actionId !== 'string') return null;
  if (!(CREATE_OUTCOME_STATUSES as readonly unknown[]).includes(value.status)) return null;
  return {
    actionId: value.actionId,
    status: value.status as ActionItemCreateOutcome['status'],
    ...(typeof value.taskKey === 'string' ? { taskKey: value.taskKey } : {}),
    ...(typeof value.error === 'string' ? { error: value.error } : {}),
  };
}

function readProblem(value: unknown): ActionItemProblem | null {
  if (!isRecord(value) || typeof value.message !== 'string') return null;
  if (!(ACTION_ITEM_FIELDS as readonly unknown[]).includes(value.field)) return null;
  return { field: value.field as ActionItemField, message: value.message };
}

function byActionId<T extends { actionId: string }>(list: readonly T[]): Record<string, T> {
  return Object.fromEntries(list.map((entry) => [entry.actionId, entry]));
}

/** The outcomes in an error's details.results (tasks made before the write-back failed). */
export function outcomesOf(details: unknown): Record<string, ActionItemCreateOutcome> {
  const results = isRecord(details) && Array.isArray(details.results) ? details.results : [];
  return byActionId(results.flatMap((r) => readOutcome(r) ?? []));
}

/** The per-item problems in a VALIDATION error's details.items. */
export function problemsOf(details: unknown): Record<string, ActionItemProblem[]> {
  const items = isRecord(details) && Array.isArray(details.items) ? details.items : [];
  const entries = items.flatMap((entry): [string, ActionItemProblem[]][] => {
    if (!isRecord(entry) || typeof entry.actionId !== 'string' || !Array.isArray(entry.problems)) return [];
    const problems = entry.problems.flatMap((p) => readProblem(p) ?? []);
    return problems.length ? [[entry.actionId, problems]] : [];
  });
  return Object.fromEntries(entries);
}

export function finishedRun(result: CreateActionItemsResult, count: number): TaskCreationRun {
  return { phase: 'finished', count, outcomes: byActionId(result.results), problems: {}, failure: null, targetProjectKey: result.targetProjectKey };
}

function needsChanges(flagged: number): { title: string; message: string } {
  return { title: 'No tasks were created', message: `${flagged} action item${flagged === 1 ? ' needs' : 's need'} changes first; see the fields marked in red.` };
}

export function failedRun(error: UiError, count: number): TaskCreationRun {
  const problems = error.code === 'VALIDATION' ? problemsOf(error.details) : {};
  const outcomes = outcomesOf(error.details);
  const flagged = Object.keys(problems).length;
  const failure = flagged > 0
    ? needsChanges(flagged)
    : { title: Object.keys(outcomes).length ? 'The tasks were not all recorded' : 'The tasks couldn’t be created', message: error.message };
  return { phase: 'failed', count, outcomes, problems, failure, targetProjectKey: null };
}

/** The run stopped before anything was sent: what was typed could not be saved. */
export function unsavedRun(message: string): TaskCreationRun {
  return { ...IDLE_RUN, phase: 'failed', failure: { title: 'No tasks were created', message: `Your changes couldn’t be saved first: ${message}` } };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence on what a finished run did. */
export function runSummary(run: TaskCreationRun): string {
  const outcomes = Object.values(run.outcomes);
  const count = (status: ActionItemCreateOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const [created, existing, failed] = [count('created'), count('existing'), count('failed')];
  if (outcomes.length === 0) return 'Every action item already has its task.';
  const parts = [
    ...(created ? [`${plural(created, 'task', 'tasks')} created${run.targetProjectKey ? ` in ${run.targetProjectKey}` : ''}`] : []),
    ...(existing ? [`${plural(existing, 'task', 'tasks')} already existed and ${existing === 1 ? 'is' : 'are'} linked`] : []),
    ...(failed ? [`${plural(failed, 'item', 'items')} failed`] : []),
  ];
  const sentence = `${parts.join(', ')}.`;
  const text = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return failed ? `${text} Fix what is shown on ${failed === 1 ? 'it' : 'them'} and press Create tasks again to retry.` : text;
}

/** The run with an item's problems on these fields cleared (the person changed them). */
export function withoutProblems(run: TaskCreationRun, actionId: string, fields: readonly ActionItemField[]): TaskCreationRun {
  const current = run.problems[actionId];
  if (!current || fields.length === 0) return run;
  const left = current.filter((p) => !fields.includes(p.field));
  if (left.length === current.length) return run;
  const problems = { ...run.problems };
  if (left.length) problems[actionId] = left;
  else delete problems[actionId];
  const flagged = Object.keys(problems).length;
  // The run stopped only for these problems: once none is left, nothing failed any more.
  if (flagged === 0 && Object.keys(run.outcomes).length === 0) return { ...IDLE_RUN, count: run.count };
  return { ...run, problems, failure: flagged > 0 && run.failure ? needsChanges(flagged) : run.failure };
}

/** The item's problem on one field, for the field's error text. */
export function problemOn(problems: readonly ActionItemProblem[] | undefined, field: ActionItemField): string | null {
  const messages = (problems ?? []).filter((p) => p.field === field).map((p) => p.message);
  return messages.length ? messages.join(' ') : null;
}
