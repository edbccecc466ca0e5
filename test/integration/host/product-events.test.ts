/**
 * Jira's product events through the local host, as Jira Cloud sends them: a person's edit,
 * transition or new issue link made through the emulator's REST API reaches the manifest's `trigger`
 * (avi:jira:created:issue, avi:jira:updated:issue, avi:jira:created:issuelink) a moment after the request, in Forge's
 * payload shapes, one event at a time; changes the app's own code made are kept from a trigger with
 * `filter.ignoreSelf` (so its follow-through writes never loop); a failing trigger is logged and
 * kept, and the host carries on; with the option off nothing is delivered at all.
 */
import api, { route } from '@forge/api';
import { APP_USER, USERS } from '../../../sandbox/seed/base';
import type { ProductEventRecord } from '../../../sandbox/host/product-event-delivery';
import { manifestVariant, type ManifestVariant } from '../../helpers/manifest-variant';
import { startSandbox, type Sandbox } from '../../helpers/sandbox';
import {
  actionsClient, dataOf, importIncident, item, jiraOk, storedDocument, storePostmortem, tasksOf, transition,
} from '../actions/actions-sandbox';
import { createTestApp, type RecordedCall } from './test-app';

const CREATED = 'avi:jira:created:issue';
const UPDATED = 'avi:jira:updated:issue';
const LINKED = 'avi:jira:created:issuelink';
const IGNORE_SELF = expect.stringContaining('ignoreSelf');

interface EventsAnswer { enabled: boolean; pending: number; events: ProductEventRecord[] }

async function events(sandbox: Sandbox): Promise<EventsAnswer> {
  const response = await fetch(`${sandbox.url}/__forge/events`);
  expect(response.status).toBe(200);
  return (await response.json()) as EventsAnswer;
}

/** QA-1's action-item task that is still To Do, as the demo seeds it. */
function openTaskOfQa1(sandbox: Sandbox) {
  const task = tasksOf(sandbox, 'QA-1').find((t) => sandbox.emulator.store.categoryOfStatus(t.fields.statusId) === 'new');
  if (!task) throw new Error('The demo seed has no open action-item task on QA-1');
  return task;
}

async function jql(sandbox: Sandbox, query: string): Promise<string[]> {
  const found = await jiraOk(sandbox, 'alice', '/rest/api/3/search/jql', { method: 'POST', body: { jql: query, fields: ['summary'] } });
  return (found as { issues: { key: string }[] }).issues.map((i) => i.key);
}

describe('with product events on (the real app, demo data)', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'demo', productEvents: { delayMs: 250 } });
  });
  afterAll(() => sandbox.close());
  beforeEach(() => sandbox.reset('demo'));

  it('a task moved to Done by a person updates the incident\'s post-mortem summary a moment later, with no trigger call', async () => {
    const task = openTaskOfQa1(sandbox);
    const before = storedDocument(sandbox, 'QA-1');
    const doneBefore = before.doneActions ?? 0;

    await transition(sandbox, 'alice', task.key, '31');
    const justAfter = await events(sandbox);
    expect(justAfter).toMatchObject({ enabled: true, pending: 1 });
    expect(justAfter.events).toEqual([expect.objectContaining({ eventType: UPDATED, status: 'pending', selfGenerated: false, deliverTo: ['issue-events', 'metrics-changes'], runs: [] })]);
    expect(storedDocument(sandbox, 'QA-1').revision).toBe(before.revision);

    await sandbox.host.productEvents.idle();
    const after = storedDocument(sandbox, 'QA-1');
    expect(after).toMatchObject({ openActions: before.openActions - 1, doneActions: doneBefore + 1, updatedBy: APP_USER.accountId });
    expect(after.revision).toBeGreaterThan(before.revision);
    await sandbox.searchIndexed();
    expect(await jql(sandbox, `issue.property[qa-postmortem].doneActions = ${doneBefore + 1}`)).toContain('QA-1');

    const delivered = await events(sandbox);
    expect(delivered.pending).toBe(0);
    expect(delivered.events).toHaveLength(1);
    expect(delivered.events[0]).toMatchObject({
      status: 'delivered',
      runs: [{
        moduleKey: 'issue-events', functionKey: 'issue-event-fn', ok: true,
        result: { eventType: UPDATED, refreshed: [expect.objectContaining({ incidentKey: 'QA-1', saved: true })] },
      }, {
        // The task is a figure of QA's follow-through: its project's cached figures are stale now.
        moduleKey: 'metrics-changes', functionKey: 'metrics-changes-fn', ok: true, result: { marked: 'QA' },
      }],
    });
  });

  it('sends avi:jira:updated:issue in Forge\'s shape: the issue as it was then, the actor and that change\'s changelog entry', async () => {
    const task = openTaskOfQa1(sandbox);
    await transition(sandbox, 'alice', task.key, '31');
    await sandbox.host.productEvents.idle();

    const [record] = (await events(sandbox)).events;
    const now = await jiraOk(sandbox, 'alice', `/rest/api/3/issue/${task.key}?expand=changelog`) as {
      fields: Record<string, unknown>; changelog: { histories: { id: string; items: unknown[] }[] };
    };
    const newest = now.changelog.histories[0];
    expect(Object.keys(record.event).sort()).toEqual(['atlassianId', 'changelog', 'eventType', 'issue']);
    expect(record.event).toEqual({
      eventType: UPDATED,
      atlassianId: USERS.alice.accountId,
      issue: {
        id: task.id,
        key: task.key,
        fields: expect.objectContaining({
          summary: task.fields.summary,
          status: now.fields.status,
          resolution: expect.objectContaining({ name: 'Done' }),
          issuetype: expect.objectContaining({ name: 'Task' }),
          project: expect.objectContaining({ key: 'QA' }),
          assignee: expect.objectContaining({ accountId: task.fields.assigneeAccountId }),
          updated: now.fields.updated,
        }),
      },
      changelog: { id: newest.id, items: newest.items },
    });
    expect((record.event.changelog as { items: unknown[] }).items).toContainEqual({
      field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10000', fromString: 'To Do', to: '10001', toString: 'Done',
    });
  });

  it('a link made to an incident from an issue without the marker is dropped by the trigger\'s filter: no invocation', async () => {
    const store = sandbox.emulator.store;
    const incident = store.issueByIdOrKey('QA-2');
    const bug = store.issues().find((i) => store.issueTypeById(i.fields.issueTypeId)?.name === 'Bug' && store.linksOf(i.id).length === 0);
    if (!incident || !bug) throw new Error('The demo seed has no QA-2 or no unlinked bug');

    await jiraOk(sandbox, 'alice', '/rest/api/3/issueLink', {
      method: 'POST', body: { type: { name: 'Relates' }, outwardIssue: { key: bug.key }, inwardIssue: { key: 'QA-2' } },
    });
    await sandbox.host.productEvents.idle();

    const link = store.linksOf(bug.id).find((l) => l.inwardIssueId === incident.id);
    const relates = store.linkTypeByName('Relates');
    const recorded = (await events(sandbox)).events;
    expect(recorded).toHaveLength(1);
    // "For issue links, filtering is based on the source issue": the bug carries no marker.
    expect(recorded[0]).toMatchObject({ eventType: LINKED, status: 'ignored', selfGenerated: false, runs: [] });
    expect(recorded[0].event).toEqual({
      eventType: LINKED,
      id: link?.id,
      sourceIssueId: bug.id,
      destinationIssueId: incident.id,
      sourceProjectId: bug.projectId,
      destinationProjectId: incident.projectId,
      issueLinkType: { id: relates?.id, name: 'Relates', inward: 'relates to', outward: 'relates to' },
    });
  });

  it('a link made from an action-item task reaches the trigger, which checks the task against its incident\'s ledger', async () => {
    const store = sandbox.emulator.store;
    const task = store.issues().find((i) => i.properties.has('qa-postmortem-action'));
    const other = store.issueByIdOrKey('QA-3');
    if (!task || !other) throw new Error('The demo seed has no action-item task or no QA-3');

    await jiraOk(sandbox, 'alice', '/rest/api/3/issueLink', {
      method: 'POST', body: { type: { name: 'Relates' }, outwardIssue: { key: task.key }, inwardIssue: { key: 'QA-3' } },
    });
    await sandbox.host.productEvents.idle();

    const [record] = (await events(sandbox)).events;
    expect(record).toMatchObject({ eventType: LINKED, status: 'delivered', runs: [{ moduleKey: 'issue-events', ok: true }] });
    expect((record.runs[0] as { result: { refreshed: { incidentKey?: string }[] } }).result.refreshed).toHaveLength(1);
  });

  it('keeps the app\'s own changes (as a user or as the app) from its ignoreSelf trigger, so nothing loops', async () => {
    const incident = importIncident(sandbox);
    await storePostmortem(sandbox, incident, [item('a1'), item('a2')]);
    const created = dataOf(await actionsClient(sandbox).create('alice', incident)).results.map((r) => r.taskKey as string);
    expect(created).toHaveLength(2);
    await sandbox.host.runAs(null, async () => {
      const moved = await api.asApp().requestJira(route`/rest/api/3/issue/${created[0]}/transitions`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transition: { id: '31' } }),
      });
      expect(moved.status).toBe(204);
    });
    await sandbox.host.productEvents.idle();

    const fromApp = (await events(sandbox)).events;
    expect(fromApp.map((e) => e.eventType).sort()).toEqual([CREATED, CREATED, LINKED, LINKED, UPDATED]);
    for (const record of fromApp) {
      expect(record.selfGenerated).toBe(true);
      // The follow-through trigger never runs on the app's own change; the metrics one (no
      // ignoreSelf: the app's tasks are figures) marks the project of each new or moved task.
      expect(record.runs.filter((run) => run.moduleKey === 'issue-events')).toEqual([]);
      if (record.eventType === CREATED) expect(record).toMatchObject({ status: 'delivered', deliverTo: ['metrics-changes'], ignoredBy: [] });
      else expect(record).toMatchObject({ ignoredBy: [{ moduleKey: 'issue-events', reason: IGNORE_SELF }] });
      if (record.eventType === LINKED) expect(record).toMatchObject({ status: 'ignored', deliverTo: [], runs: [] });
      if (record.eventType === UPDATED) expect(record).toMatchObject({ status: 'delivered', deliverTo: ['metrics-changes'] });
    }
    expect(fromApp.find((e) => e.eventType === UPDATED)?.event.atlassianId).toBe(APP_USER.accountId);
    const unchanged = storedDocument(sandbox, incident);
    expect(unchanged.doneActions).toBe(0);

    await transition(sandbox, 'bob', created[1], '31');
    await sandbox.host.productEvents.idle();
    const all = (await events(sandbox)).events;
    expect(all).toHaveLength(6);
    expect(all[0]).toMatchObject({ eventType: UPDATED, selfGenerated: false, status: 'delivered', event: { atlassianId: USERS.bob.accountId } });
    expect(storedDocument(sandbox, incident)).toMatchObject({ doneActions: 2, openActions: 0 });
  });
});

describe('with product events off (the default in tests)', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'demo' });
  });
  afterAll(() => sandbox.close());

  it('delivers nothing: a transition and a new link leave the post-mortem as it was', async () => {
    const task = openTaskOfQa1(sandbox);
    const before = storedDocument(sandbox, 'QA-1');
    await transition(sandbox, 'alice', task.key, '31');
    await jiraOk(sandbox, 'alice', '/rest/api/3/issueLink', {
      method: 'POST', body: { type: { name: 'Relates' }, outwardIssue: { key: task.key }, inwardIssue: { key: 'QA-2' } },
    });
    expect(await events(sandbox)).toEqual({ enabled: false, pending: 0, events: [] });
    await sandbox.host.productEvents.idle();
    expect(storedDocument(sandbox, 'QA-1')).toEqual(before);
  });
});

describe('delivery to a trigger without ignoreSelf (a test app)', () => {
  let sandbox: Sandbox;
  let variant: ManifestVariant;
  let calls: RecordedCall[];
  const logged: string[] = [];
  let issueKey: string;

  beforeAll(async () => {
    variant = manifestVariant((manifest) => {
      // One trigger (the follow-through one), with no filter at all: neither ignoreSelf nor the
      // marker expression, per trigger or per event.
      manifest.modules.trigger = manifest.modules.trigger.filter((t) => t.key !== 'metrics-changes');
      manifest.modules.function = manifest.modules.function.filter((f) => f.key !== 'metrics-changes-fn');
      for (const trigger of manifest.modules.trigger) {
        delete trigger.filter;
        trigger.events = (trigger.events as Array<string | { eventType: string }>).map((e) => (typeof e === 'string' ? e : e.eventType));
      }
    });
    const app = createTestApp();
    calls = app.calls;
    sandbox = await startSandbox({
      seed: 'empty', handlers: app.handlers, manifestPath: variant.path, productEvents: { log: (message) => { logged.push(message); } },
    });
  });
  afterAll(async () => {
    await sandbox.close();
    variant.remove();
  });
  beforeEach(async () => {
    sandbox.reset('empty');
    calls.length = 0;
    logged.length = 0;
    const created = await jiraOk(sandbox, 'alice', '/rest/api/3/issue', {
      method: 'POST', body: { fields: { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary: 'Write the contract test' } },
    });
    issueKey = (created as { key: string }).key;
  });

  const rename = (key: string, summary: string, user = 'alice') =>
    jiraOk(sandbox, user, `/rest/api/3/issue/${key}`, { method: 'PUT', body: { fields: { summary } } });

  it('runs the trigger as the app with the event, Forge\'s context, and selfGenerated on the record for the app\'s own change', async () => {
    await sandbox.host.runAs('carol', async () => {
      const edited = await api.asUser().requestJira(route`/rest/api/3/issue/${issueKey}`, {
        method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fields: { summary: 'Write the contract tests' } }),
      });
      expect(edited.status).toBe(204);
    });
    await sandbox.host.productEvents.idle();

    expect(calls).toHaveLength(1);
    expect(calls[0].event).toMatchObject({
      eventType: UPDATED,
      atlassianId: USERS.carol.accountId,
      issue: { key: issueKey, fields: { summary: 'Write the contract tests' } },
      changelog: { items: [{ field: 'summary', fieldtype: 'jira', fieldId: 'summary', from: null, fromString: 'Write the contract test', to: null, toString: 'Write the contract tests' }] },
      context: { cloudId: expect.any(String), moduleKey: 'issue-events' },
    });
    expect(calls[0].context).toEqual({ installContext: expect.stringMatching(/^ari:cloud:jira::site\//) });
    const [record] = (await events(sandbox)).events;
    expect(record).toMatchObject({ selfGenerated: true, status: 'delivered', ignoredBy: [], runs: [{ ok: true, result: { appAccount: APP_USER.accountId } }] });
  });

  it('delivers one event at a time, in the order the changes happened', async () => {
    await rename(issueKey, 'first');
    await rename(issueKey, 'second', 'bob');
    await rename(issueKey, 'third');
    await sandbox.host.productEvents.idle();
    expect(calls.map((c) => (c.event as { issue: { fields: { summary: string } } }).issue.fields.summary)).toEqual(['first', 'second', 'third']);
    expect((await events(sandbox)).events.map((e) => e.status)).toEqual(['delivered', 'delivered', 'delivered']);
  });

  it('logs and keeps a trigger\'s failure, and carries on with the next event', async () => {
    await rename(issueKey, 'please explode');
    await rename(issueKey, 'calm again');
    await sandbox.host.productEvents.idle();

    const [calm, exploded] = (await events(sandbox)).events;
    expect(exploded).toMatchObject({
      status: 'failed',
      runs: [{ moduleKey: 'issue-events', ok: false, error: { code: 'Error', message: 'trigger exploded on "please explode"' } }],
    });
    expect(calm).toMatchObject({ status: 'delivered', runs: [{ ok: true }] });
    expect(logged).toEqual([expect.stringContaining('trigger exploded on "please explode"')]);
    expect((await sandbox.jira('alice', `/rest/api/3/issue/${issueKey}?fields=summary`)).status).toBe(200);
  });
});
