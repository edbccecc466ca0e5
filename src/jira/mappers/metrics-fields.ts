/**
 * The issue fields each metrics search asks Jira for, and their types: a pick of the issue fields
 * declared once in src/jira/shapes.ts. The mappers (metrics.ts) take `IssueBean<…Fields>`, and the
 * lists below are the `fields` the services send, checked against those types.
 */
import type { IssueFields } from '../shapes';

/** The fields the defect search asks for (DEFECT_SEARCH_FIELDS). */
export type DefectSearchFields = Pick<
  IssueFields, 'issuetype' | 'status' | 'resolution' | 'resolutiondate' | 'created' | 'labels' | 'components' | 'fixVersions'
>;

export const DEFECT_SEARCH_FIELDS = [
  'issuetype', 'status', 'resolution', 'resolutiondate', 'created', 'labels', 'components', 'fixVersions',
] as const satisfies readonly (keyof DefectSearchFields)[];

/** The fields the action-item task search asks for (ACTION_TASK_FIELDS). */
export type ActionTaskFields = Pick<IssueFields, 'created' | 'duedate' | 'status' | 'resolutiondate' | 'resolution'>;

export const ACTION_TASK_FIELDS = ['created', 'duedate', 'status', 'resolutiondate', 'resolution'] as const satisfies readonly (keyof ActionTaskFields)[];

/** The fields the incident search asks for; the post-mortem comes as the issue property. */
export type IncidentFields = Pick<IssueFields, 'created'>;

export const INCIDENT_FIELDS = ['created'] as const satisfies readonly (keyof IncidentFields)[];

/** The fields the follow-through search asks for: an incident's, an action task's, and what tells them apart. */
export type FollowThroughFields = IncidentFields & ActionTaskFields & Pick<IssueFields, 'issuetype' | 'labels' | 'project'>;

export const FOLLOW_THROUGH_SEARCH_FIELDS: readonly (keyof FollowThroughFields)[] = [
  ...new Set<keyof FollowThroughFields>([...INCIDENT_FIELDS, ...ACTION_TASK_FIELDS, 'issuetype', 'labels', 'project']),
];

/** The fields the incident panel's metrics read of the incident: its project, creation, components, fix versions and links. */
export type IncidentFactsFields = Pick<IssueFields, 'created' | 'components' | 'fixVersions' | 'issuelinks' | 'project'>;

export const INCIDENT_FACTS_FIELDS = [
  'created', 'components', 'fixVersions', 'issuelinks', 'project',
] as const satisfies readonly (keyof IncidentFactsFields)[];

/** The issue property holding the post-mortem document (DESIGN.md section 3). */
export { POSTMORTEM_PROPERTY_KEY } from '../../domain/postmortem/document';
