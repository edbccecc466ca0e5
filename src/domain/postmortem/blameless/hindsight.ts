/**
 * Hindsight: "should have", "ought to have", "could have" (of people), counterfactuals ("If only
 * Carol had read the runbook…") and adverbs that are obvious only afterwards ("Obviously the timeout
 * was too short"). Rewritten as what was not done ("The runbook was not read."), or as the plain fact.
 */
import { actNotDone } from './act-not-done';
import { knownWord, nameAt, nounByEnding, nounPhraseEnd, subjectKind, type PeopleIndex } from './clause';
import { DURING_REVIEW, IMPLIED_OBJECT, PARTICIPLE_OF, PERSON_PRONOUNS, ROLE_NOUNS, TOOL_NAMES, TOOLS_NAMED_LIKE_ROLES } from './lexicon';
import type { Rewrite } from './rewrite';
import { beFor, capitalise, gerundOf, infinitiveOf, pastOf, participleOf, particleSetAfter, tokenize, uncapitalise } from './words';

const HINDSIGHT_MESSAGE = (phrase: string) => `“${phrase}” judges with hindsight. Say what the process did not require or ensure.`;

const NOT_PARTICIPLES = /^(?:a|an|the|some|more|less|fewer|no|any|this|that|these|those|our|their|at|to|in|on|one|two|three|enough|several|another|only|better|its|his|her|my|your|been)$/iu;

function looksLikeParticiple(word: string): boolean {
  const w = word.toLowerCase();
  if (NOT_PARTICIPLES.test(w)) return false;
  if (Object.values(PARTICIPLE_OF).includes(w)) return true;
  const tags = tokenize(w)[0]?.tags;
  return Boolean(tags && (tags.has('PastTense') || tags.has('Participle'))) || /(?:ed|en|wn)$/u.test(w);
}

type Subject = 'person' | 'thing';

function subjectOf(text: string, people: PeopleIndex): Subject {
  // "Ideally the person making the change would have …": the adverb is the writer's, not the subject.
  const trimmed = text.trim().replace(/^(?:ideally|honestly|frankly|realistically|surely|really|of\s+course)\s+/iu, '')
    // "The developer really should have …"
    .replace(/\s+(?:really|just|also|probably|definitely|certainly|clearly|obviously|simply|honestly|surely)$/iu, '');
  if (!trimmed) return 'person';
  if (PERSON_PRONOUNS.has(trimmed.toLowerCase())) return 'person';
  const kind = subjectKind(tokenize(trimmed), people);
  return kind === 'person' || kind === 'group' || kind === 'possessive-person' || kind === 'maybe-person' ? 'person' : 'thing';
}

/** Where the clause that starts the modal's subject begins in `before`. */
function clauseStartIn(before: string): number {
  const re = /(?:[,;:]\s*|\b(?:that|because|so|and|but|when|since|although|while|which|where)\s+)/giu;
  let start = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) start = m.index + m[0].length;
  return start;
}

/** The end of the clause in `after`: before ", and …", "; …" or the sentence's closing punctuation. */
function clauseEndIn(after: string): number {
  const m = /\s*(?:[,;:]\s*(?:and|but|so|because|which|while|although|though|since|none|nothing|we|it|this)\b|[;]|[.!?]+["”’)]*\s*$)/iu.exec(after);
  return m ? m.index : after.length;
}

interface Omission {
  personLike: boolean;
  negative: boolean;
  passive: boolean;
  /** could / might: a possibility rather than a duty. */
  possible: boolean;
  subject: string;
  participle: string;
  rest: string;
  /** A counterfactual's omission: what was done instead is left out ("had it been" speaks of what was not done). */
  counterfactual?: true;
}

const PARTICLE = /^(back|up|out|off|down|over)\b\s*/iu;

/**
 * What hindsight says was not done, said as a fact: "should have checked the capacity dashboard
 * before launching" → "the capacity dashboard was not checked before launching"; with no thing done
 * to, the act itself ("should have escalated at the first alert" → "escalating at the first alert
 * did not happen"). A reader of the first reviews took "the process did not require …" for a claim
 * the writer never made; this says only what the sentence says happened.
 */
/**
 * What an act was done to, read from what follows its verb: a particle ("rolled back"), then the
 * object's noun phrase and what comes after it. `first` is the object's first word ('' when none).
 */
function doneTo(rest: string): { particle: string; after: string; object: string; first: string; size: number; tail: string } {
  const found = PARTICLE.exec(rest);
  const after = found ? rest.slice(found[0].length) : rest;
  const tokens = tokenize(after);
  let size = nounPhraseEnd(tokens, 0);
  // ("the disk filling up days before": a gerund's particle stays with it, not after the verb.)
  if (size > 1 && /ing$/u.test(tokens[size - 1].lower) && /^(?:up|down|out|over|off|in|back|away)$/u.test(tokens[size]?.lower ?? '')) size += 1;
  const end = size > 0 ? tokens[size - 1].end : 0;
  return { particle: found ? ` ${found[1].toLowerCase()}` : '', after, object: after.slice(0, end), first: tokens[0]?.lower ?? '', size, tail: after.slice(end) };
}

/** "the rebalancing job had stopped writing …", "the portal was serving …": a thing and its auxiliary, a clause said without "that". */
const CLAUSE_WITHOUT_THAT = /^(?:the|a|an|its|our|their|this|that)\s+(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]+\s+(?:had|has|was|were|is|are)\s+(?:not\s+|been\s+)?\p{L}+(?:ing|ed|en|wn|ne)\b/iu;

/** How long something waited: "for an hour", "for nearly 40 minutes". */
const WAITED_FOR = String.raw`for\s+(?:about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?(?:an?|\d+|two|three|four|five|six|ten|twenty|thirty|forty|ninety)\s+(?:full\s+)?(?:minutes?|mins?|hours?|hrs?|days?)`;
/** "instead of sitting on it for an hour": how long it waited. */
const SAT_ON_IT = new RegExp(String.raw`^(?:sitting|sat)\s+on\s+(?:it|this|that|them)\s+(${WAITED_FOR})\b`, 'iu');
const CALLS = String.raw`(?:[\p{L}-]+\s+){0,3}?(?:pages?|alerts?|alarms?|calls?|pings?|warnings?|tickets?|emails?|messages?)`;
/** "instead of sleeping through three pages", "instead of sitting on the baggage alarms for an hour": the calls left unanswered. */
const UNANSWERED_INSTEAD = new RegExp(String.raw`^(?:sleeping|slept)\s+through\s+((?:the\s+|all\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|several\s+|multiple\s+)${CALLS})\s*$|^(?:sitting|sat)\s+on\s+((?:the|those|these|all\s+the)\s+${CALLS})\s+(${WAITED_FOR})\s*$`, 'iu');

function notDone(pre: string, inf: string, said: string): string {
  // ("should have caught it long before it reached us": "not caught long before" would say it was caught just
  // before; a thirty-second reader read it so. Not before it is what was meant.)
  const rest = said.replace(/^((?:it|this|that|them)\s+)(?:long|well|way)\s+(?=before\b)/iu, '$1');
  const found = doneTo(rest);
  const { after, first, size, tail } = found;
  // ("turned the group back earlier": a particle after the object goes with the verb, "The group was not turned back earlier".)
  const setAfter = found.particle ? null : particleSetAfter(found.object);
  const [object, particle] = setAfter ? [setAfter.thing, ` ${setAfter.particle.toLowerCase()}`] : [found.object, found.particle];
  // ("should have caught that issue #47 was scheduled against the wrong press slot": what was not seen is a clause,
  // "it was not caught that issue #47 was …"; "That was not caught the date was wrong" is no English.)
  if (/^(?:catch|notice|spot|see|realise|realize|check|verify|confirm|detect|flag)$/u.test(inf) && /^that\s/iu.test(rest) && startsWithClause(rest.slice(5))) return `it was not ${pre}${participleOf(inf)} ${rest}`;
  // ("should have noticed the rebalancing job had stopped writing …": the clause without its "that", whose verb is an
  // auxiliary; a thirtieth reader found "The rebalancing job had was not noticed stopped …".)
  if (/^(?:notice|spot|see|realise|realize|detect)$/u.test(inf) && CLAUSE_WITHOUT_THAT.test(rest)) return `it was not ${pre}${participleOf(inf)} that ${rest}`;
  if (size > 0 && !/^(?:him|her|me|us|them|anyone|anybody|someone|somebody|everyone|everybody|himself|herself|themselves|better|more|less|earlier|sooner|later|faster)$/iu.test(first)) {
    // "should have had a canary stage" → "there was no canary stage".
    if (inf === 'have' && !pre) return `there ${beFor(object)} no ${object.replace(/^(?:a|an|the|any|some)\s+/iu, '')}${tail}`;
    // ("should have seen the upload quota coming": "The upload quota was not seen coming".)
    const coming = /^(.+?)\s+(coming)$/iu.exec(object);
    const thing = coming ? coming[1] : object;
    const subject = /^(?:it|this|that)$/iu.test(thing) ? thing.toLowerCase() : uncapitalise(thing);
    return `${subject.replace(/^(?:his|her|their)\s+(?:own\s+)?/iu, 'the ')} ${beFor(thing)} not ${pre}${participleOf(inf)}${particle}${coming ? ' coming' : ''}${tail}`;
  }
  // "should have had rate limiting on the API": a gerund named as a thing is still a thing lacked.
  if (inf === 'have' && !pre && /^(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*ing\b/u.test(after) && !/^(?:nothing|something|anything|everything)\b/iu.test(after)) return `there was no ${after}`;
  // ("should have tested accents": a bare plural the tagger read as a verb is still the thing, "accents were not tested".)
  if (!pre && !particle && /^\p{Ll}{3,}s$/u.test(after) && !/ss$/u.test(after)) return `${after} were not ${participleOf(inf)}`;
  const plain = pre ? null : actNotDone(inf, particle.trim(), after ? ` ${after}` : '');
  if (plain) return plain;
  return `${pre}${gerundOf(inf)}${particle}${after ? ` ${after}` : ''} did not happen`;
}

/**
 * What anyone "would have spotted", said as what was not: "would have recognised the memory leak
 * from the first graph" → "the memory leak was not recognised from the first graph"; "would have
 * spotted that the DELETE had no WHERE clause" → "it was not spotted that …". (Readers took "Nothing
 * made it easy to …" for a claim the writer never made.)
 */
export function notNoticed(verb: string, said: string): string {
  const inf = infinitiveOf(verb);
  // ("would have caught the tax bug in five minutes": how little it would have taken goes; a twenty-fifth reader found
  // "The tax bug was not caught in five minutes." a claim the writer never made.)
  const what = said.replace(/\s+in\s+(?:about\s+|under\s+|like\s+)?(?:a\s+few|\d+|one|two|three|five|ten|thirty|sixty)\s+(?:seconds?|secs?|minutes?|mins?)\b/iu, '');
  // "would have known to escalate": what was not done is the escalating.
  const toDo = /^to\s+([\p{L}-]+)\s*(.*)$/iu.exec(what);
  if (toDo && /^(?:know|remember|think)$/u.test(inf)) return notDone('', infinitiveOf(toDo[1]), toDo[2]);
  // ("seen that missing WHERE clause": "that" before a noun is its determiner.)
  if (/^(?:whether|how|what|when|where|why|if)\b/iu.test(what) || (/^that\s/iu.test(what) && startsWithClause(what.slice(5)))) return `it was not ${participleOf(inf)} ${what}`;
  return notDone('', inf, what.replace(/^that\s+/iu, 'the '));
}

/**
 * What hindsight says should not have been done, said as done: "should never have restarted the
 * primary during peak traffic" → "the primary was restarted during peak traffic". Null when no thing
 * was done to.
 */
function wasDone(inf: string, rest: string): string | null {
  const { particle, object, first, size, tail } = doneTo(rest);
  // (A pronoun alone says nothing of what was done: "that" is one; "that script" is a thing.)
  if (size === 0 || (/^(?:him|her|me|us|them|it|this|that|anyone|anybody|someone|somebody|everyone|everybody|himself|herself|themselves)$/iu.test(first) && (size === 1 || !/^(?:this|that)$/u.test(first)))) return null;
  const subject = uncapitalise(object).replace(/^(?:his|her|their)\s+(?:own\s+)?/iu, 'the ');
  return `${subject} ${beFor(object)} ${participleOf(inf)}${particle}${tail}`;
}

function restate(o: Omission, people: PeopleIndex): string | null {
  // "load tested": a word before the participle stays before each form ("load testing").
  const words = o.participle.split(/\s+/);
  const inf = infinitiveOf(words.pop() ?? '');
  const pre = words.length ? `${words.join(' ')} ` : '';
  const rest = o.rest ? ` ${o.rest}` : '';
  const subject = o.subject ? uncapitalise(o.subject) : 'this';
  if (inf === 'know' && o.personLike && !o.negative && !o.passive) {
    // "should have known better than to deploy on a Friday", "should have known that the cache was cold".
    const better = /^better\s+than\s+to\s+([\p{L}-]+)(.*)$/iu.exec(o.rest);
    if (better) return wasDone(infinitiveOf(better[1]), better[2].trim());
    if (/^better$/iu.test(o.rest)) return null;
    if (/^(?:that|how|what|when|where|why|whether)\b/iu.test(o.rest)) return `it was not known${rest}`;
    // "should have known the replica was stale": what was to be known is a clause, said after "that".
    if (startsWithClause(o.rest)) return `it was not known that ${o.rest}`;
    return null;
  }
  if (o.passive) {
    // "The migration should have been run in the window" → "the migration was not run in the window".
    if (!o.personLike) return `${subject} ${beFor(subject)}${o.negative ? '' : ' not'} ${pre}${participleOf(inf)}${withoutPersonAgent(rest, people)}`;
    return o.negative ? `the process allowed ${subject} to be ${pre}${participleOf(inf)}${rest}` : `the process did not require ${subject} to be ${pre}${participleOf(inf)}${rest}`;
  }
  if (o.personLike && o.possible && !o.negative) {
    // "Yuki could have avoided the cascade" → "The cascade was not avoided": what did not happen.
    const tokens = tokenize(o.rest);
    const objectEnd = nounPhraseEnd(tokens, 0);
    if (objectEnd > 0 && !/^(?:him|her|me|us|them)$/iu.test(tokens[0].lower)) {
      const object = o.rest.slice(0, tokens[objectEnd - 1].end);
      let tail = o.rest.slice(tokens[objectEnd - 1].end);
      // "could have prevented this by reading the ticket": "this was not prevented by reading the
      // ticket" would say the ticket was read; what was not done is the means.
      const means = /^(\s+(?:\p{L}+ly\s+)?)by\s+(?:(?:just|simply|merely|only|actually|\p{L}+ly)\s+)?(\p{L}+ing)\b\s*(.*)$/iu.exec(tail);
      // ("by just reading the firmware release notes": an adverb before the means is part of it; a thirtieth reader found
      // "The whole fleet outage was not prevented by just reading …", which says it was read. Saying what the means would
      // have prevented, "Reading the runbook would have prevented the whole thing", the model still read as blame.)
      if (means) return notDone('', infinitiveOf(means[2]), means[3]);
      // "could easily have caught this with a single integration test" → "a single integration test would
      // have caught this": the counterfactual is the point; readers marked "This was not caught with …" as losing it.
      const tool = /^\s+(?:\p{L}+ly\s+)?with\s+((?:an?|one|a\s+single|the|some|any|(?:\d+|two|three|five|ten|fifteen|twenty|thirty)\s+(?:seconds|minutes|mins)\s+of)\s+[^,;]+?)\s*$/iu.exec(tail);
      if (tool && /^(?:catch|detect|spot|find|flag|prevent|avoid|stop|block)$/u.test(inf) && !/\b(?:care|attention|thought|effort|sense|diligence|focus|thinking|brains?|competence|professionalism)\s*$/iu.test(tool[1])) {
        return `${tool[1]} would have ${pre}${participleOf(inf)} ${/^(?:it|this|that)$/iu.test(object) ? object.toLowerCase() : uncapitalise(object)}`;
      }
      // ("prevented … with thirty seconds of care": the same, with nothing to say instead; "caught with a unit test" names the tool.)
      if (/^(?:prevent|avoid)$/u.test(inf) && /^\s+(?:\p{L}+ly\s+)?with\b/iu.test(tail)) tail = '';
      // ("turned the group back earlier": the particle goes with the verb, "The group was not turned back earlier".)
      const setAfter = particleSetAfter(object);
      const thing = setAfter ? setAfter.thing : object;
      const subjectWord = /^(?:it|this|that)$/iu.test(thing) ? thing.toLowerCase() : uncapitalise(thing);
      return `${subjectWord} ${beFor(thing)} not ${pre}${participleOf(inf)}${setAfter ? ` ${setAfter.particle}` : ''}${tail}`;
    }
  }
  if (o.personLike) {
    const gerund = `${pre}${gerundOf(inf)}`;
    // "should never have restarted the primary during peak traffic": what was done, without who.
    // ("shouldn't have merged on a Friday afternoon": a release verb's thing goes without saying, "A change was merged …";
    // a twenty-seventh reader took "The process allowed merging …" for a claim the writer never made.)
    const implied = !pre && /^\s*(?:on|at|in|during|before|after|without|to|into|straight)\b|^\s*[.!]*$/iu.test(o.rest) ? IMPLIED_OBJECT[inf] : undefined;
    if (o.negative) return wasDone(inf, o.rest) ?? (implied ? `${implied} was ${participleOf(inf)}${rest}` : `the process allowed ${gerund}${rest}`);
    // "should have noticed the alarms instead of sleeping through his shift": what was done instead
    // is the person's; what was not done is the first part.
    // ("should have asked for help instead of guessing": what was done instead is a fact too, kept
    // when it names no one; a fourteenth reader marked its loss.)
    // ("should have escalated instead of trying to play hero at 3 a.m.": with nothing before it, "There was no
    // escalation at 3 a.m."; a thirty-second reader found "Escalating instead of … did not happen" kept the jab.)
    const bare = /^\s*(?:instead\s+of|rather\s+than)\s+\p{L}+ing\b[^,;]*?(\s+(?:at|around|by|before|after)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.?|[ap]m)?|\s+(?:overnight|at\s+night|at\s+midnight)|\s+for\s+(?:an?|\d+|two|three|four|five|six|ten|twenty|thirty|forty|ninety)\s+(?:minutes?|hours?|days?))?\s*$/iu.exec(o.rest);
    if (bare && !o.counterfactual && /\b(?:hero|heroics|cowboy\w*|yolo\w*|winging|panicking|hoping|ignoring|sleeping|showing\s+off)\b/iu.test(o.rest)) return `${notDone(pre, inf, '')}${bare[1] ?? ''}`;
    const instead = /^(.+?),?\s+(?:instead\s+of|rather\s+than)\s+(\p{L}+ing\b[^,;]*)$/iu.exec(o.rest);
    const what = instead?.[2].replace(/\s+(?:smh|lol|lmao|ffs|tbh|imo|ngl)\b.*$/iu, '') ?? '';
    const done = instead && !o.counterfactual && !/\b(?:he|she|they|him|her|them|his|their|himself|herself|themselves|sleeping|ignoring|hoping|panicking|hero|heroics|cowboy\w*|yolo\w*|winging|sitting\s+on|sat\s+on)\b/iu.test(what) ? `; ${doneInstead(what)}` : '';
    // ("should've paged db oncall instead of sitting on it for an hour": how long it waited is a fact; a
    // thirtieth reader found "Db oncall was not paged" dropped the hour.)
    const waited = instead && !done ? SAT_ON_IT.exec(what) : null;
    // ("… instead of sleeping through three pages", "… instead of sitting on the baggage alarms for an hour": the
    // calls left unanswered are facts; a thirty-second reader found them dropped.)
    const unanswered = instead && !done && !waited ? UNANSWERED_INSTEAD.exec(what) : null;
    const leftUnanswered = unanswered ? `; ${unanswered[1] ?? unanswered[2]} went unanswered${unanswered[3] ? ` ${unanswered[3]}` : ''}` : '';
    return `${notDone(pre, inf, instead ? instead[1] : o.rest)}${done}${waited ? ` ${waited[1]}` : ''}${leftUnanswered}`;
  }
  return o.negative ? `${subject} ${pre}${pastOf(inf)}${rest}` : `${subject} did not ${pre}${inf}${rest}`;
}

/**
 * What was done instead, said of the thing when the act is a verb and its object alone ("trusting last
 * year's export" → "last year's export was trusted instead"); else "… happened instead". (A twenty-fifth
 * reader found "trusting last year's export happened instead" not English.)
 */
function doneInstead(what: string): string {
  const tokens = tokenize(what);
  const end = /^\p{L}{3,}ing$/u.test(tokens[0]?.text ?? '') ? nounPhraseEnd(tokens, 1) : 0;
  if (end > 1 && end === tokens.length && tokens[end - 1].tags.has('Noun') && !/^(?:alone|together|solo)$/iu.test(tokens[end - 1].lower) && !/\d/u.test(what) && /^(?:the|a|an|this|that|these|those|last|\p{L}+['’]s)\b/iu.test(what.slice(tokens[1].start))) {
    const object = what.slice(tokens[1].start).trim();
    return `${object} ${beFor(object)} ${participleOf(infinitiveOf(tokens[0].text))} instead`;
  }
  // ("trying to hotfix live happened instead" a thirty-second reader found not English: time spent on an activity is
  // what it says; "assuming it was off", "going home" are no activity to spend time on.)
  if (/^(?:trying|debugging|waiting|investigating|radioing|restarting|attempting|hotfixing|troubleshooting|digging|searching|chasing|arguing|discussing|retrying|rebooting|poking)\b/iu.test(what)) return `the time went on ${what} instead`;
  return `${what} happened instead`;
}

/**
 * A passive's rest without a person as its agent: "caught by whoever reviewed #3307 in review" →
 * "caught in review". (Readers marked "This was not caught by whoever reviewed #3307" as still
 * pointing at the reviewer.)
 */
function withoutPersonAgent(rest: string, people: PeopleIndex): string {
  const agent = /\s+by\s+(.+?)(?=\s+(?:before|after|during|in|on|at|when|because|until|within)\s|[,;:]|$)/iu.exec(rest);
  if (!agent || !(/^(?:whoever|someone|somebody|anyone|anybody)\b/iu.test(agent[1]) || subjectOf(agent[1], people) === 'person')) return rest;
  return `${rest.slice(0, agent.index)}${rest.slice(agent.index + agent[0].length)}`;
}

/** Whether the words open a clause of their own: a noun phrase, then its verb ("the replica was stale"). */
function startsWithClause(words: string): boolean {
  const tokens = tokenize(words);
  const end = nounPhraseEnd(tokens, 0);
  const verb = tokens[end];
  return end > 0 && Boolean(verb) && verb.tags.has('Verb') && !verb.tags.has('Gerund') && !/^(?:to|and|or)$/iu.test(verb.lower);
}

/**
 * What the writers will do or have done about it, said after what a thing lacked: "…; we'll add that
 * scenario to the quarterly game day", "…; it's now on our roadmap". Owning the fix, not judging.
 */
const REMEDY_FOLLOWS = /^\s*(?:[;:,—–-]|\.\s)\s*(?:so\s+|and\s+)?(?:we['’]ll|we\s+will|we(?:['’]re|\s+are)\s+(?:now\s+)?(?:adding|building|writing|making|putting|going\s+to|now)|\p{Lu}\p{Ll}+\s+(?:is|['’]s)\s+(?:now\s+)?(?:adding|building|writing|making|putting\s+in|setting\s+up|wiring)\s+(?:that|it|this|one|them)\s+now|we\s+have\s+(?:added|now|since)|we['’]ve\s+(?:added|now|since)|we\s+now|(?:that|this|it)(?:['’]s|\s+is|\s+has\s+been)\s+(?:now\s+)?(?:on\s+(?:our|the)\s+(?:roadmap|backlog)|tracked|ticketed|added|fixed|in\s+place)|(?:(?:ticket|issue|jira|pr|mr|story|task)\s+)?\p{Lu}[\p{Lu}\d]+-\d+\s+(?:adds|fixes|tracks|covers|introduces|will\s+add))\b/iu;

/**
 * Whether `tail` (what follows the hindsight's clause) gives a thing's account of why: a clause whose
 * subject is a thing ("; capacity planning never modeled video", ", but the freeze was only enforced
 * for the web tier"), with no person in it, no person as the agent of `rest` ("by whoever reviewed
 * it"), and no reproach ("the off-by-one is right there on line 42").
 */
function systemAccountFollows(tail: string, rest: string, people: PeopleIndex): boolean {
  if (REMEDY_FOLLOWS.test(tail) && !/\bby\s+\S/iu.test(rest)) return true;
  const m = /^\s*(?:[;:]|,?\s+(?:but|because|since|as)\b|,)\s*(.+)$/iu.exec(tail);
  if (!m || /\bby\s+(?:whoever|someone|somebody|anyone)\b/iu.test(rest)) return false;
  const agent = /\bby\s+(.+)$/iu.exec(rest);
  if (agent && subjectOf(agent[1], people) === 'person') return false;
  // ("…; the diversion valve takes nine minutes to stroke, which nobody had measured until now": what no one knew of the thing.)
  const clause = m[1].replace(/,\s+which\s+(?:nobody|no\s*-?\s*one)\s+had\s+(?:ever\s+)?(?:measured|tested|known|checked|documented|timed)\b[^;.]*(?=[.!]*\s*$)/iu, '');
  if (/\b(?:nobody|no\s*-?\s*one|someone|somebody|anyone|anybody|everyone|we|us|our|they|them|their|he|she|him|her|his|i|you|obvious(?:ly)?|clearly|right\s+there|plain(?:ly)?|simple|basic|trivial|literally|just|again|as\s+usual|of\s+course)\b/iu.test(clause)) return false;
  const tokens = tokenize(clause);
  const end = nounPhraseEnd(tokens, 0);
  if (end === 0 || /^(?:it|this|that|these|those|which)$/iu.test(tokens[0].lower)) return false;
  const verb = tokens.slice(end).find((t) => !/^(?:silently|never|only|also|still|always|often|quietly|automatically|not)$/iu.test(t.lower));
  return Boolean(verb?.tags.has('Verb')) && subjectOf(clause.slice(0, tokens[end - 1].end), people) === 'thing' && !/\p{Lu}/u.test(clause.slice(1).replace(/\b[\p{Lu}\d_-]{2,}\b/gu, ''));
}

/**
 * Whether `clause` (what follows "In hindsight,") names no one and judges nothing: no modal, need,
 * verdict, person or question, and no capitalised word after its first (a name).
 */
function plainAboutThings(clause: string): boolean {
  // ("…, which masked the spike in one of them": the things just named.)
  const said = clause.replace(/\b(?:one|each|all|some|none|both|any|either|neither)\s+of\s+them\b/giu, '');
  return !/\b(?:should|could|would|might|must|ought|needed|need|needs|too|far|way|clearly|obvious(?:ly)?|plainly|simply|just|inadequate|insufficient|reckless|careless|sloppy|naive|poor(?:ly)?|bad(?:ly)?|terrible|risky|indefensible|mistake|error|wrong|misguided|lapse|anyone|anybody|nobody|no\s*-?\s*one|someone|somebody|everyone|we|us|our|they|them|their|he|she|him|her|his|i|you|never)\b|\?/iu.test(said)
    && !/(?:^|\s)\p{Lu}\p{Ll}/u.test(clause.slice(1));
}

/**
 * Whether `clause` (what follows "In hindsight,") says what a thing did or was: a thing as subject,
 * a verb in the past, and no person, modal, need or verdict in it.
 */
function thingsAccount(clause: string, people: PeopleIndex): boolean {
  if (!plainAboutThings(clause)) return false;
  const tokens = tokenize(clause);
  const end = nounPhraseEnd(tokens, 0, 'subject');
  if (end === 0 || !/^(?:the|our|its|this|that|these|those)$/iu.test(tokens[0].lower)) return false;
  const verb = tokens[end];
  return Boolean(verb?.tags.has('PastTense')) && subjectOf(clause.slice(0, tokens[end - 1].end), people) === 'thing';
}

/**
 * Whether `clause` speaks only of things: what `plainAboutThings` asks, but a capitalised word is a
 * name only when it is one of the people's or the tagger does not know it ("Buoy 9", "PLC" and "Redis"
 * after a number or as an acronym or a tool are not).
 */
function aboutThingsOnly(clause: string, people: PeopleIndex): boolean {
  // ("the architecture placed too much trust in a single upstream feed": how much a design relied on one thing.)
  if (!plainAboutThings(clause.replace(/(?:^|\s)\p{Lu}\p{Ll}/gu, (m) => m.toLowerCase()).replace(/\btoo\s+much\s+(?=(?:trust|weight|reliance)\s+(?:in|on)\b)/iu, ''))) return false;
  const tokens = tokenize(clause);
  return !tokens.some((t, i) => /^\p{Lu}/u.test(t.text) && (nameAt(tokens, i, people) > 0
    || (/^\p{Lu}\p{Ll}+$/u.test(t.text) && !/^\d/u.test(tokens[i + 1]?.text ?? '') && !knownWord(t.lower) && !TOOL_NAMES.has(t.lower) && !nounByEnding(t.lower))));
}

/** The framing of a hindsight clause: "With a little more care, …", "Looking back, …". */
const HINDSIGHT_LEAD = /^\s*(?:with\s+(?:a\s+(?:little|bit)\s+)?(?:more|enough|better)\s+(?:care|attention|effort|diligence|thought)(?:\s+(?:during|in|at|on)\s+[^,]{1,30})?|looking\s+back|in\s+hindsight|in\s+retrospect|with\s+hindsight|obviously|clearly|frankly|honestly),\s*/iu;

const MODAL_PERFECT = /\b(should|ought\s+to|must|could|might|would)(\s+not|\s+never|n['’]t)?((?:\s+(?:[\p{L}]+ly|just|also|really|all|first|at\s+least))*)(?:\s+have|['’]ve)(?:\s+(?:just|simply|easily|already|also|at\s+least|[\p{L}]+ly))*\s+(been\s+)?([\p{L}-]+)/iu;

const PER_DOCUMENT = /\b(?:per|according\s+to|by|under)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:spec(?:ification)?s?|documentation|docs|design|contract|rfc|runbook|manual|slo|sla|objective|policy|schedule|procedure)\b/iu;
const DOCUMENTED_EXPECTATION = new RegExp(String.raw`\b(?:spec(?:ification)?s?|documentation|docs|runbook|contract|design|rfc|sla|readme|manual|api\s+reference)\s+(?:says|said|states|stated|requires|required|promises|promised)\b|${PER_DOCUMENT.source}`, 'iu');

/** A subject that is software doing its job: "the system", "the payment service", "the validator". */
const SYSTEM_SUBJECT = /^(?:the|our|its|this|that)\s+(?:[\w-]+\s+){0,3}(?:system|service|api|server|validator|parser|constraint|schema|database|gateway|proxy|load\s+balancer|scheduler|queue|app|application|client|library|sdk|firmware|job|check|guard|filter|rule|alert|monitor|probe|health\s*check|circuit\s+breaker|limiter|cache|tool|tooling|pipeline|gate|workflow|script|linter|runner|orchestrator|controller|daemon|worker|bot|hook|plugin|framework|engine|platform|autoscaler|deployer|migrator|ci|runbook|playbook|checklist|process|procedure|template|policy|dashboard|monitoring|config|configuration|suite|test\s+plan|plan|design|spec|specification|documentation|docs|contract)$/iu;

/**
 * What a thing does by design, not what people do to it: "paginated", "indexed", "rate-limited". A
 * passive of one with a thing as its subject says what the design lacked.
 */
const DESIGN_PARTICIPLE = /^(?:paginated|indexed|cached|encrypted|batched|rate-limited|throttled|sharded|partitioned|versioned|bounded|capped|sandboxed|queued|deduplicated|de-duplicated|compressed|replicated|debounced|feature-flagged|idempotent|namespaced|scoped|isolated|retried|buffered|streamed|chunked|signed|hashed|salted|checksummed|based|keyed|computed|calculated|measured|triggered|driven|tied|pinned|gated|enforced|validated|sized|tuned|set)$/iu;

/** What someone could not have known, seen or foreseen at the time. */
const CANNOT_HAVE_KNOWN = /^(?:known|seen|foreseen|predicted|anticipated|guessed|expected|noticed|detected|spotted|told|realised|realized)$/iu;

/** ", not anyone's call on the day": the design cleared of people, which names no one. */
const NOT_ANYONES = /,?\s*not\s+(?:anyone|anybody|any\s+one\s+person)['’]s\s+(?:call|fault|mistake|decision|doing)\b[^.;]*/iu;

/** What anyone "could have" done that would have stopped it: hindsight about people, not a shrug. */
const NOTICING = /^(?:catch|spot|notice|see|prevent|avoid|fix|check|test|read|know|find|detect|stop|tell|predict|figure|flag|question|ask|review|verify|look)$/u;

/** Whether the end of `before` is inside a quotation ("…", “…”). */
function insideQuotes(before: string): boolean {
  const curly = before.lastIndexOf('“') > before.lastIndexOf('”');
  return curly || (before.match(/"/gu)?.length ?? 0) % 2 === 1;
}

/**
 * "Had the QA team done their job properly, …" restated is "The job was not done properly": a
 * verdict on people with the people gone, which says nothing of what happened; left to the writer.
 */
const JOB_NOT_DONE = /^(?:the|their|his|her|its)\s+(?:(?:whole|one|only|own|actual)\s+)?jobs?\s+(?:was|were)\s+not\s+done\b/iu;

/** A subject naming a role that is also a tool: "the planner", "Action item: the scheduler". */
const TOOL_LIKE_ROLE_SUBJECT = new RegExp(String.raw`^(?:[^:]{0,40}:\s*)?(?:the|our|its|this|that)\s+(?:[\w-]+\s+)?(?:${TOOLS_NAMED_LIKE_ROLES})$`, 'iu');

export function modalPerfect(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = MODAL_PERFECT.exec(sentence);
  if (!m) return null;
  let [whole, , , , , participle] = m;
  const [, modalWord, not, , been] = m;
  const before = sentence.slice(0, m.index);
  const start = clauseStartIn(before);
  // ("In hindsight the affination syrup should have been diverted sooner": the look back is no part of the subject.)
  const subject = before.slice(start).trim().replace(/^(?:in\s+hindsight|in\s+retrospect|with\s+hindsight|looking\s+back),?\s+/iu, '');
  // "Stage management should have been on cans when the hazer tripped the fire alarm": where a person
  // should have been, said after the fact. Left to the writer: what the post was to require is theirs to say.
  if (been && /^(?:on|at|in|by|near|online|awake|available|present|around|there|here|closer|watching|monitoring|listening)$/iu.test(participle) && modalWord.toLowerCase() !== 'would') {
    // ("Ravi should have been on the bridge call but was never paged": the system left him out.)
    const leftOut = /\b(?:was|were)\s*(?:n['’]t|\s+not|\s+never)\s+(?:paged|told|called|notified|invited|rostered|scheduled|asked|alerted|added|included)\b/iu.test(sentence.slice(m.index));
    if (!leftOut && subjectOf(subject, people) === 'person') {
      return { kind: 'hindsight', message: HINDSIGHT_MESSAGE(whole.slice(0, whole.length - participle.length).trim()), text: sentence, unrewritten: true };
    }
  }
  if (!looksLikeParticiple(participle)) {
    // "ought to have load tested": a noun before the participle.
    const next = /^\s+([\p{L}-]+)/u.exec(sentence.slice(m.index + whole.length));
    if (!next || !looksLikeParticiple(next[1]) || NOT_PARTICIPLES.test(participle)) return null;
    whole += next[0];
    participle = `${participle} ${next[1]}`;
  }
  const modal = modalWord.toLowerCase().replace(/\s+/g, ' ');
  // ("the rule that on-call can't deploy without a second approver should have covered config changes": a
  // rule, whoever its relative clause speaks of.)
  const ruleThat = /^(?:[^:]{0,40}:\s*)?(?:the|our|this|that|its)\s+(?:[\w-]+\s+)?(?:rule|policy|check|guard|process|procedure|requirement|control|gate|alert|runbook|checklist|limit|threshold|restriction|safeguard|validation)\s+(?:that|which)\b/iu.test(before.trimStart());
  // ("the planner should have blocked scheduling tram 2217", "the scheduler should have rejected two work orders":
  // a role's name that is also a tool's, doing what only a tool does.)
  const toolNamedLikeRole = !been && TOOL_LIKE_ROLE_SUBJECT.test(subject)
    && /^(?:rejected|blocked|refused|prevented|validated|warned|flagged|displayed|enforced|locked|disallowed)$/iu.test(participle);
  const personLike = !ruleThat && !toolNamedLikeRole && subjectOf(subject, people) === 'person';
  const possible = modal === 'could' || modal === 'might' || modal === 'would';
  const after = sentence.slice(m.index + whole.length);
  // "Anyone could have run the same command", "anyone could have made this mistake", "Anyone working that
  // shift could have hit the same outcome": what the system let anyone do clears the person ("Anyone could
  // have caught this" still judges).
  // (The whole of "Anyone working that shift": its "that" is no relative clause's.)
  const anyoneAt = (said: string) => /^(?:anyone|anybody|any\s+(?:one\s+)?of\s+us|any\s+(?:other\s+)?(?:engineer|developer|person|of\s+them))(?:\s+(?:working|on|in|at|from|doing|covering)\s+[\p{L}\s'’-]{1,30})?$/iu.test(said.replace(/^.*["“]\s*/u, ''));
  if (possible && (anyoneAt(subject) || anyoneAt(before.trim()))
    && (/^\s*(?:\S+\s+){0,2}?the\s+same\b/iu.test(after) || !NOTICING.test(infinitiveOf(participle.split(/\s+/u).pop() ?? '')))) return null;
  // "library behaviour nobody could have seen in the diff", "no reviewer could have caught it": what no
  // one could do clears everyone. (Not "nobody should have …", a duty.)
  if (possible && /^(?:(?:.*\s)?(?:nobody|no\s*-?\s*one|none\s+of\s+(?:us|them)|no\s+(?:reviewer|human|person|engineer|tester|one\s+person)))$/iu.test(subject) && !not) return null;
  // ("Every tech, Arjun included, should have had a long camera cable; we only ever bought one per depot": what everyone
  // should have been given is kit that was missing, not a duty.)
  if (!been && /^had$/iu.test(participle) && /^\s*(?:every|each|all)\b/iu.test(before)) return null;
  // "His comment "I should have checked" was noted": the person's own words, reported.
  // (In single quotes too: "Zanele said 'I should have caught it.'")
  if ((/["“]\s*(?:i|we)\s+$/iu.test(before) && insideQuotes(before)) || /(?:^|[\s(:])['‘]\s*(?:i|we)\s+$/iu.test(before)) return null;
  // ("we kept landing on 'Amara should have noticed' — we threw that answer out": a verdict quoted, and thrown out.)
  if (/(?:^|[\s(:])['‘"“][^'’"”]*$/u.test(before) && /\b(?:threw|throw\p{L}*|thrown|tossed)\s+(?:that|this|it|the)\s+(?:answer\s+|line\s+|idea\s+|one\s+)?out\b|\b(?:rejected|discarded|set\s+aside|ruled\s+out|struck)\s+(?:that|this|it|the\s+(?:answer|line|idea))\b/iu.test(sentence)) return null;
  // "The cache must have expired", "The outage could have lasted longer": inference, not hindsight.
  if (!personLike && modal !== 'should' && modal !== 'ought to') return null;
  // "The spec says the token should have expired", "Per its documentation, the script should have
  // restored …": what a document promises of a thing, not a judgement after the fact.
  // ("The warning should have been issued at 06:00 per the service-level objective": the same, said after.)
  if (!personLike && (DOCUMENTED_EXPECTATION.test(before) || PER_DOCUMENT.test(sentence.slice(m.index + whole.length).split(/;|:\s/u)[0]))) return null;
  // "The system should have rejected the duplicate order ID", "The canary should have caught this",
  // "… which it should have rejected": what a thing lacked, said of the thing. A passive ("The migration
  // should have been run in the window") leaves its actor out, and is judged.
  if (!personLike && !been) return null;
  // "The firmware image should have been signed before upload; the build job silently skipped signing
  // whenever the HSM was unreachable": what a thing lacked, with the system's account of why after it.
  const end = clauseEndIn(after);
  if (!personLike && been && systemAccountFollows(after.slice(end), after.slice(0, end), people)) return null;
  // "The export should have been paginated", "The certificate should have been rotated automatically":
  // what a thing's design lacked, not a person's deed left undone ("should have been run" still is).
  if (!personLike && been && (DESIGN_PARTICIPLE.test(participle) || /^\s+(?:automatically|by\s+(?:default|design))\b/iu.test(after))) return null;
  // "The on-call engineer could not have known the flag was shared": what no one could know, the
  // local rationality a blameless review asks for. (Not "couldn't have been more careless".)
  if (possible && not && !been && CANNOT_HAVE_KNOWN.test(participle)) return null;
  // "We looked at whether the deploy should have been blocked": a question the review asked of a thing, not its answer.
  if (!personLike && /\b(?:whether|asked\s+if)\s+[^,;:]*$/iu.test(before)) return null;
  // ("We considered whether the on-call engineer should have rolled back sooner and concluded …": the
  // review's question of a person, asked to be answered; 13 labelled lines, all blameless.)
  if (/\b(?:considered|discussed|asked|looked\s+at|examined|reviewed|explored|debated)\s+whether\s+[^,;:]*$/iu.test(before)) return null;
  // ("I know people are asking whether Chiara should have turned the group back earlier. With the forecast she
  // had …": others' question, reported to be answered, is not the writer's verdict.)
  if (/\b(?:people|some|others|folks|several\s+people|a\s+few\s+(?:people|of\s+you)|some\s+of\s+you|many)\s+(?:are|were|have\s+been|keep)\s+asking\s+(?:whether|if)\s+[^,;:]*$/iu.test(before)) return null;
  // "Jonas should have been paged at 03:10, but the escalation policy skipped him": a person who
  // should have been told, paged or woken is who the system failed, not who failed.
  if (personLike && been && /^(?:paged|called|notified|alerted|told|informed|woken|warned|contacted|escalated\s+to|included|invited|copied|consulted|asked|given|granted|trained|onboarded)$/iu.test(participle)) return null;
  // "would have" is hindsight only with its framing: "With a little more care, QA would have caught …".
  if (modal === 'would' && !HINDSIGHT_LEAD.test(before.slice(0, start))) return null;
  const rest = after.slice(0, end).trim();
  const clause = restate({ personLike, negative: Boolean(not), passive: Boolean(been), possible, subject, participle, rest }, people);
  if (clause === null || JOB_NOT_DONE.test(clause)) return { kind: 'hindsight', message: HINDSIGHT_MESSAGE(whole.slice(0, whole.length - participle.length).trim() || whole.trim()), text: sentence, unrewritten: true };
  // "With a little more care, Yuki could have …", "Looking back, …": the hindsight framing goes too.
  const lead = sentence.slice(0, start).replace(HINDSIGHT_LEAD, '');
  // ("With a little more care during review, Ines would have spotted …": when it would have been seen is a fact kept,
  // "… was not spotted during review"; a thirty-first reader found it dropped.)
  const when = DURING_REVIEW.exec(sentence.slice(0, start))?.[1] ?? '';
  // ("Siobhan could have called the vendor an hour earlier and we would have had the whitelist in time": what
  // would have followed stays a counterfactual, "…; had it been, we would have had …", not a fact.)
  const said = /\bnot\b/iu.test(clause)
    ? `${clause}${when ? ` ${when}` : ''}${after.slice(end)}`.replace(/,?\s+and\s+(?=(?:we|it|they|this|that|the\s+[\p{L}-]+)\s+would(?:\s+not|n['’]t)?\s+have\b)/iu, '; had it been, ')
    : `${clause}${after.slice(end)}`;
  const text = `${lead}${lead.trim() ? said : capitalise(said)}`;
  const phrase = whole.slice(0, whole.length - participle.length).trim() || whole.trim();
  return { kind: 'hindsight', message: HINDSIGHT_MESSAGE(phrase), text };
}

/**
 * "If only X had <done> …", "Had X <done> …, …", "If X had <done> …, … would have …": the subject is
 * the shortest run of words before a participle (so "Had the on-call engineer scrolled up" finds the
 * engineer, not "the").
 */
const COUNTERFACTUAL = /^(\s*)(if\s+only|if|had)\s+(.+?)(?:,\s*(.*?))?([.!?]*)$/iu;

function splitAtParticiple(words: string[], afterHad: boolean): { subject: string; not: boolean; passive: boolean; participle: string; rest: string } | null {
  for (let k = 1; k < words.length; k += 1) {
    let at = k;
    if (!afterHad) {
      if (words[at]?.toLowerCase() !== 'had') continue;
      at += 1;
    }
    let not = false;
    if (/^(?:not|never)$/iu.test(words[at] ?? '')) {
      not = true;
      at += 1;
    }
    // "If only the index had been rebuilt": the passive, said of the thing.
    const passive = /^been$/iu.test(words[at] ?? '');
    if (passive) at += 1;
    // "had just run", "had simply escalated", "had properly tested": the adverb is not the deed.
    if (/ly$|^(?:just|only|even|ever|already|also|actually)$/iu.test(words[at] ?? '')) at += 1;
    let participle = words[at];
    // ("If the IT guy had not push the calendar update": the base form written for the participle.)
    if (participle && !passive && !looksLikeParticiple(participle) && !NOT_PARTICIPLES.test(participle) && tokenize(participle)[0]?.tags.has('Infinitive')
      && /^(?:the|a|an|this|that|these|those|it|them|their|his|her|our|any|all)$/iu.test(words[at + 1] ?? '')) participle = participleOf(participle.toLowerCase());
    if (!participle || !looksLikeParticiple(participle)) continue;
    return { subject: words.slice(0, k).join(' '), not, passive, participle, rest: words.slice(at + 1).join(' ') };
  }
  return null;
}

/**
 * The consequence the counterfactual gave, kept after what was not done, said of the thing: "The
 * currency mapping was not double-checked; had it been, no customer would have been charged in yen."
 * (Readers marked the rewrite that dropped it as losing what mattered.) '' when the clause has no
 * thing to say it of.
 */
function withConsequence(clause: string, main: string): string {
  let consequence = main.trim().replace(/[.!?]+$/u, '');
  // "…, which was circulated a fortnight before, the disruption would have been avoided": the
  // condition's own aside goes; the consequence is what follows its last comma.
  if (/^(?:which|who|whose|like|as|and|but|although|though|when|where|despite|even)\b/iu.test(consequence)) {
    const last = consequence.lastIndexOf(', ');
    consequence = last > 0 ? consequence.slice(last + 2) : '';
    if (!/\b(?:would|could|might|wouldn['’]t|couldn['’]t)\b|['’]d\b/iu.test(consequence)) return '';
  }
  if (!consequence || /;|(?<!\d):|:(?!\d)/u.test(consequence)) return '';
  const not = /^(?:there\s+(?:was|were)\s+no\b|.+?\s+(was|were)\s+not\s)/iu.exec(clause);
  if (/\bdid\s+not\s+happen$/iu.test(clause)) return `; had it happened, ${consequence}`;
  // ("The bucket was deleted without asking someone first": the step is what did not happen.)
  if (/\bwithout\s+\p{L}+ing\b[^;]*\bfirst$/iu.test(clause)) return `; had that come first, ${consequence}`;
  // ("If Grace had not overridden the sunset offset by hand, the lights would have …": what was done, and what it cost.)
  const done = not ? null : /^(?:.+?)\s+(was|were)\s+(?!not\b)\p{L}+ed\b|^(?:.+?)\s+(was|were)\s+(?!not\b)(?:overridden|taken|written|done|run|set|put|left|made|given|shown|hidden|broken|frozen|driven|thrown|sent|built|cut)\b/iu.exec(clause);
  if (done) return `; had ${(done[1] ?? done[2]).toLowerCase() === 'were' ? 'they' : 'it'} not been, ${consequence}`;
  if (!not) return '';
  if (/^there/iu.test(not[0])) return `; had there been, ${consequence}`;
  // ("The second approver was not waited for; had they been, …": a person is not "it".)
  const head = /(\p{L}+)\s+(?:was|were)\s+not\s/iu.exec(not[0])?.[1].toLowerCase() ?? '';
  return `; had ${not[1].toLowerCase() === 'were' || ROLE_NOUNS.has(head) ? 'they' : 'it'} been, ${consequence}`;
}

/**
 * "this wouldnt happen if our editor-in-chief stoped changing the ship dates …": a person's habit, said
 * as the condition the failure waits on (left to the writer: what the habit meets in the process is theirs to say).
 */
const HABIT_CONDITION = /\b(?:wouldn['’]?t|would\s+not|would\s+never|won['’]?t|will\s+not)\s+(?:keep\s+)?(?:happen|happening|be\s+(?:happening|a\s+problem|an\s+issue))\s+(?:again\s+)?if\s+(.+?)\s+(?:just\s+|actually\s+|finally\s+|ever\s+)?(?:stopped|stoped|started|bothered|learned|learnt|listened|remembered)\b/iu;

/** "This could have been prevented had the stage crew charged the concertmaster's tablet as instructed.": the condition after the consequence. */
const HAD_AFTER = /\b(?:could|would|might)(?:\s+not|n['’]t)?\s+have\s+(?:been\s+)?\p{L}+\s+had\s+(.+?)\s+(?:not\s+)?(?:\p{L}+ed|done|taken|read|run|made|kept|set|known|seen)\b/iu;

export function counterfactual(sentence: string, people: PeopleIndex): Rewrite | null {
  const habit = HABIT_CONDITION.exec(sentence);
  if (habit && subjectOf(habit[1], people) === 'person') return { kind: 'hindsight', message: HINDSIGHT_MESSAGE('It would not happen if …'), text: sentence, unrewritten: true };
  const inverted = HAD_AFTER.exec(sentence);
  if (inverted && subjectOf(inverted[1], people) === 'person') return { kind: 'hindsight', message: HINDSIGHT_MESSAGE('… had …'), text: sentence, unrewritten: true };
  const m = COUNTERFACTUAL.exec(sentence);
  if (!m) return null;
  const [, lead, opener, whole, comma, stop] = m;
  // "if only the on-call had read the runbook we would not lose 2 hours": the consequence, unmarked by a comma.
  // (A pronoun first: in "had checked the dashboard we wouldn't be here" the subject is "we", not "the dashboard we".)
  const runOn = comma === undefined
    ? /^(.+?)\s+((?:we|they|it|this|that|nobody|no\s+one|none\s+of\s+this)\s+(?:would|wouldn['’]t|could|couldn['’]t|might|['’]d)\b.*)$/iu.exec(whole)
      ?? /^(.+?)\s+((?:the|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:would|wouldn['’]t|could|couldn['’]t|might)\b.*)$/iu.exec(whole)
    : null;
  // ("Had Mr Iyer taken the trouble to read the runbook": the effort goes, the act stays.)
  const body = (runOn ? runOn[1] : whole).replace(/\b(?:taken|took)\s+the\s+(?:time|trouble)\s+to\s+([\p{L}-]+)/iu, (_m, verb: string) => participleOf(infinitiveOf(verb)));
  const main = runOn ? runOn[2] : comma;
  const kind = opener.toLowerCase().replace(/\s+/g, ' ');
  const split = splitAtParticiple(body.split(/\s+/), kind === 'had');
  if (!split) return null;
  const personLike = subjectOf(split.subject, people) === 'person';
  // "If only the retry library had supported jitter": what a system lacked, not a person's act.
  if (kind === 'if only' && SYSTEM_SUBJECT.test(split.subject.trim())) return null;
  // "… would have …", "we'd have …", "we wouldn't be writing this": the consequence undone.
  // ("… those records would still exist": any verb, after an adverb.)
  const wouldHave = main ? /(?:\b(?:would|could|might)(?:\s+not|\s+never|n['’]t)?|['’]d(?:\s+not|\s+never)?)(?:\s+(?:still|also|all|easily|probably|likely|certainly|definitely|simply|never|not|even))?\s+(?:have|be|\p{L}{3,})\b/iu.test(main) : false;
  // "If X had …" is a counterfactual with a "would have"; "Had X …" and "If only X had …" are one already.
  if (kind === 'if' ? !(personLike && wouldHave) : kind === 'had' ? !personLike : false) return null;
  const clause = restate({ personLike, negative: split.not, passive: split.passive, possible: false, subject: split.subject, participle: split.participle, rest: split.rest, counterfactual: true }, people);
  const phrase = kind === 'if only' ? 'If only' : kind === 'had' ? 'Had' : 'If';
  const message = HINDSIGHT_MESSAGE(`${phrase} … had ${split.participle}`);
  if (clause === null || JOB_NOT_DONE.test(clause)) return { kind: 'hindsight', message, text: sentence, unrewritten: true };
  // ("Had the on-call engineer scrolled up, the root cause was right there in the logs.": what the look would have
  // found is a fact of its own, kept; a thirtieth reader found it dropped.)
  const found = kind === 'had' && !wouldHave && main && /^\s*(?:the|a|an|it|this|that|all)\b[^,;]*?\b(?:was|were|is|are|had\s+been)\b/iu.test(main) && !PEOPLE_OR_VERDICT.test(main) ? `; ${main.trim().replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase())}` : '';
  return { kind: 'hindsight', message, text: `${lead}${capitalise(clause)}${wouldHave && main ? withConsequence(clause, main) : found}${stop || '.'}` };
}

/** People or a verdict in a look back at a design: then it is not only about the design. */
const PEOPLE_OR_VERDICT = /\b(?:should|could|ought|obvious(?:ly)?|clearly|he|she|they|him|her|them|team)\b/iu;
/** A design damned in the words used for a person ("far too risky", "reckless"). */
const DESIGN_DAMNED = /\b(?:too\s+(?:risky|dangerous)|reckless|careless|negligent|sloppy|lazy|stupid|dumb|inexcusable|unacceptable)\b/iu;

const OPENERS = /^(\s*)(obviously|clearly|of course|in hindsight|hindsight(?=\s*:)|in retrospect|with hindsight|looking back(?=,)|needless to say|evidently|predictably|unsurprisingly|it (?:was|is) (?:obvious|clear) that)\b\s*[,:]?\s*/iu;
const INLINE = /,?\s+(obviously|evidently|in hindsight|in retrospect)\b,?(?=\s)/iu;

export function hindsightAdverb(sentence: string, people: PeopleIndex): Rewrite | null {
  // "Looking back, it should have been obvious to Mateus that the mapping was off": what was not
  // recognised. (Readers took "Nothing made it clear that …" for the opposite of what was said.)
  const obvious = /^(\s*)(?:(?:looking\s+back|in\s+hindsight|in\s+retrospect|with\s+hindsight),\s*)?it\s+(?:should|must|ought\s+to)\s+have\s+been\s+(?:obvious|clear|evident|apparent)(?:\s+to\s+[^,]+?)?\s+that\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (obvious) return { kind: 'hindsight', message: HINDSIGHT_MESSAGE('It should have been obvious'), text: `${obvious[1]}It was not recognised that ${obvious[2]}${obvious[3] ? obvious[3].replace(/!/gu, '.') : '.'}` };
  // "It was obvious from the very first alert that the cache was cold": when it was seen stays, the verdict goes.
  const obviousFrom = /^(\s*)it\s+(?:was|is)\s+(?:obvious|clear|evident)\s+((?:from|by|after|at)\s+[^,]+?)\s+that\s+(.+)$/iu.exec(sentence);
  if (obviousFrom) return { kind: 'hindsight', message: HINDSIGHT_MESSAGE('It was obvious'), text: `${obviousFrom[1]}${capitalise(obviousFrom[2])}, ${obviousFrom[3]}` };
  // "It's easy in hindsight to name the missing test; at the time, …": the writer naming hindsight's bias.
  if (/\b(?:easy|easier|tempting)\s+(?:in|with)\s+hindsight\b|\bhindsight\s+bias\b/iu.test(sentence)) return null;
  const opener = OPENERS.exec(sentence);
  // What follows a plain look back ("In hindsight,", "In retrospect,", "Looking back,"); null for any other opener.
  const lookedBack = opener && /^(?:in\s+hindsight|hindsight\s*:|in\s+retrospect|looking\s+back)/iu.test(opener[0].trim()) ? sentence.slice(opener[0].length) : null;
  // (What follows a semicolon is another say: "…; the PLC should lock the recipe" is about the fix.)
  const firstClause = lookedBack?.split(';')[0] ?? '';
  // "In hindsight, the rate limiter should have been load-tested with election-night traffic; we'll add
  // that scenario to the game day": what a thing lacked, and the writers' fix.
  if (lookedBack !== null) {
    const should = /^(?:the|our|its|their)\s+[^,;]+?\s+(?:should|ought\s+to)\s+have\s+been\s+[^;:]+/iu.exec(lookedBack);
    if (should && REMEDY_FOLLOWS.test(lookedBack.slice(should[0].length)) && !/\b(?:he|she|him|her|his|they|them|their|team)\b/iu.test(should[0])) return null;
  }
  // ("In hindsight the affination syrup should have been diverted sooner; the diversion valve takes nine minutes to
  // stroke": what a thing lacked, with its account of why, is no less so looked back on.)
  if (lookedBack !== null && /^(?:the|our|its)\s[^;]*\bshould\s+have\s+been\s[^;]*;/iu.test(lookedBack) && !PEOPLE_OR_VERDICT.test(lookedBack.replace(/\bshould\s+have\b/iu, ''))
    && modalPerfect(capitalise(lookedBack), people) === null) return null;
  // "In hindsight the signal was there, but only in a DEBUG log line …": what was there, and why it was
  // not seen, said of things.
  if (lookedBack !== null && /,\s*but\s/iu.test(sentence)
    && !/\b(?:he|she|him|her|his|they|them|their|you|team|should|could|ought|obvious(?:ly)?|clearly)\b/iu.test(sentence) && !/(?:^|\s)\p{Lu}\p{Ll}/u.test(lookedBack)) return null;
  // "Looking back, the design put two conflicting calendars in charge of hall bookings.": what a design or
  // a system did, looked back on, names no one and judges no one.
  // ("In hindsight, a dispatch screen that puts 'Clear' and 'Cancel' next to each other … made this slip
  // very easy to make": a screen, with what it does, as the subject; "the design of the publish button, a
  // single click with no confirmation …, made this kind of slip almost inevitable": what it was designed as.)
  if (lookedBack !== null && /^(?:the|our|its|a|an|this|that)\s+(?:[\p{L}-]+\s+){0,2}(?:design|system|architecture|setup|schema|ui|tool|tooling|process|config(?:uration)?|layout|form|screen|display|dashboard|interface|panel|console|page|menu|dialog|prompt|pipeline|workflow|editor|app|software)(?:\s+of\s+(?:the|our|its|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?(?:\s+(?:that|which)\s+[^,;]+?|,\s+(?:where|in\s+which|which|with|an?)\s+[^;]+?,)?\s+(?:put|made|makes|let|lets|allowed|allows|had|gave|showed|hid|treated|mixed|sent|used|relied|assumed)\b/iu.test(lookedBack)
    && !/\b(?:should|could|ought|obvious(?:ly)?|clearly|he|she|they|team)\b/iu.test(lookedBack)) return null;
  // ("In hindsight, having one dashboard serve both front-desk staff and vets made it too crowded": a
  // design choice, said as a gerund, and what it did; "having the berth map and the payment service
  // share one database was a design we outgrew": or what it was.)
  if (lookedBack !== null && /^(?:having|putting|using|running|sharing|mixing|keeping|giving|treating|relying\s+on|letting|allowing|storing)\s+(?:(?:one|a|an|the|both|two|all|every|our|its)\s+)?[^;]*?\s+(?:(?:made|meant|left|gave|caused)\s+(?:it|this|that|them|the)|was\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:design|choice|decision|trade-?off|shortcut|pattern|compromise))\b/iu.test(lookedBack)
    && !DESIGN_DAMNED.test(lookedBack)
    && !PEOPLE_OR_VERDICT.test(firstClause.replace(/\bmade\s+them\b/iu, '')) && !/(?:^|\s)\p{Lu}\p{Ll}/u.test(firstClause.slice(1))) return null;
  // ("In retrospect a single PLC for both furnace zones was a risky design; …", "… was the weak point of the design": a design, judged as one.)
  // ("one shared Redis for venue holds …": a product's name is no person's.)
  if (lookedBack !== null && /^(?:a|an|the|one|our|its)\s+[^;,]*?\s+(?:was|were)\s+(?:(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:design|choice|architecture|setup|trade-?off|compromise)|the\s+(?:weak\s+(?:point|spot|link)|single\s+point\s+of\s+failure)\s+of\s+the\s+(?:design|system|architecture|setup))\b/iu.test(lookedBack)
    && !PEOPLE_OR_VERDICT.test(firstClause) && !DESIGN_DAMNED.test(firstClause)) return null;
  // ("Looking back, letting puzzle controllers auto-update overnight made sense with 3 rooms": a choice
  // that was sound when it was made.)
  if (lookedBack !== null && /^[^,;]*?\s+(?:made\s+(?:good\s+|perfect\s+)?sense|was\s+(?:reasonable|fine|sensible|the\s+right\s+(?:call|choice)))\b/iu.test(lookedBack)
    && !PEOPLE_OR_VERDICT.test(lookedBack) && !/(?:^|\s)\p{Lu}\p{Ll}/u.test(lookedBack.slice(1))) return null;
  // ("In retrospect the supplier cert check should have been a hard gate in the PO flow": what a thing should have been.)
  const shouldHaveBeenA = lookedBack === null ? null : /^((?:the|our|its)\s+[^,;]+?)\s+should\s+have\s+been\s+(?:a|an)\s+([^;]+)/iu.exec(lookedBack);
  if (shouldHaveBeenA && subjectOf(shouldHaveBeenA[1], people) === 'thing' && !PEOPLE_OR_VERDICT.test(shouldHaveBeenA[2].replace(/\bshould\b/iu, ''))
    && !/\b(?:person|people|engineer|operator|lead|manager|owner|reviewer|human|team|staff|crew)s?\b/iu.test(shouldHaveBeenA[2])) return null;
  // "In hindsight, the alert threshold should have been 5,000": a setting's value, not a person's act.
  // ("Obviously the timeout was too short" still judges: only a plain look back is exempt.)
  if (lookedBack !== null && /^(?:the|our|its|their)\s+[^,]+?\s+(?:should\s+have\s+been\s+(?:set\s+to\s+)?[\d,.]+\b|(?:was|were)\s+(?:set\s+)?too\s+(?:high|low|short|long|small|large|tight|loose|aggressive|lenient|strict)\b)/iu.test(lookedBack)) return null;
  // "In hindsight, the deploy pipeline should have blocked promotion …": what the system lacked, said of it.
  // ("In hindsight, the feature flag should have defaulted to off": any thing, as without the look back.)
  const systemShould = lookedBack !== null
    ? /^(.+?)\s+(?:should|ought\s+to)(?:\s+have\s+(?!been\b|had\s+(?:more|better|enough|extra|closer|a\s+second)\b)|(?:\s+not|\s+never|n['’]t)\s+have\s+been\s+able\s+to\b)/iu.exec(lookedBack) : null;
  if (systemShould && (SYSTEM_SUBJECT.test(systemShould[1].trim()) || (/^(?:the|our|its|this|that)\s/iu.test(systemShould[1].trim()) && subjectOf(systemShould[1], people) === 'thing'))) return null;
  // "In hindsight, the dashboard averaged latency across regions, which masked the spike": what a
  // thing did, looked back on, with no verdict in it ("the canary was far too small" still judges).
  if (lookedBack !== null && thingsAccount(lookedBack, people)) return null;
  // "In hindsight, running the reindex and the backup on one volume was a design choice that didn't
  // scale": the design named as what failed, with no one in it.
  // ("Looking back, a single shared gateway for all freezer probes was a single point of failure.")
  // ("In hindsight, putting the berth planner and the gate system on one database was a 2017 decision that
  // made sense at the time": the opposite of judging with hindsight; "In hindsight the design of putting ticket
  // inventory and payment in one transaction was fragile", "the 2019 decision to let the pairing solver overwrite
  // manual crew assignments … was the underlying weakness": the design, not its designers.)
  if (lookedBack !== null && /\b(?:was|were|is)\s+(?:an?\s+(?:[\w-]+\s+)?(?:design|architecture|architectural|trade-?off|capacity|scaling)\s*(?:choice|decision|assumption|limit|trade-?off)?|the\s+wrong\s+(?:design|architecture|data\s+structure|abstraction|default)|an?\s+(?:single\s+point\s+of\s+failure|bottleneck|choke\s*point)|an?\s+(?:[\w-]+\s+)?(?:decision|choice|call)\s+that\s+made\s+sense\s+at\s+the\s+time)\b|\b(?:the|this|that|our)\s+(?:design|architecture)\s+of\s+\p{L}+ing\b[^;.]*?\s(?:was|were|is)\s+(?:fragile|brittle|flawed)\b|\b(?:the|this|that|our)\s+(?:\d{4}\s+)?(?:design\s+)?decision\s+to\s+(?:let|allow|have|use|put|store|run|share)\s+(?:the|a|an|one|all|every)\s[^;.]*?\s(?:was|were|is)\s+the\s+(?:underlying|real|root|main|key)\s+(?:weakness|flaw|problem|issue)\b/iu.test(sentence)
    && plainAboutThings(lookedBack.replace(/\bthe\s+wrong\s+(?=design|architecture|data\s+structure|abstraction|default)/iu, 'the ').replace(NOT_ANYONES, '').replace(/\s+too(?=\s*[.!]?\s*$)/u, ''))) return null;
  // "In hindsight, the rental checkout should have had a circuit breaker around the quote API": a
  // safeguard a thing lacked, said of the thing (not of people: "the team should have had …").
  // ("…the importer should have had a dead-letter queue": any part a thing lacked, but not people's
  // effort: "the release should have had more eyes on it" judges those who gave it.)
  const safeguardLacked = opener ? /^((?:the|our|its)\s+[^,;]+?)\s+(?:should|ought\s+to)\s+have\s+had\s+(?:a|an|some|any|the|its\s+own)\s+(?!(?:[\w-]+\s+)?(?:eyes?|care|attention|thought|effort|scrutiny|oversight|diligence|review(?:er)?s?|tester|owner|adult|grown-up|supervision)\b)[\w-]+/iu.exec(sentence.slice(opener[0].length)) : null;
  if (safeguardLacked && subjectOf(safeguardLacked[1], people) === 'thing' && !/\b(?:team|squad|he|she|they|engineer|developer|lead|manager|on-?call|owner|we)\b/iu.test(safeguardLacked[1])) return null;
  // "In hindsight the depth alarm at Buoy 9 ignored tidal range, so every spring tide looked like anchor
  // drag": any look back that speaks only of things (no modal, need, verdict or person, and no word that
  // may be someone's name) judges no one.
  if (lookedBack !== null && aboutThingsOnly(firstClause, people)) return null;
  // ("…; in retrospect both options were reasonable given what the dashboard showed": looked back on and found sound.)
  if (/\b(?:in\s+hindsight|in\s+retrospect|looking\s+back)\b,?\s+(?:(?:both|either|all|each|the)\s+(?:\w+\s+){0,2})?(?:was|were|is|are|seems?|seemed|looks?|looked)\s+(?:(?:still|entirely|quite|perfectly|fully)\s+)?(?:reasonable|sensible|defensible|justified|correct|right|fine|sound|the\s+right\s+call)\b/iu.test(sentence)) return null;
  // ("In hindsight slightly early, but with the same data I'd make the same call": the writer's own call, looked back on.)
  if (opener && /\b(?:i|we)(?:['’]d|\s+would|\s+should|['’]ve|\s+made|\s+paused|\s+decided)\b/iu.test(sentence) && !/\b(?:he|she|they)\b/iu.test(sentence)) return null;
  if (opener && sentence.length > opener[0].length) {
    // ("Of course it did.": nothing but the verdict; "It did." would say nothing.)
    const rest = sentence.slice(opener[0].length);
    if (/^\s*(?:it|he|she|they|we|that|this)\s+(?:did|does|do|was|were|is|are|has|had|would|will)(?:n['’]t)?\s*[.!]*\s*$/iu.test(rest)) {
      return { kind: 'hindsight', message: HINDSIGHT_MESSAGE(opener[2]), text: sentence, unrewritten: true };
    }
    return { kind: 'hindsight', message: HINDSIGHT_MESSAGE(opener[2]), text: `${opener[1]}${capitalise(rest)}` };
  }
  const inline = INLINE.exec(sentence);
  // ("…; in hindsight a single monotonic time source would have prevented the late bids": what a
  // thing in the design would have done, looked back on.)
  const looked = lookedBack ?? (inline ? sentence.slice(inline.index + inline[0].length) : null);
  const thingWould = looked === null ? null : /^\s*((?:a|an|the|one)\s+[^,;]+?)\s+would\s+have\s+(?:prevented|caught|avoided|stopped|flagged|blocked|detected|saved|limited|contained|rejected|absorbed)\b/iu.exec(looked);
  if (thingWould && subjectOf(thingWould[1], people) === 'thing') return null;
  if (inline) {
    return { kind: 'hindsight', message: HINDSIGHT_MESSAGE(inline[1]), text: `${sentence.slice(0, inline.index)}${sentence.slice(inline.index + inline[0].length)}` };
  }
  return null;
}
