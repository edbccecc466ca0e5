import { describeProblems, itemProblems, mergeProblems, SUMMARY_MAX_LENGTH, validateForCreation } from '../../../../src/domain/actions';
import { actionItem, dayIn, TODAY } from './action-builders';

const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('itemProblems', () => {
  it('accepts a complete item due today', () => {
    expect(itemProblems(actionItem({ dueDate: TODAY }), TODAY)).toEqual([]);
  });

  it('names every missing part at once', () => {
    const problems = itemProblems(actionItem({ title: ' \n ', type: null, ownerAccountId: null, dueDate: null }), TODAY);
    expect(fields(problems)).toEqual(['title', 'type', 'owner', 'dueDate']);
    expect(problems.find((p) => p.field === 'dueDate')?.message).toBe('Set a due date.');
  });

  it('refuses a due date before today, saying which', () => {
    const [problem] = itemProblems(actionItem({ dueDate: dayIn(-1) }), TODAY);
    expect(problem).toEqual({ field: 'dueDate', message: `The due date ${dayIn(-1)} is in the past (today is ${TODAY}); choose today or later.` });
  });

  it('refuses a title Jira would not take as a summary, counting the trimmed title', () => {
    expect(itemProblems(actionItem({ title: ` ${'x'.repeat(SUMMARY_MAX_LENGTH)} ` }), TODAY)).toEqual([]);
    const [problem] = itemProblems(actionItem({ title: 'x'.repeat(SUMMARY_MAX_LENGTH + 1) }), TODAY);
    expect(problem.field).toBe('title');
    expect(problem.message).toContain('it has 256');
  });
});

describe('validateForCreation and mergeProblems', () => {
  const items = [actionItem({ id: 'a' }), actionItem({ id: 'b', type: null }), actionItem({ id: 'c', dueDate: null })];

  it('lists only the items with problems, in document order', () => {
    expect(validateForCreation(items, TODAY).map((p) => [p.actionId, fields(p.problems)])).toEqual([['b', ['type']], ['c', ['dueDate']]]);
  });

  it('merges problems found elsewhere (owners) into the same order', () => {
    const merged = mergeProblems(items, validateForCreation(items, TODAY), [
      { actionId: 'c', problems: [{ field: 'owner', message: 'Bob cannot be assigned' }] },
      { actionId: 'a', problems: [{ field: 'owner', message: 'Bob cannot be assigned' }] },
    ]);
    expect(merged.map((p) => [p.actionId, fields(p.problems)])).toEqual([['a', ['owner']], ['b', ['type']], ['c', ['dueDate', 'owner']]]);
  });

  it('describes the problems in one sentence naming the items by title', () => {
    const text = describeProblems(validateForCreation(items, TODAY), new Map([['b', 'Charter'], ['c', '']]));
    expect(text).toBe('No tasks were created: 2 action items are not ready. "Charter": Choose the type of action. "c": Set a due date.');
  });
});
