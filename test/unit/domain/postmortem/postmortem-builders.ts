/**
 * Post-mortem documents for the domain tests: a fully worked one (every stage up to review complete)
 * that tests then break one rule at a time, and its parts with the domain tests' own defaults, made
 * by the shared builders of test/helpers/postmortem-builders. Dates derive from `NOW`.
 */
import { emptyDocument, type ActionItem, type PostmortemDocument, type TimelineEvent, type Why } from '../../../../src/domain/postmortem';
import { actionItemFor, daysAfter, minutesBefore, userEvent } from '../../../helpers/postmortem-builders';

export const NOW = new Date();
export const TODAY = NOW.toISOString().slice(0, 10);

export function isoMinutesAgo(minutes: number, now: Date = NOW): string {
  return minutesBefore(now, minutes);
}

export function dateInDays(days: number, now: Date = NOW): string {
  return daysAfter(now, days);
}

export function actionItem(overrides: Partial<ActionItem> = {}): ActionItem {
  return actionItemFor(NOW, {
    id: 'a1',
    title: 'Add contract tests for saved-card payments',
    ownerAccountId: 'acc-bob',
    ownerDisplayName: 'Bob Marsh',
    description: 'Cover token placement for every card-vault call.',
    ...overrides,
  });
}

export function timelineEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return userEvent(NOW, { id: 'e1', ...overrides });
}

export function why(id: string, question: string, answer: string): Why {
  return { id, question, answer };
}

/** Every stage before follow-through is complete. */
export function workedDocument(overrides: Partial<PostmortemDocument> = {}): PostmortemDocument {
  const base = emptyDocument({ key: 'QA-42', created: isoMinutesAgo(580), components: ['Payments'] }, NOW);
  return {
    ...base,
    revision: 3,
    updatedBy: 'acc-ada',
    gather: {
      ...base.gather,
      severity: 'sev2',
      usersAffected: 1200,
      customersAffected: null,
      impactSummary: 'Saved-card checkouts failed for two hours.',
      startedAt: isoMinutesAgo(600),
      detectedAt: isoMinutesAgo(580),
      mitigatedAt: isoMinutesAgo(480),
      resolvedAt: isoMinutesAgo(410),
      affectedJourneys: ['Checkout with a saved card'],
      evidence: [{ label: 'Payments dashboard', url: 'https://grafana.example.com/d/payments', kind: 'dashboard' }],
      suspectedChanges: [{ kind: 'fix-version', ref: '4.2', note: 'Card vault SDK upgrade' }],
    },
    timeline: { events: [timelineEvent()], dismissedSourceIds: [] },
    rootCause: {
      whys: [
        why('w1', 'Why did the incident happen?', 'The card vault rejected tokens'),
        why('w2', 'Why did the card vault reject tokens?', 'The SDK upgrade moved the token field'),
      ],
      contributingFactors: ['No contract test for saved cards'],
      category: 'test-gap',
    },
    probes: {
      testCoverage: { answer: 'no', notes: 'Saved cards were not in the regression suite.', evidence: [] },
      riskAssessment: { answer: 'partly', notes: '', evidence: [] },
      processEffectiveness: { answer: 'unknown', notes: '', evidence: [], uatPassRates: [{ release: '4.2', passRate: 97.5 }] },
      defectTrends: { answer: 'yes', notes: '', evidence: [] },
    },
    actionItems: [actionItem()],
    ...overrides,
  };
}
