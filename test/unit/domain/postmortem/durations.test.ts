import { formatMinutes, incidentDurations, timeToDetectMinutes, timeToResolveMinutes } from '../../../../src/domain/postmortem';
import { isoMinutesAgo } from './postmortem-builders';

const times = (startedAt: string | null, detectedAt: string | null, resolvedAt: string | null) => ({ startedAt, detectedAt, resolvedAt });

describe('incident durations', () => {
  it('measures detect from start and resolve from start, in minutes', () => {
    const t = times(isoMinutesAgo(600), isoMinutesAgo(575), isoMinutesAgo(410));
    expect(incidentDurations(t)).toEqual({ timeToDetectMinutes: 25, timeToResolveMinutes: 190 });
  });

  it('measures resolve from detection when the start is unknown', () => {
    const t = times(null, isoMinutesAgo(575), isoMinutesAgo(410));
    expect(timeToDetectMinutes(t)).toBeNull();
    expect(timeToResolveMinutes(t)).toBe(165);
  });

  it('is null when a time is missing or the order is negative', () => {
    expect(timeToResolveMinutes(times(isoMinutesAgo(600), isoMinutesAgo(575), null))).toBeNull();
    expect(timeToDetectMinutes(times(isoMinutesAgo(500), isoMinutesAgo(575), null))).toBeNull();
    expect(timeToResolveMinutes(times(isoMinutesAgo(100), null, isoMinutesAgo(200)))).toBeNull();
    expect(timeToDetectMinutes(times(null, null, null))).toBeNull();
  });

  it('rounds to the nearest minute and counts zero as a duration', () => {
    const start = new Date(Date.now() - 3_600_000);
    const later = new Date(start.getTime() + 90_000 + 29_000).toISOString();
    expect(timeToDetectMinutes(times(start.toISOString(), later, null))).toBe(2);
    expect(timeToDetectMinutes(times(start.toISOString(), start.toISOString(), null))).toBe(0);
  });

  it('formats minutes for people', () => {
    expect([0, 45, 60, 185, 1440, 1500, 3000].map(formatMinutes)).toEqual(['0 min', '45 min', '1 h', '3 h 5 min', '1 d', '1 d 1 h', '2 d 2 h']);
  });
});
