/**
 * Post-mortems from before the app kept its ledger may have two tasks for one action item (two
 * simultaneous Create tasks made both). The oldest of the app's tasks is kept and followed, the
 * others are reported in the panel's view so someone closes them; a task that is not the app's
 * (no marker, another item's, not linked) is never counted as a duplicate.
 */
import type { ImportIssue } from '../../../sandbox/emulator/import-format';
import type { PostmortemView } from '../../../src/contract';
import { ACTION_TASK_PROPERTY_KEY } from '../../../src/domain/actions';
import type { Sandbox } from '../../helpers/sandbox';
import { panelClient } from '../postmortem/panel-client';
import { dataOf, item, storedDocument, storePostmortem, useActionsSuite } from './actions-sandbox';

let sandbox: Sandbox;
let incident: string;
useActionsSuite((suite) => { ({ sandbox, incident } = suite); });

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
let nextKey = 9000;

/** Imports a task of the app for `actionId` as it was made before the ledger: marker, link to the incident. */
function legacyTask(actionId: string, createdHoursAgo: number, options: { linked?: boolean; marker?: boolean } = {}): string {
  const task: ImportIssue = {
    key: `QA-${(nextKey += 1)}`,
    fields: { project: { key: 'QA' }, issuetype: { name: 'Task' }, summary: `Task for ${actionId}`, created: hoursAgo(createdHoursAgo) },
    ...(options.linked === false ? {} : { links: [{ type: { name: 'Relates' }, outwardIssue: { key: incident } }] }),
    ...(options.marker === false ? {} : { properties: [{ key: ACTION_TASK_PROPERTY_KEY, value: { incident, actionId } }] }),
  };
  return sandbox.emulator.importIssues({ issues: [task] }).keys[0];
}

describe('tasks made twice before the ledger', () => {
  it('keeps the oldest for each item, reports the others, and follows the kept one after the next save', async () => {
    const first = legacyTask('a1', 5);
    const second = legacyTask('a1', 4);
    const third = legacyTask('a1', 3);
    const onlyB = legacyTask('a2', 5);
    legacyTask('a2', 2, { linked: false });
    legacyTask('a2', 1, { marker: false });
    // The document names the newest duplicate, as the lost race left it.
    await storePostmortem(sandbox, incident, [item('a1', { taskKey: third }), item('a2', { taskKey: onlyB })]);

    const panel = panelClient(sandbox);
    const view: PostmortemView = dataOf(await panel.get('alice', incident));
    expect(view.duplicateTasks).toEqual([{ actionId: 'a1', kept: first, others: [second, third] }]);
    expect(view.document.actionItems.map((i) => i.taskKey)).toEqual([first, onlyB]);

    // The first write makes the ledger with what was found; the kept task is stored and followed.
    const saved = dataOf(await panel.save('alice', incident, view.document, view.revision));
    expect(saved.document.actionItems.map((i) => i.taskKey)).toEqual([first, onlyB]);
    expect(storedDocument(sandbox, incident).actionItems.map((i) => i.taskKey)).toEqual([first, onlyB]);
    const again: PostmortemView = dataOf(await panel.get('bob', incident));
    expect(again.duplicateTasks).toEqual([{ actionId: 'a1', kept: first, others: [second, third] }]);
    expect(Object.keys(again.actionTasks).sort()).toEqual(['a1', 'a2']);
    expect(again.actionTasks.a1).toMatchObject({ taskKey: first, linked: true });
  });

  it('reports nothing when every item has one task', async () => {
    const only = legacyTask('a1', 2);
    await storePostmortem(sandbox, incident, [item('a1', { taskKey: only })]);
    const view: PostmortemView = dataOf(await panelClient(sandbox).get('alice', incident));
    expect(view.duplicateTasks).toEqual([]);
  });
});
