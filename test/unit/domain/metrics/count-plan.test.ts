import {
  defaultSettings, defectBaseJql, monthGroups, namedGroups, reopenClause, reopensDuringQuery, resolvedOnceClause, siteInvalidResolutions,
  statusNamesOf, tallyOf, tallyQueries, type CountBasis,
} from '../../../../src/domain/metrics';

const statuses = statusNamesOf([
  { name: 'To Do', categoryKey: 'new' },
  { name: 'In Progress', categoryKey: 'indeterminate' },
  { name: 'Done', categoryKey: 'done' },
  { name: 'Closed', categoryKey: 'done' },
  { name: 'done', categoryKey: 'done' },
  { name: 'Reopened', categoryKey: 'new' },
]);
const basis: CountBasis = { settings: defaultSettings(), statuses, invalidResolutions: ['Duplicate', "Won't Do"] };
const scope = { projectKey: 'QA' };

describe('statusNamesOf', () => {
  it('splits the names by category, each once whatever its case', () => {
    expect(statuses).toEqual({ done: ['Done', 'Closed'], notDone: ['To Do', 'In Progress', 'Reopened'] });
  });

  it('counts a name shared by a Done status and another one as Done only: JQL cannot tell them apart', () => {
    expect(statusNamesOf([{ name: 'Shipped', categoryKey: 'done' }, { name: 'shipped', categoryKey: 'indeterminate' }, { name: 'Open', categoryKey: 'new' }]))
      .toEqual({ done: ['Shipped'], notDone: ['Open'] });
  });
});

describe('siteInvalidResolutions', () => {
  it('keeps the settings\' names the site has, in the site\'s spelling; JQL refuses any other', () => {
    expect(siteInvalidResolutions(["won't do", 'Duplicate', 'Invalid', 'Not a Problem'], ['Fixed', "Won't Do", 'Duplicate', 'Done'])).toEqual(["Won't Do", 'Duplicate']);
  });
});

describe('the JQL of the figures', () => {
  it('leaves out defects resolved as invalid, keeping unresolved ones, and quotes every name', () => {
    expect(defectBaseJql({ projectKey: 'QA', component: 'Payments "EU"' }, basis))
      .toBe('project = "QA" AND issuetype in ("Bug") AND (resolution IS EMPTY OR resolution NOT IN ("Duplicate", "Won\'t Do")) AND component = "Payments \\"EU\\""');
    expect(defectBaseJql(scope, { ...basis, invalidResolutions: [] })).toBe('project = "QA" AND issuetype in ("Bug")');
  });

  it('asks for a reopen as every change from a Done status to another status, FROM and TO taking one value each', () => {
    const clause = reopenClause(statuses)!;
    expect(clause.match(/status CHANGED FROM "[^"]+" TO "[^"]+"/g)).toHaveLength(2 * 3);
    expect(clause).toContain('status CHANGED FROM "Closed" TO "Reopened"');
    expect(clause).not.toContain('FROM "Done" TO "Closed"');
    expect(reopenClause(statuses, { from: '2026-03-01', to: '2026-03-31' })).toContain('status CHANGED FROM "Done" TO "To Do" DURING ("2026-03-01", "2026-04-01")');
    expect(resolvedOnceClause(statuses)).toBe('status WAS IN ("Done", "Closed")');
  });

  it('answers 0 without asking when no status could have been Done', () => {
    const none = { ...basis, statuses: { done: [], notDone: ['Open'] } };
    expect(tallyQueries('g', scope, { clause: null, created: { from: '2026-01-01', to: '2026-01-31' } }, none).filter((q) => q.jql === null).map((q) => q.key))
      .toEqual(['g:resolved', 'g:reopened']);
    expect(reopensDuringQuery('r', scope, { from: '2026-01-01', to: '2026-01-31' }, none).jql).toBeNull();
    expect(tallyOf('g', new Map([['g:defects', 4], ['g:escaped', 1]]))).toEqual({ defects: 4, escaped: 1, resolved: 0, reopened: 0 });
  });

  it('adds the escaped rule as one more condition, in parentheses', () => {
    const [, escaped] = tallyQueries('g', scope, { clause: 'component = "Search"', created: { from: '2026-01-01', to: '2026-01-31' } }, basis);
    expect(escaped.jql).toBe('((project = "QA" AND issuetype in ("Bug") AND (resolution IS EMPTY OR resolution NOT IN ("Duplicate", "Won\'t Do"))) AND '
      + '(created >= "2026-01-01" AND created < "2026-02-01") AND (component = "Search")) AND (labels = found-in-production)');
  });
});

describe('monthGroups', () => {
  it('clips the first and last months to the period and marks the month not over yet', () => {
    const groups = monthGroups({ from: '2026-01-15', to: '2026-03-31' }, '2026-03-31');
    expect(groups.map((g) => [g.key, g.created, g.partial])).toEqual([
      ['2026-01', { from: '2026-01-15', to: '2026-01-31' }, false],
      ['2026-02', { from: '2026-02-01', to: '2026-02-28' }, false],
      // Today is its last day, which is not over.
      ['2026-03', { from: '2026-03-01', to: '2026-03-31' }, true],
    ]);
    expect(monthGroups({ from: '2024-02-01', to: '2024-02-29' }, '2024-03-01').map((g) => g.partial)).toEqual([false]);
  });
});

describe('namedGroups', () => {
  it('asks for each name once, then for the defects without one', () => {
    const period = { from: '2026-01-01', to: '2026-06-30' };
    expect(namedGroups('affectedVersion', ['1.0', '1.0', '2.0'], period).map((g) => [g.key, g.label, g.clause])).toEqual([
      ['1.0', '1.0', 'affectedVersion = "1.0"'],
      ['2.0', '2.0', 'affectedVersion = "2.0"'],
      ['', 'No version', 'affectedVersion IS EMPTY'],
    ]);
    expect(namedGroups('component', [], period).map((g) => g.label)).toEqual(['No component']);
  });
});
