/**
 * JQL `key` / `issue` / `issuekey` / `id`: issue keys (case-insensitive) or ids, order comparisons
 * within a project (`key > QA-5`), and `issue in linkedIssues(QA-1)` or
 * `linkedIssues(QA-1, "is caused by")`, where the link description is read from QA-1's side.
 * A key the viewer cannot see is reported as not existing, as in Jira.
 */
import type { EmIssue } from '../model';
import { eqIgnoreCase, type CompileContext, type FieldDefinition } from './compile-context';
import { argumentsAccepted } from './function-args';
import { membershipField, type FieldFunction, type OrderOperator } from './membership-field';

function issueNumber(key: string): number {
  return Number(key.slice(key.lastIndexOf('-') + 1));
}

/** The issue a key (any case) or id names, if the viewer may browse it. */
export function findVisibleIssue(idOrKey: string, ctx: CompileContext): EmIssue | undefined {
  const issue = ctx.store.issueByIdOrKey(idOrKey) ?? ctx.store.issueByIdOrKey(idOrKey.toUpperCase());
  return issue && ctx.canBrowseIssue(issue) ? issue : undefined;
}

function compareNumbers(candidate: number, operand: number, op: OrderOperator): boolean {
  switch (op) {
    case '>': return candidate > operand;
    case '>=': return candidate >= operand;
    case '<': return candidate < operand;
    case '<=': return candidate <= operand;
  }
}

export function unknownIssueMessage(value: string, fieldName: string): string {
  return /^(\d+|[A-Za-z][A-Za-z0-9_]*-\d+)$/.test(value)
    ? `An issue with key '${value}' does not exist for field '${fieldName}'.`
    : `The issue key '${value}' for field '${fieldName}' is invalid.`;
}

const linkedIssues: FieldFunction = {
  multi: true,
  evaluate(args, ctx, fnName) {
    if (!argumentsAccepted(args, 1, 2, fnName, ctx)) return null;
    const [idOrKey, description] = args;
    const issue = findVisibleIssue(idOrKey, ctx);
    if (!issue) {
      ctx.errors.push(`Issue '${idOrKey}' could not be found in function '${fnName}'.`);
      return null;
    }
    const linkTypes = new Map(ctx.store.linkTypes().map((t) => [t.id, t]));
    if (description !== undefined
      && ![...linkTypes.values()].some((t) => eqIgnoreCase(t.inward, description) || eqIgnoreCase(t.outward, description))) {
      ctx.errors.push(`Issue link type '${description}' could not be found in function '${fnName}'.`);
      return null;
    }
    const linked: string[] = [];
    for (const link of ctx.store.linksOf(issue.id)) {
      const type = linkTypes.get(link.typeId);
      const outward = link.outwardIssueId === issue.id;
      const seenFromIssue = outward ? type?.outward : type?.inward;
      if (description === undefined || (seenFromIssue !== undefined && eqIgnoreCase(seenFromIssue, description))) {
        linked.push(outward ? link.inwardIssueId : link.outwardIssueId);
      }
    }
    return linked;
  },
};

export const keyField: FieldDefinition = membershipField({
  names: ['key', 'issuekey', 'issue', 'id'],
  values: () => (issue) => [issue.id],
  resolveValue(value, ctx) {
    const issue = findVisibleIssue(value, ctx);
    return issue ? [issue.id] : null;
  },
  unknownValueMessage: unknownIssueMessage,
  functions: { linkedissues: linkedIssues },
  ordered(ctx) {
    return (operandIds, op) => {
      const matching = new Set<string>();
      for (const operandId of operandIds) {
        const anchor = ctx.store.issueByIdOrKey(operandId)!;
        const anchorNumber = issueNumber(anchor.key);
        for (const issue of ctx.store.issues()) {
          if (issue.projectId === anchor.projectId && compareNumbers(issueNumber(issue.key), anchorNumber, op)) matching.add(issue.id);
        }
      }
      return matching;
    };
  },
  sortKey: () => (issue) => {
    const dash = issue.key.lastIndexOf('-');
    return `${issue.key.slice(0, dash)}-${issue.key.slice(dash + 1).padStart(12, '0')}`;
  },
});
