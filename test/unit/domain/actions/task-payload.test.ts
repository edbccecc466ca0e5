import { buildTaskDescription, buildTaskRequest } from '../../../../src/domain/actions';
import { actionItem, rootCause } from './action-builders';

const target = { projectKey: 'OPS', issueType: 'Task', incidentKey: 'QA-3', incidentId: '10002', claim: 'claim-1' };

describe('buildTaskRequest', () => {
  it('puts fields, the Relates link to the incident and the action property in one request', () => {
    const item = actionItem({ id: 'a7', title: '  Charter:\r\nexplore vault errors ', type: 'exploratory-test-charter', priority: 'Low' });
    const description = buildTaskDescription(item, { key: 'QA-3', summary: 'x' }, rootCause());
    expect(buildTaskRequest(item, target, description)).toEqual({
      fields: {
        project: { key: 'OPS' },
        issuetype: { name: 'Task' },
        summary: 'Charter: explore vault errors',
        assignee: { accountId: 'acc-bob' },
        duedate: item.dueDate,
        priority: { name: 'Low' },
        labels: ['postmortem-action', 'pm-exploratory-charter'],
        description,
      },
      update: { issuelinks: [{ add: { type: { name: 'Relates' }, outwardIssue: { key: 'QA-3' } } }] },
      properties: [{ key: 'qa-postmortem-action', value: { incident: 'QA-3', incidentId: '10002', actionId: 'a7', claim: 'claim-1' } }],
    });
  });

  it('refuses an item that was not validated', () => {
    const description = buildTaskDescription(actionItem(), { key: 'QA-3', summary: '' }, rootCause());
    expect(() => buildTaskRequest(actionItem({ ownerAccountId: null }), target, description)).toThrow(/validate it first/);
    expect(() => buildTaskRequest(actionItem({ dueDate: null }), target, description)).toThrow(/a1/);
  });
});
