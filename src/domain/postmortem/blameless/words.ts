/**
 * The tagger (compromise) behind the blameless check: a sentence as tagged tokens with their
 * offsets, and the verb forms a rewrite needs (infinitive, past, participle, gerund).
 */
import nlp from 'compromise';
import { PARTICIPLE_OF } from './lexicon';

export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  tags: ReadonlySet<string>;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Punctuation and spaces after the word, as written. */
  post: string;
}

interface TermJson {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

function tag(sentence: string): Token[] {
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as Array<{ terms: TermJson[] }>;
  const tokens: Token[] = [];
  for (const t of json.flatMap((s) => s.terms)) {
    if (t.text.length === 0 && !t.tags.includes('Negative')) continue;
    const token: Token = {
      text: t.text,
      lower: t.text.toLowerCase().replace(/’/g, "'"),
      tags: new Set(t.tags),
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
      post: t.post,
    };
    // "on-call", "load-test", "force-pushed": one word, tagged as its last part is.
    const previous = tokens[tokens.length - 1];
    if (previous && previous.post === '-' && previous.end + 1 === token.start) {
      tokens[tokens.length - 1] = { ...token, text: `${previous.text}-${token.text}`, lower: `${previous.lower}-${token.lower}`, start: previous.start, tags: new Set([...token.tags, 'Hyphenated']) };
      continue;
    }
    // "the DR script": in capitals, "DR" is disaster recovery, not a doctor, and what follows no name.
    if (previous?.tags.has('Honorific') && /^\p{Lu}{2,}$/u.test(previous.text)) {
      tokens[tokens.length - 1] = { ...previous, tags: withoutNameTags(previous.tags) };
      token.tags = withoutNameTags(token.tags);
    }
    tokens.push(token);
  }
  return tokens;
}

function withoutNameTags(tags: ReadonlySet<string>): Set<string> {
  return new Set([...tags].filter((tag) => !/^(?:Person|Honorific|ProperNoun|FirstName|LastName|MaleName|FemaleName)$/u.test(tag)));
}

/**
 * Texts already tagged: one sentence is read by several rules in turn (and again after each
 * rewrite step), and tagging is most of the check's cost. Bounded; the oldest go first.
 */
const tagged = new Map<string, readonly Token[]>();
const TAGGED_MAX = 2000;

/** The text's words with their tags and offsets; the same (shared, read-only) array for the same text. */
export function tokenize(sentence: string): readonly Token[] {
  let tokens = tagged.get(sentence);
  if (!tokens) {
    tokens = tag(sentence);
    if (tagged.size >= TAGGED_MAX) tagged.delete(tagged.keys().next().value as string);
    tagged.set(sentence, tokens);
  }
  return tokens;
}

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  Gerund?: string;
  Participle?: string;
}

type VerbMethods = {
  conjugate: (word: string, model: object) => Conjugation;
  toInfinitive: (word: string, model: object, tense: string) => string;
};

function verbMethods(): VerbMethods {
  const methods = nlp.methods() as { two: { transform: { verb: VerbMethods } } };
  return methods.two.transform.verb;
}

const forms = new Map<string, Conjugation>();
function conjugate(infinitive: string): Conjugation {
  let c = forms.get(infinitive);
  if (!c) {
    c = verbMethods().conjugate(infinitive, nlp.model());
    forms.set(infinitive, c);
  }
  return c;
}

/** The infinitive of a past, participle, present or base form ("ran" → "run", "broken" → "break"). */
export function infinitiveOf(word: string): string {
  const w = word.toLowerCase();
  const irregular = Object.entries(PARTICIPLE_OF).find(([, p]) => p === w);
  if (irregular) return irregular[0];
  // "foreseen" → "foresee", "overwritten" → "overwrite": a prefix on an irregular participle (as participleOf).
  const prefixed = Object.entries(PARTICIPLE_OF).find(([b, p]) => b.length >= 3 && w.endsWith(p) && /^(?:over|under|re|re-|mis|with|out|up|fore)$/u.test(w.slice(0, -p.length)));
  if (prefixed) return w.slice(0, -prefixed[1].length) + prefixed[0];
  if (tokenize(w)[0]?.tags.has('Infinitive')) return w;
  // ("close", "pause", "refuse": a base in -se the tagger reads as an adjective or noun, which would be taken for the
  // past of a verb in -oose or the like: "forgot to close the valve" was "The valve was not close".)
  if (/^(?:re-?)?(?:close|disclose|enclose|pause|refuse|excuse|cause|use|dose|pose|expose|propose|dispose|compose|oppose|suppose|impose|raise|praise|erase|release|increase|decrease|purchase|license|rinse|sense|tease|lease|chase|phase|ease|reverse|nurse|curse|parse|browse|diagnose)$/u.test(w)) return w;
  const { toInfinitive } = verbMethods();
  const tenses = /ing$/u.test(w) ? ['Gerund'] : /s$/u.test(w) ? ['PresentTense', 'PastTense'] : ['PastTense', 'Participle', 'PresentTense'];
  for (const tense of tenses) {
    const candidate = toInfinitive(w, nlp.model(), tense);
    const c = conjugate(candidate);
    if (candidate === w || c.PastTense === w || c.Participle === w || c.Gerund === w || `${candidate}s` === w || `${candidate}es` === w || candidate.replace(/y$/u, 'ies') === w) return candidate;
  }
  return w;
}

export function participleOf(infinitive: string): string {
  if (PARTICIPLE_OF[infinitive]) return PARTICIPLE_OF[infinitive];
  // "overwrite" → "overwritten", "re-take" → "re-taken": a prefix on an irregular verb.
  const base = Object.keys(PARTICIPLE_OF).find((b) => b.length >= 3 && infinitive.endsWith(b) && /^(?:over|under|re|re-|mis|with|out|up|fore)$/u.test(infinitive.slice(0, -b.length)));
  if (base) return infinitive.slice(0, -base.length) + PARTICIPLE_OF[base];
  return conjugate(infinitive).Participle ?? conjugate(infinitive).PastTense ?? `${infinitive}ed`;
}

export function pastOf(infinitive: string): string {
  return conjugate(infinitive).PastTense ?? `${infinitive}ed`;
}

export function gerundOf(infinitive: string): string {
  return conjugate(infinitive).Gerund ?? `${infinitive}ing`;
}

export function isPluralNoun(phrase: string): boolean {
  const tokens = tokenize(phrase);
  const lower = phrase.trim().toLowerCase();
  if (/^(?:they|them|these|those|both|all)\b/.test(lower)) return true;
  if (/^(?:it|this|that|everything|something|nothing|anyone|anything|someone)\b/.test(lower)) return false;
  // The head is the last noun before a preposition ("the warning in the deploy log" → warning).
  let head: Token | undefined;
  let last: Token | undefined;
  for (const [i, t] of tokens.entries()) {
    // "… in the deploy log", "rules that nobody had reviewed": the head comes before.
    // ("the API key she owns": a relative clause without "that" starts at its subject.)
    if (t.tags.has('Preposition') || t.tags.has('Conjunction') || (i > 0 && /^(?:that|which|whom|who|he|she|they|we|you|i)$/u.test(t.lower))) break;
    last = t;
    // "the smoke tests": the tagger may read the head as a verb after a noun.
    // ("the claims release": a base form last, after a noun, is the head the tagger read as a verb.)
    if (t.tags.has('Noun') || (i > 0 && tokens[i - 1].tags.has('Noun') && t.tags.has('PresentTense') && /[^s]s$/u.test(t.lower))
      || (i === tokens.length - 1 && i > 0 && tokens[i - 1].tags.has('Noun') && t.tags.has('Infinitive') && !t.tags.has('Gerund'))) head = t;
  }
  // ("the vet systems lead": a noun the tagger read as a verb, last after nouns, is the head.)
  if (head && last && last !== head && tokens.indexOf(last) > tokens.indexOf(head) && /^(?:lead|head|manager|owner)$/u.test(last.lower)) head = last;
  // "rules" alone, read as a verb: a last word in -s stands for the head.
  head ??= last && /[^su]s$/u.test(last.lower) && !last.tags.has('Adverb') ? last : undefined;
  // ("the llamas": a plural the tagger took for a singular.)
  if (head && head.tags.has('Singular') && /^\p{Ll}{3,}[^suic']s$/u.test(head.lower) && !/^(?:news|series|species|physics|maths|lens|gas|bus|yes|chaos|canvas|atlas|bias|alias|corpus|always|perhaps|whereas|towards|afterwards|sometimes|lens|mess|analysis)$/u.test(head.lower)) return true;
  // ("the duplicated order IDs": an initialism's plural.)
  if (head && /^\p{Lu}{2,}s$/u.test(head.text)) return true;
  // ("the mechanics": people, though the word is also a science's.)
  if (head?.lower === 'mechanics') return true;
  // ("the lens on camera 14": a singular in -s the tagger counts as plural.)
  if (head && /^(?:lens|bus|gas|status|series|species|chassis|canvas|atlas|bias|campus|census|virus|corpus|apparatus|analysis|axis|basis|thesis|diagnosis|crisis|news|physics|mathematics|logistics|lexus|bonus|focus|radius|stimulus|nexus|consensus|process|access|address|progress|success|loss|class|pass|boss|press|glass|mass|grass|gloss)$/u.test(head.lower)) return false;
  return head ? head.tags.has('Plural') || (/[^su]s$/.test(head.lower) && !head.tags.has('Singular') && !head.tags.has('Uncountable')) : false;
}

/** "was" or "were", as the phrase is singular or plural. */
export function beFor(phrase: string): 'was' | 'were' {
  // ("All of this was not prevented": a part of one thing is one thing.)
  if (/^(?:all|none|some|most|much|any|part)\s+of\s+(?:this|that|it)\b/iu.test(phrase.trim())) return 'was';
  // ("11 of 13 UAT defects were closed": a count of several out of a plural is plural; "one of the servers" is one.)
  const share = /^(\S+)\s+(?:out\s+)?of\s+(.+)$/iu.exec(phrase.trim());
  if (share && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|most|both|all|some|half)$/iu.test(share[1]) && !/^1$/u.test(share[1])) return isPluralNoun(share[2]) ? 'were' : 'was';
  return isPluralNoun(phrase) ? 'were' : 'was';
}

/** Particles a verb may set after its object: "turn the group back", "take the site down". */
export const PARTICLES_SET_AFTER = /^(?:back|down|away|around|aside)$/iu;

/**
 * "the group back" (of "turned the group back"): the thing and the particle its verb set after it, which a
 * restatement puts back with the verb ("The group was not turned back"); null when the object ends in none.
 */
export function particleSetAfter(object: string): { thing: string; particle: string } | null {
  const found = /^((?:the|a|an|this|that|these|those|our|their|his|her|its)\s+.+?)\s+(\S+)$/iu.exec(object);
  return found && PARTICLES_SET_AFTER.test(found[2]) ? { thing: found[1], particle: found[2] } : null;
}

/** "the staging key was copied": `object`, then its past passive of `verb` (any form of it). */
export function pastPassive(object: string, verb: string): string {
  return `${object} ${beFor(object)} ${participleOf(infinitiveOf(verb))}`;
}

/** The closing mark a rewritten sentence ends with: a full stop for none, and for an exclamation. */
export function plainStop(stop: string | undefined): string {
  return stop ? stop.replace(/!/gu, '.') : '.';
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases a sentence's first word unless it is a name or an acronym ("The DBA" → "the DBA"). */
export function uncapitalise(text: string): string {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return text;
  const tokens = tokenize(first);
  if (tokens[0]?.tags.has('ProperNoun') && first !== 'The') return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "a" or "an" before `word`, by its sound as far as the spelling tells. */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const w = word.toLowerCase();
  // ("an unauthorised change", "an unannounced restart": un- is a prefix; "a unanimous" is the exception.)
  if (/^(?:uni|unani|unary|use|usu|eu|one|once|u[bcdfgklmprstvz][aeiou])/.test(w)) return 'a';
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return 'an';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

/** Mends "a"/"an" before the word that now follows it, after a word was replaced. */
export function fixArticles(text: string): string {
  return text.replace(/\b([Aa])(n?)(\s+)([\p{L}][\p{L}-]*)/gu, (_m, a: string, _n: string, space: string, word: string) => {
    const article = indefiniteArticle(word);
    const cased = a === 'A' ? capitalise(article) : article;
    return `${cased}${space}${word}`;
  });
}

/** The text with the characters a regular expression gives meaning to escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Words as a regular-expression alternation, longest first (so "on-call engineer" wins over "on-call"). */
export function alternationOf(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}
