/**
 * updateActionTasks through the local Forge host against the Jira emulator: an item edited after its
 * task exists is written to the task (only the fields that differ, one PUT per task that differs,
 * none for the others), from the stored post-mortem; the panel's read shows where a task and its item
 * disagree (an edit made in Jira, too); Jira's refusal comes back for the field it names.
 */
import { USERS } from '../../../sandbox/seed/base';
import type { Sandbox } from '../../helpers/sandbox';
import { panelClient } from '../postmortem/panel-client';
import { calls, clearCalls, dataOf, dayIn, errorOf, item, jiraOk, storedDocument, storePostmortem, useActionsSuite, type ActionsClient } from './actions-sandbox';

let sandbox: Sandbox, client: ActionsClient, incident: string;
useActionsSuite((suite) => { ({ sandbox, client, incident } = suite); });

interface TaskView { fields: { summary: string; duedate: string; assignee: { accountId: string } | null; priority: { name: string } } }
const taskView = (key: string) => jiraOk(sandbox, 'bob', `/rest/api/3/issue/${key}?fields=summary,duedate,assignee,priority`) as Promise<TaskView>;
const puts = () => calls(sandbox).filter((c) => c.startsWith('PUT /rest/api/3/issue/') && !c.includes('/properties/'));

/** Two items with their tasks made; answers the task keys by action id. */
async function withTasks(): Promise<Record<string, string>> {
  await storePostmortem(sandbox, incident, [item('a1', { title: 'Add saved-card contract tests' }), item('a2', { title: 'Charter: vault errors' })]);
  const made = dataOf(await client.create('alice', incident));
  return Object.fromEntries(made.results.map((r) => [r.actionId, r.taskKey as string]));
}

describe('updateActionTasks', () => {
  it('writes the edited item to its task, only the fields that differ, and leaves the other task alone', async () => {
    const keys = await withTasks();
    const stored = storedDocument(sandbox, incident);
    const later = dayIn(30);
    const edited = stored.actionItems.map((i) => (i.id === 'a1'
      ? { ...i, title: 'Add saved-card contract tests to CI', ownerAccountId: USERS.carol.accountId, ownerDisplayName: USERS.carol.displayName, dueDate: later, priority: 'High' as const }
      : i));
    const saved = dataOf(await panelClient(sandbox).save('alice', incident, { ...stored, actionItems: edited }, stored.revision));
    expect(saved.revision).toBe(stored.revision + 1);

    // The panel's read shows the drift: the task's values next to the item's.
    const view = dataOf(await panelClient(sandbox).get('alice', incident));
    expect(view.actionTasks.a1).toMatchObject({ summary: 'Add saved-card contract tests', priority: 'Medium', assignee: { accountId: USERS.bob.accountId } });

    clearCalls(sandbox);
    const result = dataOf(await client.update('alice', incident));
    expect(result.results.map((r) => [r.actionId, r.status])).toEqual([['a1', 'updated'], ['a2', 'unchanged']]);
    expect(result.results[0].fields).toEqual(expect.arrayContaining(['title', 'owner', 'dueDate', 'priority']));
    expect(puts()).toEqual([`PUT /rest/api/3/issue/${keys.a1}`]);
    expect((await taskView(keys.a1)).fields).toMatchObject({
      summary: 'Add saved-card contract tests to CI', duedate: later, assignee: { accountId: USERS.carol.accountId }, priority: { name: 'High' },
    });
    expect(result.actionTasks.a1).toMatchObject({ summary: 'Add saved-card contract tests to CI', priority: 'High', dueDate: later });

    // Nothing differs any more: a second update touches nothing.
    clearCalls(sandbox);
    expect(dataOf(await client.update('alice', incident)).results.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    expect(puts()).toEqual([]);
  });

  it('puts back what was changed on the task in Jira, since the post-mortem holds the item', async () => {
    const keys = await withTasks();
    await jiraOk(sandbox, 'bob', `/rest/api/3/issue/${keys.a2}`, { method: 'PUT', body: { fields: { summary: 'Renamed in Jira' } } });
    expect(dataOf(await panelClient(sandbox).get('alice', incident)).actionTasks.a2.summary).toBe('Renamed in Jira');
    const result = dataOf(await client.update('alice', incident));
    expect(result.results.find((r) => r.actionId === 'a2')).toMatchObject({ status: 'updated', fields: ['title'] });
    expect((await taskView(keys.a2)).fields.summary).toBe('Charter: vault errors');
  });

  it('answers Jira\'s refusal for the field it names, and still updates the other tasks', async () => {
    const keys = await withTasks();
    const stored = storedDocument(sandbox, incident);
    // dave may browse QA but is not assignable there: Jira refuses the assignee.
    const edited = stored.actionItems.map((i) => (i.id === 'a1'
      ? { ...i, ownerAccountId: USERS.dave.accountId, ownerDisplayName: USERS.dave.displayName }
      : { ...i, title: 'Charter: vault and token errors' }));
    dataOf(await panelClient(sandbox).save('alice', incident, { ...stored, actionItems: edited }, stored.revision));
    const result = dataOf(await client.update('alice', incident));
    const a1 = result.results.find((r) => r.actionId === 'a1');
    expect(a1?.status).toBe('failed');
    expect(a1?.problems.map((p) => p.field)).toEqual(['owner']);
    expect(a1?.problems[0].message).toContain(keys.a1);
    expect(result.results.find((r) => r.actionId === 'a2')).toMatchObject({ status: 'updated', fields: ['title'] });
    expect((await taskView(keys.a1)).fields.assignee?.accountId).toBe(USERS.bob.accountId);
  });

  it('is refused to someone who may not edit the incident, and touches no task', async () => {
    await withTasks();
    clearCalls(sandbox);
    expect(errorOf(await client.update('dave', incident)).code).toBe('FORBIDDEN');
    expect(puts()).toEqual([]);
  });
});
