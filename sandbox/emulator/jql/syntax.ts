/**
 * Parses JQL with Atlassian's own parser (`@atlaskit/jql-ast` over `@atlaskit/jql-parser`) and turns
 * its ANTLR syntax errors into the messages Jira answers with, e.g.
 * "Error in the JQL Query: Expecting operator but got 'query'. … (line 1, character 9)".
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-jql/#api-rest-api-3-jql-parse-post
 */
import { JastBuilder, JQLSyntaxError, RESERVED_CHARACTERS_REGEX, type JQLParseError, type Query } from '@atlaskit/jql-ast';

export type JqlParseResult = { ok: true; query: Query } | { ok: false; errors: string[] };

const VALID_OPERATORS = "'=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'";

/** Parses one JQL string; a syntax error gives Jira's message for the first error, as Jira does. */
export function parseJqlSyntax(jql: string): JqlParseResult {
  const { query, errors } = new JastBuilder().build(jql);
  if (errors.length > 0 || !query) {
    const first = errors[0];
    return { ok: false, errors: [first ? syntaxErrorMessage(first) : 'Error in the JQL Query: the query could not be parsed.'] };
  }
  return { ok: true, query };
}

function syntaxErrorMessage(error: JQLParseError): string {
  if (!(error instanceof JQLSyntaxError)) return `Error in the JQL Query: ${error.message}`;
  return `Error in the JQL Query: ${describe(error.message)} (line ${error.line}, character ${error.charPositionInLine + 1})`;
}

function describe(antlrMessage: string): string {
  const missing = /^missing (.+) at '(.*)'$/s.exec(antlrMessage);
  if (missing) {
    const [, expected, got] = missing;
    return got === '<EOF>' ? `Expecting ${expected} before the end of the query.` : `Expecting ${expected} but got '${got}'.`;
  }
  const unexpected = /^(?:mismatched|extraneous) input '(.*)' expecting (.+)$/s.exec(antlrMessage);
  if (!unexpected) return antlrMessage.endsWith('.') ? antlrMessage : `${antlrMessage}.`;
  const got = unexpected[1] === '<EOF>' ? null : unexpected[1];
  const expected = unexpected[2];

  if (got !== null && /^["']/.test(got) && !isClosedString(got)) {
    return `The quoted string '${got.slice(1)}' has not been completed.`;
  }
  if (got !== null && got.length === 1 && RESERVED_CHARACTERS_REGEX.test(got) && !'(),'.includes(got)) {
    const escape = `\\u${got.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return `The character '${got}' is a reserved JQL character. You must enclose it in a string or use the escape '${escape}' instead.`;
  }
  if (expected.includes("'='")) {
    return got === null
      ? `Expecting operator before the end of the query. The valid operators are ${VALID_OPERATORS}.`
      : `Expecting operator but got '${got}'. The valid operators are ${VALID_OPERATORS}.`;
  }
  if (expected.includes('CUSTOMFIELD')) {
    return got === null
      ? 'Expecting a field name at the end of the query.'
      : `Expecting a field name but got '${got}'. You must surround '${got}' in quotation marks to use it as a field name.`;
  }
  if (expected.includes('STRING')) {
    return got === null
      ? 'Expecting either a value, list or function before the end of the query.'
      : `Expecting either a value, list or function but got '${got}'. You must surround '${got}' in quotation marks to use it as a value.`;
  }
  if (expected.includes('ORDER')) return `Expecting either 'OR' or 'AND' but got '${got ?? 'EOF'}'.`;
  if (expected === '<EOF>') return `Expecting the end of the query but got '${got ?? 'EOF'}'.`;
  const wanted = expected.replace(/^\{|\}$/g, '').split(', ').join(' or ');
  return got === null ? `Expecting ${wanted} before the end of the query.` : `Expecting ${wanted} but got '${got}'.`;
}

function isClosedString(token: string): boolean {
  return token.length >= 2 && token.endsWith(token[0]) && token[token.length - 2] !== '\\';
}
