/**
 * The post-mortem domain's public API: the document model and its rules, pure TypeScript with no
 * I/O, used by services and resolvers (and by the UI through the shared types).
 */
export * from './vocabulary';
export * from './document';
export * from './repair';
export * from './stages';
export * from './durations';
export * from './timeline';
export * from './five-whys';
export * from './probes';
export * from './blameless';
export { BLAME_KINDS, scanForBlame, type BlameKind, type TextMatch } from './blameless-text';
export { applySuggestion, applySuggestions } from './blameless/apply';
export * from './summary';
export * from './completion-summary';
export * from './rich-text';
export * from './action-progress';
export * from './size';
export { adfToPlainText, excerpt } from './adf-text';
export { toUtcIso, utcDate } from './iso-time';
