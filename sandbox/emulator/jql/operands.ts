/**
 * The right-hand side of a JQL clause flattened into atoms (a value, EMPTY, or a function call), so
 * each field only has to say what one atom means. Lists nest in JQL (`a in (b, (c, d))`); they are
 * flattened as Jira does.
 */
import type { Operand } from '@atlaskit/jql-ast';

export type OperandAtom =
  | { kind: 'value'; value: string }
  | { kind: 'empty' }
  | { kind: 'function'; name: string; args: string[] };

export function operandAtoms(operand: Operand): OperandAtom[] {
  switch (operand.operandType) {
    case 'value':
      return [{ kind: 'value', value: operand.value }];
    case 'keyword':
      return [{ kind: 'empty' }];
    case 'function':
      return [{ kind: 'function', name: operand.function.value, args: operand.arguments.map((a) => a.value) }];
    case 'list':
      return operand.values.flatMap(operandAtoms);
  }
}

/** How the operand reads in a message: `'QA'`, `EMPTY`, `currentUser()`, `(QA, "To Do")`. */
export function describeAtom(atom: OperandAtom): string {
  switch (atom.kind) {
    case 'value':
      return atom.value;
    case 'empty':
      return 'EMPTY';
    case 'function':
      return `${atom.name}(${atom.args.join(', ')})`;
  }
}
