/**
 * The daily reminders through the local Forge host (POST /__forge/trigger {type: "scheduled"}) and,
 * where the clock must move, the same service called as the app with a chosen `now`: open, overdue
 * action-item tasks get one comment mentioning their owner per 7 days, remembered on the task;
 * done tasks get none; the reminders continue after the incident is Done.
 */
import { REMINDER_PROPERTY_KEY } from '../../../src/domain/actions';
import { remindOverdueActionTasks, type ReminderRun } from '../../../src/services/actions';
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
    const [bobs] = commentsOn(tasks[0]);
    expect(commentsOn(tasks[0])).toHaveLength(1);
    expect(bobs.authorAccountId).toBe(APP_USER.accountId);
    expect(mentions(bobs.body)).toEqual([USERS.bob.accountId]);
    expect(JSON.stringify(bobs.body)).toContain(`was due on ${dayIn(-3)}`);
    expect(mentions(commentsOn(tasks[1])[0].body)).toEqual([USERS.carol.accountId]);
    expect(commentsOn(tasks[2])).toHaveLength(0);
    expect(commentsOn(tasks[3])).toHaveLength(0);
    const mark = sandbox.emulator.store.issueByIdOrKey(tasks[0])?.properties.get(REMINDER_PROPERTY_KEY);
    expect(mark).toEqual({ lastRemindedAt: expect.any(String), commentId: run.reminded[0].commentId });

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
    const week = await remind(7);
    expect(week.reminded.map((r) => r.taskKey)).toEqual([tasks[0]]);
    expect(commentsOn(tasks[0])).toHaveLength(2);
    expect(commentsOn(tasks[1])).toHaveLength(1);
    expect(JSON.stringify(commentsOn(tasks[0])[1].body)).toContain('10 days ago');
  });
});
