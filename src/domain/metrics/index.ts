/**
 * The metrics engine's public API: settings, JQL, the records and the formulas of DESIGN.md
 * section 4. Pure: no I/O, no @forge imports; services fetch, map Jira's answers into the records
 * (src/jira/mappers/metrics.ts) and hand them in.
 */
export * from './settings';
export * from './dates';
export * from './jql';
export * from './records';
export * from './status-catalog';
export * from './classify';
export * from './rates';
export * from './groups';
export * from './count-plan';
export * from './actions';
export * from './incidents';
export * from './incident-metrics';
