import Ajv from 'ajv';
import fc from 'fast-check';
import adfSchema from '@atlaskit/adf-schema/dist/json-schema/v1/full.json';
import {
  adfToPlainText,
  buildCompletionSummary,
  checkBlameless,
  completionCheck,
  emptyDocument,
  indexSummaryDiffers,
  isCompletionSummaryOf,
  openActionCount,
  summarizeForIndex,
  withIndexSummary,
  type AdfDocument,
} from '../../../../src/domain/postmortem';
import { actionItem, dateInDays, NOW, TODAY, timelineEvent, workedDocument } from './postmortem-builders';

describe('summarizeForIndex', () => {
  it('is a draft at the gather stage when nothing is complete', () => {
    expect(summarizeForIndex(emptyDocument({ key: 'QA-42' }, NOW), TODAY)).toEqual({
      status: 'draft', stage: 'gather', openActions: 0, overdueActions: 0, doneActions: 0, fixValidation: 'none',
    });
  });

  it('is in progress at the first incomplete stage once a content stage is complete', () => {
    const doc = workedDocument();
    doc.probes.riskAssessment.answer = null;
    doc.timeline.events = [];
    expect(summarizeForIndex(doc, TODAY)).toEqual({
      status: 'in-progress', stage: 'timeline', openActions: 1, overdueActions: 0, doneActions: 0, fixValidation: 'none', rootCauseCategory: 'test-gap',
    });
  });

  it('stops at review when a blameless finding is open, and stays at review when everything is ready', () => {
    const ready = workedDocument();
    expect(summarizeForIndex(ready, TODAY).stage).toBe('review');
    ready.gather.impactSummary = 'Human error.';
    expect(summarizeForIndex(ready, TODAY).stage).toBe('review');
  });

  it('is complete at follow-through once completed, counting action items whose task is not done', () => {
    const doc = workedDocument({
      actionItems: [
        actionItem({ taskKey: 'QA-60', taskStatusCategory: 'done' }),
        actionItem({ id: 'a2', taskKey: 'QA-61', taskStatusCategory: 'indeterminate' }),
        actionItem({ id: 'a3' }),
      ],
    });
    doc.review.completedAt = NOW.toISOString();
    expect(summarizeForIndex(doc, TODAY)).toEqual({
      status: 'complete', stage: 'follow-through', openActions: 2, overdueActions: 0, doneActions: 1, fixValidation: 'none', rootCauseCategory: 'test-gap',
    });
    expect(openActionCount(doc.actionItems)).toBe(2);
  });

  it('counts overdue actions (open, due before today; the task\'s due date once seen) and done ones', () => {
    const doc = workedDocument({
      actionItems: [
        actionItem({ id: 'late', taskKey: 'QA-60', taskStatusCategory: 'indeterminate', dueDate: dateInDays(-3) }),
        actionItem({ id: 'late-but-done', taskKey: 'QA-61', taskStatusCategory: 'done', dueDate: dateInDays(-3) }),
        actionItem({ id: 'due-today', taskKey: 'QA-62', taskStatusCategory: 'new', dueDate: TODAY }),
        actionItem({ id: 'moved-later', taskKey: 'QA-63', taskStatusCategory: 'new', dueDate: dateInDays(-5), taskDueDate: dateInDays(5) }),
        actionItem({ id: 'moved-earlier', taskKey: 'QA-64', taskStatusCategory: 'new', dueDate: dateInDays(5), taskDueDate: dateInDays(-1) }),
        actionItem({ id: 'date-removed', taskKey: 'QA-65', taskStatusCategory: 'new', dueDate: dateInDays(-5), taskDueDate: null }),
        actionItem({ id: 'no-task-yet', dueDate: dateInDays(-1) }),
      ],
    });
    expect(summarizeForIndex(doc, TODAY)).toMatchObject({ openActions: 6, overdueActions: 3, doneActions: 1 });
    expect(summarizeForIndex(doc, dateInDays(10))).toMatchObject({ overdueActions: 5, doneActions: 1 });
  });

  it('says whether the fix-validation items are all done: none, open or done', () => {
    const fix = (id: string, taskStatusCategory?: 'new' | 'done') => actionItem({
      id, type: 'fix-validation', ...(taskStatusCategory ? { taskKey: `QA-${id}`, taskStatusCategory } : {}),
    });
    const withItems = (...actionItems: ReturnType<typeof actionItem>[]) => summarizeForIndex(workedDocument({ actionItems }), TODAY).fixValidation;
    expect(withItems(actionItem({ taskKey: 'QA-9', taskStatusCategory: 'new' }))).toBe('none');
    expect(withItems(fix('1', 'done'), fix('2', 'new'))).toBe('open');
    expect(withItems(fix('1', 'done'), fix('2'))).toBe('open');
    expect(withItems(fix('1', 'done'), fix('2', 'done'), actionItem({ id: 'other' }))).toBe('done');
  });

  it('indexSummaryDiffers tells when the stored index fields no longer match the content on a day', () => {
    const doc = withIndexSummary(workedDocument({ actionItems: [actionItem({ taskKey: 'QA-60', taskStatusCategory: 'new', dueDate: dateInDays(2) })] }), TODAY);
    expect(indexSummaryDiffers(doc, TODAY)).toBe(false);
    expect(indexSummaryDiffers(doc, dateInDays(3))).toBe(true);
    const { overdueActions: _saved, ...olderDocument } = doc;
    expect(indexSummaryDiffers(olderDocument, TODAY)).toBe(true);
  });

  it('judges due dates against the day of the last save by default', () => {
    const doc = workedDocument({ actionItems: [actionItem({ dueDate: dateInDays(1) })] });
    doc.updatedAt = new Date(NOW.getTime() + 3 * 86_400_000).toISOString();
    expect(summarizeForIndex(doc).stage).toBe('actions');
    expect(summarizeForIndex(doc, TODAY).stage).toBe('review');
  });

  it('withIndexSummary writes the fields into the document and drops a stale category', () => {
    const doc = { ...workedDocument(), rootCauseCategory: 'third-party' as const };
    doc.rootCause.category = null;
    const updated = withIndexSummary(doc, TODAY);
    expect(updated).toMatchObject({ status: 'in-progress', stage: 'root-cause', openActions: 1 });
    expect('rootCauseCategory' in updated).toBe(false);
  });
});

describe('completionCheck', () => {
  it('passes a worked document', () => {
    expect(completionCheck(workedDocument(), TODAY)).toEqual({ ok: true, problems: [] });
  });

  it('lists every problem by stage', () => {
    const doc = workedDocument({
      actionItems: [actionItem({ ownerAccountId: null }), actionItem({ id: 'a2', dueDate: dateInDays(-2) })],
    });
    doc.gather.severity = null;
    doc.timeline.events = [timelineEvent({ key: false })];
    doc.rootCause.contributingFactors = ['Bob forgot to run the contract tests'];
    expect(completionCheck(doc, TODAY, checkBlameless(doc, ['Bob Marsh']))).toEqual({
      ok: false,
      problems: [
        'Gather: Severity is not set',
        'Timeline: No event is marked as a key event',
        'Action items: Action item 1 has no owner',
        `Action items: Action item 2 is due in the past (${dateInDays(-2)})`,
        'Review: 1 blameless-language finding is not resolved or dismissed',
      ],
    });
  });

  it('accepts a blameless finding once it is dismissed with a reason', () => {
    const doc = workedDocument();
    // (A quoted report, 'The vendor report says "human error"', is not a finding at all.)
    doc.rootCause.contributingFactors = ['Human error on the vendor side.'];
    expect(completionCheck(doc, TODAY, checkBlameless(doc, [])).problems).toEqual(['Review: 1 blameless-language finding is not resolved or dismissed']);
    const [finding] = checkBlameless(doc, []);
    doc.review.dismissedFindings = [{ findingId: finding.id, reason: 'Quoted from the vendor report' }];
    expect(completionCheck(doc, TODAY, checkBlameless(doc, []))).toEqual({ ok: true, problems: [] });
  });

  it('does not complete twice and does not require follow-through', () => {
    const doc = workedDocument();
    expect(doc.actionItems[0].taskKey).toBeUndefined();
    doc.review.completedAt = NOW.toISOString();
    expect(completionCheck(doc, TODAY).problems).toEqual(['The post-mortem is already complete']);
  });
});

describe('buildCompletionSummary', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const { $schema: _draft04, ...schema } = adfSchema as Record<string, unknown>;
  const validAdf = ajv.compile(schema);

  const textOf = (node: unknown): string => {
    if (typeof node !== 'object' || node === null) return '';
    const n = node as { type?: string; text?: string; attrs?: { text?: string; url?: string }; content?: unknown[] };
    const own = n.type === 'text' ? (n.text ?? '') : n.type === 'mention' ? (n.attrs?.text ?? '') : n.type === 'inlineCard' ? `[${n.attrs?.url}]` : '';
    const children = (n.content ?? []).map(textOf).join(n.type === 'doc' || n.type === 'bulletList' ? '\n' : '');
    return own + children;
  };

  function summary() {
    const doc = workedDocument({
      actionItems: [
        actionItem({ taskKey: 'QA-60' }),
        actionItem({ id: 'a2', title: 'Watch card-vault error rate', type: 'metric-monitoring', ownerAccountId: 'acc-carol', ownerDisplayName: undefined, dueDate: dateInDays(56), priority: 'Medium' }),
      ],
    });
    doc.review = { dismissedFindings: [], completedAt: NOW.toISOString(), completedBy: 'acc-ada' };
    doc.probes.testCoverage.evidence = [{ label: 'Regression suite report', url: 'https://ci.example.com/suites/regression/412', kind: 'other' }];
    return buildCompletionSummary(doc, { key: 'QA-42', summary: 'Checkout fails for saved cards', siteUrl: 'https://example.atlassian.net/' });
  }

  it('is a valid ADF document', () => {
    const adf: AdfDocument = summary();
    expect(validAdf(adf)).toBe(true);
    expect(validAdf.errors ?? null).toBeNull();
  });

  it('states the impact, durations, root cause, probes and action items', () => {
    const text = textOf(summary());
    expect(text).toContain('QA post-mortem complete: QA-42 Checkout fails for saved cards');
    expect(text).toContain('Severity: SEV2 (major). Users affected: 1,200. Time to detect: 20 min. Time to resolve: 3 h 10 min. '
      + 'Affected journeys: Checkout with a saved card. Affected components: Payments.');
    expect(text).toContain('Evidence:\nPayments dashboard (Dashboard)');
    // The 5 Whys as asked and answered, in order.
    expect(text).toContain('5 Whys:\nWhy did the incident happen? The card vault rejected tokensWhy did the card vault reject tokens? The SDK upgrade moved the token field');
    expect(text).toContain('Saved cards were not in the regression suite.Regression suite report (Other)');
    expect(text).toContain('Test gap. The SDK upgrade moved the token field');
    expect(text).toContain('No contract test for saved cards');
    expect(text).toContain('Test coverage gaps: No. Saved cards were not in the regression suite.');
    expect(text).toContain('Process effectiveness: Unknown');
    expect(text).toContain(`[https://example.atlassian.net/browse/QA-60] Add contract tests for saved-card payments (Test design enhancement), owner @Bob Marsh, due ${dateInDays(28)}, priority High`);
    expect(text).toContain(`Watch card-vault error rate (Metric monitoring), owner , due ${dateInDays(56)}, priority Medium`);
    expect(text).toContain(`Completed by  on ${TODAY}.`);
  });

  it('gives the kept defect figures against the targets of then, and the UAT pass rates, under their probes', () => {
    const doc = workedDocument();
    doc.probes.defectTrends.computed = {
      computedAt: '2026-11-20T09:30:00.000Z',
      linkedDefectKeys: ['QA-7'],
      rows: [
        { scope: 'Payments, releases 1.4–1.6', defects: 12400, escaped: 1240, leakageRate: 10, resolved: 11, reopened: 1, reopenRate: 9.1 },
        { scope: 'Payments, release 1.4', defects: 0, escaped: 0, leakageRate: null, resolved: 0, reopened: 0, reopenRate: null },
      ],
      targets: { leakageRate: 10, reopenRate: 5 },
    };
    doc.probes.processEffectiveness.uatPassRates = [{ release: '1.5', passRate: 84.6 }, { release: '1.6', passRate: 66.7 }];
    const adf = buildCompletionSummary(doc, { key: 'QA-42', summary: 'Checkout fails', siteUrl: 'https://example.atlassian.net/' });
    expect(validAdf(adf)).toBe(true);
    const text = textOf(adf);
    // At the target is within it; a rate without a denominator is no data, and neither.
    expect(text).toContain('Defect figures, computed 2026-11-20:Payments, releases 1.4–1.6: leakage 10% (1,240 escaped of 12,400 defects, target 10%, within it); '
      + 'reopen 9.1% (1 reopened of 11 resolved, target 5%, over it).\n'
      + 'Payments, release 1.4: leakage no data (0 escaped of 0 defects, target 10%); reopen no data (0 reopened of 0 resolved, target 5%).');
    expect(text).toContain('UAT pass rate by release: 1.5 84.6%, 1.6 66.7%.');
    // A target is printed as set: 2.3 % is over a target of 2.25 %.
    doc.probes.defectTrends.computed.targets = { leakageRate: 9.95, reopenRate: 2.25 };
    doc.probes.defectTrends.computed.rows[0] = { ...doc.probes.defectTrends.computed.rows[0], reopenRate: 2.3 };
    expect(textOf(buildCompletionSummary(doc, { key: 'QA-42', summary: 'Checkout fails' }))).toContain('target 9.95%, over it); reopen 2.3% (1 reopened of 11 resolved, target 2.25%, over it).');
    // Figures kept before targets were kept with them: the rates alone.
    delete doc.probes.defectTrends.computed.targets;
    expect(textOf(buildCompletionSummary(doc, { key: 'QA-42', summary: 'Checkout fails' }))).toContain('leakage 10% (1,240 escaped of 12,400 defects); ');
  });

  it('links each evidence to its URL', () => {
    const links: string[] = [];
    const walk = (node: unknown) => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as { marks?: { type: string; attrs?: { href?: string } }[]; content?: unknown[] };
      for (const mark of n.marks ?? []) if (mark.type === 'link' && mark.attrs?.href) links.push(mark.attrs.href);
      (n.content ?? []).forEach(walk);
    };
    walk(summary());
    expect(links).toEqual(['https://grafana.example.com/d/payments', 'https://ci.example.com/suites/regression/412']);
  });

  it('mentions owners and the person who completed it by account id', () => {
    const mentions: string[] = [];
    const walk = (node: unknown) => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as { type?: string; attrs?: { id?: string }; content?: unknown[] };
      if (n.type === 'mention' && n.attrs?.id) mentions.push(n.attrs.id);
      (n.content ?? []).forEach(walk);
    };
    walk(summary());
    expect(mentions).toEqual(['acc-bob', 'acc-carol', 'acc-ada']);
  });

  it('names tasks in bold when the site URL is unknown, and copes with an almost empty post-mortem', () => {
    const doc = workedDocument({ actionItems: [actionItem({ taskKey: 'QA-60' })] });
    const adf = buildCompletionSummary(doc, { key: 'QA-42' });
    expect(validAdf(adf)).toBe(true);
    expect(JSON.stringify(adf)).toContain('{"type":"text","text":"QA-60","marks":[{"type":"strong"}]}');
    const bare = buildCompletionSummary(emptyDocument({ key: 'QA-42' }, NOW), { key: 'QA-42' });
    expect(validAdf(bare)).toBe(true);
    expect(textOf(bare)).toContain('Action items\nNone.');
  });
});

describe('buildCompletionSummary within Jira\'s rich-text limit', () => {
  const LIMIT = 32_767;
  const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');

  it('shortens long texts and cuts long lists, saying how many it leaves out, when the whole would not fit', () => {
    const doc = workedDocument({
      actionItems: Array.from({ length: 120 }, (_, i) => actionItem({ id: `a${i}`, title: `Action ${i} ${words(40, 'cover')}`, taskKey: `QA-${100 + i}` })),
    });
    doc.rootCause.contributingFactors = Array.from({ length: 60 }, (_, i) => `Factor ${i}: ${words(300, 'drift')}`);
    doc.timeline.events = Array.from({ length: 150 }, (_, i) => timelineEvent({ id: `e${i}`, key: true, text: `Event ${i} ${words(100, 'alert')}` }));
    doc.gather.impactSummary = words(3000, 'impact');
    const adf = buildCompletionSummary(doc, { key: 'QA-42', summary: 'Checkout fails for saved cards', siteUrl: 'https://example.atlassian.net' });
    expect(JSON.stringify(adf).length).toBeLessThanOrEqual(LIMIT);
    const text = adfToPlainText(adf);
    expect(text).toContain('QA post-mortem complete: QA-42 Checkout fails for saved cards');
    expect(text).toMatch(/…and \d+ more action items \(the QA post-mortem panel on this incident has them all\)\./);
    expect(text).toMatch(/…and \d+ more key events/);
    expect(text).toContain('…');
    expect(isCompletionSummaryOf(adf, 'QA-42')).toBe(true);
  });

  it('keeps everything when it fits', () => {
    const text = adfToPlainText(buildCompletionSummary(workedDocument(), { key: 'QA-42' }));
    expect(text).not.toContain('…and');
  });

  it('fits, as valid ADF, whatever the sizes of its texts and lists', () => {
    const ajv = new Ajv({ strict: false });
    const { $schema: _draft04, ...schema } = adfSchema as Record<string, unknown>;
    const validAdf = ajv.compile(schema);
    fc.assert(fc.property(
      fc.nat({ max: 200 }), fc.nat({ max: 80 }), fc.nat({ max: 200 }), fc.nat({ max: 6000 }), fc.string({ unit: 'grapheme', maxLength: 50 }),
      (items, factors, events, textLength, sample) => {
        const long = (sample || 'x').repeat(Math.ceil(textLength / Math.max(1, sample.length)));
        const doc = workedDocument({ actionItems: Array.from({ length: items }, (_, i) => actionItem({ id: `a${i}`, title: long, taskKey: `QA-${i + 1}` })) });
        doc.rootCause.contributingFactors = Array.from({ length: factors }, () => long);
        doc.timeline.events = Array.from({ length: events }, (_, i) => timelineEvent({ id: `e${i}`, key: true, text: long }));
        doc.probes.testCoverage.notes = long;
        const adf = buildCompletionSummary(doc, { key: 'QA-42', summary: long.slice(0, 255) });
        return JSON.stringify(adf).length <= LIMIT && validAdf(adf) === true;
      },
    ), { numRuns: 60 });
  });
});
