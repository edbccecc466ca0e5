/**
 * savePostmortem over a fake Jira: who may save, the revision check, what is stored (index fields,
 * revision, author, time) and in which order the properties are written.
 */
import {
  POSTMORTEM_PROPERTY_KEY,
  splitForStorage,
  TIMELINE_PROPERTY_KEY,
  withIndexSummary,
  type PostmortemDocument,
} from '../../../../src/domain/postmortem';
import type { ConflictDetails, TooLargeDetails } from '../../../../src/contract';
import { AppError } from '../../../../src/errors';
import { savePostmortem } from '../../../../src/services/postmortem';
import { actionItemFor, blankDocument, userEvent, withOverflowingTimeline, workedDocument } from '../../../helpers/postmortem-builders';
import { rejectionOf } from '../../../helpers/rejection';
import { fakeIncidentJira, INCIDENT_KEY, type FakeIncidentJiraOptions } from './fake-incident-jira';

const NOW = new Date();
const ALICE = '712020:alice-0001';

function setup(options: FakeIncidentJiraOptions = {}) {
  const fake = fakeIncidentJira(options);
  const save = (document: PostmortemDocument, baseRevision: number) =>
    savePostmortem({ document, baseRevision }, { issueKey: INCIDENT_KEY, accountId: ALICE }, fake.ports(NOW));
  return { ...fake, save };
}

function stored(document: PostmortemDocument): PostmortemDocument {
  return withIndexSummary(document);
}

const failure = (promise: Promise<unknown>) => rejectionOf(promise, AppError);

const mainPath = `PUT /rest/api/3/issue/${INCIDENT_KEY}/properties/${POSTMORTEM_PROPERTY_KEY}`;
const overflowPath = `PUT /rest/api/3/issue/${INCIDENT_KEY}/properties/${TIMELINE_PROPERTY_KEY}`;
const overflowDelete = `DELETE /rest/api/3/issue/${INCIDENT_KEY}/properties/${TIMELINE_PROPERTY_KEY}`;

describe('savePostmortem', () => {
  it('stores the first save as revision 1 with the author, the time and the index fields', async () => {
    const { save, properties, writes } = setup();
    const edited = { ...workedDocument(NOW), status: 'draft' as const, stage: 'gather' as const, openActions: 0, updatedBy: 'someone-else' };
    const result = await save(edited, 0);
    expect(writes()).toEqual([mainPath]);
    const value = properties.get(POSTMORTEM_PROPERTY_KEY) as PostmortemDocument;
    expect(value).toMatchObject({
      revision: 1,
      updatedBy: ALICE,
      updatedAt: NOW.toISOString(),
      status: 'in-progress',
      stage: 'review',
      openActions: 1,
      rootCauseCategory: 'test-gap',
    });
    expect(result.revision).toBe(1);
    expect(result.document).toEqual(value);
    expect(result.stages.find((s) => s.id === 'actions')?.complete).toBe(true);
  });

  it('increments the stored revision', async () => {
    const { save, properties } = setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: stored({ ...blankDocument(NOW, INCIDENT_KEY), revision: 7 }) } });
    const result = await save({ ...blankDocument(NOW, INCIDENT_KEY), revision: 7, gather: { ...blankDocument(NOW).gather, severity: 'sev3' } }, 7);
    expect(result.revision).toBe(8);
    expect((properties.get(POSTMORTEM_PROPERTY_KEY) as PostmortemDocument).gather.severity).toBe('sev3');
  });

  it('refuses an edit based on an older revision with the stored document, writing nothing', async () => {
    const current = stored({ ...workedDocument(NOW), revision: 4, updatedBy: 'bob' });
    const { save, writes, properties } = setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: current } });
    const error = await failure(save(blankDocument(NOW), 3));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/revision 4.*revision 3/);
    const details = error.details as ConflictDetails;
    expect(details.current.revision).toBe(4);
    expect(details.current.document).toEqual(current);
    expect(details.current.stages).toHaveLength(7);
    expect(writes()).toEqual([]);
    expect(properties.get(POSTMORTEM_PROPERTY_KEY)).toEqual(current);
  });

  it('refuses a base revision ahead of the stored one', async () => {
    const { save, writes } = setup();
    const error = await failure(save(blankDocument(NOW), 2));
    expect(error.code).toBe('CONFLICT');
    expect((error.details as ConflictDetails).current.revision).toBe(0);
    expect(writes()).toEqual([]);
  });

  it('refuses a user who may not edit the incident, writing nothing', async () => {
    const { save, writes } = setup({ canEdit: false });
    const error = await failure(save(workedDocument(NOW), 0));
    expect(error.code).toBe('FORBIDDEN');
    expect(writes()).toEqual([]);
  });

  it('answers NOT_FOUND for an incident the user may not see', async () => {
    const { save, writes } = setup({ visible: false });
    expect((await failure(save(workedDocument(NOW), 0))).code).toBe('NOT_FOUND');
    expect(writes()).toEqual([]);
  });

  it('never takes completion from the browser', async () => {
    const { save, properties } = setup();
    const claimed = workedDocument(NOW, { review: { dismissedFindings: [], completedAt: NOW.toISOString(), completedBy: ALICE } });
    const result = await save(claimed, 0);
    const value = properties.get(POSTMORTEM_PROPERTY_KEY) as PostmortemDocument;
    expect(value.review.completedAt).toBeUndefined();
    expect(value.status).not.toBe('complete');
    expect(result.document.review).toEqual({ dismissedFindings: [] });
  });

  it('keeps the stored completion when a completed post-mortem is edited', async () => {
    const completedAt = new Date(NOW.getTime() - 86_400_000).toISOString();
    const doneItem = actionItemFor(NOW, { taskKey: 'QA-77', taskStatusCategory: 'done' });
    const current = stored({ ...workedDocument(NOW), actionItems: [doneItem], revision: 6, review: { dismissedFindings: [], completedAt, completedBy: 'carol' } });
    const { save, properties } = setup({
      properties: { [POSTMORTEM_PROPERTY_KEY]: current },
      ledgerTasks: { [doneItem.id]: { id: '20077', key: 'QA-77', createdBy: 'carol', createdAt: completedAt } },
    });
    await save({ ...current, actionItems: [{ ...doneItem, title: 'Reworded' }], review: { dismissedFindings: [] } }, 6);
    const value = properties.get(POSTMORTEM_PROPERTY_KEY) as PostmortemDocument;
    expect(value.review).toEqual({ dismissedFindings: [], completedAt, completedBy: 'carol' });
    expect(value).toMatchObject({ status: 'complete', stage: 'follow-through', openActions: 0, revision: 7 });
  });

  it('moves a long timeline to the overflow property, written before the main one', async () => {
    const { save, properties, writes } = setup();
    const document = withOverflowingTimeline(NOW, workedDocument(NOW));
    const result = await save(document, 0);
    expect(writes()).toEqual([overflowPath, mainPath]);
    const main = properties.get(POSTMORTEM_PROPERTY_KEY) as PostmortemDocument;
    expect(main.timeline.events).toEqual([]);
    expect(main.timeline.storedSeparately).toEqual({ property: TIMELINE_PROPERTY_KEY, revision: 1, eventCount: document.timeline.events.length });
    expect(properties.get(TIMELINE_PROPERTY_KEY)).toMatchObject({ revision: 1, events: document.timeline.events });
    expect(result.document.timeline.events).toEqual(document.timeline.events);
  });

  it('deletes the overflow once the timeline fits again, after the main property stops referring to it', async () => {
    const big = { ...withOverflowingTimeline(NOW, workedDocument(NOW)), revision: 2 };
    const parts = splitForStorage(stored(big));
    const { save, properties, writes } = setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: parts.main, [TIMELINE_PROPERTY_KEY]: parts.overflow } });
    await save({ ...big, timeline: { events: [userEvent(NOW)], dismissedSourceIds: [] } }, 2);
    expect(writes()).toEqual([mainPath, overflowDelete]);
    expect(properties.has(TIMELINE_PROPERTY_KEY)).toBe(false);
    expect((properties.get(POSTMORTEM_PROPERTY_KEY) as PostmortemDocument).timeline.events).toEqual([userEvent(NOW)]);
  });

  it('refuses a document too large even when split, naming the part and writing nothing', async () => {
    const { save, writes } = setup();
    const document = workedDocument(NOW, {
      rootCause: { ...workedDocument(NOW).rootCause, contributingFactors: [`Contributing: ${'x'.repeat(40_000)}`] },
    });
    const error = await failure(save(document, 0));
    expect(error.code).toBe('TOO_LARGE');
    const { parts } = error.details as TooLargeDetails;
    expect(parts).toEqual([expect.objectContaining({ section: 'rootCause', label: 'Root cause' })]);
    expect(parts[0].limit).toBeLessThanOrEqual(32_768);
    expect(parts[0].bytes).toBeGreaterThan(40_000);
    expect(error.message).toContain('Root cause');
    expect(writes()).toEqual([]);
  });

  it('rejects a document that breaks the schema, writing nothing', async () => {
    const { save, writes } = setup();
    const broken = { ...workedDocument(NOW), gather: { ...workedDocument(NOW).gather, severity: 'catastrophic' } } as unknown as PostmortemDocument;
    await expect(save(broken, 0)).rejects.toThrow(/severity/);
    expect(writes()).toEqual([]);
  });
});
