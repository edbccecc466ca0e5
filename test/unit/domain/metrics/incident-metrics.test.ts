import { holdsTrailingReleases, incidentTrendGroups, linkedDefectsOfIncident, trailingAnchorDay, trailingReleases } from '../../../../src/domain/metrics';
import { at, context, day, incidentLink, releaseVersion } from './fixtures';

describe('linkedDefectsOfIncident', () => {
  const ctx = context();

  it('lists linked defects of any link type and direction, with escaped and reopened from the searches, by key; unknown when not found', () => {
    const links = [
      incidentLink('QA-12', { relation: 'is caused by', summary: 'Card payment returns 502' }),
      incidentLink('QA-9', { relation: 'relates to', summary: 'Refund rounding', status: 'Reopened', statusCategory: 'new' }),
      incidentLink('QA-30', { relation: 'relates to', issueType: 'Story' }),
      incidentLink('QA-100', { relation: 'is blocked by', issueType: 'bug' }),
    ];
    const facts = new Map([['QA-12', { escaped: true, reopened: false }], ['QA-9', { escaped: false, reopened: true }]]);
    expect(linkedDefectsOfIncident(links, { ...ctx, facts })).toEqual([
      { key: 'QA-9', summary: 'Refund rounding', status: 'Reopened', statusCategory: 'new', escaped: false, reopened: true, relations: ['relates to'] },
      { key: 'QA-12', summary: 'Card payment returns 502', status: 'Done', statusCategory: 'done', escaped: true, reopened: false, relations: ['is caused by'] },
      { key: 'QA-100', summary: 'Summary of QA-100', status: 'Done', statusCategory: 'done', escaped: null, reopened: null, relations: ['is blocked by'] },
    ]);
  });

  it('lists a defect linked twice once, with both relations', () => {
    const links = [incidentLink('QA-12', { relation: 'is caused by' }), incidentLink('QA-12', { relation: 'relates to' })];
    expect(linkedDefectsOfIncident(links, { ...ctx, facts: new Map() }).map((d) => [d.key, d.relations]))
      .toEqual([['QA-12', ['is caused by', 'relates to']]]);
  });

  it('uses the defect types of the settings', () => {
    const links = [incidentLink('QA-12', { issueType: 'Defect' }), incidentLink('QA-13')];
    expect(linkedDefectsOfIncident(links, { ...context({ defectIssueTypes: ['Defect'] }), facts: new Map() }).map((d) => d.key)).toEqual(['QA-12']);
  });

  it('is empty for an incident without links', () => {
    expect(linkedDefectsOfIncident([], { ...ctx, facts: new Map() })).toEqual([]);
  });
});

describe('trailingAnchorDay', () => {
  it('is the latest released fix version\'s day, else the creation day, else null', () => {
    const fixes = [releaseVersion('1.2', day(5, 10)), releaseVersion('1.3', day(7, 10)), releaseVersion('1.4', day(9, 10), false)];
    expect(trailingAnchorDay({ created: at(8, 1), fixVersionReleases: fixes })).toBe(day(7, 10));
    expect(trailingAnchorDay({ created: at(8, 1), fixVersionReleases: [releaseVersion('1.4', day(9, 10), false), releaseVersion('x', null)] })).toBe(day(8, 1));
    expect(trailingAnchorDay({ created: '', fixVersionReleases: [] })).toBeNull();
  });
});

describe('holdsTrailingReleases', () => {
  // Newest release first, as GET project/{key}/version?orderBy=-releaseDate answers.
  const newestFirst = [
    releaseVersion('1.5', day(11, 10)),
    releaseVersion('1.4', day(9, 10)),
    releaseVersion('1.3', day(7, 10)),
    releaseVersion('1.3.1', day(7, 10)),
    releaseVersion('1.2', day(5, 10)),
    releaseVersion('1.1', day(3, 10)),
  ];

  it('needs three on or before the anchor day, and one older to be sure no version shares the third\'s day', () => {
    // by 1 Dec: 1.5, 1.4, 1.3; then 1.3.1 shares 1.3's day, and only 1.2 shows no other does
    expect(holdsTrailingReleases(newestFirst.slice(0, 3), day(12, 1))).toBe(false);
    expect(holdsTrailingReleases(newestFirst.slice(0, 4), day(12, 1))).toBe(false);
    expect(holdsTrailingReleases(newestFirst.slice(0, 5), day(12, 1))).toBe(true);
    // by 1 Oct: 1.4, 1.3, 1.3.1 (1.5 came later)
    expect(holdsTrailingReleases(newestFirst.slice(0, 4), day(10, 1))).toBe(false);
    expect(holdsTrailingReleases(newestFirst.slice(0, 5), day(10, 1))).toBe(true);
    // by 1 Aug: 1.3, 1.3.1, 1.2, and 1.1 is older
    expect(holdsTrailingReleases(newestFirst.slice(0, 5), day(8, 1))).toBe(false);
    expect(holdsTrailingReleases(newestFirst, day(8, 1))).toBe(true);
    expect(holdsTrailingReleases([releaseVersion('1.0', day(1, 1))], day(12, 1))).toBe(false);
  });

  it('chooses, from what it holds, the releases trailingReleases chooses from every version', () => {
    const incident = { created: at(10, 1), fixVersions: [] };
    const held = newestFirst.slice(0, 5);
    expect(holdsTrailingReleases(held, day(10, 1))).toBe(true);
    expect(trailingReleases([...held].reverse(), incident)).toEqual(trailingReleases([...newestFirst].reverse(), incident));
    // 1.3 and 1.3.1 share a day: Jira's order for them stands
    expect(trailingReleases([...held].reverse(), incident)).toEqual(['1.3.1', '1.3', '1.4']);
  });
});

describe('trailingReleases', () => {
  // Given in Jira's sequence order, which is not the release order here.
  const versions = [
    releaseVersion('1.0', day(1, 10)),
    releaseVersion('1.2', day(5, 10)),
    releaseVersion('1.1', day(3, 10)),
    releaseVersion('1.3', day(7, 10)),
    releaseVersion('1.4', day(9, 10)),
    releaseVersion('1.5', day(11, 10), false),
    releaseVersion('1.1-hotfix', null),
  ];

  it('ends at the incident\'s released fix version', () => {
    expect(trailingReleases(versions, { created: at(10, 1), fixVersions: ['1.3'] })).toEqual(['1.1', '1.2', '1.3']);
  });

  it('takes the latest released one when the incident has several fix versions', () => {
    expect(trailingReleases(versions, { created: at(10, 1), fixVersions: ['1.2', '1.3', '1.5'] })).toEqual(['1.1', '1.2', '1.3']);
  });

  it('falls back to the latest release on or before the creation day for an unreleased or missing fix version', () => {
    expect(trailingReleases(versions, { created: at(9, 10, '18:00'), fixVersions: ['1.5'] })).toEqual(['1.2', '1.3', '1.4']);
    expect(trailingReleases(versions, { created: at(9, 9, '18:00'), fixVersions: [] })).toEqual(['1.1', '1.2', '1.3']);
  });

  it('gives fewer when fewer were released, and none before the first release', () => {
    expect(trailingReleases(versions, { created: at(4, 1), fixVersions: [] })).toEqual(['1.0', '1.1']);
    expect(trailingReleases(versions, { created: at(1, 1), fixVersions: [] })).toEqual([]);
  });

  it('honours another window size', () => {
    expect(trailingReleases(versions, { created: at(12, 1), fixVersions: [] }, 2)).toEqual(['1.3', '1.4']);
  });
});

describe('incidentTrendGroups', () => {
  it('asks for the defects found in the trailing releases (affects version) in the incident\'s components, whenever created', () => {
    const { overall, byRelease } = incidentTrendGroups(['1.1', '1.2'], ['Payments "EU"', 'Checkout']);
    expect(overall).toEqual({ key: 'all', label: 'Trailing releases', clause: 'affectedVersion in ("1.1", "1.2") AND component in ("Payments \\"EU\\"", "Checkout")' });
    expect(byRelease.map((g) => [g.key, g.clause, g.created])).toEqual([
      ['1.1', 'affectedVersion = "1.1" AND component in ("Payments \\"EU\\"", "Checkout")', undefined],
      ['1.2', 'affectedVersion = "1.2" AND component in ("Payments \\"EU\\"", "Checkout")', undefined],
    ]);
  });

  it('compares an incident without components with the whole project', () => {
    expect(incidentTrendGroups(['1.1'], []).overall.clause).toBe('affectedVersion in ("1.1")');
  });
});
