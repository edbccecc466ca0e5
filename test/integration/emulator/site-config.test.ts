/** The site's configuration endpoints of the Jira emulator: statuses, types, priorities, resolutions, fields, projects. */
import { STATUS, USERS } from '../../../sandbox/seed/base';
import { startEmulator, type EmulatorServer } from './emulator-server';

let s: EmulatorServer;

beforeAll(async () => {
  s = await startEmulator({ seed: 'empty' });
});
afterAll(() => s.close());

const get = (path: string, who: 'dave' | 'eve' = 'dave') => s.call(who, 'GET', `/rest/api/3${path}`);

describe('workflow configuration', () => {
  it('lists statuses with their categories, and the categories', async () => {
    const statuses = await get('/status');
    expect(statuses.body.map((st: { id: string; name: string; statusCategory: { key: string } }) => [st.id, st.name, st.statusCategory.key])).toEqual([
      [STATUS.todo, 'To Do', 'new'], [STATUS.inProgress, 'In Progress', 'indeterminate'], [STATUS.done, 'Done', 'done'], [STATUS.reopened, 'Reopened', 'new'],
    ]);
    const categories = await get('/statuscategory');
    expect(categories.body.map((c: { key: string }) => c.key)).toEqual(['new', 'indeterminate', 'done']);
    expect(categories.body[0]).toEqual({ self: `${s.url}/rest/api/3/statuscategory/2`, id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' });
  });

  it('lists the statuses of the projects the caller may browse: none to someone who may browse no project', async () => {
    const statuses = await get('/status', 'eve');
    expect(statuses).toMatchObject({ status: 200, body: [] });
  });

  it('searches statuses of a project by category', async () => {
    const done = await get('/statuses/search?projectId=10000&statusCategory=DONE');
    expect(done.body).toMatchObject({ startAt: 0, total: 1, isLast: true, values: [{ id: STATUS.done, name: 'Done', statusCategory: 'DONE' }] });
    expect((await get('/statuses/search?projectId=10000', 'eve')).status).toBe(404);
  });
});

describe('project versions, paged', () => {
  type Page = { startAt: number; maxResults: number; total: number; isLast: boolean; nextPage?: string; values: { name: string; released: boolean }[] };

  it('filters by status, orders newest release first, and pages by startAt', async () => {
    const first = (await get('/project/QA/version?status=released&orderBy=-releaseDate&maxResults=3')).body as Page;
    expect(first).toMatchObject({ startAt: 0, maxResults: 3, total: 7, isLast: false });
    expect(first.values.map((v) => v.name)).toEqual(['1.6', '1.5', '1.4']);
    expect(first.nextPage).toContain('startAt=3');
    const last = (await get('/project/QA/version?status=released&orderBy=-releaseDate&maxResults=3&startAt=6')).body as Page;
    expect(last).toMatchObject({ isLast: true, values: [{ name: '1.0' }] });
    expect(((await get('/project/QA/version?status=unreleased')).body as Page).values.map((v) => v.name)).toEqual(['1.7']);
    // Oldest first, a version without a release date last; the sequence when no order is named.
    expect(((await get('/project/QA/version?orderBy=releaseDate')).body as Page).values.map((v) => v.name)).toEqual(['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7']);
    expect(((await get('/project/QA/version?maxResults=500')).body as Page).maxResults).toBe(50);
    // Not a documented status: no version (the stricter reading of an undocumented answer).
    expect(((await get('/project/QA/version?status=shipped')).body as Page).values).toEqual([]);
  });

  it('answers 404 to someone who may not browse the project', async () => {
    expect((await get('/project/QA/version', 'eve')).status).toBe(404);
  });
});

describe('issue types, priorities, resolutions, fields', () => {
  it('lists issue types, also per project (projectId required)', async () => {
    expect((await get('/issuetype')).body.map((t: { name: string }) => t.name)).toEqual(['Incident', 'Bug', 'Task', 'Story', 'Test', 'Test Execution', 'Test Plan']);
    const forProject = await get('/issuetype/project?projectId=10000');
    expect(forProject.body[0]).toMatchObject({ id: '10004', name: 'Incident', subtask: false, hierarchyLevel: 0 });
    expect((await get('/issuetype/project')).status).toBe(400);
    expect((await get('/issuetype/project?projectId=99999')).status).toBe(404);
  });

  it('lists priorities and resolutions (plain and paged)', async () => {
    const priorities = await get('/priority');
    expect(priorities.body.map((p: { name: string }) => p.name)).toEqual(['Highest', 'High', 'Medium', 'Low', 'Lowest']);
    expect(priorities.body.find((p: { name: string }) => p.name === 'Medium').isDefault).toBe(true);
    expect((await get('/resolution')).body.map((r: { name: string }) => r.name)).toContain('Cannot Reproduce');
    const page = await get('/resolution/search?maxResults=2');
    expect(page.body).toMatchObject({ startAt: 0, maxResults: 2, total: 6, isLast: false, values: [{ name: 'Done', default: true }, { name: "Won't Do", default: false }] });
  });

  it('lists system fields only, with clause names', async () => {
    const fields = await get('/field');
    expect(fields.body.every((f: { custom: boolean }) => f.custom === false)).toBe(true);
    expect(fields.body.find((f: { id: string }) => f.id === 'fixVersions')).toMatchObject({ name: 'Fix versions', clauseNames: ['fixVersion'], navigable: true });
    expect(fields.body.find((f: { id: string }) => f.id === 'comment')).toMatchObject({ navigable: false });
  });
});

describe('projects', () => {
  it('GET project/{key} and by id, with lead, components, versions and issue types', async () => {
    const byKey = await get('/project/QA');
    expect(byKey.body).toMatchObject({ id: '10000', key: 'QA', name: 'QA Platform', lead: { accountId: USERS.alice.accountId }, projectTypeKey: 'software' });
    expect(byKey.body.components.map((c: { name: string }) => c.name)).toEqual(['Checkout', 'Payments', 'Search', 'Accounts']);
    expect(byKey.body.versions.map((v: { name: string }) => v.name)).toEqual(['1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7']);
    expect((await get('/project/10000')).body.key).toBe('QA');
    const missing = await get('/project/NOPE');
    expect(missing.status).toBe(404);
    expect(missing.body.errorMessages[0]).toMatch(/NOPE/);
  });

  it('project/search pages the projects the user can browse', async () => {
    expect((await get('/project/search')).body).toMatchObject({ total: 2, isLast: true, values: [{ key: 'OPS' }, { key: 'QA' }] });
    expect((await get('/project/search', 'eve')).body).toMatchObject({ total: 0, values: [] });
    expect((await get('/project/search?query=zzz')).body.total).toBe(0);
  });

  it('lists components and versions with release dates', async () => {
    const components = await get('/project/QA/components');
    expect(components.body[1]).toMatchObject({ id: '10201', name: 'Payments', project: 'QA', projectId: 10000 });
    const versions = await get('/project/QA/versions');
    const released = versions.body.filter((v: { released: boolean }) => v.released);
    expect(released).toHaveLength(7);
    expect(released[6].releaseDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(versions.body[7]).toMatchObject({ name: '1.7', released: false, overdue: false });
  });
});

describe('offline icons', () => {
  it('serves the SVG icons and avatars that responses link to', async () => {
    const me = await s.call('alice', 'GET', '/rest/api/3/myself');
    const avatar = await fetch(me.body.avatarUrls['48x48']);
    expect(avatar.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await avatar.text()).toContain('>AN<');
  });
});
