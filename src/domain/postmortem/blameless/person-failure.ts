/**
 * A person, a role or a group as the subject of a failure ("Bob ignored the warning", "QA missed
 * the bug", "Carol didn't test the migration", "Dave's change broke checkout", "The tester was lazy
 * and skipped the edge cases"), rewritten so the clause says what happened and names no one: the
 * object becomes the subject of a passive ("The warning was ignored"), an omission becomes "was not
 * <done>", a person's thing becomes "a <thing>". Neutral actions by people ("Bob rolled back the
 * release") are not failures and are left alone.
 */
import { actNotDone } from './act-not-done';
import { garbledRestatement } from './grammar';
import { COMPANY_OWNER, isNounPhraseWord, lexiconTag, mentionsPeopleIn, nameAt, nounByEnding, nounPhraseEnd, subjectKind, type PeopleIndex, type SubjectKind } from './clause';
import {
  AS_ANYONE_WOULD,
  DEFECT_ADJECTIVES,
  FAILED_TO_VERBS,
  FAILURE_VERBS,
  GROUP_NOUNS,
  IMPLIED_OBJECT,
  NOUNISH_VERBS,
  PERSON_PRONOUNS,
  ROLE_NOUNS,
  JUDGEMENT_ADJECTIVES,
  REMEDIAL_VERBS,
  STATIVE_VERBS,
  TOOLS_NAMED_LIKE_ROLES,
  KEPT_AWAY,
} from './lexicon';
import type { Rewrite } from './rewrite';
import { beFor, capitalise, fixArticles, gerundOf, indefiniteArticle, infinitiveOf, isPluralNoun, participleOf, particleSetAfter, pastOf, tokenize, uncapitalise, type Token } from './words';

const CLAUSE_OPENERS = new Set(['and', 'but', 'because', 'so', 'when', 'while', 'although', 'though', 'since', 'that', 'after', 'then', 'as', 'once', 'until', 'where', 'yet']);
const PRE_VERB_ADVERBS = new Set(['just', 'also', 'again', 'simply', 'completely', 'totally', 'apparently', 'accidentally', 'mistakenly', 'then', 'still', 'already', 'repeatedly', 'clearly', 'obviously', 'never', 'even', 'somehow', 'really', 'basically', 'literally', 'seriously', 'badly', 'carelessly', 'casually', 'happily', 'quietly', 'blindly', 'naturally', 'predictably', 'once', 'ever', 'properly', 'adequately', 'sufficiently', 'fully', 'thoroughly', 'correctly', 'carefully', 'actually', 'personally']);
const DO_FORMS = new Set(['did', "didn't", 'didnt', 'does', "doesn't", 'do', "don't", 'never']);
const COPULAS = new Set(['was', 'were', 'is', 'are', "wasn't", "weren't", 'been', 'being']);
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'over', 'through', 'back', 'away']);
/**
 * "yet again", "as usual", "as they always do": a habit held against whoever is the subject. Not the
 * whole of REPETITION_MARKERS: anywhere in a sentence "once more" and "once again" are often plain
 * ("We restarted the job once more and it passed").
 */
const AGAIN = String.raw`yet\s+again|as\s+usual|as\s+(?:they|he|she)\s+always\s+(?:do|does)`;
/** Said of people whatever they did: "as they always do", "yet again", "never even installed". */
const REPROACH_MARKERS = new RegExp(String.raw`\b(?:${AGAIN}|(?:never|not)\s+even)\b`, 'iu');

/**
 * Not "a paper form that nobody else fills in either": a step everyone skips is the form's, not a person's.
 * Not "identified the cron expression as firing hourly instead of daily": how often a thing ran.
 * Not "started the rollback at 14:05 without waiting to be paged": acting before being asked.
 */
/** A clause said as what someone reported: "the pilot app showed the job as 'confirmed' …". */
const REPORTED_CLAUSE = /^(?:that\s+)?(?:the|a|an|our|its|their|this|it|there)\s+(?:(?!(?:and|or|but|never|not)\b)[\p{L}'’-]+\s+){0,4}?(?:\p{L}+ed|was|were|is|are|had|has|showed|shows|did|went|ran|said|kept|got)\b/iu;

const OMISSION_MARKERS = new RegExp(String.raw`\b(?:they|he|she)\s+never\s+(?:even\s+)?(?!(?:reached|arrived|appeared|loaded|synced|propagated|showed|landed|matched|fired|triggered|rendered|updated|refreshed|expired|cleared)\b)[\p{L}]+ed\b|\b(?:${AGAIN})\b|\bto\s+(?:get|work)\s+around\b|\bto\s+(?:bypass|circumvent|sidestep|skip)\b|\b(?:his|her|their)\s+own\s+(?:merge|pull|change|code|pr|mr|commit|patch)\b|\bwithout\s+(?!saying\s+so\b|(?:taking|bringing|knocking)\s+(?:[\p{L}-]+\s+){0,3}(?:down|offline)\b|(?:affecting|breaking|losing|impacting|disrupting|interrupting|harming|hurting|corrupting)\b|waiting\s+(?:to\s+be\s+(?:asked|paged|told|called|woken)|for\s+(?:a\s+page|the\s+page|anyone|someone|the\s+alert))\b|being\s+(?:asked|paged|told|prompted)\b)(?:(?:ever|even|first|properly|actually|really|any)\s+)?(?:[\p{L}]+ing\b|(?:a|an|any|the)\s+[\p{L}-]+|(?:review|approval|tests?|testing|sign-?off|checks?|a\s+ticket|permission|warning|notice)\b)|\bwith\s+no\s+(?:(?:code|peer|second|prior)\s+)?(?:review|approval|tests?|testing|sign-?off|checks?|ticket|rollback(?:\s+plan)?|backups?|snapshots?|canary|dry-?run)\b|\binstead\s+of\b(?!\s+(?:daily|hourly|weekly|monthly|nightly|yearly|once|twice|utc|local\s+time)\b)|\b(?:against|contrary\s+to|in\s+(?:breach|violation)\s+of)\s+(?:(?:the|our|standard|operating|written|documented|company|site|explicit|clear|direct|repeated|specific)\s+)*(?:procedures?|policy|policies|protocols?|sops?|rules?|guidance|instructions?)\b|\b(?:even\s+though|despite|in\s+spite\s+of|regardless\s+of)\b(?!\s+it\s+(?:was|is)\s+(?:meant|intended|designed|supposed)\b)(?!\s+(?:he|she|they|i|we|being|having)\b[^.;]{0,40}?\b(?:shift|leave|off[\s-]duty|holiday|vacation|tired|exhausted|sick|ill|not\s+on\s+call|asleep|day\s+off|hours?\s+(?:awake|straight))\b)(?!\s+(?:nothing|none\s+of\s+it)\s+(?:(?:had|has)\s+)?(?:broke|broken|failed|went\s+wrong|gone\s+wrong|was\s+(?:broken|lost|down)|happened)\b)|\b(?:that|which)\s+(?:nobody|no\s*-?\s*one|neither)\b(?!\s+else\b[^.;]*\beither\b)|\b(?:that|which)\s+(?:crashed|broke|failed|leaked|corrupted|deleted|took\s+down|wiped)\b|\bwith\s+(?:every|all|the|its)\s+[\p{L}\s-]*?\s+still\s+(?:red|failing|broken)\b|\b(?:in\s+the\s+middle\s+of|during)\s+peak\s+(?:[\w-]+\s+)?(?:traffic|hours|load|time|season)\b|(?<!\b(?:stayed|stay|hand-\p{L}+|manual(?:ly)?|by\s+hand)\b.*)\bwhile\s+(?!.*\b(?:emergency|by\s+design|break-?glass)\b).*\b(?:still\s+)?(?:red|failing|broken|down)\b`, 'iu');

/**
 * "The vendor changed its webhook signature header without notice": what a third party changed
 * unannounced, said plainly, is how the incident began, not blame (a vendor failing is a condition).
 * A verdict on them ("as always", "clearly never installed") is judged as ever.
 */
function thirdPartyChange(subject: readonly Token[], fromObject: string): boolean {
  const head = subject[subject.length - 1]?.lower ?? '';
  return /^(?:vendor|vendors|supplier|suppliers|provider|partner|upstream|carrier)$/u.test(head)
    && /\bwithout\s+(?:any\s+|prior\s+|advance\s+)?(?:notice|warning|announcement|notification|telling\s+(?:us|anyone|customers)|notifying\s+(?:us|anyone|customers)|a\s+(?:version\s+bump|deprecation\s+notice|sunset\s+header|changelog(?:\s+entry)?|heads-?up))\b/iu.test(fromObject)
    && !/\b(?:again|as\s+usual|as\s+always|clearly|obviously|of\s+course|typical)\b/iu.test(fromObject);
}

/** Acts that hold a thing against a standard: "checked the launch against the procedure". */
const COMPARING_VERBS = new Set(['check', 'compare', 'validate', 'test', 'verify', 'audit', 'review', 'measure', 'assess', 'benchmark', 'cross-check', 'reconcile']);

/** Acts of meeting or following something, whose defects are the thing's. */
const ENCOUNTER_VERBS = new Set(['follow', 'hit', 'encounter', 'experience', 'face', 'receive', 'inherit', 'meet', 'reach']);

/** Acts that find, raise or mend a defect: their object being wrong is what was found. */
const DEFECT_FOUND_VERBS = new Set(['catch', 'spot', 'notice', 'find', 'detect', 'flag', 'report', 'discover', 'identify', 'escalate', 'fix', 'correct', 'repair', 'trace', 'diagnose', 'raise', 'log', 'file', 'mention', 'point', 'highlight']);

const AS_INTENDED = /^\s*(?:[\p{L}-]+\s+){0,6}?as\s+(?:intended|designed|expected|planned|specified|documented|agreed|scheduled)\b/iu;

/**
 * Whether the defect word at `at` is in a phrase a remedial verb acts on: "identify the faulty
 * revision" (the verb a few words before), "the erroneous invoices to be identified" (a passive after).
 */
function remedied(tokens: readonly Token[], at: number): boolean {
  const remedial = (t: Token | undefined) => Boolean(t && REMEDIAL_VERBS.has(infinitiveOf(t.lower)));
  for (let k = at - 1; k >= Math.max(0, at - 3); k -= 1) {
    if (remedial(tokens[k])) return true;
    if (!(tokens[k].tags.has('Determiner') || tokens[k].tags.has('Adjective') || tokens[k].tags.has('Possessive'))) break;
  }
  let k = at + 1;
  while (k < tokens.length && k <= at + 3 && tokens[k].tags.has('Noun') && !/^(?:to|was|were|is|are|be|been)$/u.test(tokens[k].lower)) k += 1;
  if (tokens[k]?.lower === 'to' && tokens[k + 1]?.lower === 'be') k += 2;
  else if (/^(?:was|were|is|are|got|been)$/u.test(tokens[k]?.lower ?? '')) k += 1;
  else return false;
  return remedial(tokens[k]);
}

/** Words that open a sentence before its subject and say how the writer takes it. */
const SENTENCE_ADVERBS = new Set(['somehow', 'honestly', 'frankly', 'basically', 'apparently', 'ideally', 'clearly', 'obviously', 'unfortunately', 'sadly', 'naturally', 'predictably', 'again', 'also', 'fwiw', 'tbh', 'imo', 'imho', 'yeah', 'well', 'anyway', 'seriously', 'surely', 'evidently', 'of', 'course']);

/** Acts only a person does: with them, an unknown capitalised subject is taken for a person's name. */
const HUMAN_ACTS = new Set(['forget', 'neglect', 'ignore', 'overlook', 'disregard', 'refuse', 'misconfigure', 'approve', 'merge', 'push', 'deploy', 'ship', 'commit', 'screw', 'mess', 'botch', 'rush', 'make', 'let', 'leave', 'sit', 'fail']);

/** What "messed up X" is restated as; withClauseRewritten reads it back to join what X did next. */
const WENT_WRONG = 'Something went wrong';

/** A person's state of mind, which no rewrite can make a thing: "Lea's confidence", "his optimism". */
const STATE_OF_MIND = /^(?:over)?(?:confidence|optimism|assumption|assumptions|hunch|gut|instinct|memory|judge?ment|attitude|impatience|haste|ego|pride|arrogance|complacency|enthusiasm|certainty)$/iu;

/** Acts that are a moment of their own: what was not done then happened "at handover". */
const HANDOVERS: Readonly<Record<string, string>> = { 'hand over': 'at handover', 'hand off': 'at handoff' };

/** Verbs that take no object: "went home" has no thing that was gone. */
const INTRANSITIVE = new Set(['go', 'come', 'leave', 'head', 'return', 'sleep', 'walk', 'move', 'proceed', 'continue', 'log', 'sign']);
/** Impact verbs that make a person's thing the subject of a failure ("Dave's change broke checkout"). */
const IMPACT_VERBS = new Set(['break', 'cause', 'crash', 'corrupt', 'delete', 'drop', 'take', 'bring', 'introduce', 'trigger', 'lock', 'overload', 'wipe', 'leak', 'expose', 'block', 'stall', 'kill', 'disable', 'remove', 'fill', 'exhaust', 'flood']);

/** The first token from `at` that is not an adverb before the verb ("just", "also"; "never" is kept: it negates). */
function pastAdverbs(tokens: readonly Token[], at: number): number {
  let i = at;
  while (i < tokens.length && tokens[i].lower !== 'never') {
    if (PRE_VERB_ADVERBS.has(tokens[i].lower)) i += 1;
    // "and of course broke it"
    else if (tokens[i].lower === 'of' && tokens[i + 1]?.lower === 'course') i += 2;
    // "managed to miss", "chose to ignore", "went ahead and merged": the act is the verb after.
    // ("decided to fail over" is a failover, not a failure).
    else if (/^(?:managed|manages|chose|chooses|decided|decides|opted|opts)$/u.test(tokens[i].lower) && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.tags.has('Verb')
      && !(tokens[i + 2].lower === 'fail' && /^(?:over|back)$/u.test(tokens[i + 3]?.lower ?? ''))) i += 2;
    else if (/^(?:went|goes)$/u.test(tokens[i].lower) && tokens[i + 1]?.lower === 'ahead' && tokens[i + 2]?.lower === 'and') i += 3;
    // "have changed the VLAN without any announcement": a perfect is the act its participle names
    // (not "has been", a passive, nor "had had").
    // ("the script that the vendor had written | against prod": a relative clause's perfect says which thing.)
    else if (/^(?:has|have|had|'ve|’ve)$/u.test(tokens[i].lower) && !tokens.slice(Math.max(0, i - 4), i).some((t) => /^(?:that|which|whom)$/u.test(t.lower)) && tokens[i + 1] && !/^(?:been|had|not|never)$/u.test(tokens[i + 1].lower)
      && (tokens[i + 1].tags.has('PastTense') || tokens[i + 1].tags.has('Participle')) && /(?:ed|en|wn|ne|lt|pt|ght|ung|ook|ade)$/u.test(tokens[i + 1].lower)) i += 1;
    else break;
  }
  return i;
}

export interface Clause {
  start: number;
  end: number;
  subject: Token[];
  kind: SubjectKind;
  verbAt: number;
}

function clauseEnd(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i += 1) {
    // ("read the Slack thread where the problem had been flagged": "where" right after a noun opens a relative clause, not a new one.)
    const relative = tokens[i].lower === 'where' && !tokens[i - 1]?.post.trim() && tokens[i - 1]?.tags.has('Noun') && !tokens[i - 1].tags.has('Pronoun');
    if (i > from && CLAUSE_OPENERS.has(tokens[i].lower) && tokens[i].lower !== 'that' && !relative && !(tokens[i].lower === 'though' && tokens[i - 1].lower === 'even')) return i;
    if (i > from && tokens[i].lower === 'even' && tokens[i + 1]?.lower === 'though') return i;
    if (/[;:—–]/u.test(tokens[i].post) && i + 1 < tokens.length) return i + 1;
    if (/[,;:]/u.test(tokens[i].post) && i + 1 < tokens.length && CLAUSE_OPENERS.has(tokens[i + 1].lower)) return i + 1;
  }
  return tokens.length;
}

/** Clauses that start with a subject followed by a verb, from the sentence start or after an opener. */
export function clauses(tokens: readonly Token[], people: PeopleIndex): Clause[] {
  const starts = [0];
  tokens.forEach((t, i) => {
    if (CLAUSE_OPENERS.has(t.lower) && i + 1 < tokens.length) starts.push(i + 1);
    else if (/[,;:]/u.test(t.post) && i + 1 < tokens.length) starts.push(i + 1);
  });
  // "Somehow Valentina managed to …", "Honestly the contractor had …": a sentence adverb before the subject.
  for (const start of [...starts]) {
    let at = start;
    while (at < tokens.length - 1 && at - start < 2 && (SENTENCE_ADVERBS.has(tokens[at].lower) || (tokens[at].tags.has('Adverb') && !/[,;:]/u.test(tokens[at].post) && !tokens[at + 1].tags.has('Verb')))) at += 1;
    if (at > start) starts.push(at);
  }
  const found: Clause[] = [];
  for (const start of starts) {
    const subjectEnd = nounPhraseEnd(tokens, start, 'subject');
    if (subjectEnd === start) continue;
    let verbAt = subjectEnd;
    // "The SRE on shift misread …", "The engineer who owned the rollout rebooted …": the main verb comes after.
    // ("Hindsight on the design: letting the solver …": a label's colon ends the subject.)
    // (Not "Thank you, Kwame, for writing up …": a gerund after the preposition is what the thanks are for.)
    if (tokens[verbAt]?.tags.has('Preposition') && !tokens[verbAt + 1]?.tags.has('Gerund') && nounPhraseEnd(tokens, verbAt + 1) > verbAt + 1 && tokens[nounPhraseEnd(tokens, verbAt + 1)]?.tags.has('Verb')
      && !tokens.slice(verbAt, nounPhraseEnd(tokens, verbAt + 1)).some((t) => /[:;—–]/u.test(t.post))) {
      verbAt = nounPhraseEnd(tokens, verbAt + 1);
    } else if (/^(?:who|which)$/u.test(tokens[verbAt]?.lower ?? '') && tokens[subjectEnd - 1].post.includes(',')) {
      // "The support lead, who had the ticket open for two hours, never escalated it."
      const close = tokens.findIndex((t, k) => k > verbAt && t.post.includes(','));
      if (close > 0) {
        verbAt = close + 1;
        verbAt = pastAdverbs(tokens, verbAt);
      }
    } else if (/^(?:who|that)$/u.test(tokens[verbAt]?.lower ?? '') && tokens[verbAt + 1]?.tags.has('Verb')) {
      const relativeEnd = nounPhraseEnd(tokens, verbAt + 2);
      if (tokens[relativeEnd]?.tags.has('Verb')) verbAt = relativeEnd;
    }
    verbAt = pastAdverbs(tokens, verbAt);
    if (verbAt >= tokens.length) continue;
    const verb = tokens[verbAt];
    if (!verb.tags.has('Verb') && verb.lower !== 'never' && !verb.tags.has('Negative')) continue;
    let from = start;
    // "Alice, the release manager, skipped …": the subject is Alice and her role, from the sentence start.
    if (start > 0 && tokens[subjectEnd - 1].post.includes(',') && tokens[start - 1].post.includes(',') && nounPhraseEnd(tokens, 0) === start) from = 0;
    const subject = tokens.slice(from, subjectEnd);
    const kind = subject.length === 1 && subject[0].lower === 'they' && theyMeansThings(tokens, from, people) ? 'thing' : subjectKind(subject, people);
    found.push({ start: from, end: clauseEnd(tokens, verbAt + 1), subject, kind, verbAt });
  }
  return found;
}

/**
 * "The contract tests between cart and pricing; they did not cover the new field": a "they" after
 * plural things, with no person said before it in the sentence, stands for the things.
 */
function theyMeansThings(tokens: readonly Token[], at: number, people: PeopleIndex): boolean {
  const before = tokens.slice(0, at);
  if (before.some((t, i) => nameAt(before, i, people) > 0 || t.tags.has('Person') || PERSON_PRONOUNS.has(t.lower) || ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower))) return false;
  // ("… hours earlier; instead they sat on the ticket": a span of time is no thing that acts.)
  return before.some((t) => t.tags.has('Noun') && t.tags.has('Plural') && !t.tags.has('Pronoun') && !/^(?:seconds|minutes|mins|hours|hrs|days|nights|weeks|months|years|times|weekends|shifts)$/u.test(t.lower));
}

const text = (tokens: readonly Token[]) => tokens.map((t, i) => t.text + (i < tokens.length - 1 ? t.post : '')).join('').trim();
/** The words of `tokens`, without the last one's trailing punctuation. */
const span = (sentence: string, tokens: readonly Token[], from: number, to: number) => {
  if (from >= to) return '';
  let start = tokens[from].start;
  let end = tokens[to - 1].end;
  // A quoted or `coded` phrase keeps its marks: "`VACUUM FULL`", not "VACUUM FULL`".
  const closing: Record<string, string> = { '`': '`', '"': '"', "'": "'", '“': '”', '‘': '’', '(': ')' };
  while (start > 0 && closing[sentence[start - 1]] && sentence[end] === closing[sentence[start - 1]]) {
    start -= 1;
    end += 1;
  }
  return sentence.slice(start, end).trim();
};

/** The clause's words from `from` to `to` with the space or punctuation before them ("…, which was"). */
const tail = (sentence: string, tokens: readonly Token[], from: number, to: number) =>
  // A closing mark right after the object went with it (span keeps "`VACUUM FULL`" whole).
  from >= to || from === 0 ? '' : sentence.slice(tokens[from - 1].end, tokens[to - 1].end).replace(/^[`"”’)]+/u, '').replace(/\s+$/u, '');

/** A short "of/from/in …" phrase that is all the clause has left belongs with the object ("the warning from the linter"). */
const ATTACHED_PHRASE = /^(?:of|from|in|about)\s+(?:(?:the|a|an|this|that|our|their)\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2}$/iu;
/** A request's "for …" is what was asked ("the reviewer's request for a rollback plan"). */
const ASKED_FOR = /(?:request|requests|ask|asks|call|calls|plea|demand|ticket|tickets|proposal|suggestion)$/iu;
/** "in ten minutes", "in the morning": when or how long, not part of the thing ("The hotfix in ten minutes was shipped"). */
const WHEN_OR_HOW_LONG = /^in\s+(?:\S+\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|morning|afternoon|evening|night|time)$/iu;
/**
 * "from security for weeks", "about missing courier tips because …": the thing's own phrase, then
 * when, how long or why ("Warnings from security were ignored for weeks").
 */
const ATTACHED_THEN_WHEN = /^((?:of|from)\s+(?:(?:the|a|an|this|that|our|their)\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?)(\s+(?:for|since|until|over|during|within|before|after|when|while|because)\s+\S.*|,\s*\S.*)$|^(about\s+(?:(?:the|a|an|this|that|our|their)\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2}?)((?:\s+(?:for|since|until|over|during|within|because|after|before|when|while)|,)\s+\S.*)$/iu;
const FURTHER_PREPOSITION = /\s(?:to|on|at|during|before|after|by|with|without|when|because|again|twice|yesterday|today)\b/iu;

/** `rest` keeps the space or punctuation before it. */
function passive(object: string, negative: boolean, participle: string, rest: string): string {
  const trimmed = rest.trim();
  const pronoun = /^(?:it|this|that|them|they|these|those)$/iu.test(object);
  // "pushed this straight to main": how it went follows the participle ("This was pushed straight to main").
  // ("configured the storm-surge feed wrong": "The storm-surge feed was configured wrong".)
  // ("try out a new encoder live on air": "A new encoder was tried out live on air".)
  // ("approved the dispatch manifest in under a minute": how fast follows the participle.)
  const manner = /^(.+?)\s+(straight|directly|wrong|wrongly|incorrectly|backwards|live|last|first|the\s+wrong\s+way(?:\s+round)?|(?:in|within)\s+(?:under\s+|less\s+than\s+|about\s+|just\s+)?(?:a|an|one|two|three|five|ten|\d+)\s+(?:seconds?|minutes?|hours?)(?:\s+flat)?)$/iu.exec(object);
  if (manner && !/^(?:the|a|an)$/iu.test(manner[1])) return passive(manner[1], negative, `${participle} ${manner[2]}`, rest);
  // "turn the group back": a particle after the object goes with the verb ("The group was not turned back").
  const setAfter = particleSetAfter(object);
  if (setAfter && !pronoun && nounPhraseEnd(tokenize(setAfter.thing), 0) === tokenize(setAfter.thing).length) return passive(setAfter.thing, negative, `${participle} ${setAfter.particle}`, rest);
  // "forgot to tell infra about the 9am start": what they were told about follows ("Infra was not told about …").
  const toldAbout = /^(.+?)\s+(about|of)\s+(.+)$/iu.exec(object);
  if (toldAbout && /^(?:told|informed|warned|notified|reminded|asked)$/iu.test(participle)) return `${passive(toldAbout[1], negative, participle, '')} ${toldAbout[2]} ${toldAbout[3]}${rest}`;
  // "took two days to notice …": "It took two days to notice …", not "Two days were taken to notice".
  if (!negative && participle === 'taken' && /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few|\d+)\s+(?:full\s+|whole\s+)?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)$/iu.test(object) && /^\s+to\s/iu.test(rest)) return `it took ${object}${rest}`;
  // "left the nacelle hatch open": the state it was left in follows the participle ("The nacelle hatch was left open").
  // ("left the panel in maintenance mode overnight": "The panel was left in maintenance mode overnight".)
  const state = /^(.+?)\s+(open|ajar|unlocked|unattended|unguarded|un(?!der\b)[\p{L}-]{3,}ed|running|exposed|public|blank|empty|enabled|disabled|unplugged|disconnected|switched\s+(?:on|off)|on|off|in\s+(?:[\p{L}-]+\s+)?mode|in\s+(?:maintenance|standby|bypass|debug|manual|test)|offline|online|down|out\s+of\s+(?:service|rotation))((?:\s+(?:overnight|again|all\s+(?:night|day|weekend)|for\s+(?:[\p{L}\d]+\s+){0,2}(?:minutes|hours|days|weeks|night|weekend)|(?:during|over|through)\s+(?:the\s+)?[\p{L}\d-]+(?:\s+[\p{L}\d-]+)?))*)$/iu.exec(object);
  if (state && /^(?:left|kept|held|propped|set|made|put|taken|brought|knocked|pulled|switched|turned)$/iu.test(participle)) return passive(state[1], negative, `${participle} ${state[2]}${state[3]}`, rest);
  // "the releases without coordination were done": how it was done is not part of the thing.
  const how = /^(.+?)\s+((?:without|with\s+no)\s+.+)$/iu.exec(object);
  if (how && !pronoun) return passive(how[1], negative, participle, ` ${how[2]}${rest}`);
  // "the reviewer's request": whose it was goes with the person (the next pass garbled it otherwise).
  const roleOwned = /^(?:the|a|an|our|their)\s+([\p{L}-]+)['’]s\s+(?=\S)/iu.exec(object);
  if (roleOwned && !pronoun && ROLE_NOUNS.has(roleOwned[1].toLowerCase())) return passive(`the ${object.slice(roleOwned[0].length)}`, negative, participle, rest);
  // "ignored the reviewer's request for a rollback plan": what was asked goes with the request.
  const askedFor = !pronoun && ASKED_FOR.test(object) ? /^(for\s+(?:(?:a|an|the|this|that|our|their)\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2}?)(?=$|[,;]|\s+(?:for|since|until|over|during|within|because|after|before|when|while|in|on|at)\s)/iu.exec(trimmed) : null;
  // (Not how long: "sat on the CVE ticket for a whole month".)
  if (askedFor && /^\s/u.test(rest) && !/^for\s+(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|a\s+few|whole|full|entire|over)?\s*(?:whole\s+|full\s+|entire\s+|couple\s+of\s+)?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|months?|years?|sprints?|quarters?|shifts?|ages|long|\d)/iu.test(askedFor[1])) return passive(`${object} ${askedFor[1]}`, negative, participle, trimmed.slice(askedFor[1].length) ? ` ${trimmed.slice(askedFor[1].length).trimStart()}`.replace(/^ ([,;])/u, '$1') : '');
  // "read the Slack thread where the problem had been flagged twice": a relative clause that ends the
  // sentence stays by its noun ("The Slack thread where … was not read"; a twenty-third reader found it
  // left after the verb).
  if (!pronoun && /^\s+(?:where|which|whose)\s/iu.test(rest) && !/[,;]/u.test(trimmed)) return passive(`${object} ${trimmed}`, negative, participle, '');
  // "ignored the crash reports coming in from the beta channel for two weeks": the thing's participle
  // phrase goes with it, what follows it (when, how long) after the verb.
  const coming = /^(.+\s\p{L}+)\s+(\p{L}+ing)$/u.exec(object);
  const phrase = coming && !pronoun && isPluralNoun(coming[1]) ? /^((?:\s+(?:in|out|up|down|back|through|over))?(?:\s+(?:from|to|into|through|via)\s+(?:(?:the|a|an|this|that|our|their)\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?)?)((?:\s+(?:for|since|until|over|during|within|before|after|when|while|because)\s+\S.*|,.*)?)$/u.exec(rest) : null;
  if (coming && phrase && phrase[1]) return passive(`${coming[1]} ${coming[2]}${phrase[1]}`, negative, participle, phrase[2]);
  // (Not the verb's own "from": "excluded the GPU nodes from the patch window" keeps "from" after the verb.)
  const fromIsVerbs = /^(?:excluded|removed|taken|moved|dropped|deleted|separated|omitted|pulled|withdrawn|released|copied|restored|downloaded|migrated|detached|disconnected|unplugged|kept|hidden|stripped|cut|banned|blocked|barred)$/iu.test(participle) && /^from\b/iu.test(trimmed);
  const thenWhen = !pronoun && !fromIsVerbs && /^\s/u.test(rest) ? ATTACHED_THEN_WHEN.exec(trimmed) : null;
  if (thenWhen) return passive(`${object} ${thenWhen[1] ?? thenWhen[3]}`, negative, participle, thenWhen[2] ?? thenWhen[4]);
  // ("entered the wrong tax year in the batch config": where a thing was put is the verb's, not the thing's.)
  const placed = /^(?:entered|typed|put|placed|pasted|inserted|saved|stored|written|added|set|keyed)$/iu.test(participle) && /^in\s/iu.test(trimmed);
  if (!pronoun && !placed && /^\s/u.test(rest) && ATTACHED_PHRASE.test(trimmed) && !WHEN_OR_HOW_LONG.test(trimmed) && !FURTHER_PREPOSITION.test(` ${trimmed.split(/\s+/).slice(1).join(' ')}`)) {
    return passive(`${object} ${trimmed}`, negative, participle, '');
  }
  // "any of the finance users was not involved" reads as "none of the finance users was involved".
  const anything = negative ? /^any(thing|one|body)\b(.*)$/iu.exec(object) : null;
  if (anything) return [`no${anything[1].toLowerCase()}${anything[2]}`, 'was', participle].join(' ') + rest;
  // "without testing a single mobile browser": none was tested, not one of them.
  const single = negative ? /^(?:a\s+single|one\s+single|even\s+one|a\s+solitary)\s+(.+)$/iu.exec(object) : null;
  if (single) return [`no ${single[1]}`, 'was', participle].join(' ') + rest;
  const anyOf = negative ? /^any(\s+of\s+|\s+)(.+)$/iu.exec(object) : null;
  if (anyOf) return [anyOf[1].trim() === 'of' ? `none of ${anyOf[2]}` : `no ${anyOf[2]}`, isPluralNoun(anyOf[2]) && anyOf[1].trim() !== 'of' ? 'were' : 'was', participle].join(' ') + rest;
  // "his own PR was merged": whose it was goes with the person; the thing stays.
  const owned = /^(?:his|her|their)\s+(own\s+)?(?=\S)/iu.exec(object);
  // ("approved her own PR": that its author approved it is the fact, "The PR was self-approved".)
  if (owned?.[1] && !negative && /^(?:approved|reviewed|merged)$/iu.test(participle)) return passive(`the ${object.slice(owned[0].length)}`, negative, `self-${participle.toLowerCase()}`, rest);
  if (owned) return passive(`the ${object.slice(owned[0].length)}`, negative, participle, rest);
  const be = beFor(object);
  // ("didn't tell IT": the department, not "it".)
  const subject = /^(?:it|this|that|them|they)$/iu.test(object) && object !== 'IT' ? { them: 'they' }[object.toLowerCase()] ?? object.toLowerCase() : uncapitalise(object);
  return [subject, be, negative ? 'not' : '', participle].filter(Boolean).join(' ') + rest;
}

/**
 * "without reading the diff" → "without the diff being read", so the rewrite keeps what was omitted
 * and who omitted it goes. (Readers took "before the diff was read" to say it was read later.)
 */
/** A relative clause next ("… where the risk was spelled out"), which keeps by its noun. */
const RELATIVE_NEXT = /^\s+(?:where|which|that|who|whose|when)\b/iu;

function withoutToPassive(rest: string, after = ''): string {
  const m = /\bwithout\s+([\p{L}]+ing)\s+(.+)$/iu.exec(rest);
  // ("without reading the appendix where the risk was spelled out": a relative clause after the
  // object, in the clause or past it, stays by its noun.)
  if (!m || RELATIVE_NEXT.test(after)) return rest;
  const verb = infinitiveOf(m[1]);
  const tokens = tokenize(m[2]);
  const objectEnd = nounPhraseEnd(tokens, 0);
  if (objectEnd === 0) return rest;
  // "without noticing it destroyed the gateway": a clause follows, not an object; left as written.
  if (tokens[objectEnd]?.tags.has('Verb') && !tokens[objectEnd].tags.has('Gerund')) return rest;
  const object = span(m[2], tokens, 0, objectEnd);
  // "without telling anyone": no one was told.
  if (/^(?:anyone|anybody)$/iu.test(object) && /^(?:tell|inform|ask|notify|warn|consult|alert|page|call)$/u.test(verb)) {
    return `${rest.slice(0, m.index)}without anyone being ${participleOf(verb)}${m[2].slice(tokens[objectEnd - 1].end)}`;
  }
  // "without involving any of the finance users" is not "before any of them was involved": left as written.
  if (/^(?:any|anyone|anybody|anything)\b/iu.test(object)) return rest;
  // What follows keeps its punctuation (", which …").
  const tail = objectEnd < tokens.length ? m[2].slice(tokens[objectEnd - 1].end).replace(/^[`"”’)]+/u, '').trimEnd() : '';
  if (RELATIVE_NEXT.test(tail)) return rest;
  return `${rest.slice(0, m.index)}without ${uncapitalise(object)} being ${participleOf(verb)}${tail}`;
}

/**
 * `subject` doing `act` ("Bob" and "kicked off a rebuild …"), made a sentence and a clause of its own of
 * `kind`, for predicateFailure to read what was done without the rest of the sentence.
 */
function madeClause(subject: string, act: string, kind: SubjectKind): { sentence: string; tokens: readonly Token[]; clause: Clause } {
  const sentence = `${subject} ${act}`;
  const tokens = tokenize(sentence);
  const subjectLength = tokenize(subject).length;
  return { sentence, tokens, clause: { start: 0, end: tokens.length, subject: tokens.slice(0, subjectLength), kind, verbAt: subjectLength } };
}

/** A predicate's rewrite when it only judges the person and says nothing a restatement could keep. */
const NOTHING_TO_KEEP = '';

interface Predicate {
  /** The clause rewritten, subject included. */
  rewrite: string;
  /** Where the rewritten part ends (a token index), when past the clause ("was lazy and skipped Y"). */
  end?: number;
  kind: 'failure' | 'judgement';
  phrase: string;
}

/** `force`: the clause's subject is already blamed, so any action of theirs is restated without them. */
function predicateFailure(sentence: string, tokens: readonly Token[], clause: Clause, people: PeopleIndex, force = false): Predicate | null {
  const { verbAt, end } = clause;
  const verb = tokens[verbAt];
  const restFrom = (from: number) => span(sentence, tokens, from, end);

  // "did not test X", "didn't test X", "never tested X": an omission.
  if (DO_FORMS.has(verb.lower) || verb.tags.has('Negative')) {
    let i = verbAt;
    // "Mehmet not checked the plan": a bare "not" (written without "did") negates too.
    let negative = verb.lower === 'never' || verb.lower === 'not' || /n't$|nt$/u.test(verb.lower);
    i += 1;
    while (i < end && (tokens[i].tags.has('Negative') || tokens[i].lower === 'not' || tokens[i].lower === 'never' || PRE_VERB_ADVERBS.has(tokens[i].lower))) {
      if (tokens[i].tags.has('Negative') || tokens[i].lower === 'not' || tokens[i].lower === 'never') negative = true;
      i += 1;
    }
    // After "didn't" comes a verb, whatever the tagger guessed ("didn't ack the page").
    const bareVerb = DO_FORMS.has(verb.lower) && tokens[i] && tokens[i].tags.has('Noun') && tokens[i].tags.has('Singular') && !['Determiner', 'Pronoun', 'Preposition', 'ProperNoun', 'Value'].some((tag) => tokens[i].tags.has(tag));
    if (!negative || i >= end || !(tokens[i].tags.has('Verb') || bareVerb || (tokens[i].tags.has('Hyphenated') && !tokens[i].tags.has('Determiner')))) return null;
    if (verb.lower === 'never' && DO_FORMS.has(tokens[i].lower)) return null;
    // ("so couriers never received their pickup codes": what did not reach them is no act of theirs.)
    if (/^(?:receive|received|get|got)$/u.test(tokens[i].lower)) return null;
    return omission(sentence, tokens, i, end, `${span(sentence, tokens, verbAt, i + 1)}`);
  }

  // "was careless (with X) (and skipped Y)", "is to blame": judgement of a person.
  if (COPULAS.has(verb.lower)) {
    let i = verbAt + 1;
    while (i < end && /^(?:so|very|really|too|being|quite|just|extremely|pretty|rather|a|an|bit|little)$/u.test(tokens[i].lower)) i += 1;
    // "was in a hurry and skipped the checklist": the hurry is time pressure, a condition; the failure is what follows.
    const hurry = /^(?:in\s+(?:a\s+)?(?:hurry|rush)|rushing|rushed)\b/iu.exec(sentence.slice(tokens[i]?.start ?? sentence.length));
    if (hurry) i += tokenize(hurry[0]).length - 1;
    const word = tokens[i]?.lower ?? '';
    if (!(word in JUDGEMENT_ADJECTIVES) && !hurry) return null;
    const after = i + 1;
    const and = tokens.findIndex((t, k) => k >= after && k < tokens.length && t.lower === 'and');
    if (and >= 0 && tokens[and + 1]?.tags.has('Verb')) {
      const secondEnd = clauseEnd(tokens, and + 2);
      const second = madeClause(text(clause.subject), span(sentence, tokens, and + 1, secondEnd), clause.kind);
      const inner = personFailure(second.sentence, second.tokens, people);
      const pressure = hurry ? 'There was time pressure and ' : '';
      // ("were careless with the firmware image and bricked two axle counters": what it went wrong with stays; a
      // thirty-first reader found "Two axle counters were bricked." dropped the image.)
      // (Said of what was done: "is careless with …" is a habit, not one thing gone wrong.)
      const withWhat = tokens[after]?.lower === 'with' && and > after + 1 && /^(?:was|were)$/u.test(verb.lower) ? span(sentence, tokens, after + 1, and) : '';
      const wrongWith = withWhat && !/[,;]/u.test(withWhat) && withWhat.split(/\s+/u).length <= 6 ? `${WENT_WRONG} with ${uncapitalise(withWhat)}, and ` : '';
      const lead = pressure || wrongWith;
      if (inner?.clause) return { rewrite: `${lead}${lead ? uncapitalise(inner.clause) : inner.clause}`, end: secondEnd, kind: 'judgement', phrase: span(sentence, tokens, verbAt, i + 1) };
      // "were lazy and rubber-stamped the pull request": the judgement goes, what was done stays, without them.
      const forced = predicateFailure(second.sentence, second.tokens, second.clause, people, true);
      if (forced) return { rewrite: wrongWith ? `${wrongWith}${uncapitalise(forced.rewrite)}` : forced.rewrite, end: secondEnd, kind: 'judgement', phrase: span(sentence, tokens, verbAt, i + 1) };
    }
    if (hurry) return { rewrite: `There was time pressure${tail(sentence, tokens, after, end)}`, kind: 'judgement', phrase: span(sentence, tokens, verbAt, i + 1) };
    const prep = tokens[after]?.lower;
    // "was too careless to lock up the forme properly": what was not done ("The forme was not locked up properly").
    if (prep === 'to' && tokens[i - 1]?.lower === 'too' && tokens[after + 1]) {
      const notDone = omission(sentence, tokens, after + 1, end, span(sentence, tokens, verbAt, i + 1), true);
      if (notDone?.rewrite) return { ...notDone, kind: 'judgement' };
    }
    if (prep && /^(?:with|about|in|on|around)$/u.test(prep)) {
      // "negligent in kicking off a full rebuild during the peak": the whole act, not "kicking".
      const gerund = /ing$/u.test(tokens[after + 1]?.lower ?? '') && tokens[after + 1].tags.has('Verb');
      let objectEnd = gerund ? end : nounPhraseEnd(tokens, after + 1);
      // (… up to a comma: ", which filled the disk" says what followed, not the act.)
      for (let k = after + 1; gerund && k < objectEnd - 1; k += 1) {
        if (/[,;]/u.test(sentence.slice(tokens[k].end, tokens[k + 1].start))) objectEnd = k + 1;
      }
      const object = span(sentence, tokens, after + 1, objectEnd);
      // "was negligent in kicking off a full rebuild during the peak": what was done, without who ("A full
      // rebuild was kicked off during the peak").
      // (Not a duty done badly: "negligent in reviewing the rollback plan" does not say it was reviewed.)
      // ("negligent in scheduling the felt change" says it was scheduled badly: "Something went wrong in scheduling
      // the felt change"; a thirty-second reader found "the felt change was scheduled" lost the fault.)
      if (gerund && prep === 'in' && /^(?:schedule|plan|size|estimate|label|configure|prepare|calculate|order|price|measure|mix|cut)$/u.test(infinitiveOf(tokens[after + 1].lower)) && objectEnd - after <= 8) {
        return { rewrite: `${WENT_WRONG} in ${span(sentence, tokens, after + 1, objectEnd)}`, end: objectEnd, kind: 'judgement', phrase: span(sentence, tokens, verbAt, i + 1) };
      }
      if (gerund && prep === 'in' && !/^(?:review|check|test|verify|monitor|watch|handle|manage|supervise|oversee|follow|maintain|let|allow|permit|apply|enforce|communicate|document|report|escalate|respond|perform|carry|do)$/u.test(infinitiveOf(tokens[after + 1].lower))) {
        const done = madeClause(text(clause.subject), `${pastOf(infinitiveOf(tokens[after + 1].lower))}${sentence.slice(tokens[after + 1].end, tokens[objectEnd - 1].end)}`, clause.kind);
        const act = predicateFailure(done.sentence, done.tokens, done.clause, people, true);
        if (act?.rewrite) return { rewrite: act.rewrite, end: objectEnd, kind: 'judgement', phrase: span(sentence, tokens, verbAt, i + 1) };
      }
      // ("… and always has been", "…, as usual": the habit goes with the judgement.)
      const habit = object ? /^\s*,?\s*(?:and\s+(?:always|still)\s+(?:has|have|had|will)\s+be(?:en)?|as\s+(?:always|usual|ever)|plain\s+and\s+simple|full\s+stop|period)\b/iu.exec(sentence.slice(tokens[objectEnd - 1].end)) : null;
      const habitTo = habit ? tokens[objectEnd - 1].end + habit[0].length : 0;
      const habitEnd = habit ? tokens.findIndex((t, k) => k >= objectEnd && t.end >= habitTo) + 1 || undefined : undefined;
      // (Readers took "the safeguards around … were not enough" for a claim the writer never made: a
      // judgement of care with nothing else said is left to the writer, NOTHING_TO_KEEP.)
      // ("was careless with the leap second handling and it cost us six hours": what followed is said of what it went
      // wrong with.)
      // (A thirty-second reader: "… with reason codes for the whole of March and it cost us 40k" kept neither the
      // codes nor March, and "… and nobody there double-checked" lost the export: when and where stay, and any
      // subject may follow.)
      const andClause = object && prep === 'with' && /^(?:was|were)$/u.test(verb.lower) && !habit && !gerund
        ? tokens.findIndex((t, k) => k > after + 1 && t.lower === 'and'
          && (/^(?:it|this|that|that['’]s|we|nobody|none|no)$/u.test(tokens[k + 1]?.lower ?? '')
            || (tokens[k + 1]?.lower === 'the' && Boolean(tokens[nounPhraseEnd(tokens, k + 1, 'subject')]?.tags.has('Verb')))))
        : -1;
      const withWhat = andClause > 0 ? span(sentence, tokens, after + 1, andClause) : '';
      if (withWhat && !/[,;:]/u.test(withWhat) && withWhat.split(/\s+/u).length <= 10
        && (andClause <= objectEnd || /^(?:for|during|over|throughout|all|on|at|in)$/u.test(tokens[objectEnd]?.lower ?? ''))) {
        return { rewrite: `${WENT_WRONG} with ${uncapitalise(withWhat)}${tokens[andClause - 1].post.includes(',') ? '' : ','}`, end: andClause, kind: 'judgement', phrase: span(sentence, tokens, verbAt, i + 1) };
      }
      if (object) return { rewrite: NOTHING_TO_KEEP, kind: 'judgement', phrase: span(sentence, tokens, verbAt, i + 1), ...(habitEnd === undefined ? {} : { end: habitEnd }) };
    }
    // "The night sewing crew is lazy and it shows in the batten pockets": what "it" was stays said, without them
    // (a thirty-second reader found "It shows in the batten pockets." said nothing).
    // (Not what another rule made of an omission, "… and it was not tested": that is the failure, said already.)
    if (tokens[after]?.lower === 'and' && /^(?:it|this|that|that['’]s)$/u.test(tokens[after + 1]?.lower ?? '') && !/^\s*(?:was|were|is|are)\s+not\b/iu.test(sentence.slice(tokens[after + 1].end))) {
      return { rewrite: /^(?:was|were)$/u.test(verb.lower) ? `${WENT_WRONG},` : 'Something is wrong,', end: after, kind: 'judgement', phrase: span(sentence, tokens, verbAt, i + 1) };
    }
    // (Up to the judging word when a comma follows it: "…, nobody looked at the alarm for 40 minutes" stays.)
    const commaAfter = i + 1 < tokens.length && /,/u.test(sentence.slice(tokens[i].end, tokens[i + 1].start));
    return { rewrite: NOTHING_TO_KEEP, kind: 'judgement', phrase: span(sentence, tokens, verbAt, i + 1), ...(commaAfter ? { end: i + 1 } : {}) };
  }

  if (!verb.tags.has('Verb') || verb.tags.has('Modal') || verb.tags.has('Auxiliary')) return null;
  const lemma = infinitiveOf(verb.lower);
  let after = verbAt + 1;
  let particle = tokens[after] && PARTICLES.has(tokens[after].lower) ? tokens[after].lower : '';
  if (particle) after += 1;
  // "signed off on the plan": the preposition goes with the verb in the passive ("was signed off on").
  if (particle && /^(?:on|for)$/u.test(tokens[after]?.lower ?? '') && nounPhraseEnd(tokens, after + 1) > after + 1) {
    particle = `${particle} ${tokens[after].lower}`;
    after += 1;
  }
  const phrase = span(sentence, tokens, verbAt, after);

  // "he left the company on Friday": someone who moved on, no failure.
  if (lemma === 'leave' && /^(?:the\s+|our\s+|this\s+)?(?:company|organi[sz]ation|org|business|firm|agency|department|team|group|project|us)\b/iu.test(restFrom(after))) return null;
  // "left the debug flag enabled in the release build": a risky state left in place.
  if (lemma === 'leave') {
    const phraseEnd = nounPhraseEnd(tokens, after);
    const going = tokens.findIndex((t, k) => k > after + 1 && k < phraseEnd && t.tags.has('Gerund') && tokens[k - 1].tags.has('Plural'));
    const objectEnd = going > 0 ? going : phraseEnd;
    const state = tokens[objectEnd];
    // ("left the rack cloths soaking in caustic": a gerund is a state left going; a thirty-first reader found "The rack
    // cloths soaking were left …".)
    if (objectEnd > after && state && (/^(?:enabled|on|open|public|running|unlocked|exposed|unencrypted|unpatched|disabled|off|unattended|unmonitored|broken|switched|held|locked|behind|down)$/u.test(state.lower) || (state.tags.has('Gerund') && !state.tags.has('Preposition') && objectEnd === going))) {
      const stateEnd = state.lower === 'switched' && tokens[objectEnd + 1] ? objectEnd + 2 : objectEnd + 1;
      const rest = withoutToPassive(tail(sentence, tokens, stateEnd, end));
      // (What follows a state still going is how it went on, "rebooting in a loop", not which thing.)
      const stillGoing = objectEnd === going;
      return { rewrite: passive(span(sentence, tokens, after, objectEnd), false, `left ${span(sentence, tokens, objectEnd, stateEnd)}${stillGoing ? rest : ''}`, stillGoing ? '' : rest), kind: 'failure', phrase: span(sentence, tokens, verbAt, stateEnd) };
    }
  }
  // ("kept the count going": the thing kept so, "the count was kept going"; "The count going was kept" was no English.)
  // ("fell asleep at the console": no thing was done to; "asleep was fallen" was no English.)
  if (lemma === 'fall') return null;
  const keptSo = lemma === 'keep' && force ? /^((?:the|a|an|his|her|their|its|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(going|running|open|on|live|waiting)\b(.*)$/iu.exec(restFrom(after)) : null;
  if (keptSo) return { rewrite: passive(keptSo[1], false, `kept ${keptSo[2]}`, keptSo[3]), kind: 'failure', phrase };
  // "sat on the reports": held back, a failure of whoever did it.
  if (lemma === 'sit' && tokens[after]?.lower === 'on') {
    const objectEnd = nounPhraseEnd(tokens, after + 1);
    // ("he sits on the third floor", "sat on the change board": where someone sits, or what they sit on, is no
    // report held back; a thirty-first reader found "the third floor was left waiting".)
    const seat = /\b(?:floor|desk|bench|chair|sofa|couch|board|committee|panel|council|fence|call|bridge|side|team|ground|roof|steps?|stool|sidelines?)s?$/iu.test(span(sentence, tokens, after + 1, objectEnd));
    // ("the support agents, who should have escalated immediately, sat on it for hours": what was due and not done,
    // "it was not escalated for hours"; a thirty-second reader found "it was left waiting" dropped the escalation.)
    // (Only a verb with nothing after it: "who should have raised a P1" owed the P1, not the alerts.)
    const due = /\bwho\s+should\s+have\s+(escalated|reported|flagged)(?:\s+(?:immediately|right\s+away|at\s+once|sooner|earlier|straight\s+away))?\s*,?\s*$/iu.exec(span(sentence, tokens, clause.start + clause.subject.length, verbAt));
    if (objectEnd > after + 1 && !seat && due) {
      return { rewrite: passive(span(sentence, tokens, after + 1, objectEnd), true, due[1].toLowerCase(), tail(sentence, tokens, objectEnd, end)), kind: 'failure', phrase: span(sentence, tokens, verbAt, after + 1) };
    }
    if (objectEnd > after + 1 && !seat) {
      return { rewrite: passive(span(sentence, tokens, after + 1, objectEnd), false, 'left waiting', tail(sentence, tokens, objectEnd, end)), kind: 'failure', phrase: span(sentence, tokens, verbAt, after + 1) };
    }
  }
  // "keeps breaking the dashboards": the failure is the gerund, and it recurs.
  if (lemma === 'keep' && tokens[after]?.tags.has('Gerund') && (FAILURE_VERBS.has(infinitiveOf(tokens[after].lower))
    || tokens.slice(after + 1, end).some((t) => DEFECT_ADJECTIVES.has(t.lower)))) {
    const objectEnd = nounPhraseEnd(tokens, after + 1);
    if (objectEnd > after + 1) {
      return { rewrite: passive(span(sentence, tokens, after + 1, objectEnd), false, `repeatedly ${participleOf(infinitiveOf(tokens[after].lower))}`, tail(sentence, tokens, objectEnd, end)), kind: 'failure', phrase: span(sentence, tokens, verbAt, after + 1) };
    }
  }
  // "blew it by approving the ground delay program without …", "messed this one up big time by approving …": the act
  // after "by" is what went wrong, said without who (a twenty-eighth reader found "It was blown by approving …" garbled).
  const byActing = /^(?:blow|mess|screw|foul|botch)$/u.test(lemma)
    ? /^(?:up\s+)?(?:it|this|that)(?:\s+one)?(?:\s+up)?(?:\s+(?:big\s+time|badly|royally|completely))?\s*,?\s+by\s+(\p{L}+ing)\s+(.+)$/iu.exec(span(sentence, tokens, verbAt + 1, end)) : null;
  if (byActing) {
    const done = madeClause(text(clause.subject), `${pastOf(infinitiveOf(byActing[1].toLowerCase()))} ${byActing[2]}`, clause.kind);
    const act = predicateFailure(done.sentence, done.tokens, done.clause, people, true);
    if (act?.rewrite) return { rewrite: act.rewrite, kind: 'failure', phrase };
  }
  // "started 'tidying up' the thresholds": the act begun is the act said ("The thresholds were tidied up"; a
  // thirtieth reader found "The salinity alarms were fine." dropped it). Scare quotes go with the person.
  const begun = /^(?:start|begin)$/u.test(lemma) && !particle ? /^['‘"“]?(\p{L}+ing)((?:\s+(?:up|down|out|off|over|back))?)['’"”]?\s+(\S.*)$/iu.exec(restFrom(after)) : null;
  if (begun) {
    const done = madeClause(text(clause.subject), `${pastOf(infinitiveOf(begun[1].toLowerCase()))}${begun[2]} ${begun[3]}`, clause.kind);
    const act = predicateFailure(done.sentence, done.tokens, done.clause, people, force);
    if (act?.rewrite) return { rewrite: act.rewrite, kind: act.kind, phrase };
  }
  // "dropped the ball (on X)"
  if (lemma === 'drop' && tokens[after]?.lower === 'the' && tokens[after + 1]?.lower === 'ball') {
    // (Readers took "A hand-off was missed" for a claim the writer never made: what was dropped is theirs to say.)
    return { rewrite: NOTHING_TO_KEEP, kind: 'failure', phrase: 'dropped the ball' };
  }
  // "screwed up X", "messed up X", "botched X"
  if ((particle === 'up' && /^(?:screw|mess|foul)$/u.test(lemma)) || lemma === 'botch' || lemma === 'bungle') {
    // ("messed up, again": an aside is no thing it went wrong with.)
    const rest = restFrom(after).replace(/^[,\s]*(?:(?:once\s+|yet\s+)?again|as\s+usual|as\s+always|too|big\s+time)(?=[\s,.!?]*$)/iu, '').trim();
    return { rewrite: rest ? `${WENT_WRONG} with ${uncapitalise(rest)}` : WENT_WRONG, kind: 'failure', phrase };
  }
  // "made a mistake (in X)", "made an error"
  // ("made a reasonable call": a call is a failure only when it is judged one, "made a poor call".)
  const mistakeAt = (k: number) => /^(?:mistakes?|errors?|blunders?|slip)$/u.test(tokens[k].lower)
    || (tokens[k].lower === 'call' && /^(?:bad|poor|wrong|terrible|awful|questionable|dubious|reckless|careless|boneheaded|stupid|dumb|lousy)$/u.test(tokens[k - 1]?.lower ?? ''));
  const nounAt = lemma === 'make' && /^(?:a|an)?$/u.test(tokens[after]?.lower ?? '') ? tokens.findIndex((_t, k) => k >= after && mistakeAt(k)) : -1;
  if (nounAt >= 0 && nounAt < after + 3) {
    // (What the call was is the writer's to say: "An error got through to skip the staged rollout" was no English.)
    if (tokens[nounAt].lower === 'call') return { rewrite: NOTHING_TO_KEEP, kind: 'failure', phrase: span(sentence, tokens, verbAt, nounAt + 1) };
    const rest = restFrom(nounAt + 1);
    // ("made a reckless mistake rushing the index change out": "An error got through rushing …" was no English.)
    if (/^\p{L}+ing\b/u.test(rest)) return { rewrite: NOTHING_TO_KEEP, kind: 'failure', phrase: span(sentence, tokens, verbAt, nounAt + 1) };
    return { rewrite: `An error got through${rest ? ` ${rest}` : ''}`, kind: 'failure', phrase: span(sentence, tokens, verbAt, nounAt + 1) };
  }
  // "forgot to run X", "failed to handle X", "forgot, again, to renew X"
  const toAt = FAILED_TO_VERBS.has(lemma) ? indexAfterAsides(tokens, after, end) : -1;
  if (toAt >= 0 && tokens[toAt]?.lower === 'to' && tokens[toAt + 1]) {
    return omission(sentence, tokens, toAt + 1, end, span(sentence, tokens, verbAt, toAt + 2), true);
  }
  // "let the certificate expire"
  if (lemma === 'let' || lemma === 'allow') {
    // "let her in with the override key", "let them know": someone admitted or told, no failure.
    if (/^(?:her|him|them|me|us|everyone|people)$/u.test(tokens[after]?.lower ?? '') && /^(?:in|inside|through|back|know)$/u.test(tokens[after + 1]?.lower ?? '')) return null;
    // "let the disks on the build agents fill up": the object runs to the bare verb.
    let objectEnd = nounPhraseEnd(tokens, after);
    // ("let the certificate expire over the weekend": after "let", a base form after the noun is the verb.)
    const bare = tokens.findIndex((t, k) => k > after && k < objectEnd && t.tags.has('Infinitive') && !t.tags.has('Gerund') && tokens[k - 1].tags.has('Noun'));
    if (bare > after) objectEnd = bare;
    while (objectEnd < end && !tokens[objectEnd].tags.has('Verb') && (tokens[objectEnd].tags.has('Preposition') || isNounPhraseWord(tokens[objectEnd]))) {
      objectEnd = tokens[objectEnd].tags.has('Preposition') ? nounPhraseEnd(tokens, objectEnd + 1) : objectEnd + 1;
    }
    // "let the nightly export run unmonitored": the verb was read into the noun phrase.
    // (or the tagger read it as one more noun: "let the BGP session flap", "let the renewal job lapse").
    const nextIsVerb = Boolean(tokens[objectEnd]?.tags.has('Verb')) || tokens[objectEnd]?.lower === 'to';
    if (objectEnd - 1 > after && !nextIsVerb) {
      // The verb is the last word read as a noun (not a time: "flap all weekend"), after at least one other.
      let k = objectEnd - 1;
      while (k > after + 1 && !(tokens[k].tags.has('Noun') && !tokens[k].tags.has('Date'))) k -= 1;
      if (tokens[k].tags.has('Verb') || NOUNISH_VERBS.has(tokens[k].lower) || k - after >= 2) objectEnd = k;
    }
    const toAt = tokens[objectEnd]?.lower === 'to' ? objectEnd + 1 : objectEnd;
    // After "let <someone or something>", the next word is the verb ("let the renewal job lapse"), whatever the tagger guessed.
    const candidate = tokens[toAt];
    const next = candidate && !['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb'].some((tag) => candidate.tags.has(tag))
      ? { ...candidate, tags: new Set([...candidate.tags, 'Verb']) } : candidate;
    if (objectEnd > after && next && next.tags.has('Verb')) {
      const object = span(sentence, tokens, after, objectEnd);
      const rest = restFrom(toAt + 1);
      return { rewrite: `${capitalise(uncapitalise(object))} ${pastOf(infinitiveOf(next.lower))}${rest ? ` ${rest}` : ''}`, kind: 'failure', phrase: span(sentence, tokens, verbAt, toAt + 1) };
    }
    return null;
  }
  let objectEnd = nounPhraseEnd(tokens, after);
  // "the regressions flagged in review": a participle with its phrase still describes the object.
  // ("deleted the database based on a hunch": "based on" says why the act was done, not which thing.)
  if (objectEnd > after && objectEnd + 1 < end && tokens[objectEnd].tags.has('PastTense') && tokens[objectEnd].lower !== 'based' && !/[,;:]/u.test(tokens[objectEnd - 1].post) && tokens[objectEnd + 1].tags.has('Preposition')) {
    objectEnd = nounPhraseEnd(tokens, objectEnd + 2);
  }
  // "deleted the S3 bucket thinking it was staging": a gerund after the object's noun starts a new phrase.
  const gerundAt = tokens.findIndex((t, k) => k > after && k < objectEnd && (t.tags.has('Gerund') || (lemma === 'spend' && /^\p{L}{3,}ing$/u.test(t.lower))) && tokens[k - 1].tags.has('Noun') && !NOUNISH_VERBS.has(t.lower)
    && (lemma === 'spend' || Boolean(tokens[k + 1] && (tokens[k + 1].tags.has('Pronoun') || tokens[k + 1].tags.has('Determiner') || tokens[k + 1].lower === 'that'))));
  // ("spent the whole incident arguing instead of fixing": after "spend", a gerund is what the time went on; a
  // thirtieth reader found "The whole incident arguing was spent …".)
  if (gerundAt > 0) objectEnd = gerundAt;
  // "a broken config that nobody reviewed": a relative clause with its own subject stays with the object
  // (to its verb: "the script that the DBA had written | against prod").
  // Only right after the noun, with no comma ("…, which he knew not to do" is about the act), and
  // only when the clause's verb lacks its object ("the warning that the diff would drop a column" is
  // what the warning said, not a relative clause).
  const relativeAt = tokens.findIndex((t, k) => k > after && k <= objectEnd && k < end - 2 && /^(?:that|which|whom)$/u.test(t.lower)
    && tokens[k - 1].tags.has('Noun') && !tokens[k - 1].tags.has('Gerund') && !/[,;:]/u.test(tokens[k - 1].post)
    && (tokens[k + 1].tags.has('Pronoun') || /^(?:nobody|no|nothing|anyone|everyone|someone|the|a|an)$/u.test(tokens[k + 1].lower)));
  if (relativeAt > 0) {
    let verbOf = relativeAt + 2;
    while (verbOf < end && !(tokens[verbOf].tags.has('Verb') && !/^(?:had|has|have|was|were|is|are|be|been|did|does|do|would|could|should|will|can|may|might|must|shall|never|not|ever)$/u.test(tokens[verbOf].lower))) verbOf += 1;
    const next = tokens[verbOf + 1];
    if (verbOf < end && !(next && verbOf + 1 < end && (next.tags.has('Determiner') || next.tags.has('Noun') || next.tags.has('Pronoun')))) objectEnd = verbOf + 1;
  }
  const object = span(sentence, tokens, after, objectEnd);
  const rest = withoutToPassive(tail(sentence, tokens, objectEnd, end), sentence.slice(tokens[end - 1]?.end ?? sentence.length));
  const objectWords = tokens.slice(after, objectEnd).map((t) => t.lower);
  // Conditions that make it a failure may sit past the clause ("… even though the tests were skipped").
  // (Up to a semicolon: "…; the template now asks for one regardless of size" is another sentence's say.)
  const after_ = objectEnd < tokens.length ? sentence.slice(tokens[objectEnd].start).split(';')[0] : '';
  const slip = /\b(accidentally|mistakenly|inadvertently|erroneously)\s+$/iu.exec(sentence.slice(0, verb.start));
  // "merged his own PR": the object itself can carry the condition.
  const fromObject = after < tokens.length ? sentence.slice(tokens[after].start).split(';')[0] : '';
  // "Mei Lin raised that the loan amount field accepts cents and pounds without a label": a finding
  // reported, which is no act of hers that failed; so is what a person said happened ("Henrik said the
  // pilot app showed the job as 'confirmed' even though …").
  if (DEFECT_FOUND_VERBS.has(lemma) && /^that\s/iu.test(fromObject)) return null;
  if (/^(?:say|report|note|mention|explain|confirm)$/u.test(lemma) && REPORTED_CLAUSE.test(fromObject)) return null;
  // "Léa flipped the kill switch on the plagiarism sync …": a kill switch used is the remedy.
  if (/^(?:flip|hit|pull|throw|trigger|engage|activate|press|use)$/u.test(lemma) && /\bkill[\s-]?switch\b/iu.test(object) && !REPROACH_MARKERS.test(after_)) return null;
  // "the runbook for failing over the database": a failover is no defect.
  // "worked with the vendor to identify the faulty firmware", "the erroneous invoices to be identified":
  // a defect something is done about is no defect of the act.
  const predicateWords = tokens.slice(after, end)
    .filter((t, k, all) => !(/^fail(?:ing|s|ed)?$/u.test(t.lower) && /^(?:over|back)$/u.test(all[k + 1]?.lower ?? '')))
    .filter((t, k) => !(DEFECT_ADJECTIVES.has(t.lower) && remedied(tokens, after + k)))
    .map((t) => t.lower);
  // Forced, only an act on a thing is restated: "had his phone on silent", "shipped friday 5pm" have no thing that was done.
  const restatable = force && !/^(?:have|has|had|be|am|is|are|was|were|do|does|did|get|seem|look|feel|think|know|want|like|need)$/u.test(lemma)
    && !tokens.slice(after, objectEnd).some((t) => t.tags.has('Date') || t.tags.has('Time') || t.tags.has('Pronoun') && !/^(?:it|this|that|them)$/u.test(t.lower));
  // ("failed over SCADA polling to the backup master": a failover is a remedy, not a failure.)
  const failover = lemma === 'fail' && /^(?:over|back)$/u.test(particle);
  const failing = restatable || (FAILURE_VERBS.has(lemma) && !failover)
    // "pushed a broken config", "ran the script against the wrong region"
    // ("she wrote the failing test first": a test that fails before the fix is how the fix is written.)
    // ("followed the onboarding doc … and hit the same broken step": what is met or followed being broken is its own defect.)
    || (!REMEDIAL_VERBS.has(lemma) && !ENCOUNTER_VERBS.has(lemma) && !(/^(?:write|add|create)$/u.test(lemma) && /\bfailing\s+(?:unit\s+|regression\s+)?(?:tests?|cases?|specs?)\b/iu.test(object))
      && (objectWords.some((w) => DEFECT_ADJECTIVES.has(w)) || predicateWords.some((w) => DEFECT_ADJECTIVES.has(w))))
    // "restarted the wrong node": a remedy done to the wrong thing is the slip itself ("caught the wrong
    // ward mapping": what is found, fixed or raised is the defect, not the slip).
    || (/^(?:the|a)\s+wrong\b/iu.test(object) && !DEFECT_FOUND_VERBS.has(lemma))
    // "approved it without reading the diff", "deployed it without a canary", "ran it on the primary instead of the replica",
    // "signed off even though the tests had been skipped", "pushed rules that nobody had reviewed"
    // ("moved the stock off the top shelf so it's reachable without the ladder": what the act is for is no omission.)
    || (!REMEDIAL_VERBS.has(lemma) && OMISSION_MARKERS.test(fromObject.replace(/\bso\s+(?:that\s+)?(?:it|they|we|you|people|anyone|everyone|staff|crews?|the\s+[\p{L}-]+)(?:['’]s|['’]re|\s+(?:is|are|can|could|will|would))\b.*$/iu, '')) && !(COMPARING_VERBS.has(lemma) && /\bagainst\b/iu.test(fromObject)) && !thirdPartyChange(clause.subject, fromObject))
    // ("restarted the queue workers without checking the backlog": a remedy done without the look it needed.)
    || (REMEDIAL_VERBS.has(lemma) && /\bwithout\s+(?:first\s+)?(?:checking|verifying|looking\s+at|confirming|reading|testing)\b/iu.test(fromObject))
    || REPROACH_MARKERS.test(after_)
    // "Mei-Ling mistakenly deleted the queue": a slip said as one.
    || slip !== null;
  // "Jakob's script deleted the temporary tables as intended": what was meant to happen.
  if (!failing || AS_INTENDED.test(after_)) return null;
  const without = /\bwithout\s+([\p{L}]+ing)\s+(.+)$/iu.exec(restFrom(objectEnd));
  // "deployed without running the tests": a release verb's act stays, said of what it goes without
  // saying it acted on ("A change was deployed without the tests being run"; readers marked "The tests
  // were not run." as dropping the deploy).
  const implied = !object && !particle && !INTRANSITIVE.has(lemma) ? IMPLIED_OBJECT[lemma] : undefined;
  if (without && implied && objectEnd === after) {
    return { rewrite: `${capitalise(implied)} was ${participleOf(lemma)} ${withoutToPassive(restFrom(objectEnd))}`, kind: 'failure', phrase };
  }
  // "signed off (on) the release without running the regression pack": the sign-off stays, said of what it
  // went without (a thirtieth reader found "The regression pack was not run." dropped the sign-off).
  // ("signed off for the night": gone off shift, no sign-off.)
  if (without && lemma === 'sign' && object && particle !== 'off for' && !tokens.slice(after, objectEnd).some((t) => t.tags.has('Pronoun') || t.tags.has('Date'))) {
    return { rewrite: passive(object, false, particle ? 'signed off' : 'signed', rest), kind: 'failure', phrase };
  }
  if (without && (INTRANSITIVE.has(lemma) || !object)) {
    // "went home without checking the queue": what was not done is the point.
    const omitted = tokenize(`${text(clause.subject)} did not ${infinitiveOf(without[1])} ${without[2]}`);
    const inner = predicateFailure(text(omitted), omitted, { ...clause, start: 0, end: omitted.length, subject: omitted.slice(0, clause.subject.length), verbAt: clause.subject.length }, people);
    // ("handed over without mentioning the failing job": when it was not said stays, "… at handover"; a
    // thirty-second reader found it dropped.)
    const when = HANDOVERS[`${lemma} ${particle}`];
    if (inner && when && !/[,;:]/u.test(inner.rewrite) && !/\b(?:until|till|before|after|during|by|at|when|since)\b/iu.test(sentence.slice(tokens[verbAt].end))) return { ...inner, rewrite: `${inner.rewrite.replace(/([.!]*)$/u, ` ${when}$1`)}`, phrase };
    if (inner) return { ...inner, phrase };
  }
  // "… and then went offline": what is left is that no one was watching.
  if (INTRANSITIVE.has(lemma) && /^(?:offline|home|to\s+(?:bed|sleep)|back\s+to\s+(?:bed|sleep)|off(?:line)?|dark|for\s+the\s+(?:day|night))\b/iu.test(restFrom(after))) {
    // ("went home at 17:00 while the restore was still running": from when stays; a thirty-first reader found it dropped.)
    const from = /^(?:home|offline|off(?:line)?|dark|to\s+(?:bed|sleep)|back\s+to\s+(?:bed|sleep)|for\s+the\s+(?:day|night))\s+at\s+(\d{1,2}(?::\d{2}|[.:]\d{2})?\s*(?:[ap]\.?m\.?)?|midnight|noon)(?=[\s,.;!?]|$)/iu.exec(restFrom(after));
    return { rewrite: from ? `no one was left watching from ${from[1]}` : 'no one was left watching', ...(from ? { end: after + tokenize(from[0]).length } : {}), kind: 'failure', phrase };
  }
  if (!object || /^(?:him|her|me|us)$/u.test(object.toLowerCase())) {
    // "deployed without tests": what a release verb acts on goes without saying.
    const implied = (particle ? IMPLIED_OBJECT[`${lemma} ${particle}`] : undefined) ?? IMPLIED_OBJECT[lemma];
    return { rewrite: `${implied ? capitalise(implied) : 'Something'} was ${participleOf(lemma)}${particle ? ` ${particle}` : ''}${rest}`, kind: 'failure', phrase };
  }
  // "you keep calling it a process gap": "keep", "stop", "start" with a gerund say how an act went on, not what was done to a thing.
  if (ASPECT_VERBS.has(lemma) && /^[\p{L}-]+ing\b/u.test(object)) return null;
  // "notices last night's backup is 90% smaller": what follows is the object's own verb, a clause said, not a thing done to.
  if (/^\s*(?:is|was|are|were|has|had|have|would|will|can|could|does|did|seems?|looks?)\b/iu.test(rest)) return null;
  const restated = passive(object, false, `${slip ? `${slip[1].toLowerCase()} ` : ''}${participleOf(lemma)}${particle ? ` ${particle}` : ''}`, rest);
  // ("when people actually follow it": a present act stays present, "when it is followed"; a thirty-first reader found
  // "The process works fine when it was followed.")
  // (Only after "when", "if" and the like, where a past tense clashes with the sentence's present, and only a
  // restatement the checks for "was" and "were" pass: grammar.ts reads the past. A timeline's present, "09:14 Ravi
  // restarts …", reads well in the past.)
  const subjectAt = tokens[clause.start]?.start ?? 0;
  const present = /\b(?:when|whenever|if|unless|once|as\s+long\s+as)\s+$/iu.test(sentence.slice(0, subjectAt)) && verb.tags.has('PresentTense') && !verb.tags.has('PastTense') && !/ed$/u.test(verb.lower) && verb.lower !== pastOf(lemma) && !/^(?:to|not)$/u.test(tokens[verbAt - 1]?.lower ?? '') && !garbledRestatement(capitalise(restated), sentence);
  return { rewrite: present ? restated.replace(/^(\S+(?:\s+\S+){0,6}?\s+)(was|were)\b/u, (_m, head: string, be: string) => `${head}${be === 'was' ? 'is' : 'are'}`) : restated, kind: 'failure', phrase };
}

const ASPECT_VERBS = new Set(['keep', 'continue', 'start', 'stop', 'begin', 'quit', 'finish', 'resume']);

/** The index of the first token from `from` that is not an aside ("again", "once again", "yet again", "also"). */
function indexAfterAsides(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  while (k < end && /^(?:again|once|yet|also|even|then|actually|simply|completely|just)$/u.test(tokens[k].lower)) k += 1;
  return k;
}

/**
 * The action at `verbAt` was not done: "<object> was not <done> <rest>". `failedTo`: "failed to
 * notice" is a failure even of a state verb; "did not know" is not.
 */
function omission(sentence: string, tokens: readonly Token[], verbAt: number, end: number, phrase: string, failedTo = false): Predicate | null {
  const lemma = infinitiveOf(tokens[verbAt].lower);
  // ("didn't bother testing it on a copy first", "didn't bother to test it": the act not done is the one bothered with.)
  if (lemma === 'bother' && tokens[verbAt + 1]) {
    const act = tokens[verbAt + 1].lower === 'to' ? verbAt + 2 : verbAt + 1;
    if (tokens[act] && (act === verbAt + 2 || /ing$/u.test(tokens[act].lower))) {
      const said = `${sentence.slice(0, tokens[verbAt].start)}${infinitiveOf(tokens[act].lower)}${sentence.slice(tokens[act].end)}`;
      const plain = tokenize(said);
      if (plain.length === tokens.length - (act - verbAt)) return omission(said, plain, verbAt, end - (act - verbAt), phrase, failedTo);
    }
  }
  // ("never should have received": a modal is no act.)
  if ((STATIVE_VERBS.has(lemma) && !failedTo) || lemma === 'be' || /^(?:should|could|would|must|might|may|can|will|shall|ought)$/u.test(lemma)) return null;
  let after = verbAt + 1;
  const particle = tokens[after] && PARTICLES.has(tokens[after].lower) ? tokens[after].lower : '';
  if (particle) after += 1;
  const objectEnd = nounPhraseEnd(tokens, after);
  const object = span(sentence, tokens, after, objectEnd);
  const rest = withoutToPassive(tail(sentence, tokens, objectEnd, end), sentence.slice(tokens[end - 1]?.end ?? sentence.length));
  const participle = `${participleOf(lemma)}${particle ? ` ${particle}` : ''}`;
  // "didn't tell anyone": no one was told.
  if (/^(?:anyone|anybody)$/u.test(object.toLowerCase()) && /^(?:tell|inform|notify|warn|ask|page|call|alert|consult|update)$/u.test(lemma)) {
    return { rewrite: `No one was ${participle}${rest}`, kind: 'failure', phrase };
  }
  // "they never learn", "some people just don't listen": a judgement of people, not a step not taken.
  if (!object && /^(?:learn|listen|care|change|improve|grow|think|read)$/u.test(lemma) && !tail(sentence, tokens, objectEnd, end).trim()) return { rewrite: NOTHING_TO_KEEP, kind: 'judgement', phrase };
  // "didn't prioritise us": the writers were not prioritised ("we were not prioritised"), which names no one.
  if (/^(?:us|me)$/u.test(object.toLowerCase()) && !STATIVE_VERBS.has(lemma)) return { rewrite: `${object.toLowerCase() === 'us' ? 'We were' : 'I was'} not ${participle}${rest}`, kind: 'failure', phrase };
  if (!object || /^(?:him|her|me|us|anyone|anybody)$/u.test(object.toLowerCase())) {
    // "…, however many reminders they get": a phrase set off by a comma follows the new verb.
    // (… and "for 90 minutes" says how long it was missed, not what the step was.)
    const aside = rest.search(/,\s|\s(?:for|during)\s+(?:(?:over|almost|nearly|about|a\s+full|an?|the\s+(?:first|next|last))\s+)?(?:\d+|\p{L}+)\s+(?:whole\s+|full\s+|entire\s+)?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b|\s(?:for|during)\s+(?:over\s+|almost\s+|nearly\s+|about\s+)?\d+\s*(?:h|hrs?|m|mins?|d)\b/u);
    const [step, after] = aside >= 0 ? [rest.slice(0, aside), rest.slice(aside)] : [rest, ''];
    // (Not "the step to … was missed": readers took a step for a claim the writer never made.)
    const plain = actNotDone(lemma, particle, step);
    if (plain) return { rewrite: `${capitalise(plain)}${after}`, kind: 'failure', phrase };
    return { rewrite: `${capitalise(gerundOf(lemma))}${particle ? ` ${particle}` : ''}${step} did not happen${after}`, kind: 'failure', phrase };
  }
  return { rewrite: passive(object, true, participle, rest), kind: 'failure', phrase };
}

/**
 * "Santiago misconfigured the header and never mentioned it": the second predicate shares the blamed
 * subject, so it is restated without them too (as a failure if it is one, else in the passive, unless
 * `orRestate` is false).
 */
function sharedSubjectPredicate(sentence: string, tokens: readonly Token[], clause: Clause, end: number, people: PeopleIndex, orRestate = true): { rewrite: string; end: number; separator: string } | null {
  const and = tokens[end];
  if (!and || !/^(?:and|but|then)$/u.test(and.lower)) return null;
  // "restarted the workers, which cleared the backlog but did not address the leak": the second verb is the relative clause's.
  // ("deployed the build, which had no tests, and never checked the canary": a comma closes the relative clause.)
  if (!/,/u.test(tokens[end - 1].post) && tokens.slice(clause.verbAt + 1, end).some((t, k, all) => /^(?:which|who)$/u.test(t.lower) && /,\s*$/u.test(k > 0 ? all[k - 1].post : tokens[clause.verbAt].post))) return null;
  // ("… doesn't respect the process and never has": the habit said of the person goes; the act said stays.)
  if (/^(?:never|always)$/u.test(tokens[end + 1]?.lower ?? '') && /^(?:has|have|had|did|does|do|will|would|is|was|could|can)$/u.test(tokens[end + 2]?.lower ?? '') && end + 3 === tokens.length) {
    return { rewrite: '', end: end + 3, separator: '' };
  }
  let verbAt = end + 1;
  if (tokens[verbAt]?.lower === 'then') verbAt += 1;
  verbAt = pastAdverbs(tokens, verbAt);
  const verb = tokens[verbAt];
  if (!verb || !(verb.tags.has('Verb') || verb.lower === 'never')) return null;
  const secondEnd = clauseEnd(tokens, verbAt + 1);
  const second = madeClause(text(clause.subject), span(sentence, tokens, verbAt, secondEnd), clause.kind);
  const inner = predicateFailure(second.sentence, second.tokens, second.clause, people) ?? (orRestate ? predicateFailure(second.sentence, second.tokens, second.clause, people, true) : null);
  if (!inner) return null;
  const separator = sentence.slice(tokens[end - 1].end, tokens[end].start) + and.text + ' ';
  return { rewrite: inner.rewrite, end: secondEnd, separator };
}

export interface ClauseRewrite {
  /** Offsets of the rewritten clause in the sentence. */
  start: number;
  end: number;
  clause: string;
  kind: SubjectKind;
  subject: string;
  phrase: string;
  judgement: boolean;
}

/** The writers themselves. */
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'myself', 'ourselves', 'mine', 'ours']);

/** `force`: any act of a person subject is restated without them, failure or not (the blame model has judged the sentence). */
export function personFailure(sentence: string, tokens: readonly Token[], people: PeopleIndex, force = false): ClauseRewrite | null {
  for (const clause of clauses(tokens, people)) {
    if (clause.kind === 'thing' || clause.kind === 'no-one') continue;
    // "We forgot, as an organisation, that …", "we don't run soak tests today", "I pushed the config to
    // the wrong region": the writers own the gap, or their own act.
    // (Blame of others in such a clause is other rules' to find: "we need to hold Olumide accountable".)
    if (!force && clause.subject.length === 1 && FIRST_PERSON.has(clause.subject[0].lower)) continue;
    // ("Hye-jin, thank you for staying late …": the one thanked, addressed, is no doer of a failure.)
    if (/^(?:thank|thanks)$/u.test(tokens[clause.verbAt].lower)) continue;
    // "The vendor failed over to their DR site at 13:20": failing over is what a standby is for.
    if (/^(?:failed|fails|fail)$/u.test(tokens[clause.verbAt].lower) && /^(?:over|back)$/u.test(tokens[clause.verbAt + 1]?.lower ?? '')) continue;
    // "… so he had no signal anything was wrong": what the system did not show them, not a failing.
    if (!force && /^(?:had|has|have)$/u.test(tokens[clause.verbAt].lower) && tokens[clause.verbAt + 1]?.lower === 'no'
      && /^(?:signal|signals|indication|warning|sign|signs|way|reason|visibility|alert|alerts|idea|notice|cue|feedback)$/u.test(tokens[clause.verbAt + 2]?.lower ?? '')) continue;
    const subject = span(sentence, tokens, clause.start, clause.start + clause.subject.length);
    if (clause.kind === 'possessive-person') {
      const verb = tokens[clause.verbAt];
      if (!verb.tags.has('Verb') || !IMPACT_VERBS.has(infinitiveOf(verb.lower)) && !FAILURE_VERBS.has(infinitiveOf(verb.lower))) continue;
      if (AS_INTENDED.test(sentence.slice(tokens[clause.verbAt].end)) || explainedBySystem(tokens, clause, people, force)) continue;
      const ownerEnd = clause.subject.findIndex((t) => /'s$|s'$/u.test(t.lower) || /^(?:his|her|their)$/u.test(t.lower));
      const thing = clause.subject.slice(ownerEnd + 1);
      if (thing.length === 0) continue;
      const thingText = text(thing);
      // ("Lea's confidence takes down the API gateway": a state of mind is the person's, not a thing that acted; left
      // to the writer, as "A confidence takes down …" was no English to a twenty-ninth reader.)
      if (STATE_OF_MIND.test(thingText)) return { start: tokens[clause.start].start, end: tokens[clause.end - 1].end, clause: NOTHING_TO_KEEP, kind: clause.kind, subject, phrase: subject, judgement: true };
      const article = capitalise(isPluralNoun(thingText) ? 'some' : indefiniteArticle(thingText));
      const predicate = span(sentence, tokens, clause.verbAt, clause.end);
      return { start: tokens[clause.start].start, end: tokens[clause.end - 1].end, clause: fixArticles(`${article} ${thingText} ${predicate}`), kind: clause.kind, subject, phrase: subject, judgement: false };
    }
    let predicate = predicateFailure(sentence, tokens, clause, people, force);
    // "Security locked down the hosts and never checked who needed access": the failure is in the second predicate.
    if (!predicate && clause.kind !== 'maybe-person' && sharedSubjectPredicate(sentence, tokens, clause, clause.end, people, false)) {
      predicate = predicateFailure(sentence, tokens, clause, people, true);
    }
    // "The on-call was asleep and didn't ack the page": a state of theirs, then the failure; the failure is what is said.
    if (!predicate && clause.kind !== 'maybe-person' && COPULAS.has(tokens[clause.verbAt].lower) && clause.end - clause.verbAt <= 4
      && tokens.slice(clause.verbAt + 1, clause.end).some((t) => t.tags.has('Adjective')) && !tokens.slice(clause.verbAt + 1, clause.end).some((t) => t.tags.has('Noun'))) {
      const second = sharedSubjectPredicate(sentence, tokens, clause, clause.end, people, false);
      if (second) {
        return { start: tokens[clause.start].start, end: tokens[second.end - 1].end, clause: fixArticles(capitalise(second.rewrite)), kind: clause.kind, subject, phrase: span(sentence, tokens, clause.verbAt, clause.end), judgement: false };
      }
    }
    if (!predicate || explainedBySystem(tokens, clause, people, force)) continue;
    // An unknown capitalised subject may be a product ("Kafka dropped messages"): only acts only people do count.
    if (clause.kind === 'maybe-person' && !HUMAN_ACTS.has(infinitiveOf(tokens[clause.verbAt].lower))) continue;
    const joined = sharedSubjectPredicate(sentence, tokens, clause, predicate.end ?? clause.end, people);
    return {
      start: tokens[clause.start].start,
      end: tokens[(joined?.end ?? predicate.end ?? clause.end) - 1].end,
      clause: fixArticles(joined ? (predicate.rewrite === NOTHING_TO_KEEP ? capitalise(joined.rewrite) : `${predicate.rewrite}${joined.separator}${uncapitalise(joined.rewrite)}`) : predicate.rewrite),
      kind: clause.kind,
      subject,
      phrase: predicate.phrase,
      judgement: predicate.kind === 'judgement',
    };
  }
  return null;
}

/**
 * "Olu ran the cleanup on the wrong host because both hosts had the same shell prompt": the act, and
 * what in the system made it the natural thing to do (the local rationality a blameless review asks
 * for). Not when the reason is the person's ("because he was in a hurry"), or a judgement.
 */
function explainedBySystem(tokens: readonly Token[], clause: Clause, people: PeopleIndex, force: boolean): boolean {
  if (force) return false;
  const act = tokens.slice(clause.verbAt).map((t) => t.text).join(' ');
  // "Taini Begay missed the 17:00 ice check because she was running the evacuation drill in the lobby": a duty
  // that came first, which is the work itself, not a failing.
  if (/\bbecause\s+(?:she|he|they|\p{Lu}\p{Ll}+)\s+(?:was|were)\s+(?:running|leading|handling|covering|doing|working|answering|on)\s+(?:the\s+|a\s+|an\s+|another\s+)?[\p{L}\s-]{0,40}?\b(?:drill|call|calls|incident|evacuation|emergency|rescue|outage|page|ticket|shift|job|task|patient|casualty|fire|alarm)\b/iu.test(act)
    && !/\b(?:instead|again|chose|decided|preferred|rather|lunch|break|phone|coffee|smoke)\b/iu.test(act)) return true;
  // "she had been handling tickets alone for 15 hours when she ran the wrong script": the act, told
  // inside the hours behind it (the context that makes a slip understandable).
  const told = tokens.slice(0, clause.start).map((t) => t.text).join(' ');
  if (/\b(?:had\s+been|was|were)\s+(?:\p{L}+ing|on\s+(?:shift|call|duty)|awake|up|at\s+work)\b[^.;]{0,60}?\b(?:for\s+(?:\d+|\p{L}+)\s+(?:straight\s+)?hours|alone|single-handed(?:ly)?|since\s+\d[^.;]{0,10})\b[^.;]{0,40}\bwhen$/iu.test(told)) return true;
  // "… based on release notes that listed it as config-only", "… as per the runbook": what the act followed.
  const basis = tokens.findIndex((t, k) => k > clause.verbAt && ((t.lower === 'based' && tokens[k + 1]?.lower === 'on') || (t.lower === 'as' && tokens[k + 1]?.lower === 'per')
    || (t.lower === 'according' && tokens[k + 1]?.lower === 'to') || (t.lower === 'in' && tokens[k + 1]?.lower === 'line' && tokens[k + 2]?.lower === 'with')));
  if (basis > 0) {
    const from = tokens.findIndex((t, k) => k > basis && /^(?:on|per|to|with)$/u.test(t.lower)) + 1;
    const end = nounPhraseEnd(tokens, from);
    // (Not a person's own reason: "as per usual", "based on a hunch", "based on her gut feeling".)
    if (from > 0 && end > from && subjectKind(tokens.slice(from, end), people) === 'thing'
      && !tokens.slice(from, end).some((t) => /^(?:usual|hunch|gut|feeling|whim|instinct|guess|assumption|vibes?|memory|experience|his|her|their)$/u.test(t.lower))) return true;
  }
  // "… to clear a jam, which the current SOP permits under supervision": an act the procedure allows.
  // ("…, which the repo settings allow for members of the release group": what the tooling allows.)
  if (/\bwhich\s+(?:the|our|its)\s+(?:current\s+|written\s+|documented\s+)?(?:[\w-]+\s+)?(?:sop|procedure|policy|runbook|process|checklist|playbook|work\s+instruction|guideline|settings?|configuration|config|rules?|branch\s+protection|permissions?|pipeline|tooling)s?\s+(?:permits?|permitted|allows?|allowed|requires?|required|prescribes?|prescribed|calls?\s+for|called\s+for)\b/iu.test(act)) return true;
  // "Sven overrode the pitch alarm following the procedure written in 2019, …": what the act followed.
  // (Not "instead of following the procedure", "without following the runbook".)
  if (/(?<!\b(?:of|in|at|by|with|about|from|on|for|without|not|never|than|stop|stopped|avoid|avoided|skip|skipped|before|after|while|when)\s+)\b(?:following|per|under)\s+(?:(?:section|step|clause|part|item)\s+[\d.]+\s+of\s+)?(?:the|our|its)\s+(?:[\w-]+\s+){0,2}(?:procedure|runbook|sop|checklist|playbook|work\s+instructions?|instructions|guidance|guide|process|manual|ticket|change\s+request|work\s+order)\b/iu.test(act)) return true;
  // "Dmitri misread the dashboard: the legend colours for primary and replica were swapped": a
  // misreading, and what in the screen or the data made it one.
  if (MISPERCEPTION.test(tokens[clause.verbAt].lower)) {
    const colon = tokens.findIndex((t, k) => k >= clause.verbAt && /^\s*[:;]/u.test(t.post));
    if (colon >= 0 && thingClause(tokens.slice(colon + 1), people)) return true;
  }
  const because = tokens.findIndex((t, k) => k > clause.verbAt && /^(?:because|since)$/u.test(t.lower));
  if (because < 0 || because + 2 >= tokens.length) return false;
  const reason = tokens.slice(because + 1);
  // ("Taro missed the handover meeting because he was still out on the water securing the longline": kept
  // away by other work, which is no failing of theirs.)
  if (KEPT_AWAY.test(`because ${reason.map((t) => t.text).join(' ')}`)) return true;
  // ("… because the pager app silently logged him out after an OS update": a person may be what the thing acted on.)
  // (Not what mattered to them: "because the deadline mattered more to him than stability".)
  if (PERSON_PRONOUNS.has(reason[0].lower) || reason.some((t, k) => (/^(?:him|her|them)$/u.test(t.lower) && reason[k - 1]?.lower === 'to') || /^(?:he|she|i|you|rushed|hurry|lazy|careless|sloppy|didn't|forgot|ignored|skipped|couldn't|wouldn't|bother(?:ed)?)$/u.test(t.lower))) return false;
  // "… did not test the Safari path because it was not in the supported-browser list": what the act
  // was done to, outside what a document covered.
  if (/^(?:it|they|this|that)\s+(?:was|were|is|are)(?:\s+not|n['’]t)\s+(?:in|on|part\s+of|covered\s+by|listed\s+in|included\s+in|mentioned\s+in|documented\s+in)\s+(?:the|any|our)\s/iu.test(reason.map((t) => t.text).join(' '))) return true;
  // ("since that's what happened" gives no reason in the system.)
  if (/^(?:it|that|this|which|there)$/u.test(reason[0].lower.replace(/['’]s$/u, ''))) return false;
  return thingClause(reason, people);
}

/**
 * "Sakura missed the 20:30 cue because the cue-light bulb had burned out": a person's act, told with the
 * equipment that broke down under it. The blame model does not overrule it (scan.ts); a broader reading
 * (any reason that is a thing's clause) silenced the model on 7 blameful lines of 25,411, this on none.
 */
const BROKE_DOWN_UNDER = /^(?:[^.;:!?]|(?<=\d):(?=\d))*?\bbecause\s+(?:the|a|an|its|our)\s+(?:[\p{L}\d-]+\s+){0,3}?[\p{L}\d-]+\s+(?:had\s+|has\s+)?(?:burned\s+out|burnt\s+out|failed|crashed|died|broken|broke|froze|frozen|jammed|(?:was|were|had\s+been)\s+(?:down|out|offline|dead|muted|faulty|broken|frozen|jammed|stuck|unplugged|mislabell?ed|out\s+of\s+(?:battery|power|order)))\b/iu;

/** "Sakura did what the cue sheet said; the cue sheet was the wrong version.": the act, as the document had it. */
const AS_THE_DOCUMENT_SAID = /\b(?:did|followed)\s+(?:exactly\s+)?what\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}(?:sheet|runbook|procedure|checklist|ticket|docs?|documentation|sop|manual|instructions?|plan|script|wiki|page|card)\s+(?:said|says|told\s+(?:him|her|them)\s+to(?:\s+do)?)\b/iu;

/** "Tariq signed the changeover sheet per procedure; the procedure gave him no way to tell the reels apart." */
const PER_PROCEDURE_WITH_GAP = /\b(?:per|following|as\s+per|according\s+to)\s+(?:the\s+)?(?:procedure|sop|runbook|checklist|work\s+instruction)\b[^.]*?[;,:—–-]\s*(?:but\s+)?(?:the|that|this)\s+(?:procedure|sop|runbook|checklist|work\s+instruction)\s+(?:gave|gives|had|has|did\s+not|didn['’]t|does\s+not|doesn['’]t|offered|offers|lacked|lacks|never)\b/iu;

export function actExplainedBySystem(sentence: string, people: PeopleIndex): boolean {
  if (AS_THE_DOCUMENT_SAID.test(sentence) || PER_PROCEDURE_WITH_GAP.test(sentence)) return clauses(tokenize(sentence), people).some((clause) => clause.kind === 'person');
  if (!BROKE_DOWN_UNDER.test(sentence) || /\b(?:as\s+usual|again|classic|typical|of\s+course|obviously|as\s+always|of\s+all\s+people)\b/iu.test(sentence)) return false;
  const tokens = tokenize(sentence);
  return clauses(tokens, people).some((clause) => clause.kind === 'person' && explainedBySystem(tokens, clause, people, false));
}

/** Misreading, mistaking, mixing up: acts a screen, a name or the data can make anyone do. */
const MISPERCEPTION = /^(?:misread|misreads|misunderstood|misinterpreted|mistook|confused|misidentified|mixed|misheard)$/u;

/** Whether the words are a clause whose subject is a thing ("the legend colours … were swapped"). */
function thingClause(words: readonly Token[], people: PeopleIndex): boolean {
  if (words.length < 2) return false;
  const subjectEnd = nounPhraseEnd(words, 0, 'subject');
  // (A person the thing acted on, "logged him out", leaves it the thing's clause; one acting does not.)
  if (words.some((t, k) => PERSON_PRONOUNS.has(t.lower) && (k < subjectEnd || !/^(?:him|her|them)$/u.test(t.lower)))) return false;
  // ("the pipeline skips them": the tagger may read the verb as a plural noun.)
  if (subjectEnd === 0 || !words.slice(subjectEnd).some((t) => t.tags.has('Verb'))) return false;
  return subjectKind(words.slice(0, subjectEnd), people) === 'thing';
}

/** Words after which a word the lexicon knows as a name is a thing ("its sanders", "the marshall"). */
const THING_DETERMINER = /^(?:its|the|a|an|this|these|those)$/u;

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/**
 * Whether the sentence can have a person, a role or a group in it at all: a known name, a word the
 * tagger knows as a name, a pronoun, a role or group noun, or a possessive. Only then is it tagged,
 * which keeps a long document's scan to the sentences that can blame someone.
 */
/** Whether a word after a capitalised one makes a compound noun of them ("Scanner firmware", not "Priya deployed"). */
function isCompoundHead(word: string): boolean {
  const tags = tokenize(word)[0]?.tags;
  return Boolean(tags?.has('Noun')) && !tags?.has('Verb') && !tags?.has('Pronoun') && !/^(?:and|or|to|on|in|at|was|is|said|says|and)$/u.test(word)
    && !ROLE_NOUNS.has(word) && !GROUP_NOUNS.has(word) && !/s$/u.test(word);
}

/** Words that stand for people as owners: "the other guy's change", "the new joiner's script". */
const GROUP_HEADS_OWNING = /^(?:team|teams|guy|guys|girl|person|people|folks|one|other|everyone|someone|somebody|anyone|nobody|user|customer|joiner|starter|hire|boss|lead|buddy)$/u;

const TIME_OWNER = /^(?:year|month|week|day|night|quarter|season|sprint|today|yesterday|tomorrow|tonight|weekend|morning|evening|afternoon|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/u;

/** Software named "… manager": "the recipe manager", "the secrets manager", "the package manager". */
const SOFTWARE_MANAGER = /\b(?:recipe|package|secrets?|task|window|config(?:uration)?|password|certificate|device|session|connection|resource|cluster|file|download|licen[cs]e|key|workload|entitlement|dependency|display|boot|volume|memory|power|node|queue|job|state|cache|credential)\s+managers?\b/giu;

/** "The backend expected MM/DD.", "the frontend rejects …", "the audio desk": the software or the console, not a team. */
/** A role's name that is also a tool's, doing what only a tool does: "the planner should have blocked …", "the planner showed it as completed". */
const TOOL_NAMED_LIKE_ROLE = new RegExp(String.raw`\b(?:${TOOLS_NAMED_LIKE_ROLES})(?=\s+(?:should\s+have\s+|would\s+have\s+|had\s+|has\s+|have\s+)?(?:rejected|blocked|refused|prevented|validated|warned|flagged|displayed|enforced|locked|disallowed|showed|shows|marks|marked|accepted|accepts|silently|only\s+shows?)\b)`, 'giu');
/** A role's name before a thing it names the kind of ("a single admin toggle", "the operator console", "the PO flow" of purchase orders): no person. */
const ROLE_AS_MODIFIER = /\b(?:admin|administrator|operator|user|driver|supervisor|agent|staff|crew|dispatcher|po)\s+(?=(?:flow|workflow|lines?|numbers?|approvals?|toggle|panel|console|screen|page|portal|ui|tool|tools|menu|button|mode|view|dashboard|interface|settings|api|app|role|roles|account|accounts|switch|override|pin|login|guide|manual|handbook)\b)/giu;
const SOFTWARE_TIER = /\b(?:audio|sound|mixing|lighting|control|dj)\s+desk\b|\b(?:backend|frontend)(?=\s+(?:expect|accept|reject|return|pars|validat|stor|serv|respond|throw|threw|time|timed|cach|log|emit)\p{L}*\b)/giu;

export function mayNamePeople(sentence: string, people: PeopleIndex): boolean {
  const names = people.words;
  // "Some of us actually test our changes": the writers set apart from others they do not name.
  if (/\bsome\s+of\s+us\b/iu.test(sentence)) return true;
  // ("the graph's y-axis", "the service's config": a thing, after its article, owns things.)
  const thingOwners = new Set([...sentence.matchAll(/\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Ii]ts|[Oo]ur)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]*)['’]s\b/gu)].map((m) => m[1])
    .filter((w) => !names.has(w) && !ROLE_NOUNS.has(w) && !GROUP_NOUNS.has(w) && !GROUP_HEADS_OWNING.test(w) && !w.split('-').some((part) => ROLE_NOUNS.has(part))));
  // ("the MARC import tool", "OPC": a word in capitals is an acronym, not a name, unless a listed person's.)
  const acronyms = new Set([...sentence.matchAll(/\b\p{Lu}{3,}\b/gu)].map((m) => m[0].toLowerCase()));
  // ("the PMS and the keycard service": a capital S is part of the acronym, not the plural of a role's "PM".)
  const cappedPlurals = new Set([...sentence.matchAll(/\b\p{Lu}{2,}S\b/gu)].map((m) => m[0].toLowerCase()));
  // ("the recipe manager should have rejected …", "The backend expected MM/DD.": software, not a person.)
  const said = sentence.replace(SOFTWARE_MANAGER, 'tool').replace(SOFTWARE_TIER, 'service').replace(ROLE_AS_MODIFIER, '').replace(TOOL_NAMED_LIKE_ROLE, 'tool');
  let previous = '';
  for (const raw of said.toLowerCase().replace(/’/g, "'").split(/[^\p{L}'-]+/u)) {
    const after = previous;
    previous = raw;
    // ("'slow'" is a word in quotes, not a possessive.)
    const quoted = /^'/u.test(raw);
    const word = (quoted ? raw.replace(/^'+|'+$/gu, '') : raw).replace(/'s?$/u, '');
    // ("it's", "that's", "let's": "is" or "us" run on, not an owner; "a 'bad sensor' theory": a quote
    // closed, since a bare apostrophe marks an owner only after an s, "the engineers' laptops".)
    const possessive = !quoted && (/'s$/u.test(raw) || /s'$/u.test(raw)) && !/^(?:it|that|this|there|here|what|where|when|how|why|let)'s$/u.test(raw);
    // The writers speaking of themselves ("I deleted the wrong index at 15:02 because …", "we forgot
    // the search team") name no one else: 14 of the 18 labelled lines where "we" failed are blameless.
    if (!word || FIRST_PERSON.has(word) || /^(?:i'm|i've|i'd|i'll|we're|we've|we'd|we'll)$/u.test(raw) || cappedPlurals.has(word)) continue;
    // ("last year's peak", "today's release": a time owns nothing a person did.)
    // ("Our show control vendor's licence server": another company's things are things.)
    if (possessive && COMPANY_OWNER.test(raw)) continue;
    if ((possessive && !thingOwners.has(word) && !TIME_OWNER.test(word)) || names.has(word) || PERSON_PRONOUNS.has(word) || ROLE_NOUNS.has(word) || GROUP_NOUNS.has(word)) return true;
    if (/^(?:his|her|hers|their|theirs|our|my|your|yours|team|teams)$/u.test(word) || (NAME_TAGS.has(lexiconTag(word)) && !acronyms.has(word) && !THING_DETERMINER.test(after))) return true;
    // "Right now nobody is responsible", "who will be held accountable?": talk of who is to answer for it.
    if (/^(?:who|whom|whose|whoever|nobody|anybody|anyone|someone|somebody|everyone|everybody|people|person|individuals?|accountab\p{L}*|responsib\p{L}*|culprits?|staff|employees?|colleagues?|agents?|supervisors?|managers?|humans?)$/u.test(word)) return true;
    if (word.includes('-') && word.split('-').some((part) => ROLE_NOUNS.has(part))) return true;
  }
  // A capitalised word the tagger does not know may be a name ("Priya deployed …"); one it knows as
  // another kind of word is not ("Why do the stub tokens never expire?").
  // ("… stopped accepting in March": a month after its preposition, though the lexicon knows no "march".)
  const withoutMonths = sentence.replace(/\b(in|since|until|till|by|from|before|after|of|early|late|mid|last|next|this)(\s+)(?:March|May)\b/gu, '$1$2month');
  // ("5 Whys #4 — why did fermentation run long?": the method's name, not a person's.)
  for (const [, word, next] of withoutMonths.replace(/\b(?:\d+|five)\s+Whys\b/giu, 'five whys').matchAll(/(?:^|\s)(\p{Lu}\p{Ll}+)\b(?:\s+(\p{Ll}[\p{Ll}-]*))?/gu)) {
    const tag = lexiconTag(word.toLowerCase());
    if (NAME_TAGS.has(tag)) return true;
    // ("Scanner firmware hangs when …": a capital that starts a sentence, before the noun it qualifies.)
    if (!tag && next && isCompoundHead(next)) continue;
    // ("Validation only checked vertex count", "Payments has had …": nor is a word made a noun by its
    // ending; here a gerund too, "Ticketing".)
    if (!tag && (nounByEnding(word) || (word.length > 5 && /ing$/u.test(word)))) continue;
    // ("Possibly; a soak test would have shown it": an adverb the lexicon lists only as "possible".)
    if (!tag && !['Adverb', 'Adjective', 'Verb', 'Preposition', 'Conjunction', 'Determiner'].some((kind) => tokenize(word)[0]?.tags.has(kind))) return true;
  }
  return false;
}

/**
 * The sentence with its first clause about a person, a role or a group said without them ("Ravi
 * pushed the config to prod" → "The config was pushed to prod"), whatever the act; null when no such
 * clause can be restated. For a sentence the blame model found and no rule explained.
 */
export function restatedWithoutPeople(sentence: string, people: PeopleIndex): { text: string; group: boolean } | null {
  const found = personFailure(sentence, tokenize(sentence), people, true);
  if (found?.clause === NOTHING_TO_KEEP) return null;
  return found && { text: withClauseRewritten(sentence, found), group: found.kind === 'group' };
}

/** The sentence with the clause `found` covers replaced by its rewrite, capitalised only at the start. */
function withClauseRewritten(sentence: string, found: ClauseRewrite): string {
  const before = sentence.slice(0, found.start);
  let after = sentence.slice(found.end);
  // ("Chloe messed up the SSO config and locked all 60 linguists out": what the thing that went wrong did next,
  // "Something went wrong with the SSO config, which locked …"; "… and locked" had no subject left.)
  if (found.clause.startsWith(`${WENT_WRONG} with `)) after = after.replace(/^\s+and\s+(?=(?:\p{L}+ed|took|broke|brought|kept|sent|put|left|knocked|shut|cut)\s)/u, ', which ');
  return `${before}${before.trim() ? uncapitalise(found.clause) : capitalise(found.clause)}${after}`;
}

export function personFailureRewrite(sentence: string, people: PeopleIndex): Rewrite | null {
  if (!mayNamePeople(sentence, people) || AS_ANYONE_WOULD.test(sentence)) return null;
  // "It was Mateus who disabled the rate limiter": the same sentence without the cleft.
  // ("Of course it was the new guy in payroll ops who …": an aside before the cleft goes with it; a thirty-first reader
  // found the cleft kept.)
  const cleft = /^(\s*)(?:(?:of\s+course|naturally|obviously|predictably|surprise,?\s+surprise|once\s+again|again|yet\s+again),?\s+)?it\s+was\s+(.+?)\s+who\s+(.+)$/iu.exec(sentence);
  if (cleft && subjectKind(tokenize(cleft[2]), people) !== 'thing') {
    const plain = personFailureRewrite(`${cleft[1]}${cleft[2]} ${cleft[3]}`, people);
    if (plain) return plain;
    // (After an aside, "Of course it was …", the cleft singles out whoever it was even for a plain act: restated.)
    // (Not credit: "Of course it was Tom who found the root cause.")
    const credit = /^(?:found|fixed|caught|spotted|saved|resolved|noticed|solved|restored|diagnosed|rescued|recovered|flagged|raised|reported|escalated|stayed|helped|stepped)\b/iu.test(cleft[3]);
    const forced = cleft[0].trimStart().toLowerCase().startsWith('it') || credit ? null : restatedWithoutPeople(`${cleft[2]} ${cleft[3]}`, people);
    if (forced) return { kind: 'person-failure', message: 'Saying who it was, after "of course", singles them out. Say what happened and what allowed it.', text: `${cleft[1]}${capitalise(forced.text)}` };
  }
  const tokens = tokenize(sentence);
  const found = personFailure(sentence, tokens, people);
  if (!found) return null;
  // ("… had no field for them, so they never reached the site manager's view": "they" are the things
  // just named, and what never arrived is theirs.)
  if (/^they$/iu.test(found.subject) && /^(?:never\s+)?(?:reached|arrived|appeared|loaded|synced|propagated|landed|rendered|expired|showed\s+up)\b/iu.test(found.phrase)
    && /\b(?:for|of|to|with|from)\s+them\b|\b(?:the|these|those)\s+[\p{L}-]+s\b/iu.test(sentence.slice(0, found.start))) return null;
  // ("'failed' in the alarm log means the sensor read failed, not that staff failed to respond": a reading ruled out.)
  if (/\bnot\s+that\s+$/iu.test(sentence.slice(0, found.start))) return null;
  // "The screen has since been redesigned because three trained operators misread it": the same slip by
  // several people, given as the reason for a redesign, is evidence about the design.
  if (found.kind === 'group' && /^(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s/iu.test(found.subject)
    && /\b(?:redesigned|reworked|relabell?ed|rebuilt|changed|replaced|simplified)\s+(?:\p{L}+\s+){0,3}because\s+$/iu.test(sentence.slice(0, found.start))) return null;
  const kind = found.judgement ? 'blame-word' : found.kind === 'group' ? 'group-blame' : 'person-failure';
  const message = found.judgement
    ? `“${found.phrase}” judges a person. Describe the condition that allowed the problem.`
    : found.kind === 'group'
      ? `“${found.subject}” is blamed as a group. Say what happened and what allowed it.`
      : `“${found.subject}” is the subject of a failure (“${found.phrase}”). Say what happened and what allowed it, not who did it.`;
  if (found.clause === NOTHING_TO_KEEP) {
    // "Bob was careless and should have tested it", "honestly the night ops guys are just lazy, nobody
    // looked at the alarm": the judgement goes and what the sentence goes on to say stays (the next
    // rules restate it); else there is nothing to keep.
    const before = sentence.slice(0, found.start);
    // (After "and", only hindsight the next rules restate: "… and got hit by a CVE" has no subject left;
    // after a comma, a clause of its own: not "so the tests passed".)
    const joint = /^\s*(?:[,;]\s*(?:and\s+)?(?=(?:should|could|would|ought|must|might)\b)|[,;]\s*(?!(?:so|and|but|because|which|who|whose|as|since|then|yet|or)\b)|\s+and\s+(?=(?:should|could|would|ought|must|might|it|this|that|they|there|the|nothing|nobody|no\s+one)\b))(?=\S)/iu.exec(sentence.slice(found.end));
    if (!joint || !/^(?:\s*|.*[:–—-]\s*|\s*(?:honestly|frankly|tbh|so|well|ok|look)[,\s]*)$/iu.test(before)) return { kind, message, text: sentence, unrewritten: true };
    const rest = sentence.slice(found.end + joint[0].length);
    return { kind, message, text: `${before}${before.trim() && !/[:–—-]\s*$/u.test(before) ? rest : capitalise(rest)}` };
  }
  return { kind, message, text: withClauseRewritten(sentence, found) };
}


/** Acts that, done by someone and said in the passive, point at them ("was removed by Fatima"). */
const PASSIVE_BLAME_VERBS = new Set([...FAILURE_VERBS, 'trigger', 'overwrite', 'wipe', 'delete', 'remove', 'disable', 'kill', 'drop']);

/**
 * "The retry limit was removed by Fatima during a refactor": the passive names who did a harmful
 * act; the rewrite keeps the act and drops "by <person>". Left alone when the thing was clutter
 * ("the stale flag was removed by Bob").
 */
export function passiveByPerson(sentence: string, people: PeopleIndex): Rewrite | null {
  if (!/\bby\b/iu.test(sentence) || !mayNamePeople(sentence, people)) return null;
  const tokens = tokenize(sentence);
  for (let by = 2; by < tokens.length - 1; by += 1) {
    if (tokens[by].lower !== 'by') continue;
    let at = by - 1;
    // "was kicked off by", "was rolled out twice by": the participle is before its particle and adverbs.
    while (at > 0 && (tokens[at].tags.has('Adverb') || PARTICLES.has(tokens[at].lower) || /^(?:twice|again|once)$/u.test(tokens[at].lower))) at -= 1;
    const participle = tokens[at];
    // "wasn't followed by Gustavo", "was not reviewed by the lead": what a person did not do.
    const negated = at > 1 && (tokens[at - 1].tags.has('Negative') || tokens[at - 1].lower === 'not');
    // ("were, once again, not verified by": an aside between the verb and its "not".)
    let beAt = negated ? at - 2 : at - 1;
    while (negated && beAt > 0 && /^(?:once|again|also|still|yet)$/u.test(tokens[beAt].lower)) beAt -= 1;
    const be = tokens[beAt];
    // "was run by": an irregular participle the tagger took for a noun is still one.
    const isParticiple = participle.tags.has('Verb') || /(?:ed|en)$/u.test(participle.lower) || (!participle.tags.has('Adjective') && participleOf(infinitiveOf(participle.lower)) === participle.lower && pastOf(infinitiveOf(participle.lower)) !== `${participle.lower}ed`);
    if (!be || !/^(?:was|were|got|been|is|are)(?:n['’]t)?$/u.test(be.lower) || !isParticiple) continue;
    // "caused by Priyanka's unauthorised change": the change caused it; whose it was goes.
    if (/^(?:cause|trigger|introduce|start)$/u.test(infinitiveOf(participle.lower))) {
      // "was not caused by Ana's change" clears her.
      if (negated) continue;
      const owner = /^(\s*)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)['’]s\s+(?=\S)/u.exec(sentence.slice(tokens[by].end));
      const ownerTokens = owner ? tokenize(owner[2]) : [];
      if (owner && ['person', 'group', 'maybe-person'].includes(subjectKind(ownerTokens, people))) {
        const rest = sentence.slice(tokens[by].end + owner[0].length);
        return {
          kind: subjectKind(ownerTokens, people) === 'group' ? 'group-blame' : 'person-failure',
          message: `“${owner[2]}'s” points at whose act it was. Say what happened and what allowed it, not who did it.`,
          text: fixArticles(`${sentence.slice(0, tokens[by].end)} ${isPluralNoun(rest) ? '' : `${indefiniteArticle(rest)} `}${rest}`),
        };
      }
    }
    // A harmful act, or any act done in spite of a warning ("merged by Tomasz with every check still red").
    const harmfulSubject = /\b(?:that|which)\s+(?:broke|crashed|caused|took\s+down|corrupted|wiped|deleted|leaked)\b/iu.test(sentence.slice(0, be.start));
    if (!negated && !PASSIVE_BLAME_VERBS.has(infinitiveOf(participle.lower)) && !harmfulSubject && !OMISSION_MARKERS.test(sentence.slice(tokens[by].start))) continue;
    // "The stale flag was removed by Bob": clearing clutter is no failure.
    if (/^(?:remove|delete|drop|disable|kill|wipe)$/u.test(infinitiveOf(participle.lower)) && tokens.slice(0, at).some((t) => /^(?:stale|unused|obsolete|old|temporary|duplicate|orphaned|dead)$/u.test(t.lower))) continue;
    const whoEnd = nounPhraseEnd(tokens, by + 1);
    const who = tokens.slice(by + 1, whoEnd);
    const kind = subjectKind(who, people);
    if (kind === 'thing' || kind === 'no-one' || who.length === 0) continue;
    // "was not touched by anyone": no one is meant.
    if (negated && /^(?:any|anyone|anybody|no|nobody|none)$/u.test(who[0].lower)) continue;
    // "was not validated by the lab team because the manufacturer classified it as …": why not, and it was not them.
    const reason = negated ? /\b(?:because|since)\s+(\S+(?:\s+\S+){0,2})/iu.exec(sentence.slice(tokens[whoEnd - 1].end)) : null;
    if (reason && !mentionsPeopleIn(reason[1], people)) continue;
    // (The aside goes with who: that it happened before is said after the rewrite, as for any "again".)
    const cut = (sentence.slice(0, tokens[by - 1].end) + sentence.slice(tokens[whoEnd - 1].end)).replace(/,\s*(?:once\s+again|yet\s+again|again),\s*/iu, ' ');
    return {
      kind: kind === 'group' ? 'group-blame' : 'person-failure',
      message: `“by ${text(who)}” points at who did it. Say what happened and what allowed it, not who did it.`,
      text: cut,
    };
  }
  return null;
}
