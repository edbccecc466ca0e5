/**
 * The blameless-language check over one piece of text (see `blameless/scan.ts`), the entry point
 * the rest of the domain imports. It needs the part-of-speech tagger, so it runs on the server.
 */
import { scanText, type TextMatch } from './blameless/scan';

export { BLAME_KINDS, type BlameKind } from './blameless/rewrite';
export type { TextMatch } from './blameless/scan';
export { applySuggestion, applySuggestions } from './blameless/apply';

/** Every blaming sentence in `text`, in reading order; `knownPeople` are display names. */
export function scanForBlame(text: string, knownPeople: readonly string[]): TextMatch[] {
  return scanText(text, knownPeople);
}
