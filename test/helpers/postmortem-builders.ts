/**
 * Post-mortem documents and their parts for the domain, service and integration tests: the empty
 * document the app starts from, a worked one that passes the completion check (every stage to review
 * done, owners and due dates set, no blaming language), action items and timeline events with Partial
 * overrides, and documents too large for one issue property. Every date derives from `now`, so none
 * goes stale.
 */
import { emptyDocument, PROPERTY_VALUE_MAX_BYTES, type ActionItem, type PostmortemDocument, type TimelineEvent } from '../../src/domain/postmortem';

const MINUTE = 60_000;

export function minutesBefore(now: Date, minutes: number): string {
  return new Date(now.getTime() - minutes * MINUTE).toISOString();
}

export function daysAfter(now: Date, days: number): string {
  return new Date(now.getTime() + days * 24 * 60 * MINUTE).toISOString().slice(0, 10);
}

export function actionItemFor(now: Date, overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'action-1',
    title: 'Add saved-card scenarios to the checkout regression suite',
    type: 'test-design-enhancement',
    ownerAccountId: '712020:bob-0002',
    ownerDisplayName: 'Bob Martins',
    dueDate: daysAfter(now, 28),
    priority: 'High',
    description: 'Cover token refresh for every card scheme.',
    ...overrides,
  };
}

export function userEvent(now: Date, overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'event-1',
    at: minutesBefore(now, 600),
    kind: 'custom',
    text: 'Checkout errors start',
    source: 'user',
    key: true,
    edited: false,
    ...overrides,
  };
}

export function blankDocument(now: Date, key = 'QA-1'): PostmortemDocument {
  return emptyDocument({ key, created: minutesBefore(now, 580), components: ['Payments'] }, now);
}

/** A post-mortem whose stages up to review are complete; `revision` as stored. */
export function workedDocument(now: Date, overrides: Partial<PostmortemDocument> = {}): PostmortemDocument {
  const base = blankDocument(now);
  return {
    ...base,
    gather: {
      ...base.gather,
      severity: 'sev2',
      usersAffected: 1200,
      impactSummary: 'Saved-card checkouts failed for two hours.',
      startedAt: minutesBefore(now, 600),
      detectedAt: minutesBefore(now, 580),
      mitigatedAt: minutesBefore(now, 480),
      resolvedAt: minutesBefore(now, 410),
      affectedJourneys: ['Checkout with a saved card'],
      evidence: [{ label: 'Payments dashboard', url: 'https://grafana.example.com/d/payments', kind: 'dashboard' }],
    },
    timeline: { events: [userEvent(now)], dismissedSourceIds: [] },
    rootCause: {
      whys: [
        { id: 'why-1', question: 'Why did checkouts fail?', answer: 'The card vault rejected the tokens.' },
        { id: 'why-2', question: 'Why were the tokens rejected?', answer: 'The SDK upgrade moved the token field.' },
      ],
      contributingFactors: ['No contract test for saved cards'],
      category: 'test-gap',
    },
    probes: {
      testCoverage: { answer: 'no', notes: 'Saved cards were not in the regression suite.', evidence: [] },
      riskAssessment: { answer: 'partly', notes: '', evidence: [] },
      processEffectiveness: { answer: 'unknown', notes: '', evidence: [] },
      defectTrends: { answer: 'yes', notes: '', evidence: [] },
    },
    actionItems: [actionItemFor(now)],
    ...overrides,
  };
}

/** A timeline of `count` user events with long texts, to push a document over the property limit. */
export function longTimeline(now: Date, count: number, textLength = 400): TimelineEvent[] {
  return Array.from({ length: count }, (_, i) => userEvent(now, {
    id: `long-${i}`,
    at: minutesBefore(now, 2000 - i),
    text: `Event ${i}: ${'the dashboard showed the error rate climbing '.repeat(Math.ceil(textLength / 44)).slice(0, textLength)}`,
    key: i === 0,
  }));
}

/**
 * `document` with as many long user events as make it just too large for one property (by about
 * 1,000 characters), while its timeline alone still fits: the case the overflow property is for.
 */
export function withOverflowingTimeline(now: Date, document: PostmortemDocument): PostmortemDocument {
  const events: TimelineEvent[] = [];
  const size = () => JSON.stringify({ ...document, timeline: { ...document.timeline, events } }).length;
  while (size() <= PROPERTY_VALUE_MAX_BYTES + 1000) events.push(...longTimeline(now, 1, 400).map((e) => ({ ...e, id: `long-${events.length}`, at: minutesBefore(now, 2000 - events.length) })));
  return { ...document, timeline: { ...document.timeline, events } };
}
