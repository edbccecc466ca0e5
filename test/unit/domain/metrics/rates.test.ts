import {
  classifyDefects, computeDefectRates, defectRates, filterOfScope, meetsTarget, percentage,
} from '../../../../src/domain/metrics';
import { at, context, day, defect, fixedDefect, reopenedDefect, STATUS, STATUSES, walk, YEAR } from './fixtures';

const Q1 = { period: { from: day(1, 1), to: day(3, 31) } };

describe('percentage', () => {
  it('is null for a zero denominator, never 0 or NaN', () => {
    expect(percentage(0, 0)).toBeNull();
    expect(percentage(3, 0)).toBeNull();
  });

  it('rounds half up to one decimal', () => {
    expect(percentage(1, 3)).toBe(33.3);
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(1, 16)).toBe(6.3);
    expect(percentage(0, 7)).toBe(0);
    expect(percentage(7, 7)).toBe(100);
  });
});

describe('defects in scope', () => {
  it('counts only defect issue types, case-insensitively, from the settings', () => {
    const records = [defect({ issueType: 'Bug' }), defect({ issueType: 'bug' }), defect({ issueType: 'Story' }), defect({ issueType: 'Defect' })];
    expect(computeDefectRates(records, Q1, context()).leakage.defects).toBe(2);
    expect(computeDefectRates(records, Q1, context({ defectIssueTypes: ['Bug', 'Defect'] })).leakage.defects).toBe(3);
  });

  it('excludes defects resolved with an invalid resolution, whatever the case', () => {
    const records = [
      fixedDefect(),
      fixedDefect({ resolution: 'Duplicate' }),
      fixedDefect({ resolution: "won't do" }),
      fixedDefect({ resolution: 'Cannot Reproduce' }),
      fixedDefect({ resolution: 'Not a Bug' }),
      defect(),
    ];
    expect(computeDefectRates(records, Q1, context()).leakage).toEqual({ rate: 0, escaped: 0, defects: 2 });
  });

  it('lets the current resolution decide: reopened then resolved invalid is excluded', () => {
    const created = at(2, 1);
    const reopenedThenDuplicate = defect({
      created, resolution: 'Duplicate', currentStatusId: STATUS.done, escaped: true,
      statusHistory: walk(created, STATUS.todo, STATUS.done, STATUS.reopened, STATUS.done),
    });
    const duplicateThenReopenedAndFixed = defect({
      created, resolution: 'Fixed', currentStatusId: STATUS.done, escaped: true,
      statusHistory: walk(created, STATUS.todo, STATUS.done, STATUS.reopened, STATUS.done),
    });
    const rates = computeDefectRates([reopenedThenDuplicate, duplicateThenReopenedAndFixed], Q1, context());
    expect(rates).toEqual({
      leakage: { rate: 100, escaped: 1, defects: 1 },
      reopen: { rate: 100, reopened: 1, resolved: 1 },
    });
    expect(classifyDefects([reopenedThenDuplicate, duplicateThenReopenedAndFixed], context()).map((d) => d.key))
      .toEqual([duplicateThenReopenedAndFixed.key]);
  });

  it('uses the invalid resolutions of the settings, not a fixed list', () => {
    const records = [fixedDefect({ resolution: 'Duplicate' }), fixedDefect({ resolution: 'Obsolete' })];
    expect(computeDefectRates(records, Q1, context({ invalidResolutions: ['Obsolete'] })).leakage.defects).toBe(1);
  });

  it('keeps defects created within the period only, both ends included', () => {
    const records = [
      defect({ created: at(12, 31, '23:59', YEAR - 1) }),
      defect({ created: at(1, 1, '00:00') }),
      defect({ created: at(3, 31, '23:59') }),
      defect({ created: at(4, 1, '00:00') }),
    ];
    expect(computeDefectRates(records, Q1, context()).leakage.defects).toBe(2);
  });

  it('takes the creation day in the offset Jira wrote, the zone its JQL dates use', () => {
    // 31 March 23:30 in UTC-5 is already 1 April in UTC, and 1 January 00:30 in UTC+2 still 31 December;
    // Jira's search, in the zone it wrote them in, counted both in the first quarter.
    const lateMarch = defect({ created: `${day(3, 31)}T23:30:00.000-0500` });
    const earlyJanuary = defect({ created: `${day(1, 1)}T00:30:00.000+0200` });
    const earlyApril = defect({ created: `${day(4, 1)}T00:30:00.000+0200` });
    expect(computeDefectRates([lateMarch, earlyJanuary, earlyApril], Q1, context()).leakage.defects).toBe(2);
  });

  it('filters by component or fix version for a scope', () => {
    const records = [
      defect({ components: ['Payments'], fixVersions: ['1.2'], escaped: true }),
      defect({ components: ['Search'], fixVersions: ['1.2'] }),
      defect({ components: ['Payments', 'Search'], fixVersions: ['1.3'] }),
    ];
    const scope = { from: day(1, 1), to: day(3, 31) };
    expect(computeDefectRates(records, filterOfScope({ ...scope, component: 'Payments' }), context()).leakage)
      .toEqual({ rate: 50, escaped: 1, defects: 2 });
    expect(computeDefectRates(records, filterOfScope({ ...scope, fixVersion: '1.2' }), context()).leakage)
      .toEqual({ rate: 50, escaped: 1, defects: 2 });
    expect(computeDefectRates(records, filterOfScope({ ...scope, component: 'Checkout' }), context()).leakage)
      .toEqual({ rate: null, escaped: 0, defects: 0 });
  });

  it('treats an empty component list as no filter, not as "nothing matches"', () => {
    const records = [defect({ components: ['Payments'] }), defect()];
    expect(computeDefectRates(records, { ...Q1, components: [] }, context()).leakage.defects).toBe(2);
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => defectRates([], { period: { from: day(3, 1), to: day(2, 1) } })).toThrow(/after its end/);
    expect(() => defectRates([], { period: { from: day(2, 30), to: day(3, 1) } })).toThrow(/YYYY-MM-DD/);
  });
});

describe('Defect Leakage Rate', () => {
  it('is escaped defects in scope / defects in scope * 100 with exact counts', () => {
    const records = [defect({ escaped: true }), defect(), defect(), defect({ escaped: true, issueType: 'Story' })];
    expect(computeDefectRates(records, Q1, context()).leakage).toEqual({ rate: 33.3, escaped: 1, defects: 3 });
  });

  it('is null with no defects in scope', () => {
    expect(computeDefectRates([], Q1, context()).leakage).toEqual({ rate: null, escaped: 0, defects: 0 });
  });
});

describe('Defect Reopen Rate', () => {
  it('is reopened / resolved at least once * 100; unresolved defects are not in the denominator', () => {
    const records = [reopenedDefect(), fixedDefect(), fixedDefect(), defect(), defect({ currentStatusId: STATUS.inProgress })];
    expect(computeDefectRates(records, Q1, context()).reopen).toEqual({ rate: 33.3, reopened: 1, resolved: 3 });
  });

  it('counts a defect reopened twice once', () => {
    const created = at(2, 2);
    const twice = defect({
      created, currentStatusId: STATUS.done, resolution: 'Fixed',
      statusHistory: walk(created, STATUS.todo, STATUS.done, STATUS.reopened, STATUS.done, STATUS.reopened, STATUS.inProgress, STATUS.done),
    });
    expect(computeDefectRates([twice, fixedDefect()], Q1, context()).reopen).toEqual({ rate: 50, reopened: 1, resolved: 2 });
  });

  it('counts a defect still reopened now as resolved once and reopened', () => {
    const created = at(2, 2);
    const stillOpen = defect({ created, currentStatusId: STATUS.reopened, statusHistory: walk(created, STATUS.todo, STATUS.done, STATUS.reopened) });
    expect(computeDefectRates([stillOpen], Q1, context()).reopen).toEqual({ rate: 100, reopened: 1, resolved: 1 });
  });

  it('counts a defect in Done now with no history (created or imported as Done) as resolved', () => {
    const imported = defect({ currentStatusId: STATUS.done, resolution: 'Fixed' });
    expect(computeDefectRates([imported], Q1, context()).reopen).toEqual({ rate: 0, reopened: 0, resolved: 1 });
  });

  it('counts a defect that left Done without ever entering it in the history (created into Done) as resolved', () => {
    const created = at(2, 2);
    const createdDone = defect({ created, currentStatusId: STATUS.inProgress, statusHistory: walk(created, STATUS.done, STATUS.inProgress) });
    expect(computeDefectRates([createdDone], Q1, context()).reopen).toEqual({ rate: 100, reopened: 1, resolved: 1 });
  });

  it('is null when no defect in scope was ever resolved', () => {
    expect(computeDefectRates([defect(), defect()], Q1, context()).reopen).toEqual({ rate: null, reopened: 0, resolved: 0 });
  });

  it('does not count moves between Done statuses or between open statuses as reopening', () => {
    const created = at(2, 2);
    const doneToDone = defect({ created, currentStatusId: STATUS.verified, statusHistory: walk(created, STATUS.todo, STATUS.done, STATUS.verified) });
    const openMoves = defect({ created, currentStatusId: STATUS.todo, statusHistory: walk(created, STATUS.todo, STATUS.inProgress, STATUS.todo) });
    expect(computeDefectRates([doneToDone, openMoves], Q1, context()).reopen).toEqual({ rate: 0, reopened: 0, resolved: 1 });
  });

  it('decides by status category: a custom Done status of another workflow counts', () => {
    const created = at(2, 2);
    const customWorkflow = defect({
      created, currentStatusId: STATUS.verified,
      statusHistory: walk(created, STATUS.todo, STATUS.inQa, STATUS.verified, STATUS.inQa, STATUS.verified),
    });
    expect(computeDefectRates([customWorkflow], Q1, context()).reopen).toEqual({ rate: 100, reopened: 1, resolved: 1 });
  });

  it('decides by status id, so a renamed status keeps its category', () => {
    const created = at(2, 2);
    const record = defect({ created, currentStatusId: STATUS.done, statusHistory: walk(created, STATUS.todo, STATUS.done, STATUS.reopened, STATUS.done) });
    const renamed = STATUSES.map((s) => (s.id === STATUS.done ? { ...s, name: 'Shipped' } : s.id === STATUS.reopened ? { ...s, name: 'Back to dev' } : s));
    expect(computeDefectRates([record], Q1, context({}, renamed)).reopen.reopened).toBe(1);
    // The same names with other categories would change the answer: the category decides, not the name.
    const doneIsNotDone = STATUSES.map((s) => (s.id === STATUS.done ? { ...s, categoryKey: 'indeterminate' } : s));
    expect(computeDefectRates([record], Q1, context({}, doneIsNotDone)).reopen).toEqual({ rate: null, reopened: 0, resolved: 0 });
  });

  it('draws no conclusion from a status missing from the status list (deleted since)', () => {
    const created = at(2, 2);
    const viaUnknown = defect({ created, currentStatusId: STATUS.inProgress, statusHistory: walk(created, STATUS.todo, '99999', STATUS.inProgress) });
    expect(computeDefectRates([viaUnknown], Q1, context()).reopen).toEqual({ rate: null, reopened: 0, resolved: 0 });
    const doneToUnknown = defect({ created, currentStatusId: '99999', statusHistory: walk(created, STATUS.todo, STATUS.done, '99999') });
    expect(computeDefectRates([doneToUnknown], Q1, context()).reopen).toEqual({ rate: 0, reopened: 0, resolved: 1 });
  });
});

describe('escaped and reopened at once', () => {
  it('counts the defect in both rates', () => {
    const both = reopenedDefect({ escaped: true });
    const rates = computeDefectRates([both, fixedDefect(), defect(), defect()], Q1, context());
    expect(rates.leakage).toEqual({ rate: 25, escaped: 1, defects: 4 });
    expect(rates.reopen).toEqual({ rate: 50, reopened: 1, resolved: 2 });
  });
});

describe('meetsTarget', () => {
  it('meets a target at or below it, and decides nothing without data', () => {
    expect(meetsTarget(10, 10)).toBe(true);
    expect(meetsTarget(10.1, 10)).toBe(false);
    expect(meetsTarget(0, 5)).toBe(true);
    expect(meetsTarget(null, 5)).toBeNull();
  });
});
