/**
 * What every field needs while a JQL query is compiled: the store, the viewer (for currentUser()
 * and for the permission-dependent "does not exist" answers Jira gives), a fixed `now`, and the
 * list of errors collected so all of them can be reported at once, as Jira does.
 */
import type { Operand } from '@atlaskit/jql-ast';
import type { EmIssue, EmProject, EmulatorStore } from '../model';
import { adfPlainText } from './adf-text';
import type { HistorySpec } from './history-spec';
import type { OperandAtom } from './operands';

export type IssueMatcher = (issue: EmIssue) => boolean;
export type SortValue = number | string | null;
export type SortKey = (issue: EmIssue) => SortValue;

/** Operators a terminal clause can have once NOT has been pushed down into it. */
export type FieldOperator = '=' | '!=' | '>' | '<' | '>=' | '<=' | 'in' | 'not in' | '~' | '!~' | 'is' | 'is not';

export interface CompileContext {
  readonly store: EmulatorStore;
  readonly viewer: string | null;
  /** False when validating without a user (jql/parse called without one): nothing is hidden. */
  readonly enforcePermissions: boolean;
  readonly now: Date;
  /** The searching user's time zone: JQL dates and date functions are evaluated in it. */
  readonly timeZone: string;
  readonly errors: string[];
  /** Lower-cased plain text of an ADF document, cached per document object for the life of the query. */
  searchableText(adf: unknown): string;
  canBrowseProject(project: EmProject): boolean;
  canBrowseIssue(issue: EmIssue): boolean;
}

export interface TerminalInput {
  /** The field as written, for messages. */
  fieldName: string;
  /** The operator as written, for messages. */
  writtenOperator: string;
  /** The operator to evaluate: the written one, flipped when the clause sits under NOT. */
  operator: FieldOperator;
  operand: Operand;
  atoms: OperandAtom[];
  /** For issue.property[key].path: the key and the path segments. */
  property?: { key: string; path: string[] };
}

export interface FieldDefinition {
  /** Lower-case names and aliases, e.g. ['issuetype', 'type']. */
  names: readonly string[];
  operators: ReadonlySet<FieldOperator>;
  /** Compiles one clause; returns null after pushing errors onto ctx.errors. */
  compile(input: TerminalInput, ctx: CompileContext): IssueMatcher | null;
  /** Absent when Jira cannot sort by the field. */
  sortKey?(ctx: CompileContext, property?: { key: string; path: string[] }): SortKey;
  /** Present for the fields JQL's history operators (WAS …, CHANGED) take. */
  history?: HistorySpec;
}

export function createCompileContext(store: EmulatorStore, viewer: string | null, enforcePermissions: boolean): CompileContext {
  const textCache = new WeakMap<object, string>();
  return {
    store,
    viewer,
    enforcePermissions,
    now: store.now(),
    timeZone: (viewer !== null ? store.userById(viewer)?.timeZone : undefined) ?? 'UTC',
    errors: [],
    searchableText(adf) {
      if (adf === null || typeof adf !== 'object') return typeof adf === 'string' ? adf.toLowerCase() : '';
      let text = textCache.get(adf);
      if (text === undefined) {
        text = adfPlainText(adf).toLowerCase();
        textCache.set(adf, text);
      }
      return text;
    },
    canBrowseProject(project) {
      return !enforcePermissions || (viewer !== null && project.permissions.browse.includes(viewer));
    },
    canBrowseIssue(issue) {
      return !enforcePermissions || store.canBrowse(viewer, issue);
    },
  };
}

export function eqIgnoreCase(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
