/**
 * createActionItems through the local Forge host against the Jira emulator: the tasks as Jira shows
 * them (assignee, due date, priority, labels, ADF description, the "Relates" link and the action
 * property, all from the create payload), ceil(n/50) bulk calls, validation that creates nothing,
 * no duplicates after a failed write-back, partial failure and its retry, and who may create.
 */
import { forgeReminderStore } from '../../../src/services/actions';
import { forgeLedgerStore } from '../../../src/services/ledger';
import type { ActionItemsValidationDetails, ActionItemsWriteBackDetails } from '../../../src/contract';
import { asUserTransport, createJiraClient } from '../../../src/jira';
import { createActionItems } from '../../../src/services/actions';
import { USERS } from '../../../sandbox/seed/base';
import type { Sandbox } from '../../helpers/sandbox';
import type { PostmortemDocument } from '../../../src/domain/postmortem';
import { panelClient } from '../postmortem/panel-client';

const panelSave = (sandbox: Sandbox, user: string, key: string, document: PostmortemDocument, base: number) => panelClient(sandbox).save(user, key, document, base);
import {
  BULK_CREATE, PANEL, calls, clearCalls, countOf, dataOf, dayIn, errorOf, item, jiraOk, storedDocument, storePostmortem, tasksOf,
  useActionsSuite, type ActionsClient, type Answer,
} from './actions-sandbox';

let sandbox: Sandbox;
let client: ActionsClient;
let incident: string;
useActionsSuite((suite) => {
  ({ sandbox, client, incident } = suite);
});

/** Waits (polling the emulator, which runs in this process) until `done` holds. */
async function until(done: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

interface TaskView {
  key: string;
  fields: {
    summary: string; duedate: string; labels: string[];
    assignee: { accountId: string }; priority: { name: string }; issuetype: { name: string };
    description: { type: string; content: { type: string; content?: { type: string; text?: string; attrs?: { url?: string } }[] }[] };
    issuelinks: { type: { name: string }; outwardIssue?: { key: string }; inwardIssue?: { key: string } }[];
  };
  properties: Record<string, unknown>;
}

const taskView = (key: string) => jiraOk(sandbox, 'bob', `/rest/api/3/issue/${key}?fields=summary,duedate,labels,assignee,priority,issuetype,description,issuelinks&properties=qa-postmortem-action`) as Promise<TaskView>;

function adfText(node: unknown): string {
  const n = node as { text?: string; attrs?: { url?: string }; content?: unknown[] };
  return `${n.text ?? n.attrs?.url ?? ''}${(n.content ?? []).map(adfText).join(n.content && (n as { type?: string }).type === 'doc' ? '\n' : '')}`;
}

describe('createActionItems', () => {
  it('makes one task per item in one bulk call, with everything in the create payload, and writes the keys back', async () => {
    const items = [
      item('a1', { title: 'Add saved-card contract tests', priority: 'High', description: 'No test covered the token field.' }),
      item('a2', { title: 'Charter: explore card vault errors', type: 'exploratory-test-charter', ownerAccountId: USERS.carol.accountId, ownerDisplayName: USERS.carol.displayName }),
      item('a3', { title: 'Verify the token fix in staging', type: 'fix-validation', priority: 'Highest', dueDate: dayIn(3) }),
    ];
    await storePostmortem(sandbox, incident, items);
    clearCalls(sandbox);

    const result = dataOf(await client.create('alice', incident));

    expect(countOf(calls(sandbox), BULK_CREATE)).toBe(1);
    expect(result.targetProjectKey).toBe('QA');
    expect(result.results.map((r) => [r.actionId, r.status])).toEqual([['a1', 'created'], ['a2', 'created'], ['a3', 'created']]);
    const keys = result.results.map((r) => r.taskKey as string);
    expect(new Set(keys).size).toBe(3);
    // Each new task's state, read by id just after it was made: shown at once, no second call from the panel.
    expect(Object.values(result.actionTasks).map((t) => [t.taskKey, t.status, t.statusCategory, t.linked])).toEqual(keys.map((k) => [k, 'To Do', 'new', true]));

    const [first, second, third] = await Promise.all(keys.map(taskView));
    expect(first.fields).toMatchObject({
      summary: 'Add saved-card contract tests', duedate: items[0].dueDate, priority: { name: 'High' }, issuetype: { name: 'Task' },
      assignee: { accountId: USERS.bob.accountId }, labels: ['postmortem-action', 'pm-test-design'],
    });
    expect(first.fields.issuelinks).toEqual([expect.objectContaining({ type: expect.objectContaining({ name: 'Relates' }), outwardIssue: expect.objectContaining({ key: incident }) })]);
    const incidentId = sandbox.emulator.store.issueByIdOrKey(incident)?.id;
    expect(first.properties).toEqual({ 'qa-postmortem-action': { incident, incidentId, actionId: 'a1', claim: expect.any(String) } });
    const description = adfText(first.fields.description);
    expect(first.fields.description.type).toBe('doc');
    expect(description).toContain(`${sandbox.url}/browse/${incident}`);
    expect(description).toContain('Test gap: The card vault SDK moved the token field and no contract test noticed.');
    expect(description).toContain('No test covered the token field.');
    expect(description).toContain('What done means');
    expect(second.fields).toMatchObject({ assignee: { accountId: USERS.carol.accountId }, labels: ['postmortem-action', 'pm-exploratory-charter'] });
    expect(third.fields).toMatchObject({ priority: { name: 'Highest' }, duedate: dayIn(3), labels: ['postmortem-action', 'pm-fix-validation'] });
    // One claim for the attempt: the same token on every task it made.
    expect(third.properties).toEqual({ 'qa-postmortem-action': { incident, incidentId, actionId: 'a3', claim: (first.properties as Record<string, { claim: string }>)['qa-postmortem-action'].claim } });

    const stored = storedDocument(sandbox, incident);
    expect(stored.revision).toBe(2);
    expect(stored.actionItems.map((i) => i.taskKey)).toEqual(keys);
    expect(result.revision).toBe(2);
    expect(result.document.actionItems.map((i) => i.taskKey)).toEqual(keys);

    clearCalls(sandbox);
    const again = dataOf(await client.create('alice', incident));
    expect(again.results).toEqual([]);
    expect(calls(sandbox).filter((c) => !c.startsWith('GET '))).toEqual([]);
    expect(tasksOf(sandbox, incident)).toHaveLength(3);
  });

  it('refuses items that are not ready with per-item problems, and creates nothing', async () => {
    const before = await storePostmortem(sandbox, incident, [
      item('ok'),
      item('blank', { title: '   ' }),
      item('untyped', { type: null }),
      item('ownerless', { ownerAccountId: null }),
      item('browse-only-owner', { ownerAccountId: USERS.dave.accountId, ownerDisplayName: USERS.dave.displayName }),
      item('undated', { dueDate: null }),
      item('overdue', { dueDate: dayIn(-2) }),
    ]);
    clearCalls(sandbox);

    const answer = await client.create('alice', incident);

    const error = errorOf(answer);
    expect(answer.status).toBe(400);
    expect(error.code).toBe('VALIDATION');
    const details = error.details as ActionItemsValidationDetails;
    expect(details.items.map((i) => [i.actionId, i.problems.map((p) => p.field)])).toEqual([
      ['blank', ['title']],
      ['untyped', ['type']],
      ['ownerless', ['owner']],
      ['browse-only-owner', ['owner']],
      ['undated', ['dueDate']],
      ['overdue', ['dueDate']],
    ]);
    expect(details.items[3].problems[0].message).toContain('Dave Russo cannot be assigned issues in project QA');
    expect(error.message).toMatch(/^No tasks were created: 6 action items are not ready/);
    expect(countOf(calls(sandbox), BULK_CREATE)).toBe(0);
    expect(calls(sandbox).filter((c) => !c.startsWith('GET ') && !c.startsWith('POST /rest/api/3/search/jql'))).toEqual([]);
    expect(tasksOf(sandbox, incident)).toHaveLength(0);
    expect(storedDocument(sandbox, incident)).toEqual(before);
  });

  it('judges "today" in the user\'s time zone (context.timezone), not the server\'s', async () => {
    // 05:00 UTC: still yesterday in Pago Pago (UTC-11), already today in London.
    const early = new Date(`${dayIn(0)}T05:00:00Z`);
    const yesterday = dayIn(-1, early);
    await storePostmortem(sandbox, incident, [item('a1', { dueDate: yesterday })]);
    const createAs = (timezone: string) => sandbox.host.runAs('alice', () => createActionItems(
      { issueKey: incident, projectKey: 'QA', accountId: USERS.alice.accountId, timezone },
      { jira: createJiraClient(asUserTransport()), ledger: forgeLedgerStore(), reminders: forgeReminderStore(), now: () => early },
    ));

    await expect(createAs('Europe/London')).rejects.toMatchObject({
      code: 'VALIDATION', details: { items: [{ actionId: 'a1', problems: [{ field: 'dueDate', message: expect.stringContaining(yesterday) }] }] },
    });
    expect(tasksOf(sandbox, incident)).toHaveLength(0);
    const created = await createAs('Pacific/Pago_Pago');
    expect(created.results).toEqual([{ actionId: 'a1', status: 'created', taskKey: expect.any(String) }]);
  });

  it('makes 120 tasks in 3 bulk calls, each with its link and property', async () => {
    const owners = [USERS.alice, USERS.bob, USERS.carol];
    const items = Array.from({ length: 120 }, (_, n) => item(`i${n}`, {
      title: `T${n}`, ownerAccountId: owners[n % 3].accountId, ownerDisplayName: owners[n % 3].displayName, type: 'other',
    }));
    await storePostmortem(sandbox, incident, items);
    clearCalls(sandbox);

    const result = dataOf(await client.create('alice', incident));

    expect(countOf(calls(sandbox), BULK_CREATE)).toBe(3);
    expect(result.results.filter((r) => r.status === 'created')).toHaveLength(120);
    const tasks = tasksOf(sandbox, incident);
    expect(tasks).toHaveLength(120);
    expect(new Set(tasks.map((t) => (t.properties.get('qa-postmortem-action') as { actionId: string }).actionId)).size).toBe(120);
    const incidentId = sandbox.emulator.store.issueByIdOrKey(incident)?.id as string;
    const linked = new Set(sandbox.emulator.store.linksOf(incidentId).flatMap((l) => [l.inwardIssueId, l.outwardIssueId]));
    expect(tasks.every((t) => linked.has(t.id))).toBe(true);
    expect(storedDocument(sandbox, incident).actionItems.every((i) => i.taskKey)).toBe(true);
  });

  it('after a failed write-back, calling again finds the tasks already made and creates no duplicate', async () => {
    await storePostmortem(sandbox, incident, [item('a1'), item('a2'), item('a3')]);
    sandbox.emulator.setFaults([{ method: 'PUT', path: `/rest/api/3/issue/${incident}/properties/qa-postmortem`, status: 500, count: 3 }]);

    const failed = await client.create('alice', incident);

    const error = errorOf(failed);
    expect(error.code).toBe('JIRA_UNAVAILABLE');
    expect(error.message).toMatch(/3 tasks were created in Jira \(QA-\d+, QA-\d+, QA-\d+\) and the app has recorded them as this incident's, but the post-mortem could not be updated/);
    expect((error.details as ActionItemsWriteBackDetails).results.map((r) => r.status)).toEqual(['created', 'created', 'created']);
    expect(tasksOf(sandbox, incident)).toHaveLength(3);
    expect(storedDocument(sandbox, incident).actionItems.some((i) => i.taskKey)).toBe(false);

    sandbox.emulator.clearFaults();
    clearCalls(sandbox);
    const retried = dataOf(await client.create('alice', incident));

    expect(countOf(calls(sandbox), BULK_CREATE)).toBe(0);
    expect(retried.results.map((r) => r.status)).toEqual(['existing', 'existing', 'existing']);
    expect(retried.results.map((r) => r.taskKey)).toEqual((error.details as ActionItemsWriteBackDetails).results.map((r) => r.taskKey));
    expect(tasksOf(sandbox, incident)).toHaveLength(3);
    expect(storedDocument(sandbox, incident).actionItems.map((i) => i.taskKey)).toEqual(retried.results.map((r) => r.taskKey));
  });

  it('partial failure: keeps the tasks made, records the error on the others, and a retry makes only those', async () => {
    await storePostmortem(sandbox, incident, [
      item('a1'),
      item('a2', { ownerAccountId: USERS.carol.accountId, ownerDisplayName: USERS.carol.displayName }),
      item('a3'),
    ]);
    // Carol loses her place in the project between the checks and the create (the bulk call is slowed down to make room).
    const project = sandbox.emulator.store.projectByIdOrKey('QA');
    if (!project) throw new Error('no project QA');
    sandbox.emulator.setFaults([{ method: 'POST', path: '/rest/api/3/issue/bulk', latencyMs: 500, count: 1 }]);
    clearCalls(sandbox);
    const pending = client.create('alice', incident);
    await until(() => calls(sandbox).includes('GET /rest/api/3/user/assignable/search'));
    project.permissions.edit = project.permissions.edit.filter((id) => id !== USERS.carol.accountId);

    const result = dataOf(await pending);

    expect(result.results.map((r) => [r.actionId, r.status])).toEqual([['a1', 'created'], ['a2', 'failed'], ['a3', 'created']]);
    expect(result.results[1].error).toContain('cannot be assigned');
    const stored = storedDocument(sandbox, incident);
    expect(stored.actionItems.map((i) => Boolean(i.taskKey))).toEqual([true, false, true]);
    expect(stored.actionItems[1].createError).toContain('cannot be assigned');
    expect(tasksOf(sandbox, incident)).toHaveLength(2);

    project.permissions.edit.push(USERS.carol.accountId);
    sandbox.emulator.clearFaults();
    clearCalls(sandbox);
    const retried = dataOf(await client.create('alice', incident));

    expect(countOf(calls(sandbox), BULK_CREATE)).toBe(1);
    expect(retried.results).toEqual([{ actionId: 'a2', status: 'created', taskKey: expect.any(String) }]);
    expect(tasksOf(sandbox, incident)).toHaveLength(3);
    const after = storedDocument(sandbox, incident).actionItems[1];
    expect(after.taskKey).toBe(retried.results[0].taskKey);
    expect(after.createError).toBeUndefined();
  });

  it('while tasks are being created, a save through the panel waits its turn; afterwards it lands, and both are kept', async () => {
    const stored = await storePostmortem(sandbox, incident, [item('a1'), item('a2')]);
    sandbox.emulator.setFaults([{ method: 'POST', path: '/rest/api/3/issue/bulk', latencyMs: 500, count: 1 }]);
    clearCalls(sandbox);
    const pending = client.create('alice', incident);
    await until(() => calls(sandbox).includes('POST /rest/api/3/issue/bulk'));
    const carols = { ...stored, gather: { ...stored.gather, impactSummary: 'Carol: 1,200 checkouts failed' } };
    const refused = await panelSave(sandbox, 'carol', incident, carols, stored.revision);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/^Alice Nguyen is creating its action-item tasks right now/) } });

    const result = dataOf(await pending);
    expect(result.results.map((r) => r.status)).toEqual(['created', 'created']);
    const current = (refused.body as { error: { details: { current: { revision: number } } } }).error.details.current;
    const again = await panelSave(sandbox, 'carol', incident, carols, result.revision);
    expect(again.body).toMatchObject({ ok: true });
    expect(current.revision).toBe(stored.revision);
    const after = storedDocument(sandbox, incident);
    expect(after.gather.impactSummary).toBe('Carol: 1,200 checkouts failed');
    expect(after.actionItems.map((i) => i.taskKey)).toEqual(result.results.map((r) => r.taskKey));
  });

  it('keeps a write made straight through Jira\'s REST API meanwhile, merging only the task keys into it', async () => {
    const stored = await storePostmortem(sandbox, incident, [item('a1'), item('a2')]);
    sandbox.emulator.setFaults([{ method: 'POST', path: '/rest/api/3/issue/bulk', latencyMs: 500, count: 1 }]);
    clearCalls(sandbox);
    const pending = client.create('alice', incident);
    await until(() => calls(sandbox).includes('GET /rest/api/3/user/assignable/search'));
    const theirs = {
      ...stored, revision: stored.revision + 1, updatedBy: USERS.carol.accountId,
      gather: { ...stored.gather, impactSummary: 'Carol: 1,200 checkouts failed' },
      actionItems: [...stored.actionItems, item('a3', { title: 'Added by carol meanwhile' })],
    };
    await jiraOk(sandbox, 'carol', `/rest/api/3/issue/${incident}/properties/qa-postmortem`, { method: 'PUT', body: theirs });

    const result = dataOf(await pending);

    expect(result.results.map((r) => r.status)).toEqual(['created', 'created']);
    const after = storedDocument(sandbox, incident);
    expect(after.revision).toBe(theirs.revision + 1);
    expect(after.gather.impactSummary).toBe('Carol: 1,200 checkouts failed');
    expect(after.actionItems.map((i) => [i.id, i.taskKey])).toEqual([['a1', result.results[0].taskKey], ['a2', result.results[1].taskKey], ['a3', undefined]]);
    expect(countOf(calls(sandbox), 'PUT /rest/api/3/issue/' + incident + '/properties/qa-postmortem')).toBe(2);
  });

  it('dave (browse only) cannot create tasks, and nothing is written', async () => {
    const before = await storePostmortem(sandbox, incident, [item('a1')]);
    clearCalls(sandbox);

    const answer = await client.create('dave', incident);

    expect(answer.status).toBe(403);
    expect(errorOf(answer)).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining(`permission to edit ${incident}`) });
    expect(calls(sandbox).filter((c) => !c.startsWith('GET '))).toEqual([]);
    expect(tasksOf(sandbox, incident)).toHaveLength(0);
    expect(storedDocument(sandbox, incident)).toEqual(before);
  });

  it('uses the issue type from the project settings', async () => {
    await jiraOk(sandbox, 'alice', '/rest/api/3/project/QA/properties/qa-postmortem-settings', { method: 'PUT', body: { actionItemIssueType: 'Story' } });
    await storePostmortem(sandbox, incident, [item('a1')]);
    const result = dataOf(await client.create('alice', incident));
    const task = await taskView(result.results[0].taskKey as string);
    expect(task.fields.issuetype.name).toBe('Story');
  });
});

describe('searchAssignableUsers and getActionItemDefaults', () => {
  it('lists only people who can be assigned in the target project', async () => {
    const all = dataOf(await client.users('alice', incident, ''));
    expect(all.projectKey).toBe('QA');
    expect(all.users.map((u) => u.displayName).sort()).toEqual([USERS.alice, USERS.bob, USERS.carol].map((u) => u.displayName).sort());
    const some = dataOf(await client.users('alice', incident, 'car'));
    expect(some.users).toEqual([expect.objectContaining({ accountId: USERS.carol.accountId, displayName: USERS.carol.displayName })]);
  });

  it('pre-fills due dates from the settings, counted from the user\'s today', async () => {
    await jiraOk(sandbox, 'alice', '/rest/api/3/project/QA/properties/qa-postmortem-settings', { method: 'PUT', body: { dueDateWeeks: { high: 2, other: 6 } } });
    const defaults = dataOf(await client.defaults('bob', incident));
    const bobToday = new Intl.DateTimeFormat('en-CA', { timeZone: USERS.bob.timeZone }).format(new Date());
    const plus = (days: number) => new Date(Date.parse(`${bobToday}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    expect(defaults).toEqual({
      targetProjectKey: 'QA', issueType: 'Task', dueDateWeeks: { high: 2, other: 6 }, today: bobToday,
      dueDateByPriority: { Highest: plus(14), High: plus(14), Medium: plus(42), Low: plus(42), Lowest: plus(42) },
      // What a Metric monitoring item's watch starts from: the project's targets (the defaults here).
      targets: { leakageRate: 10, reopenRate: 5, requirementCoverage: 90, executionProgress: 100, uatPassRate: 95 },
    });
  });

  it('answers only someone who can see the incident, about its own project, before reading anything else', async () => {
    clearCalls(sandbox);
    for (const answer of [await client.users('eve', incident, ''), await client.defaults('eve', incident)] as Answer<unknown>[]) {
      expect(answer.status).toBe(404);
      expect(errorOf(answer)).toEqual({ code: 'NOT_FOUND', message: `Issue ${incident} does not exist, or you do not have permission to see it.` });
    }
    expect(calls(sandbox).filter((c) => /properties|assignable/.test(c))).toEqual([]);
    expect(errorOf(await client.defaults('alice', 'QA-99999')).code).toBe('NOT_FOUND');

    // A context naming another project changes nothing: the tasks go where the incident's project says.
    await jiraOk(sandbox, 'alice', '/rest/api/3/project/QA/properties/qa-postmortem-settings', { method: 'PUT', body: { dueDateWeeks: { high: 3, other: 5 } } });
    const forged = await sandbox.invoke('alice', PANEL, 'getActionItemDefaults', {}, {
      issue: { key: incident, id: sandbox.emulator.store.issueByIdOrKey(incident)?.id ?? '0', type: 'Incident' },
      project: { key: 'NOPE', id: '99999', type: 'software' },
    });
    expect(forged.body).toMatchObject({ ok: true, data: { targetProjectKey: 'QA', dueDateWeeks: { high: 3, other: 5 } } });
  });
});
