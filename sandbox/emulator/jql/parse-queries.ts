/**
 * Jira's `POST /rest/api/3/jql/parse`: parses and validates JQL queries and returns, per query,
 * its structure or its errors. Validation `strict` returns errors and no structure when validation
 * fails; `warn` returns the errors and the structure; `none` only checks syntax. A syntax error never
 * has a structure.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-jql/#api-rest-api-3-jql-parse-post
 */
import type { EmulatorStore } from '../model';
import { compileQuery } from './compile-jql';
import { createCompileContext } from './compile-context';
import { queryStructure, type JqlQuery } from './query-structure';
import { parseJqlSyntax } from './syntax';

export type JqlValidation = 'strict' | 'warn' | 'none';

export interface ParsedJqlQuery { query: string; structure?: JqlQuery; errors?: string[] }
export interface ParsedJqlQueries { queries: ParsedJqlQuery[] }

/**
 * @param viewerAccountId the user the validation runs for ("Validation is performed in context of
 *   the current user"); when omitted, values are checked without regard to permissions.
 */
export function parseJqlQueries(
  body: { queries: string[] },
  validation: JqlValidation,
  store: EmulatorStore,
  viewerAccountId?: string | null,
): ParsedJqlQueries {
  return { queries: body.queries.map((query) => parseOne(query, validation, store, viewerAccountId)) };
}

function parseOne(query: string, validation: JqlValidation, store: EmulatorStore, viewer: string | null | undefined): ParsedJqlQuery {
  const parsed = parseJqlSyntax(query);
  if (!parsed.ok) return { query, errors: parsed.errors };
  const structure = queryStructure(parsed.query);
  if (validation === 'none') return { query, structure };
  const ctx = createCompileContext(store, viewer ?? null, viewer !== undefined);
  compileQuery(parsed.query, ctx);
  if (ctx.errors.length === 0) return { query, structure };
  const errors = [...new Set(ctx.errors)];
  return validation === 'warn' ? { query, structure, errors } : { query, errors };
}
