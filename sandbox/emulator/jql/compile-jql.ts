/**
 * Compiles a JQL string once into closures the search route runs over every issue: a predicate for
 * the WHERE part and a comparator for ORDER BY. Names resolve to ids here, not per issue, so a
 * search over tens of thousands of issues stays fast. Invalid or unsupported JQL throws JqlError
 * with every message Jira would give, never a silently wrong result.
 */
import type { Query } from '@atlaskit/jql-ast';
import type { EmIssue, EmulatorStore } from '../model';
import { createCompileContext, type CompileContext } from './compile-context';
import { JqlError } from './jql-error';
import { compileOrderBy } from './order-by';
import { parseJqlSyntax } from './syntax';
import { compileWhere } from './where-clause';

export interface CompiledJql {
  matches(issue: EmIssue): boolean;
  compare(a: EmIssue, b: EmIssue): number;
  /** False when the query has no WHERE part; Jira's search/jql refuses such "unbounded" queries. */
  bounded: boolean;
}

export function compileJql(jql: string, store: EmulatorStore, viewerAccountId: string | null): CompiledJql {
  const parsed = parseJqlSyntax(jql);
  if (!parsed.ok) throw new JqlError(parsed.errors);
  const ctx = createCompileContext(store, viewerAccountId, true);
  const compiled = compileQuery(parsed.query, ctx);
  if (ctx.errors.length > 0) throw new JqlError([...new Set(ctx.errors)]);
  return compiled;
}

/** Compiles a parsed query, collecting errors on ctx.errors instead of throwing. */
export function compileQuery(query: Query, ctx: CompileContext): CompiledJql {
  const where = query.where || undefined;
  const matches = where ? compileWhere(where, ctx) : () => true;
  const compare = compileOrderBy(query.orderBy || undefined, ctx);
  return { matches, compare, bounded: where !== undefined };
}
