/**
 * JQL: POST and GET search/jql (see ../search.ts), POST search/approximate-count and POST jql/parse.
 * The POST bodies are checked the way Jira's deserializer does (the OpenAPI description marks them
 * `additionalProperties: false`): unknown properties and wrong types are a 400.
 */
import { Router } from 'express';
import { JqlError, parseJqlQueries } from '../jql';
import { JiraHttpError, badRequest } from '../http-error';
import { intParam, listParam, stringParam } from '../request-params';
import type { SearchRequest } from '../search';
import { renderContext, type RouteDeps } from './route-context';

const BODY_TYPES: Record<string, 'string' | 'string[]' | 'integer' | 'boolean' | 'integer[]'> = {
  jql: 'string', nextPageToken: 'string', maxResults: 'integer', fields: 'string[]', expand: 'string',
  properties: 'string[]', fieldsByKeys: 'boolean', reconcileIssues: 'integer[]', failFast: 'boolean',
};

function checkType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'integer': return Number.isInteger(value);
    case 'boolean': return typeof value === 'boolean';
    case 'string[]': return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'integer[]': return Array.isArray(value) && value.every((v) => Number.isInteger(v));
    default: return false;
  }
}

function checkedBody(body: unknown, types: Record<string, string>, what: string): Record<string, unknown> {
  const b = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(b)) {
    const type = types[name];
    if (!type) throw badRequest(`Unrecognized field "${name}" in the ${what}.`);
    if (value !== null && !checkType(value, type)) throw badRequest(`The value of "${name}" must be of type ${type}.`);
  }
  return b;
}

function searchRequestFromBody(body: unknown): SearchRequest {
  const b = checkedBody(body, BODY_TYPES, 'search request');
  return {
    jql: typeof b.jql === 'string' ? b.jql : undefined,
    nextPageToken: typeof b.nextPageToken === 'string' ? b.nextPageToken : undefined,
    maxResults: typeof b.maxResults === 'number' ? b.maxResults : undefined,
    fields: listParam(b.fields),
    expand: listParam(b.expand),
    properties: listParam(b.properties),
    reconcileIssues: Array.isArray(b.reconcileIssues) ? (b.reconcileIssues as number[]) : undefined,
  };
}

export function searchRoutes(deps: RouteDeps): Router {
  const router = Router();

  router.post('/search/jql', (req, res) => {
    res.json(deps.search.search(renderContext(deps, req, res), searchRequestFromBody(req.body)));
  });

  router.get('/search/jql', (req, res) => {
    const maxResults = req.query.maxResults === undefined ? undefined : intParam(req.query.maxResults, 'maxResults', 50);
    res.json(deps.search.search(renderContext(deps, req, res), {
      jql: stringParam(req.query.jql),
      nextPageToken: stringParam(req.query.nextPageToken),
      maxResults,
      fields: listParam(req.query.fields),
      expand: listParam(req.query.expand),
      properties: listParam(req.query.properties),
    }));
  });

  // "Provide an estimated count of the issues that match the JQL. Recent updates might not be
  // immediately visible in the returned output. This endpoint requires JQL to be bounded."
  router.post('/search/approximate-count', (req, res) => {
    const body = checkedBody(req.body, { jql: 'string' }, 'count request');
    res.json(deps.search.count(renderContext(deps, req, res), typeof body.jql === 'string' ? body.jql : ''));
  });

  router.post('/jql/parse', (req, res) => {
    const validation = stringParam(req.query.validation) ?? 'strict';
    if (!['strict', 'warn', 'none'].includes(validation)) throw badRequest(`Invalid validation mode '${validation}'.`);
    const queries = (req.body as Record<string, unknown> | undefined)?.queries;
    if (!Array.isArray(queries) || queries.some((q) => typeof q !== 'string')) throw badRequest("'queries' must be an array of JQL strings.");
    try {
      res.json(parseJqlQueries({ queries: queries as string[] }, validation as 'strict' | 'warn' | 'none', deps.state));
    } catch (error) {
      if (error instanceof JqlError) throw new JiraHttpError(400, error.errorMessages);
      throw error;
    }
  });

  return router;
}
