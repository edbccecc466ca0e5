/**
 * The product-event trigger (avi:jira:updated:issue, avi:jira:created:issuelink) through the local
 * Forge host: when an action-item task changes, the incident's post-mortem is brought up to date as
 * the app, so JQL over `issue.property[qa-postmortem]` (openActions, overdueActions, doneActions,
 * fixValidation) stays true; the daily run catches tasks that merely passed their due date;
 * unrelated issues are ignored after at most one request; a link event repairs a post-mortem whose
 * write-back was lost.
 */
import type { ActionItemsWriteBackDetails } from '../../../src/contract';
import { asUserTransport, createJiraClient } from '../../../src/jira';
import { loadActionTaskStatuses, runDailyFollowThrough } from '../../../src/services/actions';
import { APP_USER, USERS } from '../../../sandbox/seed/base';
import { forgeLedgerStore } from '../../../src/services/ledger';
import type { Sandbox } from '../../helpers/sandbox';
import {
  asApp, calls, clearCalls, dataOf, dayIn, errorOf, importIncident, item, jiraOk, storedDocument, storePostmortem, transition,
  useActionsSuite, type ActionsClient,
} from './actions-sandbox';

let sandbox: Sandbox;
let client: ActionsClient;
let incident: string;
useActionsSuite((suite) => {
  ({ sandbox, client, incident } = suite);
});

interface TriggerAnswer {
  ignoredBy?: { moduleKey: string; reason: string }[];
  ran: { moduleKey: string; ok: boolean; result?: { refreshed: { incidentKey: string; saved: boolean; summary?: Record<string, unknown> }[]; ignored?: string }; error?: unknown }[];
}

async function productEvent(event: Record<string, unknown>) {
  const answer = await sandbox.trigger<TriggerAnswer>({ type: 'product-event', event });
  expect(answer.status).toBe(200);
  // The follow-through trigger's run; a task is also a metrics figure, so metrics-changes runs too.
  const runs = answer.body.ran.filter((r) => r.moduleKey === 'issue-events');
  expect(runs).toHaveLength(1);
  const [run] = runs;
  if (!run.ok || !run.result) throw new Error(`The trigger failed: ${JSON.stringify(run)}`);
  return run.result;
}

/** An event the trigger's filter keeps from the app: nothing runs, nothing is asked of Jira. */
async function filteredOut(event: Record<string, unknown>): Promise<void> {
  const answer = await sandbox.trigger<TriggerAnswer>({ type: 'product-event', event });
  expect(answer.status).toBe(200);
  expect(answer.body.ran.filter((r) => r.moduleKey === 'issue-events')).toEqual([]);
  expect(answer.body.ignoredBy).toContainEqual({ moduleKey: 'issue-events', reason: expect.stringContaining('filter.expression') });
}

const issueOf = (key: string) => sandbox.emulator.store.issueByIdOrKey(key) as { id: string; key: string };
const statusChanged = (key: string) => ({
  eventType: 'avi:jira:updated:issue',
  issue: { id: issueOf(key).id, key, fields: {} },
  atlassianId: USERS.bob.accountId,
  changelog: { id: '1', items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10000', fromString: 'To Do', to: '10001', toString: 'Done' }] },
});

/** What JQL finds once Jira's search index has caught up (it lags behind every write). */
async function jql(query: string): Promise<string[]> {
  await sandbox.searchIndexed();
  const found = await jiraOk(sandbox, 'alice', '/rest/api/3/search/jql', {
    method: 'POST', body: { jql: query, fields: ['summary'] },
  }) as { issues: { key: string }[] };
  return found.issues.map((i) => i.key);
}

const openActionsJql = (count: number) => jql(`issue.property[qa-postmortem].openActions = ${count}`);

const dueDateChanged = (key: string, to: string) => ({
  ...statusChanged(key),
  changelog: { id: '2', items: [{ field: 'duedate', fieldtype: 'jira', fieldId: 'duedate', from: null, fromString: null, to, toString: to }] },
});

async function withTasks(...ids: string[]): Promise<string[]> {
  await storePostmortem(sandbox, incident, ids.map((id) => item(id, { type: id.startsWith('fix') ? 'fix-validation' : 'other' })));
  return dataOf(await client.create('alice', incident)).results.map((r) => r.taskKey as string);
}

describe('onIssueEvent', () => {
  it('a task moving to Done lowers openActions, as the app, and JQL over the property follows', async () => {
    const [first, fix] = await withTasks('a1', 'fix1', 'a3');
    expect(storedDocument(sandbox, incident).openActions).toBe(3);
    expect(await openActionsJql(3)).toEqual([incident]);

    await transition(sandbox, 'bob', fix, '31');
    clearCalls(sandbox);
    const outcome = await productEvent(statusChanged(fix));

    expect(outcome.refreshed).toEqual([{
      incidentKey: incident, saved: true,
      summary: { total: 3, open: 2, overdue: 0, done: 1, fixValidationTotal: 1, allFixValidationDone: true },
    }]);
    const stored = storedDocument(sandbox, incident);
    expect(stored.openActions).toBe(2);
    expect(stored.updatedBy).toBe(APP_USER.accountId);
    expect(stored.actionItems.map((i) => i.taskStatusCategory)).toEqual(['new', 'done', 'new']);
    expect(sandbox.emulator.requests.filter((r) => r.method !== 'GET').every((r) => r.accountId === APP_USER.accountId)).toBe(true);
    expect(await openActionsJql(2)).toEqual([incident]);
    expect(await openActionsJql(3)).toEqual([]);

    await transition(sandbox, 'bob', first, '21');
    const inProgress = await productEvent(statusChanged(first));
    expect(inProgress.refreshed[0]).toMatchObject({ saved: false });
    expect(storedDocument(sandbox, incident).revision).toBe(stored.revision);
  });

  it('keeps overdueActions, doneActions and fixValidation true for JQL as tasks move', async () => {
    const [late, fix] = await withTasks('a1', 'fix1', 'a3');
    expect(storedDocument(sandbox, incident)).toMatchObject({ overdueActions: 0, doneActions: 0, fixValidation: 'open' });
    expect(await jql('issue.property[qa-postmortem].overdueActions > 0')).toEqual([]);
    expect(await jql('issue.property[qa-postmortem].fixValidation = open')).toEqual([incident]);

    await jiraOk(sandbox, 'alice', `/rest/api/3/issue/${late}`, { method: 'PUT', body: { fields: { duedate: dayIn(-2) } } });
    const moved = await productEvent(dueDateChanged(late, dayIn(-2)));
    expect(moved.refreshed).toEqual([expect.objectContaining({ saved: true, summary: expect.objectContaining({ overdue: 1 }) })]);
    expect(storedDocument(sandbox, incident)).toMatchObject({ overdueActions: 1, doneActions: 0, fixValidation: 'open' });
    expect(storedDocument(sandbox, incident).actionItems[0]).toMatchObject({ dueDate: dayIn(14), taskDueDate: dayIn(-2) });
    expect(await jql('issue.property[qa-postmortem].overdueActions > 0')).toEqual([incident]);

    await transition(sandbox, 'bob', fix, '31');
    await productEvent(statusChanged(fix));
    expect(storedDocument(sandbox, incident)).toMatchObject({ openActions: 2, overdueActions: 1, doneActions: 1, fixValidation: 'done' });
    expect(await jql('issue.property[qa-postmortem].fixValidation = done')).toEqual([incident]);
    expect(await jql('issue.property[qa-postmortem].fixValidation = open')).toEqual([]);
    expect(await jql('issue.property[qa-postmortem].doneActions = 1 AND issue.property[qa-postmortem].overdueActions = 1')).toEqual([incident]);

    await transition(sandbox, 'bob', late, '31');
    await productEvent(statusChanged(late));
    expect(storedDocument(sandbox, incident)).toMatchObject({ openActions: 1, overdueActions: 0, doneActions: 2 });
    expect(await jql('issue.property[qa-postmortem].overdueActions > 0')).toEqual([]);
  });

  it('the daily run records a task that passed its due date with no event, once', async () => {
    await withTasks('a1', 'a2');
    await sandbox.searchIndexed();
    const revision = storedDocument(sandbox, incident).revision;
    const later = new Date(Date.now() + 16 * 86_400_000);

    const run = await asApp(sandbox, later, runDailyFollowThrough);

    expect(run.incidents).toEqual([incident]);
    expect(run.reminded).toHaveLength(2);
    expect(run.refreshed).toEqual([expect.objectContaining({ incidentKey: incident, saved: true, summary: expect.objectContaining({ overdue: 2 }) })]);
    expect(storedDocument(sandbox, incident)).toMatchObject({ revision: revision + 1, overdueActions: 2, updatedBy: APP_USER.accountId });
    expect(await jql('issue.property[qa-postmortem].overdueActions = 2')).toEqual([incident]);

    const again = await asApp(sandbox, later, runDailyFollowThrough);
    expect(again.refreshed).toEqual([expect.objectContaining({ saved: false })]);
    expect(storedDocument(sandbox, incident).revision).toBe(revision + 1);
  });

  it('ignores an update that touches no follow-through field without asking Jira anything', async () => {
    const [task] = await withTasks('a1');
    clearCalls(sandbox);
    const outcome = await productEvent({ ...statusChanged(task), changelog: { items: [{ field: 'summary', fieldId: 'summary' }] } });
    expect(outcome).toEqual({ eventType: 'avi:jira:updated:issue', refreshed: [], ignored: expect.stringContaining('No change') });
    expect(calls(sandbox)).toEqual([]);
  });

  it('never runs for an update of an issue without the marker: the trigger\'s filter keeps it out', async () => {
    await withTasks('a1');
    const revision = storedDocument(sandbox, incident).revision;
    clearCalls(sandbox);
    await filteredOut(statusChanged(incident));
    expect(calls(sandbox)).toEqual([]);
    expect(storedDocument(sandbox, incident).revision).toBe(revision);
  });

  it('ignores a planted marker: an issue the incident\'s ledger did not record changes nothing, even as the app', async () => {
    await withTasks('a1');
    const revision = storedDocument(sandbox, incident).revision;
    const planted = importIncident(sandbox, 'An issue bob marked as one of the incident\'s tasks');
    await transition(sandbox, 'bob', planted, '31');
    await jiraOk(sandbox, 'bob', `/rest/api/3/issue/${planted}/properties/qa-postmortem-action`, {
      method: 'PUT', body: { incident, incidentId: issueOf(incident).id, actionId: 'a1' },
    });
    const outcome = await productEvent(statusChanged(planted));
    expect(outcome.refreshed).toEqual([]);
    expect(storedDocument(sandbox, incident).revision).toBe(revision);
    expect(storedDocument(sandbox, incident).actionItems[0].taskStatusCategory).not.toBe('done');
  });

  it('a link event writes back task keys an interrupted createActionItems could not record', async () => {
    await storePostmortem(sandbox, incident, [item('a1'), item('a2')]);
    sandbox.emulator.setFaults([{ method: 'PUT', path: `/rest/api/3/issue/${incident}/properties/qa-postmortem`, status: 503, count: 3 }]);
    const failed = errorOf(await client.create('alice', incident));
    sandbox.emulator.clearFaults();
    const made = (failed.details as ActionItemsWriteBackDetails).results.map((r) => r.taskKey);
    expect(storedDocument(sandbox, incident).actionItems.map((i) => i.taskKey)).toEqual([undefined, undefined]);

    const outcome = await productEvent({
      eventType: 'avi:jira:created:issuelink', id: '10001',
      sourceIssueId: issueOf(made[0] as string).id, destinationIssueId: issueOf(incident).id,
      issueLinkType: { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
    });

    expect(outcome.refreshed).toEqual([expect.objectContaining({ incidentKey: incident, saved: true })]);
    expect(storedDocument(sandbox, incident).actionItems.map((i) => i.taskKey)).toEqual(made);
  });

  it('never runs for a link whose source issue has no marker', async () => {
    const other = importIncident(sandbox, 'Another incident');
    clearCalls(sandbox);
    await filteredOut({ eventType: 'avi:jira:created:issuelink', id: '10002', sourceIssueId: issueOf(other).id, destinationIssueId: issueOf(incident).id });
    expect(calls(sandbox)).toEqual([]);
  });
});

describe('loadActionTaskStatuses', () => {
  it('answers each recorded task\'s live status, assignee, due date and overdue flag by action id, from one bulk read as the user', async () => {
    const [late, done, fresh] = await withTasks('late', 'fix-done', 'fresh');
    await jiraOk(sandbox, 'alice', `/rest/api/3/issue/${late}`, { method: 'PUT', body: { fields: { duedate: dayIn(-2) } } });
    await jiraOk(sandbox, 'alice', `/rest/api/3/issue/${done}`, { method: 'PUT', body: { fields: { duedate: dayIn(-2) } } });
    await transition(sandbox, 'bob', done, '31');
    await transition(sandbox, 'bob', fresh, '21');
    clearCalls(sandbox);

    const recorded = await sandbox.host.runAs(null, async () => (await forgeLedgerStore().get(issueOf(incident).id))?.tasks ?? {});
    const statuses = await sandbox.host.runAs('dave', () => loadActionTaskStatuses(createJiraClient(asUserTransport()), issueOf(incident), recorded, { timeZone: USERS.dave.timeZone }));

    expect(calls(sandbox)).toEqual(['POST /rest/api/3/issue/bulkfetch']);
    expect(sandbox.emulator.requests[0].accountId).toBe(USERS.dave.accountId);
    const bob = { accountId: USERS.bob.accountId, displayName: USERS.bob.displayName };
    expect(statuses).toEqual({
      late: { actionId: 'late', summary: 'Action late', priority: 'Medium', taskKey: late, status: 'To Do', statusCategory: 'new', resolution: null, assignee: bob, dueDate: dayIn(-2), overdue: true, linked: true },
      'fix-done': { actionId: 'fix-done', summary: 'Action fix-done', priority: 'Medium', taskKey: done, status: 'Done', statusCategory: 'done', resolution: 'Done', assignee: bob, dueDate: dayIn(-2), overdue: false, linked: true },
      fresh: { actionId: 'fresh', summary: 'Action fresh', priority: 'Medium', taskKey: fresh, status: 'In Progress', statusCategory: 'indeterminate', resolution: null, assignee: bob, dueDate: dayIn(14), overdue: false, linked: true },
    });
  });
});
