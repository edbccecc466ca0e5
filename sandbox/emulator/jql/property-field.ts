/**
 * JQL over issue entity properties: `issue.property[qa-postmortem].status = complete`,
 * `issue.property[qa-postmortem].openActions > 0`, `issue.property[x].detectedAt >= -7d`,
 * `issue.property[x] IS EMPTY`. The path walks into the stored JSON (arrays contribute each
 * element, as Jira indexes them); numbers compare numerically, ISO date strings compare with date
 * operands, other strings case-insensitively.
 * https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/
 */
import type { EmIssue } from '../model';
import type { CompileContext, FieldDefinition, FieldOperator, IssueMatcher, SortValue, TerminalInput } from './compile-context';
import { evaluateDateFunction, isDateFunction, parseDateValue } from './dates';
import { unsupportedFunctionMessage } from './function-catalog';
import { textQuery } from './text-fields';

type Leaf = string | number | boolean;

interface PropertyOperand {
  text: string;
  number: number | null;
  dateMs: number | null;
}

const PROPERTY_OPERATORS = new Set<FieldOperator>(['=', '!=', '>', '>=', '<', '<=', 'in', 'not in', 'is', 'is not', '~', '!~']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** What is stored at `path` in the issue's property `key`, arrays flattened; [] when nothing is. */
export function propertyNodes(issue: EmIssue, key: string, path: string[]): unknown[] {
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

function isLeaf(node: unknown): node is Leaf {
  return typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean';
}

/** The values at `path` that can be compared: strings, numbers and booleans. */
export function propertyLeaves(issue: EmIssue, key: string, path: string[]): Leaf[] {
  return propertyNodes(issue, key, path).filter(isLeaf);
}

function isoTime(leaf: string): number | null {
  if (!ISO_DATE.test(leaf)) return null;
  const ms = Date.parse(leaf.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : ms;
}

function equals(leaf: unknown, operand: PropertyOperand): boolean {
  if (!isLeaf(leaf)) return false;
  if (typeof leaf === 'number') return operand.number !== null && leaf === operand.number;
  if (typeof leaf === 'boolean') return String(leaf) === operand.text;
  if (leaf.toLowerCase() === operand.text) return true;
  return operand.dateMs !== null && isoTime(leaf) === operand.dateMs;
}

/** Sign of (leaf − operand), or null when the two cannot be ordered. */
function order(leaf: unknown, operand: PropertyOperand): number | null {
  if (!isLeaf(leaf)) return null;
  if (typeof leaf === 'number') return operand.number === null ? null : Math.sign(leaf - operand.number);
  if (typeof leaf === 'boolean') return null;
  const leafTime = operand.dateMs === null ? null : isoTime(leaf);
  if (leafTime !== null && operand.dateMs !== null) return Math.sign(leafTime - operand.dateMs);
  if (operand.text === '') return null;
  const text = leaf.toLowerCase();
  return text < operand.text ? -1 : text > operand.text ? 1 : 0;
}

function operandsOf(input: TerminalInput, ctx: CompileContext): { operands: PropertyOperand[]; empty: boolean } | null {
  const operands: PropertyOperand[] = [];
  let empty = false;
  for (const atom of input.atoms) {
    if (atom.kind === 'empty') {
      empty = true;
    } else if (atom.kind === 'value') {
      const trimmed = atom.value.trim();
      const number = trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : null;
      operands.push({ text: atom.value.toLowerCase(), number, dateMs: number === null ? parseDateValue(atom.value, ctx.now) : null });
    } else if (isDateFunction(atom.name)) {
      const outcome = evaluateDateFunction(atom.name, atom.args, ctx.now);
      if (!outcome.ok) {
        ctx.errors.push(outcome.error);
        return null;
      }
      operands.push({ text: '', number: null, dateMs: outcome.ms });
    } else {
      ctx.errors.push(unsupportedFunctionMessage(atom.name, input.fieldName));
      return null;
    }
  }
  return { operands, empty };
}

function compileProperty(input: TerminalInput, ctx: CompileContext): IssueMatcher | null {
  const { key, path } = input.property!;
  const nodes = (issue: EmIssue) => propertyNodes(issue, key, path);
  const resolved = operandsOf(input, ctx);
  if (!resolved) return null;
  const { operands, empty } = resolved;
  const op = input.operator;
  if ((op === '~' || op === '!~') && empty) {
    ctx.errors.push(`The operator '${input.writtenOperator}' does not support the EMPTY keyword for field '${input.fieldName}'.`);
    return null;
  }
  switch (op) {
    case 'is':
      return (issue) => nodes(issue).length === 0;
    case 'is not':
      return (issue) => nodes(issue).length > 0;
    case '=':
    case 'in':
      return (issue) => {
        const found = nodes(issue);
        if (found.length === 0) return empty;
        return found.some((leaf) => operands.some((operand) => equals(leaf, operand)));
      };
    case '!=':
    case 'not in':
      return (issue) => {
        const found = nodes(issue);
        return found.length > 0 && !found.some((leaf) => operands.some((operand) => equals(leaf, operand)));
      };
    case '~':
    case '!~': {
      const query = textQuery(operands[0].text);
      if (!query) {
        ctx.errors.push(`The field '${input.fieldName}' does not support searching for an empty string.`);
        return null;
      }
      const contains = (leaf: unknown) => typeof leaf === 'string' && query(leaf.toLowerCase());
      if (op === '~') return (issue) => nodes(issue).some(contains);
      return (issue) => {
        const found = nodes(issue);
        return found.length > 0 && !found.some(contains);
      };
    }
    default: {
      const [operand] = operands;
      const accept = (sign: number) => (op === '>' ? sign > 0 : op === '>=' ? sign >= 0 : op === '<' ? sign < 0 : sign <= 0);
      return (issue) => nodes(issue).some((leaf) => {
        const sign = order(leaf, operand);
        return sign !== null && accept(sign);
      });
    }
  }
}

function sortValue(leaf: Leaf | undefined): SortValue {
  if (leaf === undefined) return null;
  return typeof leaf === 'number' ? leaf : String(leaf).toLowerCase();
}

export const issuePropertyField: FieldDefinition = {
  names: ['issue.property'],
  operators: PROPERTY_OPERATORS,
  compile: compileProperty,
  sortKey: (_ctx, property) => (issue) => sortValue(propertyLeaves(issue, property!.key, property!.path)[0]),
};
