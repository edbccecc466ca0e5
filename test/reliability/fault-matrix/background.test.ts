/**
 * The fault matrix (harness.ts) for the functions no one waits on: the product-event trigger that
 * brings an incident's follow-through up to date when a task changes, the daily reminders, and the
 * app's read of the site's statuses and resolutions when it is installed (site-lists.ts). A run
 * that fails is run again by the platform (the event is delivered again, the job runs the next day):
 * here the same run is repeated once Jira answers, and must finish the work exactly once.
 */
import { kvs } from '@forge/kvs';
import type { PostmortemDocument } from '../../../src/domain/postmortem';
import { SITE_LISTS_KEY, type KeptSiteLists } from '../../../src/services/metrics/site-lists';
import { USERS } from '../../../sandbox/seed/base';
import { actionItemFor, workedDocument } from '../../helpers/postmortem-builders';
import { storedDocument } from '../../integration/postmortem/panel-client';
import { faultMatrix, type Answer, type Fixture } from './harness';

const now = new Date();
const matrix = faultMatrix('background', now);
const DAY = 86_400_000;
const dayIn = (days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
const stored = (f: Fixture) => storedDocument(matrix.sandbox(), f.key) as PostmortemDocument;
const comments = (key: string) => matrix.sandbox().emulator.store.issueByIdOrKey(key)?.comments.length ?? 0;

interface Run { moduleKey: string; ok: boolean; result?: unknown; error?: unknown }

/** Saves a post-mortem with one item, creates its task, and remembers it on the fixture. */
async function withTask(f: Fixture, dueDate: string): Promise<void> {
  await matrix.saveAsAlice(f, workedDocument(now, { actionItems: [actionItemFor(now, { id: 'bg1', title: 'Add the missing test', ownerAccountId: USERS.bob.accountId, dueDate })] }));
  const created = (await matrix.panelCall('createActionItems')(f)).body as { ok: boolean; data: { results: { taskKey?: string }[] } };
  const key = created.ok ? created.data.results[0]?.taskKey : undefined;
  if (!key) throw new Error(`no task for ${f.key}: ${JSON.stringify(created)}`);
  f.task = { key, id: matrix.sandbox().emulator.store.issueByIdOrKey(key)?.id as string };
}

const jira = async (user: string, path: string, init: { method: string; body?: unknown }) => {
  const answer = await matrix.sandbox().jira(user, path, init);
  if (answer.status >= 300) throw new Error(`${init.method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
};

/**
 * The host's outcome of the one run of the module under test. A task's update also reaches the
 * metrics-changes trigger, which calls no Jira API (it only marks the project in Forge storage).
 */
function runOf(answer: Answer, moduleKey?: string): Run {
  const all = (answer.body as { ran?: Array<Run & { moduleKey?: string }> }).ran ?? [];
  const ran = moduleKey === undefined ? all : all.filter((run) => run.moduleKey === moduleKey);
  if (answer.status !== 200 || ran.length !== 1) throw new Error(`expected one run: ${answer.status} ${JSON.stringify(answer.body)}`);
  return ran[0];
}
const failure = (run: Run) => ({ code: 'failed, run again by the platform', message: JSON.stringify(run.error ?? '') });

/** The app's kept site lists, read from Forge storage as the app. */
let keptLists: KeptSiteLists | undefined;
const readKeptLists = async () => { keptLists = await matrix.sandbox().host.runAs(null, () => kvs.get<KeptSiteLists>(SITE_LISTS_KEY)); };

matrix.run([
  {
    name: 'onIssueEvent (a task moved to Done)',
    writes: true,
    background: true,
    prepare: async (f) => {
      await withTask(f, dayIn(14));
      await jira('bob', `/rest/api/3/issue/${f.task!.key}/transitions`, { method: 'POST', body: { transition: { id: '31' } } });
    },
    call: (f) => matrix.sandbox().trigger({
      type: 'product-event',
      event: {
        eventType: 'avi:jira:updated:issue',
        issue: { id: f.task!.id, key: f.task!.key, fields: {} },
        atlassianId: USERS.bob.accountId,
        changelog: { id: '1', items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10000', fromString: 'To Do', to: '10001', toString: 'Done' }] },
      },
    }),
    classify: (answer) => {
      const run = runOf(answer, 'issue-events');
      if (!run.ok) return failure(run);
      const refreshed = (run.result as { refreshed: { saved: boolean }[] }).refreshed;
      return refreshed.length === 1 ? { code: 'ok' } : { code: 'not refreshed', message: JSON.stringify(run.result) };
    },
    // The follow-through before or after the task's move, whole.
    consistent: (f) => expect([`1:0`, `0:1`]).toContain(`${stored(f).openActions}:${stored(f).doneActions}`),
    finished: (f) => expect(stored(f)).toMatchObject({ openActions: 0, doneActions: 1 }),
  },
  {
    name: 'runDailyReminders (an overdue task)',
    writes: true,
    background: true,
    prepare: async (f) => {
      await withTask(f, dayIn(14));
      await jira('alice', `/rest/api/3/issue/${f.task!.key}`, { method: 'PUT', body: { fields: { duedate: dayIn(-3) } } });
      await matrix.sandbox().searchIndexed();
    },
    call: () => matrix.sandbox().trigger({ type: 'scheduled', key: 'daily-reminders' }),
    classify: (answer) => {
      const run = runOf(answer);
      if (!run.ok) return failure(run);
      const { failed = [], refreshFailed = [] } = run.result as { failed?: unknown[]; refreshFailed?: unknown[] };
      if (failed.length) return { code: 'some reminders failed', message: JSON.stringify(failed) };
      if (refreshFailed.length) return { code: 'some follow-through not brought up to date', message: JSON.stringify(refreshFailed) };
      return { code: 'ok' };
    },
    consistent: (f) => {
      expect(comments(f.task!.key)).toBeLessThanOrEqual(1);
      expect([0, 1]).toContain(stored(f).overdueActions);
    },
    finished: (f) => {
      expect(comments(f.task!.key)).toBe(1);
      expect(stored(f).overdueActions).toBe(1);
    },
    // Done, so the next cells' runs no longer find it overdue: each cell's run has one task to remind.
    cleanup: (f) => jira('bob', `/rest/api/3/issue/${f.task!.key}/transitions`, { method: 'POST', body: { transition: { id: '31' } } }),
  },
  {
    name: 'refreshSiteLists (the app installed)',
    writes: true,
    background: true,
    prepare: async () => {
      await matrix.sandbox().host.runAs(null, () => kvs.delete(SITE_LISTS_KEY));
    },
    call: async () => {
      const answer = await matrix.sandbox().trigger({ type: 'lifecycle', event: 'installed' });
      await readKeptLists();
      return answer;
    },
    classify: (answer) => {
      const run = runOf(answer, 'app-lifecycle');
      if (!run.ok) return failure(run);
      return (run.result as { action?: string }).action === 'read' ? { code: 'ok' } : { code: 'not read', message: JSON.stringify(run.result) };
    },
    // Both lists kept together, or none: a figure never names the statuses of one read and the resolutions of none.
    consistent: () => expect(keptLists === undefined || (keptLists.statuses.length > 0 && keptLists.resolutions.length > 0)).toBe(true),
    finished: () => {
      expect(keptLists?.statuses.map((s) => s.name)).toContain('Done');
      expect(keptLists?.resolutions).toContain("Won't Do");
    },
  },
]);
