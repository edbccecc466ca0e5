/**
 * The person's changes the app keeps when a save fails past its own checks (kept-drafts.ts): kept
 * with what they were based on, answered to that person only by getPostmortem, deleted by the save
 * that stores them; never kept for the app's own refusals.
 */
import { POSTMORTEM_PROPERTY_KEY, withIndexSummary, type PostmortemDocument } from '../../../../src/domain/postmortem';
import { ChangesKeptError } from '../../../../src/errors';
import { toErrorBody } from '../../../../src/resolvers/define';
import { getPostmortem, savePostmortem } from '../../../../src/services/postmortem';
import { keptDraftKey, keptDraftOf } from '../../../../src/services/postmortem/kept-drafts';
import { blankDocument } from '../../../helpers/postmortem-builders';
import { fakeIncidentJira, INCIDENT_KEY, type FakeIncidentJiraOptions } from './fake-incident-jira';

const NOW = new Date();
const ALICE = '712020:alice-0001';
const BOB = '712020:bob-0002';

function setup(options: FakeIncidentJiraOptions = {}) {
  const fake = fakeIncidentJira(options);
  const save = (document: PostmortemDocument, baseRevision: number, clearKeptDraft?: string, accountId = ALICE) =>
    savePostmortem({ document, baseRevision, ...(clearKeptDraft ? { clearKeptDraft } : {}) }, { issueKey: INCIDENT_KEY, accountId }, fake.ports(NOW));
  const read = (accountId?: string) => getPostmortem({ issueKey: INCIDENT_KEY, ...(accountId ? { accountId } : {}) }, fake.ports(NOW));
  return { ...fake, save, read };
}

async function thrown(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

const storedAt = (revision: number) => withIndexSummary({ ...blankDocument(NOW, INCIDENT_KEY), revision });
const edited = (base: PostmortemDocument): PostmortemDocument => ({ ...base, gather: { ...base.gather, impactSummary: 'Checkout failed for 12% of card payments.' } });

describe('changes kept when a save fails', () => {
  it('keeps them with the revision they were based on when Jira refuses the write, and says so in the error', async () => {
    const base = storedAt(3);
    const { save, drafts } = setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: base }, failPutOf: POSTMORTEM_PROPERTY_KEY });
    const error = await thrown(save(edited(base), 3));
    expect(error).toBeInstanceOf(ChangesKeptError);
    const kept = drafts.entries.get(keptDraftKey(INCIDENT_KEY, ALICE));
    expect(kept).toMatchObject({ baseRevision: 3, document: edited(base), savedAt: NOW.toISOString() });
    expect(kept?.base).toEqual(base);
    expect(toErrorBody(error)).toEqual({ code: 'JIRA_UNAVAILABLE', message: expect.any(String), details: { draftKept: true, keptDraftId: kept?.id } });
  });

  it('keeps them without a base when Jira could not even be read', async () => {
    const { save, drafts } = setup({ failIssueReadWith: 503 });
    const error = await thrown(save(edited(blankDocument(NOW, INCIDENT_KEY)), 0));
    expect(toErrorBody(error)).toMatchObject({ code: 'JIRA_UNAVAILABLE', details: { draftKept: true } });
    const kept = drafts.entries.get(keptDraftKey(INCIDENT_KEY, ALICE));
    expect(kept?.baseRevision).toBe(0);
    expect(kept?.base).toBeUndefined();
  });

  it('keeps the changes without their base when storage refuses the larger copy', async () => {
    const base = storedAt(3);
    const { save, drafts } = setup({ properties: { [POSTMORTEM_PROPERTY_KEY]: base }, failPutOf: POSTMORTEM_PROPERTY_KEY });
    const set = drafts.set.bind(drafts);
    drafts.set = async (issueKey, accountId, draft) => {
      if (draft.base) throw new Error('MAX_SIZE: the value is too large');
      await set(issueKey, accountId, draft);
    };
    const error = await thrown(save(edited(base), 3));
    expect(error).toBeInstanceOf(ChangesKeptError);
    const kept = drafts.entries.get(keptDraftKey(INCIDENT_KEY, ALICE));
    expect(kept?.document).toEqual(edited(base));
    expect(kept?.base).toBeUndefined();
  });

  it('answers the failure alone when storage refuses the copy too', async () => {
    const { save, drafts } = setup({ failPutOf: POSTMORTEM_PROPERTY_KEY });
    drafts.set = async () => { throw new Error('storage unavailable'); };
    const error = await thrown(save(edited(blankDocument(NOW, INCIDENT_KEY)), 0));
    expect(error).not.toBeInstanceOf(ChangesKeptError);
    expect(toErrorBody(error)).toMatchObject({ code: 'JIRA_UNAVAILABLE' });
    expect(toErrorBody(error).details).toBeUndefined();
  });

  it.each([
    ['someone saved since (CONFLICT)', { properties: { [POSTMORTEM_PROPERTY_KEY]: storedAt(4) } }, 3],
    ['the person may not edit (FORBIDDEN)', { canEdit: false }, 0],
    ['the incident is not visible (NOT_FOUND)', { visible: false }, 0],
  ] as const)('keeps nothing when %s', async (_, options, baseRevision) => {
    const { save, drafts } = setup(options as FakeIncidentJiraOptions);
    const error = await thrown(save(edited(blankDocument(NOW, INCIDENT_KEY)), baseRevision));
    expect(error).not.toBeInstanceOf(ChangesKeptError);
    expect(drafts.entries.size).toBe(0);
  });

  it('answers them with the panel\'s read to that person only, while they may edit', async () => {
    const { save, read } = setup({ failPutOf: POSTMORTEM_PROPERTY_KEY });
    await thrown(save(edited(blankDocument(NOW, INCIDENT_KEY)), 0));
    expect((await read(ALICE)).keptDraft?.document.gather.impactSummary).toBe('Checkout failed for 12% of card payments.');
    expect((await read(BOB)).keptDraft).toBeUndefined();
    expect((await read()).keptDraft).toBeUndefined();
    const { read: readOnly, drafts } = setup({ canEdit: false });
    await drafts.set(INCIDENT_KEY, ALICE, { id: 'copy-1', baseRevision: 0, document: edited(blankDocument(NOW, INCIDENT_KEY)), savedAt: NOW.toISOString() });
    expect((await readOnly(ALICE)).keptDraft).toBeUndefined();
  });

  it('deletes them once a save naming the copy is stored; a save naming a replaced copy, or none, leaves them', async () => {
    const { save, drafts } = setup();
    const otherTab = { ...blankDocument(NOW, INCIDENT_KEY), gather: { ...blankDocument(NOW).gather, impactSummary: 'Typed in another tab' } };
    const copy = (id: string) => ({ id, baseRevision: 0, document: otherTab, savedAt: NOW.toISOString() });
    await drafts.set(INCIDENT_KEY, ALICE, copy('copy-2'));
    await drafts.set(INCIDENT_KEY, BOB, copy('copy-b'));
    const first = await save(edited(blankDocument(NOW, INCIDENT_KEY)), 0);
    const second = await save(first.document, first.revision, 'copy-1');
    expect(drafts.entries.get(keptDraftKey(INCIDENT_KEY, ALICE))?.id).toBe('copy-2');
    await save(second.document, second.revision, 'copy-2');
    expect(drafts.entries.has(keptDraftKey(INCIDENT_KEY, ALICE))).toBe(false);
    expect(drafts.entries.has(keptDraftKey(INCIDENT_KEY, BOB))).toBe(true);
  });

  it('deletes a copy that holds exactly what the save stored, under whichever id (a closed page\'s save failed after the panel read its copy)', async () => {
    const { save, drafts } = setup();
    const document = edited(blankDocument(NOW, INCIDENT_KEY));
    await drafts.set(INCIDENT_KEY, ALICE, { id: 'late-copy', baseRevision: 0, document, savedAt: NOW.toISOString() });
    await save(document, 0, 'copy-the-panel-read');
    expect(drafts.entries.has(keptDraftKey(INCIDENT_KEY, ALICE))).toBe(false);
  });

  it('keeps a new copy, under a new id, at each failed save', async () => {
    const { save, drafts } = setup({ failPutOf: POSTMORTEM_PROPERTY_KEY });
    const ids = [];
    for (const text of ['first try', 'second try']) {
      const error = await thrown(save({ ...blankDocument(NOW, INCIDENT_KEY), gather: { ...blankDocument(NOW).gather, impactSummary: text } }, 0));
      ids.push((toErrorBody(error).details as { keptDraftId: string }).keptDraftId);
      expect(drafts.entries.get(keptDraftKey(INCIDENT_KEY, ALICE))?.document.gather.impactSummary).toBe(text);
    }
    expect(new Set(ids).size).toBe(2);
    expect(drafts.entries.get(keptDraftKey(INCIDENT_KEY, ALICE))?.id).toBe(ids[1]);
  });

  it('reads back only what it can use', () => {
    const document = blankDocument(NOW, INCIDENT_KEY);
    const copy = { id: 'copy-1', baseRevision: 1, document, savedAt: NOW.toISOString() };
    expect(keptDraftOf(copy)).toEqual(copy);
    expect(keptDraftOf({ ...copy, id: undefined })).toBeUndefined();
    expect(keptDraftOf({ ...copy, document: { ...document, gather: 'x' } })).toBeUndefined();
    expect(keptDraftOf({ ...copy, base: { nope: true } })).toBeUndefined();
    expect(keptDraftOf('text')).toBeUndefined();
  });
});
