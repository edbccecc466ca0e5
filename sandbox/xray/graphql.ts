/**
 * Xray Cloud's GraphQL API (POST /api/v2/graphql) over the emulator's data: the schema of
 * schema.graphql, the list limits Xray documents, and resolvers that read Jira through the Jira
 * emulator's rules as the API key's user.
 *
 * Limits (https://docs.getxray.app/display/XRAYCLOUD/GraphQL+API): "Clients must supply a limit
 * argument on any connection. Values of limit must be within 1-100. Individual calls cannot request
 * more than 10,000 total items" (an outer list's limit plus, for each nested list, outer × inner);
 * getTestExecutions: "If the jql returns more than 100 issues an error will be returned asking the
 * user to refine the jql search". Undocumented, read strictly here: the same 100-issue rule for
 * getCoverableIssues' jql, at most 100 `issueIds`/`testExecIssueIds`/`testIssueIds`, and an issue the
 * key's user cannot browse is left out as if it did not exist.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  buildSchema, execute, GraphQLError, Kind, parse, validate,
  type DocumentNode, type ExecutionResult, type FieldNode, type GraphQLSchema, type SelectionSetNode, type ValueNode,
} from 'graphql';
import type { EmIssue, EmulatorState } from '../emulator';
import type { XrayData, XrayRun, XrayStatus } from './state';
import { BUILT_IN_STATUSES } from './state';

export const XRAY_SCHEMA_SDL = readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8');
export const XRAY_SCHEMA: GraphQLSchema = buildSchema(XRAY_SCHEMA_SDL);

export const MAX_LIMIT = 100;
export const MAX_TOTAL_ITEMS = 10_000;
export const MAX_JQL_ISSUES = 100;
const MAX_IDS = 100;

export interface XrayGraphqlContext {
  jira: EmulatorState;
  data: XrayData;
  /** The API key's user. */
  accountId: string;
  /** JQL through the Jira emulator's search, as `accountId`. */
  issueIdsMatching(jql: string): string[];
}

type Variables = Record<string, unknown>;

function valueOf(node: ValueNode, variables: Variables): unknown {
  switch (node.kind) {
    case Kind.VARIABLE: return variables[node.name.value];
    case Kind.INT: return Number(node.value);
    case Kind.FLOAT: return Number(node.value);
    case Kind.STRING: case Kind.ENUM: return node.value;
    case Kind.BOOLEAN: return node.value;
    case Kind.NULL: return null;
    case Kind.LIST: return node.values.map((v) => valueOf(v, variables));
    case Kind.OBJECT: return Object.fromEntries(node.fields.map((f) => [f.name.value, valueOf(f.value, variables)]));
  }
}

/** Items a selection set asks for: each list field's limit, times one plus what each item nests. */
function itemsOf(selectionSet: SelectionSetNode | undefined, variables: Variables, errors: string[]): number {
  if (!selectionSet) return 0;
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const field: FieldNode = selection;
    const limitArg = field.arguments?.find((a) => a.name.value === 'limit');
    const nested = itemsOf(field.selectionSet, variables, errors);
    if (!limitArg) {
      total += nested;
      continue;
    }
    const limit = valueOf(limitArg.value, variables);
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      errors.push(`${field.name.value}: limit must be within 1-${MAX_LIMIT}.`);
      continue;
    }
    total += limit + limit * nested;
  }
  return total;
}

/** The documented limits, checked before anything runs. */
export function limitProblems(document: DocumentNode, variables: Variables): string[] {
  const errors: string[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const items = itemsOf(definition.selectionSet, variables, errors);
    if (items > MAX_TOTAL_ITEMS) {
      errors.push(`The query requests ${items} items: individual calls cannot request more than ${MAX_TOTAL_ITEMS.toLocaleString('en-US')} total items.`);
    }
  }
  return errors;
}

function page<T>(items: readonly T[], limit: number, start: number | null | undefined) {
  const from = Math.max(0, start ?? 0);
  return { total: items.length, start: from, limit, results: items.slice(from, from + limit) };
}

function idsArgument(name: string, ids: unknown): string[] | null {
  if (ids === undefined || ids === null) return null;
  const list = (ids as unknown[]).map(String);
  if (list.length > MAX_IDS) throw new GraphQLError(`${name} must have at most ${MAX_IDS} ids.`);
  return list;
}

function issueTypeName(ctx: XrayGraphqlContext, issue: EmIssue): string | undefined {
  return ctx.jira.issueTypeById(issue.fields.issueTypeId)?.name;
}

/** The issues of `typeNames` that the arguments name and the key's user may browse, in id order. */
function selectIssues(ctx: XrayGraphqlContext, typeNames: readonly string[], args: { jql?: string | null; issueIds?: unknown; projectId?: string | null }): EmIssue[] {
  const wanted = new Set(typeNames.map((t) => t.toLowerCase()));
  const ids = idsArgument('issueIds', args.issueIds);
  let candidates: EmIssue[];
  if (args.jql) {
    const matched = ctx.issueIdsMatching(args.jql);
    if (matched.length > MAX_JQL_ISSUES) {
      throw new GraphQLError(`The jql returned more than ${MAX_JQL_ISSUES} issues (${matched.length}): refine the jql search.`);
    }
    candidates = matched.flatMap((id) => ctx.jira.issueByIdOrKey(id) ?? []);
    if (ids) candidates = candidates.filter((issue) => ids.includes(issue.id));
  } else if (ids) {
    candidates = ids.flatMap((id) => ctx.jira.issueByIdOrKey(id) ?? []).filter((issue) => ids.includes(issue.id));
  } else if (args.projectId) {
    candidates = ctx.jira.issues().filter((issue) => issue.projectId === args.projectId);
  } else {
    throw new GraphQLError('Give a jql, issueIds or projectId to choose the issues.');
  }
  return candidates
    .filter((issue) => wanted.has((issueTypeName(ctx, issue) ?? '').toLowerCase()) && ctx.jira.canBrowse(ctx.accountId, issue))
    .sort((a, b) => Number(a.id) - Number(b.id));
}

/** `jira(fields:)`: the asked fields of the issue, as Jira's REST API names and shapes them. */
function jiraFields(ctx: XrayGraphqlContext, issue: EmIssue, fields: unknown): Record<string, unknown> {
  const asked = Array.isArray(fields) ? fields.map(String) : ['key'];
  const project = ctx.jira.projectById(issue.projectId);
  const versionsOf = (ids: readonly string[]) => ids.flatMap((id) => {
    const version = project?.versions.find((v) => v.id === id);
    return version ? [{ id: version.id, name: version.name }] : [];
  });
  const out: Record<string, unknown> = {};
  for (const field of asked) {
    switch (field) {
      case 'key': out.key = issue.key; break;
      case 'summary': out.summary = issue.fields.summary; break;
      case 'labels': out.labels = [...issue.fields.labels]; break;
      case 'fixVersions': out.fixVersions = versionsOf(issue.fields.fixVersionIds); break;
      case 'issuetype': out.issuetype = { id: issue.fields.issueTypeId, name: issueTypeName(ctx, issue) }; break;
      default: break;
    }
  }
  return out;
}

function statusNamed(name: string): XrayStatus {
  return BUILT_IN_STATUSES.find((s) => s.name === name) ?? { name, description: '', final: true, color: '#000000', coverageStatus: 'NOK' };
}

function testExecutionObject(ctx: XrayGraphqlContext, issue: EmIssue) {
  return {
    issueId: issue.id,
    projectId: issue.projectId,
    testEnvironments: ctx.data.environments.get(issue.id) ?? [],
    lastModified: issue.fields.updated,
    jira: ({ fields }: { fields?: unknown }) => jiraFields(ctx, issue, fields),
    testRuns: ({ limit, start }: { limit: number; start?: number | null }) =>
      page(ctx.data.runs.filter((run) => run.testExecIssueId === issue.id).map((run) => testRunObject(ctx, run)), limit, start),
  };
}

function testPlanObject(ctx: XrayGraphqlContext, issue: EmIssue) {
  return {
    issueId: issue.id,
    projectId: issue.projectId,
    lastModified: issue.fields.updated,
    jira: ({ fields }: { fields?: unknown }) => jiraFields(ctx, issue, fields),
    testExecutions: ({ issueIds, limit, start }: { issueIds?: unknown; limit: number; start?: number | null }) => {
      const only = idsArgument('issueIds', issueIds);
      const executions = (ctx.data.planExecutions.get(issue.id) ?? [])
        .filter((id) => !only || only.includes(id))
        .flatMap((id) => ctx.jira.issueByIdOrKey(id) ?? [])
        .filter((execution) => ctx.jira.canBrowse(ctx.accountId, execution));
      return page(executions.map((execution) => testExecutionObject(ctx, execution)), limit, start);
    },
  };
}

function testObject(ctx: XrayGraphqlContext, issue: EmIssue) {
  return { issueId: issue.id, projectId: issue.projectId, jira: ({ fields }: { fields?: unknown }) => jiraFields(ctx, issue, fields) };
}

function testRunObject(ctx: XrayGraphqlContext, run: XrayRun) {
  const test = ctx.jira.issueByIdOrKey(run.testIssueId);
  const execution = ctx.jira.issueByIdOrKey(run.testExecIssueId);
  return {
    id: run.id,
    status: statusNamed(run.status),
    startedOn: run.startedOn,
    finishedOn: run.finishedOn,
    executedById: run.executedById,
    assigneeId: null,
    lastModified: run.finishedOn ?? run.startedOn,
    test: test && ctx.jira.canBrowse(ctx.accountId, test) ? testObject(ctx, test) : null,
    testExecution: execution && ctx.jira.canBrowse(ctx.accountId, execution) ? testExecutionObject(ctx, execution) : null,
  };
}

/** When a run happened, for "latest": finished, else started, else never. */
const runTime = (run: XrayRun) => run.finishedOn ?? run.startedOn ?? '';

/**
 * A requirement's coverage status (https://www.getxray.app/blog/understanding-requirement-and-test-statuses/):
 * UNCOVERED without tests; else each test's status is its latest run's (within the version's,
 * environment's or test plan's executions when named; final runs first when isFinal), NOTRUN without one; the
 * requirement is NOK when a test is NOK, OK when all are OK, NOTRUN otherwise.
 */
function coverageStatus(ctx: XrayGraphqlContext, requirement: EmIssue, args: { environment?: string | null; isFinal?: boolean | null; version?: string | null; testPlan?: string | null }) {
  const planned = args.testPlan ? ctx.data.planExecutions.get(args.testPlan) : undefined;
  if (args.testPlan && planned === undefined) throw new GraphQLError(`No test plan with issue id ${args.testPlan}.`);
  const linkType = ctx.jira.linkTypes().find((t) => t.name === ctx.data.coverageLinkType);
  const testType = ctx.jira.issueTypeByName(ctx.data.testIssueType);
  const tests = ctx.jira.linksOf(requirement.id)
    .filter((link) => link.typeId === linkType?.id && link.inwardIssueId === requirement.id)
    .flatMap((link) => ctx.jira.issueByIdOrKey(link.outwardIssueId) ?? [])
    .filter((test) => test.fields.issueTypeId === testType?.id);
  const named = (name: string) => ({ name, description: name, color: '#000000' });
  if (tests.length === 0) return named('UNCOVERED');
  const inScope = (run: XrayRun) => {
    const execution = ctx.jira.issueByIdOrKey(run.testExecIssueId);
    if (!execution) return false;
    if (planned && !planned.includes(execution.id)) return false;
    if (args.environment && !(ctx.data.environments.get(execution.id) ?? []).some((e) => e.toLowerCase() === args.environment!.toLowerCase())) return false;
    if (args.version) {
      const project = ctx.jira.projectById(execution.projectId);
      const names = execution.fields.fixVersionIds.map((id) => project?.versions.find((v) => v.id === id)?.name);
      if (!names.includes(args.version)) return false;
    }
    return true;
  };
  const statuses = tests.map((test) => {
    const runs = ctx.data.runs.filter((run) => run.testIssueId === test.id && inScope(run)).sort((a, b) => runTime(a).localeCompare(runTime(b)));
    const finals = runs.filter((run) => statusNamed(run.status).final);
    const latest = (args.isFinal && finals.length > 0 ? finals : runs).at(-1);
    return latest ? statusNamed(latest.status).coverageStatus : 'NOTRUN';
  });
  if (statuses.includes('NOK')) return named('NOK');
  if (statuses.every((s) => s === 'OK')) return named('OK');
  return named('NOTRUN');
}

function rootValue(ctx: XrayGraphqlContext) {
  return {
    getTestExecutions: (args: { jql?: string | null; issueIds?: unknown; projectId?: string | null; limit: number; start?: number | null }) =>
      page(selectIssues(ctx, [ctx.data.testExecutionIssueType], args).map((issue) => testExecutionObject(ctx, issue)), args.limit, args.start),
    getTestRuns: (args: { testIssueIds?: unknown; testExecIssueIds?: unknown; testRunAssignees?: unknown; limit: number; start?: number | null }) => {
      const tests = idsArgument('testIssueIds', args.testIssueIds);
      const executions = idsArgument('testExecIssueIds', args.testExecIssueIds);
      if (!tests && !executions) throw new GraphQLError('Give testIssueIds and/or testExecIssueIds.');
      const visible = (id: string) => {
        const issue = ctx.jira.issueByIdOrKey(id);
        return issue !== undefined && ctx.jira.canBrowse(ctx.accountId, issue);
      };
      const runs = ctx.data.runs.filter((run) => (!tests || tests.includes(run.testIssueId))
        && (!executions || executions.includes(run.testExecIssueId)) && visible(run.testExecIssueId) && visible(run.testIssueId));
      return page(runs.map((run) => testRunObject(ctx, run)), args.limit, args.start);
    },
    getCoverableIssues: (args: { jql?: string | null; issueIds?: unknown; limit: number; start?: number | null }) => {
      const issues = selectIssues(ctx, ctx.data.requirementIssueTypes, args);
      const ids = idsArgument('issueIds', args.issueIds) ?? [];
      const warnings = ids.filter((id) => !issues.some((issue) => issue.id === id)).map((id) => `Issue with id ${id} is not a coverable issue or could not be found.`);
      return {
        ...page(issues.map((issue) => ({
          issueId: issue.id,
          jira: ({ fields }: { fields?: unknown }) => jiraFields(ctx, issue, fields),
          status: (statusArgs: Parameters<typeof coverageStatus>[2]) => coverageStatus(ctx, issue, statusArgs),
        })), args.limit, args.start),
        warnings,
      };
    },
    getStatuses: () => BUILT_IN_STATUSES,
    getTestPlans: (args: { jql?: string | null; issueIds?: unknown; projectId?: string | null; limit: number; start?: number | null }) => ({
      ...page(selectIssues(ctx, [ctx.data.testPlanIssueType], args).map((issue) => testPlanObject(ctx, issue)), args.limit, args.start),
      warnings: [],
    }),
  };
}

export interface GraphqlAnswer {
  status: number;
  body: ExecutionResult | { data?: null; errors: Array<{ message: string }> };
}

/** One POST /api/v2/graphql body, answered as an HTTP status and JSON body. */
export async function answerGraphql(ctx: XrayGraphqlContext, body: unknown): Promise<GraphqlAnswer> {
  const request = (body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
  if (typeof request.query !== 'string') return { status: 400, body: { errors: [{ message: 'Must provide query string.' }] } };
  const variables = (request.variables && typeof request.variables === 'object' ? request.variables : {}) as Variables;
  let document: DocumentNode;
  try {
    document = parse(request.query);
  } catch (error) {
    return { status: 400, body: { errors: [{ message: (error as Error).message }] } };
  }
  const invalid = validate(XRAY_SCHEMA, document);
  if (invalid.length > 0) return { status: 400, body: { errors: invalid.map((e) => ({ message: e.message })) } };
  const limits = limitProblems(document, variables);
  if (limits.length > 0) return { status: 200, body: { data: null, errors: limits.map((message) => ({ message })) } };
  const result = await execute({
    schema: XRAY_SCHEMA, document, variableValues: variables, rootValue: rootValue(ctx),
    operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
  });
  return { status: 200, body: result };
}
