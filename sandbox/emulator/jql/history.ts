/**
 * JQL's history operators over each issue's changelog (history-timeline.ts):
 * - WAS: the field "currently ha[s] or previously had the specified value"; with predicates, it had
 *   it at some moment of their window and, with BY, the value was set by a change that user made.
 * - WAS IN (a, b) "is the same as typing `WAS a OR WAS b`".
 * - WAS NOT: the issue "ha[s] never had the specified value", within the predicates' window;
 *   WAS NOT IN (a, b) is `WAS NOT a AND WAS NOT b`. Both are exactly NOT WAS / NOT WAS IN.
 * - CHANGED: "have a value that had changed for the specified field"; each predicate (FROM, TO, BY,
 *   dates) must hold for the same change.
 * Only assignee, fixVersion, priority, reporter, resolution and status have a history; any other
 * field gets Jira's answer, "History searches do not support the 'project' field." (a 400 from Jira
 * Cloud, quoted in github.com/prometheus-community/jiralert/issues/159).
 * https://support.atlassian.com/jira-software-cloud/docs/jql-operators/
 *
 * Values resolve as the field's `=` clauses resolve them (names case-insensitively, or ids), except
 * status: the operators page says WAS "will also match the value ID", the Status field says "The
 * WAS, WAS NOT, WAS IN and WAS NOT IN operators can only be used with the name, not the ID". The
 * emulator takes the stricter: status history clauses (CHANGED FROM and TO too) take names only,
 * and an id is refused as a value that does not exist.
 * https://support.atlassian.com/jira-software-cloud/docs/jql-fields/ (Status)
 */
import type { TerminalClause } from '@atlaskit/jql-ast';
import type { EmIssue } from '../model';
import type { CompileContext, IssueMatcher } from './compile-context';
import { compilePredicates, type HistoryConditions, type HistoryOperator, type TimeWindow } from './history-predicates';
import type { HistorySpec } from './history-spec';
import { fieldTimeline, type Change, type Period, type Timeline } from './history-timeline';
import { resolveAtoms, type ResolvedOperand } from './membership-field';
import { operandAtoms } from './operands';

export type { HistoryOperator } from './history-predicates';

const HISTORY_OPERATORS = new Set<string>(['was', 'was in', 'was not', 'was not in', 'changed']);

export function isHistoryOperator(operator: string): operator is HistoryOperator {
  return HISTORY_OPERATORS.has(operator);
}

export function historyNotSupportedMessage(fieldName: string): string {
  return `History searches do not support the '${fieldName}' field.`;
}

/** Compiles a WAS … or CHANGED clause; null after pushing every problem onto ctx.errors. */
export function compileHistoryClause(
  clause: TerminalClause, operator: HistoryOperator, spec: HistorySpec, fieldName: string, ctx: CompileContext,
): IssueMatcher | null {
  let values: ResolvedOperand | null = null;
  if (operator !== 'changed') {
    // The parser gives WAS and WAS NOT one value and WAS IN and WAS NOT IN a list or a function.
    const list = operator === 'was in' || operator === 'was not in';
    values = clause.operand ? resolveAtoms(spec.operand, operandAtoms(clause.operand), list, operator, fieldName, ctx) : null;
  }
  const conditions = compilePredicates(clause.predicates, operator, spec, fieldName, ctx);
  if (!conditions || (operator !== 'changed' && !values)) return null;

  const timelineOf = timelines(spec, ctx);
  if (operator === 'changed') return (issue) => timelineOf(issue).changes.some((change) => changeMatches(change, conditions));
  const held = values!;
  const was: IssueMatcher = (issue) => timelineOf(issue).periods.some((period) => periodMatches(period, held, conditions));
  return operator === 'was' || operator === 'was in' ? was : (issue) => !was(issue);
}

/**
 * Each issue's timeline, rebuilt per evaluation: a search runs the matcher once per issue, so keeping
 * timelines would cost more than it saves.
 */
function timelines(spec: HistorySpec, ctx: CompileContext): (issue: EmIssue) => Timeline {
  const current = spec.values(ctx);
  const nowMs = ctx.now.getTime();
  return (issue) => fieldTimeline(issue, spec, current(issue), nowMs);
}

function holds(operand: ResolvedOperand, value: string | null): boolean {
  return value === null ? operand.empty : operand.ids.has(value);
}

/**
 * BY: the change was made by one of the users. The value an issue was created with was set by no
 * change, so BY never matches it (undocumented; the stricter reading, rather than crediting the
 * issue's creator or reporter).
 */
function madeBy(by: Set<string>[], accountId: string | null): boolean {
  return by.every((users) => accountId !== null && users.has(accountId));
}

/** The period overlaps the window: the field held the value at some moment of it. */
function overlaps(period: Period, window: TimeWindow | null): boolean {
  return window === null || (window.from < window.to && period.start < window.to && period.end > window.from);
}

function periodMatches(period: Period, values: ResolvedOperand, conditions: HistoryConditions): boolean {
  return holds(values, period.value) && overlaps(period, conditions.window) && madeBy(conditions.by, period.by);
}

/**
 * FROM x: the change replaced x; FROM EMPTY: the field was empty before it. TO likewise. A change is
 * one changelog item, as Jira records it; for Fix Version each item adds or removes one version, so
 * an edit that replaced 1.5 with 1.6 wrote two items and `fixVersion CHANGED FROM "1.5" TO "1.6"`
 * matches neither, and FROM EMPTY / TO EMPTY mean no version at all before / after the edit, not an
 * item's empty side (undocumented; the stricter readings).
 */
function changeMatches(change: Change, conditions: HistoryConditions): boolean {
  const { window } = conditions;
  if (window !== null && !(change.at >= window.from && change.at < window.to)) return false;
  if (!madeBy(conditions.by, change.by)) return false;
  if (!conditions.from.every((from) => (change.from !== null && from.ids.has(change.from)) || (from.empty && change.wasEmpty))) return false;
  return conditions.to.every((to) => (change.to !== null && to.ids.has(change.to)) || (to.empty && change.nowEmpty));
}
