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

const MATCH_MAX_IDS = 50;
const MATCH_MAX_QUERIES = 10;

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

  // POST jql/match: "Checks whether one or more issues would be returned by one or more JQL queries";
  // issues are matched only where the caller may browse them, and each query answers its matched ids
  // or its errors, in the order given (OpenAPI description, IssueMatches). The maximum numbers of ids
  // and queries are not published ("400 if jqls exceeds the maximum number of JQL queries or issueIds
  // exceeds the maximum number of issue IDs"): 50 ids (as reconcileIssues) and 10 queries here, the
  // stricter reading. Whether it reads the lagging search index is undocumented: it does here (stricter).
  router.post('/jql/match', (req, res) => {
    const body = checkedBody(req.body, { issueIds: 'integer[]', jqls: 'string[]' }, 'match request');
    if (!Array.isArray(body.issueIds) || !Array.isArray(body.jqls)) throw badRequest("'issueIds' and 'jqls' are required.");
    const issueIds = (body.issueIds as number[]).map(String);
    if (new Set(issueIds).size !== issueIds.length) throw badRequest("'issueIds' must not repeat an id.");
    if (issueIds.length > MATCH_MAX_IDS) throw badRequest(`At most ${MATCH_MAX_IDS} issue IDs can be matched at once.`);
    if ((body.jqls as string[]).length > MATCH_MAX_QUERIES) throw badRequest(`At most ${MATCH_MAX_QUERIES} JQL queries can be matched at once.`);
    res.json({ matches: (body.jqls as string[]).map((jql) => deps.search.match(renderContext(deps, req, res), jql, issueIds)) });
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
