/**
 * The app's site-wide statuses and resolutions (site-lists.ts) and how a computation chooses between
 * them and the viewer's own lists (withSiteMetadata), on the scripted site.
 */
import { createJiraError } from '../../../../src/jira/errors';
import type { StatusDetails } from '../../../../src/jira/types';
import {
  checkSiteListsDaily, readSiteListsOnInstall, SITE_LISTS_KEY, SITE_LISTS_TTL_SECONDS, SITE_LISTS_USED_KEY, trustedSiteLists, type KeptSiteLists,
} from '../../../../src/services/metrics/site-lists';
import { siteMetadataKey, withSiteMetadata, type SiteMetadata } from '../../../../src/services/metrics/site-metadata';
import { createFakeSite, memoryStore, STATUSES } from './fake-site';

const NOW = new Date('2026-12-05T09:00:00Z');
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const later = (ms: number) => new Date(NOW.getTime() + ms);

const LISTS: SiteMetadata = {
  statuses: [{ id: '1', name: 'Open', categoryKey: 'new' }, { id: '2', name: 'Closed', categoryKey: 'done' }],
  resolutions: ['Fixed'],
};

function keptLists(times: Partial<Pick<KeptSiteLists, 'fetchedAt' | 'checkedAt'>> = {}): KeptSiteLists {
  return { ...LISTS, fetchedAt: ago(2 * HOUR), checkedAt: ago(2 * HOUR), ...times };
}

/** A store with the app's lists and a use of them `usedAgo` ago. */
function storeWith(lists: KeptSiteLists | undefined, usedAgo: number | null = HOUR) {
  const store = memoryStore();
  if (lists) store.entries.set(SITE_LISTS_KEY, lists);
  if (usedAgo !== null) store.entries.set(SITE_LISTS_USED_KEY, { at: ago(usedAgo) });
  return store;
}

const refusal = (message = "The value 'Closed' does not exist for the field 'status'.") => createJiraError({
  status: 400, call: 'POST /rest/api/3/search/approximate-count', attempts: 1, body: { errorMessages: [message], errors: {} },
});
const countJql = (site: ReturnType<typeof createFakeSite>) => site.fake.requests.filter((r) => r.path.endsWith('/approximate-count')).map((r) => (r.body as { jql: string }).jql);

describe('the app\'s site lists, read when it is installed', () => {
  it('reads both lists, keeps them for eight days, and counts the install as a use', async () => {
    const site = createFakeSite({ defects: [] });
    const store = memoryStore();
    expect(await readSiteListsOnInstall(site.jira(), store, NOW)).toEqual({ action: 'read', reason: 'installed', statuses: STATUSES.length, resolutions: 6, jiraCalls: 2 });
    expect(site.calls().sort()).toEqual(['GET /rest/api/3/resolution', 'GET /rest/api/3/status']);
    const kept = store.entries.get(SITE_LISTS_KEY) as KeptSiteLists;
    expect(kept.statuses.map((s) => [s.name, s.categoryKey])).toEqual([['To Do', 'new'], ['In Progress', 'indeterminate'], ['Done', 'done'], ['Reopened', 'new']]);
    expect([kept.fetchedAt, kept.checkedAt]).toEqual([NOW.toISOString(), NOW.toISOString()]);
    expect(store.writes.find((w) => w.key === SITE_LISTS_KEY)?.ttlSeconds).toBe(SITE_LISTS_TTL_SECONDS);
    expect(store.entries.get(SITE_LISTS_USED_KEY)).toEqual({ at: NOW.toISOString() });
  });

  it('keeps each status name once per category (team-managed projects repeat them)', async () => {
    const repeated: StatusDetails[] = [...STATUSES, { ...STATUSES[2], id: '20001' }, { ...STATUSES[0], id: '20002', name: 'to do' }];
    const store = memoryStore();
    const jira = createFakeSite({ defects: [] }).jira();
    jira.client.getStatuses = async () => repeated;
    await readSiteListsOnInstall(jira, store, NOW);
    expect((store.entries.get(SITE_LISTS_KEY) as KeptSiteLists).statuses.map((s) => s.name)).toEqual(['To Do', 'In Progress', 'Done', 'Reopened']);
  });

  it('does not keep a read the app\'s permissions do not cover yet (no Done status, or no resolution): the daily run reads again', async () => {
    const jira = createFakeSite({ defects: [] }).jira();
    jira.client.getStatuses = async () => STATUSES.filter((s) => s.statusCategory?.key !== 'done');
    const store = memoryStore();
    expect(await readSiteListsOnInstall(jira, store, NOW)).toEqual(expect.objectContaining({ action: 'incomplete', statuses: 3 }));
    expect(store.entries.has(SITE_LISTS_KEY)).toBe(false);
    const site = createFakeSite({ defects: [] });
    expect(await checkSiteListsDaily(site.jira(), store, later(DAY))).toEqual(expect.objectContaining({ action: 'read', reason: 'none kept' }));
  });
});

describe('the daily check of the app\'s lists', () => {
  it('counts once over every project the app may browse, and renews the check, not the read', async () => {
    const site = createFakeSite({ defects: [] });
    const store = storeWith(keptLists({ fetchedAt: ago(3 * DAY), checkedAt: ago(DAY) }));
    expect(await checkSiteListsDaily(site.jira(), store, NOW)).toEqual({ action: 'checked', jiraCalls: 1 });
    expect(countJql(site)).toEqual(['status not in ("Open", "Closed") OR (resolution is not EMPTY AND resolution not in ("Fixed"))']);
    const kept = store.entries.get(SITE_LISTS_KEY) as KeptSiteLists;
    expect([kept.checkedAt, kept.fetchedAt]).toEqual([NOW.toISOString(), ago(3 * DAY)]);
  });

  it.each([
    ['out of date', 'an issue is in a status or has a resolution they do not name', { unknownInUse: 2 }],
    ['check refused', 'Jira refuses the check (a named status renamed or deleted)', { refuseCheck: true }],
  ])('reads them again (%s) when %s', async (reason, _case, data) => {
    const site = createFakeSite({ defects: [], ...data });
    const store = storeWith(keptLists());
    expect(await checkSiteListsDaily(site.jira(), store, NOW)).toEqual(expect.objectContaining({ action: 'read', reason }));
    expect(site.calls()[0]).toBe('POST /rest/api/3/search/approximate-count');
    expect((store.entries.get(SITE_LISTS_KEY) as KeptSiteLists).statuses).toHaveLength(STATUSES.length);
  });

  it('reads them again without a count once they are a week old (a status moved to another category changes no issue)', async () => {
    const site = createFakeSite({ defects: [] });
    const store = storeWith(keptLists({ fetchedAt: ago(7 * DAY) }));
    expect(await checkSiteListsDaily(site.jira(), store, NOW)).toEqual(expect.objectContaining({ action: 'read', reason: 'a week old' }));
    expect(countJql(site)).toEqual([]);
  });

  it('does nothing on a site whose figures went unused for 30 days, kept lists or none, and wakes once figures are asked for', async () => {
    for (const lists of [keptLists(), undefined]) {
      const site = createFakeSite({ defects: [] });
      const store = storeWith(lists, 30 * DAY);
      expect(await checkSiteListsDaily(site.jira(), store, NOW)).toEqual({ action: 'idle', jiraCalls: 0 });
      expect(site.calls()).toEqual([]);
    }
    // Figures asked for on the idle site, without trusted lists: the use is noted, and the next daily run reads.
    const site = createFakeSite({ defects: [] });
    const store = storeWith(undefined, 30 * DAY);
    await withSiteMetadata(site.jira(), store, 'QA', NOW, async () => undefined);
    expect(store.entries.get(SITE_LISTS_USED_KEY)).toEqual({ at: NOW.toISOString() });
    expect(await checkSiteListsDaily(createFakeSite({ defects: [] }).jira(), store, later(DAY))).toEqual(expect.objectContaining({ action: 'read', reason: 'none kept' }));
  });

  it('counts a use noted by a clock a little ahead as recent', async () => {
    const store = memoryStore();
    store.entries.set(SITE_LISTS_KEY, keptLists());
    store.entries.set(SITE_LISTS_USED_KEY, { at: later(60_000).toISOString() });
    expect((await checkSiteListsDaily(createFakeSite({ defects: [] }).jira(), store, NOW)).action).toBe('checked');
  });
});

describe('withSiteMetadata', () => {
  it('answers with the app\'s lists checked within 26 hours, asking Jira nothing, and notes the use once a day without touching the lists', async () => {
    const site = createFakeSite({ defects: [] });
    const store = storeWith(keptLists({ checkedAt: ago(24 * HOUR) }), 25 * HOUR);
    const seen: SiteMetadata[] = [];
    await withSiteMetadata(site.jira(), store, 'QA', NOW, async (lists) => { seen.push(lists); });
    expect(site.calls()).toEqual([]);
    expect(seen[0].statuses).toEqual(LISTS.statuses);
    expect(store.entries.get(SITE_LISTS_USED_KEY)).toEqual({ at: NOW.toISOString() });
    expect(store.writes.map((w) => w.key)).toEqual([SITE_LISTS_USED_KEY]);
    await withSiteMetadata(site.jira(), store, 'QA', later(HOUR), async () => undefined);
    expect(store.writes).toHaveLength(1);
  });

  it('does not trust lists the app last checked 26 hours ago or more: the viewer\'s own are read', async () => {
    const site = createFakeSite({ defects: [] });
    const store = storeWith(keptLists({ checkedAt: ago(26 * HOUR) }));
    expect(await trustedSiteLists(store, NOW)).toBeUndefined();
    const seen: SiteMetadata[] = [];
    await withSiteMetadata(site.jira(), store, 'QA', NOW, async (lists) => { seen.push(lists); });
    expect(site.calls()).toContain('GET /rest/api/3/status');
    expect(seen[0].statuses).toHaveLength(STATUSES.length);
  });

  it('when Jira refuses JQL built from the app\'s lists and also the count of what they miss, answers with the viewer\'s, for this read of the app\'s lists only', async () => {
    const site = createFakeSite({ defects: [], refuseCheck: true });
    const store = storeWith(keptLists());
    const seen: SiteMetadata[] = [];
    const work = async (lists: SiteMetadata) => {
      seen.push(lists);
      if (lists.statuses.some((s) => s.name === 'Closed')) throw refusal();
      return 'figures';
    };
    expect(await withSiteMetadata(site.jira(), store, 'QA', NOW, work)).toBe('figures');
    expect(seen.map((lists) => lists.statuses.length)).toEqual([2, STATUSES.length]);
    expect(countJql(site)[0]).toMatch(/^project = "QA" AND \(status not in \("Open", "Closed"\)/);
    expect(site.calls()).toEqual(expect.arrayContaining(['GET /rest/api/3/resolution', 'GET /rest/api/3/status']));
    expect(store.entries.get(siteMetadataKey('QA'))).toEqual(expect.objectContaining({ refusedSiteLists: ago(2 * HOUR) }));

    // The project's next figures use the viewer's kept lists, not that read of the app's lists.
    const before = site.calls().length;
    expect(await withSiteMetadata(site.jira(), store, 'QA', later(60_000), work)).toBe('figures');
    expect(seen.at(-1)?.statuses).toHaveLength(STATUSES.length);
    expect(site.calls().length).toBe(before);

    // Once the app reads its lists again, the project tries them again.
    store.entries.set(SITE_LISTS_KEY, { ...keptLists({ fetchedAt: later(DAY).toISOString(), checkedAt: later(DAY).toISOString() }), statuses: STATUSES.map((s) => ({ id: s.id, name: s.name, categoryKey: s.statusCategory?.key })) });
    const tried: number[] = [];
    await withSiteMetadata(site.jira(), store, 'QA', later(DAY + 60_000), async (lists) => { tried.push(lists.statuses.length); });
    expect(tried).toEqual([STATUSES.length]);
    expect(site.calls().length).toBe(before);
  });

  it('passes on a refusal that is not the lists\' (one count confirms Jira takes them), reading nothing and marking nothing', async () => {
    const site = createFakeSite({ defects: [] });
    const store = storeWith(keptLists());
    const badRule = refusal("Field 'customfield_10099' does not exist or you do not have permission to view it.");
    let runs = 0;
    await expect(withSiteMetadata(site.jira(), store, 'QA', NOW, async () => { runs += 1; throw badRule; })).rejects.toBe(badRule);
    expect(runs).toBe(1);
    expect(site.calls()).toEqual(['POST /rest/api/3/search/approximate-count']);
    expect(store.entries.has(siteMetadataKey('QA'))).toBe(false);
  });

  it('passes on any other failure of the work without a count, noting no use (nothing is written behind a refusal)', async () => {
    const site = createFakeSite({ defects: [] });
    const store = storeWith(keptLists(), null);
    const outage = createJiraError({ status: 503, call: 'POST /rest/api/3/search/approximate-count', attempts: 3 });
    await expect(withSiteMetadata(site.jira(), store, 'QA', NOW, async () => { throw outage; })).rejects.toBe(outage);
    expect(site.calls()).toEqual([]);
    expect(store.writes).toEqual([]);
  });
});

