import { taskIssueFromJira } from '../../../../src/jira/mappers/task-issue';
import { FIXTURE_SITE, issueLinkFixture, linkedIssueFixture, userFixture } from '../../../helpers/jira-fixtures';

const BOB = userFixture({ accountId: 'acc-bob', displayName: 'Bob Marsh' });

describe('taskIssueFromJira', () => {
  it('reads the marker, the issues at the other end of its links, its creation, its state and its site', () => {
    const task = taskIssueFromJira({
      id: '10101',
      key: 'OPS-101',
      self: `${FIXTURE_SITE}/rest/api/3/issue/10101`,
      fields: {
        issuelinks: [
          issueLinkFixture({ id: '1', outwardIssue: linkedIssueFixture('QA-3', 'Checkout fails') }),
          issueLinkFixture({ id: '2', outwardIssue: undefined, inwardIssue: linkedIssueFixture('QA-9', 'Another') }),
          issueLinkFixture({ id: '3', outwardIssue: undefined }),
        ],
        creator: BOB,
        created: '2026-03-01T09:30:00.000+0000',
        status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } },
        resolution: null,
        assignee: BOB,
        duedate: '2026-03-20',
      },
      properties: { 'qa-postmortem-action': { incident: 'QA-3', incidentId: '10003', actionId: 'a1', claim: 'c1' } },
    });
    expect(task).toEqual({
      id: '10101',
      key: 'OPS-101',
      marker: { incident: 'QA-3', incidentId: '10003', actionId: 'a1', claim: 'c1' },
      linkedIssues: [{ id: '10003', key: 'QA-3' }, { id: '10009', key: 'QA-9' }],
      createdBy: 'acc-bob',
      created: '2026-03-01T09:30:00.000+0000',
      status: 'In Progress',
      statusCategory: 'indeterminate',
      resolution: null,
      assignee: { accountId: 'acc-bob', displayName: 'Bob Marsh' },
      dueDate: '2026-03-20',
      // Not asked for in this read: no summary, no priority.
      summary: '',
      priority: null,
      siteUrl: FIXTURE_SITE,
    });
  });

  it('reads what Jira did not send as absent or empty, and a property that is no marker as none', () => {
    const task = taskIssueFromJira({
      id: '10102',
      key: 'OPS-102',
      fields: { status: { name: 'Odd', statusCategory: { key: 'undefined' } }, assignee: { accountId: 'acc-x' } },
      properties: { 'qa-postmortem-action': { note: 'not ours' } },
    });
    expect(task).toMatchObject({
      marker: null, linkedIssues: [], createdBy: undefined, created: undefined, status: 'Odd', statusCategory: 'new',
      resolution: null, assignee: { accountId: 'acc-x', displayName: 'acc-x' }, dueDate: null, siteUrl: undefined,
    });
    expect(taskIssueFromJira({ id: '10103', key: 'OPS-103' })).toMatchObject({ status: '', statusCategory: 'new', assignee: null, marker: null });
  });
});
