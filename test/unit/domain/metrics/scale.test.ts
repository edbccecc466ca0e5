/**
 * Correctness at the size of a large project: 50,000 defects with about five status changes each.
 * Timing is measured by the separate benchmark (npm run bench); this checks the counts are exact.
 */
import { classifyDefects, defectRates, trendsByComponent, trendsByMonth, type DefectRecord } from '../../../../src/domain/metrics';
import { context, day, STATUS } from './fixtures';

function largeProject(size: number): DefectRecord[] {
  const records: DefectRecord[] = [];
  for (let i = 0; i < size; i += 1) {
    const month = (i % 12) + 1;
    const created = `${day(month, (i % 28) + 1)}T08:00:00.000+0000`;
    const reopened = i % 10 === 0;
    const path = reopened
      ? [STATUS.todo, STATUS.inProgress, STATUS.done, STATUS.reopened, STATUS.inProgress, STATUS.done]
      : [STATUS.todo, STATUS.inProgress, STATUS.inQa, STATUS.inProgress, STATUS.inQa, STATUS.done];
    records.push({
      key: `QA-${i + 1}`,
      created,
      issueType: 'Bug',
      resolution: i % 25 === 0 ? 'Duplicate' : 'Fixed',
      components: [['Checkout', 'Payments', 'Search', 'Accounts'][i % 4]],
      fixVersions: [`1.${i % 7}`],
      escaped: i % 5 === 0,
      currentStatusId: STATUS.done,
      statusHistory: path.slice(1).map((to, step) => ({ at: `${created.slice(0, 11)}1${step}:00:00.000+0000`, fromStatusId: path[step], toStatusId: to })),
    });
  }
  return records;
}

describe('metrics over 50,000 defects', () => {
  const records = largeProject(50_000);
  const defects = classifyDefects(records, context());
  const year = { from: day(1, 1), to: day(12, 31) };

  it('keeps exact counts', () => {
    // i % 25 === 0 are duplicates (2,000); escaped i % 5 (10,000, of which the 2,000 duplicates); reopened i % 10 (5,000, of which i % 50 === 0 are duplicates: 1,000).
    expect(defects).toHaveLength(48_000);
    expect(defectRates(defects, { period: year })).toEqual({
      leakage: { rate: 16.7, escaped: 8_000, defects: 48_000 },
      reopen: { rate: 8.3, reopened: 4_000, resolved: 48_000 },
    });
  });

  it('groups them by month and component with the same totals', () => {
    const months = trendsByMonth(defects, year);
    expect(months).toHaveLength(12);
    expect(months.reduce((sum, g) => sum + g.leakage.defects, 0)).toBe(48_000);
    const components = trendsByComponent(defects, ['Checkout', 'Payments', 'Search', 'Accounts']);
    expect(components.map((g) => g.leakage.defects)).toEqual([12_000, 12_000, 12_000, 12_000, 0]);
    expect(components.reduce((sum, g) => sum + g.leakage.escaped, 0)).toBe(8_000);
  });
});
