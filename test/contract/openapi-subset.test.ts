/**
 * The committed OpenAPI subset: self-contained, complete for the operations the project uses, and
 * recorded against its source. The extraction itself is checked on a small made-up description.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SUBSET_OPERATIONS, extractSubset, formatJson, type OpenApiDocument, type OpenApiSubset } from '../../scripts/extract-openapi';

const subset = JSON.parse(readFileSync(resolve(__dirname, 'openapi-subset.json'), 'utf8')) as OpenApiSubset;
const SOURCE = process.env.JIRA_OPENAPI ?? resolve(__dirname, '../../../shared/jira/jira-platform-openapi-v3.json');

function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, sub] of Object.entries(value)) {
      if (key === '$ref' && typeof sub === 'string') found.add(sub);
      else refsIn(sub, found);
    }
  }
  return found;
}

describe('the committed OpenAPI subset', () => {
  it('records where it came from', () => {
    expect(subset.source.file).toBe('jira-platform-openapi-v3.json');
    expect(subset.source.version).toBe(subset.info.version);
    expect(subset.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Number.isNaN(Date.parse(subset.source.extracted))).toBe(false);
    expect(Date.parse(subset.source.extracted)).toBeLessThanOrEqual(Date.now());
  });

  it('has every operation the project uses, each with its OAuth scopes', () => {
    for (const { method, path } of SUBSET_OPERATIONS) {
      const operation = subset.paths[path]?.[method];
      expect({ operation: `${method} ${path}`, present: operation !== undefined }).toEqual({ operation: `${method} ${path}`, present: true });
      expect(operation['x-atlassian-oauth2-scopes']).toEqual(expect.arrayContaining([expect.objectContaining({ state: 'Current' })]));
    }
  });

  it('resolves every $ref inside itself', () => {
    const missing = [...refsIn(subset)].filter((ref) => !subset.components.schemas[ref.replace('#/components/schemas/', '')]);
    expect(missing).toEqual([]);
  });

  const sourceIt = existsSync(SOURCE) ? it : it.skip;
  sourceIt('matches a fresh extraction from the source description (skipped without ../shared)', () => {
    const raw = readFileSync(SOURCE);
    const fresh = extractSubset(JSON.parse(raw.toString('utf8')) as OpenApiDocument, SUBSET_OPERATIONS, { ...subset.source });
    expect(createHash('sha256').update(raw).digest('hex')).toBe(subset.source.sha256);
    expect(fresh).toEqual(subset);
  });
});

describe('extractSubset', () => {
  const spec: OpenApiDocument = {
    openapi: '3.0.1',
    info: { title: 'Mini', version: '1' },
    paths: {
      '/things/{id}': {
        get: {
          operationId: 'getThing',
          summary: 'Get a thing',
          description: 'Long prose',
          parameters: [{ name: 'id', in: 'path', required: true, description: 'The id', schema: { type: 'string', example: 'T-1' } }],
          responses: { '200': { description: 'Returned if found.\nMore prose.', content: { 'application/json': { example: '{}', schema: { $ref: '#/components/schemas/Thing' } } } }, '404': { description: 'Not found.' } },
          'x-atlassian-oauth2-scopes': [{ scheme: 'OAuth2', scopes: ['read:things'], state: 'Current' }],
          'x-atlassian-connect-scope': 'READ',
        },
        delete: { responses: { '204': { description: 'Gone.' } } },
      },
    },
    components: {
      schemas: {
        Thing: { type: 'object', description: 'A thing', properties: { description: { type: 'string' }, part: { allOf: [{ $ref: '#/components/schemas/Part' }] } } },
        Part: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Part' } }, size: { $ref: '#/components/schemas/Size' } } },
        Size: { type: 'integer', format: 'int32', example: 3 },
        Unused: { type: 'string' },
      },
    },
  };
  const source = { file: 'mini.json', version: '1', sha256: 'x', extracted: '2000-01-01' };

  it('keeps only the listed operations and the schemas they reach, transitively', () => {
    const result = extractSubset(spec, [{ method: 'get', path: '/things/{id}' }], source);
    expect(Object.keys(result.paths['/things/{id}'])).toEqual(['get']);
    expect(Object.keys(result.components.schemas)).toEqual(['Part', 'Size', 'Thing']);
    expect(result.source).toEqual(source);
  });

  it('drops documentation but keeps a property that happens to be called "description", and the scopes', () => {
    const result = extractSubset(spec, [{ method: 'get', path: '/things/{id}' }], source);
    const operation = result.paths['/things/{id}'].get;
    expect(operation).toEqual({
      operationId: 'getThing',
      summary: 'Get a thing',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '200': { description: 'Returned if found.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } }, '404': { description: 'Not found.' } },
      'x-atlassian-oauth2-scopes': [{ scheme: 'OAuth2', scopes: ['read:things'], state: 'Current' }],
    });
    expect(result.components.schemas.Thing).toEqual({ type: 'object', properties: { description: { type: 'string' }, part: { allOf: [{ $ref: '#/components/schemas/Part' }] } } });
    expect(result.components.schemas.Size).toEqual({ type: 'integer', format: 'int32' });
  });

  it('writes JSON that reads back unchanged, short parts on one line', () => {
    const text = formatJson(subset);
    expect(JSON.parse(text)).toEqual(subset);
    expect(formatJson({ a: [1, 2], b: { c: 'd' } })).toBe('{"a":[1,2],"b":{"c":"d"}}');
    expect(formatJson({ long: 'x'.repeat(120) })).toBe(`{\n  "long": "${'x'.repeat(120)}"\n}`);
  });

  it('fails loudly on an operation or schema the source does not have', () => {
    expect(() => extractSubset(spec, [{ method: 'post', path: '/things/{id}' }], source)).toThrow('POST /things/{id} is not in the source description');
    const broken = { ...spec, components: { schemas: { Thing: spec.components.schemas.Thing } } };
    expect(() => extractSubset(broken, [{ method: 'get', path: '/things/{id}' }], source)).toThrow('Schema Part is referenced but not defined');
  });
});
