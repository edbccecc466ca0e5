import { addDays, daysFrom, defaultDueDate, defaultDueDates, isOverdue } from '../../../../src/domain/actions';
import { TODAY, dayIn } from './action-builders';

describe('addDays and daysFrom', () => {
  it('cross month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysFrom('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysFrom('2026-01-10', '2026-01-03')).toBe(-7);
  });

  it('refuse something that is not a calendar date', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => daysFrom('today', TODAY)).toThrow(/YYYY-MM-DD/);
  });
});

describe('defaultDueDate', () => {
  it('is 4 weeks out for Highest and High, 8 weeks for the rest, by default', () => {
    expect(defaultDueDate('Highest', TODAY)).toBe(dayIn(28));
    expect(defaultDueDate('High', TODAY)).toBe(dayIn(28));
    expect(defaultDueDate('Medium', TODAY)).toBe(dayIn(56));
    expect(defaultDueDate('Lowest', TODAY)).toBe(dayIn(56));
  });

  it('follows the project settings', () => {
    expect(defaultDueDates(TODAY, { high: 1, other: 3 })).toEqual({
      Highest: dayIn(7), High: dayIn(7), Medium: dayIn(21), Low: dayIn(21), Lowest: dayIn(21),
    });
  });
});

describe('isOverdue', () => {
  it('is true only for a task that is not done and was due before today', () => {
    expect(isOverdue({ statusCategory: 'new', dueDate: dayIn(-1) }, TODAY)).toBe(true);
    expect(isOverdue({ statusCategory: 'indeterminate', dueDate: dayIn(-30) }, TODAY)).toBe(true);
    expect(isOverdue({ statusCategory: 'new', dueDate: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ statusCategory: 'done', dueDate: dayIn(-1) }, TODAY)).toBe(false);
    expect(isOverdue({ statusCategory: 'new', dueDate: null }, TODAY)).toBe(false);
  });
});
