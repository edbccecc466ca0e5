/**
 * The predicates of JQL's history operators, compiled once: AFTER, BEFORE, ON and DURING narrow the
 * time window, BY names who made the change, FROM and TO (CHANGED only) the old and new value.
 * WAS, WAS IN, WAS NOT and WAS NOT IN take `AFTER "date"`, `BEFORE "date"`, `BY "username"` (WAS also
 * `BY (username1,username2)`), `DURING ("date1","date2")` and `ON "date"`; CHANGED takes the same
 * plus `FROM "oldvalue"` and `TO "newvalue"`. Several predicates must all hold for the same change
 * (`priority CHANGED BY freddo BEFORE endOfWeek() AFTER startOfWeek()`).
 * https://support.atlassian.com/jira-software-cloud/docs/jql-operators/
 *
 * Jira documents no boundaries. The emulator reads a date with the precision it is written with, as
 * Jira Server's history search did (HistoryPredicateQueryFactory: BEFORE the lower bound of the date,
 * AFTER its upper bound, ON within it), taking the stricter reading wherever that leaves a choice:
 * - a date without a time stands for that whole day in the searching user's time zone, so
 *   `ON "2026-01-31"` is that day, BEFORE means before it starts and AFTER after it ends;
 * - a date with a time ("2026/01/31 10:00"; JQL has no seconds) stands for that minute;
 * - a period ("-1d") and a date function (startOfWeek()) are one instant;
 * - DURING ("a", "b") runs from the start of a to the start of b: the operators page calls
 *   DURING ("2010/01/01","2011/01/01") "during 2010", so the second date is where the window ends
 *   (Jira Server included the whole second day; the documented, narrower reading is taken);
 * - several date predicates are one window, their intersection: `AFTER x BEFORE y` with y before x
 *   is an empty window and matches nothing.
 */
import type { Operand, Predicate } from '@atlaskit/jql-ast';
import type { CompileContext } from './compile-context';
import {
  evaluateDateFunction, invalidPredicateDateMessage, isDateFunction, parseDateLiteral, parseDateValue, zonedDaySpan,
} from './dates';
import { unsupportedPredicateFunctionMessage } from './function-catalog';
import type { HistorySpec } from './history-spec';
import { resolveAtoms, type ResolvedOperand } from './membership-field';
import { operandAtoms, type OperandAtom } from './operands';
import { currentUserFunction, resolveUser } from './user-fields';

export type HistoryOperator = 'was' | 'was in' | 'was not' | 'was not in' | 'changed';

/** The moments [from, to) in epoch ms. */
export interface TimeWindow { from: number; to: number }

export interface HistoryConditions {
  /** Null without a date predicate. */
  window: TimeWindow | null;
  /** One set per BY: one of its account ids must have made the change. */
  by: Set<string>[];
  /** One per FROM / TO: the value the change replaced, or the value it set. */
  from: ResolvedOperand[];
  to: ResolvedOperand[];
}

const MINUTE = 60_000;

const WAS_PREDICATES = new Set(['after', 'before', 'by', 'during', 'on']);
const CHANGED_PREDICATES = new Set([...WAS_PREDICATES, 'from', 'to']);

/** Compiles the clause's predicates; null after pushing every problem onto ctx.errors. */
export function compilePredicates(
  predicates: Predicate[], operator: HistoryOperator, spec: HistorySpec, fieldName: string, ctx: CompileContext,
): HistoryConditions | null {
  const conditions: HistoryConditions = { window: null, by: [], from: [], to: [] };
  let ok = true;
  const allowed = operator === 'changed' ? CHANGED_PREDICATES : WAS_PREDICATES;
  for (const predicate of predicates) {
    const name = predicate.operator.value;
    // The parser already refuses FROM and TO after WAS …; this keeps a hand-built AST honest too.
    if (!allowed.has(name)) {
      ctx.errors.push(`The predicate '${name}' cannot be used with the operator '${operator}'.`);
      ok = false;
      continue;
    }
    if (!predicate.operand) {
      ok = false;
      continue;
    }
    const operand = predicate.operand;
    if (name === 'by') {
      const users = byUsers(operand, operator, ctx);
      if (users) conditions.by.push(users);
      else ok = false;
    } else if (name === 'from' || name === 'to') {
      const values = changeValues(operand, name, spec, fieldName, ctx);
      if (values) conditions[name].push(values);
      else ok = false;
    } else {
      const window = dateWindow(operand, name, ctx);
      if (window) conditions.window = intersect(conditions.window, window);
      else ok = false;
    }
  }
  return ok ? conditions : null;
}

function intersect(a: TimeWindow | null, b: TimeWindow): TimeWindow {
  return a === null ? b : { from: Math.max(a.from, b.from), to: Math.min(a.to, b.to) };
}

/** The window one date predicate allows. */
function dateWindow(operand: Operand, predicate: string, ctx: CompileContext): TimeWindow | null {
  if (predicate === 'during') {
    const atoms = operand.operandType === 'list' ? operandAtoms(operand) : [];
    if (atoms.length !== 2) {
      ctx.errors.push('The predicate \'during\' takes two dates: DURING ("date1", "date2").');
      return null;
    }
    const first = dateSpan(atoms[0], predicate, ctx);
    const last = dateSpan(atoms[1], predicate, ctx);
    return first && last && { from: first.from, to: last.from };
  }
  if (operand.operandType === 'list') {
    ctx.errors.push(`The predicate '${predicate}' takes one date, not a list.`);
    return null;
  }
  const [atom] = operandAtoms(operand);
  const span = dateSpan(atom, predicate, ctx);
  if (!span) return null;
  switch (predicate) {
    case 'before': return { from: -Infinity, to: span.from };
    case 'after': return { from: span.to, to: Infinity };
    default: return span;
  }
}

/** A date operand as the moments it stands for: a whole day, or one instant. */
function dateSpan(atom: OperandAtom, predicate: string, ctx: CompileContext): TimeWindow | null {
  switch (atom.kind) {
    case 'empty':
      ctx.errors.push(`The predicate '${predicate}' does not support the EMPTY keyword.`);
      return null;
    case 'function': {
      if (!isDateFunction(atom.name)) {
        ctx.errors.push(unsupportedPredicateFunctionMessage(atom.name, predicate));
        return null;
      }
      const outcome = evaluateDateFunction(atom.name, atom.args, ctx.now, ctx.timeZone);
      if (!outcome.ok) {
        ctx.errors.push(outcome.error);
        return null;
      }
      return { from: outcome.ms, to: outcome.ms + 1 };
    }
    case 'value': {
      const day = zonedDaySpan(atom.value, ctx.timeZone);
      if (day) return { from: day.start, to: day.end };
      const minute = parseDateLiteral(atom.value, ctx.timeZone);
      if (minute !== null) return { from: minute, to: minute + MINUTE };
      const ms = parseDateValue(atom.value, ctx.now, ctx.timeZone);
      if (ms === null) {
        ctx.errors.push(invalidPredicateDateMessage(atom.value, predicate));
        return null;
      }
      return { from: ms, to: ms + 1 };
    }
  }
}

/**
 * BY: account ids or e-mail addresses, or currentUser(). A list only after WAS, the one operator the
 * documentation gives `BY (username1,username2)`. BY EMPTY is refused: the documentation has none.
 */
function byUsers(operand: Operand, operator: HistoryOperator, ctx: CompileContext): Set<string> | null {
  if (operand.operandType === 'list' && operator !== 'was') {
    ctx.errors.push(`The predicate 'by' of the operator '${operator}' takes one user; only WAS takes a list of users.`);
    return null;
  }
  const users = new Set<string>();
  let ok = true;
  for (const atom of operandAtoms(operand)) {
    if (atom.kind === 'empty') {
      ctx.errors.push("The predicate 'by' does not support the EMPTY keyword.");
      ok = false;
    } else if (atom.kind === 'function') {
      if (atom.name.toLowerCase() !== 'currentuser') {
        ctx.errors.push(unsupportedPredicateFunctionMessage(atom.name, 'by'));
        ok = false;
        continue;
      }
      const ids = currentUserFunction.evaluate(atom.args, ctx, atom.name, 'by');
      if (ids) for (const id of ids) users.add(id);
      else ok = false;
    } else {
      const ids = resolveUser(atom.value, ctx);
      if (ids) for (const id of ids) users.add(id);
      else {
        ctx.errors.push(`The user '${atom.value}' does not exist for the predicate 'by'.`);
        ok = false;
      }
    }
  }
  return ok ? users : null;
}

/** FROM / TO: one value of the field (as its WAS clauses resolve it), EMPTY or a one-value function. */
function changeValues(
  operand: Operand, predicate: 'from' | 'to', spec: HistorySpec, fieldName: string, ctx: CompileContext,
): ResolvedOperand | null {
  if (operand.operandType === 'list') {
    ctx.errors.push(`The predicate '${predicate}' takes one value, not a list.`);
    return null;
  }
  return resolveAtoms(spec.operand, operandAtoms(operand), false, predicate, fieldName, ctx);
}
