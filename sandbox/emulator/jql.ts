/**
 * The Jira emulator's JQL: compile a query for search/jql, and parse queries for jql/parse.
 * The implementation lives in ./jql/; this module is the one the routes import.
 */
export { JqlError } from './jql/jql-error';
export { compileJql, type CompiledJql } from './jql/compile-jql';
export { parseJqlQueries, type JqlValidation, type ParsedJqlQueries, type ParsedJqlQuery } from './jql/parse-queries';
export type { JqlQuery } from './jql/query-structure';
