/**
 * Compiles ORDER BY into a comparator. Without ORDER BY, issues come newest first (created DESC):
 * Jira does not document its order for that case, and created DESC is what its issue navigator
 * shows. Empty values sort after all others ascending and before them descending, as in Jira.
 * Ties fall back to the issue id, newest first, so the order is total and paging is stable.
 */
import type { OrderBy } from '@atlaskit/jql-ast';
import type { EmIssue } from '../model';
import type { CompileContext, SortKey, SortValue } from './compile-context';
import { createdField } from './date-fields';
import { lookupField } from './field-registry';

export type IssueComparator = (a: EmIssue, b: EmIssue) => number;

interface SortTerm { key: SortKey; direction: 1 | -1 }

/** "Additionally, orderBy clause can contain a maximum of 7 fields." (OpenAPI description of search/jql) */
export const MAX_ORDER_BY_FIELDS = 7;

export function compileOrderBy(orderBy: OrderBy | undefined, ctx: CompileContext): IssueComparator {
  const terms: SortTerm[] = [];
  const elements = orderBy?.fields ?? [];
  if (elements.length > MAX_ORDER_BY_FIELDS) {
    ctx.errors.push(`The ORDER BY clause can contain at most ${MAX_ORDER_BY_FIELDS} fields; this one has ${elements.length}.`);
  }
  for (const element of elements) {
    const lookup = lookupField(element.field, ctx);
    if (!lookup.ok) {
      ctx.errors.push(lookup.error);
      continue;
    }
    const sortKey = lookup.definition.sortKey;
    if (!sortKey) {
      ctx.errors.push(`Field '${element.field.value}' does not support sorting.`);
      continue;
    }
    terms.push({ key: memoise(sortKey(ctx, lookup.property)), direction: element.direction?.value === 'DESC' ? -1 : 1 });
  }
  if (terms.length === 0) terms.push({ key: memoise(createdField.sortKey!(ctx)), direction: -1 });

  return (a, b) => {
    for (const { key, direction } of terms) {
      const order = compareSortValues(key(a), key(b));
      if (order !== 0) return order * direction;
    }
    return compareIds(b.id, a.id);
  };
}

/** A sort runs the comparator O(n log n) times; each issue's key is computed once. */
function memoise(key: SortKey): SortKey {
  const cache = new Map<EmIssue, SortValue>();
  return (issue) => {
    let value = cache.get(issue);
    if (value === undefined) {
      value = key(issue);
      cache.set(issue, value);
    }
    return value;
  };
}

export function compareSortValues(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : 1;
}

function compareIds(a: string, b: string): number {
  const difference = Number(a) - Number(b);
  if (!Number.isNaN(difference) && difference !== 0) return Math.sign(difference);
  return a < b ? -1 : a > b ? 1 : 0;
}
