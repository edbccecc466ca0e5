/**
 * Reading Jira-style request parameters: lists given comma-separated and/or repeated
 * (`fields=a,b&fields=c`), booleans, and bounded integers (a bad one is Jira's 400).
 */
import { badRequest } from './http-error';

/** A list parameter from a query string or a JSON body: strings split on commas, arrays flattened. */
export function listParam(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const parts = Array.isArray(value) ? value : [value];
  return parts
    .flatMap((part) => (typeof part === 'string' ? part.split(',') : []))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function stringParam(value: unknown): string | undefined {
  if (Array.isArray(value)) return stringParam(value[0]);
  return typeof value === 'string' ? value : undefined;
}

export function booleanParam(value: unknown, fallback: boolean): boolean {
  const text = stringParam(value);
  if (text === undefined) return fallback;
  return text.toLowerCase() === 'true';
}

/** An integer parameter (query string or JSON), with a default; non-numbers are a 400 naming the parameter. */
export function intParam(value: unknown, name: string, fallback: number, min = 0): number {
  if (value === undefined || value === null || value === '') return fallback;
  const raw = Array.isArray(value) ? value[0] : value;
  const number = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isInteger(number)) throw badRequest(`The value '${String(raw)}' is invalid for the parameter '${name}'.`);
  return Math.max(number, min);
}
