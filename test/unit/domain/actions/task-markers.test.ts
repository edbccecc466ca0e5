import { readActionTaskMarker, screenProblems, taskLabels, ACTION_TYPE_LABELS, type TaskField } from '../../../../src/domain/actions';
import { quoteJqlValue } from '../../../../src/domain/jql';
import { ACTION_ITEM_TYPES } from '../../../../src/domain/postmortem';

describe('task labels', () => {
  it('are postmortem-action plus one distinct label per type', () => {
    expect(taskLabels('test-design-enhancement')).toEqual(['postmortem-action', 'pm-test-design']);
    expect(taskLabels('fix-validation')).toEqual(['postmortem-action', 'pm-fix-validation']);
    const labels = ACTION_ITEM_TYPES.map((t) => ACTION_TYPE_LABELS[t]);
    expect(new Set(labels).size).toBe(ACTION_ITEM_TYPES.length);
    for (const label of labels) expect(label).toMatch(/^pm-[a-z-]+$/);
  });
});

describe('markers', () => {
  it('reads an action marker (with its incident id and claim, or an older one without) and rejects anything else', () => {
    expect(readActionTaskMarker({ incident: 'QA-3', actionId: 'a1' })).toEqual({ incident: 'QA-3', actionId: 'a1' });
    expect(readActionTaskMarker({ incident: 'QA-3', incidentId: '10002', actionId: 'a1', claim: 'c-1' }))
      .toEqual({ incident: 'QA-3', incidentId: '10002', actionId: 'a1', claim: 'c-1' });
    expect(readActionTaskMarker({ incident: 'QA-3', incidentId: '', actionId: 'a1' })).toBeNull();
    expect(readActionTaskMarker({ incident: 'QA-3' })).toBeNull();
    expect(readActionTaskMarker({ incident: '', actionId: 'a1' })).toBeNull();
    expect(readActionTaskMarker('QA-3')).toBeNull();
    expect(readActionTaskMarker(undefined)).toBeNull();
  });
});

describe('JQL', () => {
  it('quotes strings, escaping quotes, backslashes and control characters', () => {
    expect(quoteJqlValue('QA-3')).toBe('"QA-3"');
    expect(quoteJqlValue('a "b" \\c')).toBe('"a \\"b\\" \\\\c"');
    expect(quoteJqlValue('line\nbreak')).toBe('"line\\u000abreak"');
  });
});

describe('the target project\'s create screen', () => {
  const screen = (fields: TaskField[] | undefined) => ({ projectKey: 'OPS', issueType: 'Task', taskFields: fields && new Set(fields) });
  const all: TaskField[] = ['summary', 'assignee', 'dueDate', 'priority', 'labels', 'description', 'incidentLink'];

  it('has no problem when every field the task sets is on the screen', () => {
    expect(screenProblems(screen(all))).toEqual([]);
  });

  it('names each missing field, at the item field it comes from, and what to change', () => {
    const problems = screenProblems(screen(all.filter((f) => f !== 'dueDate' && f !== 'labels')));
    expect(problems.map((p) => p.field)).toEqual(['dueDate', 'task']);
    expect(problems[0].message).toBe('Jira will not let the app set "Due date" on a Task in project OPS: it is not on that project\'s create screen. '
      + 'Ask a Jira administrator to add it to the create screen of Task in OPS, or choose another project for action items in Project settings → QA post-mortem.');
    expect(problems[1].message).toContain('"Labels"');
  });

  it('says when the project has no such issue type', () => {
    expect(screenProblems(screen(undefined))).toEqual([{ field: 'task', message: expect.stringContaining('Project OPS has no issue type "Task"') }]);
  });
});
