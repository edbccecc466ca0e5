/**
 * JQL over issue entity properties, as Jira Cloud allows it: only through the paths an installed
 * app's `jira:entityProperty` module indexes, written `issue.property[key].path` or by the path's
 * `searchAlias`; "any other issue.property[...] clause matches nothing" (DESIGN.md section 5).
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-entity-property/
 *
 * What each index type allows ("Property Index", https://developer.atlassian.com/cloud/jira/platform/modules/property-index):
 * - number: numeric equality and ranges; only JSON numbers are indexed.
 * - string: exact matches (=, !=, IN, NOT IN, EMPTY); only JSON strings are indexed. Whether the
 *   match ignores case is undocumented: the stricter reading is taken, it does not.
 * - text: tokenised for word search (~, !~), like summary.
 * - date: date equality and ranges against JQL dates; values "YYYY-MM-DD" or ISO date-times.
 * - user: account ids, with =, !=, IN, NOT IN, EMPTY and currentUser().
 * An array at the path indexes each element. A clause whose operator the type does not support is
 * refused with Jira's message for an unsupported operator.
 */
import type { EmIssue, PropertyIndexValue, PropertyValueType } from '../model';
import type { CompileContext, FieldDefinition, FieldOperator, IssueMatcher, SortValue, TerminalInput } from './compile-context';
import { evaluateDateFunction, isDateFunction, parseDateValue } from './dates';
import { unsupportedFunctionMessage } from './function-catalog';
import { textQuery, wordsOf } from './text-fields';

type Leaf = string | number | boolean;

const EXACT = ['=', '!=', 'in', 'not in', 'is', 'is not'] as const;
const RANGE = ['>', '>=', '<', '<='] as const;

export const OPERATORS_BY_TYPE: Record<PropertyValueType, ReadonlySet<FieldOperator>> = {
  number: new Set<FieldOperator>([...EXACT, ...RANGE]),
  date: new Set<FieldOperator>([...EXACT, ...RANGE]),
  string: new Set<FieldOperator>(EXACT),
  user: new Set<FieldOperator>(EXACT),
  text: new Set<FieldOperator>(['~', '!~', 'is', 'is not']),
};

/** Every operator a property clause can be written with; the indexed type then narrows it. */
const ANY_OPERATOR = new Set<FieldOperator>([...EXACT, ...RANGE, '~', '!~']);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** What is stored at `path` in the issue's property `key`, arrays flattened; [] when nothing is. */
export function propertyNodes(issue: EmIssue, key: string, path: readonly string[]): unknown[] {
  let current: unknown[] = [issue.properties.get(key)];
  for (const segment of path) {
    const next: unknown[] = [];
    for (const node of current.flatMap((n) => (Array.isArray(n) ? n : [n]))) {
      if (node !== null && typeof node === 'object') next.push((node as Record<string, unknown>)[segment]);
    }
    current = next;
  }
  return current.flatMap((n) => (Array.isArray(n) ? n : [n])).filter((n) => n !== undefined && n !== null);
}

function isoTime(leaf: string): number | null {
  if (!ISO_DATE.test(leaf)) return null;
  const ms = Date.parse(leaf.length === 10 ? `${leaf}T00:00:00Z` : leaf.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : ms;
}

/** The values the index holds for this type: what the type cannot index is left out, as Jira does. */
function indexedLeaves(issue: EmIssue, key: string, path: readonly string[], type: PropertyValueType): Leaf[] {
  const nodes = propertyNodes(issue, key, path);
  switch (type) {
    case 'number': return nodes.filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
    case 'date': return nodes.flatMap((n) => (typeof n === 'string' && isoTime(n) !== null ? [isoTime(n) as number] : []));
    case 'string':
    case 'user':
    case 'text': return nodes.filter((n): n is string => typeof n === 'string');
  }
}

/** The index entry a clause names: `issue.property[key].path` or an alias; undefined when nothing indexes it. */
export function indexedPath(ctx: CompileContext, key: string, path: readonly string[]): PropertyIndexValue | undefined {
  const dotted = path.join('.');
  return ctx.store.propertyIndex().find((v) => v.propertyKey === key && v.path === dotted);
}

export function aliasedPath(values: readonly PropertyIndexValue[], name: string): PropertyIndexValue | undefined {
  return values.find((v) => v.searchAlias !== undefined && v.searchAlias.toLowerCase() === name.toLowerCase());
}

interface Operands { values: Leaf[]; empty: boolean }

function operandsOf(input: TerminalInput, type: PropertyValueType, ctx: CompileContext): Operands | null {
  const values: Leaf[] = [];
  let empty = false;
  for (const atom of input.atoms) {
    if (atom.kind === 'empty') {
      empty = true;
    } else if (atom.kind === 'value') {
      if (type === 'number') {
        const n = Number(atom.value.trim());
        if (atom.value.trim() === '' || !Number.isFinite(n)) {
          ctx.errors.push(`The value '${atom.value}' is not a valid number for field '${input.fieldName}'.`);
          return null;
        }
        values.push(n);
      } else if (type === 'date') {
        const ms = parseDateValue(atom.value, ctx.now, ctx.timeZone);
        if (ms === null) {
          ctx.errors.push(`Date value '${atom.value}' for field '${input.fieldName}' is invalid.`);
          return null;
        }
        values.push(ms);
      } else {
        values.push(atom.value);
      }
    } else if (type === 'date' && isDateFunction(atom.name)) {
      const outcome = evaluateDateFunction(atom.name, atom.args, ctx.now, ctx.timeZone);
      if (!outcome.ok) {
        ctx.errors.push(outcome.error);
        return null;
      }
      values.push(outcome.ms);
    } else if (type === 'user' && atom.name.toLowerCase() === 'currentuser' && atom.args.length === 0) {
      if (ctx.viewer !== null) values.push(ctx.viewer);
    } else {
      ctx.errors.push(unsupportedFunctionMessage(atom.name, input.fieldName));
      return null;
    }
  }
  return { values, empty };
}

function compare(a: Leaf, b: Leaf): number {
  return typeof a === 'number' && typeof b === 'number' ? Math.sign(a - b) : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function compileIndexed(input: TerminalInput, indexed: PropertyIndexValue, ctx: CompileContext): IssueMatcher | null {
  const { key, path } = input.property!;
  const { type } = indexed;
  if (!OPERATORS_BY_TYPE[type].has(input.operator)) {
    ctx.errors.push(`The operator '${input.writtenOperator}' is not supported by the '${input.fieldName}' field.`);
    return null;
  }
  const leaves = (issue: EmIssue) => indexedLeaves(issue, key, path, type);
  const op = input.operator;
  if (op === 'is') return (issue) => leaves(issue).length === 0;
  if (op === 'is not') return (issue) => leaves(issue).length > 0;
  if (op === '~' || op === '!~') {
    const [atom] = input.atoms;
    if (atom?.kind !== 'value') {
      ctx.errors.push(`The operator '${input.writtenOperator}' does not support the EMPTY keyword for field '${input.fieldName}'.`);
      return null;
    }
    const query = textQuery(atom.value, input.fieldName, ctx);
    if (!query) return null;
    const hit = (issue: EmIssue) => query(wordsOf(leaves(issue).join('\n')));
    if (op === '~') return hit;
    return (issue) => leaves(issue).length > 0 && !hit(issue);
  }
  const operands = operandsOf(input, type, ctx);
  if (!operands) return null;
  const { values, empty } = operands;
  const equals = (leaf: Leaf) => values.some((v) => compare(leaf, v) === 0);
  switch (op) {
    case '=':
    case 'in':
      return (issue) => {
        const found = leaves(issue);
        return found.length === 0 ? empty : found.some(equals);
      };
    case '!=':
    case 'not in':
      return (issue) => {
        const found = leaves(issue);
        return found.length > 0 && !found.some(equals);
      };
    default: {
      const [limit] = values;
      const accept = (sign: number) => (op === '>' ? sign > 0 : op === '>=' ? sign >= 0 : op === '<' ? sign < 0 : sign <= 0);
      return (issue) => leaves(issue).some((leaf) => accept(compare(leaf, limit)));
    }
  }
}

const NOTHING: IssueMatcher = () => false;

function compileProperty(input: TerminalInput, ctx: CompileContext): IssueMatcher | null {
  const { key, path } = input.property!;
  const indexed = indexedPath(ctx, key, path);
  return indexed ? compileIndexed(input, indexed, ctx) : NOTHING;
}

function sortValue(leaf: Leaf | undefined): SortValue {
  if (leaf === undefined) return null;
  return typeof leaf === 'number' ? leaf : String(leaf);
}

export const issuePropertyField: FieldDefinition = {
  names: ['issue.property'],
  operators: ANY_OPERATOR,
  compile: compileProperty,
  sortKey: (ctx, property) => {
    const indexed = indexedPath(ctx, property!.key, property!.path);
    if (!indexed) return () => null;
    return (issue) => sortValue(indexedLeaves(issue, property!.key, property!.path, indexed.type)[0]);
  },
};
