/**
 * The conditions of Forge storage queries and transactions (WhereConditions / FilterConditions of
 * @forge/kvs), evaluated against stored values. Comparison follows the store's rules: strings
 * compare as strings, numbers as numbers, and a missing attribute matches only NOT_EXISTS.
 */

export type ConditionName =
  | 'BEGINS_WITH' | 'BETWEEN' | 'CONTAINS' | 'NOT_CONTAINS' | 'EQUAL_TO' | 'NOT_EQUAL_TO'
  | 'EXISTS' | 'NOT_EXISTS' | 'GREATER_THAN' | 'GREATER_THAN_EQUAL_TO' | 'LESS_THAN' | 'LESS_THAN_EQUAL_TO';

export interface Condition { condition: ConditionName; values: unknown[] }
export interface PropertyCondition extends Condition { property: string }
export interface ConditionGroup { and?: PropertyCondition[]; or?: PropertyCondition[] }

const KNOWN = new Set<string>([
  'BEGINS_WITH', 'BETWEEN', 'CONTAINS', 'NOT_CONTAINS', 'EQUAL_TO', 'NOT_EQUAL_TO',
  'EXISTS', 'NOT_EXISTS', 'GREATER_THAN', 'GREATER_THAN_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_EQUAL_TO',
]);

export function isKnownCondition(name: unknown): name is ConditionName {
  return typeof name === 'string' && KNOWN.has(name);
}

function compare(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return null;
}

export function matchesCondition(actual: unknown, { condition, values }: Condition): boolean {
  if (condition === 'NOT_EXISTS') return actual === undefined;
  if (actual === undefined) return false;
  const [first, second] = values;
  switch (condition) {
    case 'EXISTS': return true;
    case 'EQUAL_TO': return actual === first;
    case 'NOT_EQUAL_TO': return actual !== first;
    case 'BEGINS_WITH': return typeof actual === 'string' && typeof first === 'string' && actual.startsWith(first);
    case 'CONTAINS':
      return (typeof actual === 'string' && typeof first === 'string' && actual.includes(first))
        || (Array.isArray(actual) && actual.includes(first));
    case 'NOT_CONTAINS':
      return !((typeof actual === 'string' && typeof first === 'string' && actual.includes(first))
        || (Array.isArray(actual) && actual.includes(first)));
    case 'BETWEEN': {
      const lo = compare(actual, first);
      const hi = compare(actual, second);
      return lo !== null && hi !== null && lo >= 0 && hi <= 0;
    }
    case 'GREATER_THAN': { const c = compare(actual, first); return c !== null && c > 0; }
    case 'GREATER_THAN_EQUAL_TO': { const c = compare(actual, first); return c !== null && c >= 0; }
    case 'LESS_THAN': { const c = compare(actual, first); return c !== null && c < 0; }
    case 'LESS_THAN_EQUAL_TO': { const c = compare(actual, first); return c !== null && c <= 0; }
  }
}

function attribute(value: unknown, property: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[property] : undefined;
}

/** An `{and: [...]}` / `{or: [...]}` group against an entity value; no group matches everything. */
export function matchesGroup(value: unknown, group: ConditionGroup | undefined): boolean {
  if (!group) return true;
  if (group.and) return group.and.every((c) => matchesCondition(attribute(value, c.property), c));
  if (group.or) return group.or.some((c) => matchesCondition(attribute(value, c.property), c));
  return true;
}

export function attributeOf(value: unknown, property: string): unknown {
  return attribute(value, property);
}

export function compareValues(a: unknown, b: unknown): number {
  return compare(a, b) ?? 0;
}
