import {
  ACTION_ITEM_TYPE_LABELS,
  emptyDocument,
  migrateDocument,
  PostmortemDocumentError,
  PostmortemDocumentSchema,
  SCHEMA_VERSION,
} from '../../../../src/domain/postmortem';
import { NOW, isoMinutesAgo, workedDocument } from './postmortem-builders';

describe('emptyDocument', () => {
  it('is a valid schema-1 draft at the gather stage, pre-filled from the incident', () => {
    const doc = emptyDocument({ key: 'QA-42', created: '2025-06-01T08:15:00.000+0000', components: ['Payments', 'Cart'] }, NOW);
    expect(PostmortemDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc).toMatchObject({ schemaVersion: 1, revision: 0, status: 'draft', stage: 'gather', openActions: 0, updatedAt: NOW.toISOString() });
    expect(doc.rootCauseCategory).toBeUndefined();
    expect(doc.gather.detectedAt).toBe('2025-06-01T08:15:00.000Z');
    expect(doc.gather.affectedComponents).toEqual(['Payments', 'Cart']);
    expect(doc.timeline).toEqual({ events: [], dismissedSourceIds: [] });
    expect(doc.probes.defectTrends).toEqual({ answer: null, notes: '', evidence: [] });
  });

  it('leaves the detection time empty when the incident has no creation time', () => {
    expect(emptyDocument({ key: 'QA-1' }, NOW).gather.detectedAt).toBeNull();
  });
});

describe('PostmortemDocumentSchema', () => {
  const issuesOf = (value: unknown) => {
    const result = PostmortemDocumentSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a worked document', () => {
    expect(issuesOf(workedDocument())).toEqual([]);
  });

  it('refuses evidence links that are not http(s)', () => {
    const doc = workedDocument();
    doc.gather.evidence = [{ label: 'x', url: 'javascript:alert(1)', kind: 'log' }];
    expect(issuesOf(doc)).toEqual(['gather.evidence.0.url: Evidence must be an http(s) link']);
  });

  it('refuses times with an offset (times are stored in UTC) and impossible dates', () => {
    const doc = workedDocument();
    doc.gather.startedAt = '2025-06-01T10:00:00+02:00';
    doc.actionItems[0].dueDate = '2025-02-30';
    expect(issuesOf(doc).map((i) => i.split(':')[0])).toEqual(['gather.startedAt', 'actionItems.0.dueDate']);
  });

  it('refuses duplicate ids in events, whys and action items', () => {
    const doc = workedDocument();
    doc.rootCause.whys[1].id = 'w1';
    doc.actionItems.push({ ...doc.actionItems[0] });
    expect(issuesOf(doc)).toEqual(['rootCause.whys: Duplicate id "w1"', 'actionItems: Duplicate id "a1"']);
  });

  it('refuses a dismissed finding without a reason', () => {
    const doc = workedDocument();
    doc.review.dismissedFindings = [{ findingId: 'blameless-1', reason: '   ' }];
    expect(issuesOf(doc)).toEqual(['review.dismissedFindings.0.reason: The reason for dismissing a finding must not be empty']);
  });

  it('refuses values outside the closed sets', () => {
    const doc = workedDocument() as unknown as Record<string, Record<string, unknown>>;
    doc.rootCause.category = 'bad-luck';
    doc.gather.severity = 'sev9';
    expect(issuesOf(doc).map((i) => i.split(':')[0])).toEqual(['gather.severity', 'rootCause.category']);
  });
});

/** What the first version of the app stored: no schemaVersion, whys as plain answers, older field names. */
function v0Fixture() {
  return {
    revision: 7,
    updatedAt: '2025-05-02T10:00:00.000+0000',
    updatedBy: 'acc-ada',
    status: 'in-progress',
    gather: { severity: 'sev1', usersAffected: 300, detectedAt: '2025-05-01T09:00:00.000+0000', resolvedAt: '2025-05-01T11:30:00.000+0000', affectedJourneys: ['Login'] },
    timeline: {
      events: [
        { id: 'e1', at: '2025-05-01T09:00:00.000+0000', kind: 'status', text: 'Incident created', sourceId: 'created:10001' },
        { at: '2025-05-01T09:20:00.000Z', text: 'Rollback started' },
      ],
    },
    rootCause: { whys: ['The session cache expired early.', 'TTL config was copied from staging'], category: 'environment-gap' },
    probes: { testCoverage: { answer: 'no', notes: 'No soak test' } },
    actionItems: [{ id: 'a1', title: 'Add a soak test', type: 'Fix validation', owner: 'acc-bob', dueDate: '2025-06-01', priority: 'High' }],
  };
}

describe('migrateDocument', () => {
  it('upgrades a v0 document (no schemaVersion, whys as strings) to the current schema', () => {
    const doc = migrateDocument(v0Fixture());
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(doc.revision).toBe(7);
    expect(doc.updatedAt).toBe('2025-05-02T10:00:00.000Z');
    expect(doc.rootCause.whys).toEqual([
      { id: 'why-1', question: 'Why did the incident happen?', answer: 'The session cache expired early.' },
      { id: 'why-2', question: 'What caused “The session cache expired early”?', answer: 'TTL config was copied from staging' },
    ]);
    expect(doc.gather).toMatchObject({ severity: 'sev1', usersAffected: 300, customersAffected: null, detectedAt: '2025-05-01T09:00:00.000Z', startedAt: null, evidence: [] });
    expect(doc.timeline.events).toEqual([
      { id: 'e1', at: '2025-05-01T09:00:00.000Z', kind: 'status', text: 'Incident created', sourceId: 'created:10001', source: 'jira', key: false, edited: false },
      { id: 'event-2', at: '2025-05-01T09:20:00.000Z', kind: 'custom', text: 'Rollback started', source: 'user', key: false, edited: false },
    ]);
    expect(doc.timeline.dismissedSourceIds).toEqual([]);
    expect(doc.actionItems[0]).toEqual({
      id: 'a1',
      title: 'Add a soak test',
      type: 'fix-validation',
      ownerAccountId: 'acc-bob',
      dueDate: '2025-06-01',
      priority: 'High',
      description: '',
    });
    expect(doc.probes.riskAssessment).toEqual({ answer: null, notes: '', evidence: [] });
    expect(doc.review).toEqual({ dismissedFindings: [] });
  });

  it('recomputes the index fields of an upgraded document from its content', () => {
    const doc = migrateDocument(v0Fixture());
    // Gather is complete (severity, impact, detected, resolved, a journey), so the next stage is the timeline.
    expect(doc).toMatchObject({ status: 'in-progress', stage: 'timeline', openActions: 1, rootCauseCategory: 'environment-gap' });
  });

  it('maps an unknown v0 action-item type label to "other" and keeps known ids', () => {
    const raw = v0Fixture();
    raw.actionItems.push({ ...raw.actionItems[0], id: 'a2', type: 'Chaos drill' }, { ...raw.actionItems[0], id: 'a3', type: 'metric-monitoring' });
    const types = migrateDocument(raw).actionItems.map((a) => a.type);
    expect(types).toEqual(['fix-validation', 'other', 'metric-monitoring']);
    expect(ACTION_ITEM_TYPE_LABELS['fix-validation']).toBe('Fix validation');
  });

  it('returns a current document unchanged', () => {
    const doc = workedDocument();
    expect(migrateDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it('names every problem of an invalid document', () => {
    const doc = { ...workedDocument(), revision: -1, stage: 'celebrate' };
    expect(() => migrateDocument(doc)).toThrow(PostmortemDocumentError);
    try {
      migrateDocument(doc);
    } catch (error) {
      expect((error as PostmortemDocumentError).issues.map((i) => i.split(':')[0])).toEqual(['revision', 'stage']);
    }
  });

  it('refuses a v0 document whose content cannot be made valid', () => {
    const raw = { ...v0Fixture(), gather: { severity: 'catastrophic' } };
    expect(() => migrateDocument(raw)).toThrow(/gather\.severity/);
  });

  it('refuses documents from a newer app version, and non-objects', () => {
    expect(() => migrateDocument({ ...workedDocument(), schemaVersion: SCHEMA_VERSION + 1 })).toThrow(
      `newer version of the app (schema ${SCHEMA_VERSION + 1})`,
    );
    expect(() => migrateDocument(null)).toThrow('not an object');
    expect(() => migrateDocument([])).toThrow('not an object');
    expect(() => migrateDocument({ schemaVersion: 'one' })).toThrow('unreadable schemaVersion');
  });

  it('upgrades a v0 document whose timeline is a bare array and whose times are missing', () => {
    const doc = migrateDocument({ timeline: [{ at: isoMinutesAgo(5), text: 'Paged on-call', key: true }] });
    expect(doc.updatedAt).toBe(new Date(0).toISOString());
    expect(doc.timeline.events).toHaveLength(1);
    expect(doc.timeline.events[0]).toMatchObject({ source: 'user', key: true, kind: 'custom' });
    // The timeline stage is complete (one key event), so the post-mortem is under way; gather is next.
    expect(doc).toMatchObject({ status: 'in-progress', stage: 'gather', openActions: 0 });
  });
});
