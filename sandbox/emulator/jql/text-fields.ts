/**
 * JQL text fields: summary, description, comment and text (all of them). `~` is a simplified
 * version of Jira's word search: every word of the operand must occur in the field,
 * case-insensitively; a trailing `*` wildcard is accepted; a quoted phrase ("\"card payments\"")
 * must occur as written. Jira's stemming and relevance are not modelled.
 * https://support.atlassian.com/jira-software-cloud/docs/search-for-work-items-using-the-text-field/
 */
import type { EmIssue } from '../model';
import type { CompileContext, FieldDefinition, FieldOperator, IssueMatcher } from './compile-context';
import { unsupportedFunctionMessage } from './function-catalog';

const TEXT_OPERATORS = new Set<FieldOperator>(['~', '!~', 'is', 'is not']);

type TextOf = (issue: EmIssue, ctx: CompileContext) => string;

/** A test on lower-cased text for the operand of `~`; null when the operand has no words. */
export function textQuery(value: string): ((text: string) => boolean) | null {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    const phrase = trimmed.slice(1, -1).trim().toLowerCase();
    return phrase === '' ? null : (text) => text.includes(phrase);
  }
  const words = trimmed.toLowerCase().split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
  return words.length === 0 ? null : (text) => words.every((word) => text.includes(word));
}

function textField(names: string[], textOf: TextOf, sortable: boolean, operators = TEXT_OPERATORS): FieldDefinition {
  return {
    names,
    operators,
    sortKey: sortable ? (ctx) => (issue) => textOf(issue, ctx) || null : undefined,
    compile(input, ctx): IssueMatcher | null {
      if (input.operator === 'is') return (issue) => textOf(issue, ctx) === '';
      if (input.operator === 'is not') return (issue) => textOf(issue, ctx) !== '';
      const [atom] = input.atoms;
      if (atom.kind === 'function') {
        ctx.errors.push(unsupportedFunctionMessage(atom.name, input.fieldName));
        return null;
      }
      if (atom.kind === 'empty') {
        ctx.errors.push(`The operator '${input.writtenOperator}' does not support the EMPTY keyword for field '${input.fieldName}'.`);
        return null;
      }
      const query = textQuery(atom.value);
      if (!query) {
        ctx.errors.push(`The field '${input.fieldName}' does not support searching for an empty string.`);
        return null;
      }
      if (input.operator === '~') return (issue) => query(textOf(issue, ctx));
      return (issue) => {
        const text = textOf(issue, ctx);
        return text !== '' && !query(text);
      };
    },
  };
}

const summaryOf: TextOf = (issue) => issue.fields.summary.toLowerCase();
const descriptionOf: TextOf = (issue, ctx) => ctx.searchableText(issue.fields.description);
const commentsOf: TextOf = (issue, ctx) => issue.comments.map((c) => ctx.searchableText(c.body)).join('\n');

export const summaryField = textField(['summary'], summaryOf, true);
export const descriptionField = textField(['description'], descriptionOf, false);
export const commentField = textField(['comment'], commentsOf, false);
/** Jira's master text field takes only `~` (and `!~` when under NOT). */
export const allTextField = textField(
  ['text'],
  (issue, ctx) => [summaryOf(issue, ctx), descriptionOf(issue, ctx), commentsOf(issue, ctx)].join('\n'),
  false,
  new Set<FieldOperator>(['~']),
);
