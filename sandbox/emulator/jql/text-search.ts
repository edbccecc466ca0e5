/**
 * Jira Cloud's text search (the `~` CONTAINS operator) as "Search syntax for text fields" documents it:
 * - the text is broken into words, case-insensitively; a term matches a WORD, never part of one
 *   (`summary ~ "log"` does not find "login");
 * - terms are stemmed, so "logs" finds "log"; the emulator uses the minimal English stemmer (plural
 *   forms only), the stricter of the readings the page allows;
 * - "If you combine multiple terms without specifying any Boolean operators, they will be joined
 *   using AND operators"; AND, OR, NOT, "+" and "-" (Boolean operators must be ALL CAPS);
 * - a phrase in quotes must occur as written, word after word;
 * - "*" at the end of a term matches 0 or more characters; "A single character search ( ? ) will
 *   automatically convert to a wildcard search ( * ) at the end of the term"; fuzzy "~", proximity and
 *   boosting "^" are ignored. A term may not start with a wildcard.
 * https://support.atlassian.com/jira-software-cloud/docs/search-syntax-for-text-fields/
 */

/** The words of a text, in order, stemmed, and as a set. */
export interface TextWords {
  sequence: string[];
  stems: Set<string>;
  /** The unstemmed lower-case words, for prefix (wildcard) terms. */
  raw: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * Lucene's EnglishMinimalStemmer: plural forms only ("queries" -> "query", "logs" -> "log",
 * "boxes" -> "boxe" as Lucene does), leaving "us" and "ss" endings alone.
 */
export function stem(word: string): string {
  const w = word.toLowerCase();
  if (w.length < 3 || !w.endsWith('s')) return w;
  if (w.endsWith('ies') && !w.endsWith('eies') && !w.endsWith('aies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('es') && !w.endsWith('aes') && !w.endsWith('ees') && !w.endsWith('oes')) return w.slice(0, -1);
  if (!w.endsWith('us') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export function wordsOf(text: string): TextWords {
  const raw = (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/u, ''));
  const sequence = raw.map(stem);
  return { sequence, stems: new Set(sequence), raw };
}

type Term =
  | { kind: 'word'; stem: string }
  | { kind: 'prefix'; prefix: string }
  | { kind: 'phrase'; stems: string[] };

interface Clause { term: Term; negated: boolean }

/** A compiled text query: true when the words contain what it asks. */
export type TextMatcher = (words: TextWords) => boolean;

function termMatches(term: Term, words: TextWords): boolean {
  switch (term.kind) {
    case 'word': return words.stems.has(term.stem);
    case 'prefix': return words.raw.some((w) => w.startsWith(term.prefix));
    case 'phrase': {
      const { stems } = term;
      if (stems.length === 0) return false;
      for (let i = 0; i + stems.length <= words.sequence.length; i += 1) {
        if (stems.every((s, j) => words.sequence[i + j] === s)) return true;
      }
      return false;
    }
  }
}

/** Splits the operand into phrases, words and operators. */
function tokens(value: string): string[] {
  return value.match(/"[^"]*"?|[^\s"]+/g) ?? [];
}

function termOf(token: string): Term | { error: string } | null {
  if (token.startsWith('"')) {
    const stems = wordsOf(token.replace(/^"|"$/g, '')).sequence;
    return stems.length === 0 ? null : { kind: 'phrase', stems };
  }
  const cleaned = token.replace(/[~^]\d*(\.\d+)?$/, '');
  if (/^[*?]/.test(cleaned)) return { error: cleaned };
  const wildcard = /[*?]/.exec(cleaned);
  if (wildcard) {
    const prefix = (cleaned.slice(0, wildcard.index).toLowerCase().match(WORD) ?? []).join('');
    return prefix === '' ? null : { kind: 'prefix', prefix };
  }
  const words = wordsOf(cleaned).sequence;
  if (words.length === 0) return null;
  if (words.length === 1) return { kind: 'word', stem: words[0] };
  return { kind: 'phrase', stems: words };
}

/**
 * Compiles the operand of `~`; null (with a message pushed) when it has no searchable term or starts
 * with a wildcard. OR separates groups; within a group every clause must hold.
 */
export function compileTextQuery(value: string, fieldName: string, errors: string[]): TextMatcher | null {
  const groups: Clause[][] = [[]];
  let negateNext = false;
  for (const raw of tokens(value)) {
    if (raw === 'OR' || raw === '||') { groups.push([]); continue; }
    if (raw === 'AND' || raw === '&&') continue;
    if (raw === 'NOT' || raw === '!') { negateNext = true; continue; }
    let token = raw;
    let negated = negateNext;
    negateNext = false;
    if (token.startsWith('-') && token.length > 1) { negated = true; token = token.slice(1); }
    else if (token.startsWith('+') && token.length > 1) token = token.slice(1);
    const term = termOf(token);
    if (term === null) continue;
    if ('error' in term) {
      errors.push(`The text query '${value}' for field '${fieldName}' is not allowed to start with a wildcard ('${term.error}').`);
      return null;
    }
    groups[groups.length - 1].push({ term, negated });
  }
  const usable = groups.filter((g) => g.some((c) => !c.negated));
  if (usable.length === 0) {
    errors.push(`The field '${fieldName}' does not support searching for an empty string.`);
    return null;
  }
  return (words) => usable.some((group) => group.every((c) => termMatches(c.term, words) !== c.negated));
}
