/**
 * getPostmortem over a fake Jira: what it asks Jira (one GET issue with the fields, changelog and
 * both properties, one mypermissions, and one search for the action-item tasks once any exists),
 * and what the panel gets back for each stored state.
 */
import {
  POSTMORTEM_PROPERTY_KEY,
  splitForStorage,
  TIMELINE_PROPERTY_KEY,
  withIndexSummary,
} from '../../../../src/domain/postmortem';
import { AppError } from '../../../../src/errors';
import type { IssueBean } from '../../../../src/jira';
import type { TaskRecord } from '../../../../src/services/ledger';
import { getPostmortem } from '../../../../src/services/postmortem';
import { actionItemFor, blankDocument, daysAfter, userEvent, withOverflowingTimeline, workedDocument } from '../../../helpers/postmortem-builders';
import { rejectionOf } from '../../../helpers/rejection';
import { fakeIncidentJira, INCIDENT_KEY, type FakeIncidentJiraOptions } from './fake-incident-jira';

const NOW = new Date();
const START = new Date(NOW.getTime() - 3 * 86_400_000);

function setup(options: FakeIncidentJiraOptions = {}) {
  const jira = fakeIncidentJira({ start: START, ...options });
  const read = () => getPostmortem({ issueKey: INCIDENT_KEY, siteUrl: 'https://example.atlassian.net', timezone: 'Europe/Berlin' }, jira.ports(NOW));
  return { ...jira, read };
}

const failure = (promise: Promise<unknown>) => rejectionOf(promise, AppError);

describe('getPostmortem', () => {
  it('asks Jira once for the incident (fields, changelog, both properties) and once for EDIT_ISSUES', async () => {
    const { read, fake, calls } = setup();
    await read();
    expect(calls().sort()).toEqual([`GET /rest/api/3/issue/${INCIDENT_KEY}`, 'GET /rest/api/3/mypermissions']);
    const [issueRequest] = fake.requestsTo('GET', `/rest/api/3/issue/${INCIDENT_KEY}`);
    expect(issueRequest.query.get('fields')?.split(',')).toEqual(expect.arrayContaining([
      'summary', 'status', 'issuetype', 'priority', 'components', 'fixVersions', 'created', 'assignee', 'reporter', 'comment', 'issuelinks', 'labels',
    ]));
    expect(issueRequest.query.get('expand')).toBe('changelog');
    expect(issueRequest.query.get('properties')?.split(',')).toEqual([POSTMORTEM_PROPERTY_KEY, TIMELINE_PROPERTY_KEY]);
    const [permissionRequest] = fake.requestsTo('GET', '/rest/api/3/mypermissions');
    expect(permissionRequest.query.get('issueKey')).toBe(INCIDENT_KEY);
    expect(permissionRequest.query.get('permissions')).toBe('EDIT_ISSUES');
  });

  it('shows an empty document at revision 0 when none is stored, and writes nothing', async () => {
    const { read, writes } = setup();
    const view = await read();
    expect(view.revision).toBe(0);
    expect(view.document).toMatchObject({ revision: 0, status: 'draft', stage: 'gather', actionItems: [] });
    expect(view.document.gather.affectedComponents).toEqual(['Payments']);
    expect(view.document.gather.detectedAt).toBe(START.toISOString());
    expect(writes()).toEqual([]);
  });

  it('describes the incident as the panel shows it', async () => {
    const { read } = setup();
    const { incident, people, canEdit } = await read();
    expect(incident).toEqual({
      key: INCIDENT_KEY,
      id: '10042',
      summary: 'Checkout fails for saved cards',
      status: 'Resolved',
      statusCategory: 'done',
      issueType: 'Incident',
      priority: 'Highest',
      components: ['Payments'],
      fixVersions: ['1.6'],
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      siteUrl: 'https://example.atlassian.net',
    });
    expect(people.map((p) => p.displayName).sort()).toEqual(['Ada Quinn', 'Bob Marsh', 'Carol Diaz']);
    expect(canEdit).toBe(true);
  });

  it('opens a post-mortem never saved with its timeline pre-filled from Jira, then suggests only the events neither taken nor dismissed', async () => {
    const first = await setup().read();
    expect(first.revision).toBe(0);
    expect(first.timelineSuggestions).toEqual([]);
    const prefilled = first.document.timeline.events;
    const sources = prefilled.map((e) => e.sourceId);
    expect(sources).toEqual(expect.arrayContaining(['comment:40001', 'comment:40002']));
    const [taken, dismissed] = prefilled.filter((e) => e.sourceId?.startsWith('comment:'));
    const stored = withIndexSummary({
      ...blankDocument(NOW, INCIDENT_KEY),
      revision: 2,
      timeline: { events: [{ ...taken, key: true }], dismissedSourceIds: [dismissed.sourceId ?? ''] },
    });
    const later = await setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: stored } }).read();
    const laterSources = later.timelineSuggestions.map((e) => e.sourceId);
    expect(laterSources).not.toContain(taken.sourceId);
    expect(laterSources).not.toContain(dismissed.sourceId);
    expect(laterSources).toHaveLength(sources.length - 2);
    expect(later.revision).toBe(2);
  });

  it('reads a timeline stored in the overflow property back whole', async () => {
    const document = withOverflowingTimeline(NOW, workedDocument(NOW, { revision: 5 }));
    const count = document.timeline.events.length;
    const parts = splitForStorage(withIndexSummary(document));
    expect(parts.overflow).toBeDefined();
    const { read } = setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: parts.main, [TIMELINE_PROPERTY_KEY]: parts.overflow } });
    const view = await read();
    expect(view.document.timeline.events).toEqual(document.timeline.events);
    expect(view.document.timeline.storedSeparately).toBeUndefined();
    expect(count).toBeGreaterThan(50);
  });

  it('upgrades a document written before schema versions existed', async () => {
    const legacy = {
      revision: 4,
      updatedAt: START.toISOString(),
      status: 'draft',
      stage: 'gather',
      gather: { severity: 'sev2', impactSummary: 'Checkout down' },
      rootCause: { whys: ['The vault rejected tokens'], category: 'test-gap' },
      actionItems: [],
    };
    const view = await setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: legacy } }).read();
    expect(view.document.schemaVersion).toBe(1);
    expect(view.revision).toBe(4);
    expect(view.document.rootCause.whys).toEqual([expect.objectContaining({ answer: 'The vault rejected tokens' })]);
    expect(view.document.rootCauseCategory).toBe('test-gap');
  });

  it('says VALIDATION, naming the problem, when the stored document cannot be read', async () => {
    const error = await failure(setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: { schemaVersion: 99 } } }).read());
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/newer version of the app/);
  });

  it('reports stage completeness in order and blameless findings with the incident\'s people', async () => {
    const document = withIndexSummary(workedDocument(NOW, {
      revision: 1,
      rootCause: { ...workedDocument(NOW).rootCause, contributingFactors: ['Bob Marsh was careless with the SDK upgrade'] },
    }));
    const view = await setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: document } }).read();
    expect(view.stages.map((s) => s.id)).toEqual(['gather', 'timeline', 'root-cause', 'probes', 'actions', 'review', 'follow-through']);
    expect(view.stages.find((s) => s.id === 'gather')).toEqual({ id: 'gather', label: 'Gather', complete: true, missing: [] });
    expect(view.stages.find((s) => s.id === 'review')?.complete).toBe(false);
    expect(view.findings.length).toBeGreaterThan(0);
    expect(view.findings.every((f) => f.field === 'rootCause.contributingFactors[0]')).toBe(true);
  });

  it('judges due dates by the viewer\'s today', async () => {
    const tomorrowUtc = new Date(NOW.getTime() + 86_400_000).toISOString().slice(0, 10);
    const yesterdayUtc = new Date(NOW.getTime() - 86_400_000).toISOString().slice(0, 10);
    const stored = withIndexSummary(workedDocument(NOW, {
      revision: 1,
      actionItems: [
        { ...workedDocument(NOW).actionItems[0], id: 'late', dueDate: yesterdayUtc },
        { ...workedDocument(NOW).actionItems[0], id: 'soon', dueDate: tomorrowUtc },
      ],
    }));
    const view = await setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: stored } }).read();
    expect(view.stages.find((s) => s.id === 'actions')?.missing).toEqual([`Action item 1 is due in the past (${yesterdayUtc})`]);
  });

  it('answers no task states, without searching, while no action item has a task', async () => {
    const stored = withIndexSummary(workedDocument(NOW, { revision: 1, actionItems: [actionItemFor(NOW)] }));
    const { read, calls } = setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: stored } });
    const view = await read();
    expect(view.actionTasks).toEqual({});
    expect(calls().sort()).toEqual([`GET /rest/api/3/issue/${INCIDENT_KEY}`, 'GET /rest/api/3/mypermissions']);
  });

  it('adds each recorded task\'s live status, assignee, due date and overdue flag from ONE bulk fetch by id', async () => {
    const bob = { accountId: '712020:bob-0002', displayName: 'Bob Martins' };
    const task = (key: string, status: [string, string], duedate: string | null, linked = true): IssueBean => ({
      id: String(20000 + Number(key.split('-')[1])),
      key,
      fields: {
        summary: key, status: { name: status[0], statusCategory: { key: status[1] } }, assignee: bob, duedate,
        resolution: status[1] === 'done' ? { name: 'Done' } : null,
        issuelinks: linked ? [{ id: '1', type: { name: 'Relates' }, inwardIssue: { id: '10042', key: INCIDENT_KEY } }] : [],
      },
    } as IssueBean);
    const record = (key: string): TaskRecord => ({ id: String(20000 + Number(key.split('-')[1])), key, createdBy: bob.accountId, createdAt: NOW.toISOString() });
    const items = [
      actionItemFor(NOW, { id: 'late', taskKey: 'QA-50' }),
      actionItemFor(NOW, { id: 'done', taskKey: 'QA-51' }),
      actionItemFor(NOW, { id: 'fresh' }),
      actionItemFor(NOW, { id: 'unlinked' }),
      actionItemFor(NOW, { id: 'claimed-by-the-browser', taskKey: 'QA-70' }),
      actionItemFor(NOW, { id: 'no-task' }),
    ];
    const stored = withIndexSummary(workedDocument(NOW, { revision: 4, actionItems: items }));
    const { read, calls, fake } = setup({
      properties: { [POSTMORTEM_PROPERTY_KEY]: stored },
      ledgerTasks: { late: record('QA-50'), done: record('QA-51'), fresh: record('QA-52'), unlinked: record('QA-53'), removed: record('QA-55') },
      tasks: [
        task('QA-50', ['In Progress', 'indeterminate'], daysAfter(NOW, -2)),
        task('QA-51', ['Done', 'done'], daysAfter(NOW, -2)),
        task('QA-52', ['To Do', 'new'], daysAfter(NOW, 3)),
        task('QA-53', ['To Do', 'new'], null, false),
        task('QA-55', ['To Do', 'new'], daysAfter(NOW, -9)),
        task('QA-70', ['To Do', 'new'], null),
      ],
    });

    const view = await read();

    expect(calls().filter((c) => c.startsWith('POST'))).toEqual(['POST /rest/api/3/issue/bulkfetch']);
    expect(calls()).toHaveLength(3);
    const [fetch] = fake.requestsTo('POST', '/rest/api/3/issue/bulkfetch');
    expect(fetch.body).toMatchObject({ issueIdsOrKeys: ['20050', '20051', '20052', '20053', '20055'] });
    const live = { assignee: bob, linked: true };
    expect(view.actionTasks).toEqual({
      late: { actionId: 'late', taskKey: 'QA-50', summary: 'QA-50', priority: null, status: 'In Progress', statusCategory: 'indeterminate', resolution: null, dueDate: daysAfter(NOW, -2), overdue: true, ...live },
      done: { actionId: 'done', taskKey: 'QA-51', summary: 'QA-51', priority: null, status: 'Done', statusCategory: 'done', resolution: 'Done', dueDate: daysAfter(NOW, -2), overdue: false, ...live },
      fresh: { actionId: 'fresh', taskKey: 'QA-52', summary: 'QA-52', priority: null, status: 'To Do', statusCategory: 'new', resolution: null, dueDate: daysAfter(NOW, 3), overdue: false, ...live },
      unlinked: { actionId: 'unlinked', taskKey: 'QA-53', summary: 'QA-53', priority: null, status: 'To Do', statusCategory: 'new', resolution: null, dueDate: null, overdue: false, assignee: bob, linked: false },
    });
    // Task keys come from the ledger, never from what a browser once saved.
    expect(view.document.actionItems.map((item) => [item.id, item.taskKey])).toEqual([
      ['late', 'QA-50'], ['done', 'QA-51'], ['fresh', 'QA-52'], ['unlinked', 'QA-53'], ['claimed-by-the-browser', undefined], ['no-task', undefined],
    ]);
  });

  it('tells a reader who may not edit', async () => {
    const view = await setup({ canEdit: false }).read();
    expect(view.canEdit).toBe(false);
  });

  it('answers NOT_FOUND, with nothing about the issue, when the user may not see it', async () => {
    const error = await failure(setup({ visible: false }).read());
    expect(error.code).toBe('NOT_FOUND');
    expect(error.details).toBeUndefined();
    expect(error.message).not.toMatch(/saved cards/i);
  });

  it('refuses an issue that is not an incident, after checking the project\'s incident types', async () => {
    const { read, calls } = setup({ issueType: 'Bug', projectSettings: { incidentIssueTypes: ['Incident', 'Outage'] } });
    const error = await failure(read());
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^This panel works on incidents/);
    expect(calls()).toContain('GET /rest/api/3/project/QA/properties/qa-postmortem-settings');
  });

  it('accepts an issue type the project settings name as an incident type', async () => {
    const view = await setup({ issueType: 'Outage', projectSettings: { incidentIssueTypes: ['Outage'] } }).read();
    expect(view.incident.issueType).toBe('Outage');
  });

  it('falls back to the default incident type when the project has no settings', async () => {
    const error = await failure(setup({ issueType: 'Outage' }).read());
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('Incident');
  });

  it('keeps a user event the facilitator added in the document', async () => {
    const stored = withIndexSummary({ ...blankDocument(NOW, INCIDENT_KEY), revision: 1, timeline: { events: [userEvent(NOW)], dismissedSourceIds: [] } });
    const view = await setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: stored } }).read();
    expect(view.document.timeline.events).toEqual([userEvent(NOW)]);
  });
});
