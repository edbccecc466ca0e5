/**
 * JQL date fields: created, updated, resolved (resolutiondate), statusCategoryChangedDate and the
 * date-only duedate. Operands are date literals, periods ("-30d") or date functions (dates.ts).
 * `created = "2026-01-31"` means exactly midnight, as in Jira, in the searching user's time zone; a
 * date-only value (duedate) stands for midnight of that day in the same zone, so `duedate < now()`
 * includes what is due today, as Jira's overdue filters do.
 */
import type { EmIssue } from '../model';
import type { FieldDefinition, FieldOperator, IssueMatcher } from './compile-context';
import { evaluateDateFunction, invalidDateMessage, isDateFunction, parseDateValue, startOfZonedDay } from './dates';
import { unsupportedFunctionMessage } from './function-catalog';

const DATE_OPERATORS = new Set<FieldOperator>(['=', '!=', '>', '>=', '<', '<=', 'in', 'not in', 'is', 'is not']);

function dateField(names: string[], valueOf: (issue: EmIssue) => string | null, dateOnly: boolean): FieldDefinition {
  const timeIn = (timeZone: string) => (issue: EmIssue): number | null => {
    const raw = valueOf(issue);
    if (raw === null) return null;
    const ms = dateOnly ? startOfZonedDay(raw, timeZone) : Date.parse(raw);
    return ms === null || Number.isNaN(ms) ? null : ms;
  };
  return {
    names,
    operators: DATE_OPERATORS,
    sortKey: (ctx) => timeIn(ctx.timeZone),
    compile(input, ctx): IssueMatcher | null {
      const timeOf = timeIn(ctx.timeZone);
      const times: number[] = [];
      let empty = false;
      let ok = true;
      for (const atom of input.atoms) {
        if (atom.kind === 'empty') {
          empty = true;
        } else if (atom.kind === 'value') {
          const ms = parseDateValue(atom.value, ctx.now, ctx.timeZone);
          if (ms === null) {
            ctx.errors.push(invalidDateMessage(atom.value, input.fieldName));
            ok = false;
          } else {
            times.push(ms);
          }
        } else if (!isDateFunction(atom.name)) {
          ctx.errors.push(unsupportedFunctionMessage(atom.name, input.fieldName));
          ok = false;
        } else {
          const outcome = evaluateDateFunction(atom.name, atom.args, ctx.now, ctx.timeZone);
          if (outcome.ok) times.push(outcome.ms);
          else {
            ctx.errors.push(outcome.error);
            ok = false;
          }
        }
      }
      if (!ok) return null;
      const set = new Set(times);
      const op = input.operator;
      switch (op) {
        case 'is':
          return (issue) => valueOf(issue) === null;
        case 'is not':
          return (issue) => valueOf(issue) !== null;
        case '=':
        case 'in':
          return (issue) => {
            const t = timeOf(issue);
            return t === null ? empty : set.has(t);
          };
        case '!=':
        case 'not in':
          return (issue) => {
            const t = timeOf(issue);
            return t !== null && !set.has(t);
          };
        default: {
          // The parser admits exactly one value or function, never EMPTY, after an order operator.
          const [limit] = times;
          const test = ordering(op, limit);
          return (issue) => {
            const t = timeOf(issue);
            return t !== null && test(t);
          };
        }
      }
    },
  };
}

function ordering(op: FieldOperator, limit: number): (t: number) => boolean {
  switch (op) {
    case '>': return (t) => t > limit;
    case '>=': return (t) => t >= limit;
    case '<': return (t) => t < limit;
    default: return (t) => t <= limit;
  }
}

export const createdField = dateField(['created', 'createddate'], (issue) => issue.fields.created, false);
export const updatedField = dateField(['updated', 'updateddate'], (issue) => issue.fields.updated, false);
export const resolvedField = dateField(['resolved', 'resolutiondate'], (issue) => issue.fields.resolutiondate, false);
export const dueDateField = dateField(['duedate', 'due'], (issue) => issue.fields.duedate, true);
export const statusCategoryChangedField = dateField(
  ['statuscategorychangeddate'], (issue) => issue.fields.statuscategorychangedate, false,
);
