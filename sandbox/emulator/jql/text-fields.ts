/**
 * JQL text fields: summary, description, comment and text (all of them), with Jira's word search
 * (text-search.ts) for `~` and `!~`, and IS EMPTY.
 * https://support.atlassian.com/jira-software-cloud/docs/search-syntax-for-text-fields/
 */
import type { EmIssue } from '../model';
import type { CompileContext, FieldDefinition, FieldOperator, IssueMatcher } from './compile-context';
import { unsupportedFunctionMessage } from './function-catalog';
import { compileTextQuery, wordsOf, type TextMatcher, type TextWords } from './text-search';

export { wordsOf } from './text-search';

const TEXT_OPERATORS = new Set<FieldOperator>(['~', '!~', 'is', 'is not']);

type WordsOf = (issue: EmIssue, ctx: CompileContext) => TextWords;
type TextOf = (issue: EmIssue, ctx: CompileContext) => string;

/** The operand of `~` compiled; null after pushing Jira's message onto ctx.errors. */
export function textQuery(value: string, fieldName: string, ctx: CompileContext): TextMatcher | null {
  return compileTextQuery(value, fieldName, ctx.errors);
}

function textField(names: string[], textOf: TextOf, words: WordsOf, sortable: boolean, operators = TEXT_OPERATORS): FieldDefinition {
  return {
    names,
    operators,
    sortKey: sortable ? (ctx) => (issue) => textOf(issue, ctx).toLowerCase() || null : undefined,
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
      const query = textQuery(atom.value, input.fieldName, ctx);
      if (!query) return null;
      if (input.operator === '~') return (issue) => query(words(issue, ctx));
      return (issue) => textOf(issue, ctx) !== '' && !query(words(issue, ctx));
    },
  };
}

const summaryOf: TextOf = (issue) => issue.fields.summary;
const descriptionOf: TextOf = (issue, ctx) => ctx.searchableText(issue.fields.description);
const commentsOf: TextOf = (issue, ctx) => issue.comments.map((c) => ctx.searchableText(c.body)).join('\n');
const allTextOf: TextOf = (issue, ctx) => [summaryOf(issue, ctx), descriptionOf(issue, ctx), commentsOf(issue, ctx)].join('\n');

const plainWords = (textOf: TextOf): WordsOf => (issue, ctx) => wordsOf(textOf(issue, ctx));

export const summaryField = textField(['summary'], summaryOf, plainWords(summaryOf), true);
export const descriptionField = textField(['description'], descriptionOf, plainWords(descriptionOf), false);
export const commentField = textField(['comment'], commentsOf, plainWords(commentsOf), false);
/** Jira's master text field takes only `~` (and `!~` when under NOT). */
export const allTextField = textField(['text'], allTextOf, plainWords(allTextOf), false, new Set<FieldOperator>(['~']));
