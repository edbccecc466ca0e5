/**
 * The app's Xray Cloud GraphQL against the schema it was transcribed from (sandbox/xray/schema.graphql
 * names its sources: the live schema's introspection as generated in Qytera-Gmbh/xray-client-node,
 * and Xray's doc comments): every query validates, stays within Xray's documented limits, and the
 * emulator's answers to them conform to the schema's types.
 */
import { buildSchema, parse, validate } from 'graphql';
import { XRAY_SCHEMA_SDL, limitProblems, MAX_TOTAL_ITEMS } from '../../sandbox/xray/graphql';
import { DEMO_XRAY_API_KEY } from '../../sandbox/xray/demo-runs';
import { XRAY_QUERIES, XRAY_PAGE } from '../../src/xray/queries';
import { startSandbox, type Sandbox } from '../helpers/sandbox';

const schema = buildSchema(XRAY_SCHEMA_SDL);

describe('the app\'s Xray queries', () => {
  it.each(Object.entries(XRAY_QUERIES))('%s validates against Xray\'s schema and stays within its limits', (_name, query) => {
    const document = parse(query);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    const variables = { limit: XRAY_PAGE, issueIds: [], testExecIssueIds: [], start: 0, version: '1.6' };
    expect(limitProblems(document, variables)).toEqual([]);
  });

  it('the limit rules refuse what Xray documents it refuses', () => {
    expect(limitProblems(parse('{ getTestExecutions(limit: 101) { total } }'), {})).toEqual(['getTestExecutions: limit must be within 1-100.']);
    expect(limitProblems(parse('{ getTestExecutions(limit: 0) { total } }'), {})).toHaveLength(1);
    // 100 executions with 100 runs each: 100 + 100 × 100 items, past 10,000.
    const nested = parse('{ getTestExecutions(limit: 100) { results { testRuns(limit: 100) { total } } } }');
    expect(limitProblems(nested, {})[0]).toContain(MAX_TOTAL_ITEMS.toLocaleString('en-US'));
    expect(limitProblems(parse('{ getTestExecutions(limit: 99) { results { testRuns(limit: 100) { total } } } }'), {})).toEqual([]);
  });

  it('a field or argument Xray does not have is refused by the schema', () => {
    expect(validate(schema, parse('{ getTestExecutions(limit: 10) { results { passRate } } }'))).not.toHaveLength(0);
    expect(validate(schema, parse('{ getTestRuns(limit: 10, environment: "UAT") { total } }'))).not.toHaveLength(0);
    expect(validate(schema, parse('{ getCoverableIssues(jql: "x") { total } }'))).not.toHaveLength(0); // limit is required
  });
});

describe('the Xray emulator\'s answers', () => {
  let sb: Sandbox;
  let token: string;
  beforeAll(async () => {
    sb = await startSandbox();
    const auth = await fetch(`${sb.url}/__xray/api/v2/authenticate`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_id: DEMO_XRAY_API_KEY.clientId, client_secret: DEMO_XRAY_API_KEY.clientSecret }),
    });
    expect(auth.status).toBe(200);
    // "Returns a JSON string (delimited with the " character)".
    expect((await auth.clone().text()).startsWith('"')).toBe(true);
    token = (await auth.json()) as string;
  });
  afterAll(async () => { await sb.close(); });

  const post = (query: string, variables: Record<string, unknown>) => fetch(`${sb.url}/__xray/api/v2/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
  });

  it('answer each of the app\'s queries on the demo\'s test executions without an error', async () => {
    const executions = (await (await post('{ getTestExecutions(jql: "project = QA AND issuetype = \\"Test Execution\\"", limit: 20) { total results { issueId testEnvironments } } }', {})).json()) as {
      data: { getTestExecutions: { total: number; results: Array<{ issueId: string; testEnvironments: string[] }> } };
    };
    expect(executions.data.getTestExecutions.total).toBe(8);
    const ids = executions.data.getTestExecutions.results.map((r) => r.issueId);
    for (const [name, query] of Object.entries(XRAY_QUERIES)) {
      const response = await post(query, { limit: XRAY_PAGE, issueIds: ids, testExecIssueIds: ids, start: 0, version: '1.6' });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect({ name, status: response.status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
      expect(Object.keys(body.data ?? {})).toHaveLength(1);
    }
  });

  it('refuse a missing or unknown token with 401 and a bad body with 400', async () => {
    const unauthorised = await fetch(`${sb.url}/__xray/api/v2/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ getStatuses { name } }"}' });
    expect(unauthorised.status).toBe(401);
    const wrongKey = await fetch(`${sb.url}/__xray/api/v2/authenticate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ client_id: 'x', client_secret: 'y' }) });
    expect(wrongKey.status).toBe(401);
    const noKey = await fetch(`${sb.url}/__xray/api/v2/authenticate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([noKey.status, await noKey.text()]).toEqual([400, 'Wrong request syntax']);
  });

  it('refuse a JQL that returns more than 100 issues, and limits past 100', async () => {
    const tooMany = (await (await post('{ getTestExecutions(jql: "project = QA", limit: 10) { total } }', {})).json()) as { errors?: Array<{ message: string }> };
    expect(tooMany.errors?.[0].message).toMatch(/more than 100 issues/);
    const tooBig = (await (await post('{ getTestRuns(testExecIssueIds: [], limit: 101) { total } }', {})).json()) as { errors?: Array<{ message: string }> };
    expect(tooBig.errors?.[0].message).toMatch(/limit must be within 1-100/);
  });

  it('answer 429 past 300 requests in 5 minutes for a key, with no Retry-After (none is documented)', async () => {
    const service = sb.host.xray!.service;
    const ask = () => service.handle(new Request('https://xray.cloud.getxray.app/api/v2/graphql', {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{"query":"{ getStatuses { name } }"}',
    }));
    const statuses: number[] = [];
    for (let i = 0; i < 300; i += 1) statuses.push((await ask()).status);
    const over = await ask();
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBeNull();
  });
});
