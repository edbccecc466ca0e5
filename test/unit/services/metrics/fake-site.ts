/**
 * A scripted Jira site for the metrics and settings service tests, on the shared fake transport:
 * it answers the requests those services send (searches told apart by what they ask for, bulk
 * changelogs, statuses, the settings property, permissions, projects, jql/parse) with Jira-shaped
 * bodies, pages like Jira (100 issues with fields, 5,000 ids only), and records everything.
 */
import { createFakeJiraTransport, json, type FakeJiraTransport, type RecordedRequest } from '../../../helpers/fake-jira-transport';
import { createMetricsJira, type MetricsJira } from '../../../../src/services/metrics/metrics-jira';
import type { KeyValueStore } from '../../../../src/services/metrics/ports';
import type { Changelog, IssueBean, Project, StatusDetails } from '../../../../src/jira/types';

const SITE = 'https://example.atlassian.net';
const category = (key: 'new' | 'indeterminate' | 'done') => ({ key, name: key, id: { new: 2, indeterminate: 4, done: 3 }[key], colorName: 'green' });

export const STATUS = { todo: '10000', inProgress: '3', done: '10001', reopened: '10002' } as const;

export const STATUSES: StatusDetails[] = [
  { id: STATUS.todo, name: 'To Do', statusCategory: category('new') },
  { id: STATUS.inProgress, name: 'In Progress', statusCategory: category('indeterminate') },
  { id: STATUS.done, name: 'Done', statusCategory: category('done') },
  { id: STATUS.reopened, name: 'Reopened', statusCategory: category('new') },
];

export function qaProject(overrides: Partial<Project> = {}): Project {
  return {
    id: '10000', key: 'QA', name: 'QA Platform', self: `${SITE}/rest/api/3/project/10000`,
    issueTypes: ['Incident', 'Bug', 'Task', 'Story'].map((name, i) => ({ id: String(10001 + i), name })),
    components: ['Checkout', 'Payments'].map((name, i) => ({ id: String(10200 + i), name })),
    versions: [
      { id: '10100', name: '1.0', released: true, releaseDate: '2026-01-10' },
      { id: '10101', name: '1.1', released: true, releaseDate: '2026-03-10' },
    ],
    ...overrides,
  };
}

/** A day `daysAgo` before `now`, at 10:00 UTC, the way Jira writes date-times. */
export function jiraTime(now: Date, daysAgo: number, hour = 10): string {
  const day = new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00:00.000+0000`;
}

export interface FakeDefect {
  id: string;
  created: string;
  status?: string;
  resolution?: string | null;
  components?: string[];
  fixVersions?: string[];
  escaped?: boolean;
  /** Status ids visited after creation, oldest first (the first change starts from To Do). */
  walk?: string[];
}

export function defectBean(d: FakeDefect): IssueBean {
  return {
    id: d.id, key: `QA-${Number(d.id) - 10000}`, self: `${SITE}/rest/api/3/issue/${d.id}`,
    fields: {
      issuetype: { id: '10002', name: 'Bug' },
      status: STATUSES.find((s) => s.id === (d.status ?? d.walk?.at(-1) ?? STATUS.todo)),
      resolution: d.resolution ? { id: '1', name: d.resolution } : null,
      resolutiondate: null,
      created: d.created,
      labels: d.escaped ? ['found-in-production'] : [],
      components: (d.components ?? []).map((name) => ({ name })),
      fixVersions: (d.fixVersions ?? []).map((name) => ({ name })),
    },
  };
}

export function historiesOf(d: FakeDefect): Changelog[] {
  const steps = [STATUS.todo, ...(d.walk ?? [])];
  const createdMs = Date.parse(d.created.replace('+0000', 'Z'));
  return steps.slice(1).map((to, i) => ({
    id: `${d.id}${i}`,
    created: new Date(createdMs + (i + 1) * 3_600_000).toISOString().replace('Z', '+0000'),
    items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: steps[i], fromString: null, to, toString: null }],
  }));
}

export interface FakeSiteData {
  defects: FakeDefect[];
  /** Incidents and action-item tasks, as the follow-through search returns them. */
  followThrough?: IssueBean[];
  /** The stored settings property value; undefined: none stored. */
  settings?: unknown;
  project?: Project | null;
  /** Projects besides QA, by key; any other key answers 404. */
  otherProjects?: Project[];
  permissions?: Record<string, boolean>;
  /** Errors jql/parse reports for every query. */
  jqlErrors?: string[];
  /** Histories per bulkfetch page (Jira's default is 1000). */
  historiesPerPage?: number;
  /** Calls ("POST /rest/api/3/changelog/bulkfetch") that always fail with this status. */
  failing?: Record<string, number>;
  /** What a count of `updated >= …` (the cache's check for changes) answers; 0 when unset. */
  changedSince?: number;
  /** What the check of the kept statuses and resolutions (`status not in …`) counts; 0 when unset. */
  unknownInUse?: number;
  /** Jira refuses that check's JQL (400), as for a resolution renamed since the lists were kept. */
  refuseCheck?: boolean;
}

/**
 * approximate-count over the fake defects for the few clauses the metrics write: the creation window,
 * the escaped label, `status WAS IN`, `status CHANGED FROM`, `updated >=`, and `<field> IS EMPTY` (every
 * fake defect lacks versions) or `<field> = "x"` (none matches). A stand-in for unit tests of the
 * service; the emulator evaluates real JQL for the integration tests.
 */
function fakeCount(data: FakeSiteData, jql: string): number {
  if (/updated >=/.test(jql)) return data.changedSince ?? 0;
  if (/status not in /.test(jql)) return data.unknownInUse ?? 0;
  if (/\b(affectedVersion|fixVersion|component) = /.test(jql)) return 0;
  const window = /created >= "([^"]+)" AND created < "([^"]+)"/.exec(jql);
  const day = (d: FakeDefect) => d.created.slice(0, 10);
  return data.defects.filter((d) => (!window || (day(d) >= window[1] && day(d) < window[2]))
    && (!jql.includes('found-in-production') || d.escaped === true)
    && (!jql.includes('status WAS IN') || (d.walk ?? []).includes(STATUS.done))
    && (!jql.includes('status CHANGED FROM') || (d.walk ?? []).some((s, i, walk) => s === STATUS.done && walk[i + 1] === STATUS.reopened))).length;
}

export interface FakeSite {
  fake: FakeJiraTransport;
  data: FakeSiteData;
  jira(): MetricsJira;
  /** "METHOD /path" of every request, in order. */
  calls(): string[];
  searches(kind: SearchKind): RecordedRequest[];
}

export type SearchKind = 'defects' | 'escaped' | 'count' | 'follow-through';

export function searchKind(request: RecordedRequest): SearchKind {
  const body = request.body as { jql: string; fields: string[]; properties?: string[] };
  if (body.properties?.length) return 'follow-through';
  if (body.fields.length === 1 && body.fields[0] === 'id') return body.jql.includes('found-in-production') ? 'escaped' : 'count';
  return 'defects';
}

function page<T>(items: T[], token: string | undefined, size: number): { slice: T[]; next?: string } {
  const offset = token ? Number(token) : 0;
  const slice = items.slice(offset, offset + size);
  return { slice, ...(offset + size < items.length ? { next: String(offset + size) } : {}) };
}

export function createFakeSite(data: FakeSiteData): FakeSite {
  const handler = (request: RecordedRequest) => {
    const call = `${request.method} ${request.path}`;
    const body = request.body as Record<string, unknown>;
    const failure = data.failing?.[call];
    if (failure !== undefined) return json({ errorMessages: [`Injected ${failure}.`], errors: {} }, failure);
    if (call === 'GET /rest/api/3/project/QA/properties/qa-postmortem-settings') {
      return data.settings === undefined
        ? json({ errorMessages: ['The property was not found.'], errors: {} }, 404)
        : json({ key: 'qa-postmortem-settings', value: data.settings });
    }
    if (call === 'PUT /rest/api/3/project/QA/properties/qa-postmortem-settings') {
      const created = data.settings === undefined;
      data.settings = body;
      return { status: created ? 201 : 200 };
    }
    if (call === 'GET /rest/api/3/project/QA') {
      return data.project === null ? json({ errorMessages: ['No project could be found with key \'QA\'.'], errors: {} }, 404) : json(data.project ?? qaProject());
    }
    const otherProject = /^GET \/rest\/api\/3\/project\/([A-Z][A-Z0-9_]*)$/.exec(call);
    if (otherProject) {
      const found = data.otherProjects?.find((p) => p.key === otherProject[1]);
      return found ? json(found) : json({ errorMessages: [`No project could be found with key '${otherProject[1]}'.`], errors: {} }, 404);
    }
    if (call === 'GET /rest/api/3/status') return json(STATUSES);
    if (call === 'GET /rest/api/3/issueLinkType') return json({ issueLinkTypes: [{ id: '10000', name: 'Relates', inward: 'relates to', outward: 'relates to' }, { id: '10004', name: 'Test', inward: 'is tested by', outward: 'tests' }] });
    if (call === 'GET /rest/api/3/resolution') return json(['Fixed', 'Done', 'Duplicate', "Won't Do", 'Cannot Reproduce', 'Not a Bug'].map((name, i) => ({ id: String(i + 1), name })));
    if (call === 'GET /rest/api/3/project/search') return json({ values: [data.project ?? qaProject()], total: 1, isLast: true, startAt: 0, maxResults: 50 });
    if (call === 'GET /rest/api/3/mypermissions') {
      const wanted = (request.query.get('permissions') ?? '').split(',');
      return json({ permissions: Object.fromEntries(wanted.map((key) => [key, { key, havePermission: data.permissions?.[key] ?? true }])) });
    }
    if (call === 'POST /rest/api/3/jql/parse') {
      return json({ queries: (body.queries as string[]).map((query) => ({ query, ...(data.jqlErrors?.length ? { errors: data.jqlErrors } : { structure: {} }) })) });
    }
    if (call === 'POST /rest/api/3/search/approximate-count') {
      // A kept list names a resolution renamed since: Jira refuses the check's JQL.
      if (data.refuseCheck && /status not in /.test(String(body.jql))) return json({ errorMessages: ["The value 'Wont Fix' does not exist for the field 'resolution'."], errors: {} }, 400);
      return json({ count: fakeCount(data, String(body.jql)) });
    }
    if (call === 'POST /rest/api/3/search/jql') {
      const kind = searchKind(request);
      const token = body.nextPageToken as string | undefined;
      const issues: IssueBean[] = kind === 'follow-through'
        ? data.followThrough ?? []
        : kind === 'escaped'
          ? data.defects.filter((d) => d.escaped).map((d) => ({ id: d.id, key: `QA-${Number(d.id) - 10000}` }))
          : kind === 'count'
            ? data.defects.map((d) => ({ id: d.id, key: `QA-${Number(d.id) - 10000}` }))
            : data.defects.map(defectBean);
      const { slice, next } = page(issues, token, Math.min(Number(body.maxResults), kind === 'escaped' || kind === 'count' ? 5000 : 100));
      return json({ issues: slice, ...(next ? { nextPageToken: next } : {}), isLast: next === undefined });
    }
    if (call === 'POST /rest/api/3/changelog/bulkfetch') {
      const ids = new Set(body.issueIdsOrKeys as string[]);
      const entries = data.defects.filter((d) => ids.has(d.id)).flatMap((d) => historiesOf(d).map((h) => ({ issueId: d.id, h })));
      const { slice, next } = page(entries, body.nextPageToken as string | undefined, data.historiesPerPage ?? Number(body.maxResults ?? 1000));
      const grouped = new Map<string, Changelog[]>();
      for (const { issueId, h } of slice) grouped.set(issueId, [...(grouped.get(issueId) ?? []), h]);
      return json({ issueChangeLogs: [...grouped].map(([issueId, changeHistories]) => ({ issueId, changeHistories })), ...(next ? { nextPageToken: next } : {}) });
    }
    return json({ errorMessages: [`The fake site has no answer for ${call}`], errors: {} }, 501);
  };
  const fake = createFakeJiraTransport(handler);
  return {
    fake,
    data,
    jira: () => createMetricsJira(fake.transport, { sleep: async () => undefined }),
    calls: () => fake.requests.map((r) => `${r.method} ${r.path}`),
    searches: (kind) => fake.requests.filter((r) => r.path === '/rest/api/3/search/jql' && searchKind(r) === kind),
  };
}

/** Forge storage in memory, recording every write. */
export function memoryStore(): KeyValueStore & { entries: Map<string, unknown>; writes: { key: string; value: unknown; ttlSeconds?: number }[] } {
  const entries = new Map<string, unknown>();
  const writes: { key: string; value: unknown; ttlSeconds?: number }[] = [];
  return {
    entries,
    writes,
    get: async <T>(key: string) => structuredClone(entries.get(key)) as T | undefined,
    set: async <T>(key: string, value: T, ttlSeconds?: number) => {
      // Forge storage refuses a value over 240 KiB (https://developer.atlassian.com/platform/forge/limits-kvs-ce/), as the host does.
      const bytes = Buffer.byteLength(JSON.stringify(value));
      if (bytes > 240 * 1024) throw new Error(`MAX_SIZE: Value is ${bytes} bytes; the limit is ${240 * 1024} bytes`);
      entries.set(key, structuredClone(value));
      writes.push({ key, value: structuredClone(value), ttlSeconds });
    },
    delete: async (key: string) => { entries.delete(key); },
  };
}

