/**
 * What a field needs for JQL's history operators (WAS, WAS IN, WAS NOT, WAS NOT IN, CHANGED): where
 * the issue changelog records its changes and how written values resolve. Jira keeps a searchable
 * history of six fields only: "This operator can be used with the Assignee, Fix Version, Priority,
 * Reporter, Resolution, and Status fields only." Every other field has no `history`.
 * https://support.atlassian.com/jira-software-cloud/docs/jql-operators/
 */
import type { EmIssue } from '../model';
import type { CompileContext } from './compile-context';
import type { OperandSpec } from './membership-field';

/** Where a field's changes are in the changelog, as the emulator and Jira write them. */
export interface HistorySource {
  /** The changelog item's fieldId: 'status', 'resolution', 'priority', 'assignee', 'reporter', 'fixVersions'. */
  fieldId: string;
  /** The item's field name, for items recorded without a fieldId: 'status' … 'Fix Version'. */
  itemField: string;
  /** Fix Version holds several values: each changelog item adds (`to`) or removes (`from`) one id. */
  multiValued: boolean;
  /** Replaces the field's own value resolution in history clauses (status takes names only). */
  resolveValue?(value: string, ctx: CompileContext): string[] | null;
}

export interface HistorySpec extends HistorySource {
  /** The ids the issue holds now; an empty array when the field is empty. */
  values(ctx: CompileContext): (issue: EmIssue) => readonly string[];
  /** How values and functions written in the clause (and in FROM and TO) resolve to ids. */
  operand: OperandSpec;
}
