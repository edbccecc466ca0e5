import {
  calendarDayIn, calendarDayOf, isCalendarDay, monthLabel, monthsOfPeriod, nextDay, parseJiraDateTime,
} from '../../../../src/domain/metrics';
import { earliestPeriodStart, monthCountOf, PERIOD_MAX_MONTHS } from '../../../../src/domain/metrics/dates';
import { ProjectMetricsPayloadSchema } from '../../../../src/contracts/metrics';
import { day, YEAR } from './fixtures';

describe('calendar days', () => {
  it('knows month lengths and leap years', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2100-02-29')).toBe(false);
    expect(isCalendarDay('2000-02-29')).toBe(true);
    expect(isCalendarDay(day(4, 31))).toBe(false);
    expect(isCalendarDay(day(13, 1))).toBe(false);
    expect(isCalendarDay(`${YEAR}-1-5`)).toBe(false);
  });

  it('steps to the next day across month and year ends', () => {
    expect(nextDay(day(12, 31))).toBe(`${YEAR + 1}-01-01`);
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });

  it('lists every month a period touches, across a year end', () => {
    expect(monthsOfPeriod({ from: day(11, 20), to: day(2, 3, YEAR + 1) }))
      .toEqual([`${YEAR}-11`, `${YEAR}-12`, `${YEAR + 1}-01`, `${YEAR + 1}-02`]);
    expect(monthsOfPeriod({ from: day(5, 1), to: day(5, 1) })).toEqual([`${YEAR}-05`]);
    expect(monthLabel(`${YEAR}-09`)).toBe(`Sep ${YEAR}`);
  });
});

describe('Jira date-times', () => {
  it('parses offsets with and without a colon, Z and missing milliseconds to the same instant', () => {
    const instant = Date.UTC(YEAR, 2, 1, 8, 0, 0);
    expect(parseJiraDateTime(`${day(3, 1)}T09:00:00.000+0100`)).toBe(instant);
    expect(parseJiraDateTime(`${day(3, 1)}T09:00:00+01:00`)).toBe(instant);
    expect(parseJiraDateTime(`${day(3, 1)}T08:00:00.000Z`)).toBe(instant);
    expect(parseJiraDateTime(`${day(3, 1)}T03:00:00.000-0500`)).toBe(instant);
  });

  it('refuses text that is not a date-time', () => {
    expect(() => parseJiraDateTime(day(3, 1))).toThrow(/Not a Jira date-time/);
    expect(() => calendarDayOf(`${day(2, 30)}T08:00:00.000Z`)).toThrow(/Not a Jira date-time/);
  });

  it('gives the creation day in the offset Jira wrote', () => {
    expect(calendarDayOf(`${day(3, 31)}T23:30:00.000-0500`)).toBe(day(3, 31));
  });
});

describe('calendarDayIn', () => {
  it('gives today in the time zone asked for, from the clock value passed in', () => {
    const now = new Date();
    const utcDay = now.toISOString().slice(0, 10);
    expect(calendarDayIn(now)).toBe(utcDay);
    // A moment late in the UTC day is already tomorrow in Tokyo and still today in Los Angeles.
    const lateUtc = new Date(`${utcDay}T20:00:00Z`);
    expect(calendarDayIn(lateUtc, 'Asia/Tokyo')).toBe(nextDay(utcDay));
    expect(calendarDayIn(lateUtc, 'America/Los_Angeles')).toBe(utcDay);
  });
});

describe('the longest period', () => {
  it('counts the calendar months a period touches, and the payload takes at most PERIOD_MAX_MONTHS of them', () => {
    expect(monthCountOf({ from: '2026-01-31', to: '2026-02-01' })).toBe(2);
    expect(monthCountOf({ from: '2016-02-01', to: '2026-01-31' })).toBe(PERIOD_MAX_MONTHS);
    const payload = { projectKey: 'QA', groupBy: 'month' };
    expect(ProjectMetricsPayloadSchema.safeParse({ ...payload, from: '2016-02-01', to: '2026-01-31' }).success).toBe(true);
    expect(ProjectMetricsPayloadSchema.safeParse({ ...payload, from: '2016-01-31', to: '2026-01-31' }).success).toBe(false);
  });

  it('starts a period ending on a day at the earliest on the first of the month the longest period allows', () => {
    expect(earliestPeriodStart('2026-01-31')).toBe('2016-02-01');
    expect(earliestPeriodStart('2026-12-04')).toBe('2017-01-01');
    for (const to of ['2026-01-31', '2026-12-04', '2000-06-15']) {
      expect(monthCountOf({ from: earliestPeriodStart(to), to })).toBe(PERIOD_MAX_MONTHS);
    }
  });
});
