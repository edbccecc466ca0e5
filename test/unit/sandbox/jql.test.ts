import { compileJql, JqlError } from '../../../sandbox/emulator/jql';
import type { EmIssue, EmProject, EmulatorStore, PropertyIndexValue } from '../../../sandbox/emulator/model';
import { ISSUE_TYPES, USERS } from '../../../sandbox/seed/base';
import { adfParagraph, buildIssue, buildLink, createTestStore } from '../../helpers/em-store';

// A fixed clock for the query semantics: Wednesday 18 March 2026, 10:30 UTC. Nothing here reads the
// real clock, so the expectations below never go stale.
const NOW = new Date('2026-03-18T10:30:00.000Z');
const { alice, bob, carol, dave, eve } = USERS;

const COMPONENT = { checkout: '10200', payments: '10201', search: '10202', accounts: '10203' };
const VERSION = { v10: '10100', v12: '10102', v15: '10105', v16: '10106', v17: '10107' };

const opsProject: EmProject = {
  id: '10001',
  key: 'OPS',
  name: 'Operations',
  leadAccountId: eve.accountId,
  issueTypeIds: ISSUE_TYPES.map((t) => t.id),
  components: [{ id: '10300', name: 'Checkout' }],
  versions: [{ id: '10400', name: '1.6', released: false, archived: false }],
  permissions: { browse: [alice.accountId, eve.accountId], edit: [alice.accountId], admin: [alice.accountId] },
  properties: new Map(),
};

const qa1 = buildIssue('QA-1', '2026-03-01T09:00:00.000Z', {
  id: '20001',
  fields: {
    summary: 'Checkout fails with 502 for card payments',
    description: adfParagraph('Card payments returned 502 from the gateway'),
    issueTypeId: '10004', statusId: '10001', resolutionId: '10000', priorityId: '1',
    assigneeAccountId: alice.accountId, reporterAccountId: dave.accountId, labels: ['incident'],
    componentIds: [COMPONENT.checkout], fixVersionIds: [VERSION.v16],
    updated: '2026-03-16T08:00:00.000Z', resolutiondate: '2026-03-02T10:00:00.000Z',
  },
  comments: [{ authorAccountId: bob.accountId, text: 'Mitigated by rolling back the release', created: '2026-03-01T11:00:00.000Z' }],
  properties: {
    'qa-postmortem': {
      status: 'In-Progress', stage: 'root-cause', openActions: 2, detectedAt: '2026-03-01T09:15:00Z',
      rootCause: { category: 'test-gap' }, tags: ['payments', 'checkout'],
    },
  },
});
const qa2 = buildIssue('QA-2', '2026-03-10T08:00:00.000Z', {
  id: '20002',
  fields: {
    summary: 'Card payment declined twice', statusId: '3', priorityId: '2',
    assigneeAccountId: bob.accountId, reporterAccountId: dave.accountId, labels: ['found-in-production', 'Regression'],
    componentIds: [COMPONENT.payments], fixVersionIds: [VERSION.v17], duedate: '2026-03-20',
  },
  properties: { 'qa-postmortem': { status: 'complete', openActions: 10, tags: [] } },
});
const qa3 = buildIssue('QA-3', '2026-02-28T23:59:00.000Z', {
  id: '20003',
  fields: {
    summary: 'Search returns stale results', statusId: '10001', resolutionId: '10002', priorityId: '3',
    componentIds: [COMPONENT.checkout, COMPONENT.search], fixVersionIds: [VERSION.v15],
    resolutiondate: '2026-03-05T12:00:00.000Z',
  },
});
const qa4 = buildIssue('QA-4', '2026-03-17T12:00:00.000Z', {
  id: '20004',
  fields: {
    summary: 'Add regression test for card retries', issueTypeId: '10002', priorityId: '4',
    assigneeAccountId: carol.accountId, labels: ['qa-postmortem-action'], duedate: '2026-03-18',
  },
  properties: { 'qa-postmortem-action': { incidentKey: 'QA-1', actionId: 'a1' } },
});
const qa5 = buildIssue('QA-5', '2025-12-31T10:00:00.000Z', {
  id: '20005',
  fields: {
    summary: 'Saved cards on the account page', issueTypeId: '10003', statusId: '10002', priorityId: null,
    assigneeAccountId: alice.accountId, reporterAccountId: bob.accountId,
    fixVersionIds: [VERSION.v10, VERSION.v12], duedate: '2026-03-01',
  },
});
const qa6 = buildIssue('QA-6', '2026-01-15T10:00:00.000Z', {
  id: '20006',
  fields: {
    summary: 'Login form ignores caps lock warning', statusId: '10001', resolutionId: '10005', priorityId: '3',
    assigneeAccountId: carol.accountId, labels: ['found-in-production'], componentIds: [COMPONENT.accounts],
    fixVersionIds: [VERSION.v16], resolutiondate: '2026-02-01T10:00:00.000Z',
  },
});
const ops1 = buildIssue('OPS-1', '2026-03-18T06:00:00.000Z', {
  id: '20007',
  projectId: '10001',
  fields: {
    summary: 'Rotate gateway credentials', issueTypeId: '10002', priorityId: '5',
    assigneeAccountId: eve.accountId, componentIds: ['10300'], fixVersionIds: ['10400'],
  },
});

const ALL = ['QA-1', 'QA-2', 'QA-3', 'QA-4', 'QA-5', 'QA-6', 'OPS-1'];

/** What the app's jira:entityProperty modules would index; anything else is not searchable. */
const PROPERTY_INDEX: PropertyIndexValue[] = [
  { propertyKey: 'qa-postmortem', path: 'status', type: 'string', searchAlias: 'postmortemStatus' },
  { propertyKey: 'qa-postmortem', path: 'stage', type: 'text' },
  { propertyKey: 'qa-postmortem', path: 'openActions', type: 'number', searchAlias: 'postmortemOpenActions' },
  { propertyKey: 'qa-postmortem', path: 'detectedAt', type: 'date' },
  { propertyKey: 'qa-postmortem', path: 'rootCause.category', type: 'string' },
  { propertyKey: 'qa-postmortem', path: 'tags', type: 'string' },
  { propertyKey: 'qa-postmortem', path: 'owner', type: 'user' },
  { propertyKey: 'qa-postmortem-action', path: 'incidentKey', type: 'string' },
  { propertyKey: 'qa-postmortem-action', path: 'actionId', type: 'string' },
];

function siteStore(): EmulatorStore {
  return createTestStore({
    now: NOW,
    propertyIndex: PROPERTY_INDEX,
    extraProjects: [opsProject],
    issues: [qa1, qa2, qa3, qa4, qa5, qa6, ops1],
    links: [
      buildLink('Causes', qa2, qa1, '2026-03-10T09:00:00.000Z'),
      buildLink('Relates', qa1, qa4, '2026-03-17T12:00:00.000Z'),
      buildLink('Blocks', qa3, qa2, '2026-03-10T10:00:00.000Z'),
    ],
  });
}

const store = siteStore();

function byKey(a: string, b: string): number {
  const [pa, na] = a.split('-');
  const [pb, nb] = b.split('-');
  return pa === pb ? Number(na) - Number(nb) : pb.localeCompare(pa);
}

/** The keys of the issues the viewer may browse that match, in key order (QA first, then OPS). */
function matching(jql: string, viewer: string | null = alice.accountId, from: EmulatorStore = store): string[] {
  const { matches } = compileJql(jql, from, viewer);
  return from.issues().filter((i) => from.canBrowse(viewer, i) && matches(i)).map((i) => i.key).sort(byKey);
}

/** The keys of matching issues in the query's own order, as search/jql returns them. */
function ordered(jql: string, viewer: string | null = alice.accountId, from: EmulatorStore = store): string[] {
  const { matches, compare } = compileJql(jql, from, viewer);
  return from.issues().filter((i) => from.canBrowse(viewer, i) && matches(i)).sort(compare).map((i) => i.key);
}

function errorsOf(jql: string, viewer: string | null = alice.accountId): string[] {
  try {
    compileJql(jql, store, viewer);
  } catch (error) {
    if (error instanceof JqlError) return error.errorMessages;
    throw error;
  }
  throw new Error(`expected "${jql}" to be refused`);
}

describe('project', () => {
  it('takes a key, an id or a name, case-insensitively', () => {
    expect(matching('project = QA')).toEqual(['QA-1', 'QA-2', 'QA-3', 'QA-4', 'QA-5', 'QA-6']);
    expect(matching('project = ops')).toEqual(['OPS-1']);
    expect(matching('project = 10001')).toEqual(['OPS-1']);
    expect(matching('project = "qa platform"')).toHaveLength(6);
    expect(matching('project in (QA, OPS)')).toEqual(ALL);
    expect(matching('project != QA')).toEqual(['OPS-1']);
    expect(matching('project not in (OPS)')).toHaveLength(6);
  });

  it('reports a project that does not exist, or that the viewer cannot browse, as not existing', () => {
    expect(errorsOf('project = NOPE')).toEqual(["The value 'NOPE' does not exist for the field 'project'."]);
    expect(errorsOf('project = OPS', bob.accountId)).toEqual(["The value 'OPS' does not exist for the field 'project'."]);
    expect(errorsOf('project = QA', eve.accountId)).toEqual(["The value 'QA' does not exist for the field 'project'."]);
    expect(matching('project = OPS', eve.accountId)).toEqual(['OPS-1']);
  });
});

describe('issuetype, status and statusCategory', () => {
  it('resolves issue types by name or id, with the type alias and the issue type functions', () => {
    expect(matching('issuetype = Bug')).toEqual(['QA-2', 'QA-3', 'QA-6']);
    expect(matching('type = incident')).toEqual(['QA-1']);
    expect(matching('issuetype = 10002')).toEqual(['QA-4', 'OPS-1']);
    expect(matching('issuetype != Bug')).toEqual(['QA-1', 'QA-4', 'QA-5', 'OPS-1']);
    expect(matching('issuetype in standardIssueTypes()')).toEqual(ALL);
    expect(matching('issuetype in subTaskIssueTypes()')).toEqual([]);
    expect(errorsOf('issuetype = Epic')).toEqual(["The value 'Epic' does not exist for the field 'issuetype'."]);
  });

  it('resolves statuses by name or id', () => {
    expect(matching('status = Done')).toEqual(['QA-1', 'QA-3', 'QA-6']);
    expect(matching('status = "in progress"')).toEqual(['QA-2']);
    expect(matching('status = 10002')).toEqual(['QA-5']);
    expect(matching('status not in (Done, "To Do")')).toEqual(['QA-2', 'QA-5']);
    expect(errorsOf('status = Closed')).toEqual(["The value 'Closed' does not exist for the field 'status'."]);
  });

  it('matches status categories by name, key or id, whatever the status is called', () => {
    expect(matching('statusCategory = "To Do"')).toEqual(['QA-4', 'QA-5', 'OPS-1']);
    expect(matching('statusCategory = done')).toEqual(['QA-1', 'QA-3', 'QA-6']);
    expect(matching('statuscategory = 4')).toEqual(['QA-2']);
    expect(matching('statusCategory != Done')).toEqual(['QA-2', 'QA-4', 'QA-5', 'OPS-1']);
    expect(errorsOf('statusCategory = Blocked')).toEqual(["The value 'Blocked' does not exist for the field 'statusCategory'."]);
  });
});

describe('labels, component and fixVersion', () => {
  it('matches labels case-insensitively; != and NOT IN skip issues without labels', () => {
    expect(matching('labels = found-in-production')).toEqual(['QA-2', 'QA-6']);
    expect(matching('labels = REGRESSION')).toEqual(['QA-2']);
    expect(matching('labels in (incident, qa-postmortem-action)')).toEqual(['QA-1', 'QA-4']);
    expect(matching('labels is EMPTY')).toEqual(['QA-3', 'QA-5', 'OPS-1']);
    expect(matching('labels != found-in-production')).toEqual(['QA-1', 'QA-4']);
    expect(matching('labels not in (incident, regression)')).toEqual(['QA-4', 'QA-6']);
  });

  it('matches components by name in every project, or by id', () => {
    expect(matching('component = Checkout')).toEqual(['QA-1', 'QA-3', 'OPS-1']);
    expect(matching('project = QA AND component = checkout')).toEqual(['QA-1', 'QA-3']);
    expect(matching('component = 10201')).toEqual(['QA-2']);
    expect(matching('component in (Search, Accounts)')).toEqual(['QA-3', 'QA-6']);
    expect(matching('component is empty')).toEqual(['QA-4', 'QA-5']);
    expect(matching('component != Checkout')).toEqual(['QA-2', 'QA-6']);
    expect(errorsOf('component = Billing')).toEqual(["The value 'Billing' does not exist for the field 'component'."]);
  });

  it('matches fix versions by name, id, sequence and the version functions', () => {
    expect(matching('fixVersion = "1.6"')).toEqual(['QA-1', 'QA-6', 'OPS-1']);
    expect(matching('project = QA AND fixVersion = 1.6')).toEqual(['QA-1', 'QA-6']);
    expect(matching('fixversion = 10107')).toEqual(['QA-2']);
    expect(matching('fixVersion in releasedVersions(QA)')).toEqual(['QA-1', 'QA-3', 'QA-5', 'QA-6']);
    expect(matching('fixVersion in unreleasedVersions()')).toEqual(['QA-2', 'OPS-1']);
    expect(matching('fixVersion in unreleasedVersions("QA Platform")')).toEqual(['QA-2']);
    expect(matching('fixVersion = latestReleasedVersion(QA)')).toEqual(['QA-1', 'QA-6']);
    expect(matching('fixVersion = earliestUnreleasedVersion(QA)')).toEqual(['QA-2']);
    expect(matching('fixVersion > "1.4"')).toEqual(['QA-1', 'QA-2', 'QA-3', 'QA-6']);
    expect(matching('fixVersion <= "1.0"')).toEqual(['QA-5']);
    expect(matching('fixVersion is EMPTY')).toEqual(['QA-4']);
  });

  it('refuses unknown versions, unknown projects in version functions and list functions after =', () => {
    expect(errorsOf('fixVersion = 9.9')).toEqual(["The value '9.9' does not exist for the field 'fixVersion'."]);
    expect(errorsOf('fixVersion in releasedVersions(NOPE)'))
      .toEqual(["Could not resolve the project 'NOPE' provided to function 'releasedVersions'."]);
    expect(errorsOf('fixVersion = releasedVersions()')).toEqual([
      "The operator '=' does not support the multi-value function 'releasedVersions()' for field 'fixVersion'. Use 'IN' or 'NOT IN'.",
    ]);
    expect(errorsOf('fixVersion = latestReleasedVersion()'))
      .toEqual(["Function 'latestReleasedVersion' expected '1' arguments but received '0'."]);
  });
});

describe('resolution and priority', () => {
  it('treats EMPTY, IS EMPTY and Unresolved alike; != never matches unresolved issues', () => {
    const unresolved = ['QA-2', 'QA-4', 'QA-5', 'OPS-1'];
    expect(matching('resolution = EMPTY')).toEqual(unresolved);
    expect(matching('resolution IS EMPTY')).toEqual(unresolved);
    expect(matching('resolution = Unresolved')).toEqual(unresolved);
    expect(matching('resolution = null')).toEqual(unresolved);
    expect(matching('resolution in (Unresolved, Duplicate)')).toEqual(['QA-2', 'QA-3', 'QA-4', 'QA-5', 'OPS-1']);
    expect(matching('resolution != Done')).toEqual(['QA-3', 'QA-6']);
    expect(matching('resolution is not empty')).toEqual(['QA-1', 'QA-3', 'QA-6']);
    expect(matching('resolution = 10005')).toEqual(['QA-6']);
    expect(matching('resolution = "won\'t do"')).toEqual([]);
    expect(errorsOf('resolution = Nope')).toEqual(["The value 'Nope' does not exist for the field 'resolution'."]);
  });

  it('compares priorities by rank: greater means more important', () => {
    expect(matching('priority = High')).toEqual(['QA-2']);
    expect(matching('priority = 1')).toEqual(['QA-1']);
    expect(matching('priority > Medium')).toEqual(['QA-1', 'QA-2']);
    expect(matching('priority >= high')).toEqual(['QA-1', 'QA-2']);
    expect(matching('priority <= Medium')).toEqual(['QA-3', 'QA-4', 'QA-6', 'OPS-1']);
    expect(matching('priority < Low')).toEqual(['OPS-1']);
    expect(matching('priority is EMPTY')).toEqual(['QA-5']);
    expect(errorsOf('priority = Urgent')).toEqual(["The value 'Urgent' does not exist for the field 'priority'."]);
  });
});

describe('dates', () => {
  it('compares absolute dates in UTC; "=" means that exact minute', () => {
    expect(matching('created >= "2026-03-01"')).toEqual(['QA-1', 'QA-2', 'QA-4', 'OPS-1']);
    expect(matching('created > "2026/03/01 09:00"')).toEqual(['QA-2', 'QA-4', 'OPS-1']);
    expect(matching('created = "2026-03-01 09:00"')).toEqual(['QA-1']);
    expect(matching('created = 2026-03-01')).toEqual([]);
    expect(matching('createdDate < "2026/01/01"')).toEqual(['QA-5']);
    expect(matching('created in ("2026-03-01 09:00", "2026-01-15 10:00")')).toEqual(['QA-1', 'QA-6']);
  });

  it('takes periods relative to now', () => {
    expect(matching('created >= -7d')).toEqual(['QA-4', 'OPS-1']);
    expect(matching('created >= -2w')).toEqual(['QA-2', 'QA-4', 'OPS-1']);
    expect(matching('created >= "-1w 2d"')).toEqual(['QA-2', 'QA-4', 'OPS-1']);
    expect(matching('created >= -5h')).toEqual(['OPS-1']);
    expect(matching('created >= -4h')).toEqual([]);
    expect(matching('created < 1d')).toEqual(ALL);
    expect(matching('updated >= -3d')).toEqual(['QA-1', 'QA-4', 'OPS-1']);
  });

  it('evaluates the date functions, with offsets in the function period or another unit', () => {
    expect(matching('created >= startOfMonth()')).toEqual(['QA-1', 'QA-2', 'QA-4', 'OPS-1']);
    expect(matching('created >= startOfMonth(-1) AND created < startOfMonth()')).toEqual(['QA-3']);
    expect(matching('created <= endOfMonth(-1)')).toEqual(['QA-3', 'QA-5', 'QA-6']);
    expect(matching('created < startOfYear()')).toEqual(['QA-5']);
    expect(matching('created >= startOfDay()')).toEqual(['OPS-1']);
    expect(matching('created > startOfDay(-1) AND created <= endOfDay(-1)')).toEqual(['QA-4']);
    expect(matching('created >= startOfWeek()')).toEqual(['QA-4', 'OPS-1']);
    expect(matching('created >= startOfMonth("+14d")')).toEqual(['QA-4', 'OPS-1']);
    expect(matching('created >= startOfYear(-1) AND created < endOfYear(-1)')).toEqual(['QA-5']);
    expect(matching('created <= now()')).toEqual(ALL);
    expect(matching('created > now()')).toEqual([]);
  });

  it('reads resolved, resolutiondate and statusCategoryChangedDate', () => {
    expect(matching('resolved >= "2026-03-01"')).toEqual(['QA-1', 'QA-3']);
    expect(matching('resolutiondate is EMPTY')).toEqual(['QA-2', 'QA-4', 'QA-5', 'OPS-1']);
    expect(matching('statusCategoryChangedDate >= startOfDay()')).toEqual(['OPS-1']);
  });

  it('compares a due date as midnight of that day in the searcher\'s zone', () => {
    expect(matching('duedate = "2026-03-18"')).toEqual(['QA-4']);
    // Due today is before now(), as Jira's own "overdue" filters find; startOfDay() leaves it out.
    expect(matching('due <= now()')).toEqual(['QA-4', 'QA-5']);
    expect(matching('duedate < startOfDay()')).toEqual(['QA-5']);
    expect(matching('duedate >= "2026-03-18 23:00"')).toEqual(['QA-2']);
    expect(matching('duedate is EMPTY')).toEqual(['QA-1', 'QA-3', 'QA-6', 'OPS-1']);
    expect(matching('duedate != 2026-03-18')).toEqual(['QA-2', 'QA-5']);
  });

  it('refuses values that are not dates and malformed function arguments', () => {
    expect(errorsOf('created > yesterday')).toEqual([
      "Date value 'yesterday' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', "
        + "'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ]);
    expect(errorsOf('created > "2026-02-30"')[0]).toMatch(/^Date value '2026-02-30' for field 'created' is invalid/);
    expect(errorsOf('created > startOfMonth(1, 2)')).toEqual(["Function 'startOfMonth' expected '1' arguments but received '2'."]);
    expect(errorsOf('created > now(1)')).toEqual(["Function 'now' expected '0' arguments but received '1'."]);
    expect(errorsOf('created > startOfMonth(soon)'))
      .toEqual(["Duration for function 'startOfMonth' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier."]);
    expect(errorsOf('created > currentUser()')).toEqual(["The function 'currentUser' is not supported by the 'created' field."]);
  });
});

describe('assignee and reporter', () => {
  it('takes accountIds, e-mail addresses, currentUser() and EMPTY', () => {
    expect(matching(`assignee = "${alice.accountId}"`)).toEqual(['QA-1', 'QA-5']);
    expect(matching('assignee = currentUser()', bob.accountId)).toEqual(['QA-2']);
    expect(matching('assignee = "carol@example.com"')).toEqual(['QA-4', 'QA-6']);
    expect(matching('assignee is EMPTY')).toEqual(['QA-3']);
    expect(matching('assignee = EMPTY')).toEqual(['QA-3']);
    expect(matching(`assignee in (currentUser(), "${bob.accountId}")`)).toEqual(['QA-1', 'QA-2', 'QA-5']);
    expect(matching(`reporter = "${dave.accountId}"`)).toEqual(['QA-1', 'QA-2']);
    expect(matching('reporter = currentUser()', bob.accountId)).toEqual(['QA-5']);
  });

  it('does not match unassigned issues with != or NOT', () => {
    const expected = ['QA-2', 'QA-4', 'QA-6', 'OPS-1'];
    expect(matching(`assignee != "${alice.accountId}"`)).toEqual(expected);
    expect(matching(`NOT assignee = "${alice.accountId}"`)).toEqual(expected);
  });

  it('matches nobody for currentUser() without a user, and refuses unknown users', () => {
    const anonymous = compileJql('assignee = currentUser()', store, null);
    expect(store.issues().some((i) => anonymous.matches(i))).toBe(false);
    expect(errorsOf('assignee = nobody')).toEqual(["The value 'nobody' does not exist for the field 'assignee'."]);
  });
});

describe('key, issue and linkedIssues', () => {
  it('matches keys case-insensitively, ids, and key order within a project', () => {
    expect(matching('key = QA-1')).toEqual(['QA-1']);
    expect(matching('issue in (QA-1, qa-2)')).toEqual(['QA-1', 'QA-2']);
    expect(matching('issuekey != QA-1')).toEqual(ALL.filter((k) => k !== 'QA-1'));
    expect(matching('id = 20003')).toEqual(['QA-3']);
    expect(matching('key > QA-4')).toEqual(['QA-5', 'QA-6']);
    expect(matching('key <= QA-2')).toEqual(['QA-1', 'QA-2']);
  });

  it('reports keys that do not exist, or that the viewer cannot see, as Jira does', () => {
    expect(errorsOf('key = QA-99')).toEqual(["An issue with key 'QA-99' does not exist for field 'key'."]);
    expect(errorsOf('issue = QA-1', eve.accountId)).toEqual(["An issue with key 'QA-1' does not exist for field 'issue'."]);
    expect(errorsOf('key = foo')).toEqual(["The issue key 'foo' for field 'key' is invalid."]);
  });

  it('finds linked issues, optionally by the link description seen from the named issue', () => {
    expect(matching('issue in linkedIssues(QA-1)')).toEqual(['QA-2', 'QA-4']);
    expect(matching('issue in linkedIssues(QA-1, "is caused by")')).toEqual(['QA-2']);
    expect(matching('issue in linkedIssues(QA-1, causes)')).toEqual([]);
    expect(matching('issue in linkedIssues(QA-2, causes)')).toEqual(['QA-1']);
    expect(matching('issue in linkedIssues(qa-2)')).toEqual(['QA-1', 'QA-3']);
    expect(matching('issue in linkedIssues(QA-2, "is blocked by")')).toEqual(['QA-3']);
    expect(matching('issue in linkedIssues(QA-3, "Blocks")')).toEqual(['QA-2']);
    expect(matching('issue in linkedIssues(QA-4, "relates to")')).toEqual(['QA-1']);
    expect(matching('issue not in linkedIssues(QA-1) AND project = QA')).toEqual(['QA-1', 'QA-3', 'QA-5', 'QA-6']);
    expect(matching('issuetype = Bug AND issue in linkedIssues(QA-1)')).toEqual(['QA-2']);
  });

  it('refuses unknown issues, unknown link descriptions and a list function after =', () => {
    expect(errorsOf('issue in linkedIssues(QA-99)')).toEqual(["Issue 'QA-99' could not be found in function 'linkedIssues'."]);
    expect(errorsOf('issue in linkedIssues(QA-1)', eve.accountId))
      .toEqual(["Issue 'QA-1' could not be found in function 'linkedIssues'."]);
    expect(errorsOf('issue in linkedIssues(QA-1, fixes)'))
      .toEqual(["Issue link type 'fixes' could not be found in function 'linkedIssues'."]);
    expect(errorsOf('issue = linkedIssues(QA-1)')).toEqual([
      "The operator '=' does not support the multi-value function 'linkedIssues()' for field 'issue'. Use 'IN' or 'NOT IN'.",
    ]);
    expect(errorsOf('issue in linkedIssues()')).toEqual(["Function 'linkedIssues' expected '1-2' arguments but received '0'."]);
  });
});

describe('text', () => {
  it('matches whole words, stemmed, case-insensitively, every word of the operand, with a trailing wildcard', () => {
    expect(matching('summary ~ checkout')).toEqual(['QA-1']);
    expect(matching('summary ~ "check"')).toEqual([]);
    expect(matching('summary ~ "CHECK*"')).toEqual(['QA-1']);
    expect(matching('summary ~ "chec?"')).toEqual(['QA-1']);
    expect(matching('summary ~ card')).toEqual(['QA-1', 'QA-2', 'QA-4', 'QA-5']);
    // "payments" and "payment" share the stem "payment": QA-2's "Card payment declined" has both words.
    expect(matching('summary ~ "payments card"')).toEqual(['QA-1', 'QA-2']);
    expect(matching('summary ~ "payments OR login"')).toEqual(['QA-1', 'QA-2', 'QA-6']);
    expect(matching('summary ~ "card -payment"')).toEqual(['QA-4', 'QA-5']);
    expect(errorsOf('summary ~ "*out"')[0]).toMatch(/not allowed to start with a wildcard/);
    // A phrase is stemmed too (Lucene analyses it like the text): "Card payment declined" holds "card payments".
    expect(matching('summary ~ "\\"card payments\\""')).toEqual(['QA-1', 'QA-2']);
    expect(matching('summary ~ "\\"payments card\\""')).toEqual([]);
    expect(matching('summary !~ card')).toEqual(['QA-3', 'QA-6', 'OPS-1']);
    expect(matching('NOT summary ~ card')).toEqual(['QA-3', 'QA-6', 'OPS-1']);
  });

  it('searches descriptions and comments (ADF), and all of them with text', () => {
    expect(matching('description ~ gateway')).toEqual(['QA-1']);
    expect(matching('description is EMPTY')).toEqual(ALL.filter((k) => k !== 'QA-1'));
    expect(matching('comment ~ "rolling back"')).toEqual(['QA-1']);
    expect(matching('text ~ gateway')).toEqual(['QA-1', 'OPS-1']);
    expect(matching('text ~ rolling')).toEqual(['QA-1']);
    expect(matching('text ~ stale')).toEqual(['QA-3']);
  });

  it('refuses operators the text fields do not take and empty searches', () => {
    expect(errorsOf('summary = test')).toEqual(["The operator '=' is not supported by the 'summary' field."]);
    expect(errorsOf('text is EMPTY')).toEqual(["The operator 'is' is not supported by the 'text' field."]);
    expect(errorsOf('summary ~ ""')).toEqual(["The field 'summary' does not support searching for an empty string."]);
  });
});

describe('issue.property[key].path', () => {
  const pm = 'issue.property[qa-postmortem]';

  it('compares string-indexed values exactly and numbers numerically', () => {
    // Whether Jira ignores case in a string index is undocumented: the emulator does not (the stricter reading).
    expect(matching(`${pm}.status = "in-progress"`)).toEqual([]);
    expect(matching(`${pm}.status = "In-Progress"`)).toEqual(['QA-1']);
    expect(matching(`${pm}.status != complete`)).toEqual(['QA-1']);
    expect(matching('postmortemStatus = complete')).toEqual(['QA-2']);
    expect(matching('postmortemOpenActions >= 2')).toEqual(['QA-1', 'QA-2']);
    expect(matching(`${pm}.status in (complete, "In-Progress")`)).toEqual(['QA-1', 'QA-2']);
    expect(matching(`NOT ${pm}.status = complete`)).toEqual(['QA-1']);
    expect(matching(`${pm}.openActions = 10`)).toEqual(['QA-2']);
    expect(matching(`${pm}.openActions > 9`)).toEqual(['QA-2']);
    expect(matching(`${pm}.openActions >= 2`)).toEqual(['QA-1', 'QA-2']);
    expect(matching(`${pm}.openActions < 10`)).toEqual(['QA-1']);
    expect(matching(`${pm}.openActions <= 10`)).toEqual(['QA-1', 'QA-2']);
    expect(matching(`${pm}.stage ~ root`)).toEqual(['QA-1']);
  });

  it('matches nothing through a path no jira:entityProperty module indexes', () => {
    expect(matching(`${pm}.missing = x OR ${pm}.openActions = 2`)).toEqual(['QA-1']);
    expect(matching('issue.property[unindexed].status = complete')).toEqual([]);
  });

  it('walks nested objects and arrays', () => {
    expect(matching(`${pm}.rootCause.category = test-gap`)).toEqual(['QA-1']);
    expect(matching(`${pm}.tags = checkout`)).toEqual(['QA-1']);
    expect(matching(`${pm}.tags is EMPTY AND ${pm}.status is not EMPTY`)).toEqual(['QA-2']);
    expect(matching('issue.property[qa-postmortem-action].incidentKey = QA-1')).toEqual(['QA-4']);
    expect(matching('issue.property["qa-postmortem-action"].actionId = a1')).toEqual(['QA-4']);
  });

  it('tells present from absent indexed values', () => {
    expect(matching(`${pm}.status is not EMPTY`)).toEqual(['QA-1', 'QA-2']);
    expect(matching(`${pm}.status is EMPTY`)).toEqual(['QA-3', 'QA-4', 'QA-5', 'QA-6', 'OPS-1']);
    // The property itself is not an indexed path: a clause on it matches nothing, either way.
    expect(matching(`${pm} is not EMPTY`)).toEqual([]);
  });

  it('compares ISO date strings with date operands', () => {
    expect(matching(`${pm}.detectedAt >= "2026-03-01"`)).toEqual(['QA-1']);
    expect(matching(`${pm}.detectedAt > -30d`)).toEqual(['QA-1']);
    expect(matching(`${pm}.detectedAt < startOfMonth()`)).toEqual([]);
  });

  it('refuses other entity properties, functions and operators an indexed type does not take', () => {
    expect(errorsOf('project.property[x].y = 1'))
      .toEqual(["Field 'project.property[x].y' is not supported by the Jira emulator: only issue.property[key].path is."]);
    expect(errorsOf(`${pm}.status = currentUser()`))
      .toEqual(["The function 'currentUser' is not supported by the 'issue.property[qa-postmortem].status' field."]);
    expect(errorsOf(`${pm}.status ~ complete`)).toEqual(["The operator '~' is not supported by the 'issue.property[qa-postmortem].status' field."]);
    expect(errorsOf(`${pm}.stage = root-cause`)).toEqual(["The operator '=' is not supported by the 'issue.property[qa-postmortem].stage' field."]);
  });
});

describe('AND, OR, NOT and parentheses', () => {
  it('combines clauses with JQL precedence: AND binds tighter than OR', () => {
    expect(matching('project = QA AND issuetype = Bug AND status = Done')).toEqual(['QA-3', 'QA-6']);
    expect(matching('issuetype = Bug AND (labels = found-in-production OR resolution = Duplicate)')).toEqual(['QA-2', 'QA-3', 'QA-6']);
    expect(matching('issuetype = Incident OR issuetype = Bug AND status = "In Progress"')).toEqual(['QA-1', 'QA-2']);
    expect(matching('(issuetype = Incident OR issuetype = Bug) AND status = "In Progress"')).toEqual(['QA-2']);
  });

  it('pushes NOT down with De Morgan\'s laws', () => {
    expect(matching(`NOT (status = Done OR assignee = "${bob.accountId}")`)).toEqual(['QA-4', 'QA-5', 'OPS-1']);
    expect(matching('NOT NOT status = Done')).toEqual(['QA-1', 'QA-3', 'QA-6']);
    expect(matching('!status = Done')).toEqual(['QA-2', 'QA-4', 'QA-5', 'OPS-1']);
    expect(matching('NOT (priority > Medium AND project = QA)')).toEqual(['QA-3', 'QA-4', 'QA-6', 'OPS-1']);
    expect(matching('NOT created < "2026-03-01"')).toEqual(['QA-1', 'QA-2', 'QA-4', 'OPS-1']);
  });

  it('matches everything without a WHERE part and says the query is unbounded', () => {
    const compiled = compileJql('ORDER BY key', store, alice.accountId);
    expect(compiled.bounded).toBe(false);
    expect(store.issues().every((i) => compiled.matches(i))).toBe(true);
    expect(compileJql('project = QA', store, alice.accountId).bounded).toBe(true);
    expect(matching('')).toEqual(ALL);
  });
});

describe('ORDER BY', () => {
  it('defaults to newest first', () => {
    expect(ordered('project = QA')).toEqual(['QA-4', 'QA-2', 'QA-1', 'QA-3', 'QA-6', 'QA-5']);
    expect(ordered('project = QA ORDER BY created ASC')).toEqual(['QA-5', 'QA-6', 'QA-3', 'QA-1', 'QA-2', 'QA-4']);
  });

  it('sorts keys by project and number, not as text', () => {
    const many = Array.from({ length: 11 }, (_, i) => buildIssue(`QA-${i + 1}`, '2026-03-01T00:00:00.000Z', { id: String(30001 + i) }));
    const local = createTestStore({ now: NOW, issues: many });
    expect(ordered('project = QA ORDER BY key ASC', alice.accountId, local).slice(8)).toEqual(['QA-9', 'QA-10', 'QA-11']);
    expect(ordered('project = QA ORDER BY key DESC', alice.accountId, local).slice(0, 3)).toEqual(['QA-11', 'QA-10', 'QA-9']);
  });

  it('sorts priorities by rank, statuses by workflow order, users by name, with empty values last ascending', () => {
    expect(ordered('project = QA ORDER BY priority DESC')).toEqual(['QA-5', 'QA-1', 'QA-2', 'QA-6', 'QA-3', 'QA-4']);
    expect(ordered('project = QA ORDER BY priority ASC')).toEqual(['QA-4', 'QA-6', 'QA-3', 'QA-2', 'QA-1', 'QA-5']);
    expect(ordered('project = QA ORDER BY status ASC, key DESC')).toEqual(['QA-4', 'QA-2', 'QA-6', 'QA-3', 'QA-1', 'QA-5']);
    expect(ordered('project = QA ORDER BY assignee')).toEqual(['QA-5', 'QA-1', 'QA-2', 'QA-6', 'QA-4', 'QA-3']);
    expect(ordered('duedate is not EMPTY OR project = OPS ORDER BY duedate ASC')).toEqual(['QA-5', 'QA-4', 'QA-2', 'OPS-1']);
  });

  it('sorts by summary, fix version, component and an issue property path', () => {
    expect(ordered('issuetype = Bug ORDER BY summary')).toEqual(['QA-2', 'QA-6', 'QA-3']);
    expect(ordered('fixVersion is not EMPTY AND project = QA ORDER BY fixVersion DESC, key'))
      .toEqual(['QA-2', 'QA-1', 'QA-6', 'QA-3', 'QA-5']);
    expect(ordered('component is not EMPTY AND project = QA ORDER BY component, key')).toEqual(['QA-6', 'QA-1', 'QA-3', 'QA-2']);
    const pm = 'issue.property[qa-postmortem]';
    expect(ordered(`${pm}.status is not EMPTY ORDER BY ${pm}.openActions DESC`)).toEqual(['QA-2', 'QA-1']);
    expect(ordered(`${pm}.status is not EMPTY ORDER BY ${pm}.openActions ASC`)).toEqual(['QA-1', 'QA-2']);
  });

  it('refuses fields that do not exist or cannot be sorted', () => {
    expect(errorsOf('project = QA ORDER BY text')).toEqual(["Field 'text' does not support sorting."]);
    expect(errorsOf('project = QA ORDER BY bogus')).toEqual(["Field 'bogus' does not exist or you do not have permission to view it."]);
  });
});

describe('refused JQL', () => {
  it('gives Jira\'s syntax error messages with line and character', () => {
    expect(errorsOf('invalid query')).toEqual([
      "Error in the JQL Query: Expecting operator but got 'query'. The valid operators are '=', '!=', '<', '>', '<=', '>=', "
        + "'~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
    ]);
    expect(errorsOf('project = ')).toEqual([
      'Error in the JQL Query: Expecting either a value, list or function before the end of the query. (line 1, character 11)',
    ]);
    expect(errorsOf('summary ~ "unterminated')).toEqual([
      "Error in the JQL Query: The quoted string 'unterminated' has not been completed. (line 1, character 11)",
    ]);
    expect(errorsOf('created > 2026/01/31')).toEqual([
      "Error in the JQL Query: The character '/' is a reserved JQL character. You must enclose it in a string or use "
        + "the escape '\\u002f' instead. (line 1, character 15)",
    ]);
    expect(errorsOf('project = QA AND')).toEqual(['Error in the JQL Query: Expecting a field name at the end of the query. (line 1, character 17)']);
    expect(errorsOf('(project = QA')).toEqual(["Error in the JQL Query: Expecting ')' before the end of the query. (line 1, character 14)"]);
    expect(errorsOf('status = Done Done')).toEqual(["Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'Done'. (line 1, character 15)"]);
  });

  it('names unknown fields, fields the emulator does not model and unknown functions', () => {
    expect(errorsOf('universe = 42')).toEqual(["Field 'universe' does not exist or you do not have permission to view it."]);
    expect(errorsOf('cf[10010] = 1')).toEqual(["Field 'cf[10010]' does not exist or you do not have permission to view it."]);
    expect(errorsOf('sprint in openSprints()')).toEqual(["Field 'sprint' is not supported by the Jira emulator."]);
    expect(errorsOf('assignee in membersOf(qa-team)')).toEqual(["The JQL function 'membersOf' is not supported by the Jira emulator."]);
    expect(errorsOf('project = frobnicate()')).toEqual(["Unable to find JQL function 'frobnicate()'."]);
    expect(errorsOf('project = currentUser()')).toEqual(["The function 'currentUser' is not supported by the 'project' field."]);
  });

  it('refuses operators a field does not take and history operators', () => {
    expect(errorsOf('project ~ QA')).toEqual(["The operator '~' is not supported by the 'project' field."]);
    expect(errorsOf('labels > x')).toEqual(["The operator '>' is not supported by the 'labels' field."]);
    expect(errorsOf('status is Done')).toEqual(["Error in the JQL Query: Expecting EMPTY but got 'Done'. (line 1, character 11)"]);
    expect(errorsOf('labels was x')).toEqual(["History searches do not support the 'labels' field."]);
    expect(errorsOf('project changed')).toEqual(["History searches do not support the 'project' field."]);
    expect(errorsOf('summary ~ EMPTY')).toEqual(["The operator '~' does not support the EMPTY keyword for field 'summary'."]);
    expect(errorsOf('issue.property[qa-postmortem].stage ~ EMPTY')).toEqual(["The operator '~' does not support the EMPTY keyword for field 'issue.property[qa-postmortem].stage'."]);
    expect(errorsOf(`project = QA ORDER BY ${['key', 'created', 'updated', 'priority', 'status', 'summary', 'assignee', 'reporter'].join(', ')}`))
      .toEqual(['The ORDER BY clause can contain at most 7 fields; this one has 8.']);
    expect(errorsOf('created > EMPTY')[0]).toMatch(/^Error in the JQL Query: Expecting either a value, list or function but got 'EMPTY'/);
  });

  it('reports every problem of a query at once', () => {
    expect(errorsOf('foo = 1 AND status = Nope ORDER BY bar')).toEqual([
      "Field 'foo' does not exist or you do not have permission to view it.",
      "The value 'Nope' does not exist for the field 'status'.",
      "Field 'bar' does not exist or you do not have permission to view it.",
    ]);
  });

  it('throws a JqlError that carries the messages', () => {
    expect(() => compileJql('universe = 42', store, alice.accountId)).toThrow(JqlError);
    expect(() => compileJql('universe = 42', store, alice.accountId))
      .toThrow("Field 'universe' does not exist or you do not have permission to view it.");
  });
});

describe('a large site', () => {
  it('compiles once and searches 50,000 issues, newest first', () => {
    const issues: EmIssue[] = [];
    const start = Date.parse('2025-03-18T00:00:00.000Z');
    for (let i = 0; i < 50_000; i++) {
      issues.push(buildIssue(`QA-${i + 1}`, new Date(start + i * 600_000).toISOString(), {
        id: String(100_000 + i),
        fields: {
          issueTypeId: i % 3 === 0 ? '10001' : '10002',
          labels: i % 5 === 0 ? ['found-in-production'] : [],
          componentIds: [Object.values(COMPONENT)[i % 4]],
          statusId: i % 2 === 0 ? '10001' : '3',
        },
        properties: i % 7 === 0 ? { 'qa-postmortem': { openActions: i % 11 } } : {},
      }));
    }
    const big = createTestStore({ now: NOW, issues, propertyIndex: PROPERTY_INDEX });
    const jql = 'project = QA AND issuetype = Bug AND created >= -180d AND (labels = found-in-production OR component in (Payments, Search)) '
      + 'AND NOT issue.property[qa-postmortem].openActions > 5 ORDER BY created DESC, key';
    const { matches, compare } = compileJql(jql, big, alice.accountId);
    const found = big.issues().filter(matches).sort(compare);
    expect(found.length).toBeGreaterThan(100);
    expect(found.every((issue, i) => i === 0 || issue.fields.created <= found[i - 1].fields.created)).toBe(true);
  });
});
