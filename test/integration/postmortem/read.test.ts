/**
 * getPostmortem through the local Forge host against the emulator's demo data: the finished
 * incident with its action-item tasks' live state, the in-progress and fresh incidents; two Jira
 * requests made as the user, plus one search once an action item has a task; a reader who may not
 * edit; a user who may not see the incident; an issue that is not an incident.
 */
import { POSTMORTEM_PROPERTY_KEY } from '../../../src/domain/postmortem';
import { USERS } from '../../../sandbox/seed/base';
import { DEMO_INCIDENTS } from '../../../sandbox/seed/demo';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import { clearJiraCalls, dataOf, jiraCalls, panelClient, storedProperty } from './panel-client';

let sandbox: Sandbox;
let panel: ReturnType<typeof panelClient>;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'demo' });
  panel = panelClient(sandbox);
});
afterAll(() => sandbox.close());

describe('getPostmortem on the demo incidents', () => {
  it('shows the completed post-mortem of QA-1 with every stage to review done and nothing new from Jira', async () => {
    const view = dataOf(await panel.get('alice', DEMO_INCIDENTS.completed));
    expect(view.document).toMatchObject({ status: 'complete', stage: 'follow-through', rootCauseCategory: 'environment-gap' });
    expect(view.document.rootCause.whys).toHaveLength(5);
    expect(view.document.actionItems.every((a) => a.ownerAccountId && a.dueDate)).toBe(true);
    expect(view.findings).toEqual([]);
    expect(view.stages.filter((s) => s.id !== 'follow-through' && !s.complete)).toEqual([]);
    expect(view.timelineSuggestions).toEqual([]);
    expect(view.incident).toMatchObject({ key: 'QA-1', issueType: 'Incident', statusCategory: 'done', components: ['Checkout', 'Payments'] });
    expect(view.canEdit).toBe(true);
  });

  it('has the summary comment QA-1 got when it was completed', async () => {
    const view = dataOf(await panel.get('alice', DEMO_INCIDENTS.completed));
    const { body } = await sandbox.jira<{ comments: { body: { type: string; content: { type: string }[] }; created: string; author: { accountId: string } }[] }>('alice', `/rest/api/3/issue/${DEMO_INCIDENTS.completed}/comment`);
    const summary = body.comments.at(-1);
    expect(summary?.author.accountId).toBe(view.document.review.completedBy);
    expect(Date.parse(summary?.created ?? '')).toBe(Date.parse(view.document.review.completedAt ?? ''));
    expect(summary?.body).toMatchObject({ type: 'doc', version: 1 });
    expect(summary?.body.content[0].type).toBe('heading');
    expect(JSON.stringify(summary?.body)).toContain('QA post-mortem complete: QA-1');
  });

  it('shows QA-2 in progress at the root cause, with the comment made after the timeline as a suggestion', async () => {
    const view = dataOf(await panel.get('alice', DEMO_INCIDENTS.inProgress));
    expect(view.document).toMatchObject({ status: 'in-progress', stage: 'root-cause' });
    const stage = (id: string) => view.stages.find((s) => s.id === id);
    expect(stage('gather')?.complete).toBe(true);
    expect(stage('timeline')?.complete).toBe(true);
    expect(stage('root-cause')?.missing).toEqual(['Why 3 has no answer', 'Root-cause category is not set']);
    expect(view.timelineSuggestions.map((s) => s.kind)).toEqual(['comment']);
    expect(view.timelineSuggestions[0].text).toMatch(/^Webhook retry fix is in review/);
  });

  it('shows the fresh QA-3 as a draft with its timeline pre-filled from its Jira history, links at their true times, and stores nothing', async () => {
    const view = dataOf(await panel.get('alice', DEMO_INCIDENTS.fresh));
    expect(view.revision).toBe(0);
    expect(view.document).toMatchObject({ status: 'draft', stage: 'gather', revision: 0 });
    expect(view.document.gather.affectedComponents).toEqual(['Search']);
    const events = view.document.timeline.events;
    expect(events.map((s) => s.kind)).toEqual(expect.arrayContaining(['status', 'priority', 'assignee', 'comment', 'link']));
    expect(view.timelineSuggestions).toEqual([]);
    // Jira's changelog records when each link was made: none is stamped at the incident's creation.
    const links = events.filter((e) => e.kind === 'link');
    const created = events.find((e) => e.text.startsWith('Incident created'))!.at;
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((e) => !e.text.includes('time of linking not recorded') && e.at > created)).toBe(true);
    expect(view.people.map((p) => p.displayName)).toEqual(expect.arrayContaining(['Alice Nguyen', 'Dave Russo']));
    expect(storedProperty(sandbox, DEMO_INCIDENTS.fresh)).toBeUndefined();
  });

  it('uses two Jira requests, as the user, where no action item has a task yet', async () => {
    clearJiraCalls(sandbox);
    const view = dataOf(await panel.get('bob', DEMO_INCIDENTS.inProgress));
    const calls = jiraCalls(sandbox);
    expect(calls.map((c) => c.call).sort()).toEqual([`GET /rest/api/3/issue/${DEMO_INCIDENTS.inProgress}`, 'GET /rest/api/3/mypermissions']);
    expect(calls.every((c) => c.accountId === USERS.bob.accountId)).toBe(true);
    expect(view.actionTasks).toEqual({});
  });

  it('adds one bulk read by id, as the user, for the live state of the tasks the app recorded (search would lag)', async () => {
    clearJiraCalls(sandbox);
    await panel.get('bob', DEMO_INCIDENTS.completed);
    const calls = jiraCalls(sandbox);
    expect(calls.map((c) => c.call).sort()).toEqual(['GET /rest/api/3/issue/QA-1', 'GET /rest/api/3/mypermissions', 'POST /rest/api/3/issue/bulkfetch']);
    expect(calls.every((c) => c.accountId === USERS.bob.accountId)).toBe(true);
  });

  it('shows QA-1\'s tasks as Jira has them now: three done, one overdue, one not due yet', async () => {
    const view = dataOf(await panel.get('alice', DEMO_INCIDENTS.completed));
    const items = view.document.actionItems;
    expect(Object.keys(view.actionTasks).sort()).toEqual(items.map((i) => i.id).sort());
    for (const item of items) {
      expect(view.actionTasks[item.id]).toMatchObject({
        taskKey: item.taskKey, status: item.taskStatus, statusCategory: item.taskStatusCategory, dueDate: item.dueDate,
        assignee: { accountId: item.ownerAccountId, displayName: item.ownerDisplayName }, linked: true,
      });
    }
    const tasks = Object.values(view.actionTasks);
    expect(tasks.filter((t) => t.statusCategory === 'done')).toHaveLength(3);
    expect(tasks.filter((t) => t.overdue).map((t) => t.actionId)).toEqual(['qa1-action-2']);
    expect(view.document).toMatchObject({ openActions: 2, overdueActions: 1, doneActions: 3, fixValidation: 'done' });
    expect(view.stages.find((s) => s.id === 'follow-through')).toMatchObject({ complete: true, missing: [] });

    const task = await sandbox.jira<{ fields: { labels: string[]; issuelinks: { outwardIssue?: { key: string } }[] } }>('alice', `/rest/api/3/issue/${view.actionTasks['qa1-action-2'].taskKey}?fields=labels,issuelinks`);
    expect(task.body.fields.labels).toEqual(['postmortem-action', 'pm-exploratory-charter']);
    expect(task.body.fields.issuelinks.map((l) => l.outwardIssue?.key)).toEqual([DEMO_INCIDENTS.completed]);
  });

  it('finds QA-1 by JQL over its overdue actions and its finished fix validation', async () => {
    const search = async (jql: string) => (await sandbox.jira<{ issues: { key: string }[] }>('alice', '/rest/api/3/search/jql', {
      method: 'POST', body: { jql, fields: ['summary'] },
    })).body.issues.map((i) => i.key);
    expect(await search('issue.property[qa-postmortem].overdueActions > 0')).toEqual([DEMO_INCIDENTS.completed]);
    expect(await search('issue.property[qa-postmortem].fixValidation = done')).toEqual([DEMO_INCIDENTS.completed]);
  });

  it('lets dave read but not edit', async () => {
    const alice = dataOf(await panel.get('alice', DEMO_INCIDENTS.completed));
    const dave = dataOf(await panel.get('dave', DEMO_INCIDENTS.completed));
    expect(dave.canEdit).toBe(false);
    expect(dave.document).toEqual(alice.document);
  });

  it('answers eve NOT_FOUND with no post-mortem data', async () => {
    const answer = await panel.get('eve', DEMO_INCIDENTS.completed);
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect(JSON.stringify(answer.body)).not.toMatch(/Checkout|card|environment-gap/i);
  });

  it('reads the incident of the context, and refuses an issue named in the payload', async () => {
    const view = dataOf(await panel.get('alice', DEMO_INCIDENTS.fresh));
    expect(view.incident.key).toBe(DEMO_INCIDENTS.fresh);
    expect(view.document.status).toBe('draft');
    const named = await panel.get('alice', DEMO_INCIDENTS.fresh, { issueKey: DEMO_INCIDENTS.completed });
    expect(named.status).toBe(400);
    expect(named.body).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('issueKey: is not a field this call takes') } });
  });

  it('refuses an issue that is not an incident', async () => {
    const bug = sandbox.emulator.store.issues().find((i) => i.fields.issueTypeId === '10001');
    if (!bug) throw new Error('the demo seed has no bug');
    const answer = await panel.get('alice', bug.key);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/^This panel works on incidents/) } });
    expect(storedProperty(sandbox, bug.key, POSTMORTEM_PROPERTY_KEY)).toBeUndefined();
  });

  it('refuses a call without an issue in its context', async () => {
    const answer = await panel.raw('alice', 'getPostmortem', {}, {});
    expect(answer.body).toEqual({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/no issue in its Forge context/) } });
  });
});
