import { applyCreateOutcomes, applyTaskStates, followThroughSummary } from '../../../../src/domain/actions';
import { actionProgress } from '../../../../src/domain/postmortem';
import { actionItem, dayIn, taskState, tasksById, TODAY } from './action-builders';

describe('followThroughSummary', () => {
  it('counts open, overdue and done from the live task states, items without a task as open', () => {
    const items = [
      actionItem({ id: 'done' }),
      actionItem({ id: 'late' }),
      actionItem({ id: 'on-time' }),
      actionItem({ id: 'no-task', dueDate: dayIn(-5) }),
    ];
    const tasks = tasksById(
      taskState({ actionId: 'done', statusCategory: 'done', dueDate: dayIn(-9) }),
      taskState({ actionId: 'late', statusCategory: 'indeterminate', dueDate: dayIn(-1) }),
      taskState({ actionId: 'on-time', dueDate: TODAY }),
    );
    expect(followThroughSummary(items, tasks, TODAY)).toEqual({
      total: 4, open: 3, overdue: 2, done: 1, fixValidationTotal: 0, allFixValidationDone: true,
    });
  });

  it('falls back to the last known state of a task the search did not return', () => {
    const items = [
      actionItem({ id: 'gone', taskKey: 'QA-9', taskStatusCategory: 'done' }),
      actionItem({ id: 'late-task', taskKey: 'QA-10', taskStatusCategory: 'new', dueDate: dayIn(5), taskDueDate: dayIn(-1) }),
    ];
    expect(followThroughSummary(items, new Map(), TODAY)).toMatchObject({ open: 1, done: 1, overdue: 1 });
  });

  it('agrees with the index fields of the document the tasks are folded into', () => {
    const items = [
      actionItem({ id: 'done', taskKey: 'QA-1' }),
      actionItem({ id: 'late', taskKey: 'QA-2' }),
      actionItem({ id: 'fix', taskKey: 'QA-3', type: 'fix-validation' }),
      actionItem({ id: 'no-task', dueDate: dayIn(-2) }),
    ];
    const tasks = tasksById(
      taskState({ actionId: 'done', taskKey: 'QA-1', statusCategory: 'done' }),
      taskState({ actionId: 'late', taskKey: 'QA-2', dueDate: dayIn(-1) }),
      taskState({ actionId: 'fix', taskKey: 'QA-3', statusCategory: 'indeterminate' }),
    );
    const summary = followThroughSummary(items, tasks, TODAY);
    const progress = actionProgress(applyTaskStates(items, tasks).items, TODAY);
    expect(progress).toEqual({ open: summary.open, done: summary.done, overdue: summary.overdue, fixValidation: 'open' });
    expect(summary).toMatchObject({ open: 3, done: 1, overdue: 2, allFixValidationDone: false });
  });

  it('says whether every fix-validation item is done', () => {
    const items = [actionItem({ id: 'f1', type: 'fix-validation' }), actionItem({ id: 'f2', type: 'fix-validation' }), actionItem({ id: 'o' })];
    const oneDone = tasksById(taskState({ actionId: 'f1', statusCategory: 'done' }), taskState({ actionId: 'o', statusCategory: 'done' }));
    expect(followThroughSummary(items, oneDone, TODAY)).toMatchObject({ fixValidationTotal: 2, allFixValidationDone: false });
    const bothDone = tasksById(taskState({ actionId: 'f1', statusCategory: 'done' }), taskState({ actionId: 'f2', statusCategory: 'done' }));
    expect(followThroughSummary(items, bothDone, TODAY)).toMatchObject({ open: 1, allFixValidationDone: true });
  });
});

describe('applyTaskStates', () => {
  const known = actionItem({ taskKey: 'QA-101', taskStatus: 'To Do', taskStatusCategory: 'new' });

  it('learns a missing task key (and clears the old create error): a change', () => {
    const applied = applyTaskStates([actionItem({ createError: 'timeout' })], tasksById(taskState()));
    expect(applied.changed).toBe(true);
    expect(applied.items[0]).toMatchObject({ taskKey: 'QA-101', taskStatus: 'To Do', taskStatusCategory: 'new', taskDueDate: dayIn(28) });
    expect(applied.items[0].createError).toBeUndefined();
  });

  it('treats done / not done as a change, a status within "not done" as none', () => {
    const moving = applyTaskStates([known], tasksById(taskState({ status: 'In Progress', statusCategory: 'indeterminate' })));
    expect(moving).toEqual({ items: [{ ...known, taskStatus: 'In Progress', taskStatusCategory: 'indeterminate', taskDueDate: known.dueDate }], changed: false });
    expect(applyTaskStates([known], tasksById(taskState({ status: 'Done', statusCategory: 'done' }))).changed).toBe(true);
    const reopened = actionItem({ taskKey: 'QA-101', taskStatus: 'Done', taskStatusCategory: 'done' });
    expect(applyTaskStates([reopened], tasksById(taskState({ status: 'Reopened', statusCategory: 'new' }))).changed).toBe(true);
  });

  it('treats a task due date moved in Jira as a change, and records it', () => {
    const moved = applyTaskStates([known], tasksById(taskState({ dueDate: dayIn(3) })));
    expect(moved.changed).toBe(true);
    expect(moved.items[0]).toMatchObject({ dueDate: known.dueDate, taskDueDate: dayIn(3) });
    expect(applyTaskStates(moved.items, tasksById(taskState({ dueDate: dayIn(3) }))).changed).toBe(false);
    expect(applyTaskStates(moved.items, tasksById(taskState({ dueDate: null }))).changed).toBe(true);
  });

  it('leaves an item that names another task, and items without a task, alone', () => {
    const other = actionItem({ taskKey: 'QA-7' });
    const untouched = actionItem({ id: 'a2' });
    expect(applyTaskStates([other, untouched], tasksById(taskState()))).toEqual({ items: [other, untouched], changed: false });
  });
});

describe('applyCreateOutcomes', () => {
  it('sets keys of created and existing tasks, records failures, and leaves other items alone', () => {
    const items = [
      actionItem({ id: 'new', createError: 'earlier failure' }),
      actionItem({ id: 'found' }),
      actionItem({ id: 'bad' }),
      actionItem({ id: 'other' }),
    ];
    const next = applyCreateOutcomes(items, [
      { actionId: 'new', status: 'created', taskKey: 'QA-11' },
      { actionId: 'found', status: 'existing', taskKey: 'QA-12', task: taskState({ actionId: 'found', taskKey: 'QA-12', status: 'In Progress', statusCategory: 'indeterminate' }) },
      { actionId: 'bad', status: 'failed', error: 'assignee: cannot be assigned' },
    ]);
    expect(next[0]).toEqual({ ...items[0], createError: undefined, taskKey: 'QA-11' });
    expect('createError' in next[0]).toBe(false);
    expect(next[1]).toEqual({ ...items[1], taskKey: 'QA-12', taskStatus: 'In Progress', taskStatusCategory: 'indeterminate', taskDueDate: dayIn(28) });
    expect(next[2]).toEqual({ ...items[2], createError: 'assignee: cannot be assigned' });
    expect(next[3]).toBe(items[3]);
  });

  it('never replaces a task key someone else already recorded, nor marks such an item failed', () => {
    const recorded = actionItem({ taskKey: 'QA-50' });
    expect(applyCreateOutcomes([recorded], [{ actionId: 'a1', status: 'created', taskKey: 'QA-51' }])).toEqual([recorded]);
    expect(applyCreateOutcomes([recorded], [{ actionId: 'a1', status: 'failed', error: 'x' }])).toEqual([recorded]);
  });
});
