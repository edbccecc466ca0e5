/**
 * The action-item domain (issue 4): pure rules for turning post-mortem action items into Jira tasks
 * and following them to done. No I/O; services in src/services/actions do the talking to Jira.
 */
export * from './task-markers';
export * from './due-dates';
export * from './validation';
export * from './task-description';
export * from './task-to-create';
export * from './task-screen';
export * from './task-state';
export * from './follow-through';
export * from './create-outcomes';
export * from './reminders';
export * from './task-drift';
