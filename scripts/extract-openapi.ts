/**
 * Extracts the small part of Atlassian's Jira Cloud REST v3 OpenAPI description that this project
 * relies on (the operations the Jira client calls and the ones the local emulator serves, with every
 * schema they reference) into test/contract/openapi-subset.json, so contract tests run on a fresh
 * clone without the 2.4 MB source document.
 *
 * Usage: npm run openapi:extract [-- <source.json> [<output.json>]]
 *   or   JIRA_OPENAPI=<source.json> npm run openapi:extract
 * Default source: ../shared/jira/jira-platform-openapi-v3.json (relative to the repository root).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete';

export interface OperationRef {
  method: HttpMethod;
  path: string;
}

export interface SubsetSource {
  file: string;
  version: string;
  sha256: string;
  extracted: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface OpenApiDocument {
  openapi: string;
  info: JsonObject & { title?: string; version: string };
  paths: Record<string, Record<string, JsonObject>>;
  components: { schemas: Record<string, JsonObject> };
}

export interface OpenApiSubset extends OpenApiDocument {
  source: SubsetSource;
}

const API = '/rest/api/3';

/** Operations the project uses: the Jira client's calls plus everything the emulator serves. */
export const SUBSET_OPERATIONS: OperationRef[] = [
  { method: 'get', path: `${API}/myself` },
  { method: 'get', path: `${API}/user` },
  { method: 'get', path: `${API}/user/search` },
  { method: 'get', path: `${API}/user/assignable/search` },
  { method: 'get', path: `${API}/mypermissions` },
  { method: 'post', path: `${API}/issue` },
  { method: 'get', path: `${API}/issue/{issueIdOrKey}` },
  { method: 'put', path: `${API}/issue/{issueIdOrKey}` },
  { method: 'post', path: `${API}/issue/bulk` },
  { method: 'post', path: `${API}/issue/bulkfetch` },
  { method: 'get', path: `${API}/issue/createmeta/{projectIdOrKey}/issuetypes` },
  { method: 'get', path: `${API}/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}` },
  { method: 'get', path: `${API}/issue/{issueIdOrKey}/editmeta` },
  { method: 'get', path: `${API}/issue/{issueIdOrKey}/changelog` },
  { method: 'post', path: `${API}/changelog/bulkfetch` },
  { method: 'get', path: `${API}/issue/{issueIdOrKey}/transitions` },
  { method: 'post', path: `${API}/issue/{issueIdOrKey}/transitions` },
  { method: 'get', path: `${API}/issue/{issueIdOrKey}/comment` },
  { method: 'post', path: `${API}/issue/{issueIdOrKey}/comment` },
  { method: 'post', path: `${API}/issueLink` },
  { method: 'get', path: `${API}/issueLink/{linkId}` },
  { method: 'delete', path: `${API}/issueLink/{linkId}` },
  { method: 'get', path: `${API}/issueLinkType` },
  { method: 'get', path: `${API}/issue/{issueIdOrKey}/properties` },
  { method: 'get', path: `${API}/issue/{issueIdOrKey}/properties/{propertyKey}` },
  { method: 'put', path: `${API}/issue/{issueIdOrKey}/properties/{propertyKey}` },
  { method: 'delete', path: `${API}/issue/{issueIdOrKey}/properties/{propertyKey}` },
  { method: 'get', path: `${API}/project/{projectIdOrKey}/properties` },
  { method: 'get', path: `${API}/project/{projectIdOrKey}/properties/{propertyKey}` },
  { method: 'put', path: `${API}/project/{projectIdOrKey}/properties/{propertyKey}` },
  { method: 'delete', path: `${API}/project/{projectIdOrKey}/properties/{propertyKey}` },
  { method: 'get', path: `${API}/search/jql` },
  { method: 'post', path: `${API}/search/jql` },
  { method: 'post', path: `${API}/search/approximate-count` },
  { method: 'post', path: `${API}/jql/parse` },
  { method: 'post', path: `${API}/jql/match` },
  { method: 'get', path: `${API}/status` },
  { method: 'get', path: `${API}/statuscategory` },
  { method: 'get', path: `${API}/project/{projectIdOrKey}` },
  { method: 'get', path: `${API}/project/search` },
  { method: 'get', path: `${API}/project/{projectIdOrKey}/components` },
  { method: 'get', path: `${API}/project/{projectIdOrKey}/versions` },
  { method: 'get', path: `${API}/project/{projectIdOrKey}/version` },
  { method: 'get', path: `${API}/issuetype` },
  { method: 'get', path: `${API}/issuetype/project` },
  { method: 'get', path: `${API}/priority` },
  { method: 'get', path: `${API}/resolution` },
  { method: 'get', path: `${API}/field` },
];

/** Schema keywords dropped to keep the subset small; they do not affect validation. */
const DROPPED_SCHEMA_KEYWORDS = new Set(['description', 'example', 'xml', 'externalDocs', 'title']);
/** Keywords whose value is a map of name -> schema. */
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties']);
/** Keywords whose value is a schema or a list of schemas. */
const SCHEMA_KEYWORDS = new Set(['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf']);

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A schema without documentation-only keywords; property names are kept whatever they are called. */
export function cleanSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(cleanSchema);
  if (!isObject(schema)) return schema;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_SCHEMA_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    if (SCHEMA_MAP_KEYWORDS.has(key) && isObject(value)) {
      result[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, cleanSchema(sub)]));
    } else if (SCHEMA_KEYWORDS.has(key)) {
      result[key] = cleanSchema(value);
    } else {
      result[key] = value;
    }
  }
  return result;
}

const SCHEMA_REF = '#/components/schemas/';

/** Names of the component schemas referenced anywhere inside `value`. */
function directRefs(value: Json, found: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => directRefs(item, found));
  else if (isObject(value)) {
    for (const [key, sub] of Object.entries(value)) {
      if (key === '$ref' && typeof sub === 'string') {
        if (!sub.startsWith(SCHEMA_REF)) throw new Error(`Unsupported $ref ${sub}: only ${SCHEMA_REF}* is handled`);
        found.add(sub.slice(SCHEMA_REF.length));
      } else directRefs(sub, found);
    }
  }
  return found;
}

function cleanContent(content: Json | undefined): JsonObject | undefined {
  if (!isObject(content)) return undefined;
  const result: JsonObject = {};
  for (const [mediaType, media] of Object.entries(content)) {
    result[mediaType] = isObject(media) && media.schema !== undefined ? { schema: cleanSchema(media.schema) } : {};
  }
  return result;
}

/** An operation with what validation and scope checks need: parameters, bodies, responses, scopes. */
export function cleanOperation(operation: JsonObject): JsonObject {
  const result: JsonObject = {};
  for (const key of ['operationId', 'summary'] as const) {
    if (operation[key] !== undefined) result[key] = operation[key];
  }
  if (operation.deprecated === true) result.deprecated = true;
  if (Array.isArray(operation.parameters)) {
    result.parameters = operation.parameters.filter(isObject).map((parameter) => {
      const cleaned: JsonObject = { name: parameter.name, in: parameter.in };
      for (const key of ['required', 'style', 'explode', 'deprecated'] as const) {
        if (parameter[key] !== undefined) cleaned[key] = parameter[key];
      }
      if (parameter.schema !== undefined) cleaned.schema = cleanSchema(parameter.schema);
      return cleaned;
    });
  }
  if (isObject(operation.requestBody)) {
    const body = operation.requestBody;
    result.requestBody = { required: body.required === true, content: cleanContent(body.content) ?? {} };
  }
  const responses: JsonObject = {};
  for (const [status, response] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
    if (!isObject(response)) continue;
    const content = cleanContent(response.content);
    responses[status] = { description: typeof response.description === 'string' ? response.description.split('\n')[0] : '', ...(content ? { content } : {}) };
  }
  result.responses = responses;
  if (operation['x-atlassian-oauth2-scopes'] !== undefined) result['x-atlassian-oauth2-scopes'] = operation['x-atlassian-oauth2-scopes'];
  return result;
}

/** The subset document: the listed operations and the transitive closure of the schemas they use. */
export function extractSubset(spec: OpenApiDocument, operations: OperationRef[], source: SubsetSource): OpenApiSubset {
  const paths: OpenApiSubset['paths'] = {};
  for (const { method, path } of operations) {
    const operation = spec.paths[path]?.[method];
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the source description`);
    paths[path] = { ...paths[path], [method]: cleanOperation(operation) };
  }
  const schemas: Record<string, JsonObject> = {};
  const pending = [...directRefs(paths as unknown as Json, new Set())];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (schemas[name]) continue;
    const schema = spec.components.schemas[name];
    if (!schema) throw new Error(`Schema ${name} is referenced but not defined in the source description`);
    schemas[name] = cleanSchema(schema) as JsonObject;
    for (const ref of directRefs(schemas[name], new Set())) if (!schemas[ref]) pending.push(ref);
  }
  const sortedPaths = Object.fromEntries(Object.keys(paths).sort().map((path) => [path, paths[path]]));
  const sortedSchemas = Object.fromEntries(Object.keys(schemas).sort().map((name) => [name, schemas[name]]));
  return {
    openapi: spec.openapi,
    info: { title: `${spec.info.title ?? 'Jira'} (subset used by QA Post-mortem for Jira)`, version: spec.info.version },
    source,
    paths: sortedPaths,
    components: { schemas: sortedSchemas },
  };
}

/** Indented JSON in which any object or array that fits on one short line stays on one line. */
export function formatJson(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (typeof value !== 'object' || value === null || indent.length + flat.length <= 100) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((item) => `${inner}${formatJson(item, inner)}`).join(',\n')}\n${indent}]`;
  const entries = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

/** Everything but the extraction date, to tell whether a re-run changed anything. */
const withoutDate = (subset: OpenApiSubset): string => JSON.stringify({ ...subset, source: { ...subset.source, extracted: '' } });

function main(argv: string[]): void {
  const root = resolve(__dirname, '..');
  const sourcePath = resolve(argv[0] ?? process.env.JIRA_OPENAPI ?? resolve(root, '../shared/jira/jira-platform-openapi-v3.json'));
  const outputPath = resolve(argv[1] ?? resolve(root, 'test/contract/openapi-subset.json'));
  const raw = readFileSync(sourcePath);
  const spec = JSON.parse(raw.toString('utf8')) as OpenApiDocument;
  const subset = extractSubset(spec, SUBSET_OPERATIONS, {
    file: basename(sourcePath),
    version: spec.info.version,
    sha256: createHash('sha256').update(raw).digest('hex'),
    extracted: new Date().toISOString().slice(0, 10),
  });
  if (existsSync(outputPath)) {
    const previous = JSON.parse(readFileSync(outputPath, 'utf8')) as OpenApiSubset;
    if (withoutDate(previous) === withoutDate(subset)) {
      process.stdout.write(`${outputPath} is already up to date (extracted ${previous.source.extracted})\n`);
      return;
    }
  }
  writeFileSync(outputPath, `${formatJson(subset)}\n`);
  const operationCount = Object.values(subset.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  process.stdout.write(`Wrote ${outputPath}: ${operationCount} operations, ${Object.keys(subset.components.schemas).length} schemas\n`);
}

if (require.main === module) main(process.argv.slice(2));
