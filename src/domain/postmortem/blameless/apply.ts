/** Putting a blameless finding's suggestion in place: no tagger needed, so the panel can use it. */
export interface SuggestedSpan {
  start: number;
  end: number;
  suggestion: string;
  /** No rewrite is suggested (the blame model found the sentence and no rewrite passed the check): the text stays. */
  noSuggestion?: boolean;
}

/** The text with a match's suggestion put in place of its span (unchanged when it has none). */
export function applySuggestion(text: string, match: SuggestedSpan): string {
  if (match.noSuggestion) return text;
  return text.slice(0, match.start) + match.suggestion + text.slice(match.end);
}

/** The text with every match's suggestion applied (matches do not overlap). */
export function applySuggestions(text: string, matches: readonly SuggestedSpan[]): string {
  return [...matches].sort((a, b) => b.start - a.start).reduce((acc, m) => applySuggestion(acc, m), text);
}
