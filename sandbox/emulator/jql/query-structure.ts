/**
 * Renders Atlassian's JQL syntax tree as the `structure` that Jira's `POST /rest/api/3/jql/parse`
 * returns (schemas JqlQuery, JqlQueryClause, JqlQueryClauseOperand, JqlQueryOrderByClause in the
 * REST v3 OpenAPI description), with `encodedName` / `encodedValue` / `encodedOperand` quoted the
 * way JQL needs them.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-jql/#api-rest-api-3-jql-parse-post
 */
import {
  RESERVED_CHARACTERS_REGEX, RESERVED_WORDS,
  type Clause, type Field, type Operand, type OrderBy, type Predicate, type Query, type TerminalClause,
} from '@atlaskit/jql-ast';

export interface JqlQueryFieldEntityProperty { entity: string; key: string; path: string }
export interface JqlQueryField { name: string; encodedName?: string; property?: JqlQueryFieldEntityProperty[] }
export interface ValueOperand { value: string; encodedValue?: string }
export interface FunctionOperand { function: string; arguments: string[]; encodedOperand?: string }
export interface KeywordOperand { keyword: 'empty' }
export type JqlQueryUnitaryOperand = ValueOperand | FunctionOperand | KeywordOperand;
export interface ListOperand { values: JqlQueryUnitaryOperand[]; encodedOperand?: string }
export type JqlQueryClauseOperand = ListOperand | JqlQueryUnitaryOperand;
export interface JqlQueryClauseTimePredicate { operator: string; operand: JqlQueryClauseOperand }
export interface CompoundClause { operator: 'and' | 'or' | 'not'; clauses: JqlQueryClause[] }
export interface FieldValueClause { field: JqlQueryField; operator: string; operand: JqlQueryClauseOperand }
export interface FieldWasClause extends FieldValueClause { predicates: JqlQueryClauseTimePredicate[] }
export interface FieldChangedClause { field: JqlQueryField; operator: 'changed'; predicates: JqlQueryClauseTimePredicate[] }
export type JqlQueryClause = CompoundClause | FieldValueClause | FieldWasClause | FieldChangedClause;
export interface JqlQueryOrderByClauseElement { field: JqlQueryField; direction?: 'asc' | 'desc' }
export interface JqlQuery { where?: JqlQueryClause; orderBy?: { fields: JqlQueryOrderByClauseElement[] } }

/** Quotes a JQL string when it holds a reserved character or word, escaping quotes and backslashes. */
export function encodeJqlString(value: string): string {
  const needsQuotes = value === '' || RESERVED_CHARACTERS_REGEX.test(value) || RESERVED_WORDS.has(value.toLowerCase());
  return needsQuotes ? `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : value;
}

export function queryStructure(query: Query): JqlQuery {
  const structure: JqlQuery = {};
  if (query.where) structure.where = clauseStructure(query.where);
  if (query.orderBy) structure.orderBy = orderByStructure(query.orderBy);
  return structure;
}

function clauseStructure(clause: Clause): JqlQueryClause {
  switch (clause.clauseType) {
    case 'compound':
      return { operator: clause.operator.value, clauses: clause.clauses.map(clauseStructure) };
    case 'not':
      return { operator: 'not', clauses: [clauseStructure(clause.clause)] };
    case 'terminal':
      return terminalStructure(clause);
  }
}

function terminalStructure(clause: TerminalClause): JqlQueryClause {
  const field = fieldStructure(clause.field);
  const operator = clause.operator ? clause.operator.value : '';
  const predicates = clause.predicates.map(predicateStructure);
  if (operator === 'changed') return { field, operator: 'changed', predicates };
  const operand = clause.operand ? operandStructure(clause.operand) : { values: [] };
  if (operator.startsWith('was')) return { field, operator, operand, predicates };
  return { field, operator, operand };
}

function predicateStructure(predicate: Predicate): JqlQueryClauseTimePredicate {
  return { operator: predicate.operator.value, operand: predicate.operand ? operandStructure(predicate.operand) : { values: [] } };
}

function fieldStructure(field: Field): JqlQueryField {
  const [property] = field.properties ?? [];
  if (!property || !property.key) {
    const encodedName = /^cf\[\d+\]$/i.test(field.value) ? field.value : encodeJqlString(field.value);
    return { name: field.value, encodedName };
  }
  const entity = field.value.replace(/\.property$/i, '');
  const key = property.key.value;
  const path = (property.path ?? []).map((segment) => segment.value).join('').replace(/^\./, '');
  const suffix = path === '' ? '' : `.${path}`;
  return {
    name: `${field.value}[${key}]${suffix}`,
    encodedName: `${field.value}[${encodeJqlString(key)}]${suffix}`,
    property: [{ entity, key, path }],
  };
}

function operandStructure(operand: Operand): JqlQueryClauseOperand {
  if (operand.operandType === 'list') {
    const values = flattenList(operand);
    return { values, encodedOperand: `(${values.map(encodeUnitary).join(', ')})` };
  }
  return unitaryStructure(operand);
}

function flattenList(operand: Operand): JqlQueryUnitaryOperand[] {
  return operand.operandType === 'list' ? operand.values.flatMap(flattenList) : [unitaryStructure(operand)];
}

function unitaryStructure(operand: Exclude<Operand, { operandType: 'list' }>): JqlQueryUnitaryOperand {
  switch (operand.operandType) {
    case 'value':
      return { value: operand.value, encodedValue: encodeJqlString(operand.value) };
    case 'keyword':
      return { keyword: 'empty' };
    case 'function': {
      const args = operand.arguments.map((argument) => argument.value);
      return {
        function: operand.function.value,
        arguments: args,
        encodedOperand: `${operand.function.value}(${args.map(encodeJqlString).join(', ')})`,
      };
    }
  }
}

function encodeUnitary(operand: JqlQueryUnitaryOperand): string {
  if ('keyword' in operand) return 'EMPTY';
  if ('function' in operand) return operand.encodedOperand ?? `${operand.function}()`;
  return operand.encodedValue ?? encodeJqlString(operand.value);
}

function orderByStructure(orderBy: OrderBy): { fields: JqlQueryOrderByClauseElement[] } {
  return {
    fields: orderBy.fields.map((element) => {
      const entry: JqlQueryOrderByClauseElement = { field: fieldStructure(element.field) };
      if (element.direction) entry.direction = element.direction.value === 'DESC' ? 'desc' : 'asc';
      return entry;
    }),
  };
}
