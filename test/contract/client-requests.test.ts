/**
 * Every Jira client method, called against a recording fake whose canned answers are themselves
 * checked against Jira's OpenAPI description: the client must send only what Jira accepts (path,
 * query, body) and must cope with what Jira answers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { doc, paragraph, text } from '@atlaskit/adf-utils/builders';
import { parse } from 'yaml';
import { CHANGELOG_PAGE_MAX } from '../../src/jira/changelogs';
import { createJiraClient, type JiraClient } from '../../src/jira/client';
import { ENDPOINTS, callName } from '../../src/jira/endpoints';
import { collect } from '../../src/jira/paging';
import type { AdfDoc, IssueUpdateDetails } from '../../src/jira/types';
import { createFakeJiraTransport, json, type FakeReply } from '../helpers/fake-jira-transport';
import { SITE, changelogBuilder, commentBuilder, createdIssueBuilder, issueBuilder, issueChangeLogBuilder, statusBuilder, userBuilder } from '../helpers/jira-builders';
import { findOperation, listOperations, scopesFor, validateRequest, validateResponse } from './openapi';

const adf = doc(paragraph(text('Post-mortem complete: 3 action items.'))) as AdfDoc;

const actionItemTask = (n: number): IssueUpdateDetails => ({
  fields: {
    project: { key: 'QA' },
    issuetype: { name: 'Task' },
    summary: `Add a regression test for saved cards (${n})`,
    description: adf,
    assignee: { accountId: '712020:owner' },
    duedate: '2030-01-31',
    labels: ['qa-postmortem', 'test-design-enhancement'],
    priority: { name: 'High' },
  },
  update: { issuelinks: [{ add: { type: { name: 'Relates' }, outwardIssue: { key: 'QA-1' } } }] },
  properties: [{ key: 'qa-postmortem-action', value: { incident: 'QA-1', incidentId: '10001', actionId: `ai-${n}`, claim: `claim-${n}` } }],
});

/** Jira's answers by operation, shaped as the OpenAPI description has them. */
const CANNED: Record<string, FakeReply> = {
  'POST /rest/api/3/search/jql': json({ issues: [issueBuilder({ properties: { 'qa-postmortem': { status: 'open' } } })], isLast: true }),
  'POST /rest/api/3/jql/parse': json({ queries: [{ query: 'project = QA', errors: [], warnings: [] }] }),
  'POST /rest/api/3/changelog/bulkfetch': json({
    issueChangeLogs: [
      issueChangeLogBuilder('10001', [
        changelogBuilder(),
        changelogBuilder({ id: '20002', items: [{ field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: null, fromString: null, to: '712020:x', toString: 'Ada Quinn' }] }),
      ]),
    ],
  }),
  'GET /rest/api/3/issue/{issueIdOrKey}': json(issueBuilder()),
  'POST /rest/api/3/issue/bulkfetch': json({ issues: [issueBuilder()], issueErrors: [] }),
  'POST /rest/api/3/search/approximate-count': json({ count: 42 }),
  'GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes': json({
    issueTypes: [{ id: '10002', name: 'Task', description: 'A task', subtask: false, self: `${SITE}/rest/api/3/issuetype/10002`, iconUrl: `${SITE}/images/icons/issuetypes/task.svg` }],
    maxResults: 200, startAt: 0, total: 1,
  }),
  'GET /rest/api/3/issue/createmeta/{projectIdOrKey}/issuetypes/{issueTypeId}': json({
    fields: [
      { fieldId: 'summary', key: 'summary', name: 'Summary', required: true, hasDefaultValue: false, operations: ['set'], schema: { type: 'string', system: 'summary' } },
      { fieldId: 'duedate', key: 'duedate', name: 'Due date', required: false, hasDefaultValue: false, operations: ['set'], schema: { type: 'date', system: 'duedate' } },
    ],
    maxResults: 200, startAt: 0, total: 2,
  }),
  'GET /rest/api/3/issue/{issueIdOrKey}/editmeta': json({
    fields: { duedate: { key: 'duedate', name: 'Due date', required: false, operations: ['set'], schema: { type: 'date', system: 'duedate' } } },
  }),
  'POST /rest/api/3/issue': json(createdIssueBuilder('10042'), 201),
  'POST /rest/api/3/issue/bulk': json({ issues: [createdIssueBuilder('10043')], errors: [{ status: 400, failedElementNumber: 1, elementErrors: { errorMessages: [], errors: { assignee: 'User cannot be assigned issues.' } } }] }, 201),
  'PUT /rest/api/3/issue/{issueIdOrKey}': { status: 204 },
  'GET /rest/api/3/issue/{issueIdOrKey}/transitions': json({ transitions: [{ id: '31', name: 'Done', to: statusBuilder(), hasScreen: false, isGlobal: true, isInitial: false, isAvailable: true, isConditional: false }] }),
  'POST /rest/api/3/issue/{issueIdOrKey}/transitions': { status: 204 },
  'GET /rest/api/3/issue/{issueIdOrKey}/comment': json({ startAt: 0, maxResults: 100, total: 1, comments: [commentBuilder()] }),
  'POST /rest/api/3/issue/{issueIdOrKey}/comment': json(commentBuilder(), 201),
  'POST /rest/api/3/issueLink': { status: 201 },
  'GET /rest/api/3/issueLinkType': json({ issueLinkTypes: [{ id: '10000', name: 'Relates', inward: 'relates to', outward: 'relates to', self: `${SITE}/rest/api/3/issueLinkType/10000` }] }),
  'GET /rest/api/3/issue/{issueIdOrKey}/properties': json({ keys: [{ key: 'qa-postmortem', self: `${SITE}/rest/api/3/issue/QA-1/properties/qa-postmortem` }] }),
  'GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': json({ key: 'qa-postmortem', value: { revision: 2 } }),
  'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': { status: 201 },
  'DELETE /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}': { status: 204 },
  'GET /rest/api/3/project/{projectIdOrKey}/properties': json({ keys: [{ key: 'qa-postmortem-settings', self: `${SITE}/rest/api/3/project/QA/properties/qa-postmortem-settings` }] }),
  'GET /rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}': json({ key: 'qa-postmortem-settings', value: { defectIssueTypes: ['Bug'] } }),
  'PUT /rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}': json({}, 200),
  'DELETE /rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}': { status: 204 },
  'GET /rest/api/3/myself': json({ ...userBuilder(), emailAddress: 'ada@example.com', locale: 'en_US' }),
  'GET /rest/api/3/user/assignable/search': json([userBuilder()]),
  'GET /rest/api/3/user': json(userBuilder()),
  'GET /rest/api/3/mypermissions': json({ permissions: { EDIT_ISSUES: { id: '12', key: 'EDIT_ISSUES', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.', havePermission: true } } }),
  'GET /rest/api/3/status': json([statusBuilder()]),
  'GET /rest/api/3/statuscategory': json([{ self: `${SITE}/rest/api/3/statuscategory/3`, id: 3, key: 'done', name: 'Done', colorName: 'green' }]),
  'GET /rest/api/3/priority': json([{ self: `${SITE}/rest/api/3/priority/2`, id: '2', name: 'High', iconUrl: `${SITE}/images/icons/priorities/high.svg`, statusColor: '#f15C75', description: 'Serious problem', isDefault: false }]),
  'GET /rest/api/3/resolution': json([{ self: `${SITE}/rest/api/3/resolution/10000`, id: '10000', name: 'Done', description: 'Work has been completed on this issue.' }]),
  'GET /rest/api/3/project/{projectIdOrKey}': json({ self: `${SITE}/rest/api/3/project/10000`, id: '10000', key: 'QA', name: 'Quality', projectTypeKey: 'software', simplified: false, style: 'classic', lead: userBuilder() }),
  'GET /rest/api/3/project/search': json({
    self: `${SITE}/rest/api/3/project/search?startAt=0&maxResults=50`,
    startAt: 0,
    maxResults: 50,
    total: 2,
    isLast: true,
    values: [
      { self: `${SITE}/rest/api/3/project/10000`, id: '10000', key: 'QA', name: 'Quality', projectTypeKey: 'software', simplified: false, style: 'classic' },
      { self: `${SITE}/rest/api/3/project/10001`, id: '10001', key: 'PAY', name: 'Payments', projectTypeKey: 'software', simplified: true, style: 'next-gen' },
    ],
  }),
  'GET /rest/api/3/project/{projectIdOrKey}/components': json([{ self: `${SITE}/rest/api/3/component/10200`, id: '10200', name: 'Payments', description: 'Checkout and billing', project: 'QA', projectId: 10000 }]),
  'GET /rest/api/3/project/{projectIdOrKey}/versions': json([{ self: `${SITE}/rest/api/3/version/10100`, id: '10100', name: '1.1', archived: false, released: true, releaseDate: '2024-02-01', projectId: 10000 }]),
  'GET /rest/api/3/project/{projectIdOrKey}/version': json({
    self: `${SITE}/rest/api/3/project/QA/version?maxResults=4&startAt=0`, maxResults: 4, startAt: 0, total: 1, isLast: true,
    values: [{ self: `${SITE}/rest/api/3/version/10100`, id: '10100', name: '1.1', archived: false, released: true, releaseDate: '2024-02-01', projectId: 10000 }],
  }),
  'POST /rest/api/3/jql/match': json({ matches: [{ matchedIssues: [10001], errors: [] }, { matchedIssues: [], errors: [] }] }),
  'GET /rest/api/3/issuetype/project': json([{ self: `${SITE}/rest/api/3/issuetype/10004`, id: '10004', name: 'Incident', description: 'A production incident', subtask: false, hierarchyLevel: 0, iconUrl: `${SITE}/images/icons/issuetypes/incident.svg` }]),
};

/** One call per client method, with payloads like the app's. */
const CALLS: [string, (client: JiraClient) => Promise<unknown>][] = [
  ['searchJql', (c) => collect(c.searchJql({ jql: 'project = QA AND issuetype in (Bug) AND created >= -30d', fields: ['status', 'created', 'labels', 'components', 'fixVersions', 'resolution'], expand: ['names'], properties: ['qa-postmortem'], maxResults: 200 }))],
  ['parseJql', (c) => c.parseJql(['project = QA', 'labels = found-in-production'], 'strict')],
  ['bulkFetchChangelogs', (c) => collect(c.bulkFetchChangelogs({ issueIdsOrKeys: ['10001', '10002'], fieldIds: ['status'] }))],
  ['bulkFetchChangelogPages with the largest page', (c) => collect(c.bulkFetchChangelogPages({ issueIdsOrKeys: ['10001', '10002'], fieldIds: ['status'], maxResults: CHANGELOG_PAGE_MAX }))],
  ['getChangelogsByIssue', (c) => c.getChangelogsByIssue({ issueIdsOrKeys: ['QA-1'], fieldIds: ['status'], maxResults: 500 })],
  ['getIssue', (c) => c.getIssue('QA-1', { fields: ['summary', 'status', 'issuelinks'], expand: ['changelog'], properties: ['qa-postmortem'] })],
  ['bulkFetchIssues', (c) => c.bulkFetchIssues(['10001', 'QA-2'], { fields: ['summary', 'status', 'issuelinks'], properties: ['qa-postmortem-action'] })],
  ['countIssues', (c) => c.countIssues('project = QA AND issuetype = Bug')],
  ['searchJql reconciling issues just written', (c) => collect(c.searchJql({ jql: 'issue.property[qa-postmortem-action].incidentId = "10001"', fields: ['status'], reconcileIssues: [10043, 10044] }))],
  ['createScreenFields', (c) => c.createScreenFields('QA', 'Task')],
  ['editScreenFields', (c) => c.editScreenFields('QA-1')],
  ['createIssue', (c) => c.createIssue(actionItemTask(0))],
  ['createIssues', (c) => c.createIssues([actionItemTask(1), actionItemTask(2)])],
  ['editIssue', (c) => c.editIssue('QA-1', { fields: { duedate: '2030-02-28', labels: ['qa-postmortem'] } }, { notifyUsers: false })],
  ['getTransitions', (c) => c.getTransitions('QA-1')],
  ['doTransition', (c) => c.doTransition('QA-1', '31', { fields: { resolution: { name: 'Done' } } })],
  ['addComment', (c) => c.addComment('QA-1', adf)],
  ['getComments', (c) => c.getComments('QA-1', { orderBy: 'created' })],
  ['createIssueLink', (c) => c.createIssueLink({ type: { name: 'Relates' }, inwardIssue: { key: 'QA-1' }, outwardIssue: { key: 'QA-2' } })],
  ['getIssueLinkTypes', (c) => c.getIssueLinkTypes()],
  ['listIssuePropertyKeys', (c) => c.listIssuePropertyKeys('QA-1')],
  ['getIssueProperty', (c) => c.getIssueProperty('QA-1', 'qa-postmortem')],
  ['setIssueProperty', (c) => c.setIssueProperty('QA-1', 'qa-postmortem', { revision: 3, stage: 'root-cause' })],
  ['deleteIssueProperty', (c) => c.deleteIssueProperty('QA-1', 'qa-postmortem-timeline')],
  ['listProjectPropertyKeys', (c) => c.listProjectPropertyKeys('QA')],
  ['getProjectProperty', (c) => c.getProjectProperty('QA', 'qa-postmortem-settings')],
  ['setProjectProperty', (c) => c.setProjectProperty('QA', 'qa-postmortem-settings', { defectIssueTypes: ['Bug'] })],
  ['deleteProjectProperty', (c) => c.deleteProjectProperty('QA', 'qa-postmortem-settings')],
  ['myself', (c) => c.myself()],
  ['findUser', (c) => c.findUser('712020:someone')],
  ['findAssignableUsers', (c) => c.findAssignableUsers({ project: 'QA', query: 'ada', maxResults: 20 })],
  ['findAssignableUsers by issue', (c) => c.findAssignableUsers({ issueKey: 'QA-1', query: 'ada' })],
  ['myPermissions', (c) => c.myPermissions({ projectKey: 'QA' }, ['EDIT_ISSUES', 'CREATE_ISSUES'])],
  ['getStatuses', (c) => c.getStatuses()],
  ['getStatusCategories', (c) => c.getStatusCategories()],
  ['getPriorities', (c) => c.getPriorities()],
  ['getResolutions', (c) => c.getResolutions()],
  ['getProject', (c) => c.getProject('QA')],
  ['searchProjects', (c) => c.searchProjects({ query: 'pay', orderBy: 'name', maxResults: 100 })],
  ['searchProjects (every project)', (c) => c.searchProjects()],
  ['getProjectComponents', (c) => c.getProjectComponents('QA')],
  ['getProjectVersions', (c) => c.getProjectVersions('QA')],
  ['getIssueTypesForProject', (c) => c.getIssueTypesForProject('10000')],
  ['projectVersionPages', (c) => collect(c.projectVersionPages('QA', { status: ['released', 'archived'], orderBy: '-releaseDate', maxResults: 4 }))],
  ['matchJql', (c) => c.matchJql(['10001', '10002'], ['issuetype in (Bug)', 'labels = found-in-production'])],
];

function recordingClient() {
  const responseErrors: string[] = [];
  const fake = createFakeJiraTransport((request) => {
    const operation = findOperation(request.method, request.path);
    const reply = operation && CANNED[`${request.method} ${operation.template}`];
    if (!reply) throw new Error(`no canned answer for ${request.method} ${request.url}`);
    responseErrors.push(...validateResponse(request.method, request.path, reply.status, reply.body));
    return reply;
  });
  return { fake, client: createJiraClient(fake.transport), responseErrors };
}

describe('the Jira client against the OpenAPI description', () => {
  it.each(CALLS)('%s sends requests Jira accepts', async (_name, call) => {
    const { fake, client, responseErrors } = recordingClient();

    await call(client);

    expect(fake.requests.length).toBeGreaterThan(0);
    for (const request of fake.requests) {
      expect({ request: `${request.method} ${request.url}`, errors: validateRequest(request.method, request.url, { body: request.body }) }).toEqual({
        request: `${request.method} ${request.url}`,
        errors: [],
      });
    }
    expect(responseErrors).toEqual([]);
  });

  it('sends the options the metrics rely on, within the limits the description sets', async () => {
    const { fake, client } = recordingClient();

    const projects = await client.searchProjects({ query: 'pay' });
    await collect(client.bulkFetchChangelogPages({ issueIdsOrKeys: ['10001'], fieldIds: ['status'], maxResults: CHANGELOG_PAGE_MAX }));

    expect(projects.map((project) => project.key)).toEqual(['QA', 'PAY']);
    expect(fake.requests.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET /rest/api/3/project/search?startAt=0&maxResults=50&orderBy=key&query=pay',
      'POST /rest/api/3/changelog/bulkfetch',
    ]);
    expect(fake.requests[1].body).toEqual({ issueIdsOrKeys: ['10001'], fieldIds: ['status'], maxResults: CHANGELOG_PAGE_MAX });
    // The same requests one step past Jira's limits are refused by the description, so the checks above can fail.
    expect(validateRequest('GET', '/rest/api/3/project/search', { query: { maxResults: 101 } })).not.toEqual([]);
    expect(validateRequest('GET', '/rest/api/3/project/search', { query: { orderBy: 'title' } })).not.toEqual([]);
    expect(validateRequest('POST', '/rest/api/3/changelog/bulkfetch', { body: { issueIdsOrKeys: ['10001'], maxResults: CHANGELOG_PAGE_MAX + 1 } })).not.toEqual([]);
  });

  it('exercises every endpoint the client knows, and each is in the subset', async () => {
    const { client } = recordingClient();
    for (const [, call] of CALLS) await call(client);

    const endpoints = Object.values(ENDPOINTS).map(callName).sort();
    expect(Object.keys(client.callsByOperation).sort()).toEqual(endpoints);
    expect(listOperations()).toEqual(expect.arrayContaining(endpoints));
  });

  it('has a canned answer only for operations the client calls', () => {
    const endpoints = new Set(Object.values(ENDPOINTS).map(callName));
    expect(Object.keys(CANNED).filter((key) => !endpoints.has(key))).toEqual([]);
  });
});

describe('OAuth scopes', () => {
  it('manifest.yml asks for every scope the client endpoints need', () => {
    const manifest = parse(readFileSync(resolve(__dirname, '../../manifest.yml'), 'utf8')) as { permissions?: { scopes?: string[] } };
    const granted = new Set(manifest.permissions?.scopes ?? []);
    const missing = Object.values(ENDPOINTS).flatMap((endpoint) =>
      scopesFor(endpoint.method, endpoint.path)
        .filter((scope) => !granted.has(scope))
        .map((scope) => `${scope} (for ${callName(endpoint)})`),
    );
    expect(missing).toEqual([]);
  });
});
