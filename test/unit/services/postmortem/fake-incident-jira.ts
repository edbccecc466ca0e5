/**
 * A small in-memory Jira for the post-mortem service's unit tests, on the shared fake transport:
 * one incident (GET issue with fields, changelog and properties), the caller's EDIT_ISSUES
 * permission, the incident's properties (GET, PUT with Jira's size limit, DELETE), comments (POST),
 * the project settings property and the search for the incident's action-item tasks (one page).
 * Everything sent is recorded by the transport.
 */
import { createJiraClient, type IssueBean, type JiraClient } from '../../../../src/jira';
import { memoryLedgerStore, newLedger, type TaskRecord } from '../../../../src/services/ledger';
import type { PostmortemPorts } from '../../../../src/services/postmortem';
import { memoryKeptDraftStore } from '../../../../src/services/postmortem/kept-drafts';
import { createFakeJiraTransport, json, type FakeJiraTransport, type FakeStep, type RecordedRequest } from '../../../helpers/fake-jira-transport';
import { FIXTURE_SITE, incidentIssueFixture } from '../../../helpers/jira-fixtures';

export const INCIDENT_KEY = 'QA-42';
const PROPERTY_LIMIT = 32_768;

export interface FakeIncidentJiraOptions {
  /** Incident creation time; the fixture's history follows it. */
  start?: Date;
  issueType?: string;
  visible?: boolean;
  canEdit?: boolean;
  /** Issue properties by key, as stored. */
  properties?: Record<string, unknown>;
  /** Value of the project property `qa-postmortem-settings`. */
  projectSettings?: unknown;
  /** Answer POST comment with this status instead of 201. */
  commentStatus?: number;
  /** Answer GET of the incident with this status (a Jira outage: 503, a rate limit: 429). */
  failIssueReadWith?: number;
  /** Answer PUT of this property key with 500. */
  failPutOf?: string;
  /** The issues POST /rest/api/3/issue/bulkfetch answers from (the incident's action-item tasks). */
  tasks?: IssueBean[];
  /** The app's ledger of the incident, if one is already stored. */
  ledgerTasks?: Record<string, TaskRecord>;
}

export interface FakeIncidentJira {
  jira: JiraClient;
  /** The app's ledger (Forge storage) in memory. */
  ledger: ReturnType<typeof memoryLedgerStore>;
  /** The changes the app keeps for a failed save (Forge storage), in memory. */
  drafts: ReturnType<typeof memoryKeptDraftStore>;
  /** The ports the post-mortem service takes, with this clock. */
  ports(now: Date): PostmortemPorts;
  fake: FakeJiraTransport;
  properties: Map<string, unknown>;
  comments: unknown[];
  /** "METHOD /path" of every request, in order. */
  calls(): string[];
  /** The same, without the reads (GET). */
  writes(): string[];
}

const notFound = (message: string): FakeStep => json({ errorMessages: [message], errors: {} }, 404);

export function fakeIncidentJira(options: FakeIncidentJiraOptions = {}): FakeIncidentJira {
  const start = options.start ?? new Date(Date.now() - 2 * 86_400_000);
  const properties = new Map(Object.entries(options.properties ?? {}));
  const comments: unknown[] = [];
  const visible = options.visible ?? true;
  const fixture = incidentIssueFixture(start);
  const issuePath = `/rest/api/3/issue/${INCIDENT_KEY}`;

  const issueBody = (request: RecordedRequest) => {
    const wanted = (request.query.get('properties') ?? '').split(',').filter(Boolean);
    const selected = Object.fromEntries(wanted.filter((k) => properties.has(k)).map((k) => [k, properties.get(k)]));
    return {
      ...fixture,
      key: INCIDENT_KEY,
      fields: {
        ...fixture.fields,
        issuetype: { id: '10004', name: options.issueType ?? 'Incident' },
        project: { id: '10000', key: 'QA', name: 'QA Platform' },
        components: [{ id: '10201', name: 'Payments' }],
        fixVersions: [{ id: '10106', name: '1.6' }],
        assignee: null,
      },
      properties: selected,
    };
  };

  const handler = (request: RecordedRequest): FakeStep => {
    const { method, path } = request;
    if (method === 'GET' && path === '/rest/api/3/mypermissions') {
      if (!visible) return notFound('Issue does not exist or you do not have permission to see it.');
      return json({ permissions: { EDIT_ISSUES: { id: '12', key: 'EDIT_ISSUES', type: 'PROJECT', havePermission: options.canEdit ?? true } } });
    }
    if (method === 'POST' && path === '/rest/api/3/issue/bulkfetch' && options.tasks) {
      const wanted = new Set((request.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys);
      return json({ issues: options.tasks.filter((t) => wanted.has(t.id) || wanted.has(t.key)), issueErrors: [] });
    }
    if (method === 'GET' && path === '/rest/api/3/project/QA/properties/qa-postmortem-settings') {
      return options.projectSettings === undefined ? notFound('No property') : json({ key: 'qa-postmortem-settings', value: options.projectSettings });
    }
    if (!path.startsWith(issuePath) || !visible) return notFound('Issue does not exist or you do not have permission to see it.');
    if (method === 'GET' && path === issuePath) {
      return options.failIssueReadWith ? json({ errorMessages: ['Jira is unavailable'], errors: {} }, options.failIssueReadWith) : json(issueBody(request));
    }
    if (method === 'POST' && path === `${issuePath}/comment`) {
      if (options.commentStatus) return json({ errorMessages: ['Comment refused'], errors: {} }, options.commentStatus);
      comments.push(request.body);
      return json({ id: String(50000 + comments.length), self: `${FIXTURE_SITE}${issuePath}/comment/${50000 + comments.length}`, ...(request.body as object) }, 201);
    }
    const propertyKey = path.startsWith(`${issuePath}/properties/`) ? decodeURIComponent(path.slice(`${issuePath}/properties/`.length)) : undefined;
    if (propertyKey !== undefined) {
      if (method === 'GET') return properties.has(propertyKey) ? json({ key: propertyKey, value: properties.get(propertyKey) }) : notFound('No property');
      if (method === 'PUT') {
        if (options.failPutOf === propertyKey) return json({ errorMessages: ['Internal server error'], errors: {} }, 500);
        if (JSON.stringify(request.body).length > PROPERTY_LIMIT) return json({ errorMessages: ['The property value is too long.'], errors: {} }, 400);
        const existed = properties.has(propertyKey);
        properties.set(propertyKey, request.body);
        return { status: existed ? 200 : 201 };
      }
      if (method === 'DELETE') return properties.delete(propertyKey) ? { status: 204 } : notFound('No property');
    }
    return json({ errorMessages: [`Unexpected ${method} ${path}`], errors: {} }, 501);
  };

  const fake = createFakeJiraTransport(handler);
  const jira = createJiraClient(fake.transport, { sleep: async () => undefined, retry: { serverErrorAttempts: 1 } });
  const calls = () => fake.requests.map((r) => `${r.method} ${r.path}`);
  const ledger = memoryLedgerStore();
  const drafts = memoryKeptDraftStore();
  if (options.ledgerTasks) {
    const revision = (properties.get('qa-postmortem') as { revision?: number } | undefined)?.revision ?? 0;
    ledger.records.set(fixture.id, newLedger(fixture.id, INCIDENT_KEY, revision, options.ledgerTasks));
  }
  return {
    jira, ledger, drafts, ports: (now) => ({ jira, ledger, drafts, now: () => now }),
    fake, properties, comments, calls, writes: () => calls().filter((c) => !c.startsWith('GET')),
  };
}
