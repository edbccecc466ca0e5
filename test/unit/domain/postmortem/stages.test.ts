import { checkBlameless, firstIncompleteStage, stageCompleteness, STAGE_IDS, type PostmortemDocument } from '../../../../src/domain/postmortem';
import { actionItem, dateInDays, TODAY, timelineEvent, why, workedDocument } from './postmortem-builders';

/** The stage's missing items, the review judged with the blameless check's findings for `knownPeople`. */
const missing = (doc: PostmortemDocument, stage: (typeof STAGE_IDS)[number], knownPeople: string[] = []) =>
  stageCompleteness(doc, TODAY, checkBlameless(doc, knownPeople))[stage].missing;

describe('stageCompleteness', () => {
  it('reports every stage before follow-through complete for a worked document', () => {
    const result = stageCompleteness(workedDocument(), TODAY);
    expect(Object.keys(result)).toEqual([...STAGE_IDS]);
    for (const id of STAGE_IDS.filter((s) => s !== 'follow-through')) expect(result[id]).toEqual({ complete: true, missing: [] });
    expect(result['follow-through']).toEqual({ complete: false, missing: ['Action item 1 has no Jira task yet'] });
  });

  describe('gather', () => {
    it('names each missing fact', () => {
      const doc = workedDocument();
      doc.gather = {
        ...doc.gather,
        severity: null,
        usersAffected: null,
        customersAffected: null,
        impactSummary: '  ',
        detectedAt: null,
        mitigatedAt: null,
        resolvedAt: null,
        affectedJourneys: [' '],
        affectedComponents: [],
      };
      expect(missing(doc, 'gather')).toEqual([
        'Severity is not set',
        'Impact is not described (users or customers affected, or an impact summary)',
        'Detection time is not set',
        'Neither the mitigation nor the resolution time is set',
        'No affected user journey or component is named',
      ]);
    });

    it('accepts a mitigation time instead of a resolution time, a component instead of a journey, a count or a summary as impact', () => {
      const doc = workedDocument();
      doc.gather = { ...doc.gather, resolvedAt: null, affectedJourneys: [], affectedComponents: ['Payments'], usersAffected: null, customersAffected: 0, impactSummary: '' };
      expect(missing(doc, 'gather')).toEqual([]);
      doc.gather = { ...doc.gather, customersAffected: null, impactSummary: 'Checkout unavailable for EU' };
      expect(missing(doc, 'gather')).toEqual([]);
    });

    it('reports times in the wrong order', () => {
      const doc = workedDocument();
      const { startedAt, detectedAt, mitigatedAt, resolvedAt } = doc.gather;
      doc.gather = { ...doc.gather, startedAt: detectedAt, detectedAt: startedAt, mitigatedAt: resolvedAt, resolvedAt: mitigatedAt };
      expect(missing(doc, 'gather')).toEqual(['Detection time is before the start time', 'Resolution time is before the mitigation time']);
    });
  });

  describe('timeline', () => {
    it('needs at least one key event', () => {
      const doc = workedDocument();
      doc.timeline.events = [timelineEvent({ key: false })];
      expect(missing(doc, 'timeline')).toEqual(['No event is marked as a key event']);
      doc.timeline.events = [];
      expect(missing(doc, 'timeline')).toEqual(['The timeline has no events']);
    });
  });

  describe('root cause', () => {
    it('needs an answered chain and a category', () => {
      const doc = workedDocument();
      doc.rootCause = { ...doc.rootCause, whys: [why('w1', 'Why?', 'Because'), why('w2', ' ', '')], category: null };
      expect(missing(doc, 'root-cause')).toEqual(['Why 2 has no question', 'Why 2 has no answer', 'Root-cause category is not set']);
      doc.rootCause.whys = [];
      expect(missing(doc, 'root-cause')).toEqual(['No why has been asked yet', 'Root-cause category is not set']);
    });

    it('is complete with a single answered why', () => {
      const doc = workedDocument();
      doc.rootCause.whys = [why('w1', 'Why did the incident happen?', 'An expired certificate')];
      expect(missing(doc, 'root-cause')).toEqual([]);
    });
  });

  describe('probes', () => {
    it('needs all four answered; "unknown" counts as an answer', () => {
      const doc = workedDocument();
      doc.probes.riskAssessment.answer = null;
      doc.probes.defectTrends.answer = null;
      expect(missing(doc, 'probes')).toEqual(['"Risk assessment" is not answered', '"Defect trends" is not answered']);
    });
  });

  describe('actions', () => {
    it('needs at least one item', () => {
      expect(missing(workedDocument({ actionItems: [] }), 'actions')).toEqual(['No action items yet']);
    });

    it('names the item and what it lacks', () => {
      const doc = workedDocument({
        actionItems: [actionItem(), actionItem({ id: 'a2', title: ' ', type: null, ownerAccountId: null, dueDate: null })],
      });
      expect(missing(doc, 'actions')).toEqual([
        'Action item 2 has no title',
        'Action item 2 has no type',
        'Action item 2 has no owner',
        'Action item 2 has no due date',
      ]);
    });

    it('refuses a due date before today unless the task already exists', () => {
      const yesterday = dateInDays(-1);
      const doc = workedDocument({ actionItems: [actionItem({ dueDate: yesterday }), actionItem({ id: 'a2', dueDate: yesterday, taskKey: 'QA-60' })] });
      expect(missing(doc, 'actions')).toEqual([`Action item 1 is due in the past (${yesterday})`]);
      doc.actionItems[0].dueDate = TODAY;
      expect(missing(doc, 'actions')).toEqual([]);
    });
  });

  describe('review', () => {
    it('is incomplete while a blameless finding is neither fixed nor dismissed', () => {
      const doc = workedDocument();
      doc.rootCause.contributingFactors = ['Bob forgot to run the contract tests'];
      expect(missing(doc, 'review', ['Bob Marsh'])).toEqual(['1 blameless-language finding is not resolved or dismissed']);
    });
  });

  describe('follow-through', () => {
    it('needs a task for every item and every fix-validation task done', () => {
      const doc = workedDocument({
        actionItems: [
          actionItem({ taskKey: 'QA-60', taskStatusCategory: 'indeterminate' }),
          actionItem({ id: 'a2', type: 'fix-validation', taskKey: 'QA-61', taskStatus: 'In Progress', taskStatusCategory: 'indeterminate' }),
          actionItem({ id: 'a3' }),
        ],
      });
      expect(missing(doc, 'follow-through')).toEqual(['Fix validation QA-61 (action item 2) is not done', 'Action item 3 has no Jira task yet']);
      doc.actionItems[1].taskStatusCategory = 'done';
      doc.actionItems[2].taskKey = 'QA-62';
      expect(missing(doc, 'follow-through')).toEqual([]);
    });

    it('is not complete without action items', () => {
      expect(missing(workedDocument({ actionItems: [] }), 'follow-through')).toEqual(['No action items yet']);
    });
  });
});

describe('firstIncompleteStage', () => {
  it('is the first stage in order that is not complete, or null', () => {
    const doc = workedDocument();
    doc.probes.testCoverage.answer = null;
    doc.gather.severity = null;
    expect(firstIncompleteStage(stageCompleteness(doc, TODAY))).toBe('gather');
    const done = workedDocument({ actionItems: [actionItem({ taskKey: 'QA-60' })] });
    expect(firstIncompleteStage(stageCompleteness(done, TODAY))).toBeNull();
  });
});
