import { durationsOfIncident, summarizeIncidents } from '../../../../src/domain/metrics';
import { at, day, incident } from './fixtures';

describe('durationsOfIncident', () => {
  it('measures detect from start to detection and resolve from start to resolution, in minutes', () => {
    const durations = durationsOfIncident(incident({
      startedAt: at(3, 1, '09:00'), detectedAt: at(3, 1, '09:25'), mitigatedAt: at(3, 1, '10:00'), resolvedAt: at(3, 1, '12:30'),
    }));
    expect(durations).toMatchObject({ timeToDetectMinutes: 25, timeToResolveMinutes: 210 });
  });

  it('resolves from detection when the start is unknown, and has no time to detect then', () => {
    const durations = durationsOfIncident(incident({ detectedAt: at(3, 1, '09:25'), resolvedAt: at(3, 1, '10:25') }));
    expect(durations).toMatchObject({ timeToDetectMinutes: null, timeToResolveMinutes: 60 });
  });

  it('is null for missing times or an impossible order, across offsets', () => {
    expect(durationsOfIncident(incident({ startedAt: at(3, 1, '09:00') }))).toMatchObject({ timeToDetectMinutes: null, timeToResolveMinutes: null });
    expect(durationsOfIncident(incident({ startedAt: at(3, 1, '10:00'), detectedAt: at(3, 1, '09:00') })).timeToDetectMinutes).toBeNull();
    // 10:00+0200 is 08:00 UTC: 30 minutes after 07:30 UTC.
    expect(durationsOfIncident(incident({ startedAt: at(3, 1, '07:30'), detectedAt: `${day(3, 1)}T10:00:00.000+0200` })).timeToDetectMinutes).toBe(30);
  });
});

describe('summarizeIncidents', () => {
  it('counts incidents by post-mortem status: draft counts as in progress, no document as none', () => {
    const summary = summarizeIncidents([
      incident({ postmortemStatus: 'complete' }),
      incident({ postmortemStatus: 'in-progress' }),
      incident({ postmortemStatus: 'draft' }),
      incident({ postmortemStatus: null }),
    ]);
    expect(summary).toMatchObject({ total: 4, postmortemComplete: 1, postmortemInProgress: 2, noPostmortem: 1 });
  });

  it('averages MTTD / MTTR only over two or more incidents that have the duration', () => {
    const summary = summarizeIncidents([
      incident({ startedAt: at(3, 1, '09:00'), detectedAt: at(3, 1, '09:10'), resolvedAt: at(3, 1, '10:00') }),
      incident({ startedAt: at(3, 2, '09:00'), detectedAt: at(3, 2, '09:31'), resolvedAt: null }),
      incident({ detectedAt: at(3, 3, '09:00') }),
    ]);
    expect(summary.incidents.map((i) => [i.timeToDetectMinutes, i.timeToResolveMinutes])).toEqual([[10, 60], [31, null], [null, null]]);
    expect(summary).toMatchObject({ mttdMinutes: 21, mttdSampleSize: 2, mttrMinutes: null, mttrSampleSize: 1 });
  });

  it('has no MTTD / MTTR for a single incident, or none', () => {
    const one = summarizeIncidents([incident({ startedAt: at(3, 1, '09:00'), detectedAt: at(3, 1, '09:10'), resolvedAt: at(3, 1, '10:00') })]);
    expect(one).toMatchObject({ total: 1, mttdMinutes: null, mttrMinutes: null, mttdSampleSize: 1, mttrSampleSize: 1 });
    expect(summarizeIncidents([])).toMatchObject({ total: 0, mttdMinutes: null, mttrMinutes: null, incidents: [] });
  });

  it('keeps the incidents created in the period', () => {
    const summary = summarizeIncidents([
      incident({ created: at(2, 28, '23:59'), postmortemStatus: 'complete' }),
      incident({ created: at(3, 1, '00:00'), postmortemStatus: 'draft' }),
      incident({ created: at(3, 31, '23:59') }),
      incident({ created: at(4, 1, '00:00') }),
    ], { from: day(3, 1), to: day(3, 31) });
    expect(summary).toMatchObject({ total: 2, postmortemComplete: 0, postmortemInProgress: 1, noPostmortem: 1 });
  });
});
