/**
 * Jira issue JSON for the tests, shaped like `GET /rest/api/3/issue/{key}?expand=changelog` with the
 * `comment` and `issuelinks` fields (IssueBean, PageOfChangelogs, Changelog, ChangeDetails, Comment,
 * PageOfComments, IssueLink, UserDetails in the REST v3 OpenAPI description). Builders take Partial
 * overrides; `incidentIssueFixture` is a realistic incident history built relative to a start time,
 * so no date in it goes stale. Times are written the way Jira writes them (`+0000` offsets).
 */

export const FIXTURE_SITE = 'https://qa-postmortem.atlassian.net';

export interface FixtureUser {
  self: string;
  accountId: string;
  accountType: 'atlassian' | 'app' | 'customer';
  displayName: string;
  active: boolean;
  timeZone: string;
}

export interface FixtureChangeItem {
  field: string;
  fieldtype: string;
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface FixtureHistory {
  id: string;
  author: FixtureUser;
  created: string;
  items: FixtureChangeItem[];
}

export interface FixtureAdfDoc {
  type: 'doc';
  version: 1;
  content: unknown[];
}

export interface FixtureComment {
  self: string;
  id: string;
  author: FixtureUser;
  updateAuthor: FixtureUser;
  body: FixtureAdfDoc;
  created: string;
  updated: string;
  jsdPublic: boolean;
}

export interface FixtureLinkedIssue {
  id: string;
  key: string;
  self: string;
  fields: { summary: string; status: { name: string }; issuetype: { name: string } };
}

export interface FixtureIssueLink {
  id: string;
  self: string;
  type: { id: string; name: string; inward: string; outward: string; self: string };
  inwardIssue?: FixtureLinkedIssue;
  outwardIssue?: FixtureLinkedIssue;
  /** Not in Jira's IssueLink schema (Jira records link times in the changelog); some sources add it. */
  created?: string;
}

export interface FixtureIssue {
  expand: string;
  id: string;
  key: string;
  self: string;
  fields: {
    summary: string;
    created: string;
    updated: string;
    reporter: FixtureUser | null;
    creator: FixtureUser | null;
    status: { name: string; statusCategory: { key: string } };
    priority: { id: string; name: string };
    comment: { comments: FixtureComment[]; startAt: number; maxResults: number; total: number };
    issuelinks: FixtureIssueLink[];
  };
  changelog: { startAt: number; maxResults: number; total: number; histories: FixtureHistory[] };
}

/** Jira's timestamp form, e.g. 2026-03-01T09:30:00.000+0000. */
export function jiraTime(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

export function minutesAfter(base: Date, minutes: number): Date {
  return new Date(base.getTime() + minutes * 60_000);
}

export function userFixture(overrides: Partial<FixtureUser> = {}): FixtureUser {
  const accountId = overrides.accountId ?? '712020:00000000-0000-4000-8000-000000000001';
  return {
    self: `${FIXTURE_SITE}/rest/api/3/user?accountId=${accountId}`,
    accountId,
    accountType: 'atlassian',
    displayName: 'Ada Quinn',
    active: true,
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

export const ADA = userFixture();
export const BOB = userFixture({ accountId: '712020:00000000-0000-4000-8000-000000000002', displayName: 'Bob Marsh' });
export const CAROL = userFixture({ accountId: '712020:00000000-0000-4000-8000-000000000003', displayName: 'Carol Diaz' });

export function changeItemFixture(overrides: Partial<FixtureChangeItem> = {}): FixtureChangeItem {
  return {
    field: 'status',
    fieldtype: 'jira',
    fieldId: 'status',
    from: '10000',
    fromString: 'Open',
    to: '3',
    toString: 'In Progress',
    ...overrides,
  };
}

export const statusChange = (fromString: string, toString: string): FixtureChangeItem =>
  changeItemFixture({ from: fromString.toLowerCase(), fromString, to: toString.toLowerCase(), toString });

export const priorityChange = (fromString: string, toString: string): FixtureChangeItem =>
  changeItemFixture({ field: 'priority', fieldId: 'priority', from: '3', fromString, to: '1', toString });

export const assigneeChange = (from: FixtureUser | null, to: FixtureUser | null): FixtureChangeItem =>
  changeItemFixture({
    field: 'assignee',
    fieldId: 'assignee',
    from: from?.accountId ?? null,
    fromString: from?.displayName ?? null,
    to: to?.accountId ?? null,
    toString: to?.displayName ?? null,
  });

/** The item Jira writes when a link is made (`to`) or removed (`from`); it has no fieldId. */
export const linkChange = (otherKey: string, description: string, removed = false): FixtureChangeItem => ({
  field: 'Link',
  fieldtype: 'jira',
  from: removed ? otherKey : null,
  fromString: removed ? description : null,
  to: removed ? null : otherKey,
  toString: removed ? null : description,
});

export function historyFixture(overrides: Partial<FixtureHistory> = {}): FixtureHistory {
  return { id: '30001', author: ADA, created: jiraTime(new Date()), items: [changeItemFixture()], ...overrides };
}

export function adfDocFixture(...paragraphs: string[]): FixtureAdfDoc {
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
  };
}

export function commentFixture(overrides: Partial<FixtureComment> = {}): FixtureComment {
  const id = overrides.id ?? '40001';
  const created = overrides.created ?? jiraTime(new Date());
  const author = overrides.author ?? ADA;
  return {
    self: `${FIXTURE_SITE}/rest/api/3/issue/10042/comment/${id}`,
    id,
    author,
    updateAuthor: author,
    body: adfDocFixture('Looking into it.'),
    created,
    updated: created,
    jsdPublic: true,
    ...overrides,
  };
}

export function linkedIssueFixture(key: string, summary: string, issueType = 'Bug'): FixtureLinkedIssue {
  const id = String(10000 + Number(key.split('-')[1] ?? 0));
  return { id, key, self: `${FIXTURE_SITE}/rest/api/3/issue/${id}`, fields: { summary, status: { name: 'Open' }, issuetype: { name: issueType } } };
}

export function issueLinkFixture(overrides: Partial<FixtureIssueLink> = {}): FixtureIssueLink {
  const id = overrides.id ?? '50001';
  return {
    id,
    self: `${FIXTURE_SITE}/rest/api/3/issueLink/${id}`,
    type: { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to', self: `${FIXTURE_SITE}/rest/api/3/issueLinkType/10003` },
    outwardIssue: linkedIssueFixture('QA-7', 'Saved cards rejected after release 4.2'),
    ...overrides,
  };
}

export interface IssueFixtureOverrides extends Partial<Omit<FixtureIssue, 'fields' | 'changelog'>> {
  fields?: Partial<FixtureIssue['fields']>;
  histories?: FixtureHistory[];
  comments?: FixtureComment[];
}

export function issueFixture(overrides: IssueFixtureOverrides = {}): FixtureIssue {
  const { fields = {}, histories = [], comments = fields.comment?.comments ?? [], ...top } = overrides;
  const id = top.id ?? '10042';
  const created = fields.created ?? jiraTime(new Date());
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id,
    key: 'QA-42',
    self: `${FIXTURE_SITE}/rest/api/3/issue/${id}`,
    ...top,
    fields: {
      summary: 'Checkout fails for saved cards',
      created,
      updated: created,
      reporter: ADA,
      creator: ADA,
      status: { name: 'Open', statusCategory: { key: 'new' } },
      priority: { id: '3', name: 'Medium' },
      issuelinks: [],
      ...fields,
      comment: { comments, startAt: 0, maxResults: comments.length, total: comments.length },
    },
    changelog: { startAt: 0, maxResults: histories.length, total: histories.length, histories },
  };
}

/**
 * A realistic incident: reported by Ada, triaged and escalated, assigned to Bob, linked to the bug
 * that caused it (recorded in the changelog) and to a follow-up (only in issuelinks), discussed in
 * comments, resolved. Every time is `start` plus minutes.
 */
export function incidentIssueFixture(start: Date): FixtureIssue {
  const at = (minutes: number) => jiraTime(minutesAfter(start, minutes));
  return issueFixture({
    fields: {
      summary: 'Checkout fails for saved cards',
      created: at(0),
      updated: at(190),
      status: { name: 'Resolved', statusCategory: { key: 'done' } },
      priority: { id: '1', name: 'Highest' },
      issuelinks: [
        issueLinkFixture({
          id: '50001',
          type: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks', self: `${FIXTURE_SITE}/rest/api/3/issueLinkType/10000` },
          inwardIssue: linkedIssueFixture('QA-7', 'Saved cards rejected after release 4.2'),
          outwardIssue: undefined,
        }),
        issueLinkFixture({ id: '50002', outwardIssue: linkedIssueFixture('QA-51', 'Add contract test for card vault', 'Task') }),
      ],
    },
    histories: [
      historyFixture({ id: '30001', author: ADA, created: at(5), items: [statusChange('Open', 'Triage'), priorityChange('Medium', 'Highest')] }),
      historyFixture({ id: '30002', author: ADA, created: at(12), items: [assigneeChange(null, BOB)] }),
      historyFixture({ id: '30003', author: BOB, created: at(30), items: [linkChange('QA-7', 'This issue is blocked by QA-7')] }),
      historyFixture({ id: '30004', author: BOB, created: at(31), items: [statusChange('Triage', 'In Progress')] }),
      historyFixture({
        id: '30005',
        author: BOB,
        created: at(150),
        items: [changeItemFixture({ field: 'labels', fieldId: 'labels', from: null, fromString: '', to: null, toString: 'found-in-production' })],
      }),
      historyFixture({ id: '30006', author: BOB, created: at(190), items: [statusChange('In Progress', 'Resolved'), assigneeChange(BOB, CAROL)] }),
    ],
    comments: [
      commentFixture({ id: '40001', author: CAROL, created: at(20), body: adfDocFixture('Payments dashboard shows 38% of saved-card checkouts failing since 09:10.') }),
      commentFixture({
        id: '40002',
        author: BOB,
        created: at(120),
        body: {
          type: 'doc',
          version: 1,
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Rolled back ' },
                { type: 'text', text: 'release 4.2', marks: [{ type: 'strong' }] },
                { type: 'text', text: ' and ' },
                { type: 'mention', attrs: { id: CAROL.accountId, text: '@Carol Diaz' } },
                { type: 'text', text: ' confirmed checkouts recover. The card vault client was sending the token in the wrong field after the SDK upgrade; the contract tests did not cover saved cards at all, so nothing caught it before production.' },
              ],
            },
          ],
        },
      }),
    ],
  });
}
