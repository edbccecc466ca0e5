/**
 * The contract validator itself: it must catch what Jira would refuse or never send, and pass
 * what Jira sends, so the client and emulator contract tests mean something.
 */
import { findOperation, listOperations, scopesFor, validateRequest, validateResponse } from './openapi';

describe('matching concrete paths to operations', () => {
  it('prefers literal segments over parameters and decodes parameters', () => {
    expect(findOperation('GET', '/rest/api/3/project/search')?.template).toBe('/rest/api/3/project/search');
    expect(findOperation('GET', '/rest/api/3/project/QA')?.template).toBe('/rest/api/3/project/{projectIdOrKey}');
    expect(findOperation('POST', '/rest/api/3/issue/bulk')?.template).toBe('/rest/api/3/issue/bulk');
    expect(findOperation('get', '/rest/api/3/issue/QA-1/properties/post%20mortem?x=1')).toMatchObject({
      template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
      pathParams: { issueIdOrKey: 'QA-1', propertyKey: 'post mortem' },
    });
  });

  it('names the methods a path does have when the method is wrong', () => {
    expect(validateRequest('PATCH', '/rest/api/3/issue/QA-1')).toEqual(['PATCH /rest/api/3/issue/QA-1 is not an operation in the Jira OpenAPI subset (that path has GET, PUT)']);
    expect(validateRequest('GET', '/rest/api/3/search')).toEqual(['GET /rest/api/3/search is not an operation in the Jira OpenAPI subset']);
  });

  it('lists the operations of the subset', () => {
    expect(listOperations()).toEqual(expect.arrayContaining(['POST /rest/api/3/search/jql', 'GET /rest/api/3/search/jql', 'POST /rest/api/3/changelog/bulkfetch']));
  });
});

describe('validateRequest', () => {
  it('accepts a search request as Jira documents it', () => {
    expect(validateRequest('POST', '/rest/api/3/search/jql', { body: { jql: 'project = QA', fields: ['status'], maxResults: 100, nextPageToken: 'abc' } })).toEqual([]);
  });

  it('rejects unknown and mistyped body properties with readable messages', () => {
    expect(validateRequest('POST', '/rest/api/3/search/jql', { body: { jql: 'project = QA', fields: 'status', startAt: 50 } })).toEqual([
      'request body has a property Jira does not define: "startAt"',
      'request body /fields must be array (got "status")',
    ]);
  });

  it('enforces documented limits such as 1000 issues per bulkfetch', () => {
    const ids = Array.from({ length: 1001 }, (_, i) => String(i));
    expect(validateRequest('POST', '/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: ids } })).toEqual([
      'request body /issueIdsOrKeys must NOT have more than 1000 items',
    ]);
    expect(validateRequest('POST', '/rest/api/3/changelog/bulkfetch', { body: { fieldIds: ['status'] } })).toEqual([
      'request body is missing the required property "issueIdsOrKeys"',
    ]);
  });

  it('refuses read-only properties in a request, but does not require them', () => {
    expect(validateRequest('POST', '/rest/api/3/issue/QA-1/comment', { body: { body: { type: 'doc', version: 1, content: [] }, id: '1' } })).toEqual([
      'request body /id is read-only in Jira and must not be sent',
    ]);
  });

  it('checks query parameters: unknown, mistyped, required, enum, and arrays', () => {
    expect(validateRequest('GET', '/rest/api/3/issue/QA-1?fields=summary,status&expand=changelog')).toEqual([]);
    expect(validateRequest('GET', '/rest/api/3/issue/QA-1', { query: { startAt: 0 } })).toEqual(['query parameter "startAt" is not defined for GET /rest/api/3/issue/{issueIdOrKey}']);
    expect(validateRequest('GET', '/rest/api/3/issuetype/project?projectId=QA')).toEqual(['query parameter projectId must be integer (got "QA")']);
    expect(validateRequest('GET', '/rest/api/3/issuetype/project')).toEqual(['query parameter "projectId" is required by GET /rest/api/3/issuetype/project']);
    expect(validateRequest('POST', '/rest/api/3/jql/parse?validation=lenient', { body: { queries: ['a = b'] } })).toEqual([
      'query parameter validation must be one of "strict", "warn", "none" (got "lenient")',
    ]);
    expect(validateRequest('GET', '/rest/api/3/project/search', { query: { id: ['10000', 'x'] } })).toEqual(['query parameter id /1 must be integer (got "x")']);
  });

  it('requires a body where Jira does and refuses one where it takes none', () => {
    expect(validateRequest('POST', '/rest/api/3/issue/bulk')).toEqual(['POST /rest/api/3/issue/bulk requires a request body']);
    expect(validateRequest('GET', '/rest/api/3/myself', { body: { a: 1 } })).toEqual(['GET /rest/api/3/myself takes no request body']);
    expect(validateRequest('PUT', '/rest/api/3/issue/QA-1/properties/x', { body: ['any', { json: true }] })).toEqual([]);
  });
});

describe('validateResponse', () => {
  const change = { id: '1', created: '2024-03-01T09:30:00.000+0000', items: [{ field: 'status', fieldtype: 'jira', from: null, fromString: null, to: '3', toString: 'Done' }] };

  it('accepts Jira time stamps and the nulls Jira really sends in changelog items', () => {
    expect(validateResponse('POST', '/rest/api/3/changelog/bulkfetch', 200, { issueChangeLogs: [{ issueId: '10001', changeHistories: [change] }] })).toEqual([]);
  });

  it('rejects invented properties, wrong types and bad formats', () => {
    expect(
      validateResponse('POST', '/rest/api/3/changelog/bulkfetch', 200, {
        total: 1,
        issueChangeLogs: [{ issueId: 10001, changeHistories: [{ ...change, created: 'yesterday' }] }],
      }),
    ).toEqual([
      'response 200 body has a property Jira does not define: "total"',
      'response 200 body /issueChangeLogs/0/changeHistories/0/created must match format "date-time" (got "yesterday")',
      'response 200 body /issueChangeLogs/0/issueId must be string (got 10001)',
    ]);
  });

  it('honours nullable where the description says so, and only there', () => {
    const comment = (visibility: unknown) => ({ id: '1', body: {}, visibility });
    expect(validateResponse('POST', '/rest/api/3/issue/QA-1/comment', 201, comment({ type: 'role', value: 'Developers', identifier: null }))).toEqual([]);
    expect(validateResponse('POST', '/rest/api/3/issue/QA-1/comment', 201, comment({ type: null }))).toEqual([
      'response 201 body /visibility/type must be string (got null)',
      'response 201 body /visibility/type must be one of "group", "role" (got null)',
    ]);
  });

  it('refuses write-only properties in a response', () => {
    expect(validateResponse('GET', '/rest/api/3/project/QA/components', 200, [{ id: '1', name: 'Payments', leadAccountId: 'x' }])).toEqual([
      'response 200 body /0/leadAccountId is write-only in Jira and never returned',
    ]);
  });

  it('checks documented statuses, empty bodies and error bodies', () => {
    expect(validateResponse('DELETE', '/rest/api/3/issue/QA-1/properties/x', 204, undefined)).toEqual([]);
    expect(validateResponse('DELETE', '/rest/api/3/issue/QA-1/properties/x', 204, { deleted: true })).toEqual([
      'DELETE /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} documents no body for status 204',
    ]);
    expect(validateResponse('GET', '/rest/api/3/myself', 418, '')).toEqual(['status 418 is not a documented response of GET /rest/api/3/myself (documented: 200, 401)']);
    expect(validateResponse('GET', '/rest/api/3/issue/QA-1', 404, { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} })).toEqual([]);
    expect(validateResponse('GET', '/rest/api/3/issue/QA-1', 404, { error: 'not found' })).toEqual(['response 404 error body has a property Jira does not define: "error"']);
  });

  it('accepts 429 and 5xx on any operation', () => {
    expect(validateResponse('GET', '/rest/api/3/status', 429, { errorMessages: ['Rate limit exceeded'] })).toEqual([]);
    expect(validateResponse('GET', '/rest/api/3/status', 503, '')).toEqual([]);
  });

  it('validates Jira JQL syntax trees (anyOf clauses)', () => {
    const structure = { where: { field: { name: 'project' }, operator: '=', operand: { value: 'QA' } } };
    expect(validateResponse('POST', '/rest/api/3/jql/parse', 200, { queries: [{ query: 'project = QA', structure }] })).toEqual([]);
  });
});

describe('scopesFor', () => {
  it('returns the current classic scopes of an operation', () => {
    expect(scopesFor('POST', '/rest/api/3/search/jql')).toEqual(['read:jira-work']);
    expect(scopesFor('PUT', '/rest/api/3/issue/QA-1/properties/qa-postmortem')).toEqual(['write:jira-work']);
    expect(scopesFor('PUT', '/rest/api/3/project/QA/properties/settings')).toEqual(['manage:jira-project']);
    expect(scopesFor('GET', '/rest/api/3/myself')).toEqual(['read:jira-user']);
  });

  it('throws for a path outside the subset', () => {
    expect(() => scopesFor('GET', '/rest/api/3/dashboard')).toThrow('not an operation');
  });
});
