/**
 * The shape most Jira fields share in JQL: the issue holds zero or more ids (project, status,
 * labels, components, fix versions, assignee …) and a clause asks whether one of them is, or none
 * of them is, among the ids the operand names. Names resolve to ids once, at compile time.
 * As in Jira, `!=` and `NOT IN` never match an issue whose field is empty.
 */
import type { EmIssue } from '../model';
import type { CompileContext, FieldDefinition, FieldOperator, IssueMatcher, SortKey, TerminalInput } from './compile-context';
import { multiValueFunctionMessage, unsupportedFunctionMessage } from './function-catalog';
import type { HistorySource } from './history-spec';
import type { OperandAtom } from './operands';

export type OrderOperator = '<' | '<=' | '>' | '>=';

export interface FieldFunction {
  /** Stands for several values, so it needs IN or NOT IN. */
  multi: boolean;
  /** The ids the call stands for; null after pushing an error onto ctx.errors. */
  evaluate(args: string[], ctx: CompileContext, fnName: string, fieldName: string): string[] | null;
}

/** How the values written in a clause resolve to the ids a field holds. */
export interface OperandSpec {
  /** The ids a written value names (case-insensitive); null when it names nothing. */
  resolveValue(value: string, ctx: CompileContext): string[] | null;
  unknownValueMessage?(value: string, fieldName: string): string;
  /** A written value that means EMPTY, such as `resolution = Unresolved`. */
  meansEmpty?(value: string, ctx: CompileContext): boolean;
  functions?: Record<string, FieldFunction>;
}

/** The ids an operand names, and whether it names EMPTY. */
export interface ResolvedOperand { ids: Set<string>; empty: boolean }

export interface MembershipFieldSpec extends OperandSpec {
  names: readonly string[];
  /** The ids the issue holds; an empty array when the field is empty. */
  values(ctx: CompileContext): (issue: EmIssue) => readonly string[];
  /** For the fields whose past values JQL searches (WAS, CHANGED): where the changelog records them. */
  history?: HistorySource;
  /** Adds <, <=, >, >=: the ids x for which `x op operandId` holds for some operand id. */
  ordered?(ctx: CompileContext): (operandIds: string[], op: OrderOperator) => Set<string>;
  sortKey?(ctx: CompileContext): SortKey;
}

const BASE_OPERATORS: FieldOperator[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];
const ORDER_OPERATORS: OrderOperator[] = ['<', '<=', '>', '>='];
const EMPTY_VALUES: readonly string[] = [];

export function membershipField(spec: MembershipFieldSpec): FieldDefinition {
  return {
    names: spec.names,
    operators: new Set<FieldOperator>(spec.ordered ? [...BASE_OPERATORS, ...ORDER_OPERATORS] : BASE_OPERATORS),
    compile: (input, ctx) => compileMembership(spec, input, ctx),
    sortKey: spec.sortKey ? (ctx) => spec.sortKey!(ctx) : undefined,
    history: spec.history && {
      ...spec.history,
      values: spec.values,
      // A history clause takes the field's values and functions, but no stand-in for EMPTY such as
      // "Unresolved": that word is no value the changelog ever holds.
      operand: {
        resolveValue: spec.history.resolveValue ?? spec.resolveValue,
        unknownValueMessage: spec.unknownValueMessage,
        functions: spec.functions,
      },
    },
  };
}

export function single(id: string | null): readonly string[] {
  return id === null ? EMPTY_VALUES : [id];
}

function compileMembership(spec: MembershipFieldSpec, input: TerminalInput, ctx: CompileContext): IssueMatcher | null {
  const list = input.operator === 'in' || input.operator === 'not in';
  const operand = resolveAtoms(spec, input.atoms, list, input.writtenOperator, input.fieldName, ctx);
  if (!operand) return null;
  const values = spec.values(ctx);
  const op = input.operator;
  switch (op) {
    case 'is':
      return (issue) => values(issue).length === 0;
    case 'is not':
      return (issue) => values(issue).length > 0;
    case '=':
    case 'in':
      return anyOf(values, operand.ids, operand.empty);
    case '!=':
    case 'not in':
      return noneOf(values, operand.ids);
    case '<':
    case '<=':
    case '>':
    case '>=':
      // The parser admits no EMPTY and no list after an order operator.
      return anyOf(values, spec.ordered!(ctx)([...operand.ids], op), false);
    default:
      ctx.errors.push(`The operator '${input.writtenOperator}' is not supported by the '${input.fieldName}' field.`);
      return null;
  }
}

function anyOf(values: (issue: EmIssue) => readonly string[], ids: Set<string>, matchEmpty: boolean): IssueMatcher {
  return (issue) => {
    const held = values(issue);
    if (held.length === 0) return matchEmpty;
    for (const id of held) if (ids.has(id)) return true;
    return false;
  };
}

function noneOf(values: (issue: EmIssue) => readonly string[], ids: Set<string>): IssueMatcher {
  return (issue) => {
    const held = values(issue);
    if (held.length === 0) return false;
    for (const id of held) if (ids.has(id)) return false;
    return true;
  };
}

/**
 * Resolves an operand's atoms to ids; null after pushing every problem onto ctx.errors. `list` says
 * whether the operator takes several values (IN, WAS IN), and so multi-value functions.
 */
export function resolveAtoms(
  spec: OperandSpec, atoms: OperandAtom[], list: boolean, writtenOperator: string, fieldName: string, ctx: CompileContext,
): ResolvedOperand | null {
  const ids = new Set<string>();
  let empty = false;
  let ok = true;
  for (const atom of atoms) {
    if (atom.kind === 'empty') {
      empty = true;
    } else if (atom.kind === 'value') {
      if (spec.meansEmpty?.(atom.value, ctx)) {
        empty = true;
        continue;
      }
      const resolved = spec.resolveValue(atom.value, ctx);
      if (resolved === null) {
        ctx.errors.push(spec.unknownValueMessage?.(atom.value, fieldName)
          ?? `The value '${atom.value}' does not exist for the field '${fieldName}'.`);
        ok = false;
      } else {
        for (const id of resolved) ids.add(id);
      }
    } else {
      const fn = spec.functions?.[atom.name.toLowerCase()];
      if (!fn) {
        ctx.errors.push(unsupportedFunctionMessage(atom.name, fieldName));
        ok = false;
        continue;
      }
      if (fn.multi && !list) {
        ctx.errors.push(multiValueFunctionMessage(atom.name, writtenOperator, fieldName));
        ok = false;
        continue;
      }
      const resolved = fn.evaluate(atom.args, ctx, atom.name, fieldName);
      if (resolved === null) ok = false;
      else for (const id of resolved) ids.add(id);
    }
  }
  return ok ? { ids, empty } : null;
}
