/**
 * The action-item panel's pure rules, without a browser: reading createActionItems' answer and
 * errors into per-item outcomes and field problems, the words of a run's summary, the task as
 * shown (live from Jira or as recorded), the follow-through counts, and taking the server's task
 * fields into a working copy that has edits of its own.
 */
import type { ActionTaskStatus, CreateActionItemsResult } from '../../src/contract';
import { emptyDocument, type ActionItem } from '../../src/domain/postmortem';
import { UiError } from '../../static/shared/src/ui-error';
import { addDays } from '../../static/panel/src/model/due-date';
import {
  failedRun, finishedRun, IDLE_RUN, problemOn, problemsOf, runSummary, unsavedRun, withoutProblems,
} from '../../static/panel/src/model/task-creation';
import { withTaskFieldsFrom } from '../../static/panel/src/model/task-fields';
import { fixValidationText, followThroughCounts, taskViewOf, withLiveTaskState } from '../../static/panel/src/model/task-view';

const now = new Date();
const today = now.toISOString().slice(0, 10);

function item(id: string, overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id, title: `Action ${id}`, type: 'process-refinement', ownerAccountId: 'acc-bob', ownerDisplayName: 'Bob Martins',
    dueDate: addDays(today, 10), priority: 'Medium', description: '', ...overrides,
  };
}

function live(actionId: string, overrides: Partial<ActionTaskStatus> = {}): ActionTaskStatus {
  return {
    actionId, taskKey: `QA-${actionId}`, status: 'In Progress', statusCategory: 'indeterminate',
    assignee: { accountId: 'acc-carol', displayName: 'Carol Okafor' }, dueDate: addDays(today, 3), overdue: false, resolution: null, linked: true, ...overrides,
  };
}

function result(results: CreateActionItemsResult['results']): CreateActionItemsResult {
  const document = emptyDocument({ key: 'QA-3' }, now);
  return { revision: 2, document, stages: [], findings: [], results, targetProjectKey: 'QA', actionTasks: {} };
}

describe('a Create tasks run', () => {
  it('keeps each item’s outcome and says what happened in one sentence', () => {
    const run = finishedRun(result([
      { actionId: 'a', status: 'created', taskKey: 'QA-10' },
      { actionId: 'b', status: 'created', taskKey: 'QA-11' },
      { actionId: 'c', status: 'existing', taskKey: 'QA-9' },
      { actionId: 'd', status: 'failed', error: 'priority: not a priority' },
    ]), 4);
    expect(run.phase).toBe('finished');
    expect(run.outcomes.d).toEqual({ actionId: 'd', status: 'failed', error: 'priority: not a priority' });
    expect(runSummary(run)).toBe('2 tasks created in QA, 1 task already existed and is linked, 1 item failed. Fix what is shown on it and press Create tasks again to retry.');
    expect(runSummary(finishedRun(result([{ actionId: 'a', status: 'created', taskKey: 'QA-10' }]), 1))).toBe('1 task created in QA.');
    expect(runSummary(finishedRun(result([]), 0))).toBe('Every action item already has its task.');
  });

  it('puts a VALIDATION error’s problems on the items and fields they name, ignoring what it cannot read', () => {
    const error = new UiError('VALIDATION', 'No tasks were created: 2 action items are not ready.', {
      items: [
        { actionId: 'a', problems: [{ field: 'owner', message: 'Dave Russo cannot be assigned issues in project QA.' }, { field: 'colour', message: 'x' }] },
        { actionId: 'b', problems: [{ field: 'dueDate', message: 'The due date is in the past.' }, { field: 'title', message: 'Give the action item a title.' }] },
        { actionId: 'c', problems: 'none' },
        'junk',
      ],
    });
    const run = failedRun(error, 3);
    expect(run.problems).toEqual({
      a: [{ field: 'owner', message: 'Dave Russo cannot be assigned issues in project QA.' }],
      b: [{ field: 'dueDate', message: 'The due date is in the past.' }, { field: 'title', message: 'Give the action item a title.' }],
    });
    expect(run.failure).toEqual({ title: 'No tasks were created', message: '2 action items need changes first; see the fields marked in red.' });
    expect(problemOn(run.problems.b, 'dueDate')).toBe('The due date is in the past.');
    expect(problemOn(run.problems.b, 'owner')).toBeNull();

    const fixed = withoutProblems(withoutProblems(run, 'a', ['owner']), 'b', ['title']);
    expect(fixed.problems).toEqual({ b: [{ field: 'dueDate', message: 'The due date is in the past.' }] });
    expect(fixed.failure).toEqual({ title: 'No tasks were created', message: '1 action item needs changes first; see the fields marked in red.' });
    expect(withoutProblems(fixed, 'b', ['type'])).toBe(fixed);
    // Every marked field changed: the error goes, and Create tasks can be pressed again.
    expect(withoutProblems(fixed, 'b', ['dueDate'])).toEqual({ ...IDLE_RUN, count: 3 });
  });

  it('shows the tasks an error says were made before the post-mortem could not be updated', () => {
    const error = new UiError('JIRA_UNAVAILABLE', '1 task was made in Jira (QA-12), but the post-mortem could not be updated.', {
      results: [{ actionId: 'a', status: 'created', taskKey: 'QA-12' }, { actionId: 'b', status: 'sideways' }],
    });
    const run = failedRun(error, 2);
    expect(run.outcomes).toEqual({ a: { actionId: 'a', status: 'created', taskKey: 'QA-12' } });
    expect(run.problems).toEqual({});
    expect(run.failure).toEqual({ title: 'The tasks were not all recorded', message: error.message });
    expect(problemsOf(undefined)).toEqual({});
    expect(failedRun(new UiError('FORBIDDEN', 'You do not have permission to create issues in project OPS.'), 1).failure)
      .toEqual({ title: 'The tasks couldn’t be created', message: 'You do not have permission to create issues in project OPS.' });
    expect(unsavedRun('Jira answered 503').failure?.message).toBe('Your changes couldn’t be saved first: Jira answered 503');
    expect(IDLE_RUN.phase).toBe('idle');
  });
});

describe('an item’s task as the panel shows it', () => {
  it('is the live task when Jira was read, else what the post-mortem recorded, and nothing without a key', () => {
    expect(taskViewOf(item('a'), {}, today)).toBeNull();
    const recorded = item('a', { taskKey: 'QA-a', taskStatus: 'To Do', taskStatusCategory: 'new', taskDueDate: addDays(today, -2) });
    expect(taskViewOf(recorded, {}, today)).toEqual({
      key: 'QA-a', status: 'To Do', statusCategory: 'new', assignee: 'Bob Martins', dueDate: addDays(today, -2), overdue: true, live: false,
    });
    expect(taskViewOf(recorded, { a: live('a', { overdue: true }) }, today)).toEqual({
      key: 'QA-a', status: 'In Progress', statusCategory: 'indeterminate', assignee: 'Carol Okafor', dueDate: addDays(today, 3), overdue: true, live: true,
    });
    // A live task under another key is not this item's.
    expect(taskViewOf(recorded, { a: live('a', { taskKey: 'QA-99' }) }, today)?.key).toBe('QA-a');
  });

  it('counts done, open, overdue and the fix-validation items over all items', () => {
    const items = [
      item('a', { taskKey: 'QA-a' }),
      item('b', { taskKey: 'QA-b', type: 'fix-validation' }),
      item('c', { taskKey: 'QA-c', type: 'fix-validation' }),
      item('d'),
    ];
    const tasks = {
      a: live('a', { overdue: true }),
      b: live('b', { status: 'Done', statusCategory: 'done' }),
      c: live('c'),
    };
    const counts = followThroughCounts(items, tasks, today);
    expect(counts).toEqual({ total: 4, done: 1, open: 3, overdue: 1, withoutTask: 1, fixValidation: { total: 2, done: 1 } });
    expect(fixValidationText(counts)).toBe('1 of 2 fix-validation items done: the post-mortem is not closed out until all are.');
    const allDone = followThroughCounts(items.slice(1, 3), { ...tasks, c: live('c', { statusCategory: 'done' }) }, today);
    expect(fixValidationText(allDone)).toBe('All 2 fix-validation items are done.');
    expect(fixValidationText(followThroughCounts([items[0]], tasks, today))).toBeNull();
  });

  it('judges the document on the live tasks without touching items whose task was not read', () => {
    const doc = { ...emptyDocument({ key: 'QA-3' }, now), actionItems: [item('a', { taskKey: 'QA-a', taskStatusCategory: 'new' }), item('b')] };
    const judged = withLiveTaskState(doc, { a: live('a', { status: 'Done', statusCategory: 'done' }) });
    expect(judged.actionItems[0]).toMatchObject({ taskStatus: 'Done', taskStatusCategory: 'done', taskDueDate: addDays(today, 3) });
    expect(judged.actionItems[1]).toBe(doc.actionItems[1]);
    expect(withLiveTaskState(doc, {})).toBe(doc);
  });
});

describe('taking the server’s task fields into the working copy', () => {
  it('copies key, status and error by item id and keeps every other edit', () => {
    const mine = [item('a', { title: 'Typed meanwhile', createError: 'Jira refused it' }), item('b', { description: 'Also typed' }), item('new')];
    const server = [item('a', { taskKey: 'QA-1' }), item('b', { createError: 'priority: not a priority' })];
    const merged = withTaskFieldsFrom(mine, server);
    expect(merged[0]).toEqual({ ...mine[0], taskKey: 'QA-1', createError: undefined });
    expect('createError' in merged[0]).toBe(false);
    expect(merged[1]).toEqual({ ...mine[1], createError: 'priority: not a priority' });
    expect(merged[2]).toBe(mine[2]);
  });
});
