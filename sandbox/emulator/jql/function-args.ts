/**
 * Argument-count checks for JQL functions, with Jira's message.
 */
import type { CompileContext } from './compile-context';

export function argumentsAccepted(args: string[], min: number, max: number, fnName: string, ctx: CompileContext): boolean {
  if (args.length >= min && args.length <= max) return true;
  const expected = min === max ? String(min) : `${min}-${max === Infinity ? 'n' : max}`;
  ctx.errors.push(`Function '${fnName}' expected '${expected}' arguments but received '${args.length}'.`);
  return false;
}
