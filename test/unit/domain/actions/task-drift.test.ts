import { taskDrift, taskSummaryOf, type TaskFields } from '../../../../src/domain/actions';
import type { ActionItem } from '../../../../src/domain/postmortem';

const item = (overrides: Partial<ActionItem> = {}): ActionItem => ({
  id: 'a1', title: 'Add contract tests', type: 'test-design-enhancement', ownerAccountId: 'bob', ownerDisplayName: 'Bob Martins',
  dueDate: '2026-12-20', priority: 'High', description: '', taskKey: 'QA-9', ...overrides,
});
const task = (overrides: Partial<TaskFields> = {}): TaskFields => ({
  summary: 'Add contract tests', assignee: { accountId: 'bob', displayName: 'Bob Martins' }, dueDate: '2026-12-20', priority: 'High', ...overrides,
});

describe('taskDrift', () => {
  it('finds nothing when the task says what the item says', () => {
    expect(taskDrift(item(), task())).toEqual([]);
    // Jira's priority names compare without case; the summary is the title on one line.
    expect(taskDrift(item({ title: '  Add contract\n tests ', priority: 'High' }), task({ priority: 'high' }))).toEqual([]);
  });

  it('names each field that differs, with the item\'s value and the task\'s', () => {
    expect(taskDrift(
      item({ title: 'Add contract tests to CI', ownerAccountId: 'carol', ownerDisplayName: 'Carol Diaz', dueDate: '2027-01-10', priority: 'Highest' }),
      task(),
    )).toEqual([
      { field: 'title', item: 'Add contract tests to CI', task: 'Add contract tests' },
      { field: 'owner', item: 'Carol Diaz', task: 'Bob Martins' },
      { field: 'dueDate', item: '2027-01-10', task: '2026-12-20' },
      { field: 'priority', item: 'Highest', task: 'High' },
    ]);
  });

  it('counts a task that lost its assignee, due date or priority in Jira', () => {
    expect(taskDrift(item(), task({ assignee: null, dueDate: null, priority: null })).map((d) => [d.field, d.task])).toEqual([
      ['owner', null], ['dueDate', null], ['priority', null],
    ]);
  });

  it('takes an item field left empty as no change: Jira keeps the task\'s value', () => {
    expect(taskDrift(item({ title: '  ', ownerAccountId: null, dueDate: null }), task())).toEqual([]);
  });

  it('makes the summary one line', () => {
    expect(taskSummaryOf(' Fix it\r\n  now ')).toBe('Fix it now');
  });
});
