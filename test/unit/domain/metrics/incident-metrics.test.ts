import {
  classifyDefects, computeIncidentDefectTrends, incidentDefectTrends, linkedDefectsOfIncident, trailingReleases,
} from '../../../../src/domain/metrics';
import { at, context, day, defect, fixedDefect, incidentLink, releaseVersion, reopenedDefect, STATUS, YEAR } from './fixtures';

describe('linkedDefectsOfIncident', () => {
  const ctx = context();

  it('lists linked defects of any link type and direction, with escaped and reopened from their records, by key', () => {
    const links = [
      incidentLink('QA-12', { relation: 'is caused by', summary: 'Card payment returns 502' }),
      incidentLink('QA-9', { relation: 'relates to', summary: 'Refund rounding', status: 'Reopened', statusCategory: 'new' }),
      incidentLink('QA-30', { relation: 'relates to', issueType: 'Story' }),
      incidentLink('QA-100', { relation: 'is blocked by', issueType: 'bug' }),
    ];
    const records = [
      fixedDefect({ key: 'QA-12', escaped: true }),
      reopenedDefect({ key: 'QA-9', currentStatusId: STATUS.reopened }),
    ];
    expect(linkedDefectsOfIncident(links, { ...ctx, defects: records })).toEqual([
      { key: 'QA-9', summary: 'Refund rounding', status: 'Reopened', statusCategory: 'new', escaped: false, reopened: true, relations: ['relates to'] },
      { key: 'QA-12', summary: 'Card payment returns 502', status: 'Done', statusCategory: 'done', escaped: true, reopened: false, relations: ['is caused by'] },
      { key: 'QA-100', summary: 'Summary of QA-100', status: 'Done', statusCategory: 'done', escaped: null, reopened: null, relations: ['is blocked by'] },
    ]);
  });

  it('lists a defect linked twice once, with both relations', () => {
    const links = [incidentLink('QA-12', { relation: 'is caused by' }), incidentLink('QA-12', { relation: 'relates to' })];
    expect(linkedDefectsOfIncident(links, { ...ctx, defects: [] }).map((d) => [d.key, d.relations]))
      .toEqual([['QA-12', ['is caused by', 'relates to']]]);
  });

  it('uses the defect types of the settings', () => {
    const links = [incidentLink('QA-12', { issueType: 'Defect' }), incidentLink('QA-13')];
    expect(linkedDefectsOfIncident(links, { ...context({ defectIssueTypes: ['Defect'] }), defects: [] }).map((d) => d.key)).toEqual(['QA-12']);
  });

  it('is empty for an incident without links', () => {
    expect(linkedDefectsOfIncident([], { ...ctx, defects: [] })).toEqual([]);
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

describe('incidentDefectTrends', () => {
  const versions = [releaseVersion('1.0', day(1, 10)), releaseVersion('1.1', day(3, 10)), releaseVersion('1.2', day(5, 10)), releaseVersion('1.3', day(7, 10))];
  const records = [
    defect({ fixVersions: ['1.0'], components: ['Payments'], escaped: true }), // outside the window
    defect({ fixVersions: ['1.1'], components: ['Payments'], escaped: true, created: at(1, 5, '10:00', YEAR - 1) }), // old creation still counts
    reopenedDefect({ fixVersions: ['1.2'], components: ['Payments'] }),
    fixedDefect({ fixVersions: ['1.2', '1.4'], components: ['Checkout'] }),
    defect({ fixVersions: ['1.3'], components: ['Search'], escaped: true }), // other component
    fixedDefect({ fixVersions: ['1.3'], components: ['Payments'], resolution: 'Duplicate', escaped: true }), // invalid
  ];
  const incident = { created: at(8, 1), fixVersions: ['1.3'], components: ['Payments', 'Checkout'] };

  it('gives the rates for the incident\'s components over the trailing releases, overall and per release', () => {
    const trends = computeIncidentDefectTrends(records, context(), { versions, incident });
    expect(trends.releases).toEqual(['1.1', '1.2', '1.3']);
    expect(trends.components).toEqual(['Payments', 'Checkout']);
    expect(trends.overall).toEqual({ leakage: { rate: 33.3, escaped: 1, defects: 3 }, reopen: { rate: 50, reopened: 1, resolved: 2 } });
    expect(trends.byRelease.map((g) => [g.key, g.leakage.defects, g.leakage.escaped, g.reopen.reopened, g.reopen.rate])).toEqual([
      ['1.1', 1, 1, 0, null],
      ['1.2', 2, 0, 1, 50],
      ['1.3', 0, 0, 0, null],
    ]);
  });

  it('compares an incident without components with the whole project', () => {
    const trends = computeIncidentDefectTrends(records, context(), { versions, incident: { ...incident, components: [] } });
    expect(trends.overall.leakage).toEqual({ rate: 50, escaped: 2, defects: 4 });
  });

  it('has no data, not the whole project, when no release precedes the incident', () => {
    const trends = incidentDefectTrends(classifyDefects(records, context()), { versions, incident: { created: at(1, 1), fixVersions: [], components: [] } });
    expect(trends).toEqual({
      releases: [], components: [],
      overall: { leakage: { rate: null, escaped: 0, defects: 0 }, reopen: { rate: null, reopened: 0, resolved: 0 } },
      byRelease: [],
    });
  });
});
