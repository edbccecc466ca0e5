/**
 * The one place that turns a resolver function into Forge's shape: validate the payload with its
 * schema (a field it does not know is refused by name, at any depth: one policy for every call),
 * run the handler, and answer the envelope of src/contract.ts, mapping every error (ours,
 * Jira's, the schema's) to a code and a message a person can act on.
 * https://developer.atlassian.com/platform/forge/runtime-reference/custom-ui-resolver/
 */
import type Resolver from '@forge/resolver';
import { ZodError, type ZodType } from 'zod';
import type { AppErrorBody, Envelope, ValidationDetails, ValidationIssue } from '../contract';
import { AppError, ChangesKeptError } from '../errors';
import { describeIssues, issuesOfZodError } from '../validation-issues';
import { JiraError, jiraErrorDetailsText } from '../jira/errors';

/** The parts of the Forge context our resolvers read. */
export interface ForgeContext {
  accountId?: string;
  cloudId?: string;
  siteUrl?: string;
  moduleKey?: string;
  localId?: string;
  timezone?: string;
  extension?: {
    type?: string;
    issue?: { id?: string | number; key?: string; type?: string; typeId?: string };
    project?: { id?: string | number; key?: string; type?: string };
    gadgetConfiguration?: Record<string, unknown>;
    entryPoint?: string;
  };
}

export interface ResolverCall<P> {
  payload: P;
  context: ForgeContext;
}

/** A payload field the schema does not know: refused by name, never dropped silently. */
export class UnknownFieldsError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(describeIssues(issues));
    this.name = 'UnknownFieldsError';
  }
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The paths of the fields in `input` the schema left out of `parsed`: at any depth, in objects the
 * schema describes field by field (a record keeps its keys, so nothing of it is reported).
 */
export function unknownFields(input: unknown, parsed: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(input) && Array.isArray(parsed)) {
    return input.flatMap((item, i) => unknownFields(item, parsed[i], [...path, i]));
  }
  if (!isPlainObject(input) || !isPlainObject(parsed)) return [];
  return Object.keys(input).flatMap((key) => (Object.hasOwn(parsed, key) ? unknownFields(input[key], parsed[key], [...path, key]) : [[...path, key]]));
}

/** The payload as the schema reads it; ZodError or UnknownFieldsError when it is not exactly one. */
export function parsePayload<P>(schema: ZodType<P>, raw: unknown): P {
  const payload = schema.parse(raw);
  const unknown = unknownFields(raw, payload);
  if (unknown.length > 0) throw new UnknownFieldsError(unknown.map((path) => ({ path, message: 'is not a field this call takes' })));
  return payload;
}

export function toErrorBody(error: unknown): AppErrorBody {
  if (error instanceof ChangesKeptError) {
    const body = toErrorBody(error.failure);
    const details = body.details && typeof body.details === 'object' ? body.details : {};
    return { ...body, details: { ...details, draftKept: true, keptDraftId: error.keptDraftId } };
  }
  if (error instanceof AppError) {
    return { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) };
  }
  if (error instanceof ZodError || error instanceof UnknownFieldsError) {
    const issues = error instanceof ZodError ? issuesOfZodError(error) : error.issues;
    const details: ValidationDetails = { issues };
    return { code: 'VALIDATION', message: `The request is not valid: ${describeIssues(issues)}`, details };
  }
  if (error instanceof JiraError) {
    const said = jiraErrorDetailsText(error.body);
    if (error.status === 404) return { code: 'NOT_FOUND', message: error.message };
    if (error.status === 401 || error.status === 403) return { code: 'FORBIDDEN', message: error.message };
    if (error.status === 400) return { code: 'VALIDATION', message: said ? `Jira rejected the request: ${said}` : error.message };
    return { code: 'JIRA_UNAVAILABLE', message: error.message };
  }
  console.error('Unexpected resolver error', error);
  return { code: 'INTERNAL', message: 'Something went wrong in the app. Try again; if it keeps happening, tell your Jira admin.' };
}

/** Wraps a handler: payload validated by `schema`, result or error in the envelope. */
export function defineResolver<P, R>(
  resolver: Resolver,
  key: string,
  schema: ZodType<P>,
  handler: (call: ResolverCall<P>) => Promise<R>,
): void {
  resolver.define(key, async (request: { payload?: unknown; context?: unknown }): Promise<Envelope<R>> => {
    try {
      const payload = parsePayload(schema, request.payload ?? {});
      const data = await handler({ payload, context: (request.context ?? {}) as ForgeContext });
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: toErrorBody(error) };
    }
  });
}

/** The incident of an issue panel: always the context's issue, never one named by the browser. */
export function issueKeyFromContext(context: ForgeContext): string {
  const key = context.extension?.issue?.key;
  if (!key) throw new AppError('VALIDATION', 'Open this from an issue: the request carries no issue in its Forge context.');
  return key;
}

export function projectKeyFromContext(context: ForgeContext): string | undefined {
  return context.extension?.project?.key;
}

export function accountIdFromContext(context: ForgeContext): string {
  if (!context.accountId) throw new AppError('FORBIDDEN', 'Sign in to Jira to use the post-mortem app.');
  return context.accountId;
}
