/**
 * The demo site's fixed configuration: users, statuses and workflow, issue types, link types and the
 * QA project with its components and releases. Both seeds ("empty" and "demo") start from this; the
 * "demo" seed then imports issues (see demo.ts).
 */
import type {
  EmIssueType, EmLinkType, EmPriority, EmProject, EmResolution, EmStatus, EmStatusCategory,
  EmTransition, EmUser,
} from '../emulator/model';

export const USERS = {
  alice: { accountId: '712020:alice-0001', emailAddress: 'alice@example.com', displayName: 'Alice Nguyen', active: true, timeZone: 'Europe/London' },
  bob: { accountId: '712020:bob-0002', emailAddress: 'bob@example.com', displayName: 'Bob Martins', active: true, timeZone: 'America/New_York' },
  carol: { accountId: '712020:carol-0003', emailAddress: 'carol@example.com', displayName: 'Carol Okafor', active: true, timeZone: 'Europe/Berlin' },
  dave: { accountId: '712020:dave-0004', emailAddress: 'dave@example.com', displayName: 'Dave Russo', active: true, timeZone: 'Australia/Sydney' },
  eve: { accountId: '712020:eve-0005', emailAddress: 'eve@example.com', displayName: 'Eve Tanaka', active: true, timeZone: 'Asia/Tokyo' },
} satisfies Record<string, EmUser>;

/** The account the app acts as with asApp(). */
export const APP_USER: EmUser = {
  accountId: '557058:qa-postmortem-app', emailAddress: 'app@connect.atlassian.com',
  displayName: 'QA Post-mortem', active: true, timeZone: 'UTC', accountType: 'app',
};

export const STATUS_CATEGORIES: EmStatusCategory[] = [
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

export const STATUSES: EmStatus[] = [
  { id: '10000', name: 'To Do', categoryKey: 'new' },
  { id: '3', name: 'In Progress', categoryKey: 'indeterminate' },
  { id: '10001', name: 'Done', categoryKey: 'done' },
  { id: '10002', name: 'Reopened', categoryKey: 'new' },
];

export const STATUS = { todo: '10000', inProgress: '3', done: '10001', reopened: '10002' } as const;

/** To Do → In Progress → Done, with Reopen from Done. */
export const TRANSITIONS: EmTransition[] = [
  { id: '11', name: 'To Do', to: STATUS.todo, from: [STATUS.inProgress] },
  { id: '21', name: 'In Progress', to: STATUS.inProgress, from: [STATUS.todo, STATUS.reopened] },
  { id: '31', name: 'Done', to: STATUS.done, from: [STATUS.todo, STATUS.inProgress, STATUS.reopened] },
  { id: '41', name: 'Reopen', to: STATUS.reopened, from: [STATUS.done] },
];

export const ISSUE_TYPES: EmIssueType[] = [
  { id: '10004', name: 'Incident', subtask: false, hierarchyLevel: 0 },
  { id: '10001', name: 'Bug', subtask: false, hierarchyLevel: 0 },
  { id: '10002', name: 'Task', subtask: false, hierarchyLevel: 0 },
  { id: '10003', name: 'Story', subtask: false, hierarchyLevel: 0 },
  // Xray's test issue type; here the Jira-alone test source's (DESIGN.md section 4b).
  { id: '10005', name: 'Test', subtask: false, hierarchyLevel: 0 },
  // Xray's test execution issue type: the issue its test runs belong to (sandbox/xray).
  { id: '10006', name: 'Test Execution', subtask: false, hierarchyLevel: 0 },
  // Xray's test plan issue type: the executions planned for a release (sandbox/xray).
  { id: '10007', name: 'Test Plan', subtask: false, hierarchyLevel: 0 },
];

export const PRIORITIES: EmPriority[] = [
  { id: '1', name: 'Highest' },
  { id: '2', name: 'High' },
  { id: '3', name: 'Medium' },
  { id: '4', name: 'Low' },
  { id: '5', name: 'Lowest' },
];

export const RESOLUTIONS: EmResolution[] = [
  { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' },
  { id: '10001', name: "Won't Do", description: 'This issue won\'t be actioned.' },
  { id: '10002', name: 'Duplicate', description: 'The problem is a duplicate of an existing issue.' },
  { id: '10003', name: 'Cannot Reproduce', description: 'All attempts at reproducing this issue failed.' },
  { id: '10004', name: 'Not a Bug', description: 'The behaviour is as designed.' },
  { id: '10005', name: 'Fixed', description: 'A fix for this issue is checked in.' },
];

export const LINK_TYPES: EmLinkType[] = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Causes', inward: 'is caused by', outward: 'causes' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
  // The link type Xray creates between a test and what it tests.
  { id: '10004', name: 'Test', inward: 'is tested by', outward: 'tests' },
];

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/** Releases 1.0 to 1.6 spread over the last 12 months, the newest about three weeks ago; 1.7 unreleased. */
export function qaVersions(now: Date) {
  const ages = [350, 300, 245, 190, 135, 80, 22];
  const released = ages.map((age, i) => ({
    id: String(10100 + i),
    name: `1.${i}`,
    released: true,
    archived: false,
    startDate: isoDay(daysBefore(now, age + 50)),
    releaseDate: isoDay(daysBefore(now, age)),
  }));
  return [
    ...released,
    { id: '10107', name: '1.7', released: false, archived: false, startDate: isoDay(daysBefore(now, 22)), releaseDate: isoDay(daysBefore(now, -30)) },
  ];
}

export function qaProject(now: Date): EmProject {
  const { alice, bob, carol, dave } = USERS;
  return {
    id: '10000',
    key: 'QA',
    name: 'QA Platform',
    leadAccountId: alice.accountId,
    issueTypeIds: ISSUE_TYPES.map((t) => t.id),
    components: [
      { id: '10200', name: 'Checkout', description: 'Cart, checkout and order placement' },
      { id: '10201', name: 'Payments', description: 'Payment providers, refunds' },
      { id: '10202', name: 'Search', description: 'Catalogue search and filters' },
      { id: '10203', name: 'Accounts', description: 'Sign-up, login, profile' },
    ],
    versions: qaVersions(now),
    permissions: {
      browse: [alice, bob, carol, dave].map((u) => u.accountId).concat(APP_USER.accountId),
      edit: [alice, bob, carol].map((u) => u.accountId).concat(APP_USER.accountId),
      admin: [alice.accountId, APP_USER.accountId],
    },
    properties: new Map(),
  };
}

/**
 * A second project, Operations (OPS), where teams keep their own work: its Task create screen has no
 * due date and no labels, as many real projects' screens lack fields an app would like to set. A
 * post-mortem whose settings send action items here must say so before it creates anything.
 */
export function opsProject(): EmProject {
  const { alice, bob, carol, dave } = USERS;
  const task = ISSUE_TYPES.find((t) => t.name === 'Task')!;
  const taskScreen = ['summary', 'issuetype', 'description', 'assignee', 'reporter', 'priority', 'components', 'issuelinks'];
  return {
    id: '10001',
    key: 'OPS',
    name: 'Operations',
    leadAccountId: carol.accountId,
    issueTypeIds: ISSUE_TYPES.filter((t) => t.name === 'Task' || t.name === 'Bug').map((t) => t.id),
    components: [{ id: '10300', name: 'On-call', description: 'Paging, rotas and runbooks' }],
    versions: [],
    permissions: {
      browse: [alice, bob, carol, dave].map((u) => u.accountId).concat(APP_USER.accountId),
      edit: [alice, bob, carol].map((u) => u.accountId).concat(APP_USER.accountId),
      admin: [carol.accountId, APP_USER.accountId],
    },
    properties: new Map(),
    screens: { [task.id]: { create: taskScreen, edit: [...taskScreen, 'comment'] } },
  };
}
