/**
 * The app's site-wide statuses and resolutions (site-lists.ts) and how a computation chooses between
 * them and the viewer's own lists (withSiteMetadata), on the scripted site.
 */
import { createJiraError } from '../../../../src/jira/errors';
import {
  refreshSiteLists, SITE_LISTS_KEY, SITE_LISTS_TTL_SECONDS, trustedSiteLists, type KeptSiteLists,
} from '../../../../src/services/metrics/site-lists';
import { siteMetadataKey, withSiteMetadata, type SiteMetadata } from '../../../../src/services/metrics/site-metadata';
import { createFakeSite, memoryStore, STATUSES } from './fake-site';

const NOW = new Date('2026-12-05T09:00:00Z');
const HOUR = 3600 * 1000;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

const LISTS: SiteMetadata = {
  statuses: [{ id: '1', name: 'Open', categoryKey: 'new' }, { id: '2', name: 'Closed', categoryKey: 'done' }],
  resolutions: ['Fixed'],
};

function keptLists(times: Partial<Pick<KeptSiteLists, 'fetchedAt' | 'checkedAt' | 'usedAt'>> = {}): KeptSiteLists {
  return { ...LISTS, fetchedAt: ago(2 * HOUR), checkedAt: ago(2 * HOUR), usedAt: ago(2 * HOUR), ...times };
}

const refused = () => createJiraError({ status: 400, call: 'POST /rest/api/3/search/approximate-count', attempts: 1, body: { errorMessages: ["The value 'Closed' does not exist for the field 'status'."], errors: {} } });

describe('refreshSiteLists (as the app)', () => {
  it('reads both lists when the app is installed, and keeps them for eight days', async () => {
    const site = createFakeSite({ defects: [] });
    const store = memoryStore();
    const run = await refreshSiteLists(site.jira(), store, NOW, { read: true });
    expect(run).toEqual({ action: 'read', statuses: STATUSES.length, resolutions: 6, jiraCalls: 2 });
    expect(site.calls().sort()).toEqual(['GET /rest/api/3/resolution', 'GET /rest/api/3/status']);
    const kept = store.entries.get(SITE_LISTS_KEY) as KeptSiteLists;
    expect(kept.statuses.map((s) => [s.name, s.categoryKey])).toEqual([['To Do', 'new'], ['In Progress', 'indeterminate'], ['Done', 'done'], ['Reopened', 'new']]);
    expect([kept.fetchedAt, kept.checkedAt, kept.usedAt]).toEqual([NOW.toISOString(), NOW.toISOString(), NOW.toISOString()]);
    expect(store.writes.at(-1)?.ttlSeconds).toBe(SITE_LISTS_TTL_SECONDS);
  });

  it('reads them on the daily run when none are kept', async () => {
    const site = createFakeSite({ defects: [] });
    expect((await refreshSiteLists(site.jira(), memoryStore(), NOW)).action).toBe('read');
  });

  it('checks kept lists with one count over every project the app may browse, and keeps their read time', async () => {
    const site = createFakeSite({ defects: [] });
    const store = memoryStore();
    store.entries.set(SITE_LISTS_KEY, keptLists({ fetchedAt: ago(3 * 24 * HOUR), checkedAt: ago(24 * HOUR) }));
    expect(await refreshSiteLists(site.jira(), store, NOW)).toEqual({ action: 'checked', jiraCalls: 1 });
    expect(site.calls()).toEqual(['POST /rest/api/3/search/approximate-count']);
    expect((site.fake.requests[0].body as { jql: string }).jql).toBe('status not in ("Open", "Closed") OR (resolution is not EMPTY AND resolution not in ("Fixed"))');
    const kept = store.entries.get(SITE_LISTS_KEY) as KeptSiteLists;
    expect(kept.checkedAt).toBe(NOW.toISOString());
    expect(kept.fetchedAt).toBe(ago(3 * 24 * HOUR));
  });

  it.each([
    ['an issue is in a status or has a resolution they do not name', { unknownInUse: 2 }],
    ['Jira refuses the check (a named status renamed or deleted)', { refuseCheck: true }],
  ])('reads them again when %s', async (_case, data) => {
    const site = createFakeSite({ defects: [], ...data });
    const store = memoryStore();
    store.entries.set(SITE_LISTS_KEY, keptLists());
    const run = await refreshSiteLists(site.jira(), store, NOW);
    expect(run.action).toBe('read');
    expect(site.calls()[0]).toBe('POST /rest/api/3/search/approximate-count');
    expect((store.entries.get(SITE_LISTS_KEY) as KeptSiteLists).statuses).toHaveLength(STATUSES.length);
  });

  it('reads them again, without a count, once they are a week old (a status moved to another category changes no issue)', async () => {
    const site = createFakeSite({ defects: [] });
    const store = memoryStore();
    store.entries.set(SITE_LISTS_KEY, keptLists({ fetchedAt: ago(7 * 24 * HOUR) }));
    expect((await refreshSiteLists(site.jira(), store, NOW)).action).toBe('read');
    expect(site.calls()).not.toContain('POST /rest/api/3/search/approximate-count');
  });

  it('does nothing on a site whose figures went unused for 30 days, but still reads them on an upgrade', async () => {
    const site = createFakeSite({ defects: [] });
    const store = memoryStore();
    store.entries.set(SITE_LISTS_KEY, keptLists({ usedAt: ago(30 * 24 * HOUR) }));
    expect(await refreshSiteLists(site.jira(), store, NOW)).toEqual({ action: 'idle', jiraCalls: 0 });
    expect(site.calls()).toEqual([]);
    expect((await refreshSiteLists(site.jira(), store, NOW, { read: true })).action).toBe('read');
  });
});

describe('withSiteMetadata', () => {
  it('answers with the app\'s lists checked within a day, asking Jira nothing, and notes their use once a day', async () => {
    const site = createFakeSite({ defects: [] });
    const store = memoryStore();
    store.entries.set(SITE_LISTS_KEY, keptLists({ checkedAt: ago(24 * HOUR), usedAt: ago(25 * HOUR) }));
    const seen: SiteMetadata[] = [];
    await withSiteMetadata(site.jira(), store, 'QA', NOW, async (lists) => { seen.push(lists); });
    expect(site.calls()).toEqual([]);
    expect(seen[0].statuses).toEqual(LISTS.statuses);
    expect((store.entries.get(SITE_LISTS_KEY) as KeptSiteLists).usedAt).toBe(NOW.toISOString());
    const writes = store.writes.length;
    await withSiteMetadata(site.jira(), store, 'QA', new Date(NOW.getTime() + HOUR), async () => undefined);
    expect(store.writes.length).toBe(writes);
  });

  it('does not trust lists the app last checked over 26 hours ago: the viewer\'s own are read', async () => {
    const site = createFakeSite({ defects: [] });
    const store = memoryStore();
    store.entries.set(SITE_LISTS_KEY, keptLists({ checkedAt: ago(27 * HOUR) }));
    expect(await trustedSiteLists(store, NOW)).toBeUndefined();
    const seen: SiteMetadata[] = [];
    await withSiteMetadata(site.jira(), store, 'QA', NOW, async (lists) => { seen.push(lists); });
    expect(site.calls()).toContain('GET /rest/api/3/status');
    expect(seen[0].statuses).toHaveLength(STATUSES.length);
  });

  it('when Jira refuses JQL built from the app\'s lists for this viewer, answers with the viewer\'s and keeps using those for the project', async () => {
    const site = createFakeSite({ defects: [] });
    const store = memoryStore();
    store.entries.set(SITE_LISTS_KEY, keptLists());
    const seen: SiteMetadata[] = [];
    const work = async (lists: SiteMetadata) => {
      seen.push(lists);
      if (lists.statuses.some((s) => s.name === 'Closed')) throw refused();
      return 'figures';
    };
    expect(await withSiteMetadata(site.jira(), store, 'QA', NOW, work)).toBe('figures');
    expect(seen.map((lists) => lists.statuses.length)).toEqual([2, STATUSES.length]);
    expect(site.calls().sort()).toEqual(['GET /rest/api/3/resolution', 'GET /rest/api/3/status']);
    expect(store.entries.get(siteMetadataKey('QA'))).toEqual(expect.objectContaining({ siteListsRefused: true }));

    // The next computation of the project uses the viewer's kept lists, not the app's again.
    const before = site.calls().length;
    expect(await withSiteMetadata(site.jira(), store, 'QA', new Date(NOW.getTime() + 60_000), work)).toBe('figures');
    expect(seen.at(-1)?.statuses).toHaveLength(STATUSES.length);
    expect(site.calls().length).toBe(before);
  });

  it('passes on any other failure of the work', async () => {
    const site = createFakeSite({ defects: [] });
    const store = memoryStore();
    store.entries.set(SITE_LISTS_KEY, keptLists());
    const outage = createJiraError({ status: 503, call: 'POST /rest/api/3/search/approximate-count', attempts: 3 });
    await expect(withSiteMetadata(site.jira(), store, 'QA', NOW, async () => { throw outage; })).rejects.toBe(outage);
    expect(site.calls()).toEqual([]);
  });
});
