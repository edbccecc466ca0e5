/** One step of a sentence's rewrite: what was wrong with it, and the whole sentence put right. */
export type BlameKind = 'person-failure' | 'group-blame' | 'blame-word' | 'hindsight';

export const BLAME_KINDS: readonly BlameKind[] = ['person-failure', 'group-blame', 'blame-word', 'hindsight'];

export interface Rewrite {
  kind: BlameKind;
  message: string;
  /** The whole sentence, rewritten. */
  text: string;
  /** The rule found blame it has no restatement for: the sentence is left to the writer (`text` is it unchanged). */
  unrewritten?: true;
}

/** A rewrite of one kind, with its message, for the sentence put right: `says('blame-word', '…')(text)`. */
export const says = (kind: BlameKind, message: string) => (text: string): Rewrite => ({ kind, message, text });

/**
 * A finding left to its writer: the sentence lays the outcome on someone and says nothing else a
 * restatement could keep. (Readers took "Several factors contributed to …" and "… had several
 * contributing factors" for claims the writer never made.)
 */
export const leftToWriter = (finding: Rewrite, sentence: string): Rewrite => ({ ...finding, text: sentence, unrewritten: true });

/**
 * `analyse` of the sentence, unless all it would find is in the parts `masked` hides (a quoted
 * report, a quoted term or label): those words are mentioned, not the writer's own, so null.
 */
export function unlessOnlyMentioned<T>(sentence: string, masked: string, analyse: (text: string) => T | null): T | null {
  if (masked !== sentence && analyse(masked) === null) return null;
  return analyse(sentence);
}
