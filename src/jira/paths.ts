/**
 * Turns an endpoint's path template and values into a Forge `Route`. `route` from @forge/api refuses
 * path manipulation ("/", "..", "?", "#") but does not percent-encode path values, so each value is
 * checked and encoded here first; query strings go through URLSearchParams, which `route` accepts
 * as is. The template's `{names}` are checked by the compiler: every one needs a value.
 * https://developer.atlassian.com/platform/forge/runtime-reference/product-fetch-api/#route
 */
import { route, type Route } from '@forge/api';

/** The `{names}` in a path template, e.g. "issueIdOrKey" | "propertyKey". */
export type PathParams<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParams<Rest> : never;

export type PathValues<Path extends string> = { [Name in PathParams<Path>]: string | number };

/** A value the caller gave for a path segment that cannot be sent safely. */
export class InvalidPathValueError extends Error {
  constructor(name: string, value: string, reason: string) {
    super(`Invalid ${name} "${value}": ${reason}`);
    this.name = 'InvalidPathValueError';
  }
}

/** One path segment, percent-encoded. Empty values and values that would change the path are refused. */
export function encodePathValue(name: string, raw: string | number): string {
  const value = String(raw);
  if (value === '') throw new InvalidPathValueError(name, value, 'it must not be empty');
  if (value.includes('/') || value.includes('\\')) throw new InvalidPathValueError(name, value, 'it must not contain "/" or "\\"');
  if (value.includes('..')) throw new InvalidPathValueError(name, value, 'it must not contain ".."');
  return encodeURIComponent(value);
}

/** Query values: undefined is left out, arrays are sent comma-separated, as Jira reads them. */
export type QueryValues = Record<string, string | number | boolean | readonly string[] | undefined>;

export function toSearchParams(values: QueryValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.append(name, value.join(','));
    } else params.append(name, String(value));
  }
  return params;
}

const PLACEHOLDER = /\{([^}]+)\}/g;

/** `route` for a template known only at run time: the template's literal parts play the tagged-template strings. */
export function toRoute<Path extends string>(path: Path, values: PathValues<Path>, query?: QueryValues): Route {
  const literals: string[] = [];
  const parameters: (string | URLSearchParams)[] = [];
  let last = 0;
  for (const match of path.matchAll(PLACEHOLDER)) {
    const name = match[1];
    const value = (values as Record<string, string | number | undefined>)[name];
    if (value === undefined) throw new InvalidPathValueError(name, '', `no value given for ${path}`);
    literals.push(path.slice(last, match.index));
    parameters.push(encodePathValue(name, value));
    last = (match.index ?? 0) + match[0].length;
  }
  const search = query ? toSearchParams(query) : undefined;
  if (search && [...search.keys()].length > 0) {
    literals.push(`${path.slice(last)}?`);
    parameters.push(search);
    literals.push('');
  } else {
    literals.push(path.slice(last));
  }
  const strings = Object.assign([...literals], { raw: [...literals] }) as unknown as TemplateStringsArray;
  return route(strings, ...parameters);
}
