import { compileJql, JqlError } from '../../../sandbox/emulator/jql';
import type { EmProject, EmUser } from '../../../sandbox/emulator/model';
import { ISSUE_TYPES, USERS } from '../../../sandbox/seed/base';
import { buildIssue, buildLink, createTestStore } from '../../helpers/em-store';

// creator, parent, issueLinkType and affectedVersion, on a fixed clock (Wednesday 18 March 2026).
const NOW = new Date('2026-03-18T10:30:00.000Z');
const { alice, bob, carol, eve } = USERS;

// QA's versions (sandbox/seed/base.ts): 1.0 … 1.6 released (10100 … 10106), 1.7 unreleased (10107).
const VERSION = { v15: '10105', v16: '10106', v17: '10107' };

const opsProject: EmProject = {
  id: '10001',
  key: 'OPS',
  name: 'Operations',
  leadAccountId: eve.accountId,
  issueTypeIds: ISSUE_TYPES.map((t) => t.id),
  components: [],
  versions: [{ id: '10400', name: '1.6', released: false, archived: false }],
  permissions: { browse: [alice.accountId, eve.accountId], edit: [alice.accountId], admin: [alice.accountId] },
  properties: new Map(),
};

const qa1 = buildIssue('QA-1', '2026-03-01T09:00:00.000Z', {
  id: '40001', fields: { creatorAccountId: alice.accountId, affectsVersionIds: [VERSION.v15] },
});
const qa2 = buildIssue('QA-2', '2026-03-02T09:00:00.000Z', {
  id: '40002', fields: { creatorAccountId: bob.accountId, parentId: qa1.id, affectsVersionIds: [VERSION.v16, VERSION.v15] },
});
// Imported without a creator.
const qa3 = buildIssue('QA-3', '2026-03-03T09:00:00.000Z', { id: '40003', fields: { creatorAccountId: null, parentId: qa1.id } });
const qa4 = buildIssue('QA-4', '2026-03-04T09:00:00.000Z', {
  id: '40004', fields: { creatorAccountId: carol.accountId, parentId: qa2.id, affectsVersionIds: [VERSION.v17] },
});
const ops1 = buildIssue('OPS-1', '2026-03-05T09:00:00.000Z', {
  id: '40005', projectId: '10001', fields: { creatorAccountId: eve.accountId, affectsVersionIds: ['10400'] },
});

// QA-1 blocks QA-2; QA-3 causes QA-1; QA-4 relates to QA-2; QA-3 duplicates QA-4. OPS-1 has no links.
const store = createTestStore({
  now: NOW,
  extraProjects: [opsProject],
  issues: [qa1, qa2, qa3, qa4, ops1],
  links: [
    buildLink('Blocks', qa1, qa2, '2026-03-05T10:00:00.000Z'),
    buildLink('Causes', qa3, qa1, '2026-03-05T11:00:00.000Z'),
    buildLink('Relates', qa4, qa2, '2026-03-05T12:00:00.000Z'),
    buildLink('Duplicate', qa3, qa4, '2026-03-05T13:00:00.000Z'),
  ],
});

function matching(jql: string, viewer: EmUser = alice): string[] {
  const { matches } = compileJql(jql, store, viewer.accountId);
  return store.issues().filter((i) => store.canBrowse(viewer.accountId, i) && matches(i)).map((i) => i.key);
}

function ordered(jql: string, viewer: EmUser = alice): string[] {
  const { matches, compare } = compileJql(jql, store, viewer.accountId);
  return store.issues().filter((i) => store.canBrowse(viewer.accountId, i) && matches(i)).sort(compare).map((i) => i.key);
}

function errorsOf(jql: string, viewer: EmUser = alice): string[] {
  try {
    compileJql(jql, store, viewer.accountId);
  } catch (error) {
    if (error instanceof JqlError) return error.errorMessages;
    throw error;
  }
  throw new Error(`expected "${jql}" to be refused`);
}

describe('creator', () => {
  it('takes account ids, e-mail addresses, currentUser() and EMPTY', () => {
    expect(matching(`creator = "${alice.accountId}"`)).toEqual(['QA-1']);
    expect(matching('creator = "bob@example.com"')).toEqual(['QA-2']);
    expect(matching('creator = currentUser()', carol)).toEqual(['QA-4']);
    expect(matching('creator in ("alice@example.com", "carol@example.com")')).toEqual(['QA-1', 'QA-4']);
    expect(matching('creator is EMPTY')).toEqual(['QA-3']);
    expect(matching('creator is not EMPTY')).toEqual(['QA-1', 'QA-2', 'QA-4', 'OPS-1']);
  });

  it('does not match issues without a creator with != or NOT', () => {
    expect(matching('creator != "alice@example.com"')).toEqual(['QA-2', 'QA-4', 'OPS-1']);
    expect(matching('NOT creator = "alice@example.com"')).toEqual(['QA-2', 'QA-4', 'OPS-1']);
    expect(matching('creator not in ("bob@example.com", "eve@example.com")')).toEqual(['QA-1', 'QA-4']);
  });

  it('sorts by display name and refuses unknown users, other operators and history', () => {
    expect(ordered('project in (QA, OPS) ORDER BY creator ASC')).toEqual(['QA-1', 'QA-2', 'QA-4', 'OPS-1', 'QA-3']);
    expect(errorsOf('creator = "nobody@example.com"')).toEqual(["The value 'nobody@example.com' does not exist for the field 'creator'."]);
    expect(errorsOf('creator ~ alice')).toEqual(["The operator '~' is not supported by the 'creator' field."]);
    expect(errorsOf('creator was "alice@example.com"')).toEqual(["History searches do not support the 'creator' field."]);
  });
});

describe('parent', () => {
  it('finds the children of a parent given by key (any case) or id', () => {
    expect(matching('parent = QA-1')).toEqual(['QA-2', 'QA-3']);
    expect(matching('parent = qa-1')).toEqual(['QA-2', 'QA-3']);
    expect(matching(`parent = ${qa1.id}`)).toEqual(['QA-2', 'QA-3']);
    expect(matching('parent in (QA-1, QA-2)')).toEqual(['QA-2', 'QA-3', 'QA-4']);
  });

  it('does not match issues without a parent with !=, NOT IN or NOT', () => {
    expect(matching('parent != QA-1')).toEqual(['QA-4']);
    expect(matching('parent not in (QA-2)')).toEqual(['QA-2', 'QA-3']);
    expect(matching('NOT parent = QA-2')).toEqual(['QA-2', 'QA-3']);
  });

  it('takes no IS, no EMPTY, no functions and no ordering; a parent the viewer cannot see does not exist', () => {
    expect(errorsOf('parent is EMPTY')).toEqual(["The operator 'is' is not supported by the 'parent' field."]);
    expect(errorsOf('parent = EMPTY')).toEqual(["The operator '=' does not support the EMPTY keyword for field 'parent'."]);
    expect(errorsOf('parent in (QA-1, EMPTY)')).toEqual(["The operator 'in' does not support the EMPTY keyword for field 'parent'."]);
    expect(errorsOf('parent > QA-1')).toEqual(["The operator '>' is not supported by the 'parent' field."]);
    expect(errorsOf('parent in linkedIssues(QA-1)')).toEqual(["The function 'linkedIssues' is not supported by the 'parent' field."]);
    expect(errorsOf('parent = QA-99')).toEqual(["An issue with key 'QA-99' does not exist for field 'parent'."]);
    expect(errorsOf('parent = QA-1', eve)).toEqual(["An issue with key 'QA-1' does not exist for field 'parent'."]);
    expect(errorsOf('project = QA ORDER BY parent')).toEqual(["Field 'parent' does not support sorting."]);
  });
});

describe('issueLinkType', () => {
  it('matches a description on the issue\'s own side of the link', () => {
    expect(matching('issueLinkType = "is blocked by"')).toEqual(['QA-2']);
    expect(matching('issueLinkType = "is caused by"')).toEqual(['QA-1']);
    expect(matching('issueLinkType = "RELATES TO"')).toEqual(['QA-2', 'QA-4']);
    expect(matching('issueLinkType = duplicates')).toEqual(['QA-3']);
    expect(matching('issueLinkType = "is duplicated by"')).toEqual(['QA-4']);
  });

  it('matches the link type\'s name on either side, so "blocks" (name and outward description) finds both', () => {
    expect(matching('issueLinkType = blocks')).toEqual(['QA-1', 'QA-2']);
    expect(matching('issueLinkType = causes')).toEqual(['QA-1', 'QA-3']);
    expect(matching('issueLinkType in ("relates to", "is caused by")')).toEqual(['QA-1', 'QA-2', 'QA-4']);
    expect(matching('issueLinkType = Duplicate')).toEqual(['QA-3', 'QA-4']);
  });

  it('matches only issues that have links with != and NOT IN', () => {
    expect(matching('issueLinkType != "is blocked by"')).toEqual(['QA-1', 'QA-3', 'QA-4']);
    expect(matching('issueLinkType not in (blocks, relates)')).toEqual(['QA-3']);
    expect(matching('NOT issueLinkType = causes')).toEqual(['QA-2', 'QA-4']);
  });

  it('refuses unknown link types, IS, EMPTY and sorting', () => {
    expect(errorsOf('issueLinkType = fixes')).toEqual(["The value 'fixes' does not exist for the field 'issueLinkType'."]);
    expect(errorsOf('issueLinkType is not EMPTY')).toEqual(["The operator 'is not' is not supported by the 'issueLinkType' field."]);
    expect(errorsOf('issueLinkType = EMPTY')).toEqual(["The operator '=' does not support the EMPTY keyword for field 'issueLinkType'."]);
    expect(errorsOf('issueLinkType changed')).toEqual(["History searches do not support the 'issueLinkType' field."]);
    expect(errorsOf('project = QA ORDER BY issueLinkType')).toEqual(["Field 'issueLinkType' does not support sorting."]);
    expect(errorsOf('workItemLinkType = blocks')).toEqual(["Field 'workItemLinkType' does not exist or you do not have permission to view it."]);
  });
});

describe('affectedVersion', () => {
  it('matches versions by name in every project, or by id, and the version functions', () => {
    expect(matching('affectedVersion = "1.5"')).toEqual(['QA-1', 'QA-2']);
    expect(matching('affectedVersion = "1.6"')).toEqual(['QA-2', 'OPS-1']);
    expect(matching(`affectedVersion = ${VERSION.v16}`)).toEqual(['QA-2']);
    expect(matching('affectedVersion in unreleasedVersions()')).toEqual(['QA-4', 'OPS-1']);
    expect(matching('affectedVersion in releasedVersions(QA)')).toEqual(['QA-1', 'QA-2']);
    expect(matching('affectedVersion = latestReleasedVersion(QA)')).toEqual(['QA-2']);
    expect(matching('affectedVersion = earliestUnreleasedVersion(OPS)')).toEqual(['OPS-1']);
  });

  it('compares by the project\'s version order and reads its own field, not fixVersion', () => {
    expect(matching('affectedVersion > "1.5"')).toEqual(['QA-2', 'QA-4']);
    expect(matching('affectedVersion <= "1.5"')).toEqual(['QA-1', 'QA-2']);
    expect(matching('affectedVersion is EMPTY')).toEqual(['QA-3']);
    expect(matching('affectedVersion != "1.5"')).toEqual(['QA-4', 'OPS-1']);
    expect(matching('fixVersion is EMPTY')).toEqual(['QA-1', 'QA-2', 'QA-3', 'QA-4', 'OPS-1']);
  });

  it('refuses unknown versions, text operators and history', () => {
    expect(errorsOf('affectedVersion = "9.9"')).toEqual(["The value '9.9' does not exist for the field 'affectedVersion'."]);
    expect(errorsOf('affectedVersion ~ "1.5"')).toEqual(["The operator '~' is not supported by the 'affectedVersion' field."]);
    expect(errorsOf('affectedVersion was "1.5"')).toEqual(["History searches do not support the 'affectedVersion' field."]);
  });
});
