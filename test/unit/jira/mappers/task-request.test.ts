import { buildTaskDescription, TASK_SCREEN_FIELDS, taskToCreate } from '../../../../src/domain/actions';
import { TASK_FIELD_IDS, taskCreateRequest, taskFieldsOnScreen } from '../../../../src/jira/mappers/task-request';
import { actionItem, rootCause } from '../../domain/actions/action-builders';

const target = { projectKey: 'OPS', issueType: 'Task', incidentKey: 'QA-3', incidentId: '10002', claim: 'claim-1' };

describe('taskCreateRequest', () => {
  it('puts fields, the Relates link to the incident and the action property in one request', () => {
    const item = actionItem({ id: 'a7', title: '  Charter:\r\nexplore vault errors ', type: 'exploratory-test-charter', priority: 'Low' });
    const description = buildTaskDescription(item, { key: 'QA-3', summary: 'x' }, rootCause());
    expect(taskCreateRequest(taskToCreate(item, target, description))).toEqual({
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

  it('has a Jira field id for every task field the screen is checked for, and sets exactly those (besides project and issue type)', () => {
    const request = taskCreateRequest(taskToCreate(actionItem(), target, buildTaskDescription(actionItem(), { key: 'QA-3', summary: '' }, rootCause())));
    const sent = [...Object.keys(request.fields).filter((id) => id !== 'project' && id !== 'issuetype'), ...Object.keys(request.update)];
    expect(TASK_SCREEN_FIELDS.map(({ field }) => TASK_FIELD_IDS[field]).sort()).toEqual(sent.sort());
  });
});

describe('taskFieldsOnScreen', () => {
  it('reads the task fields from the Jira field ids on a create screen', () => {
    const onScreen = taskFieldsOnScreen(new Set(['summary', 'issuetype', 'assignee', 'priority', 'description', 'issuelinks', 'customfield_10020']));
    expect(onScreen).toEqual(new Set(['summary', 'assignee', 'priority', 'description', 'incidentLink']));
  });

  it('keeps "no such issue type" apart from an empty screen', () => {
    expect(taskFieldsOnScreen(undefined)).toBeUndefined();
    expect(taskFieldsOnScreen(new Set())).toEqual(new Set());
  });
});
