/**
 * The daily reminders through the local Forge host (POST /__forge/trigger {type: "scheduled"}) and,
 * where the clock must move, the same service called as the app with a chosen `now`: open, overdue
 * action-item tasks get one comment mentioning their owner per 7 days, remembered on the task;
 * done tasks get none; the reminders continue after the incident is Done. A run is bounded: at its
 * count cap or out of time it stops, most overdue first, and the next run goes on with the rest.
 */
import { forgeReminderStore, remindOverdueActionTasks, type ActionPorts, type ReminderRun } from '../../../src/services/actions';
import { reminderBudget, type ReminderBudget } from '../../../src/services/actions/ports';
import { APP_USER, USERS } from '../../../sandbox/seed/base';
import type { Sandbox } from '../../helpers/sandbox';
import {
  asApp, dataOf, dayIn, item, jiraOk, storePostmortem, transition, useActionsSuite,
} from './actions-sandbox';

let sandbox: Sandbox;
let incident: string;
let tasks: string[];
const DAY = 86_400_000;

useActionsSuite(async (suite) => {
  ({ sandbox, incident } = suite);
  await storePostmortem(sandbox, incident, [
    item('late-bob', { title: 'Late, owned by bob' }),
    item('late-carol', { title: 'Late, owned by carol', ownerAccountId: USERS.carol.accountId, ownerDisplayName: USERS.carol.displayName }),
    item('late-done', { title: 'Late but done' }),
    item('on-time', { title: 'Not due yet', dueDate: dayIn(10) }),
  ]);
  tasks = dataOf(await suite.client.create('alice', incident)).results.map((r) => r.taskKey as string);
  for (const key of tasks.slice(0, 3)) {
    await jiraOk(sandbox, 'alice', `/rest/api/3/issue/${key}`, { method: 'PUT', body: { fields: { duedate: dayIn(-3) } } });
  }
  await transition(sandbox, 'bob', tasks[2], '31');
  // The daily run comes long after the tasks were made: Jira's search has caught up with them by then.
  await sandbox.searchIndexed();
});

const commentsOn = (key: string) => sandbox.emulator.store.issueByIdOrKey(key)?.comments ?? [];

async function scheduledRun(): Promise<ReminderRun> {
  const answer = await sandbox.trigger<{ ran: { moduleKey: string; ok: boolean; result?: ReminderRun; error?: unknown }[] }>({ type: 'scheduled', key: 'daily-reminders' });
  expect(answer.status).toBe(200);
  const [run] = answer.body.ran;
  if (!run?.ok || !run.result) throw new Error(`The scheduled run failed: ${JSON.stringify(answer.body)}`);
  return run.result;
}

function mentions(body: unknown): string[] {
  const node = body as { type?: string; attrs?: { id?: string }; content?: unknown[] };
  return [...(node.type === 'mention' && node.attrs?.id ? [node.attrs.id] : []), ...(node.content ?? []).flatMap(mentions)];
}

describe('runDailyReminders', () => {
  it('comments once on each open overdue task, mentioning its owner, and not on done or not-yet-due tasks', async () => {
    const run = await scheduledRun();

    expect(run.reminded.map((r) => r.taskKey)).toEqual([tasks[0], tasks[1]]);
    expect(run.failed).toEqual([]);
    expect(run).toMatchObject({ stoppedEarly: false, remaining: 0 });
    const [bobs] = commentsOn(tasks[0]);
    expect(commentsOn(tasks[0])).toHaveLength(1);
    expect(bobs.authorAccountId).toBe(APP_USER.accountId);
    expect(mentions(bobs.body)).toEqual([USERS.bob.accountId]);
    expect(JSON.stringify(bobs.body)).toContain(`was due on ${dayIn(-3)}`);
    expect(mentions(commentsOn(tasks[1])[0].body)).toEqual([USERS.carol.accountId]);
    expect(commentsOn(tasks[2])).toHaveLength(0);
    expect(commentsOn(tasks[3])).toHaveLength(0);
    // Remembered in the app's storage, where no one else can change it (a task property anyone could).
    const taskId = sandbox.emulator.store.issueByIdOrKey(tasks[0])?.id as string;
    const mark = await sandbox.host.runAs(null, () => forgeReminderStore().get(taskId));
    expect(mark).toEqual({ lastRemindedAt: expect.any(String), commentId: run.reminded[0].commentId });
    expect(sandbox.emulator.store.issueByIdOrKey(tasks[0])?.properties.has('qa-postmortem-reminder')).toBe(false);

    const second = await scheduledRun();
    expect(second.reminded).toEqual([]);
    expect(second.recentlyReminded).toEqual([tasks[0], tasks[1]]);
    expect(commentsOn(tasks[0])).toHaveLength(1);
  });

  it('reminds again after 7 days, not before, and goes on after the incident is Done', async () => {
    const now = Date.now();
    const at = (days: number) => new Date(now + days * DAY);
    const remind = (days: number) => asApp(sandbox, at(days), remindOverdueActionTasks);

    expect((await remind(0)).reminded).toHaveLength(2);
    expect((await remind(3)).reminded).toEqual([]);
    expect((await remind(6)).reminded).toEqual([]);
    await transition(sandbox, 'alice', incident, '31');
    await transition(sandbox, 'bob', tasks[1], '31');
    await sandbox.searchIndexed();
    const week = await remind(7);
    expect(week.reminded.map((r) => r.taskKey)).toEqual([tasks[0]]);
    expect(commentsOn(tasks[0])).toHaveLength(2);
    expect(commentsOn(tasks[1])).toHaveLength(1);
    expect(JSON.stringify(commentsOn(tasks[0])[1].body)).toContain('10 days ago');
  });

  describe('bounded', () => {
    const bounded = (days: number, budget: ReminderBudget) => asApp(sandbox, new Date(Date.now() + days * DAY), (ports: ActionPorts) =>
      remindOverdueActionTasks({ ...ports, reminderBudget: budget }));
    const capOf2 = (): ReminderBudget => ({ maxReminders: 2, timeLeftMs: () => 60_000 });
    /** Three open overdue tasks, most overdue first: carol's (5 days), bob's (3 days), the reopened one's (1 day). */
    async function threeOverdue(): Promise<string[]> {
      await jiraOk(sandbox, 'alice', `/rest/api/3/issue/${tasks[1]}`, { method: 'PUT', body: { fields: { duedate: dayIn(-5) } } });
      await jiraOk(sandbox, 'alice', `/rest/api/3/issue/${tasks[3]}`, { method: 'PUT', body: { fields: { duedate: dayIn(-1) } } });
      await sandbox.searchIndexed();
      return [tasks[1], tasks[0], tasks[3]];
    }

    it('reminds the most overdue up to the cap, says it stopped early, and the next run the same day reminds the rest', async () => {
      const [first, second, third] = await threeOverdue();

      const run = await bounded(0, capOf2());
      expect(run.reminded.map((r) => r.taskKey)).toEqual([first, second]);
      expect(run).toMatchObject({ stoppedEarly: true, remaining: 1, failed: [] });
      expect(commentsOn(third)).toHaveLength(0);

      const next = await bounded(0, capOf2());
      expect(next.reminded.map((r) => r.taskKey)).toEqual([third]);
      expect(next.recentlyReminded).toEqual([first, second]);
      expect(next).toMatchObject({ stoppedEarly: false, remaining: 0 });
      expect([first, second, third].map((key) => commentsOn(key).length)).toEqual([1, 1, 1]);

      expect(await bounded(0, capOf2())).toMatchObject({ reminded: [], stoppedEarly: false, remaining: 0 });
      expect((await bounded(6, capOf2())).reminded).toEqual([]);
      const week = await bounded(7, capOf2());
      expect(week.reminded.map((r) => r.taskKey)).toEqual([first, second]);
      expect(week).toMatchObject({ stoppedEarly: true, remaining: 1 });
      expect([first, second, third].map((key) => commentsOn(key).length)).toEqual([2, 2, 1]);
    });

    it('stops starting reminders once the invocation\'s remaining time is down to the safety margin', async () => {
      const [first, second, third] = await threeOverdue();
      const appComments = () => [first, second, third].reduce((sum, key) => sum + commentsOn(key).length, 0);
      const budget = reminderBudget({ invocationRemainingMs: () => 20_000 - 8_000 * appComments(), safetyMarginMs: 5_000, maxReminders: 10 });

      const run = await bounded(0, budget);
      expect(run.reminded.map((r) => r.taskKey)).toEqual([first, second]);
      expect(run).toMatchObject({ stoppedEarly: true, remaining: 1 });
      expect(commentsOn(third)).toHaveLength(0);
    });
  });
});
