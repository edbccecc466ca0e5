/**
 * Action items, task states and a root cause for the action-item domain tests. Dates derive from
 * the clock (`TODAY`), never from a fixed calendar day.
 */
import type { ActionTaskState } from '../../../../src/domain/actions';
import type { ActionItem, RootCause } from '../../../../src/domain/postmortem';

export const NOW = new Date();
export const TODAY = NOW.toISOString().slice(0, 10);

export function dayIn(days: number, from: string = TODAY): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function actionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'a1',
    title: 'Add contract tests for saved-card payments',
    type: 'test-design-enhancement',
    ownerAccountId: 'acc-bob',
    ownerDisplayName: 'Bob Marsh',
    dueDate: dayIn(28),
    priority: 'High',
    description: 'Cover token placement for every card-vault call.',
    ...overrides,
  };
}

export function taskState(overrides: Partial<ActionTaskState> = {}): ActionTaskState {
  return {
    actionId: 'a1',
    taskKey: 'QA-101',
    status: 'To Do',
    statusCategory: 'new',
    assignee: { accountId: 'acc-bob', displayName: 'Bob Marsh' },
    dueDate: dayIn(28),
    ...overrides,
  };
}

export function tasksById(...tasks: ActionTaskState[]): Map<string, ActionTaskState> {
  return new Map(tasks.map((t) => [t.actionId, t]));
}

export function rootCause(overrides: Partial<RootCause> = {}): RootCause {
  return {
    whys: [
      { id: 'w1', question: 'Why did checkout fail?', answer: 'The card vault rejected tokens' },
      { id: 'w2', question: 'Why?', answer: 'The SDK upgrade moved the token field' },
    ],
    contributingFactors: [],
    category: 'test-gap',
    ...overrides,
  };
}
