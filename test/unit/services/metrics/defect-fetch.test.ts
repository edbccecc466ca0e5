import { JiraError } from '../../../../src/jira';
import type { DefectRecord } from '../../../../src/domain/metrics';
import { fetchDefectRecords, fetchDefects, type DefectFetchProgress } from '../../../../src/services/metrics/defect-fetch';
import { createFakeSite, jiraTime, STATUS, type FakeDefect } from './fake-site';

const now = new Date();
const SCOPE = 'project = "QA" AND issuetype in ("Bug")';
const ESCAPED = `(${SCOPE}) AND (labels = found-in-production)`;

function defects(count: number): FakeDefect[] {
  return Array.from({ length: count }, (_, i) => ({
    id: String(10001 + i),
    created: jiraTime(now, 10 + (i % 50)),
    escaped: i % 10 === 0,
    walk: i % 3 === 0 ? [STATUS.inProgress, STATUS.done, STATUS.reopened] : [STATUS.inProgress, STATUS.done],
  }));
}

describe('fetchDefectRecords', () => {
  it('pages the search by 100, fetches histories 1,000 issues a request while the search goes on, and marks the escaped', async () => {
    const site = createFakeSite({ defects: defects(2300) });

    const { records } = await fetchDefectRecords(site.jira(), { scopeJql: SCOPE, escapedJql: ESCAPED });

    const searches = site.searches('defects');
    expect(searches).toHaveLength(23);
    expect(searches[0].body).toEqual({ jql: SCOPE, fields: ['issuetype', 'status', 'resolution', 'resolutiondate', 'created', 'labels', 'components', 'fixVersions'], maxResults: 100 });
    expect(site.searches('escaped').map((r) => r.body)).toEqual([{ jql: ESCAPED, fields: ['id'], maxResults: 5000 }]);
    const bulk = site.fake.requestsTo('POST', '/rest/api/3/changelog/bulkfetch');
    expect(bulk.map((r) => (r.body as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length)).toEqual([1000, 1000, 300]);
    // The first bulk request goes out before the search has finished paging.
    expect(site.fake.requests.indexOf(bulk[0])).toBeLessThan(site.fake.requests.indexOf(searches[22]));
    expect(site.calls().filter((c) => c.includes('/issue/'))).toEqual([]);

    expect(records).toHaveLength(2300);
    expect(records.filter((r) => r.escaped)).toHaveLength(230);
    const first = records.find((r) => r.key === 'QA-1');
    expect(first).toEqual(expect.objectContaining({ escaped: true, currentStatusId: STATUS.reopened, issueType: 'Bug' }));
    expect(first?.statusHistory.map((c) => [c.fromStatusId, c.toStatusId])).toEqual([
      [STATUS.todo, STATUS.inProgress], [STATUS.inProgress, STATUS.done], [STATUS.done, STATUS.reopened],
    ]);
  });

  it('joins the histories of an issue that Jira spreads over two changelog pages', async () => {
    const site = createFakeSite({ defects: defects(3), historiesPerPage: 2 });

    const { records } = await fetchDefectRecords(site.jira(), { scopeJql: SCOPE, escapedJql: ESCAPED });

    expect(site.fake.requestsTo('POST', '/rest/api/3/changelog/bulkfetch').length).toBeGreaterThan(1);
    expect(records.map((r) => r.statusHistory.length)).toEqual([3, 2, 2]);
  });

  it('reports defects while searching, then histories of the known total', async () => {
    const site = createFakeSite({ defects: defects(1250) });
    const steps: DefectFetchProgress[] = [];

    await fetchDefectRecords(site.jira(), { scopeJql: SCOPE, escapedJql: ESCAPED, onProgress: (p) => steps.push(p) });

    const searching = steps.filter((s) => s.phase === 'defects');
    expect(searching.map((s) => s.done)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1250]);
    const histories = steps.filter((s) => s.phase === 'changelogs');
    expect(steps.indexOf(histories[0])).toBeGreaterThan(steps.indexOf(searching.at(-1) as DefectFetchProgress));
    expect(histories.at(-1)).toEqual({ phase: 'changelogs', done: 1250, total: 1250 });
  });

  it('fails with the Jira error when a changelog request keeps failing, and leaves nothing unhandled', async () => {
    const site = createFakeSite({ defects: defects(1500), failing: { 'POST /rest/api/3/changelog/bulkfetch': 500 } });
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);

    const failure = fetchDefectRecords(site.jira(), { scopeJql: SCOPE, escapedJql: ESCAPED });

    await expect(failure).rejects.toThrow(JiraError);
    await expect(failure).rejects.toThrow(/POST \/rest\/api\/3\/changelog\/bulkfetch returned 500 after 3 attempts/);
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('hands the reducer each batch of 1,000 finished records while the search goes on, and keeps only its answers', async () => {
    const site = createFakeSite({ defects: defects(2300) });
    const batches: { size: number; requestsSoFar: number; withHistory: number; escaped: number }[] = [];

    const result = await fetchDefects(site.jira(), { scopeJql: SCOPE, escapedJql: ESCAPED }, (records: DefectRecord[]) => {
      batches.push({
        size: records.length,
        requestsSoFar: site.searches('defects').length,
        withHistory: records.filter((r) => r.statusHistory.length > 0).length,
        escaped: records.filter((r) => r.escaped).length,
      });
      return records.map((r) => r.key);
    });

    expect(batches.map((b) => [b.size, b.withHistory, b.escaped])).toEqual([[1000, 1000, 100], [1000, 1000, 100], [300, 300, 30]]);
    // The first batch is reduced (and its records let go) long before the search has paged through.
    expect(batches[0].requestsSoFar).toBeLessThan(23);
    expect(result.received).toBe(2300);
    expect(result.items).toHaveLength(2300);
    expect(result.items.slice(0, 3)).toEqual(['QA-1', 'QA-2', 'QA-3']);
    expect(result.items.at(-1)).toBe('QA-2300');
  });

  it('fails with the reducer\'s error and leaves nothing unhandled', async () => {
    const site = createFakeSite({ defects: defects(1200) });
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);

    const failure = fetchDefects(site.jira(), { scopeJql: SCOPE, escapedJql: ESCAPED }, () => { throw new RangeError('no catalogue'); });

    await expect(failure).rejects.toThrow(new RangeError('no catalogue'));
    await new Promise((resolve) => setImmediate(resolve));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
