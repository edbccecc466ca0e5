/**
 * A clause as subject and predicate, and what its subject is: a person (a name, a pronoun, a role
 * standing for a person), a group of people, a person's thing ("Dave's change"), no one, or a thing.
 * The tagger gives the parts of speech; the lexicon says which nouns stand for people.
 */
import nlp from 'compromise';
import { COMPANY_OWNERS, GROUP_NOUNS, NO_ONE, NOT_STAFF, NOUNISH_VERBS, PERSON_PRONOUNS, ROLE_NOUNS, THING_BOARD, TOOL_NAMES } from './lexicon';
import { tokenize, type Token } from './words';

/** `maybe-person`: a capitalised word the tagger does not know ("Priya"), a name or a product's. */
export type SubjectKind = 'person' | 'group' | 'possessive-person' | 'maybe-person' | 'no-one' | 'thing';

/** The people a text may name: full names, first names and surnames, lower case, as word lists. */
export interface PeopleIndex {
  names: string[][];
  /** The names by their first word, in `names`' order. */
  byFirstWord: ReadonlyMap<string, readonly string[][]>;
  /** Every word of every name. */
  words: ReadonlySet<string>;
}

export function peopleIndex(people: readonly string[]): PeopleIndex {
  const names: string[][] = [];
  for (const person of people) {
    const words = person.trim().toLowerCase().split(/\s+/).filter((w) => w.length >= 2);
    if (words.length === 0 || person.length > 255) continue;
    names.push(words);
    addNameParts(names, words);
    if (names.length > 3000) break;
  }
  return indexed(names);
}

/** Two-letter abbreviations a post-mortem uses for things, which a person's initials must not become. */
const TRADE_ABBREVIATIONS = new Set(['qa', 'pr', 'ci', 'cd', 'ui', 'ux', 'db', 'hr', 'pm', 'po', 'os', 'id', 'ip', 'vm', 'dc', 'dr', 'eu', 'us', 'uk', 'ai', 'ml', 'ok', 'tv', 'js', 'ts', 'cs', 'ic', 'em', 'mr', 'ms', 'dm', 'gb', 'mb', 'kb', 'tb', 'ns', 'ac', 'dt', 'pt', 'gm', 'ap', 'ar', 'bi', 'cc', 'cx', 'fe', 'be', 'ga', 'hq', 'pc', 'pg', 'px', 'rc', 'rx', 'sa', 'sd', 'sp', 'sq', 'tc', 'tl', 'vp', 'vs', 'wp', 'xp'])

const ordinaryWord = (word: string) => knownWord(word) && !NAME_TAGS.has(lexiconTag(word));

/**
 * A first or last name alone counts unless it is an ordinary word ("the", "will", "may"); so does the
 * short form of a long first name, its first three or four letters, when that is no word at all
 * ("olu" for Oluwatobi, "alex" for Alexander; not "max" for Maximilian).
 */
function addNameParts(names: string[][], words: readonly string[]): void {
  if (words.length < 2) return;
  for (const part of [words[0], words[words.length - 1]]) {
    if (!ordinaryWord(part)) names.push([part]);
  }
  // Initials ("JP" for Jean-Pierre Dubois, "DV" for Dmitri Volkov), unless they spell a word or an
  // abbreviation of the trade ("PR", "QA", "DB").
  const firstParts = words[0].split('-').filter(Boolean);
  for (const initials of [firstParts.length > 1 ? firstParts.map((w) => w[0]).join('') : '', `${words[0][0]}${words[words.length - 1][0]}`]) {
    if (initials.length >= 2 && /^\p{L}+$/u.test(initials) && !knownWord(initials) && !TRADE_ABBREVIATIONS.has(initials)) names.push([initials]);
  }
  const first = words[0];
  if (first.length < 5 || !/^\p{L}+$/u.test(first)) return;
  for (const short of [first.slice(0, 3), first.slice(0, 4)]) {
    if (!knownWord(short) || NAME_TAGS.has(lexiconTag(short))) names.push([short]);
  }
}

/** The index with more names (lower-case words): people a sentence @-mentions who are not in the list. */
export function withMentioned(people: PeopleIndex, mentioned: readonly string[][]): PeopleIndex {
  const known = new Set(people.names.map((n) => n.join(' ')));
  const added = mentioned.filter((name) => name.length > 0 && !known.has(name.join(' ')));
  if (added.length === 0) return people;
  const names = [...people.names];
  for (const name of added) {
    // A mention that is an ordinary word ("@will") would make every "will" in the sentence a person.
    if (name.length > 1 || !ordinaryWord(name[0])) names.push([...name]);
    addNameParts(names, name);
  }
  return indexed(names);
}

function indexed(names: string[][]): PeopleIndex {
  const byFirstWord = new Map<string, string[][]>();
  for (const name of names) {
    const same = byFirstWord.get(name[0]);
    if (same) same.push(name);
    else byFirstWord.set(name[0], [name]);
  }
  return { names, byFirstWord, words: new Set(names.flat()) };
}

let lexicon: Record<string, string> | null = null;
/** The tag the tagger's lexicon gives a lower-case word ('' when it does not know it). */
export function lexiconTag(word: string): string {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
  return lexicon[word] ?? '';
}
/** Whether the tagger's own lexicon has the word (names it knows are tagged Person already). */
export function knownWord(word: string): boolean {
  return lexiconTag(word) !== '';
}
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

const stripPossessive = (word: string) => word.replace(/'s$|s'$/u, '');

/** Whether the tokens from `at` spell one of the people's names; the name's length in tokens, else 0. */
export function nameAt(tokens: readonly Token[], at: number, people: PeopleIndex): number {
  let best = 0;
  const first = tokens[at] ? stripPossessive(tokens[at].lower) : '';
  for (const name of people.byFirstWord.get(first) ?? []) {
    if (name.length <= best) continue;
    if (name.every((word, k) => tokens[at + k] && stripPossessive(tokens[at + k].lower) === word)) best = name.length;
  }
  return best;
}

// (A twelfth reader: "the memory leak earlier was not noticed", "the release knowing full …", "the forecast late".)
const ADVERB_LIKE = new Set(['straight', 'directly', 'again', 'twice', 'once', 'immediately', 'anyway', 'today', 'yesterday', 'tonight', 'instead', 'too', 'here', 'there',
  'earlier', 'sooner', 'later', 'late', 'early', 'knowing', 'themselves', 'himself', 'herself', 'myself', 'ourselves', "we'd", "we'll", "they'd", "i'd", "he'd", "she'd", "you'd"]);

const DETERMINERS = /^(?:the|our|their|a|an|my|your|his|her|this|that|these|those|its|some|one|all|both)$/u;

/** A word that can be part of a noun phrase. */
export function isNounPhraseWord(t: Token, previous?: Token, next?: Token): boolean {
  // "Support never escalated": a word that names people is a noun, whatever the tagger guessed at the start.
  if ((ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower)) && t.lower !== 'it') return true;
  // "the schema diff check because", "the staging deploy entirely": a verb form after a noun, taking no object, is part of the noun.
  // ("The ops team has ignored …": an auxiliary starts the verb, whatever follows.)
  if (t.tags.has('Verb') && !t.tags.has('PastTense') && !/^(?:has|have)$/u.test(t.lower) && previous?.tags.has('Noun') && !previous.tags.has('Pronoun') && !previous.tags.has('ProperNoun')) {
    const nounish = NOUNISH_VERBS.has(t.lower.replace(/s$/u, ''));
    const noObject = !next || /[,;:.!?]/u.test(t.post) || !(next.tags.has('Determiner') || next.tags.has('Pronoun') || next.tags.has('Possessive') || next.tags.has('Adjective') || (next.tags.has('Noun') && !nounish));
    const introducesClause = Boolean(next && (next.tags.has('Conjunction') || next.tags.has('Preposition') || /^(?:that|which|who)$/u.test(next.lower)));
    // "firewall rules that …", "the smoke tests at 09:12", "the staging deploy entirely", "the secrets file leaked".
    const beforeMainVerb = Boolean(next && next.tags.has('Verb') && next.tags.has('PastTense') && !next.tags.has('Auxiliary'))
      // ("the pilot boat got dispatched": a base form just before "got" or "was" is the noun they are said of.)
      || Boolean(next && /^(?:got|gets|was|were)$/u.test(next.lower) && !t.tags.has('Gerund'));
    // "the API key in a gist", "the DNS record": after an acronym, a base form is the noun it qualifies.
    const afterAcronym = previous.tags.has('Acronym') && /^\p{Lu}{2,}$/u.test(previous.text) && !t.tags.has('Gerund');
    // ("the reconciliation file for three days": a base form cannot be the verb of a singular noun before it.)
    // (Only before a preposition or the end: "the crew at the Ridge platform keep ignoring …" is a group's verb.)
    const disagrees = t.tags.has('Infinitive') && !t.tags.has('Gerund') && !/s$/u.test(t.lower) && previous.tags.has('Singular') && !previous.tags.has('Plural') && !previous.tags.has('Date')
      && !/^(?:keep|go|come|stay|get|make|take|let|start|stop|need|want|tend|seem)$/u.test(t.lower)
      && (!next || /[,;:.!?]/u.test(t.post) || next.tags.has('Preposition') || next.tags.has('Particle') || next.tags.has('Conjunction'));
    if ((nounish && noObject) || (afterAcronym && noObject) || (disagrees && noObject) || beforeMainVerb || (introducesClause && !/[,;:]/u.test(t.post) && (nounish || /[^s]s$/u.test(t.lower)))) return true;
  }
  // "Release engineering missed …": a capitalised base verb opening a sentence before a noun is a noun.
  if (!previous && t.tags.has('Verb') && /^\p{Lu}/u.test(t.text) && (t.tags.has('Infinitive') || t.tags.has('PresentTense') || t.tags.has('Imperative')) && next && (next.tags.has('Noun') || next.tags.has('Gerund')) && !next.tags.has('Pronoun')) return true;
  // "Release engineering", after a noun made of a verb form: the gerund is a noun too.
  if (previous && t.tags.has('Gerund') && previous.tags.has('Imperative') && /^\p{Lu}/u.test(previous.text)) return true;
  // "the accented queries", "the generated files": a participle between a determiner and a noun is an adjective.
  // ("skipped 6 paid song requests": after a number too.)
  if (t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('Participle')) && previous && (previous.tags.has('Determiner') || previous.tags.has('Adjective') || previous.tags.has('Possessive') || previous.tags.has('Value') || /'s$/u.test(previous.lower)) && ((next?.tags.has('Noun') && !next.tags.has('Pronoun')) || next?.tags.has('Gerund'))) return true;
  if (t.tags.has('Hyphenated') && !t.tags.has('Verb')) return true;
  if (t.tags.has('Verb') && !t.tags.has('Gerund') && !(t.tags.has('Participle') && !t.tags.has('Auxiliary'))) return false;
  return ['Determiner', 'Adjective', 'Noun', 'Pronoun', 'Possessive', 'Value', 'Acronym', 'ProperNoun', 'Gerund'].some((tag) => t.tags.has(tag))
    || DETERMINERS.test(t.lower);
}

/**
 * A word made a noun by its ending, or the plural of one: no one's name ("Validation should have
 * rejected that", "Payments has had the highest leakage rate").
 */
export function nounByEnding(word: string): boolean {
  return word.length > 5 && /(?:tions?|sions?|ments?|ness|ity|ogy|isms?|ware|ings)$/u.test(word.toLowerCase());
}

/** Another company as an owner ("vendor's"), written with a straight apostrophe. */
export const COMPANY_OWNER = new RegExp(`^(?:${COMPANY_OWNERS})'s$`, 'u');

/** Nouns a verb takes with no article: "handling traffic", "moving data". */
const MASS_OBJECTS = /^(?:data|code|traffic|money|work|config|access|support|feedback|time|load|payroll|email|mail|stock|inventory|equipment|software|hardware|infrastructure|production|prod|staging|capacity|storage|backup|content|music|news|food|power|water|fuel|cash|credit|debt|payment|freight|cargo)$/u;

/** What software agent a word before "agent" names: "display agent", "build agent", "the monitoring agent". */
const SOFTWARE_AGENT_KIND = /^(?:display|build|monitoring|sync|ssh|update|deploy|backup|logging|log|metrics|telemetry|edge|ci|puppet|chef|salt|datadog|kiosk|device|host|node|server|polling|collector|shipping|signage|screen|sensor|gateway)$/u;

export function subjectKind(tokens: readonly Token[], people: PeopleIndex): SubjectKind {
  if (tokens.length === 0) return 'thing';
  const words = tokens.map((t) => t.lower);
  const phrase = words.join(' ');
  if (NO_ONE.has(phrase) || words[0] === 'no' || words[0] === 'nobody') return 'no-one';
  if (tokens.length === 1 && PERSON_PRONOUNS.has(words[0])) return 'person';
  // "IT should have run the checker": the department, written in capitals; "it" is a thing.
  if (tokens.length === 1 && tokens[0].text === 'IT') return 'group';
  for (let i = 0; i < tokens.length; i += 1) {
    // A name the tagger knows counts when written as one ("the Saturday spike" is no Spike).
    const length = nameAt(tokens, i, people) || (tokens[i].tags.has('Person') && /^\p{Lu}/u.test(tokens[i].text) && !TOOL_NAMES.has(stripPossessive(tokens[i].lower)) ? 1 : 0);
    if (length === 0) continue;
    const last = tokens[i + length - 1];
    const possessive = last.tags.has('Possessive') || /'s$/u.test(last.lower);
    if (possessive && i + length < tokens.length) {
      // "Ravi's team", "Olena's integration squad", "Dave's manager": people still, not a person's thing.
      const owned = subjectKind(tokens.slice(i + length), people);
      return owned === 'group' || owned === 'person' ? owned : 'possessive-person';
    }
    return 'person';
  }
  // "the SRE on call", "the person making the change", "the engineer who ran it": the head is before the phrase that qualifies it.
  // ("the on-call onboarding": a gerund that ends the phrase is its head, not a qualifier.)
  // ("the engineer responsible": an adjective after the noun qualifies it too.)
  // ("the new hire onboarding doc": a gerund before the phrase's last, singular, noun with no article is the
  // noun's modifier, not a verb with its object: "the person making changes", "… handling traffic" still are.)
  const compound = (k: number) => k === tokens.length - 2 && tokens[k + 1].tags.has('Singular') && !MASS_OBJECTS.test(tokens[k + 1].lower);
  const preposition = tokens.findIndex((t, k) => k > 0 && (t.tags.has('Preposition') || /^(?:who|that|whose)$/u.test(t.lower) || (t.tags.has('Gerund') && tokens[k - 1].tags.has('Noun') && k < tokens.length - 1 && !compound(k))
    || (POSTPOSITIVE.test(t.lower) && tokens[k - 1].tags.has('Noun'))));
  if (preposition > 0) {
    const head = subjectKind(tokens.slice(0, preposition), people);
    if (head !== 'thing') return head;
  }
  const content = tokens.filter((t) => !DETERMINERS.test(t.lower));
  const head = content[content.length - 1]?.lower ?? '';
  if (/'s$/u.test(head)) return 'thing';
  // "The data team's pipeline": a group's or role's thing, like a person's.
  const owner = tokens.findIndex((t, k) => k < tokens.length - 1 && /'s$/u.test(t.lower));
  // ("the vendor's advisory email": what another company sent is a thing; its people and desks are still people.)
  const sentByCompany = owner >= 0 && COMPANY_OWNER.test(tokens[owner].lower)
    && tokens.slice(owner + 1).some((t) => /^(?:e-?mails?|advisory|advisories|notices?|notes|guides?|docs|documentation|bulletins?|specs?|specifications?|advice|instructions|changelogs?|announcements?|letters?|steps|manuals?|sdk|apis?|firmware|patch(?:es)?|updates?|releases?|packages?|images?|certificates?|feeds?|files?)$/u.test(t.lower));
  if (owner >= 0 && !sentByCompany) {
    const ownerKind = subjectKind(tokens.slice(0, owner).concat([{ ...tokens[owner], lower: stripPossessive(tokens[owner].lower), tags: new Set([...tokens[owner].tags].filter((x) => x !== 'Possessive')) }]), people);
    if (ownerKind === 'person' || ownerKind === 'group') return 'possessive-person';
  }
  if (content.length === 1 && GROUP_NOUNS.has(head)) return 'group';
  if (head === 'team' || head === 'teams' || head === 'squad' || head === 'department') return 'group';
  // ("Bar POS crashed": an acronym's capital S is no plural of a role's, "POs".)
  const acronym = /^\p{Lu}{2,}S$/u.test(content[content.length - 1]?.text ?? '');
  if (/s$/u.test(head) && ROLE_NOUNS.has(head) && !ROLE_NOUNS.has(`${head}s`) && !acronym) return 'group';
  if (ROLE_NOUNS.has(head) && !acronym) return 'person';
  // ("The bed board should have shown …": a board that is a thing.)
  if (head === 'board' && tokens.length > 1 && THING_BOARD.test(tokens[tokens.length - 2].lower)) return 'thing';
  if (GROUP_NOUNS.has(head)) return 'group';
  // "the release captain": the tagger knows the word stands for a person.
  const headToken = [...tokens].reverse().find((t) => !DETERMINERS.test(t.lower));
  // ("display agent crashed", "the build agents": software the tagger takes for a person.)
  const softwareAgent = /^agents?$/u.test(head) && tokens.length > 1 && SOFTWARE_AGENT_KIND.test(tokens[tokens.length - 2].lower);
  if (headToken?.tags.has('Actor') && !NOT_STAFF.has(head) && !softwareAgent) return headToken.tags.has('Plural') ? 'group' : 'person';
  // "someone's change", "his script": a person's thing.
  if (tokens.some((t, k) => k < tokens.length - 1 && /^(?:his|her|someone's|somebody's)$/u.test(t.lower))) return 'possessive-person';
  if (tokens.length <= 2 && tokens.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.tags.has('Acronym') && !knownWord(t.lower) && !TOOL_NAMES.has(t.lower) && !nounByEnding(t.lower))) return 'maybe-person';
  return 'thing';
}

/**
 * The noun phrase starting at `from`: its end (exclusive). Joins "and"/"of" between noun phrases;
 * as an object, "and" before a noun and a verb starts a new clause ("the warning and Carol fixed
 * it"), as a subject it joins the people ("Dmitri and Aroha approved").
 */
/** Whether a phrase ends after `t`: at the end, a stop, or a time phrase ("this time", "last week"). */
function nounPhraseEnds(t: Token, next: Token | undefined, afterNext: Token | undefined): boolean {
  return !next || /[,;:.!?]/u.test(t.post) || (/^(?:this|last|next|every)$/u.test(next.lower) && Boolean(afterNext?.tags.has('Date') || /^(?:time|week|month|sprint|quarter|year)$/u.test(afterNext?.lower ?? '')));
}

/** Adjectives that follow the noun they qualify ("the engineer responsible", "the people involved"). */
const POSTPOSITIVE = /^(?:responsible|involved|concerned|accountable)$/u;

export function nounPhraseEnd(tokens: readonly Token[], from: number, role: 'subject' | 'object' = 'object'): number {
  let i = from;
  let sawNoun = false;
  while (i < tokens.length) {
    const t = tokens[i];
    // "the dashboard that night", "the hotfix straight to": a new determiner or an adverb after the head ends the phrase.
    // "Dmitri and Aroha both approved": a quantifier after the people is still the subject.
    // "the ticket all weekend": a time phrase after the object is not part of it.
    if (sawNoun && t.lower === 'all' && /^(?:day|night|weekend|week|morning|afternoon|evening|month|year|sprint|quarter)s?$/u.test(tokens[i + 1]?.lower ?? '')) break;
    // ("the TLS certificate last week": a time after the object.)
    if (sawNoun && /^(?:last|next|this|every)$/u.test(t.lower) && /^(?:day|night|weekend|week|morning|afternoon|evening|month|year|sprint|quarter|time|release|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/u.test(tokens[i + 1]?.lower ?? '')) break;
    // ("held 4.3 the moment beta testers reported …": "the moment" opens a clause of when.)
    if (i > from && t.lower === 'the' && /^(?:moment|minute|instant|second)$/u.test(tokens[i + 1]?.lower ?? '') && !tokens[i + 2]?.tags.has('Preposition') && !/[,;:.!?]/u.test(tokens[i + 1].post)) break;
    // ("tested only the happy path": "only" before the phrase goes with it, "Only the happy path was tested".)
    if (i === from && role === 'object' && /^(?:only|just)$/u.test(t.lower) && (tokens[i + 1]?.tags.has('Determiner') || tokens[i + 1]?.tags.has('Possessive')) && !/[,;:.!?]/u.test(t.post)) {
      i += 1;
      continue;
    }
    // "the most basic login regression": a degree word before an adjective is part of the phrase.
    if (!sawNoun && i > from && /^(?:most|least|more|less|very|rather|quite)$/u.test(t.lower) && tokens[i + 1]?.tags.has('Adjective')) {
      i += 1;
      continue;
    }
    // "the certificate she owned", "the API key she owns", "builds she never installed": a relative
    // clause without "that" stays with its noun.
    let verbOf = i + 1;
    while (sawNoun && verbOf < tokens.length - 1 && /^(?:never|clearly|obviously|just|already|also|only|even|actually|personally)$/u.test(tokens[verbOf].lower)) verbOf += 1;
    if (sawNoun && /^(?:he|she|they|we|you|i)$/u.test(t.lower) && (tokens[verbOf]?.tags.has('PastTense') || tokens[verbOf]?.tags.has('PresentTense')) && !tokens[verbOf].tags.has('Copula') && !/[,;:.!?]/u.test(t.post)) {
      // ("every warning we sent them": the clause's own object pronoun is part of it.)
      const end = /^(?:them|him|her|us|me)$/u.test(tokens[verbOf + 1]?.lower ?? '') && !/[,;:.!?]/u.test(tokens[verbOf].post) ? verbOf + 2 : verbOf + 1;
      if (end >= tokens.length || /[,;:.!?]/u.test(tokens[end - 1].post) || tokens[end]?.tags.has('Preposition') || tokens[end]?.tags.has('Conjunction')
        || tokens[end]?.tags.has('Date') || (/^(?:this|last)$/u.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.tags.has('Date'))) {
        i = end;
        if (/[,;:.!?]/u.test(tokens[i - 1].post)) break;
        continue;
      }
    }
    // "the docs he was sent": a passive relative clause without "that" stays with its noun; any other
    // subject pronoun after the noun starts a clause of its own.
    if (sawNoun && /^(?:he|she|they|we|you|i)$/u.test(t.lower)) {
      if (!/^(?:was|were|had|has|have)$/u.test(tokens[i + 1]?.lower ?? '') || !tokens[i + 2]?.tags.has('PastTense') || /[,;:.!?]/u.test(t.post + tokens[i + 1].post)) break;
      i += 3;
      if (/[,;:.!?]/u.test(tokens[i - 1].post)) break;
      continue;
    }
    // "anything beyond the happy path": a preposition the tagger misread ends the phrase.
    if (sawNoun && /^(?:beyond|against|across|within|without|into|onto|toward|towards|until|via|per|despite)$/u.test(t.lower)) break;
    if (sawNoun && /^(?:both|all|each)$/u.test(t.lower) && tokens[i + 1]?.tags.has('Verb')) {
      i += 1;
      continue;
    }
    // ("our Tuesday slot": a day right after "our" is the slot's, not when it happened.)
    const dayOfOwned = t.tags.has('Date') && /^(?:our|their|his|her|its|my|your)$/u.test(tokens[i - 1]?.lower ?? '') && Boolean(tokens[i + 1]?.tags.has('Noun')) && !tokens[i + 1]?.tags.has('Date');
    // ("the wrong tax year", "the fiscal quarter": a unit of time right after a noun is the compound's head.)
    const unitOfCompound = /^(?:year|quarter|month|week|day|period)$/u.test(t.lower) && Boolean(tokens[i - 1]?.tags.has('Noun')) && !tokens[i - 1].tags.has('Date') && !/[,;:.!?]/u.test(tokens[i - 1].post);
    if (sawNoun && (t.tags.has('Determiner') || (t.tags.has('Date') && !dayOfOwned && !unitOfCompound) || ADVERB_LIKE.has(t.lower))) break;
    // "it against staging": a pronoun is the whole phrase; "their config" goes on.
    if (i === from && (/^(?:it|them|him|us|me)$/u.test(t.lower)
      || (/^(?:this|that|these|those)$/u.test(t.lower) && !tokens[i + 1]?.tags.has('Noun') && !tokens[i + 1]?.tags.has('Adjective')))) return i + 1;
    // "the iOS 17 build", "the Python 3 runtime": a number between nouns is part of the name.
    const after = tokens[i + 1];
    // ("the flat 0% uplift": a figure before its noun, after an article or an adjective.)
    if ((sawNoun || (i > from && t.tags.has('Percent'))) && t.tags.has('Value') && !/[,;:.!?]/u.test(t.post) && after && (after.tags.has('Noun') || NOUNISH_VERBS.has(after.lower))) {
      i += 2;
      if (/[,;:.!?]/u.test(after.post)) break;
      continue;
    }
    // "their Terraform plans before …": after a determiner and a name, a plural verb form ending the phrase is its noun.
    const nameBefore = sawNoun && i > from + 1 && DETERMINERS.test(tokens[from].lower) && tokens[i - 1].tags.has('ProperNoun') && !tokens[i - 1].tags.has('Person');
    if (nameBefore && t.tags.has('PresentTense') && /[^s]s$/u.test(t.lower) && (!after || /[,;:.!?]/u.test(t.post) || after.tags.has('Preposition') || after.tags.has('Conjunction'))) {
      i += 1;
      if (/[,;:.!?]/u.test(t.post)) break;
      continue;
    }
    // "the release notes this time", "the release notes.": a verb form in -s after a noun, ending the object, is its plural head.
    if (role === 'object' && nounPhraseEnds(t, after, tokens[i + 2]) && sawNoun && tokens[i - 1].tags.has('Noun') && !tokens[i - 1].tags.has('Pronoun')
      && t.tags.has('PresentTense') && /[^s']s$/u.test(t.lower) && !/^(?:is|was|has|does|goes|says)$/u.test(t.lower)) {
      i += 1;
      break;
    }
    if (isNounPhraseWord(t, i > from ? tokens[i - 1] : undefined, tokens[i + 1])) {
      if (t.tags.has('Noun') || t.tags.has('Pronoun')) sawNoun = true;
      i += 1;
      if (/[,;:.!?]/u.test(t.post)) break;
      continue;
    }
    // "the engineer responsible did not …": an adjective after the noun that says who is meant.
    if (sawNoun && role === 'subject' && POSTPOSITIVE.test(t.lower)) {
      i += 1;
      if (/[,;:.!?]/u.test(t.post)) break;
      continue;
    }
    const next = tokens[i + 1];
    if ((t.lower === 'of' || t.lower === 'and' || t.lower === 'or') && i > from && next && isNounPhraseWord(next) && !PERSON_PRONOUNS.has(next.lower)) {
      // "the warning and Carol fixed it": what follows "and" is a new clause when a verb comes after it.
      const after = nounPhraseEnd(tokens, i + 1, role);
      // ("the procedure and this nearly cost us …": an adverb may come between the new subject and its verb.)
      let verbAt = after;
      while (tokens[verbAt]?.tags.has('Adverb') && !tokens[verbAt].tags.has('Verb')) verbAt += 1;
      if (role === 'object' && t.lower !== 'of' && tokens[verbAt]?.tags.has('Verb') && !tokens[verbAt].tags.has('Gerund')) break;
      i = after;
      continue;
    }
    break;
  }
  return i;
}

/**
 * Whether a phrase stands for people: a person, a group or a person's thing; with `orMaybe`, also a
 * capitalised word the tagger does not know (a name the incident did not list).
 */
export function standsForPeople(phrase: string, people: PeopleIndex, { orMaybe = false }: { orMaybe?: boolean } = {}): boolean {
  const kind = subjectKind(tokenize(phrase.trim()), people);
  return kind === 'person' || kind === 'group' || kind === 'possessive-person' || (orMaybe && kind === 'maybe-person');
}

/** standsForPeople with a name the incident did not list counted as a person: how the sentence-shape rules ask. */
export function maybeStandsForPeople(phrase: string, people: PeopleIndex): boolean {
  return standsForPeople(phrase, people, { orMaybe: true });
}

/** Whether a phrase names a person or a group in any run of up to three of its words ("the 'tweak' from the infra team"). */
export function mentionsPeopleIn(phrase: string, people: PeopleIndex): boolean {
  const words = phrase.replace(/[,.;:!?'‘’"“”()]/gu, ' ').split(/\s+/u).filter(Boolean);
  for (let from = 0; from < words.length; from += 1) {
    for (let length = 1; length <= 3 && from + length <= words.length; length += 1) {
      const run = words.slice(from, from + length).join(' ');
      if (/^(?:the|a|an|it|this|that|there)$/iu.test(run)) continue;
      if (standsForPeople(run, people)) return true;
    }
  }
  return false;
}
