/**
 * The fault matrix (harness.ts) for the action-item resolvers: Create tasks (one task per item,
 * recorded, whatever fails), the assignee search and the defaults for a new item.
 */
import type { CreateActionItemsResult } from '../../../src/contracts/actions';
import { PostmortemDocumentSchema, type PostmortemDocument } from '../../../src/domain/postmortem';
import { USERS } from '../../../sandbox/seed/base';
import { actionItemFor, workedDocument } from '../../helpers/postmortem-builders';
import { incidentImport, storedDocument } from '../../integration/postmortem/panel-client';
import { faultMatrix, type Fixture } from './harness';

const now = new Date();
const matrix = faultMatrix('actions', now);
const ITEMS = 3;
const items = () => Array.from({ length: ITEMS }, (_, i) => actionItemFor(now, { id: `f${i}`, title: `Fix ${i}`, ownerAccountId: USERS.bob.accountId }));
const stored = (f: Fixture) => storedDocument(matrix.sandbox(), f.key) as PostmortemDocument;
const appTasksOf = (f: Fixture) => matrix.sandbox().emulator.store.issues()
  .filter((issue) => (issue.properties.get('qa-postmortem-action') as { incident?: string } | undefined)?.incident === f.key);

function tasksPerItem(f: Fixture): number[] {
  const perItem = new Map<string, number>();
  for (const task of appTasksOf(f)) {
    const id = (task.properties.get('qa-postmortem-action') as { actionId: string }).actionId;
    perItem.set(id, (perItem.get(id) ?? 0) + 1);
  }
  return [...perItem.values()];
}

matrix.run([
  {
    name: 'createActionItems',
    writes: true,
    prepare: async (f) => { await matrix.saveAsAlice(f, workedDocument(now, { actionItems: items() })); },
    call: matrix.panelCall('createActionItems'),
    notDone: (data) => {
      const failed = (data as CreateActionItemsResult).results.filter((r) => r.status === 'failed');
      return failed.length ? failed.map((r) => r.error ?? '').join(' ') : undefined;
    },
    consistent: (f) => {
      expect(PostmortemDocumentSchema.safeParse(stored(f)).success).toBe(true);
      expect(tasksPerItem(f).every((n) => n === 1)).toBe(true);
    },
    finished: (f) => {
      expect(tasksPerItem(f)).toEqual(Array(ITEMS).fill(1));
      expect(new Set(stored(f).actionItems.map((i) => i.taskKey))).toEqual(new Set(appTasksOf(f).map((t) => t.key)));
    },
  },
  { name: 'searchAssignableUsers', call: matrix.panelCall('searchAssignableUsers', { query: 'b' }) },
  { name: 'getActionItemDefaults', call: matrix.panelCall('getActionItemDefaults') },
]);

describe('a Create tasks whose answer was lost', () => {
  it('makes no second task while Jira may still make the first, and records the first once it lands', async () => {
    const sandbox = matrix.sandbox();
    const key = sandbox.emulator.importIssues({ issues: [incidentImport(now)] }).keys[0];
    const f: Fixture = { key, id: sandbox.emulator.store.issueByIdOrKey(key)?.id as string };
    await matrix.saveAsAlice(f, workedDocument(now, { actionItems: items() }));
    await sandbox.configure({ resolverTimeoutMs: 4_500 });
    sandbox.emulator.setFaults([{ method: 'POST', path: '/rest/api/3/issue/bulk', latencyMs: 5_000 }]);
    const lost = (await matrix.panelCall('createActionItems')(f)).body as { error?: { code: string; message: string; details: { results: { status: string }[] } } };
    sandbox.emulator.clearFaults();
    await sandbox.configure({ resolverTimeoutMs: 25_000 });
    // Out of time after the create: the answer says so, per item, and claims nothing was made.
    expect(lost.error?.code).toBe('JIRA_UNAVAILABLE');
    expect(lost.error?.message).toContain('did not answer in time');
    expect(lost.error?.details.results.map((r) => r.status)).toEqual(Array(ITEMS).fill('failed'));

    // Pressed again at once, while Jira is still making the tasks: nothing more is made.
    const early = (await matrix.panelCall('createActionItems')(f)).body as { ok: boolean; data: CreateActionItemsResult };
    expect(early.ok && early.data.results.map((r) => r.status)).toEqual(Array(ITEMS).fill('failed'));
    expect(early.ok && early.data.results[0].error).toContain('may still create it');

    await sandbox.emulator.faultsSettled();
    const late = (await matrix.panelCall('createActionItems')(f)).body as { ok: boolean; data: CreateActionItemsResult };
    // Found by their claim and recorded as the items' tasks, not made again.
    expect(late.ok && late.data.results.map((r) => r.status)).toEqual(Array(ITEMS).fill('existing'));
    expect(tasksPerItem(f)).toEqual(Array(ITEMS).fill(1));
  }, 60_000);
});
