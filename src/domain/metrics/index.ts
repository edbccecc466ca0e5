/**
 * The metrics engine's public API: settings, JQL, the Jira-to-record mappers and the formulas of
 * DESIGN.md section 4. Pure: no I/O, no @forge imports; services fetch and hand the data in.
 */
export * from './settings';
export * from './dates';
export * from './jql';
export type * from './jira-shapes';
export { ACTION_TASK_FIELDS, DEFECT_SEARCH_FIELDS, INCIDENT_FIELDS, POSTMORTEM_PROPERTY_KEY } from './jira-shapes';
export * from './records';
export * from './status-catalog';
export * from './jira-mappers';
export * from './classify';
export * from './rates';
export * from './groups';
export * from './actions';
export * from './incidents';
export * from './incident-metrics';
