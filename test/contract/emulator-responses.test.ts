/**
 * Does the Jira emulator answer like Jira? Calls every operation of the OpenAPI subset on the emulator
 * (demo seed) and validates each request and response against Atlassian's description, successes
 * and typical errors alike; and checks that no operation of the subset is left uncalled.
 */
import { findOperation, listOperations, validateRequest, validateResponse } from './openapi';
import { adf, startEmulator, type EmulatorServer, type Who } from '../integration/emulator/emulator-server';

interface Case {
  who: Who;
  method: string;
  path: string;
  body?: unknown;
  status: number;
  /** The request itself breaks the description on purpose (to see the emulator refuse it). */
  invalidRequest?: boolean;
}

let s: EmulatorServer;
const covered = new Set<string>();

beforeAll(async () => {
  s = await startEmulator({ seed: 'demo' });
});
afterAll(() => s.close());

async function check({ who, method, path, body, status, invalidRequest }: Case): Promise<unknown> {
  expect(validateRequest(method, path, { body }).length > 0).toBe(invalidRequest === true);
  const reply = await s.call(who, method, path, body);
  expect({ call: `${method} ${path}`, status: reply.status }).toEqual({ call: `${method} ${path}`, status });
  expect(validateResponse(method, path, reply.status, reply.body)).toEqual([]);
  const template = findOperation(method, path)?.template;
  if (template) covered.add(`${method} ${template}`);
  return reply.body;
}

const A = '/rest/api/3';

describe('the emulator answers as Jira\'s OpenAPI description says', () => {
  it('users and permissions', async () => {
    await check({ who: 'alice', method: 'GET', path: `${A}/myself`, status: 200 });
    await check({ who: 'nobody', method: 'GET', path: `${A}/myself`, status: 401 });
    await check({ who: 'alice', method: 'GET', path: `${A}/user?accountId=712020%3Abob-0002`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/user?accountId=nobody`, status: 404 });
    await check({ who: 'alice', method: 'GET', path: `${A}/user/search?query=car`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/user/assignable/search?project=QA&query=b&maxResults=10`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/user/assignable/search?issueKey=QA-1`, status: 200 });
    await check({ who: 'dave', method: 'GET', path: `${A}/mypermissions?projectKey=QA&permissions=BROWSE_PROJECTS,EDIT_ISSUES,CREATE_ISSUES,ADMINISTER_PROJECTS,ADD_COMMENTS,LINK_ISSUES`, status: 200 });
    await check({ who: 'eve', method: 'GET', path: `${A}/mypermissions?issueKey=QA-1&permissions=BROWSE_PROJECTS`, status: 404 });
  });

  it('issues: read, create, edit, bulk create, changelog', async () => {
    await check({ who: 'alice', method: 'GET', path: `${A}/issue/QA-1`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/issue/QA-1?fields=summary,status,issuelinks,comment&expand=changelog,names,schema,transitions&properties=*all`, status: 200 });
    await check({ who: 'eve', method: 'GET', path: `${A}/issue/QA-1`, status: 404 });
    const fields = { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary: 'Contract task', duedate: '2031-01-01', labels: ['postmortem-action'], description: adf('Why') };
    const created = await check({ who: 'bob', method: 'POST', path: `${A}/issue`, body: { fields }, status: 201 }) as { key: string };
    await check({ who: 'bob', method: 'POST', path: `${A}/issue`, body: { fields: { project: { key: 'QA' } } }, status: 400 });
    await check({ who: 'dave', method: 'POST', path: `${A}/issue`, body: { fields }, status: 403 });
    await check({ who: 'bob', method: 'PUT', path: `${A}/issue/${created.key}`, body: { fields: { summary: 'Renamed' }, update: { labels: [{ add: 'x' }] } }, status: 204 });
    await check({ who: 'bob', method: 'PUT', path: `${A}/issue/${created.key}?returnIssue=true`, body: { fields: { summary: 'Again' } }, status: 200 });
    await check({ who: 'bob', method: 'PUT', path: `${A}/issue/${created.key}`, body: { fields: { status: 'Done' } }, status: 400 });
    await check({ who: 'dave', method: 'PUT', path: `${A}/issue/${created.key}`, body: { fields: { summary: 'x' } }, status: 403 });
    const item = { fields, update: { issuelinks: [{ add: { type: { name: 'Relates' }, inwardIssue: { key: 'QA-1' } } }] }, properties: [{ key: 'qa-postmortem-action', value: { incident: 'QA-1' } }] };
    await check({ who: 'bob', method: 'POST', path: `${A}/issue/bulk`, body: { issueUpdates: [item, { fields: { project: { key: 'QA' } } }] }, status: 201 });
    await check({ who: 'bob', method: 'POST', path: `${A}/issue/bulk`, body: { issueUpdates: [{ fields: { project: { key: 'QA' } } }] }, status: 400 });
    await check({ who: 'bob', method: 'POST', path: `${A}/issue/bulk`, body: { issueUpdates: Array.from({ length: 51 }, () => item) }, status: 400 });
    await check({ who: 'alice', method: 'GET', path: `${A}/issue/QA-1/changelog?startAt=0&maxResults=2`, status: 200 });
    await check({ who: 'alice', method: 'POST', path: `${A}/changelog/bulkfetch`, body: { issueIdsOrKeys: ['QA-1', 'QA-2', 'QA-4'], fieldIds: ['status'], maxResults: 5 }, status: 200 });
    await check({ who: 'alice', method: 'POST', path: `${A}/changelog/bulkfetch`, body: { issueIdsOrKeys: [] }, status: 400, invalidRequest: true });
  });

  it('bulk fetch by id, and the create and edit screens', async () => {
    await check({ who: 'alice', method: 'POST', path: `${A}/issue/bulkfetch`, body: { issueIdsOrKeys: ['QA-1', 'QA-2', 'QA-99999'], fields: ['summary', 'status', 'issuelinks'], properties: ['qa-postmortem'] }, status: 200 });
    await check({ who: 'eve', method: 'POST', path: `${A}/issue/bulkfetch`, body: { issueIdsOrKeys: ['QA-1'] }, status: 200 });
    await check({ who: 'alice', method: 'POST', path: `${A}/issue/bulkfetch`, body: { issueIdsOrKeys: Array.from({ length: 101 }, (_, i) => `QA-${i + 1}`) }, status: 400 });
    await check({ who: 'bob', method: 'GET', path: `${A}/issue/createmeta/QA/issuetypes?startAt=0&maxResults=200`, status: 200 });
    await check({ who: 'bob', method: 'GET', path: `${A}/issue/createmeta/OPS/issuetypes/10002?startAt=0&maxResults=200`, status: 200 });
    await check({ who: 'eve', method: 'GET', path: `${A}/issue/createmeta/QA/issuetypes`, status: 400 });
    await check({ who: 'bob', method: 'GET', path: `${A}/issue/QA-1/editmeta`, status: 200 });
    await check({ who: 'eve', method: 'GET', path: `${A}/issue/QA-1/editmeta`, status: 404 });
  });

  it('transitions and comments', async () => {
    await check({ who: 'bob', method: 'GET', path: `${A}/issue/QA-3/transitions?expand=transitions.fields`, status: 200 });
    await check({ who: 'bob', method: 'POST', path: `${A}/issue/QA-3/transitions`, body: { transition: { id: '21' } }, status: 204 });
    await check({ who: 'bob', method: 'POST', path: `${A}/issue/QA-3/transitions`, body: { transition: { id: '41' } }, status: 400 });
    await check({ who: 'bob', method: 'GET', path: `${A}/issue/QA-1/comment?startAt=0&maxResults=2&orderBy=-created`, status: 200 });
    await check({ who: 'bob', method: 'POST', path: `${A}/issue/QA-3/comment`, body: { body: adf('Contract comment') }, status: 201 });
    await check({ who: 'bob', method: 'POST', path: `${A}/issue/QA-3/comment`, body: { body: 'plain' }, status: 400 });
  });

  it('issue links and link types', async () => {
    const reply = await s.call('bob', 'POST', `${A}/issueLink`, { type: { name: 'Blocks' }, inwardIssue: { key: 'QA-2' }, outwardIssue: { key: 'QA-3' } });
    expect(validateResponse('POST', `${A}/issueLink`, reply.status, reply.body)).toEqual([]);
    covered.add(`POST ${A}/issueLink`);
    const linkId = (reply.headers.get('location') ?? '').split('/').pop() as string;
    await check({ who: 'bob', method: 'GET', path: `${A}/issueLink/${linkId}`, status: 200 });
    await check({ who: 'bob', method: 'DELETE', path: `${A}/issueLink/${linkId}`, status: 204 });
    await check({ who: 'bob', method: 'GET', path: `${A}/issueLink/${linkId}`, status: 404 });
    await check({ who: 'bob', method: 'POST', path: `${A}/issueLink`, body: { type: { name: 'Nope' }, inwardIssue: { key: 'QA-2' }, outwardIssue: { key: 'QA-3' } }, status: 404 });
    await check({ who: 'bob', method: 'GET', path: `${A}/issueLinkType`, status: 200 });
  });

  it('issue and project properties', async () => {
    await check({ who: 'bob', method: 'PUT', path: `${A}/issue/QA-2/properties/contract-check`, body: { revision: 1 }, status: 201 });
    await check({ who: 'bob', method: 'PUT', path: `${A}/issue/QA-2/properties/contract-check`, body: { revision: 2 }, status: 200 });
    await check({ who: 'bob', method: 'PUT', path: `${A}/issue/QA-2/properties/big`, body: { text: 'x'.repeat(33000) }, status: 400 });
    await check({ who: 'bob', method: 'GET', path: `${A}/issue/QA-2/properties`, status: 200 });
    await check({ who: 'bob', method: 'GET', path: `${A}/issue/QA-2/properties/contract-check`, status: 200 });
    await check({ who: 'bob', method: 'DELETE', path: `${A}/issue/QA-2/properties/contract-check`, status: 204 });
    await check({ who: 'bob', method: 'GET', path: `${A}/issue/QA-2/properties/contract-check`, status: 404 });
    await check({ who: 'alice', method: 'PUT', path: `${A}/project/QA/properties/qa-postmortem-settings`, body: { defectIssueTypes: ['Bug'] }, status: 201 });
    await check({ who: 'bob', method: 'PUT', path: `${A}/project/QA/properties/qa-postmortem-settings`, body: { defectIssueTypes: ['Bug'] }, status: 403 });
    await check({ who: 'bob', method: 'GET', path: `${A}/project/QA/properties`, status: 200 });
    await check({ who: 'bob', method: 'GET', path: `${A}/project/QA/properties/qa-postmortem-settings`, status: 200 });
    await check({ who: 'alice', method: 'DELETE', path: `${A}/project/QA/properties/qa-postmortem-settings`, status: 204 });
  });

  it('search and JQL parsing', async () => {
    const first = await check({ who: 'alice', method: 'POST', path: `${A}/search/jql`, body: { jql: 'project = QA ORDER BY created DESC', fields: ['summary', 'status', 'labels', 'components', 'fixVersions', 'resolution', 'resolutiondate', 'created'], maxResults: 100, expand: 'names', properties: ['qa-postmortem'] }, status: 200 }) as { nextPageToken: string };
    await check({ who: 'alice', method: 'POST', path: `${A}/search/jql`, body: { jql: 'project = QA ORDER BY created DESC', fields: ['summary', 'status', 'labels', 'components', 'fixVersions', 'resolution', 'resolutiondate', 'created'], maxResults: 100, expand: 'names', properties: ['qa-postmortem'], nextPageToken: first.nextPageToken }, status: 200 });
    await check({ who: 'alice', method: 'POST', path: `${A}/search/jql`, body: { jql: 'project = QA', maxResults: 5000 }, status: 200 });
    await check({ who: 'alice', method: 'POST', path: `${A}/search/jql`, body: { jql: 'project = QA AND nosuchfield = 1' }, status: 400 });
    await check({ who: 'alice', method: 'GET', path: `${A}/search/jql?jql=${encodeURIComponent('issuetype = Incident')}&fields=summary,status&expand=changelog`, status: 200 });
    await check({ who: 'alice', method: 'POST', path: `${A}/search/approximate-count`, body: { jql: 'project = QA AND issuetype = Bug' }, status: 200 });
    await check({ who: 'alice', method: 'POST', path: `${A}/search/approximate-count`, body: { jql: 'project = QA AND nosuchfield = 1' }, status: 400 });
    await check({ who: 'alice', method: 'POST', path: `${A}/jql/parse?validation=strict`, body: { queries: ['project = QA AND issuetype = Bug ORDER BY created DESC', 'project = '] }, status: 200 });
    await check({ who: 'alice', method: 'POST', path: `${A}/jql/match`, body: { issueIds: [10001, 10002], jqls: ['issuetype = Incident', 'nosuchfield = 1'] }, status: 200 });
    await check({ who: 'alice', method: 'POST', path: `${A}/jql/match`, body: { issueIds: Array.from({ length: 51 }, (_, i) => 10001 + i), jqls: ['issuetype = Bug'] }, status: 400 });
  });

  it('projects and site configuration', async () => {
    await check({ who: 'alice', method: 'GET', path: `${A}/project/QA`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/project/NOPE`, status: 404 });
    await check({ who: 'alice', method: 'GET', path: `${A}/project/search?query=qa`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/project/QA/components`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/project/QA/versions`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/project/QA/version?status=released,archived&orderBy=-releaseDate&maxResults=2`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/project/QA/version?status=shipped`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/issuetype`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/issuetype/project?projectId=10000`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/priority`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/resolution`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/status`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/statuscategory`, status: 200 });
    await check({ who: 'alice', method: 'GET', path: `${A}/field`, status: 200 });
  });

  it('called every operation of the subset', () => {
    expect(listOperations().filter((operation) => !covered.has(operation))).toEqual([]);
  });
});
