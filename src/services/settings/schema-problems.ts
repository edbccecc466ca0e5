/** One readable line for a failed zod validation: "field: problem; other: problem". */
import type { ZodError } from 'zod';

export function describeSchemaProblems(error: ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}
