/**
 * completePostmortem over a fake Jira: refused (with the list of problems) while anything is
 * missing; otherwise one ADF summary comment on the incident, then the document stored as complete;
 * nothing marked complete when the comment cannot be posted.
 */
import type { CompletionRefusedDetails, ConflictDetails } from '../../../../src/contract';
import { POSTMORTEM_PROPERTY_KEY, withIndexSummary, type PostmortemDocument } from '../../../../src/domain/postmortem';
import { AppError } from '../../../../src/errors';
import { completePostmortem } from '../../../../src/services/postmortem';
import { adfTextOf } from '../../../helpers/adf-text';
import { blankDocument, workedDocument } from '../../../helpers/postmortem-builders';
import { rejectionOf } from '../../../helpers/rejection';
import { fakeIncidentJira, INCIDENT_KEY, type FakeIncidentJiraOptions } from './fake-incident-jira';

const NOW = new Date();
const ALICE = '712020:alice-0001';
const commentPath = `POST /rest/api/3/issue/${INCIDENT_KEY}/comment`;
const mainPath = `PUT /rest/api/3/issue/${INCIDENT_KEY}/properties/${POSTMORTEM_PROPERTY_KEY}`;

function setup(document: PostmortemDocument | undefined, options: FakeIncidentJiraOptions = {}) {
  const fake = fakeIncidentJira({ ...options, properties: document ? { [POSTMORTEM_PROPERTY_KEY]: withIndexSummary(document) } : {} });
  const complete = (baseRevision: number) =>
    completePostmortem({ baseRevision }, { issueKey: INCIDENT_KEY, accountId: ALICE, siteUrl: 'https://example.atlassian.net' }, { jira: fake.jira, now: () => NOW });
  return { ...fake, complete };
}

const failure = (promise: Promise<unknown>) => rejectionOf(promise, AppError);

describe('completePostmortem', () => {
  it('refuses while stages are incomplete, listing the problems, and writes nothing', async () => {
    const { complete, writes } = setup({ ...blankDocument(NOW, INCIDENT_KEY), revision: 2 });
    const error = await failure(complete(2));
    expect(error.code).toBe('VALIDATION');
    const { problems } = error.details as CompletionRefusedDetails;
    expect(problems).toEqual(expect.arrayContaining(['Gather: Severity is not set', 'Action items: No action items yet']));
    expect(error.message).toContain('Severity is not set');
    expect(writes()).toEqual([]);
  });

  it('refuses an action item without an owner', async () => {
    const worked = workedDocument(NOW, { revision: 3 });
    const { complete, writes } = setup({ ...worked, actionItems: [{ ...worked.actionItems[0], ownerAccountId: null }] });
    const { details } = await failure(complete(3));
    expect((details as CompletionRefusedDetails).problems).toEqual(['Action items: Action item 1 has no owner']);
    expect(writes()).toEqual([]);
  });

  it('refuses unresolved blaming language until the finding is dismissed with a reason', async () => {
    const worked = workedDocument(NOW, { revision: 3 });
    const blaming = { ...worked, rootCause: { ...worked.rootCause, contributingFactors: ['Human error during the release'] } };
    const refused = await failure(setup(blaming).complete(3));
    expect((refused.details as CompletionRefusedDetails).problems).toEqual([expect.stringMatching(/^Review: 1 blameless-language finding is not resolved/)]);
  });

  it('posts one ADF summary comment, then stores the post-mortem as complete', async () => {
    const { complete, writes, comments, properties } = setup(workedDocument(NOW, { revision: 3 }));
    const result = await complete(3);
    expect(writes()).toEqual([commentPath, mainPath]);
    expect(comments).toHaveLength(1);
    const { body } = comments[0] as { body: { type: string; version: number; content: { type: string }[] } };
    expect(body).toMatchObject({ type: 'doc', version: 1 });
    expect(body.content[0]).toMatchObject({ type: 'heading' });
    expect(adfTextOf(body)).toContain(`QA post-mortem complete: ${INCIDENT_KEY}`);
    expect(adfTextOf(body)).toContain('Add saved-card scenarios to the checkout regression suite');
    const value = properties.get(POSTMORTEM_PROPERTY_KEY) as PostmortemDocument;
    expect(value).toMatchObject({
      revision: 4, status: 'complete', stage: 'follow-through', updatedBy: ALICE,
      review: { completedAt: NOW.toISOString(), completedBy: ALICE },
    });
    expect(result).toMatchObject({ revision: 4, commentId: '50001' });
    expect(result.document).toEqual(value);
  });

  it('marks nothing complete when the comment cannot be posted', async () => {
    const { complete, writes, properties } = setup(workedDocument(NOW, { revision: 3 }), { commentStatus: 500 });
    await expect(complete(3)).rejects.toThrow(/Jira/);
    expect(writes()).toEqual([commentPath]);
    expect((properties.get(POSTMORTEM_PROPERTY_KEY) as PostmortemDocument).status).not.toBe('complete');
  });

  it('refuses a stale revision before checking anything else', async () => {
    const { complete, writes } = setup(workedDocument(NOW, { revision: 5 }));
    const error = await failure(complete(4));
    expect(error.code).toBe('CONFLICT');
    expect((error.details as ConflictDetails).current.revision).toBe(5);
    expect(writes()).toEqual([]);
  });

  it('refuses a user who may not edit', async () => {
    const { complete, writes } = setup(workedDocument(NOW, { revision: 3 }), { canEdit: false });
    expect((await failure(complete(3))).code).toBe('FORBIDDEN');
    expect(writes()).toEqual([]);
  });

  it('refuses to complete twice', async () => {
    const completed = workedDocument(NOW, { revision: 6, review: { dismissedFindings: [], completedAt: NOW.toISOString(), completedBy: ALICE } });
    const { complete, writes } = setup(completed);
    const error = await failure(complete(6));
    expect((error.details as CompletionRefusedDetails).problems).toContain('The post-mortem is already complete');
    expect(writes()).toEqual([]);
  });
});
