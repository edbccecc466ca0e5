/**
 * Checks requests and responses against Atlassian's OpenAPI description of Jira REST v3 (the subset
 * in openapi-subset.json, made by scripts/extract-openapi.ts). Used by the client's contract tests
 * (does the client send what Jira accepts?) and by the emulator's (does it answer like Jira?).
 *
 * OpenAPI 3.0 schemas are turned into JSON Schema for ajv: `nullable` becomes a null type,
 * `readOnly` properties are neither required nor allowed in requests and `writeOnly` ones likewise in
 * responses, `discriminator` is dropped, unknown formats are accepted, and `additionalProperties:
 * false` next to allOf/anyOf/oneOf is dropped (in JSON Schema it would reject every property the
 * composed schemas define). KNOWN_DEVIATIONS lists where Jira Cloud answers differently from its own
 * description; each entry says why.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Schema = { [keyword: string]: unknown };
type Mode = 'request' | 'response';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface MediaContent {
  [mediaType: string]: { schema?: Schema };
}

interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: MediaContent };
  responses: Record<string, { description?: string; content?: MediaContent }>;
  'x-atlassian-oauth2-scopes'?: { scheme?: string; scopes: string[]; state?: string }[];
}

interface Subset {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

export interface MatchedOperation {
  method: string;
  /** The path template, e.g. "/rest/api/3/issue/{issueIdOrKey}". */
  template: string;
  operationId?: string;
  /** Path parameters, decoded. */
  pathParams: Record<string, string>;
  operation: Operation;
}

export type QueryInput = Record<string, string | number | boolean | readonly string[] | undefined> | URLSearchParams;

/**
 * Where Jira Cloud's answers differ from its description, patched into the schemas before
 * validation: [schema, property, patch].
 */
const KNOWN_DEVIATIONS: [string, string, Schema][] = [
  // A change from or to an empty value: Jira sends "from": null, "fromString": null (and the same for "to").
  ['ChangeDetails', 'from', { nullable: true }],
  ['ChangeDetails', 'fromString', { nullable: true }],
  ['ChangeDetails', 'to', { nullable: true }],
  ['ChangeDetails', 'toString', { nullable: true }],
];

const SUBSET_FILE = resolve(__dirname, 'openapi-subset.json');
const DOCUMENT_ID = 'jira-openapi';
const SCHEMA_PREFIX = '#/components/schemas/';
/** Jira's gateway can answer any operation with these, documented or not. */
const ALWAYS_POSSIBLE = (status: number): boolean => status === 429 || status >= 500;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

function loadSubset(): Subset {
  const subset = JSON.parse(readFileSync(SUBSET_FILE, 'utf8')) as Subset;
  for (const [schemaName, property, patch] of KNOWN_DEVIATIONS) {
    const properties = subset.components.schemas[schemaName]?.properties;
    if (!isSchema(properties) || !isSchema(properties[property])) throw new Error(`KNOWN_DEVIATIONS: ${schemaName}.${property} is not in the subset`);
    properties[property] = { ...properties[property], ...patch };
  }
  return subset;
}

/** One OpenAPI 3.0 schema as JSON Schema for the given direction (see the header). */
function toJsonSchema(schema: unknown, mode: Mode): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toJsonSchema(item, mode));
  if (!isSchema(schema)) return schema;
  const hidden = mode === 'request' ? 'readOnly' : 'writeOnly';
  const result: Schema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'nullable' || keyword === 'discriminator') continue;
    if (keyword === '$ref' && typeof value === 'string') {
      result.$ref = value.startsWith(SCHEMA_PREFIX) ? `${DOCUMENT_ID}${value}` : value;
    } else if (keyword === 'properties' && isSchema(value)) {
      result.properties = Object.fromEntries(
        Object.entries(value).map(([name, property]) => [
          name,
          isSchema(property) && property[hidden] === true ? { not: {}, [hidden]: true } : toJsonSchema(property, mode),
        ]),
      );
    } else if (['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf'].includes(keyword)) {
      result[keyword] = toJsonSchema(value, mode);
    } else {
      result[keyword] = value;
    }
  }
  if (Array.isArray(result.required) && isSchema(schema.properties)) {
    const properties = schema.properties;
    result.required = result.required.filter((name) => {
      const property = properties[String(name)];
      return !(isSchema(property) && property[hidden] === true);
    });
  }
  if (result.additionalProperties === false && (result.allOf || result.anyOf || result.oneOf)) delete result.additionalProperties;
  if (schema.nullable === true) {
    if (typeof result.type === 'string') {
      result.type = [result.type, 'null'];
      if (Array.isArray(result.enum)) result.enum = [...result.enum, null];
    } else {
      return { anyOf: [result, { type: 'null' }] };
    }
  }
  return result;
}

function collectFormats(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => collectFormats(item, found));
  else if (isSchema(value)) {
    if (typeof value.format === 'string') found.add(value.format);
    Object.values(value).forEach((item) => collectFormats(item, found));
  }
  return found;
}

function createAjv(subset: Subset, mode: Mode): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, validateSchema: false });
  addFormats(ajv);
  for (const format of collectFormats(subset, new Set())) {
    if (!ajv.formats[format]) ajv.addFormat(format, true);
  }
  const schemas = Object.fromEntries(Object.entries(subset.components.schemas).map(([name, schema]) => [name, toJsonSchema(schema, mode)]));
  ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas } });
  return ajv;
}

const subset = loadSubset();
const ajvs: Record<Mode, Ajv> = { request: createAjv(subset, 'request'), response: createAjv(subset, 'response') };
const compiled = new Map<string, ValidateFunction>();

function validatorFor(key: string, schema: Schema, mode: Mode): ValidateFunction {
  const cacheKey = `${mode} ${key}`;
  let validate = compiled.get(cacheKey);
  if (!validate) {
    validate = ajvs[mode].compile(toJsonSchema(schema, mode) as Schema);
    compiled.set(cacheKey, validate);
  }
  return validate;
}

function describe(error: ErrorObject, where: string): string {
  const at = error.instancePath ? `${where} ${error.instancePath}` : where;
  switch (error.keyword) {
    case 'additionalProperties':
      return `${at} has a property Jira does not define: "${String(error.params.additionalProperty)}"`;
    case 'required':
      return `${at} is missing the required property "${String(error.params.missingProperty)}"`;
    case 'enum':
      return `${at} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (got ${JSON.stringify(error.data)})`;
    case 'not':
      if (isSchema(error.parentSchema) && error.parentSchema.readOnly === true) return `${at} is read-only in Jira and must not be sent`;
      if (isSchema(error.parentSchema) && error.parentSchema.writeOnly === true) return `${at} is write-only in Jira and never returned`;
      return `${at} ${error.message ?? 'is invalid'}`;
    default:
      return `${at} ${error.message ?? 'is invalid'}${['type', 'format'].includes(error.keyword) ? ` (got ${JSON.stringify(error.data)})` : ''}`;
  }
}

function check(validate: ValidateFunction, data: unknown, where: string): string[] {
  if (validate(data)) return [];
  return [...new Set((validate.errors ?? []).map((error) => describe(error, where)))];
}

/** The operation a concrete path and method belong to; literal segments win over {parameters}. */
export function findOperation(method: string, concretePath: string): MatchedOperation | undefined {
  const verb = method.toLowerCase();
  const pathOnly = concretePath.split('?')[0];
  const segments = pathOnly.split('/');
  let best: { match: MatchedOperation; literals: number } | undefined;
  for (const [template, item] of Object.entries(subset.paths)) {
    const operation = item[verb];
    if (!operation) continue;
    const parts = template.split('/');
    if (parts.length !== segments.length) continue;
    const pathParams: Record<string, string> = {};
    let literals = 0;
    const matches = parts.every((part, i) => {
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      if (name === undefined) {
        literals += 1;
        return part === segments[i];
      }
      if (segments[i] === '') return false;
      try {
        pathParams[name] = decodeURIComponent(segments[i]);
      } catch {
        pathParams[name] = segments[i];
      }
      return true;
    });
    if (matches && (!best || literals > best.literals)) {
      best = { literals, match: { method: verb, template, operationId: operation.operationId, pathParams, operation } };
    }
  }
  return best?.match;
}

function describeMissing(method: string, concretePath: string): string {
  const pathOnly = concretePath.split('?')[0];
  const methods = ['get', 'put', 'post', 'delete', 'patch'].filter((verb) => findOperation(verb, pathOnly) !== undefined);
  const verb = method.toUpperCase();
  return methods.length > 0
    ? `${verb} ${pathOnly} is not an operation in the Jira OpenAPI subset (that path has ${methods.map((m) => m.toUpperCase()).join(', ')})`
    : `${verb} ${pathOnly} is not an operation in the Jira OpenAPI subset`;
}

/** Query values as lists of strings, from the path's own query string and the given ones. */
function queryEntries(concretePath: string, query: QueryInput | undefined): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  const add = (name: string, value: string) => entries.set(name, [...(entries.get(name) ?? []), value]);
  const queryStart = concretePath.indexOf('?');
  if (queryStart !== -1) new URLSearchParams(concretePath.slice(queryStart + 1)).forEach((value, name) => add(name, value));
  if (query instanceof URLSearchParams) query.forEach((value, name) => add(name, value));
  else if (query) {
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) value.forEach((item) => add(name, String(item)));
      else add(name, String(value));
    }
  }
  return entries;
}

function coerceScalar(value: string, schema: Schema | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** A parameter's text values as the typed value its schema describes (arrays: repeated or comma-separated). */
function coerceParameter(values: string[], schema: Schema | undefined): unknown {
  if (schema?.type === 'array') {
    const items = isSchema(schema.items) ? schema.items : undefined;
    return values.flatMap((value) => value.split(',')).map((value) => coerceScalar(value, items));
  }
  return coerceScalar(values[values.length - 1], schema);
}

function jsonSchemaOf(content: MediaContent | undefined): Schema | undefined {
  if (!content) return undefined;
  return (content['application/json'] ?? Object.values(content)[0])?.schema;
}

const isEmptyBody = (body: unknown): boolean => body === undefined || body === null || body === '';

/**
 * What is wrong with a request, in words; empty when Jira's description accepts it.
 * `path` is concrete and may carry the query string, e.g. "/rest/api/3/issue/QA-1?fields=summary".
 */
export function validateRequest(method: string, path: string, request: { query?: QueryInput; body?: unknown } = {}): string[] {
  const match = findOperation(method, path);
  if (!match) return [describeMissing(method, path)];
  const name = `${match.method.toUpperCase()} ${match.template}`;
  const errors: string[] = [];
  const parameters = match.operation.parameters ?? [];
  for (const parameter of parameters.filter((p) => p.in === 'path')) {
    const value = match.pathParams[parameter.name];
    if (parameter.schema) errors.push(...check(validatorFor(`${name} path ${parameter.name}`, parameter.schema, 'request'), coerceScalar(value, parameter.schema), `path parameter ${parameter.name}`));
  }
  const query = queryEntries(path, request.query);
  const known = new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  for (const [parameterName, values] of query) {
    const parameter = known.get(parameterName);
    if (!parameter) {
      errors.push(`query parameter "${parameterName}" is not defined for ${name}`);
      continue;
    }
    if (parameter.schema) {
      errors.push(...check(validatorFor(`${name} query ${parameterName}`, parameter.schema, 'request'), coerceParameter(values, parameter.schema), `query parameter ${parameterName}`));
    }
  }
  for (const parameter of known.values()) {
    if (parameter.required && !query.has(parameter.name)) errors.push(`query parameter "${parameter.name}" is required by ${name}`);
  }
  const requestBody = match.operation.requestBody;
  if (!requestBody) {
    if (!isEmptyBody(request.body)) errors.push(`${name} takes no request body`);
  } else if (isEmptyBody(request.body)) {
    if (requestBody.required) errors.push(`${name} requires a request body`);
  } else {
    const schema = jsonSchemaOf(requestBody.content);
    if (schema) errors.push(...check(validatorFor(`${name} body`, schema, 'request'), request.body, 'request body'));
  }
  return errors;
}

/**
 * What is wrong with a response, in words; empty when Jira's description allows it. Error statuses
 * without a documented body are checked against ErrorCollection, the shape Jira's errors take.
 */
export function validateResponse(method: string, path: string, status: number, body: unknown): string[] {
  const match = findOperation(method, path);
  if (!match) return [describeMissing(method, path)];
  const name = `${match.method.toUpperCase()} ${match.template}`;
  const responses = match.operation.responses;
  const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  if (!response) {
    if (ALWAYS_POSSIBLE(status)) return [];
    return [`status ${status} is not a documented response of ${name} (documented: ${Object.keys(responses).join(', ')})`];
  }
  const schema = jsonSchemaOf(response.content);
  if (schema) return check(validatorFor(`${name} ${status}`, schema, 'response'), body, `response ${status} body`);
  if (response.content) return [];
  if (status < 400) return isEmptyBody(body) ? [] : [`${name} documents no body for status ${status}`];
  if (isEmptyBody(body)) return [];
  return check(validatorFor('ErrorCollection', { $ref: `${SCHEMA_PREFIX}ErrorCollection` }, 'response'), body, `response ${status} error body`);
}

/** The OAuth scopes Jira requires for an operation (the "Current" classic scopes). */
export function scopesFor(method: string, path: string): string[] {
  const match = findOperation(method, path);
  if (!match) throw new Error(describeMissing(method, path));
  const current = (match.operation['x-atlassian-oauth2-scopes'] ?? []).filter((entry) => entry.state === undefined || entry.state === 'Current');
  return [...new Set(current.flatMap((entry) => entry.scopes))];
}

/** Every operation in the subset, as "METHOD template". */
export function listOperations(): string[] {
  return Object.entries(subset.paths).flatMap(([template, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${template}`));
}
