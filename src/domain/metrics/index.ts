/**
 * The metrics engine's public API: settings, JQL, the Jira-to-record mappers and the formulas of
 * DESIGN.md section 4. Pure: no I/O, no @forge imports; services fetch and hand the data in.
 */
export * from './settings';
export * from './dates';
export * from './jql';
export * from './search-fields';
export * from './records';
export * from './status-catalog';
export * from './jira-mappers';
export * from './classify';
export * from './rates';
export * from './groups';
export * from './actions';
export * from './incidents';
export * from './incident-metrics';
