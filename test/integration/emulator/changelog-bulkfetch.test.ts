/** POST changelog/bulkfetch in the Jira emulator: the 1,000-issue cap, field filtering and token paging. */
import { STATUS, USERS } from '../../../sandbox/seed/base';
import { importIssue, startEmulator, type EmulatorServer } from './emulator-server';
import { instant, JIRA_TIME } from '../../helpers/jira-time';

let s: EmulatorServer;
const base = Date.parse('2026-01-01T00:00:00.000Z') - 200 * 86_400_000;
const at = (hours: number) => new Date(base + hours * 3_600_000).toISOString();

/** Issue i: created at hour i, then To Do -> In Progress (i+1 h), a priority change (i+2 h), -> Done (i+3 h). */
const issueWithHistory = (i: number) => importIssue({
  key: `QA-${i + 1}`,
  changelog: {
    histories: [
      { created: at(i + 1), author: { accountId: USERS.bob.accountId }, items: [{ field: 'status', fromString: 'To Do', toString: 'In Progress' }] },
      { created: at(i + 2), author: { emailAddress: 'carol@example.com' }, items: [{ field: 'priority', from: '3', fromString: 'Medium', to: '2', toString: 'High' }] },
      { created: at(i + 3), items: [{ field: 'status', fromString: 'In Progress', toString: 'Done' }, { field: 'resolution', fromString: null, toString: 'Done' }] },
    ],
  },
}, { created: at(i), status: { name: 'Done' }, resolution: { name: 'Done' } });

beforeAll(async () => {
  s = await startEmulator({ seed: 'empty' });
  s.emulator.importIssues({ issues: Array.from({ length: 30 }, (_, i) => issueWithHistory(i)) } as never);
});
afterAll(() => s.close());

const fetchPage = (body: Record<string, unknown>, who: 'alice' | 'eve' = 'alice') => s.call(who, 'POST', '/rest/api/3/changelog/bulkfetch', body);

describe('POST changelog/bulkfetch', () => {
  it('returns status histories only, with status ids and names, grouped per issue', async () => {
    const r = await fetchPage({ issueIdsOrKeys: ['QA-1', 'QA-2'], fieldIds: ['status'] });
    expect(r.status).toBe(200);
    expect(r.body).not.toHaveProperty('nextPageToken');
    const byIssue = Object.fromEntries(r.body.issueChangeLogs.map((l: { issueId: string; changeHistories: unknown[] }) => [l.issueId, l.changeHistories]));
    const id1 = s.emulator.store.issueByIdOrKey('QA-1')?.id as string;
    expect(byIssue[id1]).toEqual([
      { id: expect.any(String), author: expect.objectContaining({ accountId: USERS.bob.accountId }), created: expect.stringMatching(JIRA_TIME), items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: STATUS.todo, fromString: 'To Do', to: STATUS.inProgress, toString: 'In Progress' }] },
      { id: expect.any(String), created: expect.stringMatching(JIRA_TIME), items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: STATUS.inProgress, fromString: 'In Progress', to: STATUS.done, toString: 'Done' }] },
    ]);
    expect(byIssue[id1].map((h: { created: string }) => instant(h.created))).toEqual([at(1), at(3)]);
  });

  it('pages by nextPageToken over histories ordered by time, and the pages add up to everything', async () => {
    const keys = Array.from({ length: 30 }, (_, i) => `QA-${i + 1}`);
    const time = (created: string) => Date.parse(instant(created));
    const pages: number[][] = [];
    const perIssue = new Map<string, number[]>();
    let token: string | undefined;
    do {
      const r = await fetchPage({ issueIdsOrKeys: keys, maxResults: 25, ...(token ? { nextPageToken: token } : {}) });
      expect(r.status).toBe(200);
      const page: number[] = [];
      for (const log of r.body.issueChangeLogs) {
        for (const h of log.changeHistories) {
          page.push(time(h.created));
          perIssue.set(log.issueId, [...(perIssue.get(log.issueId) ?? []), time(h.created)]);
        }
      }
      pages.push(page);
      token = r.body.nextPageToken;
    } while (token);
    expect(pages.map((p) => p.length)).toEqual([25, 25, 25, 15]);
    for (let i = 1; i < pages.length; i += 1) expect(Math.max(...pages[i - 1])).toBeLessThanOrEqual(Math.min(...pages[i]));
    expect(perIssue.size).toBe(30);
    for (const times of perIssue.values()) {
      expect(times).toHaveLength(3);
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('refuses more than 1000 issues, no issues, more than 10 fields and a foreign token with 400', async () => {
    const tooMany = await fetchPage({ issueIdsOrKeys: Array.from({ length: 1001 }, (_, i) => `QA-${i + 1}`) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errorMessages[0]).toMatch(/1000/);
    expect((await fetchPage({ issueIdsOrKeys: Array.from({ length: 1000 }, (_, i) => `QA-${i + 1}`) })).status).toBe(200);
    expect((await fetchPage({ issueIdsOrKeys: [] })).status).toBe(400);
    expect((await fetchPage({ issueIdsOrKeys: ['QA-1'], fieldIds: Array.from({ length: 11 }, (_, i) => `f${i}`) })).status).toBe(400);
    const page = await fetchPage({ issueIdsOrKeys: ['QA-1', 'QA-2'], maxResults: 1 });
    expect((await fetchPage({ issueIdsOrKeys: ['QA-3'], maxResults: 1, nextPageToken: page.body.nextPageToken })).status).toBe(400);
  });

  it('leaves out issues the caller cannot browse or that do not exist', async () => {
    expect((await fetchPage({ issueIdsOrKeys: ['QA-1'] }, 'eve')).body).toEqual({ issueChangeLogs: [] });
    const r = await fetchPage({ issueIdsOrKeys: ['QA-1', 'QA-999'], fieldIds: ['priority'] });
    expect(r.body.issueChangeLogs).toHaveLength(1);
    expect(r.body.issueChangeLogs[0].changeHistories[0].items[0]).toMatchObject({ field: 'priority', from: '3', to: '2' });
  });
});
