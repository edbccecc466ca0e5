import {
  classifyDefects, NO_GROUP_KEY, topComponentsByEscaped, trendsByComponent, trendsByMonth, trendsByRelease, type TrendGroup,
} from '../../../../src/domain/metrics';
import { at, context, day, defect, fixedDefect, reopenedDefect, YEAR } from './fixtures';

const summary = (groups: TrendGroup[]) => groups.map((g) => [g.key, g.label, g.leakage.defects, g.leakage.escaped, g.leakage.rate, g.reopen.resolved, g.reopen.reopened, g.reopen.rate]);

describe('trendsByMonth', () => {
  it('has every month of the period, empty months with null rates, keyed by month of creation', () => {
    const defects = classifyDefects([
      defect({ created: at(11, 3), escaped: true }),
      fixedDefect({ created: at(11, 20) }),
      reopenedDefect({ created: at(1, 31, '12:00', YEAR + 1), escaped: true }),
      defect({ created: at(10, 31) }), // before the period
      defect({ created: at(2, 1, '00:00', YEAR + 1) }), // after the period
    ], context());
    const groups = trendsByMonth(defects, { from: day(11, 1), to: day(1, 31, YEAR + 1) });
    expect(summary(groups)).toEqual([
      [`${YEAR}-11`, `Nov ${YEAR}`, 2, 1, 50, 1, 0, 0],
      [`${YEAR}-12`, `Dec ${YEAR}`, 0, 0, null, 0, 0, null],
      [`${YEAR + 1}-01`, `Jan ${YEAR + 1}`, 1, 1, 100, 1, 1, 100],
    ]);
  });

  it('counts only the days of a period that starts or ends mid-month', () => {
    const defects = classifyDefects([defect({ created: at(3, 14) }), defect({ created: at(3, 15) }), defect({ created: at(4, 10) })], context());
    const groups = trendsByMonth(defects, { from: day(3, 15), to: day(4, 9) });
    expect(groups.map((g) => [g.key, g.leakage.defects])).toEqual([[`${YEAR}-03`, 1], [`${YEAR}-04`, 0]]);
  });

  it('applies a component filter within the months', () => {
    const defects = classifyDefects([defect({ components: ['Payments'] }), defect({ components: ['Search'] })], context());
    const groups = trendsByMonth(defects, { from: day(3, 1), to: day(3, 31) }, { components: ['Payments'] });
    expect(groups.map((g) => g.leakage.defects)).toEqual([1]);
  });
});

describe('trendsByRelease', () => {
  const defects = classifyDefects([
    defect({ fixVersions: ['1.1'], escaped: true }),
    defect({ fixVersions: ['1.1', '1.2'] }),
    reopenedDefect({ fixVersions: ['1.2'] }),
    defect({ fixVersions: [] , escaped: true }),
    defect({ fixVersions: ['0.9-hotfix'] }),
    defect({ fixVersions: ['1.1'], issueType: 'Story' }),
  ], context());

  it('follows the version order passed in, counts a defect in each of its versions, and ends with "No version"', () => {
    expect(summary(trendsByRelease(defects, ['1.0', '1.1', '1.2']))).toEqual([
      ['1.0', '1.0', 0, 0, null, 0, 0, null],
      ['1.1', '1.1', 2, 1, 50, 0, 0, null],
      ['1.2', '1.2', 2, 0, 0, 1, 1, 100],
      ['0.9-hotfix', '0.9-hotfix', 1, 0, 0, 0, 0, null],
      [NO_GROUP_KEY, 'No version', 1, 1, 100, 0, 0, null],
    ]);
  });

  it('keeps the caller\'s order even when it is not alphabetical', () => {
    expect(trendsByRelease(defects, ['1.2', '1.1']).map((g) => g.key)).toEqual(['1.2', '1.1', '0.9-hotfix', NO_GROUP_KEY]);
  });

  it('honours the period', () => {
    const groups = trendsByRelease(defects, ['1.1'], { period: { from: day(4, 1), to: day(4, 30) } });
    expect(groups.map((g) => g.leakage.defects)).toEqual([0, 0]);
  });
});

describe('trendsByComponent and topComponentsByEscaped', () => {
  const defects = classifyDefects([
    defect({ components: ['Payments'], escaped: true }),
    defect({ components: ['Payments'], escaped: true }),
    defect({ components: ['Payments'] }),
    defect({ components: ['Payments'] }),
    defect({ components: ['Checkout', 'Payments'], escaped: true }),
    defect({ components: ['Search'], escaped: true }),
    defect({ components: ['Accounts'], escaped: true }),
    defect({ components: ['Accounts'] }),
    defect({ components: [], escaped: true }),
    defect({ components: [], escaped: true }),
    defect({ components: [], escaped: true }),
    defect({ components: [], escaped: true }),
  ], context());
  const order = ['Checkout', 'Payments', 'Search', 'Accounts', 'Mobile'];

  it('groups by component in the given order, empty components included, "No component" last', () => {
    expect(summary(trendsByComponent(defects, order)).map((row) => row.slice(0, 5))).toEqual([
      ['Checkout', 'Checkout', 1, 1, 100],
      ['Payments', 'Payments', 5, 3, 60],
      ['Search', 'Search', 1, 1, 100],
      ['Accounts', 'Accounts', 2, 1, 50],
      ['Mobile', 'Mobile', 0, 0, null],
      [NO_GROUP_KEY, 'No component', 4, 4, 100],
    ]);
  });

  it('ranks components by escaped defects, then leakage rate, then name, leaving out "No component" and clean ones', () => {
    const top = topComponentsByEscaped(trendsByComponent(defects, order));
    expect(top.map((g) => [g.label, g.leakage.escaped, g.leakage.rate])).toEqual([
      ['Payments', 3, 60],
      ['Checkout', 1, 100],
      ['Search', 1, 100],
      ['Accounts', 1, 50],
    ]);
    expect(topComponentsByEscaped(trendsByComponent(defects, order), 2).map((g) => g.label)).toEqual(['Payments', 'Checkout']);
  });

  it('is empty when nothing escaped', () => {
    expect(topComponentsByEscaped(trendsByComponent(classifyDefects([defect({ components: ['Search'] })], context()), order))).toEqual([]);
  });
});
