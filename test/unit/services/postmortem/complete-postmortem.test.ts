/**
 * completePostmortem over a fake Jira: refused (with the list of problems) while anything is
 * missing; otherwise one ADF summary comment on the incident, then the document stored as complete;
 * nothing marked complete when the comment cannot be posted; after a failed save, completing again
 * reuses the summary the ledger recorded instead of posting a second one, and after an attempt that
 * died between posting and recording, the summary it posted is found among the incident's comments.
 */
import type { CompletionRefusedDetails, ConflictDetails } from '../../../../src/contract';
import { POSTMORTEM_PROPERTY_KEY, withIndexSummary, type PostmortemDocument } from '../../../../src/domain/postmortem';
import { AppError } from '../../../../src/errors';
import { createJiraClient, type Comment, type JiraResponse, type JiraTransport } from '../../../../src/jira';
import { newLedger } from '../../../../src/services/ledger';
import { completePostmortem } from '../../../../src/services/postmortem';
import { adfTextOf } from '../../../helpers/adf-text';
import { blankDocument, workedDocument } from '../../../helpers/postmortem-builders';
import { rejectionOf } from '../../../helpers/rejection';
import { fakeIncidentJira, INCIDENT_KEY, type FakeIncidentJira, type FakeIncidentJiraOptions } from './fake-incident-jira';

const NOW = new Date();
const ALICE = '712020:alice-0001';
const BOB = '712020:bob-0002';
const commentPath = `POST /rest/api/3/issue/${INCIDENT_KEY}/comment`;
const mainPath = `PUT /rest/api/3/issue/${INCIDENT_KEY}/properties/${POSTMORTEM_PROPERTY_KEY}`;
const commentsRoute = `/rest/api/3/issue/${INCIDENT_KEY}/comment`;

const jiraTime = (at: Date) => `${at.toISOString().slice(0, 23)}+0000`;

function reply(status: number, body: unknown): JiraResponse {
  const text = JSON.stringify(body);
  return { status, headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) }, text: async () => text };
}

interface ListingOptions {
  /** Comments already on the incident before the test, oldest first. */
  earlier?: Comment[];
  /** Answer GET comments with this status instead of 200. */
  listingStatus?: number;
  /** Answer this many PUTs of the post-mortem property with 503 (the save after the comment). */
  failedSaves?: number;
}

/**
 * The fake incident plus what it lacks here: GET comments (the earlier ones, then those posted
 * through the fake, as Alice at NOW; `orderBy=-created` newest first; paged by startAt) and saves
 * that fail a given number of times (recorded in `refusedSaves`, never reaching the fake). The GETs
 * of the listing are recorded in `listings`.
 */
function withCommentListing(fake: FakeIncidentJira, options: ListingOptions) {
  let failedSaves = options.failedSaves ?? 0;
  const listings: string[] = [];
  const refusedSaves: string[] = [];
  const transport: JiraTransport = async (route, init = {}) => {
    const [path, query = ''] = route.value.split('?');
    const method = init.method ?? 'GET';
    if (method === 'GET' && path === commentsRoute) {
      listings.push(route.value);
      if (options.listingStatus) return reply(options.listingStatus, { errorMessages: ['Comments unavailable'], errors: {} });
      const posted = fake.comments.map((c, i): Comment => ({
        id: String(50001 + i), author: { accountId: ALICE }, created: jiraTime(NOW), body: (c as { body: Comment['body'] }).body,
      }));
      const all = [...(options.earlier ?? []), ...posted];
      const params = new URLSearchParams(query);
      const ordered = params.get('orderBy') === '-created' ? [...all].reverse() : all;
      const startAt = Number(params.get('startAt') ?? 0);
      const maxResults = Number(params.get('maxResults') ?? 50);
      return reply(200, { comments: ordered.slice(startAt, startAt + maxResults), startAt, maxResults, total: all.length });
    }
    if (method === 'PUT' && `${method} ${path}` === mainPath && failedSaves > 0) {
      failedSaves -= 1;
      refusedSaves.push(mainPath);
      return reply(503, { errorMessages: ['Service unavailable'], errors: {} });
    }
    return fake.fake.transport(route, init);
  };
  return { jira: createJiraClient(transport, { sleep: async () => undefined, retry: { serverErrorAttempts: 1 } }), listings, refusedSaves };
}

function setup(document: PostmortemDocument | undefined, options: FakeIncidentJiraOptions & ListingOptions = {}) {
  const fake = fakeIncidentJira({ ...options, properties: document ? { [POSTMORTEM_PROPERTY_KEY]: withIndexSummary(document) } : {} });
  const { jira, listings, refusedSaves } = withCommentListing(fake, options);
  const complete = (baseRevision: number) =>
    completePostmortem({ baseRevision }, { issueKey: INCIDENT_KEY, accountId: ALICE, siteUrl: 'https://example.atlassian.net' }, { jira, ledger: fake.ledger, now: () => NOW });
  return { ...fake, listings, refusedSaves, complete };
}

/** A comment on the incident whose first block is a level-2 heading with `title`. */
function headed(id: string, title: string, author: string, created: Date): Comment {
  return {
    id, author: { accountId: author }, created: jiraTime(created),
    body: { type: 'doc', version: 1, content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: title }] }] },
  };
}

const failure = (promise: Promise<unknown>) => rejectionOf(promise, AppError);

/**
 * The ledger as an attempt left it that died between posting the summary and recording the
 * comment's id: a completion of revision 3 by Alice, started at `startedAt`, with no comment id.
 */
function interruptedCompletion(fake: FakeIncidentJira, startedAt: Date): void {
  fake.ledger.records.set('10042', {
    ...newLedger('10042', INCIDENT_KEY, 3, {}),
    completion: { revision: 3, token: 'died', by: ALICE, startedAt: startedAt.toISOString() },
  });
}

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
    const { complete, writes, comments, properties, listings } = setup(workedDocument(NOW, { revision: 3 }));
    const result = await complete(3);
    expect(writes()).toEqual([commentPath, mainPath]);
    expect(listings).toEqual([]);
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

  it('after a failed save, completing again reuses the summary already posted and only saves', async () => {
    const { complete, writes, comments, properties, listings, refusedSaves } = setup(workedDocument(NOW, { revision: 3 }), { failedSaves: 1 });
    await expect(complete(3)).rejects.toMatchObject({ name: 'JiraError', status: 503 });
    expect(writes()).toEqual([commentPath]);
    expect(refusedSaves).toEqual([mainPath]);
    expect(comments).toHaveLength(1);
    expect((properties.get(POSTMORTEM_PROPERTY_KEY) as PostmortemDocument)).toMatchObject({ revision: 3, status: 'in-progress' });

    const result = await complete(3);
    expect(writes()).toEqual([commentPath, mainPath]);
    expect(comments).toHaveLength(1);
    expect(listings).toEqual([]);
    expect(result).toMatchObject({ revision: 4, commentId: '50001' });
    expect(properties.get(POSTMORTEM_PROPERTY_KEY)).toMatchObject({ revision: 4, status: 'complete', review: { completedBy: ALICE } });
  });

  it('after an attempt died between posting and recording, posts a new summary when the only summaries found are older than it, by someone else or of another incident', async () => {
    const saved = new Date(NOW.getTime() - 60_000);
    const title = `QA post-mortem complete: ${INCIDENT_KEY} Checkout fails for saved cards`;
    const earlier: Comment[] = [
      headed('40001', title, ALICE, new Date(saved.getTime() - 1)),
      headed('40002', title, BOB, NOW),
      headed('40003', `QA post-mortem complete: ${INCIDENT_KEY}0 Another incident`, ALICE, NOW),
      { ...headed('40004', title, ALICE, NOW), body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: title }] }] } },
    ];
    const fake = setup(workedDocument(NOW, { revision: 3, updatedAt: saved.toISOString() }), { earlier });
    interruptedCompletion(fake, saved);
    const { complete, writes, comments, listings } = fake;
    const result = await complete(3);
    expect(listings).toHaveLength(1);
    expect(writes()).toEqual([commentPath, mainPath]);
    expect(comments).toHaveLength(1);
    expect(result.commentId).toBe('50001');
  });

  it('after an attempt died between posting and recording, reuses the summary it posted even when the incident was renamed since', async () => {
    const saved = new Date(NOW.getTime() - 60_000);
    const earlier = [headed('40009', `QA post-mortem complete: ${INCIDENT_KEY} An older title`, ALICE, saved)];
    const fake = setup(workedDocument(NOW, { revision: 3, updatedAt: saved.toISOString() }), { earlier });
    interruptedCompletion(fake, saved);
    const { complete, writes, properties } = fake;
    const result = await complete(3);
    expect(writes()).toEqual([mainPath]);
    expect(result.commentId).toBe('40009');
    expect((properties.get(POSTMORTEM_PROPERTY_KEY) as PostmortemDocument).status).toBe('complete');
  });

  it('after an interrupted attempt, posts nothing and marks nothing complete when the comments cannot be read', async () => {
    const fake = setup(workedDocument(NOW, { revision: 3 }), { listingStatus: 503 });
    interruptedCompletion(fake, NOW);
    const { complete, writes, properties } = fake;
    await expect(complete(3)).rejects.toMatchObject({ status: 503, message: expect.stringContaining('GET /rest/api/3/issue/{issueIdOrKey}/comment') });
    expect(writes()).toEqual([]);
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
