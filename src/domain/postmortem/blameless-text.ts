/**
 * The blameless-language check over one piece of text (see `blameless/scan.ts`), the entry point
 * the rest of the domain imports. It needs the part-of-speech tagger, so it runs on the server.
 * `scanForBlame(text, knownPeople)`: every blaming sentence in `text`, in reading order.
 */
export { scanText as scanForBlame, type TextMatch } from './blameless/scan';
export { BLAME_KINDS, type BlameKind } from './blameless/rewrite';
export { applySuggestion, applySuggestions } from './blameless/apply';
