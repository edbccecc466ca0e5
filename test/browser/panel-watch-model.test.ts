/** A Metric monitoring item's verdict, without a browser: met since the incident by any value, "no data" never a miss, the direction per figure. */
import type { WatchedFigureValues } from '../../src/contract';
import { watchVerdict } from '../../static/panel/src/model/watch';

const releases = (figure: WatchedFigureValues['figure'], ...rates: Array<number | null>): WatchedFigureValues => ({
  figure, releases: rates.map((rate, i) => ({ release: `1.${6 + i}`, rate })), period: null, note: null,
});

describe('watchVerdict', () => {
  it('is met when any release since reaches a figure that should be at least the target', () => {
    expect(watchVerdict({ figure: 'uatPassRate', target: 90 }, releases('uatPassRate', 66.7, 92), '2026-09-20')).toEqual({
      title: 'UAT pass rate, target at least 90%', values: ['Release 1.6: 66.7%', 'Release 1.7: 92%'], met: true,
    });
    expect(watchVerdict({ figure: 'uatPassRate', target: 90 }, releases('uatPassRate', 66.7), '2026-09-20').met).toBe(false);
  });

  it('reads a defect rate as at most the target, over the days since', () => {
    const period = (rate: number | null): WatchedFigureValues => ({ figure: 'leakageRate', releases: [], period: { from: '2026-09-20', to: '2026-12-04', rate }, note: null });
    expect(watchVerdict({ figure: 'leakageRate', target: 10 }, period(7.4), '2026-09-20')).toEqual({
      title: 'Defect leakage rate, target at most 10%', values: ['Defects created 2026-09-20 to 2026-12-04: 7.4%'], met: true,
    });
    expect(watchVerdict({ figure: 'leakageRate', target: 5 }, period(7.4), '2026-09-20').met).toBe(false);
    expect(watchVerdict({ figure: 'leakageRate', target: 5 }, period(null), '2026-09-20')).toMatchObject({ values: ['Defects created 2026-09-20 to 2026-12-04: no data'], met: null });
  });

  it('says why there is nothing to judge, and never calls it a miss', () => {
    const none: WatchedFigureValues = { figure: 'executionProgress', releases: [], period: null, note: 'No release of QA has been released since 2026-11-30.' };
    expect(watchVerdict({ figure: 'executionProgress', target: 100 }, none, '2026-11-30')).toMatchObject({ values: [none.note], met: null });
    expect(watchVerdict({ figure: 'executionProgress', target: 100 }, undefined, '2026-11-30').met).toBeNull();
    expect(watchVerdict({ figure: 'requirementCoverage', target: 90 }, releases('requirementCoverage', null), 'x').met).toBeNull();
  });
});
