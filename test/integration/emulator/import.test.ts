/**
 * POST /__sandbox/import and reset: names to ids, keys, backdated times, histories, comments, links and
 * properties; validation that refuses the whole body; and the demo seed.
 */
import { STATUS, USERS } from '../../../sandbox/seed/base';
import { importIssue, startEmulator, type EmulatorServer } from './emulator-server';

let s: EmulatorServer;
const now = new Date();
const daysAgo = (d: number, hours = 0) => new Date(now.getTime() - d * 86_400_000 + hours * 3_600_000).toISOString();

beforeAll(async () => {
  s = await startEmulator({ seed: 'empty', now: () => now });
});
afterAll(() => s.close());
beforeEach(() => s.emulator.reset('empty'));

const post = (body: unknown) => s.call('nobody', 'POST', '/__sandbox/import', body);

describe('import', () => {
  it('imports Jira-shaped issues with names: ids resolved, times backdated, histories, comments, links, properties', async () => {
    const r = await post({
      issues: [
        importIssue({
          key: 'QA-10',
          changelog: { histories: [
            { author: { accountId: USERS.bob.accountId }, created: daysAgo(9), items: [{ field: 'status', fromString: 'To Do', toString: 'In Progress' }] },
            { author: { emailAddress: 'bob@example.com' }, created: daysAgo(8), items: [{ field: 'status', fromString: 'In Progress', toString: 'Done' }, { field: 'resolution', toString: 'Fixed' }] },
          ] },
          comments: [{ author: { accountId: USERS.carol.accountId }, body: 'Fixed in 1.4\nVerified on staging', created: daysAgo(8, 1) }],
          links: [{ type: { name: 'Causes' }, outwardIssue: { key: 'QA-11' } }],
          properties: [{ key: 'marker', value: { n: 1 } }],
        }, {
          status: { name: 'done' }, resolution: { name: 'Fixed' }, priority: { name: 'High' }, labels: ['found-in-production'],
          components: [{ name: 'payments' }], fixVersions: [{ name: '1.4' }], assignee: { emailAddress: 'carol@example.com' },
          reporter: { accountId: USERS.dave.accountId }, created: daysAgo(10), description: 'Card payments fail',
        }),
        importIssue({ key: 'QA-11' }, { issuetype: { name: 'Incident' }, created: daysAgo(7) }),
        importIssue({}, { summary: 'auto key' }),
      ],
    });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ keys: ['QA-10', 'QA-11', 'QA-12'] });

    const bug = await s.call('alice', 'GET', '/rest/api/3/issue/QA-10?expand=changelog&properties=marker');
    const f = bug.body.fields;
    expect(f).toMatchObject({
      status: { id: STATUS.done }, resolution: { name: 'Fixed' }, priority: { name: 'High' }, labels: ['found-in-production'],
      components: [{ name: 'Payments' }], fixVersions: [{ name: '1.4' }], assignee: { accountId: USERS.carol.accountId },
      reporter: { accountId: USERS.dave.accountId },
      created: daysAgo(10).replace('Z', '+0000'),
      resolutiondate: daysAgo(8).replace('Z', '+0000'),
      statuscategorychangedate: daysAgo(8).replace('Z', '+0000'),
      updated: daysAgo(8, 1).replace('Z', '+0000'),
      description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Card payments fail' }] }] },
    });
    expect(f.comment.comments[0].body.content).toHaveLength(2);
    expect(f.issuelinks).toEqual([expect.objectContaining({ type: expect.objectContaining({ name: 'Causes' }), outwardIssue: expect.objectContaining({ key: 'QA-11' }) })]);
    expect(bug.body.properties).toEqual({ marker: { n: 1 } });
    const oldestFirst = [...bug.body.changelog.histories].reverse();
    expect(oldestFirst[0].items[0]).toEqual({ field: 'status', fieldtype: 'jira', fieldId: 'status', from: STATUS.todo, fromString: 'To Do', to: STATUS.inProgress, toString: 'In Progress' });
    expect(oldestFirst[1].items[1]).toMatchObject({ field: 'resolution', fieldId: 'resolution', from: null, to: '10005', toString: 'Fixed' });
    expect(oldestFirst[1].author.accountId).toBe(USERS.bob.accountId);

    const created = await s.call('alice', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary: 'next' } });
    expect(created.body.key).toBe('QA-13');
  });

  it('refuses the whole body when any issue is wrong, naming the index and the field', async () => {
    const r = await post({
      issues: [
        importIssue({ key: 'QA-1' }),
        importIssue({}, { status: { name: 'Blocked' } }),
        importIssue({ key: 'QA-1' }, { components: [{ name: 'Billing' }] }),
        importIssue({ key: 'QA-4', links: [{ type: { name: 'Relates' }, inwardIssue: { key: 'QA-77' } }] }),
        importIssue({ changelog: { histories: [{ created: 'yesterday', items: [{ field: 'status', fromString: 'To Do', toString: 'Nope' }] }] } }),
      ],
    });
    expect(r.status).toBe(400);
    const messages: string[] = r.body.errorMessages;
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^issues\[1\]\.fields\.status: .*Blocked/),
      expect.stringMatching(/^issues\[2\]\.key: .*QA-1.*already used/),
      expect.stringMatching(/^issues\[2\]\.fields\.components: .*Billing/),
      expect.stringMatching(/^issues\[3\]\.links\[0\]: .*QA-77/),
      expect.stringMatching(/^issues\[4\]\.changelog\.histories\[0\]\.created: /),
      expect.stringMatching(/^issues\[4\]\.changelog\.histories\[0\]\.items\[0\]\.to: .*Nope/),
    ]));
    expect(s.emulator.store.issues()).toHaveLength(0);
    expect(() => s.emulator.importIssues({ issues: [importIssue({}, { issuetype: { name: 'Epic' } })] } as never)).toThrow(/issues\[0\]\.fields\.issuetype/);
    expect(s.emulator.store.issues()).toHaveLength(0);
  });

  it('continues keys after the highest explicit one, including keys already in the site', async () => {
    await post({ issues: [importIssue({ key: 'QA-40' })] });
    const r = await post({ issues: [importIssue(), importIssue({ key: 'QA-45' }), importIssue()] });
    expect(r.body.keys).toEqual(['QA-46', 'QA-45', 'QA-47']);
    expect((await post({ issues: [importIssue({ key: 'QA-40' })] })).status).toBe(400);
    expect((await post({ issues: [importIssue({ key: 'XY-1' })] })).status).toBe(400);
  });

  it('imports 50,000 issues with 5 histories each, and searches them (how fast: npm run bench:sandbox)', async () => {
    const statuses = ['To Do', 'In Progress', 'Done', 'Reopened', 'In Progress', 'Done'];
    const issues = Array.from({ length: 50_000 }, (_, i) => importIssue({
      changelog: { histories: Array.from({ length: 5 }, (_, h) => ({ created: daysAgo(300, h + i / 1000), items: [{ field: 'status', fromString: statuses[h], toString: statuses[h + 1] }] })) },
    }, { created: daysAgo(300, i / 1000), status: { name: 'Done' }, labels: i % 4 === 0 ? ['found-in-production'] : [] }));
    s.emulator.importIssues({ issues } as never);
    const search = await s.call('alice', 'POST', '/rest/api/3/search/jql', { jql: 'project = QA AND labels = found-in-production', maxResults: 5000 });
    expect(s.emulator.store.issues()).toHaveLength(50_000);
    expect(search.body.issues).toHaveLength(5000);
  });
});

describe('reset', () => {
  it('POST /__sandbox/reset loads a seed, clearing issues, faults and the request log', async () => {
    await post({ issues: [importIssue()] });
    s.emulator.setFaults([{ path: '/rest/api/3/myself', status: 500, count: 5 }]);
    const empty = await s.call('nobody', 'POST', '/__sandbox/reset', { seed: 'empty' });
    expect(empty.body).toEqual({ seed: 'empty', issues: 0 });
    expect((await s.call('alice', 'GET', '/rest/api/3/myself')).status).toBe(200);
    expect((await s.call('nobody', 'POST', '/__sandbox/reset', { seed: 'full' })).status).toBe(400);
  });

  it('the demo seed imports the demo issues with their incidents', async () => {
    const r = await s.call('nobody', 'POST', '/__sandbox/reset', { seed: 'demo' });
    expect(r.body.issues).toBeGreaterThan(300);
    const incident = await s.call('alice', 'GET', '/rest/api/3/issue/QA-1?fields=issuetype,issuelinks');
    expect(incident.body.fields.issuetype.name).toBe('Incident');
    expect(incident.body.fields.issuelinks.length).toBeGreaterThanOrEqual(3);
  });
});
