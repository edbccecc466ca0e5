/**
 * Validation problems as data (field path and message) and as one readable line, the same for a
 * refused payload (resolvers/define.ts) and a stored value the app cannot read (settings-store.ts).
 */
import type { ZodError } from 'zod';
import type { ValidationIssue } from './contract';

export function issuesOfZodError(error: ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))), message: issue.message }));
}

/** "field: problem; other: problem". */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`).join('; ');
}
