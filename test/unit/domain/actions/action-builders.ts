/**
 * Task states and a root cause for the action-item domain tests, beside the action item and the
 * clock (`NOW`, `TODAY`) of the post-mortem domain builders. Dates derive from the clock, never from
 * a fixed calendar day.
 */
import type { ActionTaskState } from '../../../../src/domain/actions';
import type { RootCause } from '../../../../src/domain/postmortem';

import { TODAY } from '../postmortem/postmortem-builders';

export { actionItem, NOW, TODAY } from '../postmortem/postmortem-builders';

/** The calendar day `days` after `from` (a YYYY-MM-DD day, default today). */
export function dayIn(days: number, from: string = TODAY): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
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
