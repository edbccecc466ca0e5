import fc from 'fast-check';
import {
  addCalendarDays, calendarDayIn, calendarDaysBetween, isCalendarDay, lastDayOfMonth, monthsBetween, utcDayOf,
} from '../../../src/domain/dates';

describe('the calendar module', () => {
  it('knows a calendar day from a string that only looks like one', () => {
    expect(['2024-02-29', '2026-12-31', '1000-01-01'].map(isCalendarDay)).toEqual([true, true, true]);
    expect(['2023-02-29', '2026-02-30', '2026-13-01', '2026-1-01', '2026-01-01T00:00', ''].map(isCalendarDay)).toEqual([false, false, false, false, false, false]);
  });

  it('adds days across month, year and leap-day ends, in any server zone', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    // The day European clocks go forward: a day is a day.
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('moves forth and back to the same day, and counts the days it moved', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), fc.integer({ min: -4000, max: 4000 }), (date, days) => {
      const day = utcDayOf(date);
      const moved = addCalendarDays(day, days);
      return addCalendarDays(moved, -days) === day && calendarDaysBetween(day, moved) === days && isCalendarDay(moved);
    }));
  });

  it('gives the last day of a month and the months between two days', () => {
    expect(['2024-02', '2026-02', '2026-04', '2026-12'].map(lastDayOfMonth)).toEqual(['2024-02-29', '2026-02-28', '2026-04-30', '2026-12-31']);
    expect(monthsBetween('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03-05', '2026-03-06')).toEqual(['2026-03']);
  });

  it('says which day an instant is in a time zone', () => {
    const instant = '2026-12-30T23:30:00Z';
    expect(calendarDayIn(instant, 'UTC')).toBe('2026-12-30');
    expect(calendarDayIn(instant, 'Australia/Sydney')).toBe('2026-12-31');
    expect(calendarDayIn(new Date('2026-12-31T03:00:00Z'), 'America/New_York')).toBe('2026-12-30');
    expect(utcDayOf(Date.parse('2026-06-01T00:00:00Z'))).toBe('2026-06-01');
    expect(() => calendarDayIn(instant, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
