/**
 * Jira REST v3 shaped responses for the mapper tests, as the OpenAPI description has them
 * (IssueBean from search/jql, BulkChangelogResponseBean, StatusDetails, IssueLink, Version).
 */
import type { ActionTaskFields, DefectSearchFields, IncidentFields } from '../../../../src/jira/mappers/metrics-fields';
import type { Changelog, IssueBean, IssueLink, StatusDetails, Version } from '../../../../src/jira/shapes';
import { at, STATUSES } from '../../domain/metrics/fixtures';

const SITE = 'https://example.atlassian.net';
const CATEGORY = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
} as const;

export function jiraStatus(id: string): StatusDetails {
  const info = STATUSES.find((s) => s.id === id);
  if (!info) throw new Error(`no status ${id} in the fixtures`);
  return {
    self: `${SITE}/rest/api/3/status/${id}`,
    description: '',
    iconUrl: `${SITE}/images/icons/statuses/generic.png`,
    name: info.name,
    id,
    statusCategory: { self: `${SITE}/rest/api/3/statuscategory/${CATEGORY[info.categoryKey as keyof typeof CATEGORY].id}`, ...CATEGORY[info.categoryKey as keyof typeof CATEGORY] },
  };
}

export const JIRA_STATUSES: StatusDetails[] = STATUSES.map((s) => jiraStatus(s.id));

export function jiraDefect(overrides: { id?: string; key?: string; fields?: Partial<DefectSearchFields> } = {}): IssueBean<DefectSearchFields> {
  const id = overrides.id ?? '10500';
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id,
    self: `${SITE}/rest/api/3/issue/${id}`,
    key: overrides.key ?? 'QA-50',
    fields: {
      issuetype: { self: `${SITE}/rest/api/3/issuetype/10001`, id: '10001', name: 'Bug', subtask: false, hierarchyLevel: 0 },
      status: jiraStatus('10001'),
      resolution: { self: `${SITE}/rest/api/3/resolution/10005`, id: '10005', name: 'Fixed', description: 'A fix for this issue is checked in.' },
      resolutiondate: at(3, 12, '16:00'),
      created: at(3, 10, '08:15'),
      labels: ['found-in-production'],
      components: [{ self: `${SITE}/rest/api/3/component/10201`, id: '10201', name: 'Payments' }],
      fixVersions: [{ self: `${SITE}/rest/api/3/version/10102`, id: '10102', name: '1.2', archived: false, released: true, releaseDate: '2026-01-01' }],
      ...overrides.fields,
    },
  };
}

export function statusHistory(id: string, created: string, from: string, to: string): Changelog {
  const name = (statusId: string) => STATUSES.find((s) => s.id === statusId)?.name ?? statusId;
  return {
    id,
    author: { accountId: '712020:bob-0002', displayName: 'Bob Martins', active: true },
    created,
    items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from, fromString: name(from), to, toString: name(to) }],
  };
}

export function jiraTask(overrides: { key?: string; fields?: Partial<ActionTaskFields> } = {}): IssueBean<ActionTaskFields> {
  return {
    id: '10900',
    key: overrides.key ?? 'QA-90',
    fields: { created: at(3, 1, '09:00'), duedate: '2026-04-01', status: jiraStatus('10000'), resolutiondate: null, ...overrides.fields },
  };
}

export function jiraIncident(overrides: { key?: string; fields?: Partial<IncidentFields>; properties?: Record<string, unknown> } = {}): IssueBean<IncidentFields> {
  return { id: '10001', key: overrides.key ?? 'QA-1', fields: { created: at(3, 1, '09:30'), ...overrides.fields }, properties: overrides.properties ?? {} };
}

export function jiraLink(direction: 'inward' | 'outward', type: 'Causes' | 'Relates' | 'Blocks', other: { key: string; issueType?: string; summary?: string; statusId?: string }): IssueLink {
  const types = {
    Causes: { id: '10001', name: 'Causes', inward: 'is caused by', outward: 'causes' },
    Relates: { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
    Blocks: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  };
  const linked = {
    id: String(20000 + Number(other.key.split('-')[1])),
    key: other.key,
    self: `${SITE}/rest/api/3/issue/${other.key}`,
    fields: {
      summary: other.summary ?? `Summary of ${other.key}`,
      status: jiraStatus(other.statusId ?? '10001'),
      priority: { id: '3', name: 'Medium' },
      issuetype: { id: '10001', name: other.issueType ?? 'Bug', subtask: false, hierarchyLevel: 0 },
    },
  };
  return {
    id: String(30000 + Number(other.key.split('-')[1])),
    self: `${SITE}/rest/api/3/issueLink/${other.key}`,
    type: { ...types[type], self: `${SITE}/rest/api/3/issueLinkType/${types[type].id}` },
    ...(direction === 'inward' ? { inwardIssue: linked } : { outwardIssue: linked }),
  };
}

export function jiraVersion(name: string, releaseDate: string | undefined, released = true): Version {
  return { self: `${SITE}/rest/api/3/version/${name}`, id: `v${name}`, name, archived: false, released, releaseDate, projectId: 10000 };
}
