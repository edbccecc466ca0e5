/**
 * A small in-memory EmulatorStore for unit tests of code that reads the emulator's model (the JQL
 * evaluator first), built from the demo site's fixed configuration in sandbox/seed/base.ts, plus
 * builders for issues and links with Partial overrides.
 */
import type {
  EmIssue, EmIssueFields, EmLink, EmProject, EmulatorStore, PropertyIndexValue,
} from '../../sandbox/emulator/model';
import {
  APP_USER, ISSUE_TYPES, LINK_TYPES, PRIORITIES, RESOLUTIONS, STATUS, STATUSES, USERS, qaProject,
} from '../../sandbox/seed/base';

export interface TestStoreOptions {
  now: Date;
  issues?: EmIssue[];
  links?: EmLink[];
  /** Projects besides QA. */
  extraProjects?: EmProject[];
  /** The issue property paths JQL may search (an app's jira:entityProperty index). */
  propertyIndex?: PropertyIndexValue[];
}

export function createTestStore(options: TestStoreOptions): EmulatorStore {
  const { now } = options;
  const projects = [qaProject(now), ...(options.extraProjects ?? [])];
  const issues = options.issues ?? [];
  const links = options.links ?? [];
  const users = [...Object.values(USERS), APP_USER];
  const byIdOrKey = new Map<string, EmIssue>();
  for (const issue of issues) {
    byIdOrKey.set(issue.id, issue);
    byIdOrKey.set(issue.key, issue);
  }
  return {
    now: () => now,
    users: () => users,
    userById: (accountId) => users.find((u) => u.accountId === accountId),
    projects: () => projects,
    projectByIdOrKey: (idOrKey) => projects.find((p) => p.id === idOrKey || p.key.toUpperCase() === idOrKey.toUpperCase()),
    statuses: () => STATUSES,
    statusById: (id) => STATUSES.find((s) => s.id === id),
    issueTypes: () => ISSUE_TYPES,
    priorities: () => PRIORITIES,
    resolutions: () => RESOLUTIONS,
    linkTypes: () => LINK_TYPES,
    issues: () => issues,
    issueByIdOrKey: (idOrKey) => byIdOrKey.get(idOrKey),
    linksOf: (issueId) => links.filter((l) => l.inwardIssueId === issueId || l.outwardIssueId === issueId),
    propertyIndex: () => options.propertyIndex ?? [],
    canBrowse: (accountId, issue) => {
      const project = projects.find((p) => p.id === issue.projectId);
      return accountId !== null && project !== undefined && project.permissions.browse.includes(accountId);
    },
  };
}

export interface IssueOverrides {
  id?: string;
  projectId?: string;
  fields?: Partial<EmIssueFields>;
  properties?: Record<string, unknown>;
  comments?: { authorAccountId: string; text: string; created: string }[];
}

let nextId = 10_000;

/** An issue with plausible defaults: a QA Bug in To Do, created `created`, nothing else set. */
export function buildIssue(key: string, created: string, overrides: IssueOverrides = {}): EmIssue {
  const id = overrides.id ?? String(nextId++);
  return {
    id,
    key,
    projectId: overrides.projectId ?? '10000',
    fields: {
      summary: `Issue ${key}`,
      description: null,
      issueTypeId: '10001',
      statusId: STATUS.todo,
      priorityId: '3',
      resolutionId: null,
      assigneeAccountId: null,
      reporterAccountId: USERS.alice.accountId,
      creatorAccountId: USERS.alice.accountId,
      parentId: null,
      affectsVersionIds: [],
      labels: [],
      componentIds: [],
      fixVersionIds: [],
      duedate: null,
      created,
      updated: created,
      resolutiondate: null,
      statuscategorychangedate: created,
      ...overrides.fields,
    },
    changelog: [],
    comments: (overrides.comments ?? []).map((c, i) => ({
      id: `${id}${i}`,
      authorAccountId: c.authorAccountId,
      body: adfParagraph(c.text),
      created: c.created,
      updated: c.created,
    })),
    properties: new Map(Object.entries(overrides.properties ?? {})),
  };
}

export function buildLink(typeName: string, outward: EmIssue, inward: EmIssue, created: string): EmLink {
  const type = LINK_TYPES.find((t) => t.name === typeName);
  if (!type) throw new Error(`No link type ${typeName}`);
  return { id: `${outward.id}-${inward.id}`, typeId: type.id, outwardIssueId: outward.id, inwardIssueId: inward.id, created };
}

export function adfParagraph(text: string): unknown {
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}
