import { computeDefectRates, defaultSettings, isDoneStatus } from '../../../../src/domain/metrics';
import {
  actionTaskFromIssue, createNameListPool, createStatusHistoryCollector, defectRecordFromIssue, defectRecordsFromJira, followThroughFactsFromIssue,
  incidentFactsFromIssue, incidentLinksFromJira, incidentRecordFromIssue, MalformedJiraDataError, NO_CHANGES, releaseVersionsFromJira,
  statusCatalogFromJira, statusChangesFromChangelog, statusHistoriesByIssueId,
} from '../../../../src/jira/mappers/metrics';
import type { ProjectComponent } from '../../../../src/jira/shapes';
import { at, day, STATUS } from '../../domain/metrics/fixtures';
import { JIRA_STATUSES, jiraDefect, jiraIncident, jiraLink, jiraStatus, jiraTask, jiraVersion, statusHistory } from './metrics-fixtures';

describe('statusCatalogFromJira', () => {
  it('keys statuses by id with their category key', () => {
    const catalog = statusCatalogFromJira(JIRA_STATUSES);
    expect(catalog.get(STATUS.verified)).toEqual({ id: STATUS.verified, name: 'Verified', categoryKey: 'done' });
    expect(isDoneStatus(catalog, STATUS.done)).toBe(true);
    expect(isDoneStatus(catalog, STATUS.reopened)).toBe(false);
    expect(isDoneStatus(catalog, '404')).toBeNull();
  });

  it('skips statuses without an id and marks a missing category as undefined', () => {
    const catalog = statusCatalogFromJira([{ name: 'Ghost' }, { id: '7', name: 'Odd' }]);
    expect([...catalog.values()]).toEqual([{ id: '7', name: 'Odd', categoryKey: 'undefined' }]);
  });
});

describe('statusChangesFromChangelog', () => {
  it('keeps status items only, with ids, oldest first', () => {
    const histories = [
      statusHistory('3', at(3, 12), STATUS.inProgress, STATUS.done),
      { id: '2', created: at(3, 11), items: [
        { field: 'assignee', fieldtype: 'jira', fieldId: 'assignee', from: null, to: '712020:bob-0002' },
        { field: 'status', fieldtype: 'jira', fieldId: 'status', from: STATUS.todo, fromString: 'To Do', to: STATUS.inProgress, toString: 'In Progress' },
      ] },
      { id: '1', created: at(3, 10), items: [{ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: null, to: '10005' }] },
    ];
    expect(statusChangesFromChangelog(histories)).toEqual([
      { at: at(3, 11), fromStatusId: STATUS.todo, toStatusId: STATUS.inProgress },
      { at: at(3, 12), fromStatusId: STATUS.inProgress, toStatusId: STATUS.done },
    ]);
  });

  it('sorts by the instant, not the text, across offsets', () => {
    const early = `${day(3, 11)}T10:00:00.000+0200`; // 08:00 UTC
    const late = `${day(3, 11)}T09:00:00.000+0000`;
    const changes = statusChangesFromChangelog([statusHistory('2', late, STATUS.inProgress, STATUS.done), statusHistory('1', early, STATUS.todo, STATUS.inProgress)]);
    expect(changes.map((c) => c.at)).toEqual([early, late]);
  });

  it('refuses a history without a time', () => {
    expect(() => statusChangesFromChangelog([{ id: '1', items: [{ field: 'status', fieldId: 'status', from: '1', to: '2' }] }], 'issue QA-7'))
      .toThrow(new MalformedJiraDataError('Jira returned issue QA-7 without a changelog time'));
  });
});

describe('statusHistoriesByIssueId', () => {
  it('joins an issue whose histories span two bulkfetch pages', () => {
    const byId = statusHistoriesByIssueId([
      { issueChangeLogs: [{ issueId: '10500', changeHistories: [statusHistory('1', at(3, 10), STATUS.todo, STATUS.done)] }], nextPageToken: 'next' },
      { issueChangeLogs: [
        { issueId: '10500', changeHistories: [statusHistory('2', at(3, 11), STATUS.done, STATUS.reopened)] },
        { issueId: '10501', changeHistories: [] },
      ] },
    ]);
    expect(byId.get('10500')?.map((c) => c.toStatusId)).toEqual([STATUS.done, STATUS.reopened]);
    expect(byId.get('10501')).toEqual([]);
  });
});

describe('createStatusHistoryCollector', () => {
  it('reads pages one at a time, joins an issue spread over two, and answers each issue oldest first', () => {
    const collector = createStatusHistoryCollector();
    collector.add([{ issueId: '10500', changeHistories: [statusHistory('2', at(3, 11), STATUS.inProgress, STATUS.done)] }]);
    collector.add({ issueChangeLogs: [
      { issueId: '10500', changeHistories: [statusHistory('1', at(3, 10), STATUS.todo, STATUS.inProgress)] },
      { issueId: '10501', changeHistories: [statusHistory('3', at(3, 12), STATUS.todo, STATUS.done)] },
    ] });

    const byId = collector.take();

    expect(byId.get('10500')).toEqual([
      { at: at(3, 10), fromStatusId: STATUS.todo, toStatusId: STATUS.inProgress },
      { at: at(3, 11), fromStatusId: STATUS.inProgress, toStatusId: STATUS.done },
    ]);
    expect(byId.get('10501')?.map((c) => c.toStatusId)).toEqual([STATUS.done]);
  });

  it('starts empty again after take, so a caller can reuse it batch after batch', () => {
    const collector = createStatusHistoryCollector();
    collector.add([{ issueId: '10500', changeHistories: [statusHistory('1', at(3, 10), STATUS.todo, STATUS.done)] }]);
    expect([...collector.take().keys()]).toEqual(['10500']);
    collector.add([{ issueId: '10501', changeHistories: [statusHistory('2', at(3, 11), STATUS.todo, STATUS.done)] }]);
    expect([...collector.take().keys()]).toEqual(['10501']);
  });

  it('refuses a changelog without an issue id', () => {
    expect(() => createStatusHistoryCollector().add([{ changeHistories: [] }])).toThrow(new MalformedJiraDataError('Jira returned a changelog without issueId'));
  });
});

describe('createNameListPool', () => {
  it('answers one shared, frozen array per distinct list of names', () => {
    const pool = createNameListPool();
    const components: ProjectComponent[] = [{ id: '2', name: 'Checkout' }, { id: '3', name: 'Payments' }];
    const first = pool([{ name: 'Checkout' }, { name: 'Payments' }]);
    const again = pool(components);
    const other = pool([{ name: 'Payments' }, { name: 'Checkout' }]);

    expect(first).toEqual(['Checkout', 'Payments']);
    expect(again).toBe(first);
    expect(other).toEqual(['Payments', 'Checkout']);
    expect(other).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('skips items without a name and answers an empty list for none', () => {
    const pool = createNameListPool();
    const components: ProjectComponent[] = [{ id: '1' }, { name: 'Search' }];
    expect(pool(components)).toEqual(['Search']);
    expect(pool(null)).toEqual([]);
    expect(pool([])).toBe(pool(undefined));
  });

  it('lets records of equal components and versions share their lists', () => {
    const pool = createNameListPool();
    const a = defectRecordFromIssue(jiraDefect({ id: '10500', key: 'QA-50' }), { escaped: false, statusHistory: NO_CHANGES }, pool);
    const b = defectRecordFromIssue(jiraDefect({ id: '10501', key: 'QA-51' }), { escaped: false, statusHistory: NO_CHANGES }, pool);
    expect(a.components).toEqual(['Payments']);
    expect(b.components).toBe(a.components);
    expect(b.fixVersions).toBe(a.fixVersions);
  });
});

describe('defectRecordsFromJira', () => {
  it('joins the search, the escaped ids and the changelogs into defect records', () => {
    const escapedIssue = jiraDefect({ id: '10500', key: 'QA-50' });
    const plainIssue = jiraDefect({ id: '10501', key: 'QA-51', fields: { resolution: null, resolutiondate: null, status: jiraStatus(STATUS.reopened), components: [], fixVersions: [], labels: [] } });
    const records = defectRecordsFromJira({
      issues: [escapedIssue, plainIssue],
      escapedIssueIdsOrKeys: new Set(['10500']),
      changelogs: [{ issueChangeLogs: [{ issueId: '10501', changeHistories: [
        statusHistory('1', at(3, 11), STATUS.todo, STATUS.done),
        statusHistory('2', at(3, 12), STATUS.done, STATUS.reopened),
      ] }] }],
    });
    expect(records).toEqual([
      {
        key: 'QA-50', created: at(3, 10, '08:15'), issueType: 'Bug', resolution: 'Fixed', components: ['Payments'], fixVersions: ['1.2'],
        escaped: true, currentStatusId: STATUS.done, statusHistory: [],
      },
      {
        key: 'QA-51', created: at(3, 10, '08:15'), issueType: 'Bug', resolution: null, components: [], fixVersions: [],
        escaped: false, currentStatusId: STATUS.reopened,
        statusHistory: [
          { at: at(3, 11), fromStatusId: STATUS.todo, toStatusId: STATUS.done },
          { at: at(3, 12), fromStatusId: STATUS.done, toStatusId: STATUS.reopened },
        ],
      },
    ]);
    const rates = computeDefectRates(records, { period: { from: day(3, 1), to: day(3, 31) } }, {
      settings: defaultSettings(), statuses: statusCatalogFromJira(JIRA_STATUSES),
    });
    expect(rates).toEqual({ leakage: { rate: 50, escaped: 1, defects: 2 }, reopen: { rate: 50, reopened: 1, resolved: 2 } });
  });

  it('accepts escaped issues named by key', () => {
    const [record] = defectRecordsFromJira({ issues: [jiraDefect({ key: 'QA-77' })], escapedIssueIdsOrKeys: new Set(['QA-77']), changelogs: [] });
    expect(record.escaped).toBe(true);
  });

  it.each([
    ['created', { created: undefined }, 'Jira returned issue QA-50 without created'],
    ['issue type', { issuetype: {} }, 'Jira returned issue QA-50 without issuetype.name'],
    ['status', { status: undefined }, 'Jira returned issue QA-50 without status.id'],
    ['a date-time', { created: 'yesterday' }, 'Jira returned issue QA-50 with created "yesterday", not a date-time'],
  ])('names the issue and field when %s is missing or wrong', (_what, fields, message) => {
    expect(() => defectRecordsFromJira({ issues: [jiraDefect({ fields })], escapedIssueIdsOrKeys: new Set(), changelogs: [] }))
      .toThrow(message);
  });
});

describe('actionTaskFromIssue', () => {
  it('reads created, due date, status category and resolution date', () => {
    expect(actionTaskFromIssue(jiraTask({ key: 'QA-91', fields: { status: jiraStatus(STATUS.done), resolutiondate: at(3, 5) } }))).toEqual({
      key: 'QA-91', created: at(3, 1, '09:00'), dueDate: '2026-04-01', statusCategory: 'done', resolutiondate: at(3, 5), resolution: null,
    });
    expect(actionTaskFromIssue(jiraTask({ key: 'QA-92', fields: { status: jiraStatus(STATUS.done), resolution: { id: '3', name: "Won't Do" } } })).resolution).toBe("Won't Do");
  });

  it('refuses a due date that is not a calendar day', () => {
    expect(() => actionTaskFromIssue(jiraTask({ fields: { duedate: '04/01/2026' } }))).toThrow(/duedate "04\/01\/2026"/);
  });
});

describe('incidentRecordFromIssue', () => {
  it('reads the post-mortem status and times from the qa-postmortem property', () => {
    const record = incidentRecordFromIssue(jiraIncident({ properties: { 'qa-postmortem': {
      status: 'complete',
      gather: { startedAt: at(3, 1, '08:50'), detectedAt: at(3, 1, '09:05'), mitigatedAt: 'not a time', resolvedAt: at(3, 1, '11:00') },
    } } }));
    expect(record).toEqual({
      key: 'QA-1', created: at(3, 1, '09:30'), postmortemStatus: 'complete',
      startedAt: at(3, 1, '08:50'), detectedAt: at(3, 1, '09:05'), mitigatedAt: null, resolvedAt: at(3, 1, '11:00'),
    });
  });

  it('has no post-mortem without the property, and a draft for a document with an unknown status', () => {
    expect(incidentRecordFromIssue(jiraIncident()).postmortemStatus).toBeNull();
    expect(incidentRecordFromIssue(jiraIncident({ properties: { 'qa-postmortem': { status: 'archived' } } }))).toMatchObject({
      postmortemStatus: 'draft', startedAt: null, resolvedAt: null,
    });
  });
});

describe('incidentLinksFromJira', () => {
  it('sees each link from the incident: the issue at the other end and the link type\'s name for that direction', () => {
    expect(incidentLinksFromJira([
      jiraLink('inward', 'Causes', { key: 'QA-12', summary: 'Card payment returns 502' }),
      jiraLink('outward', 'Blocks', { key: 'QA-9', issueType: 'Story', statusId: STATUS.reopened }),
    ])).toEqual([
      { key: 'QA-12', id: '20012', issueType: 'Bug', summary: 'Card payment returns 502', status: 'Done', statusCategory: 'done', relation: 'is caused by' },
      { key: 'QA-9', id: '20009', issueType: 'Story', summary: 'Summary of QA-9', status: 'Reopened', statusCategory: 'new', relation: 'blocks' },
    ]);
  });

  it('leaves out a link without the other issue, and answers null or empty for what Jira left out', () => {
    expect(incidentLinksFromJira([
      { id: '30001', type: { name: 'Relates' } },
      { id: '30002', outwardIssue: { key: 'QA-5', fields: { status: { name: 'Odd', statusCategory: { key: 'undefined' } } } } },
    ])).toEqual([{ key: 'QA-5', id: null, issueType: null, summary: '', status: 'Odd', statusCategory: null, relation: null }]);
  });
});

describe('releaseVersionsFromJira', () => {
  it('keeps Jira\'s order, each version\'s name, whether it is released and its release date', () => {
    expect(releaseVersionsFromJira([jiraVersion('1.2', day(5, 10)), jiraVersion('1.3', undefined, false), { id: '10109' }])).toEqual([
      { name: '1.2', released: true, releaseDate: day(5, 10) },
      { name: '1.3', released: false, releaseDate: null },
      { name: '', released: false, releaseDate: null },
    ]);
  });
});

describe('incidentFactsFromIssue', () => {
  it('reads the incident\'s project, creation, component and fix-version names, and its links seen from it', () => {
    const facts = incidentFactsFromIssue({
      id: '10001',
      key: 'QA-1',
      fields: {
        created: at(3, 1, '09:30'),
        project: { id: '10000', key: 'QA' },
        components: [{ id: '1', name: 'Payments' }, { id: '2' }],
        fixVersions: [jiraVersion('1.2', day(5, 10))],
        issuelinks: [jiraLink('inward', 'Causes', { key: 'QA-12' })],
      },
    });
    expect(facts).toEqual({
      key: 'QA-1', projectKey: 'QA', created: at(3, 1, '09:30'), components: ['Payments'], fixVersions: ['1.2'],
      fixVersionReleases: [{ name: '1.2', released: true, releaseDate: day(5, 10) }],
      links: [{ key: 'QA-12', id: '20012', issueType: 'Bug', summary: 'Summary of QA-12', status: 'Done', statusCategory: 'done', relation: 'is caused by' }],
    });
  });

  it('answers empty for what Jira left out', () => {
    expect(incidentFactsFromIssue({ id: '10001', key: 'QA-1' })).toEqual({ key: 'QA-1', projectKey: undefined, created: '', components: [], fixVersions: [], fixVersionReleases: [], links: [] });
  });
});

describe('followThroughFactsFromIssue', () => {
  it('reads the project, issue type, labels and the incident the app\'s marker names', () => {
    expect(followThroughFactsFromIssue({
      id: '20001',
      key: 'OPS-1',
      fields: { project: { key: 'OPS' }, issuetype: { name: 'Task' }, labels: ['postmortem-action'] },
      properties: { 'qa-postmortem-action': { incident: 'QA-1', actionId: 'a1' } },
    })).toEqual({ projectKey: 'OPS', issueType: 'Task', labels: ['postmortem-action'], markedIncident: 'QA-1' });
  });

  it('has no marked incident without a marker or with a value that is not one', () => {
    expect(followThroughFactsFromIssue({ id: '20002', key: 'OPS-2', properties: { 'qa-postmortem-action': { actionId: 'a1' } } }))
      .toEqual({ projectKey: undefined, issueType: '', labels: [], markedIncident: null });
  });
});
