/**
 * Builders for Jira REST v3 response bodies typed as the app's Jira port reads them (src/jira/types),
 * shaped as Atlassian's OpenAPI description has them (the contract tests validate them against it).
 * Each takes Partial overrides. Users, change items and ADF come from jira-fixtures, so both modules
 * describe the same site and the same people.
 */
import type {
  Changelog,
  Comment,
  CreatedIssue,
  IssueBean,
  IssueChangeLog,
  StatusDetails,
  User,
} from '../../src/jira/types';
import { adfDocFixture, changeItemFixture, FIXTURE_SITE, historyFixture, userFixture } from './jira-fixtures';

export const SITE = FIXTURE_SITE;

/** Ada Quinn unless overridden; `self` follows the account id. */
export function userBuilder(overrides: Partial<User> = {}): User {
  return { ...userFixture({ accountId: overrides.accountId }), ...overrides };
}

export function statusBuilder(overrides: Partial<StatusDetails> = {}): StatusDetails {
  const id = overrides.id ?? '10001';
  return {
    self: `${SITE}/rest/api/3/status/${id}`,
    id,
    name: 'Done',
    description: '',
    iconUrl: `${SITE}/images/icons/statuses/generic.png`,
    statusCategory: { self: `${SITE}/rest/api/3/statuscategory/3`, id: 3, key: 'done', name: 'Done', colorName: 'green' },
    ...overrides,
  };
}

export function issueBuilder(overrides: Partial<IssueBean> = {}): IssueBean {
  const id = overrides.id ?? '10001';
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id,
    key: overrides.key ?? `QA-${Number(id) - 10000}`,
    self: `${SITE}/rest/api/3/issue/${id}`,
    fields: { summary: 'Checkout fails for saved cards', status: statusBuilder(), labels: [] },
    ...overrides,
  };
}

/** Ada moves the issue from To Do to Done. */
export function changelogBuilder(overrides: Partial<Changelog> = {}): Changelog {
  return {
    ...historyFixture({
      id: '20001',
      created: '2024-03-01T09:30:00.000+0000',
      items: [changeItemFixture({ fromString: 'To Do', to: '10001', toString: 'Done' })],
    }),
    ...overrides,
  };
}

export function issueChangeLogBuilder(issueId: string, changeHistories: Changelog[] = [changelogBuilder()]): IssueChangeLog {
  return { issueId, changeHistories };
}

export function createdIssueBuilder(id: string, key = `QA-${Number(id) - 10000}`): CreatedIssue {
  return { id, key, self: `${SITE}/rest/api/3/issue/${id}` };
}

export function commentBuilder(overrides: Partial<Comment> = {}): Comment {
  const id = overrides.id ?? '30001';
  return {
    self: `${SITE}/rest/api/3/issue/10001/comment/${id}`,
    id,
    author: userBuilder(),
    updateAuthor: userBuilder(),
    body: adfDocFixture('Post-mortem complete.'),
    created: '2024-03-02T10:00:00.000+0000',
    updated: '2024-03-02T10:00:00.000+0000',
    ...overrides,
  };
}
