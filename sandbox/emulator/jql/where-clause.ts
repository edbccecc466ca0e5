/**
 * Compiles the WHERE part of a JQL query into one predicate over issues. NOT is pushed down to the
 * terminal clauses by De Morgan's laws with the operators flipped (`NOT a = b` becomes `a != b`),
 * which is how Jira evaluates it, so `NOT assignee = x` does not match unassigned issues either.
 * A history clause (WAS …, CHANGED; history.ts) under NOT is simply negated: `NOT status WAS x` is
 * `status WAS NOT x`, and `NOT status CHANGED` matches the issues whose status never changed.
 */
import type { Clause, TerminalClause } from '@atlaskit/jql-ast';
import type { CompileContext, FieldOperator, IssueMatcher } from './compile-context';
import { fieldDisplayName, lookupField } from './field-registry';
import { compileHistoryClause, historyNotSupportedMessage, isHistoryOperator } from './history';
import { operandAtoms } from './operands';

const NEGATED: Record<FieldOperator, FieldOperator> = {
  '=': '!=', '!=': '=', 'in': 'not in', 'not in': 'in', 'is': 'is not', 'is not': 'is',
  '~': '!~', '!~': '~', '>': '<=', '<=': '>', '<': '>=', '>=': '<',
};

const NEVER: IssueMatcher = () => false;

export function compileWhere(clause: Clause, ctx: CompileContext): IssueMatcher {
  return compileClause(clause, false, ctx);
}

function compileClause(clause: Clause, negated: boolean, ctx: CompileContext): IssueMatcher {
  switch (clause.clauseType) {
    case 'compound': {
      const parts = clause.clauses.map((child) => compileClause(child, negated, ctx));
      const conjunction = (clause.operator.value === 'and') !== negated;
      return conjunction ? allOf(parts) : anyOf(parts);
    }
    case 'not':
      return compileClause(clause.clause, !negated, ctx);
    case 'terminal':
      return compileTerminal(clause, negated, ctx) ?? NEVER;
  }
}

function allOf(parts: IssueMatcher[]): IssueMatcher {
  return (issue) => {
    for (const part of parts) if (!part(issue)) return false;
    return true;
  };
}

function anyOf(parts: IssueMatcher[]): IssueMatcher {
  return (issue) => {
    for (const part of parts) if (part(issue)) return true;
    return false;
  };
}

function isFieldOperator(value: string): value is FieldOperator {
  return Object.hasOwn(NEGATED, value);
}

function compileTerminal(clause: TerminalClause, negated: boolean, ctx: CompileContext): IssueMatcher | null {
  const lookup = lookupField(clause.field, ctx);
  if (!lookup.ok) {
    ctx.errors.push(lookup.error);
    return null;
  }
  const fieldName = fieldDisplayName(clause.field);
  const { operator, operand } = clause;
  if (!operator) {
    // The parser reports this as a syntax error first; never match silently all the same.
    ctx.errors.push(`The clause on the field '${fieldName}' has no operator.`);
    return null;
  }
  const written = operator.value;
  if (isHistoryOperator(written)) {
    const history = lookup.definition.history;
    if (!history) {
      ctx.errors.push(historyNotSupportedMessage(fieldName));
      return null;
    }
    const matcher = compileHistoryClause(clause, written, history, fieldName, ctx);
    if (!matcher || !negated) return matcher;
    return (issue) => !matcher(issue);
  }
  if (!isFieldOperator(written) || !operand) {
    ctx.errors.push(`The operator '${written}' is not supported by the Jira emulator.`);
    return null;
  }
  if (!lookup.definition.operators.has(written)) {
    ctx.errors.push(`The operator '${written}' is not supported by the '${fieldName}' field.`);
    return null;
  }
  return lookup.definition.compile({
    fieldName,
    writtenOperator: written,
    operator: negated ? NEGATED[written] : written,
    operand,
    atoms: operandAtoms(operand),
    property: lookup.property,
  }, ctx);
}
