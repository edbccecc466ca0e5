/** viewerToday: the calendar date in the viewer's time zone, UTC when the zone is missing or unknown. */
import { viewerToday } from '../../../../src/services/postmortem/viewer-date';

const lateUtcEvening = (() => {
  const d = new Date();
  d.setUTCHours(23, 30, 0, 0);
  return d;
})();
const utcDay = lateUtcEvening.toISOString().slice(0, 10);
const nextUtcDay = new Date(lateUtcEvening.getTime() + 86_400_000).toISOString().slice(0, 10);

describe('viewerToday', () => {
  it('is already tomorrow in Tokyo when it is 23:30 in UTC', () => {
    expect(viewerToday(lateUtcEvening, 'Asia/Tokyo')).toBe(nextUtcDay);
  });

  it('is still today in New York', () => {
    expect(viewerToday(lateUtcEvening, 'America/New_York')).toBe(utcDay);
  });

  it('uses UTC without a zone or with an unknown one', () => {
    expect(viewerToday(lateUtcEvening)).toBe(utcDay);
    expect(viewerToday(lateUtcEvening, 'Mars/Olympus_Mons')).toBe(utcDay);
  });
});
