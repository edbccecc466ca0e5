/**
 * Issues in the Jira emulator: create, read with field selection and expansions, edit with update
 * operations, transitions; every change written to the changelog as Jira writes it.
 */
import { STATUS, USERS } from '../../../sandbox/seed/base';
import { adf, importIssue, startEmulator, type EmulatorServer } from './emulator-server';
import { instant, JIRA_TIME } from '../../helpers/jira-time';

let s: EmulatorServer;
let clock: Date;

const advance = (minutes: number) => { clock = new Date(clock.getTime() + minutes * 60_000); };

beforeAll(async () => {
  clock = new Date();
  s = await startEmulator({ seed: 'empty', now: () => clock });
});
afterAll(() => s.close());
beforeEach(() => {
  clock = new Date(Date.now() - 3_600_000);
  s.emulator.reset('empty');
});

const createTask = (fields: Record<string, unknown> = {}, who: 'alice' | 'bob' = 'bob') =>
  s.call(who, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary: 'Add a regression test', ...fields } });

describe('POST issue', () => {
  it('creates QA-1, QA-2... with Jira\'s defaults and answers {id, key, self}', async () => {
    const first = await createTask({ description: adf('Cover the 502 path'), labels: ['postmortem'], duedate: '2030-01-31', assignee: { accountId: USERS.carol.accountId }, priority: { name: 'High' }, components: [{ name: 'Payments' }] });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: expect.stringMatching(/^\d+$/), key: 'QA-1', self: `${s.url}/rest/api/3/issue/${first.body.id}` });
    const second = await createTask();
    expect(second.body.key).toBe('QA-2');
    expect(Number(second.body.id)).toBe(Number(first.body.id) + 1);

    const issue = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1');
    expect(issue.body.fields).toMatchObject({
      summary: 'Add a regression test',
      description: adf('Cover the 502 path'),
      issuetype: { name: 'Task', id: '10002' },
      project: { key: 'QA', id: '10000' },
      status: { name: 'To Do', id: STATUS.todo, statusCategory: { key: 'new' } },
      priority: { name: 'High' },
      resolution: null,
      assignee: { accountId: USERS.carol.accountId },
      reporter: { accountId: USERS.bob.accountId },
      labels: ['postmortem'],
      components: [{ name: 'Payments', id: '10201' }],
      duedate: '2030-01-31',
      resolutiondate: null,
      created: expect.stringMatching(JIRA_TIME),
    });
    expect(issue.body.changelog).toBeUndefined();
    const defaults = await s.call('bob', 'GET', '/rest/api/3/issue/QA-2?fields=priority,reporter');
    expect(defaults.body.fields.priority.name).toBe('Medium');
  });

  it('refuses bad input with Jira\'s field errors and creates nothing', async () => {
    const r = await s.call('bob', 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'QA' }, issuetype: { name: 'Epic' }, priority: { name: 'Urgent' }, labels: ['has space'], description: 'plain text', status: { name: 'Done' } },
    });
    expect(r.status).toBe(400);
    expect(r.body.errorMessages).toEqual([]);
    expect(r.body.errors).toEqual({
      issuetype: 'Specify a valid issue type',
      summary: 'You must specify a summary of the issue.',
      priority: "Specify a valid 'id' or 'name' for Priority",
      labels: "The label 'has space' contains spaces which is invalid.",
      description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
      status: "Field 'status' cannot be set. It is not on the appropriate screen, or unknown.",
    });
    const noProject = await s.call('bob', 'POST', '/rest/api/3/issue', { fields: { project: { key: 'NOPE' }, issuetype: { name: 'Task' }, summary: 'x' } });
    expect(noProject.body.errors).toEqual({ project: 'Specify a valid project ID or key' });
    const notAssignable = await createTask({ assignee: { accountId: USERS.dave.accountId } });
    expect(notAssignable.body.errors.assignee).toMatch(/cannot be assigned/);
    expect(s.emulator.store.issues()).toHaveLength(0);
    expect((await createTask({}, 'alice')).body.key).toBe('QA-1');
  });
});

describe('GET issue', () => {
  beforeEach(async () => {
    s.emulator.importIssues({ issues: [importIssue({ key: 'QA-7', properties: [{ key: 'qa-postmortem', value: { stage: 'gather' } }, { key: 'other', value: 1 }] }, { labels: ['x'] })] } as never);
    await s.call('alice', 'POST', '/rest/api/3/issue/QA-7/comment', { body: adf('first') });
  });

  it('selects fields like Jira: *all by default, a list, -x, *navigable without comment', async () => {
    const all = await s.call('alice', 'GET', '/rest/api/3/issue/QA-7');
    expect(Object.keys(all.body.fields)).toEqual(expect.arrayContaining(['summary', 'status', 'comment', 'issuelinks', 'statuscategorychangedate']));
    expect(all.body.fields.comment).toMatchObject({ total: 1, startAt: 0, comments: [{ body: adf('first') }] });
    const some = await s.call('alice', 'GET', '/rest/api/3/issue/QA-7?fields=summary,labels&fields=status');
    expect(Object.keys(some.body.fields).sort()).toEqual(['labels', 'status', 'summary']);
    const minus = await s.call('alice', 'GET', '/rest/api/3/issue/QA-7?fields=*all,-comment,-description');
    expect(minus.body.fields).not.toHaveProperty('comment');
    expect(minus.body.fields).not.toHaveProperty('description');
    expect(minus.body.fields).toHaveProperty('summary');
    const navigable = await s.call('alice', 'GET', '/rest/api/3/issue/QA-7?fields=*navigable');
    expect(navigable.body.fields).not.toHaveProperty('comment');
    expect(navigable.body.fields).toHaveProperty('labels');
  });

  it('returns properties, names and the changelog on request', async () => {
    await s.call('alice', 'PUT', '/rest/api/3/issue/QA-7', { fields: { summary: 'Renamed' } });
    const r = await s.call('alice', 'GET', '/rest/api/3/issue/QA-7?fields=summary&properties=qa-postmortem&expand=names,changelog');
    expect(r.body.properties).toEqual({ 'qa-postmortem': { stage: 'gather' } });
    expect(r.body.names).toEqual({ summary: 'Summary' });
    expect(r.body.changelog).toMatchObject({ startAt: 0, total: 1, maxResults: 1, histories: [{ items: [{ field: 'summary', fromString: 'Something broke', toString: 'Renamed' }] }] });
    const allProps = await s.call('alice', 'GET', '/rest/api/3/issue/QA-7?fields=summary&properties=*all,-other');
    expect(allProps.body.properties).toEqual({ 'qa-postmortem': { stage: 'gather' } });
    expect((await s.call('alice', 'GET', '/rest/api/3/issue/QA-999')).status).toBe(404);
    const byId = await s.call('alice', 'GET', `/rest/api/3/issue/${r.body.id}?fields=summary`);
    expect(byId.body.key).toBe('QA-7');
  });
});

describe('PUT issue', () => {
  beforeEach(() => {
    s.emulator.importIssues({ issues: [importIssue({ key: 'QA-1' }, { labels: ['a', 'b'], priority: { name: 'Low' }, components: [{ name: 'Search' }] })] } as never);
  });

  it('applies fields and update operations, writes one changelog entry and moves updated', async () => {
    const before = s.emulator.store.issueByIdOrKey('QA-1')?.fields.updated;
    advance(30);
    const r = await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1', {
      fields: { assignee: { accountId: USERS.carol.accountId }, priority: { id: '2' }, duedate: '2031-05-01' },
      update: { labels: [{ add: 'escaped' }, { remove: 'a' }], components: [{ set: [{ name: 'Payments' }] }] },
    });
    expect(r.status).toBe(204);
    const issue = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1?fields=labels,assignee,priority,components,updated,duedate&expand=changelog');
    expect(issue.body.fields.labels).toEqual(['b', 'escaped']);
    expect(issue.body.fields.components.map((c: { name: string }) => c.name)).toEqual(['Payments']);
    expect(instant(issue.body.fields.updated)).toBe(clock.toISOString());
    expect(issue.body.fields.updated).not.toBe(before);
    const [history] = issue.body.changelog.histories;
    expect(history.author.accountId).toBe(USERS.bob.accountId);
    expect(history.created).toBe(issue.body.fields.updated);
    expect(history.items).toEqual([
      { field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: null, fromString: null, to: USERS.carol.accountId, toString: 'Carol Okafor' },
      { field: 'priority', fieldtype: 'jira', fieldId: 'priority', from: '4', fromString: 'Low', to: '2', toString: 'High' },
      { field: 'duedate', fieldtype: 'jira', fieldId: 'duedate', from: null, fromString: null, to: '2031-05-01', toString: '2031-05-01 00:00:00.0' },
      { field: 'labels', fieldtype: 'jira', fieldId: 'labels', from: null, fromString: 'a b', to: null, toString: 'b escaped' },
      { field: 'Component', fieldtype: 'jira', fieldId: 'components', from: '10202', fromString: 'Search', to: null, toString: null },
      { field: 'Component', fieldtype: 'jira', fieldId: 'components', from: null, fromString: null, to: '10201', toString: 'Payments' },
    ]);
  });

  it('writes nothing for a no-op edit and refuses unknown fields with 400', async () => {
    expect((await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1', { fields: { summary: 'Something broke' } })).status).toBe(204);
    expect(s.emulator.store.issueByIdOrKey('QA-1')?.changelog).toHaveLength(0);
    const bad = await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1', { fields: { summary: 'ok', customfield_1: 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ customfield_1: "Field 'customfield_1' cannot be set. It is not on the appropriate screen, or unknown." });
    expect(s.emulator.store.issueByIdOrKey('QA-1')?.fields.summary).toBe('Something broke');
    const returned = await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1?returnIssue=true&fields=summary', { update: { summary: [{ set: 'New' }] } });
    expect(returned.status).toBe(200);
    expect(returned.body.fields).toEqual({ summary: 'New' });
  });
});

describe('transitions', () => {
  beforeEach(() => {
    s.emulator.importIssues({ issues: [importIssue({ key: 'QA-1' })] } as never);
  });

  it('lists the transitions available from the current status', async () => {
    const r = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1/transitions');
    expect(r.body.transitions.map((t: { id: string; to: { name: string } }) => [t.id, t.to.name])).toEqual([['21', 'In Progress'], ['31', 'Done']]);
  });

  it('entering Done sets resolution and resolutiondate, reopening clears them, each with changelog items', async () => {
    advance(10);
    expect((await s.call('bob', 'POST', '/rest/api/3/issue/QA-1/transitions', { transition: { id: '21' } })).status).toBe(204);
    advance(10);
    const doneAt = clock.toISOString();
    expect((await s.call('bob', 'POST', '/rest/api/3/issue/QA-1/transitions', { transition: { id: '31' }, fields: { resolution: { name: 'Fixed' } } })).status).toBe(204);
    let issue = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1?fields=status,resolution,resolutiondate,statuscategorychangedate&expand=changelog');
    expect(issue.body.fields).toMatchObject({ status: { name: 'Done' }, resolution: { name: 'Fixed' } });
    expect([instant(issue.body.fields.resolutiondate), instant(issue.body.fields.statuscategorychangedate)]).toEqual([doneAt, doneAt]);
    expect(issue.body.changelog.histories[0].items).toEqual([
      { field: 'status', fieldtype: 'jira', fieldId: 'status', from: STATUS.inProgress, fromString: 'In Progress', to: STATUS.done, toString: 'Done' },
      { field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: null, fromString: null, to: '10005', toString: 'Fixed' },
    ]);
    advance(10);
    expect((await s.call('carol', 'POST', '/rest/api/3/issue/QA-1/transitions', { transition: { id: '41' } })).status).toBe(204);
    issue = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1?fields=status,resolution,resolutiondate&expand=changelog');
    expect(issue.body.fields).toMatchObject({ status: { name: 'Reopened' }, resolution: null, resolutiondate: null });
    expect(issue.body.changelog.histories[0]).toMatchObject({
      author: { accountId: USERS.carol.accountId },
      items: [
        { field: 'status', from: STATUS.done, fromString: 'Done', to: STATUS.reopened, toString: 'Reopened' },
        { field: 'resolution', from: '10005', fromString: 'Fixed', to: null, toString: null },
      ],
    });
    advance(10);
    await s.call('bob', 'POST', '/rest/api/3/issue/QA-1/transitions', { transition: { id: '31' } });
    issue = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1?fields=resolution');
    expect(issue.body.fields.resolution.name).toBe('Done');
  });

  it('refuses a transition that is not available with 400 and changes nothing', async () => {
    const r = await s.call('bob', 'POST', '/rest/api/3/issue/QA-1/transitions', { transition: { id: '41' } });
    expect(r.status).toBe(400);
    expect(r.body.errorMessages).toEqual(["Transition id '41' is not valid for this issue."]);
    expect((await s.call('bob', 'POST', '/rest/api/3/issue/QA-1/transitions', {})).status).toBe(400);
    expect(s.emulator.store.issueByIdOrKey('QA-1')?.fields.statusId).toBe(STATUS.todo);
  });
});

describe('GET issue changelog', () => {
  it('pages the histories oldest first with startAt and maxResults', async () => {
    s.emulator.importIssues({ issues: [importIssue({ key: 'QA-1' })] } as never);
    for (const summary of ['one', 'two', 'three']) {
      advance(1);
      await s.call('bob', 'PUT', '/rest/api/3/issue/QA-1', { fields: { summary } });
    }
    const first = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1/changelog?maxResults=2');
    expect(first.body).toMatchObject({ startAt: 0, maxResults: 2, total: 3, isLast: false });
    expect(first.body.values.map((h: { items: { toString: string }[] }) => h.items[0].toString)).toEqual(['one', 'two']);
    const second = await s.call('bob', 'GET', '/rest/api/3/issue/QA-1/changelog?maxResults=2&startAt=2');
    expect(second.body).toMatchObject({ startAt: 2, total: 3, isLast: true });
    expect(second.body.values[0].items[0].toString).toBe('three');
  });
});
