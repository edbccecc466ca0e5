/**
 * completePostmortem through the local host against the emulator: refused with the list of what is
 * missing while the post-mortem is incomplete; once complete, exactly one ADF summary comment on the
 * incident, written as the user, and the post-mortem stored with status `complete`; when the save
 * after the comment fails, completing again finishes without a second summary comment.
 */
import type { CompletionRefusedDetails } from '../../../src/contract';
import { USERS } from '../../../sandbox/seed/base';
import { adfTextOf } from '../../helpers/adf-text';
import type { Sandbox } from '../../helpers/sandbox';
import { blankDocument, userEvent, workedDocument } from '../../helpers/postmortem-builders';
import {
  clearJiraCalls, commentCount, dataOf, incidentImport, jiraCalls, jiraWrites, refusalOf, storedDocument, usePanelSuite, type PanelClient,
} from './panel-client';

let sandbox: Sandbox;
let panel: PanelClient;
let incident: string;
const now = new Date();

usePanelSuite(() => [incidentImport(now)], (suite) => ({ sandbox, panel, keys: [incident] } = suite));

describe('completePostmortem', () => {
  it('is refused while stages are incomplete, with the list of problems; nothing is posted or stored', async () => {
    const saved = dataOf(await panel.save('alice', incident, blankDocument(now, incident), 0));
    const comments = commentCount(sandbox, incident);
    clearJiraCalls(sandbox);
    const answer = await panel.complete('alice', incident, saved.revision);
    const { problems } = refusalOf(answer, 400, 'VALIDATION').details as CompletionRefusedDetails;
    expect(problems).toEqual(expect.arrayContaining([
      'Gather: Severity is not set',
      'Timeline: The timeline has no events',
      'Root cause: No why has been asked yet',
      'Action items: No action items yet',
    ]));
    expect(jiraWrites(sandbox)).toEqual([]);
    expect(commentCount(sandbox, incident)).toBe(comments);
    expect(storedDocument(sandbox, incident)).toEqual(saved.document);
  });

  it('posts a summary Jira accepts when the whole post-mortem would pass its 32,767-character limit, shortened and saying so', async () => {
    // 80 key events of 250 characters: the timeline is stored on its own, the summary would be ~40,000 characters.
    const events = Array.from({ length: 80 }, (_, i) => userEvent(now, { id: `event-${i}`, text: `Event ${i}: ${'the gateway answered 502 again '.repeat(8)}`.slice(0, 250) }));
    const worked = workedDocument(now);
    const saved = dataOf(await panel.save('alice', incident, { ...worked, timeline: { ...worked.timeline, events } }, 0));
    const result = dataOf(await panel.complete('alice', incident, saved.revision));
    const posted = (await sandbox.jira<{ comments: { id: string; body: unknown }[] }>('bob', `/rest/api/3/issue/${incident}/comment`)).body.comments.at(-1);
    expect(posted?.id).toBe(result.commentId);
    expect(JSON.stringify(posted?.body).length).toBeLessThanOrEqual(32_767);
    expect(adfTextOf(posted?.body)).toMatch(/…and \d+ more key events/);
  });

  it('posts one ADF summary comment as the user and stores status complete', async () => {
    const saved = dataOf(await panel.save('alice', incident, workedDocument(now), 0));
    const comments = commentCount(sandbox, incident);
    clearJiraCalls(sandbox);
    const result = dataOf(await panel.complete('alice', incident, saved.revision));

    expect(jiraWrites(sandbox)).toEqual([`POST /rest/api/3/issue/${incident}/comment`, `PUT /rest/api/3/issue/${incident}/properties/qa-postmortem`]);
    expect(jiraCalls(sandbox).every((c) => c.accountId === USERS.alice.accountId)).toBe(true);
    expect(commentCount(sandbox, incident)).toBe(comments + 1);

    const posted = (await sandbox.jira<{ comments: { id: string; body: { type: string; content: { type: string }[] }; author: { accountId: string } }[] }>(
      'bob', `/rest/api/3/issue/${incident}/comment`)).body.comments.at(-1);
    expect(posted?.id).toBe(result.commentId);
    expect(posted?.author.accountId).toBe(USERS.alice.accountId);
    expect(posted?.body).toMatchObject({ type: 'doc', version: 1 });
    expect(posted?.body.content[0].type).toBe('heading');
    expect(adfTextOf(posted?.body)).toContain(`QA post-mortem complete: ${incident} Checkout fails for saved cards`);
    expect(adfTextOf(posted?.body)).toContain('Add saved-card scenarios to the checkout regression suite');

    expect(storedDocument(sandbox, incident)).toMatchObject({
      revision: saved.revision + 1, status: 'complete', stage: 'follow-through',
      review: { completedBy: USERS.alice.accountId, completedAt: expect.any(String) },
    });
    expect(dataOf(await panel.get('bob', incident)).document.status).toBe('complete');
  });

  it('is refused for dave, who may not edit: no comment, no change', async () => {
    const saved = dataOf(await panel.save('alice', incident, workedDocument(now), 0));
    const answer = await panel.complete('dave', incident, saved.revision);
    expect(answer.status).toBe(403);
    expect(commentCount(sandbox, incident)).toBe(1);
    expect(storedDocument(sandbox, incident)?.status).not.toBe('complete');
  });

  it('marks nothing complete when Jira refuses the comment', async () => {
    const saved = dataOf(await panel.save('alice', incident, workedDocument(now), 0));
    sandbox.emulator.setFaults([{ method: 'POST', path: `/rest/api/3/issue/${incident}/comment`, status: 503, count: 5 }]);
    const answer = await panel.complete('alice', incident, saved.revision);
    sandbox.emulator.clearFaults();
    expect(answer.body.ok).toBe(false);
    if (answer.body.ok) return;
    expect(answer.body.error.code).toBe('JIRA_UNAVAILABLE');
    expect(storedDocument(sandbox, incident)).toEqual(saved.document);
  });

  it('after the save fails, completing again finishes the completion with still one summary comment', async () => {
    const saved = dataOf(await panel.save('alice', incident, workedDocument(now), 0));
    const comments = commentCount(sandbox, incident);
    const propertyPath = `/rest/api/3/issue/${incident}/properties/qa-postmortem`;
    sandbox.emulator.setFaults([{ method: 'PUT', path: propertyPath, status: 503, count: 10 }]);
    const failed = await panel.complete('alice', incident, saved.revision);
    sandbox.emulator.clearFaults();
    expect(failed.body.ok).toBe(false);
    if (failed.body.ok) return;
    expect(failed.body.error.code).toBe('JIRA_UNAVAILABLE');
    expect(commentCount(sandbox, incident)).toBe(comments + 1);
    expect(storedDocument(sandbox, incident)).toEqual(saved.document);

    clearJiraCalls(sandbox);
    const result = dataOf(await panel.complete('alice', incident, saved.revision));
    expect(jiraWrites(sandbox)).toEqual([`PUT ${propertyPath}`]);
    expect(commentCount(sandbox, incident)).toBe(comments + 1);
    const listed = (await sandbox.jira<{ comments: { id: string; body: unknown }[] }>('bob', `/rest/api/3/issue/${incident}/comment`)).body.comments;
    const summaries = listed.filter((c) => adfTextOf(c.body).includes(`QA post-mortem complete: ${incident}`));
    expect(summaries.map((c) => c.id)).toEqual([result.commentId]);
    expect(storedDocument(sandbox, incident)).toMatchObject({
      revision: saved.revision + 1, status: 'complete', review: { completedBy: USERS.alice.accountId },
    });
  });
});
