/**
 * Enhanced JQL search in the Jira emulator: nextPageToken paging without total, page caps, fields,
 * ordering, only browsable issues, and Jira's 400s.
 */
import { importIssue, startEmulator, type EmulatorServer } from './emulator-server';
import { instant } from '../../helpers/jira-time';

let s: EmulatorServer;
const COUNT = 230;
const start = Date.parse('2026-01-01T00:00:00.000Z') - 400 * 86_400_000;

beforeAll(async () => {
  s = await startEmulator({ seed: 'empty' });
  s.emulator.importIssues({
    issues: Array.from({ length: COUNT }, (_, i) => importIssue({}, {
      summary: `Issue ${i}`,
      // created out of key order, so ORDER BY created is visibly not key order
      created: new Date(start + ((i * 37) % COUNT) * 3_600_000).toISOString(),
      labels: i % 10 === 0 ? ['found-in-production'] : [],
    })),
  } as never);
});
afterAll(() => s.close());

const search = (body: Record<string, unknown>, who: 'alice' | 'dave' = 'alice') => s.call(who, 'POST', '/rest/api/3/search/jql', body);

async function collect(body: Record<string, unknown>) {
  const pages: { issues: { id: string; key?: string; fields?: Record<string, unknown> }[]; isLast: boolean; nextPageToken?: string }[] = [];
  let token: string | undefined;
  do {
    const r = await search({ ...body, ...(token ? { nextPageToken: token } : {}) });
    expect(r.status).toBe(200);
    pages.push(r.body);
    token = r.body.nextPageToken;
  } while (token);
  return pages;
}

describe('POST search/jql', () => {
  it('returns only ids by default, 50 a page, with nextPageToken until isLast and never a total', async () => {
    const first = await search({ jql: 'project = QA' });
    expect(first.body.issues).toHaveLength(50);
    expect(Object.keys(first.body.issues[0])).toEqual(['id']);
    expect(first.body).not.toHaveProperty('total');
    expect(first.body.isLast).toBe(false);
    expect(typeof first.body.nextPageToken).toBe('string');
    const pages = await collect({ jql: 'project = QA' });
    expect(pages.map((p) => p.issues.length)).toEqual([50, 50, 50, 50, 30]);
    expect(pages.at(-1)).not.toHaveProperty('nextPageToken');
    expect(pages.at(-1)?.isLast).toBe(true);
    expect(new Set(pages.flatMap((p) => p.issues.map((i) => i.id))).size).toBe(COUNT);
  });

  it('caps pages at 100 when fields are requested and at 5000 for ids/keys only', async () => {
    const withFields = await collect({ jql: 'project = QA', fields: ['summary', 'created'], maxResults: 1000 });
    expect(withFields.map((p) => p.issues.length)).toEqual([100, 100, 30]);
    expect(withFields[0].issues[0]).toMatchObject({ id: expect.any(String), key: expect.stringMatching(/^QA-\d+$/), fields: { summary: expect.any(String), created: expect.any(String) } });
    const keysOnly = await collect({ jql: 'project = QA', fields: ['key'], maxResults: 5000 });
    expect(keysOnly.map((p) => p.issues.length)).toEqual([COUNT]);
    expect(Object.keys(keysOnly[0].issues[0]).sort()).toEqual(['id', 'key']);
    const expanded = await search({ jql: 'project = QA', expand: 'changelog', maxResults: 500 });
    expect(expanded.body.issues).toHaveLength(100);
  });

  it('orders by the query\'s ORDER BY across pages', async () => {
    const pages = await collect({ jql: 'project = QA ORDER BY created ASC', fields: ['created'], maxResults: 100 });
    const created = pages.flatMap((p) => p.issues.map((i) => Date.parse(instant(i.fields?.created))));
    expect(created).toHaveLength(COUNT);
    expect(created).toEqual([...created].sort((a, b) => a - b));
  });

  it('finds single issues by key and by filters, with names and properties on request', async () => {
    const one = await search({ jql: 'key = QA-1', fields: ['summary'], expand: 'names' });
    expect(one.body.issues).toEqual([expect.objectContaining({ key: 'QA-1', fields: { summary: 'Issue 0' } })]);
    expect(one.body.names).toEqual({ summary: 'Summary' });
    const escaped = await collect({ jql: 'project = QA AND labels = found-in-production', maxResults: 5000 });
    expect(escaped[0].issues).toHaveLength(COUNT / 10);
    const withProps = await search({ jql: 'key = QA-1', properties: ['nothing-here'] });
    expect(withProps.body.issues[0].properties).toEqual({});
  });

  it('refuses unbounded and invalid JQL, bad tokens and unknown body fields with 400', async () => {
    const unbounded = await search({ jql: 'ORDER BY created DESC' });
    expect(unbounded.status).toBe(400);
    expect(unbounded.body.errorMessages[0]).toMatch(/Unbounded JQL/);
    expect((await search({})).status).toBe(400);
    const bad = await search({ jql: 'project = QA AND nosuchfield = 3' });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    expect((await search({ jql: 'project = QA', nextPageToken: 'garbage' })).status).toBe(400);
    const first = await search({ jql: 'project = QA' });
    expect((await search({ jql: 'project = QA AND labels = x', nextPageToken: first.body.nextPageToken })).status).toBe(400);
    expect((await search({ jql: 'project = QA', startAt: 50 })).status).toBe(400);
    expect((await search({ jql: 'project = QA', expand: ['names'] })).status).toBe(400);
    expect((await search({ jql: 'project = QA', properties: ['a', 'b', 'c', 'd', 'e', 'f'] })).status).toBe(400);
  });
});

describe('GET search/jql', () => {
  it('takes the same parameters from the query string', async () => {
    const r = await s.call('dave', 'GET', '/rest/api/3/search/jql?jql=project%20%3D%20QA%20ORDER%20BY%20key%20ASC&fields=summary&fields=labels&maxResults=3');
    expect(r.status).toBe(200);
    expect(r.body.issues.map((i: { key: string }) => i.key)).toEqual(['QA-1', 'QA-2', 'QA-3']);
    expect(Object.keys(r.body.issues[0].fields).sort()).toEqual(['labels', 'summary']);
    const next = await s.call('dave', 'GET', `/rest/api/3/search/jql?jql=project%20%3D%20QA%20ORDER%20BY%20key%20ASC&fields=summary&maxResults=3&nextPageToken=${r.body.nextPageToken}`);
    expect(next.body.issues.map((i: { key: string }) => i.key)).toEqual(['QA-4', 'QA-5', 'QA-6']);
  });
});

describe('POST jql/parse', () => {
  it('delegates to the JQL parser and refuses a body without queries', async () => {
    const r = await s.call('alice', 'POST', '/rest/api/3/jql/parse?validation=strict', { queries: ['project = QA', 'project = = QA'] });
    expect(r.status).toBe(200);
    expect(r.body.queries).toHaveLength(2);
    expect(r.body.queries[0]).toMatchObject({ query: 'project = QA', structure: expect.any(Object) });
    expect(r.body.queries[1].errors.length).toBeGreaterThan(0);
    expect((await s.call('alice', 'POST', '/rest/api/3/jql/parse', { query: 'x' })).status).toBe(400);
  });
});

describe('POST jql/match', () => {
  const idOf = (key: string) => Number(s.emulator.store.issueByIdOrKey(key)!.id);

  it('answers, per query in order, which of the given issues it returns, and the errors of a query it cannot run', async () => {
    const ids = ['QA-1', 'QA-2', 'QA-11', 'QA-12'].map(idOf);
    const r = await s.call('alice', 'POST', '/rest/api/3/jql/match', { issueIds: ids, jqls: ['labels = found-in-production', 'issuetype = Bug', 'nosuchfield = 1'] });
    expect(r.status).toBe(200);
    // every tenth imported issue (QA-1, QA-11, ...) carries the label
    expect(r.body.matches[0]).toEqual({ matchedIssues: [idOf('QA-1'), idOf('QA-11')], errors: [] });
    expect(r.body.matches[1]).toEqual({ matchedIssues: ids, errors: [] });
    expect(r.body.matches[2].matchedIssues).toEqual([]);
    expect(r.body.matches[2].errors.length).toBeGreaterThan(0);
  });

  it('matches only issues the caller may browse, and refuses more ids or queries than it takes', async () => {
    const r = await s.call('eve', 'POST', '/rest/api/3/jql/match', { issueIds: [idOf('QA-1')], jqls: ['issuetype = Bug'] });
    expect(r.body.matches).toEqual([{ matchedIssues: [], errors: [] }]);
    expect((await s.call('alice', 'POST', '/rest/api/3/jql/match', { issueIds: Array.from({ length: 51 }, (_, i) => i + 1), jqls: ['issuetype = Bug'] })).status).toBe(400);
    expect((await s.call('alice', 'POST', '/rest/api/3/jql/match', { issueIds: [1], jqls: Array.from({ length: 11 }, () => 'issuetype = Bug') })).status).toBe(400);
    expect((await s.call('alice', 'POST', '/rest/api/3/jql/match', { issueIds: [1, 1], jqls: ['issuetype = Bug'] })).status).toBe(400);
    expect((await s.call('alice', 'POST', '/rest/api/3/jql/match', { jqls: ['issuetype = Bug'] })).status).toBe(400);
  });
});
