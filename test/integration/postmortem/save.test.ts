/**
 * savePostmortem through the local Forge host against the emulator: round trip, two people saving
 * from the same revision, who may save, and bad payloads; each refusal leaves the stored
 * post-mortem exactly as it was and sends no write to Jira.
 */
import type { ConflictDetails } from '../../../src/contract';
import { USERS } from '../../../sandbox/seed/base';
import type { Sandbox } from '../../helpers/sandbox';
import { blankDocument, workedDocument } from '../../helpers/postmortem-builders';
import {
  clearJiraCalls, dataOf, incidentImport, jiraCalls, jiraWrites, refusalOf, storedDocument, usePanelSuite, type PanelClient,
} from './panel-client';

let sandbox: Sandbox;
let panel: PanelClient;
let incident: string;
let other: string;
const now = new Date();

usePanelSuite(
  () => [incidentImport(now), incidentImport(now, { summary: 'Search is down' })],
  (suite) => ({ sandbox, panel, keys: [incident, other] } = suite),
);

describe('savePostmortem', () => {
  it('round trip: what alice saves is what the next read shows, stored as alice', async () => {
    const opened = dataOf(await panel.get('alice', incident));
    const edited = workedDocument(now, { ...opened.document, ...workedDocument(now), revision: opened.revision });
    clearJiraCalls(sandbox);
    const saved = dataOf(await panel.save('alice', incident, edited, opened.revision));
    expect(saved.revision).toBe(1);
    expect(jiraWrites(sandbox)).toEqual([`PUT /rest/api/3/issue/${incident}/properties/qa-postmortem`]);
    expect(jiraCalls(sandbox).every((c) => c.accountId === USERS.alice.accountId)).toBe(true);

    const reread = dataOf(await panel.get('bob', incident));
    expect(reread.revision).toBe(1);
    expect(reread.document).toEqual(saved.document);
    expect(reread.document).toMatchObject({ updatedBy: USERS.alice.accountId, status: 'in-progress', stage: 'review', openActions: 1 });
    expect(reread.document.gather).toEqual(edited.gather);
    expect(reread.document.rootCause).toEqual(edited.rootCause);
    expect(reread.document.actionItems).toEqual(edited.actionItems);
    expect(storedDocument(sandbox, incident)).toEqual(saved.document);
  });

  it('conflict: of two saves from the same revision the second gets CONFLICT with the first one\'s document', async () => {
    dataOf(await panel.save('alice', incident, blankDocument(now, incident), 0));
    const base = dataOf(await panel.get('bob', incident));
    const alices = { ...base.document, gather: { ...base.document.gather, impactSummary: 'Alice: saved cards fail' } };
    const bobs = { ...base.document, gather: { ...base.document.gather, impactSummary: 'Bob: checkout is down' } };

    const first = dataOf(await panel.save('alice', incident, alices, base.revision));
    clearJiraCalls(sandbox);
    const second = await panel.save('bob', incident, bobs, base.revision);

    const { current, by } = refusalOf(second, 409, 'CONFLICT').details as ConflictDetails;
    expect(by).toEqual({ accountId: USERS.alice.accountId, displayName: USERS.alice.displayName });
    expect(current.revision).toBe(first.revision);
    expect(current.document).toEqual(first.document);
    expect(current.document.gather.impactSummary).toBe('Alice: saved cards fail');
    expect(jiraWrites(sandbox)).toEqual([]);
    expect(storedDocument(sandbox, incident)?.gather.impactSummary).toBe('Alice: saved cards fail');

    const retried = dataOf(await panel.save('bob', incident, { ...current.document, gather: { ...current.document.gather, impactSummary: 'Both: checkout is down for saved cards' } }, current.revision));
    expect(retried.revision).toBe(first.revision + 1);
  });

  it('a save Jira fails leaves the changes with the app for that person alone, until a save asking it deletes them', async () => {
    const opened = dataOf(await panel.get('alice', other));
    const edited = { ...opened.document, gather: { ...opened.document.gather, impactSummary: 'Typed while Jira was down' } };
    sandbox.emulator.setFaults([{ method: 'PUT', path: `/rest/api/3/issue/${other}/properties`, status: 503, count: 1000 }]);
    const failed = await panel.save('alice', other, edited, opened.revision);
    const details = refusalOf(failed, 502, 'JIRA_UNAVAILABLE').details;
    sandbox.emulator.clearFaults();

    const kept = dataOf(await panel.get('alice', other)).keptDraft;
    expect(details).toEqual({ draftKept: true, keptDraftId: kept?.id });
    expect(kept).toMatchObject({ baseRevision: opened.revision, document: edited });
    expect(kept?.base?.revision).toBe(opened.revision);
    expect(dataOf(await panel.get('bob', other)).keptDraft).toBeUndefined();
    expect(dataOf(await panel.get('dave', other)).keptDraft).toBeUndefined();

    const stored = dataOf(await panel.saveRaw('alice', other, { document: kept?.document, baseRevision: opened.revision, clearKeptDraft: kept?.id }));
    expect(stored.document.gather.impactSummary).toBe('Typed while Jira was down');
    expect(dataOf(await panel.get('alice', other)).keptDraft).toBeUndefined();
  });

  it('dave can read but not save; the property is unchanged', async () => {
    const saved = dataOf(await panel.save('alice', incident, workedDocument(now), 0));
    const view = dataOf(await panel.get('dave', incident));
    expect(view.canEdit).toBe(false);
    clearJiraCalls(sandbox);
    const answer = await panel.save('dave', incident, { ...view.document, gather: { ...view.document.gather, severity: 'sev1' } }, view.revision);
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/permission to edit/) } });
    expect(jiraWrites(sandbox)).toEqual([]);
    expect(storedDocument(sandbox, incident)).toEqual(saved.document);
  });

  it('eve gets NOT_FOUND and no data, and nothing is written', async () => {
    const saved = dataOf(await panel.save('alice', incident, workedDocument(now), 0));
    clearJiraCalls(sandbox);
    const answer = await panel.save('eve', incident, blankDocument(now, incident), 1);
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect(JSON.stringify(answer.body)).not.toMatch(/saved cards|regression/i);
    expect(jiraWrites(sandbox)).toEqual([]);
    expect(storedDocument(sandbox, incident)).toEqual(saved.document);
  });

  describe('bad payloads get a clear VALIDATION error and change nothing', () => {
    const cases: [string, () => unknown, RegExp][] = [
      ['no payload at all', () => undefined, /document: .*; baseRevision: /],
      ['a revision that is not a number', () => ({ document: blankDocument(now), baseRevision: '1' }), /baseRevision: /],
      ['a negative revision', () => ({ document: blankDocument(now), baseRevision: -1 }), /baseRevision: /],
      ['an unknown stage', () => ({ document: { ...blankDocument(now), stage: 'retrospective' }, baseRevision: 1 }), /document\.stage: /],
      ['a severity of the wrong type', () => ({ document: { ...blankDocument(now), gather: { ...blankDocument(now).gather, severity: 1 } }, baseRevision: 1 }), /document\.gather\.severity: /],
      ['an evidence link that is not http(s)', () => ({
        document: { ...blankDocument(now), gather: { ...blankDocument(now).gather, evidence: [{ label: 'x', url: 'javascript:alert(1)', kind: 'log' }] } },
        baseRevision: 1,
      }), /document\.gather\.evidence\.0\.url: Evidence must be an http\(s\) link/],
      ['an action item without an id', () => ({
        document: { ...workedDocument(now), actionItems: [{ ...workedDocument(now).actionItems[0], id: ' ' }] },
        baseRevision: 1,
      }), /document\.actionItems\.0\.id: An action item id must not be empty/],
    ];

    it.each(cases)('%s', async (_name, payload, message) => {
      const saved = dataOf(await panel.save('alice', incident, workedDocument(now), 0));
      clearJiraCalls(sandbox);
      const answer = await panel.saveRaw('alice', incident, payload());
      const error = refusalOf(answer, 400, 'VALIDATION');
      expect(error.message).toMatch(/^The request is not valid: /);
      expect(error.message).toMatch(message);
      expect(jiraCalls(sandbox)).toEqual([]);
      expect(storedDocument(sandbox, incident)).toEqual(saved.document);
    });
  });

  it('an issue key in the payload is refused by name, and nothing is written anywhere', async () => {
    const answer = await panel.saveRaw('alice', incident, { document: workedDocument(now), baseRevision: 0, issueKey: other, key: other });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: ['issueKey'] }, { path: ['key'] }] } },
    });
    expect(storedDocument(sandbox, incident)).toBeUndefined();
    expect(storedDocument(sandbox, other)).toBeUndefined();
  });
});
