import { buildTaskDescription, taskToCreate } from '../../../../src/domain/actions';
import { actionItem, rootCause } from './action-builders';

const target = { projectKey: 'OPS', issueType: 'Task', incidentKey: 'QA-3', incidentId: '10002', claim: 'claim-1' };

describe('taskToCreate', () => {
  it('makes the item\'s task: its title on one line, owner, due date, priority, the type\'s labels, the description, the incident and the marker', () => {
    const item = actionItem({ id: 'a7', title: '  Charter:\r\nexplore vault errors ', type: 'exploratory-test-charter', priority: 'Low' });
    const description = buildTaskDescription(item, { key: 'QA-3', summary: 'x' }, rootCause());
    expect(taskToCreate(item, target, description)).toEqual({
      projectKey: 'OPS',
      issueType: 'Task',
      summary: 'Charter: explore vault errors',
      assigneeAccountId: 'acc-bob',
      dueDate: item.dueDate,
      priority: 'Low',
      labels: ['postmortem-action', 'pm-exploratory-charter'],
      description,
      incidentKey: 'QA-3',
      marker: { incident: 'QA-3', incidentId: '10002', actionId: 'a7', claim: 'claim-1' },
    });
  });

  it('refuses an item that was not validated', () => {
    const description = buildTaskDescription(actionItem(), { key: 'QA-3', summary: '' }, rootCause());
    expect(() => taskToCreate(actionItem({ ownerAccountId: null }), target, description)).toThrow(/validate it first/);
    expect(() => taskToCreate(actionItem({ dueDate: null }), target, description)).toThrow(/a1/);
  });
});
