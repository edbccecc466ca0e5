import { actionFollowThrough, isOverdue, median } from '../../../../src/domain/metrics';
import { actionTask, at, day } from './fixtures';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the input order', () => {
    expect(median([9, 1, 4])).toBe(4);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([10, 2, 4, 7])).toBe(5.5);
  });

  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });
});

describe('overdue', () => {
  const today = day(5, 10);

  it('is open and due before today; due today is not overdue yet', () => {
    expect(isOverdue(actionTask({ dueDate: day(5, 9) }), today)).toBe(true);
    expect(isOverdue(actionTask({ dueDate: day(5, 10) }), today)).toBe(false);
    expect(isOverdue(actionTask({ dueDate: day(5, 11) }), today)).toBe(false);
  });

  it('never applies to a done task or one without a due date', () => {
    expect(isOverdue(actionTask({ dueDate: day(1, 1), statusCategory: 'done' }), today)).toBe(false);
    expect(isOverdue(actionTask({ dueDate: null }), today)).toBe(false);
  });
});

describe('actionFollowThrough', () => {
  const today = day(5, 10);

  it('counts open, overdue and done with the completion rate and median days to done', () => {
    const tasks = [
      actionTask({ created: at(3, 1, '09:00'), statusCategory: 'done', resolutiondate: at(3, 3, '09:00') }), // 2 days
      actionTask({ created: at(3, 1, '09:00'), statusCategory: 'done', resolutiondate: at(3, 11, '21:00') }), // 10.5 days
      actionTask({ created: at(3, 2), statusCategory: 'done', resolutiondate: at(3, 6) }), // 4 days
      actionTask({ dueDate: day(5, 9), statusCategory: 'indeterminate' }),
      actionTask({ dueDate: day(5, 10) }),
      actionTask({ dueDate: day(6, 1) }),
    ];
    expect(actionFollowThrough(tasks, { today })).toEqual({
      total: 6, open: 3, overdue: 1, done: 3, cancelled: 0, completionRate: 50, medianDaysToDone: 4,
    });
  });

  it('takes the mean of the middle two for an even number of done tasks, to one decimal', () => {
    const tasks = [
      actionTask({ created: at(3, 1, '00:00'), statusCategory: 'done', resolutiondate: at(3, 2, '00:00') }), // 1
      actionTask({ created: at(3, 1, '00:00'), statusCategory: 'done', resolutiondate: at(3, 3, '08:00') }), // 2.333
      actionTask({ created: at(3, 1, '00:00'), statusCategory: 'done', resolutiondate: at(3, 5, '00:00') }), // 4
      actionTask({ created: at(3, 1, '00:00'), statusCategory: 'done', resolutiondate: at(3, 11, '00:00') }), // 10
    ];
    expect(actionFollowThrough(tasks, { today }).medianDaysToDone).toBe(3.2);
  });

  it('counts a done task without a resolution date as done but not in the median', () => {
    const tasks = [actionTask({ statusCategory: 'done', resolutiondate: null })];
    expect(actionFollowThrough(tasks, { today })).toEqual({
      total: 1, open: 0, overdue: 0, done: 1, cancelled: 0, completionRate: 100, medianDaysToDone: null,
    });
  });

  it('counts a task closed as Won\'t Do or Duplicate as cancelled, not done: it lowers the completion rate', () => {
    const invalidResolutions = ['Duplicate', "Won't Do", "Won't Fix"];
    const tasks = [
      actionTask({ statusCategory: 'done', resolution: 'Done', resolutiondate: at(3, 3) }),
      actionTask({ statusCategory: 'done', resolution: 'Fixed', resolutiondate: at(3, 5) }),
      actionTask({ statusCategory: 'done', resolution: "won't do", resolutiondate: at(3, 2) }), // case-insensitive
      actionTask({ statusCategory: 'done', resolution: 'Duplicate', resolutiondate: at(3, 2) }),
      actionTask({ dueDate: day(6, 1) }),
      // A resolution set on an open task (some workflows do) does not close it.
      actionTask({ dueDate: day(6, 1), resolution: "Won't Do" }),
    ];
    // 2 done of 6 = 33.3 %; the two cancelled are closed but not done; the median is of the done only (2 and 4 days).
    expect(actionFollowThrough(tasks, { today, invalidResolutions })).toEqual({
      total: 6, open: 2, overdue: 0, done: 2, cancelled: 2, completionRate: 33.3, medianDaysToDone: 3,
    });
    // Without the settings' list nothing is cancelled: all four closed tasks are done.
    expect(actionFollowThrough(tasks, { today })).toMatchObject({ done: 4, cancelled: 0, completionRate: 66.7 });
  });

  it('has null rates with no tasks', () => {
    expect(actionFollowThrough([], { today })).toEqual({
      total: 0, open: 0, overdue: 0, done: 0, cancelled: 0, completionRate: null, medianDaysToDone: null,
    });
  });

  it('keeps the tasks created in the period', () => {
    const tasks = [
      actionTask({ created: at(1, 31, '23:00') }),
      actionTask({ created: at(2, 1, '00:00'), statusCategory: 'done', resolutiondate: at(2, 2, '00:00') }),
      actionTask({ created: at(2, 28, '12:00'), dueDate: day(3, 1) }),
      actionTask({ created: at(3, 1, '00:00') }),
    ];
    expect(actionFollowThrough(tasks, { today, period: { from: day(2, 1), to: day(2, 28) } })).toEqual({
      total: 2, open: 1, overdue: 1, done: 1, cancelled: 0, completionRate: 50, medianDaysToDone: 1,
    });
  });

  it('rejects a today that is not a calendar day', () => {
    expect(() => actionFollowThrough([], { today: 'tomorrow' })).toThrow(/YYYY-MM-DD/);
  });
});
