/**
 * Builders for Jira REST v3 response bodies, shaped as Atlassian's OpenAPI description has them
 * (the contract tests validate them against it). Each takes Partial overrides.
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

export const SITE = 'https://qa-postmortem.atlassian.net';

export function userBuilder(overrides: Partial<User> = {}): User {
  const accountId = overrides.accountId ?? '712020:0b1c2d3e-aaaa-4bbb-8ccc-000000000001';
  return {
    self: `${SITE}/rest/api/3/user?accountId=${accountId}`,
    accountId,
    accountType: 'atlassian',
    displayName: 'Ada Quinn',
    active: true,
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
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

export function changelogBuilder(overrides: Partial<Changelog> = {}): Changelog {
  return {
    id: '20001',
    author: userBuilder(),
    created: '2024-03-01T09:30:00.000+0000',
    items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '10000', fromString: 'To Do', to: '10001', toString: 'Done' }],
    ...overrides,
  };
}

export function issueChangeLogBuilder(issueId: string, changeHistories: Changelog[] = [changelogBuilder()]): IssueChangeLog {
  return { issueId, changeHistories };
}

export function createdIssueBuilder(id: string, key = `QA-${Number(id) - 10000}`): CreatedIssue {
  return { id, key, self: `${SITE}/rest/api/3/issue/${id}` };
}

export const adfParagraph = (text: string) => ({ type: 'doc' as const, version: 1 as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

export function commentBuilder(overrides: Partial<Comment> = {}): Comment {
  const id = overrides.id ?? '30001';
  return {
    self: `${SITE}/rest/api/3/issue/10001/comment/${id}`,
    id,
    author: userBuilder(),
    updateAuthor: userBuilder(),
    body: adfParagraph('Post-mortem complete.'),
    created: '2024-03-02T10:00:00.000+0000',
    updated: '2024-03-02T10:00:00.000+0000',
    ...overrides,
  };
}
