import { compileJql, JqlError, parseJqlQueries } from '../../../sandbox/emulator/jql';
import type { EmChangeItem, EmHistory, EmIssue, EmulatorStore, EmUser } from '../../../sandbox/emulator/model';
import { STATUS, USERS } from '../../../sandbox/seed/base';
import { buildIssue, createTestStore } from '../../helpers/em-store';

// A fixed clock: Wednesday 18 March 2026, 10:30 UTC. Alice searches from Europe/London (UTC until
// 29 March), Carol from Europe/Berlin (UTC+1), Dave from Australia/Sydney (UTC+11).
const NOW = new Date('2026-03-18T10:30:00.000Z');
const { alice, bob, carol, dave } = USERS;

const RESOLUTION = { done: '10000', fixed: '10005' };
const PRIORITY = { highest: '1', high: '2', medium: '3', low: '4' };
const VERSION = { v10: '10100', v15: '10105', v16: '10106' };

function item(field: string, fieldId: string, from: string | null, to: string | null): EmChangeItem {
  return { field, fieldtype: 'jira', fieldId, from, fromString: null, to, toString: null };
}

const statusItem = (from: string, to: string) => item('status', 'status', from, to);
const resolutionItem = (from: string | null, to: string | null) => item('resolution', 'resolution', from, to);

let historyId = 1;
function change(created: string, author: EmUser, ...items: EmChangeItem[]): EmHistory {
  return { id: String(historyId++), authorAccountId: author.accountId, created, items };
}

function withChangelog(issue: EmIssue, ...histories: EmHistory[]): EmIssue {
  issue.changelog = histories;
  return issue;
}

// QA-1: To Do → In Progress (Bob, who also took it) → Done (Carol, at 23:30 UTC on 5 March,
// which is already 6 March in Berlin and Sydney).
const qa1 = withChangelog(
  buildIssue('QA-1', '2026-03-01T09:00:00.000Z', {
    id: '30001',
    fields: { statusId: STATUS.done, resolutionId: RESOLUTION.done, assigneeAccountId: bob.accountId },
  }),
  change('2026-03-02T10:00:00.000Z', bob, statusItem(STATUS.todo, STATUS.inProgress), item('assignee', 'assignee', null, bob.accountId)),
  change('2026-03-05T23:30:00.000Z', carol, statusItem(STATUS.inProgress, STATUS.done), resolutionItem(null, RESOLUTION.done)),
);
// QA-2: To Do → In Progress → back to To Do (both Alice); priority Medium → High (Dave). Carol's throughout.
const qa2 = withChangelog(
  buildIssue('QA-2', '2026-03-03T08:00:00.000Z', {
    id: '30002',
    fields: { statusId: STATUS.todo, priorityId: PRIORITY.high, assigneeAccountId: carol.accountId },
  }),
  change('2026-03-04T12:00:30.000Z', alice, statusItem(STATUS.todo, STATUS.inProgress)),
  change('2026-03-10T09:00:00.000Z', alice, statusItem(STATUS.inProgress, STATUS.todo)),
  change('2026-03-12T15:00:00.000Z', dave, item('priority', 'priority', PRIORITY.medium, PRIORITY.high)),
);
// QA-3: created In Progress (an import with no status history) and no fix version; 1.5 added by
// Alice, then replaced by 1.6 in one edit by Bob (one item per version, as Jira writes them).
const qa3 = withChangelog(
  buildIssue('QA-3', '2026-02-20T10:00:00.000Z', {
    id: '30003',
    fields: { statusId: STATUS.inProgress, fixVersionIds: [VERSION.v16] },
  }),
  change('2026-02-25T10:00:00.000Z', alice, item('Fix Version', 'fixVersions', null, VERSION.v15)),
  change('2026-03-06T10:00:00.000Z', bob,
    item('Fix Version', 'fixVersions', VERSION.v15, null), item('Fix Version', 'fixVersions', null, VERSION.v16)),
);
// QA-4: nothing ever changed.
const qa4 = buildIssue('QA-4', '2026-03-16T12:00:00.000Z', { id: '30004', fields: { priorityId: PRIORITY.low } });
// QA-5: Done (Fixed) and reopened in January, both by Carol; reporter Dave → Bob (by Alice); created
// with fix versions 1.0 and 1.5, then 1.6 added and later 1.5 removed (both by Bob).
const qa5 = withChangelog(
  buildIssue('QA-5', '2026-01-10T10:00:00.000Z', {
    id: '30005',
    fields: {
      statusId: STATUS.reopened, priorityId: PRIORITY.highest, assigneeAccountId: alice.accountId,
      reporterAccountId: bob.accountId, fixVersionIds: [VERSION.v10, VERSION.v16],
    },
  }),
  change('2026-01-20T10:00:00.000Z', carol, statusItem(STATUS.todo, STATUS.done), resolutionItem(null, RESOLUTION.fixed)),
  change('2026-01-25T10:00:00.000Z', carol, statusItem(STATUS.done, STATUS.reopened), resolutionItem(RESOLUTION.fixed, null)),
  change('2026-02-01T10:00:00.000Z', alice, item('reporter', 'reporter', dave.accountId, bob.accountId)),
  change('2026-02-10T10:00:00.000Z', bob, item('Fix Version', 'fixVersions', null, VERSION.v16)),
  change('2026-02-15T10:00:00.000Z', bob, item('Fix Version', 'fixVersions', VERSION.v15, null)),
);

const store = createTestStore({ now: NOW, issues: [qa1, qa2, qa3, qa4, qa5] });
const ALL = ['QA-1', 'QA-2', 'QA-3', 'QA-4', 'QA-5'];

function matching(jql: string, viewer: EmUser = alice, from: EmulatorStore = store): string[] {
  const { matches } = compileJql(jql, from, viewer.accountId);
  return from.issues().filter((i) => matches(i)).map((i) => i.key);
}

function errorsOf(jql: string, viewer: EmUser = alice): string[] {
  try {
    compileJql(jql, store, viewer.accountId);
  } catch (error) {
    if (error instanceof JqlError) return error.errorMessages;
    throw error;
  }
  throw new Error(`expected "${jql}" to be refused`);
}

describe('WAS, WAS IN, WAS NOT, WAS NOT IN', () => {
  it('WAS matches the current value and every past one', () => {
    expect(matching('status was "In Progress"')).toEqual(['QA-1', 'QA-2', 'QA-3']);
    expect(matching('status was Done')).toEqual(['QA-1', 'QA-5']);
    expect(matching('status was "to do"')).toEqual(['QA-1', 'QA-2', 'QA-4', 'QA-5']);
    expect(matching('status was Reopened')).toEqual(['QA-5']);
    expect(matching('priority was Medium')).toEqual(['QA-1', 'QA-2', 'QA-3']);
    expect(matching('priority was 2')).toEqual(['QA-2']);
  });

  it('WAS IN is WAS a OR WAS b; WAS NOT and WAS NOT IN match the issues that never had the values', () => {
    expect(matching('status was in (Done, Reopened)')).toEqual(['QA-1', 'QA-5']);
    expect(matching('status was not "In Progress"')).toEqual(['QA-4', 'QA-5']);
    expect(matching('status was not in ("In Progress", Done)')).toEqual(['QA-4']);
    expect(matching('priority was not in (High, Highest)')).toEqual(['QA-1', 'QA-3', 'QA-4']);
  });

  it('matches EMPTY for fields that were empty at some time', () => {
    expect(matching('assignee was EMPTY')).toEqual(['QA-1', 'QA-3', 'QA-4']);
    expect(matching('assignee was not EMPTY')).toEqual(['QA-2', 'QA-5']);
    expect(matching('resolution was EMPTY')).toEqual(ALL);
    expect(matching('resolution was Fixed')).toEqual(['QA-5']);
    expect(matching('assignee was in (EMPTY, "bob@example.com")')).toEqual(['QA-1', 'QA-3', 'QA-4']);
  });

  it('takes users by account id, e-mail address or currentUser()', () => {
    expect(matching(`assignee was "${bob.accountId}"`)).toEqual(['QA-1']);
    expect(matching('assignee was "carol@example.com"')).toEqual(['QA-2']);
    expect(matching('assignee was currentUser()', bob)).toEqual(['QA-1']);
    expect(matching('reporter was "dave@example.com"')).toEqual(['QA-5']);
    expect(matching('reporter was "alice@example.com"')).toEqual(['QA-1', 'QA-2', 'QA-3', 'QA-4']);
  });

  it('BEFORE: the value was held before the day starts, and not before the issue was created', () => {
    expect(matching('status was "In Progress" before "2026-03-03"')).toEqual(['QA-1', 'QA-3']);
    expect(matching('status was "In Progress" before "2026/02/21"')).toEqual(['QA-3']);
    expect(matching('status was "In Progress" before "2026-02-20"')).toEqual([]);
    expect(matching('status was "In Progress" before "2026-02-20 10:01"')).toEqual(['QA-3']);
  });

  it('AFTER a date: the value was still held once that day had ended', () => {
    // QA-1 left In Progress at 23:30 on 5 March: not after the 5th, but after 5 March 12:00.
    expect(matching('status was "In Progress" after "2026-03-05"')).toEqual(['QA-2', 'QA-3']);
    expect(matching('status was "In Progress" after "2026-03-05 12:00"')).toEqual(['QA-1', 'QA-2', 'QA-3']);
    expect(matching('status was "To Do" after -1d')).toEqual(['QA-2', 'QA-4']);
    expect(matching('resolution was EMPTY after "2026-03-06"')).toEqual(['QA-2', 'QA-3', 'QA-4', 'QA-5']);
  });

  it('does not assume the current value for moments that have not happened yet', () => {
    expect(matching('status was Done after "2099-01-01"')).toEqual([]);
    expect(matching('status was Done after now()')).toEqual([]);
    expect(matching('status was Done on startOfDay()')).toEqual(['QA-1']);
  });

  it('ON a date: the value was held at some moment of that day in the searching user\'s time zone', () => {
    expect(matching('status was Done on "2026-03-05"')).toEqual(['QA-1']);
    expect(matching('status was Done on "2026-03-05"', carol)).toEqual([]);
    expect(matching('status was "In Progress" on "2026-03-06"')).toEqual(['QA-2', 'QA-3']);
    expect(matching('status was "In Progress" on "2026-03-06"', carol)).toEqual(['QA-1', 'QA-2', 'QA-3']);
  });

  it('DURING runs from the first date to the second ("during 2010" is DURING ("2010/01/01","2011/01/01"))', () => {
    expect(matching('status was "To Do" during ("2026-03-05", "2026-03-09")')).toEqual([]);
    // QA-2 was back in To Do at 09:00 on 10 March: a window ending at 10 March does not reach it.
    expect(matching('status was "To Do" during ("2026-03-05", "2026-03-10")')).toEqual([]);
    expect(matching('status was "To Do" during ("2026-03-05", "2026-03-11")')).toEqual(['QA-2']);
    expect(matching('status was Done during ("2026/01/21", "2026/01/24")')).toEqual(['QA-5']);
    expect(matching('status was Done during ("2026-02-01", "2026-03-04")')).toEqual([]);
  });

  it('BY: the value was set by a change that user made; the value an issue was created with was set by nobody', () => {
    expect(matching('status was "In Progress" by "bob@example.com"')).toEqual(['QA-1']);
    expect(matching(`status was "In Progress" by (${alice.accountId}, "bob@example.com")`)).toEqual(['QA-1', 'QA-2']);
    expect(matching('status was "To Do" by "alice@example.com"')).toEqual(['QA-2']);
    expect(matching('status was Done by currentUser()', carol)).toEqual(['QA-1', 'QA-5']);
    expect(matching('status was Done by currentUser()')).toEqual([]);
    expect(matching('fixVersion was "1.5" by "alice@example.com"')).toEqual(['QA-3']);
    expect(matching('fixVersion was "1.6" by "alice@example.com"')).toEqual([]);
    expect(matching('fixVersion was "1.6" by "bob@example.com"')).toEqual(['QA-3', 'QA-5']);
    expect(matching('fixVersion was "1.0" by "bob@example.com"')).toEqual([]);
  });

  it('combines predicates: all of them hold for the same value', () => {
    expect(matching('status was "In Progress" by "alice@example.com" before "2026-03-05"')).toEqual(['QA-2']);
    expect(matching('status was "In Progress" by "bob@example.com" after "2026-03-06"')).toEqual([]);
    // Two date predicates are one window, their intersection; an empty window matches nothing.
    expect(matching('status was "In Progress" after "2026-03-01" before "2026-03-04"')).toEqual(['QA-1', 'QA-3']);
    expect(matching('status was "In Progress" after "2026-03-08" before "2026-03-04"')).toEqual([]);
  });

  it('WAS NOT with predicates: never had the value within the window', () => {
    expect(matching('status was not "In Progress" before "2026-03-03"')).toEqual(['QA-2', 'QA-4', 'QA-5']);
    expect(matching('status was not in ("In Progress", "To Do") on "2026-03-06"')).toEqual(['QA-1', 'QA-4', 'QA-5']);
    expect(matching('status was not Done by "carol@example.com"')).toEqual(['QA-2', 'QA-3', 'QA-4']);
  });

  it('reads Fix Version as a set of versions, one changelog item per version added or removed', () => {
    expect(matching('fixVersion was "1.5"')).toEqual(['QA-3', 'QA-5']);
    expect(matching('fixVersion was "1.5" before "2026-01-11"')).toEqual(['QA-5']);
    expect(matching('fixVersion was "1.6" before "2026-03-01"')).toEqual(['QA-5']);
    expect(matching('fixVersion was "1.0"')).toEqual(['QA-5']);
    expect(matching('fixVersion was EMPTY')).toEqual(['QA-1', 'QA-2', 'QA-3', 'QA-4']);
    expect(matching('fixVersion was EMPTY after "2026-02-26"')).toEqual(['QA-1', 'QA-2', 'QA-4']);
    expect(matching('fixVersion was "1.5" after "2026-03-06"')).toEqual([]);
    expect(matching('fixVersion was "1.5" on "2026-03-06"')).toEqual(['QA-3']);
    expect(matching('fixVersion was in releasedVersions(QA)')).toEqual(['QA-3', 'QA-5']);
    expect(matching('fixVersion was not in (10105, 10100)')).toEqual(['QA-1', 'QA-2', 'QA-4']);
  });
});

describe('CHANGED', () => {
  it('matches issues with a change of the field, narrowed by FROM and TO', () => {
    expect(matching('status changed')).toEqual(['QA-1', 'QA-2', 'QA-5']);
    expect(matching('status changed from "In Progress" to Done')).toEqual(['QA-1']);
    expect(matching('status changed from "In Progress"')).toEqual(['QA-1', 'QA-2']);
    expect(matching('status changed to "to do"')).toEqual(['QA-2']);
    expect(matching('status changed from Done to Reopened')).toEqual(['QA-5']);
    expect(matching('status changed from "To Do" to Done')).toEqual(['QA-5']);
    expect(matching('priority changed from medium to HIGH')).toEqual(['QA-2']);
    expect(matching('priority changed from 3')).toEqual(['QA-2']);
    expect(matching('reporter changed from "dave@example.com" to "bob@example.com"')).toEqual(['QA-5']);
    expect(matching('assignee changed')).toEqual(['QA-1']);
  });

  it('FROM EMPTY and TO EMPTY: the field was empty before the change, or is after it', () => {
    expect(matching('resolution changed from EMPTY')).toEqual(['QA-1', 'QA-5']);
    expect(matching('resolution changed to EMPTY')).toEqual(['QA-5']);
    expect(matching('assignee changed from EMPTY to "bob@example.com"')).toEqual(['QA-1']);
    expect(matching('assignee changed to currentUser()', bob)).toEqual(['QA-1']);
    // QA-5's versions were added while it had others: not from EMPTY.
    expect(matching('fixVersion changed from EMPTY')).toEqual(['QA-3']);
    expect(matching('fixVersion changed to EMPTY')).toEqual([]);
  });

  it('matches Fix Version changes item by item, as the changelog records them', () => {
    expect(matching('fixVersion changed')).toEqual(['QA-3', 'QA-5']);
    expect(matching('fixVersion changed to "1.6"')).toEqual(['QA-3', 'QA-5']);
    expect(matching('fixVersion changed to "1.6" before "2026-03-01"')).toEqual(['QA-5']);
    expect(matching('fixVersion changed from "1.5" by "bob@example.com"')).toEqual(['QA-3', 'QA-5']);
    expect(matching('fixVersion changed from "1.5" by "alice@example.com"')).toEqual([]);
    // The edit that replaced 1.5 with 1.6 wrote two items, neither from 1.5 to 1.6.
    expect(matching('fixVersion changed from "1.5" to "1.6"')).toEqual([]);
  });

  it('BY, BEFORE, AFTER, ON and DURING narrow the change itself', () => {
    expect(matching('status changed by "carol@example.com"')).toEqual(['QA-1', 'QA-5']);
    expect(matching('status changed by "carol@example.com" after "2026-02-01"')).toEqual(['QA-1']);
    expect(matching('status changed before "2026-02-01"')).toEqual(['QA-5']);
    expect(matching('status changed after startOfMonth()')).toEqual(['QA-1', 'QA-2']);
    expect(matching('status changed after "2026-03-05"')).toEqual(['QA-2']);
    expect(matching('status changed during ("2026-03-03", "2026-03-05")')).toEqual(['QA-2']);
    expect(matching('status changed during ("2026-03-03", "2026-03-06")')).toEqual(['QA-1', 'QA-2']);
    expect(matching('status changed during ("2026-03-06", "2026-03-09")')).toEqual([]);
    expect(matching('status changed during ("2026-03-06", "2026-03-10")')).toEqual([]);
    expect(matching('status changed during ("2026-03-06", "2026-03-11")')).toEqual(['QA-2']);
    expect(matching('status changed to "In Progress" by "alice@example.com" on "2026-03-04"')).toEqual(['QA-2']);
  });

  it('reads a date with a time as that minute', () => {
    expect(matching('status changed on "2026-03-05 23:30"')).toEqual(['QA-1']);
    expect(matching('status changed on "2026/03/05 23:29"')).toEqual([]);
    expect(matching('status changed after "2026-03-05 23:29"')).toEqual(['QA-1', 'QA-2']);
    expect(matching('status changed after "2026-03-05 23:30"')).toEqual(['QA-2']);
    expect(matching('status changed before "2026-03-05 23:30"')).toEqual(['QA-1', 'QA-2', 'QA-5']);
    expect(matching('status changed to Done before "2026-03-05 23:30"')).toEqual(['QA-5']);
    expect(matching('status changed during ("2026-03-05 23:00", "2026-03-05 23:30")')).toEqual([]);
    expect(matching('status changed during ("2026-03-05 23:00", "2026-03-05 23:31")')).toEqual(['QA-1']);
    // QA-2 went In Progress at 12:00:30.
    expect(matching('status changed on "2026-03-04 12:00"')).toEqual(['QA-2']);
    expect(matching('status changed to "In Progress" after "2026-03-04 12:00"')).toEqual([]);
  });

  it('takes the documented example with week functions', () => {
    expect(matching('priority changed by "dave@example.com" before endOfWeek() after startOfWeek()')).toEqual([]);
    expect(matching('priority changed by "dave@example.com" before endOfWeek(-1) after startOfWeek(-1)')).toEqual(['QA-2']);
    expect(matching('priority changed by "bob@example.com" before endOfWeek(-1) after startOfWeek(-1)')).toEqual([]);
  });
});

describe('time zones', () => {
  // QA-1 went to Done at 23:30 UTC on 5 March: 00:30 on 6 March in Berlin, 10:30 on 6 March in Sydney.
  it('a change at 23:30 UTC is on the next day for a user in Europe/Berlin', () => {
    expect(matching('status changed on "2026-03-05"')).toEqual(['QA-1']);
    expect(matching('status changed on "2026-03-05"', carol)).toEqual([]);
    expect(matching('status changed on "2026-03-06"')).toEqual([]);
    expect(matching('status changed on "2026-03-06"', carol)).toEqual(['QA-1']);
    expect(matching('status changed on "2026-03-06"', dave)).toEqual(['QA-1']);
  });

  it('reads dates with a time, BEFORE and AFTER in the user\'s zone too', () => {
    expect(matching('status changed to Done after "2026-03-06 00:00"', carol)).toEqual(['QA-1']);
    expect(matching('status changed to Done after "2026-03-06 00:00"')).toEqual([]);
    expect(matching('status changed to Done before "2026-03-06"', carol)).toEqual(['QA-5']);
    expect(matching('status changed to Done before "2026-03-06"')).toEqual(['QA-1', 'QA-5']);
    expect(matching('status changed during ("2026-03-06", "2026-03-06")', carol)).toEqual([]);
    expect(matching('status changed during ("2026-03-06", "2026-03-07")', carol)).toEqual(['QA-1']);
  });
});

describe('NOT over history clauses', () => {
  it('negates the clause as a whole', () => {
    expect(matching('NOT status was "In Progress"')).toEqual(['QA-4', 'QA-5']);
    expect(matching('NOT status was not "In Progress"')).toEqual(['QA-1', 'QA-2', 'QA-3']);
    expect(matching('NOT status was in (Done, Reopened)')).toEqual(['QA-2', 'QA-3', 'QA-4']);
    expect(matching('NOT status changed')).toEqual(['QA-3', 'QA-4']);
    expect(matching('NOT status changed after "2026-03-05"')).toEqual(['QA-1', 'QA-3', 'QA-4', 'QA-5']);
    expect(matching('!assignee was EMPTY')).toEqual(['QA-2', 'QA-5']);
  });

  it('combines with De Morgan\'s laws and other clauses', () => {
    expect(matching('NOT (status changed AND priority = High)')).toEqual(['QA-1', 'QA-3', 'QA-4', 'QA-5']);
    expect(matching('NOT (status was Done OR fixVersion changed)')).toEqual(['QA-2', 'QA-4']);
    expect(matching('project = QA AND NOT status was Done by "carol@example.com"')).toEqual(['QA-2', 'QA-3', 'QA-4']);
    expect(matching('status was "In Progress" AND NOT status = "In Progress"')).toEqual(['QA-1', 'QA-2']);
  });
});

describe('refused history clauses', () => {
  it('refuses the history operators on every field but the six Jira keeps a history of', () => {
    expect(errorsOf('labels was x')).toEqual(["History searches do not support the 'labels' field."]);
    expect(errorsOf('project changed')).toEqual(["History searches do not support the 'project' field."]);
    expect(errorsOf('issuetype was Bug')).toEqual(["History searches do not support the 'issuetype' field."]);
    expect(errorsOf('creator was "alice@example.com"')).toEqual(["History searches do not support the 'creator' field."]);
    expect(errorsOf('affectedVersion changed')).toEqual(["History searches do not support the 'affectedVersion' field."]);
    expect(errorsOf('parent was not in (QA-1)')).toEqual(["History searches do not support the 'parent' field."]);
    expect(errorsOf('created changed after -1d')).toEqual(["History searches do not support the 'created' field."]);
    expect(errorsOf('summary was x')).toEqual(["History searches do not support the 'summary' field."]);
  });

  it('takes status names only, not ids, and no stand-in for EMPTY such as Unresolved', () => {
    expect(errorsOf(`status was ${STATUS.done}`)).toEqual([`The value '${STATUS.done}' does not exist for the field 'status'.`]);
    expect(errorsOf('status changed to 3')).toEqual(["The value '3' does not exist for the field 'status'."]);
    expect(errorsOf('status was Closed')).toEqual(["The value 'Closed' does not exist for the field 'status'."]);
    expect(errorsOf('resolution was Unresolved')).toEqual(["The value 'Unresolved' does not exist for the field 'resolution'."]);
    expect(matching(`status = ${STATUS.done}`)).toEqual(['QA-1']);
  });

  it('refuses unknown values and users, and functions the field or predicate cannot take', () => {
    expect(errorsOf('priority was Urgent')).toEqual(["The value 'Urgent' does not exist for the field 'priority'."]);
    expect(errorsOf('assignee was "nobody@example.com"')).toEqual(["The value 'nobody@example.com' does not exist for the field 'assignee'."]);
    expect(errorsOf('status was Done by "nobody@example.com"')).toEqual(["The user 'nobody@example.com' does not exist for the predicate 'by'."]);
    expect(errorsOf('fixVersion was releasedVersions(QA)')).toEqual([
      "The operator 'was' does not support the multi-value function 'releasedVersions()' for field 'fixVersion'. Use 'WAS IN' or 'WAS NOT IN'.",
    ]);
    expect(errorsOf('status changed after currentUser()')).toEqual(["The function 'currentUser' is not supported by the 'after' predicate."]);
    expect(errorsOf('status changed by now()')).toEqual(["The function 'now' is not supported by the 'by' predicate."]);
    expect(errorsOf('status changed after lastLogin()')).toEqual(["The JQL function 'lastLogin' is not supported by the Jira emulator."]);
    expect(errorsOf('status changed after frobnicate()')).toEqual(["Unable to find JQL function 'frobnicate()'."]);
  });

  it('refuses predicates an operator does not take and malformed predicate operands', () => {
    // Jira's grammar has no FROM or TO after WAS: the parser refuses them.
    expect(errorsOf('status was Done from "To Do"'))
      .toEqual(["Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'from'. (line 1, character 17)"]);
    expect(errorsOf('status was not in (Done) to Done'))
      .toEqual(["Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'to'. (line 1, character 26)"]);
    expect(errorsOf('status changed during ("2026-03-01")')).toEqual(['The predicate \'during\' takes two dates: DURING ("date1", "date2").']);
    expect(errorsOf('status changed during "2026-03-01"')).toEqual(['The predicate \'during\' takes two dates: DURING ("date1", "date2").']);
    expect(errorsOf('status changed on ("2026-03-01", "2026-03-02")')).toEqual(["The predicate 'on' takes one date, not a list."]);
    expect(errorsOf('status changed after empty')).toEqual(["The predicate 'after' does not support the EMPTY keyword."]);
    expect(errorsOf('status changed by empty')).toEqual(["The predicate 'by' does not support the EMPTY keyword."]);
    expect(errorsOf('status changed from (Done, "To Do")')).toEqual(["The predicate 'from' takes one value, not a list."]);
    expect(errorsOf('status was in (Done) by ("alice@example.com", "bob@example.com")'))
      .toEqual(["The predicate 'by' of the operator 'was in' takes one user; only WAS takes a list of users."]);
    expect(errorsOf('status changed after "yesterday"')).toEqual([
      "Date value 'yesterday' for predicate 'after' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', "
        + "'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ]);
    expect(errorsOf('status changed after startOfDay(1x)')).toEqual([
      "Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.",
    ]);
  });

  it('reports every problem of the clause at once', () => {
    expect(errorsOf('status was Closed by "nobody@example.com" after "soon"')).toEqual([
      "The value 'Closed' does not exist for the field 'status'.",
      "The user 'nobody@example.com' does not exist for the predicate 'by'.",
      expect.stringMatching(/^Date value 'soon' for predicate 'after' is invalid\./),
    ]);
  });
});

describe('jql/parse validation', () => {
  it('validates history clauses in strict mode', () => {
    const { queries } = parseJqlQueries(
      { queries: ['status was Done by currentUser() after -1w', 'labels changed', 'status changed to 10001'] }, 'strict', store,
    );
    expect(queries[0].errors).toBeUndefined();
    expect(queries[1].errors).toEqual(["History searches do not support the 'labels' field."]);
    expect(queries[2].errors).toEqual(["The value '10001' does not exist for the field 'status'."]);
  });
});

describe('at scale', () => {
  it('searches the history of 20,000 issues (how fast: npm run bench:sandbox)', () => {
    const issues: EmIssue[] = [];
    const start = Date.parse('2025-09-01T00:00:00.000Z');
    for (let i = 0; i < 20_000; i++) {
      const created = start + i * 600_000;
      const at = (hours: number) => new Date(created + hours * 3_600_000).toISOString();
      issues.push(withChangelog(
        buildIssue(`QA-${i + 1}`, new Date(created).toISOString(), { id: String(200_000 + i), fields: { statusId: STATUS.done } }),
        change(at(1), i % 2 === 0 ? alice : bob, statusItem(STATUS.todo, STATUS.inProgress)),
        change(at(30), carol, item('priority', 'priority', PRIORITY.medium, PRIORITY.high)),
        change(at(50), dave, statusItem(STATUS.inProgress, STATUS.done), resolutionItem(null, RESOLUTION.done)),
      ));
    }
    const big = createTestStore({ now: NOW, issues });
    const { matches } = compileJql(
      'status was "In Progress" by "alice@example.com" AND status changed to Done after -90d AND NOT priority changed before "2025-10-01"',
      big, alice.accountId,
    );
    const found = big.issues().filter(matches);
    expect(found.length).toBeGreaterThan(1000);
    expect(found.length).toBeLessThan(10_000);
  });
});
