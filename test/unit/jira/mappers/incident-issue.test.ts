import { buildTimelineSuggestions } from '../../../../src/jira/mappers/incident';
import { incidentIssueFromJira } from '../../../../src/jira/mappers/incident-issue';
import { ADA, BOB, CAROL, incidentIssueFixture, issueFixture, userFixture } from '../../../helpers/jira-fixtures';

const START = new Date(Date.now() - 3 * 86_400_000);

describe('incidentIssueFromJira', () => {
  const fixture = incidentIssueFixture(START);
  const issue = {
    ...fixture,
    fields: {
      ...fixture.fields,
      issuetype: { id: '10004', name: 'Incident' },
      project: { id: '10000', key: 'QA' },
      components: [{ id: '10201', name: 'Payments' }, { id: '10202' }],
      fixVersions: [{ id: '10106', name: '1.6' }],
      assignee: CAROL,
    },
    properties: { 'qa-postmortem': { revision: 3 } },
  };

  it('reads the incident as the panel shows it, its project, its linked issues and its properties', () => {
    const read = incidentIssueFromJira(issue);
    // The service's test (get-postmortem.test.ts) checks every field the panel shows; here, what it leaves to the mapper.
    expect(read.incident).toMatchObject({ statusCategory: 'done', components: ['Payments'], assignee: { accountId: CAROL.accountId, displayName: CAROL.displayName } });
    expect(read.incident).not.toHaveProperty('siteUrl');
    expect(read.projectKey).toBe('QA');
    expect(read.linkedIssues).toEqual([{ id: '10007', key: 'QA-7' }, { id: '10051', key: 'QA-51' }]);
    expect(read.properties).toEqual({ 'qa-postmortem': { revision: 3 } });
  });

  it('names the assignee, reporter, comment and history authors once each, never an app', () => {
    const app = userFixture({ accountId: 'app-1', displayName: 'Automation for Jira', accountType: 'app' });
    const people = incidentIssueFromJira({ ...issue, fields: { ...issue.fields, reporter: app } }).people;
    expect(people.map((p) => p.displayName)).toEqual([CAROL.displayName, BOB.displayName, ADA.displayName]);
  });

  it('suggests the timeline the incident\'s record makes, when asked', () => {
    expect(incidentIssueFromJira(issue).suggestTimeline()).toEqual(buildTimelineSuggestions(fixture));
  });

  it('reads what Jira left out as empty, an unknown status category as new', () => {
    const bare = issueFixture({ fields: { status: { name: 'Odd', statusCategory: { key: 'undefined' } } } });
    const read = incidentIssueFromJira({ id: bare.id, key: bare.key, fields: { status: bare.fields.status } });
    expect(read.incident).toEqual({
      key: 'QA-42', id: '10042', summary: '', status: 'Odd', statusCategory: 'new', issueType: '', priority: null, components: [], fixVersions: [], created: '',
    });
    expect(read).toMatchObject({ people: [], linkedIssues: [], properties: {} });
    expect(read.projectKey).toBeUndefined();
    expect(read.suggestTimeline()).toEqual([]);
  });
});
