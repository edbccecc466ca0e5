import { applyCreateOutcomes, applyTaskStates, followThroughSummary } from '../../../../src/domain/actions';
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
    const items = [actionItem({ id: 'gone', taskKey: 'QA-9', taskStatusCategory: 'done' })];
    expect(followThroughSummary(items, new Map(), TODAY)).toMatchObject({ open: 0, done: 1 });
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
    expect(applied.items[0]).toMatchObject({ taskKey: 'QA-101', taskStatus: 'To Do', taskStatusCategory: 'new' });
    expect(applied.items[0].createError).toBeUndefined();
  });

  it('treats done / not done as a change, a status within "not done" as none', () => {
    const moving = applyTaskStates([known], tasksById(taskState({ status: 'In Progress', statusCategory: 'indeterminate' })));
    expect(moving).toEqual({ items: [{ ...known, taskStatus: 'In Progress', taskStatusCategory: 'indeterminate' }], changed: false });
    expect(applyTaskStates([known], tasksById(taskState({ status: 'Done', statusCategory: 'done' }))).changed).toBe(true);
    const reopened = actionItem({ taskKey: 'QA-101', taskStatus: 'Done', taskStatusCategory: 'done' });
    expect(applyTaskStates([reopened], tasksById(taskState({ status: 'Reopened', statusCategory: 'new' }))).changed).toBe(true);
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
    expect(next[1]).toEqual({ ...items[1], taskKey: 'QA-12', taskStatus: 'In Progress', taskStatusCategory: 'indeterminate' });
    expect(next[2]).toEqual({ ...items[2], createError: 'assignee: cannot be assigned' });
    expect(next[3]).toBe(items[3]);
  });

  it('never replaces a task key someone else already recorded, nor marks such an item failed', () => {
    const recorded = actionItem({ taskKey: 'QA-50' });
    expect(applyCreateOutcomes([recorded], [{ actionId: 'a1', status: 'created', taskKey: 'QA-51' }])).toEqual([recorded]);
    expect(applyCreateOutcomes([recorded], [{ actionId: 'a1', status: 'failed', error: 'x' }])).toEqual([recorded]);
  });
});
