/**
 * The blameless check over one piece of text (DESIGN.md section 2, stage 6): each sentence that
 * blames, judges or speaks with hindsight is one finding, with the kind of problem, why, and the
 * sentence rewritten so that it keeps its meaning, names no one and carries no blaming word. The
 * panel shows the rewrite before it is applied; applying it replaces exactly the sentence.
 */
import { knownWord, mentionsPeopleIn, peopleIndex, withMentioned, type PeopleIndex } from './clause';
import { blameWords, personGivenAsCause } from './blame-words';
import { counterfactual, hindsightAdverb, modalPerfect } from './hindsight';
import { idiomRewrite } from './idioms';
import { loneRepetition } from './implied-blame';
import { attribution } from './attribution';
import { namedActs } from './named-acts';
import { ranking } from './rankings';
import { garbledRestatement } from './grammar';
import { withErrorVerdictsMerged } from './error-verdict';
import { modelFinding, withoutAsides } from './model-finding';
import { CLEARED, modelAllowsRule, modelFinds, modelKnows, modelMayJudge, saysBlamelessly, unturnedThanks } from './model/model';
import { BLAME_ONLY, COMPANY_OWNERS, CONTEXT_SOUGHT, OUTCOME_ON_SOMEONE, GROUP_NOUNS, MOCKING_ASIDES, PERSON_PRONOUNS, PUNISHMENT, ROLE_NOUNS, TITLES } from './lexicon';
import { alternationOf, escapeRegExp, gerundOf, infinitiveOf, tokenize, type Token } from './words';
import { actExplainedBySystem, clauses, mayNamePeople, passiveByPerson, personFailureRewrite, restatedWithoutPeople } from './person-failure';
import { unlessOnlyMentioned, type BlameKind, type Rewrite } from './rewrite';
import { mentionedNames, spellOut } from './spelling';

export interface TextMatch {
  start: number;
  end: number;
  /** The sentence as written. */
  text: string;
  kind: BlameKind;
  message: string;
  /** The sentence rewritten; replaces exactly `text`. */
  suggestion: string;
  /** No rewrite is suggested: none of the rewrites tried was English that passes the check (grammar.ts, model-finding.ts). */
  noSuggestion?: boolean;
}

/** Longest text scanned in one piece; longer text is scanned sentence by sentence all the same. */
const MAX_SENTENCE_CHARS = 600;
/** A sentence is rewritten at most this many times (one problem at a time). */
const MAX_STEPS = 6;

/** Abbreviations whose stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|a\.m|p\.m|etc|vs|approx|incl|cf|no|fig|mr|mrs|ms|dr)\.$/iu;

/**
 * Sentences of `text` with their offsets: a run of . ! ? ends one when a space, a closing quote or
 * the end follows (so "2.5" and "e.g." do not), and a line break always does.
 */
export function sentences(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) found.push({ start: start + lead, end: start + lead + trimmed.length });
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') {
      push(from, i);
      from = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && /[.!?"”’')]/u.test(text[end])) end += 1;
    if (end < text.length && !/\s/u.test(text[end])) continue;
    // (A closing ' ends a sentence only before a capital: "how 'who pushed this?' messages make …" goes on.)
    if (text.slice(i, end).includes("'") && /^\s*\p{Ll}/u.test(text.slice(end))) continue;
    // ("… at 2 a.m. Really appreciate it.": a time's or a list's stop before a capital ends the sentence too.)
    const abbreviated = text.slice(Math.max(from, i - 8), i + 1);
    if (ch === '.' && ABBREVIATION.test(abbreviated) && !(/(?:a\.m|p\.m|etc)\.$/iu.test(abbreviated) && /^\s+\p{Lu}/u.test(text.slice(end)))) continue;
    // ("she just... didn't.": an ellipsis before a word that goes on the clause is a pause, not an end.)
    const ellipsis = text[i - 1] === '.' || text[i + 1] === '.';
    if (ellipsis && /^\s*(?:didn['’]t|did|does|doesn['’]t|wasn['’]t|was|were|weren['’]t|is|isn['’]t|and|or|but|then|never|not|just)\b/u.test(text.slice(end))) continue;
    // ("H.T. deployed …": initials with stops, then a word in lower case, go on.)
    if (ch === '.' && /(?:^|[\s(])(?:\p{Lu}\.){2,3}$/u.test(text.slice(Math.max(from, i - 8), i + 1)) && /^\s+\p{Ll}/u.test(text.slice(end))) continue;
    push(from, end);
    from = end;
    i = end - 1;
  }
  push(from, text.length);
  return found;
}

type Step = (sentence: string, people: PeopleIndex) => Rewrite | null;

/**
 * Whether a rewrite still points at people ("one person", "he", "the DBA", "the mobile team", "you")
 * or says only that "something" was done: not a rewrite worth offering for a sentence the model found.
 */
/**
 * Whom a thing was sent to ("Candidate emails went to the wrong hiring managers"): people it reached,
 * no doers of the act.
 */
const SENT_TO = /\b((?:went|gone|sent|emailed|mailed|routed|delivered|forwarded|shown|displayed|texted|paged)\s+(?:out\s+)?to)\s+(?:(?:the|all|our|every|some)\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?=\s*(?:[,.;:!?]|$)|\s+(?:because|and|but|when|after|before|while|since|as|at|on|in|by|until|instead|which|who)\b)/giu;

function pointsAtPeople(text: string): boolean {
  if (/^\s*(?:\S+\s+)?something\s+was\b/iu.test(text) || /\bone\s+person\b/iu.test(text)) return true;
  return namesRoleOrGroup(text.replace(SENT_TO, '$1 them')) || wordsOf(text).some((word) => PERSON_PRONOUNS.has(word) || /^(?:his|hers|himself|herself|themselves|your|yours|u|ur|guy)$/u.test(word))
    || namesUnlisted(tokenize(text));
}

/** A name the incident did not list ("Marisol to attend …"): a capitalised word the tagger knows as a person's. */
function namesUnlisted(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.tags.has('Person') && /^\p{Lu}/u.test(t.text));
}

/**
 * Whether the rewrite keeps the word that did the act in the original, a capitalised word the
 * lexicon does not know followed by a verb in the past ("Priya pushed straight to main again." →
 * "Priya pushed straight to main."): a name the incident did not list.
 */
function keepsActor(rewrite: string, original: string): boolean {
  if (keepsOwnerName(rewrite, original)) return true;
  const tokens = tokenize(original);
  return tokens.some((t, i) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !knownWord(t.lower) && tokens[i + 1]?.tags.has('PastTense') && !tokens[i + 1].tags.has('Auxiliary') && !tokens[i + 1].tags.has('Copula')
    && new RegExp(`(?<![\\p{L}])${t.text}(?![\\p{L}])`, 'u').test(rewrite));
}

/** Whether the rewrite keeps an unlisted name's possessive from the original ("Mateo's quick fix …"). */
function keepsOwnerName(rewrite: string, original: string): boolean {
  return [...original.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+)['’]s\b/gu)].some(([whole, name]) => !knownWord(name.toLowerCase()) && rewrite.includes(whole));
}

const tidy = (text: string) => text.replace(/\b([ap])\.m(?![.\p{L}])/gu, '$1.m.').replace(/\s{2,}/gu, ' ').replace(/\s+([,.;:!?])/gu, '$1').replace(/([?!])\.(?=\s|$)/gu, '$1');

/**
 * Reproach a rule's rewrite kept once the blame went: "…, well done 👏", "… lmao", ", which says
 * enough", ", like everyone else does", "; we all know better than that", "nobody on the infra team"
 * (readers still found someone pointed at).
 */
const LEFT_REPROACH: readonly [RegExp, string][] = [
  [new RegExp(String.raw`(?:[\s,;:—–-]+(?:${MOCKING_ASIDES}|classy)\b)+(?=(?:\s*\p{Extended_Pictographic}\uFE0F?)*\s*[.!?]*\s*$)`, 'iu'), ''],
  [/(?:\s*\p{Extended_Pictographic}\uFE0F?)+(?=\s*[.!?]*\s*$)/u, ''],
  [/,?\s+which\s+says\s+(?:enough|a\s+lot|it\s+all|everything|plenty)\b/iu, ''],
  // ("…, which tells you where their attention was": a twenty-eighth reader found it left after the rewrite.)
  [/,?\s+which\s+tells\s+(?:you|us)\s+(?:where|how|what|all)\b[^.!?]*/iu, ''],
  [/,?\s+if\s+(?:anyone|anybody|you)\s+wants?\s+to\s+thank\s+(?:him|her|them)\b/iu, ''],
  [/,?\s+so\s+(?:that\s+)?(?:everyone|everybody|we\s+all|people|the\s+whole\s+\w+)\s+knows?\s+who\s+to\s+(?:thank|blame)\b[^.!?]*/iu, ''],
  // ("Waiting for the second approval like everyone else did not happen": the comparison goes, the template stays.)
  [/,?\s+(?:just\s+)?like\s+(?:everyone|everybody|every\s+other\s+[\p{L}-]+|the\s+rest\s+of\s+us)(?:\s+else)?(?=\s+did\s+not\s+happen\b|\s*[;.]|\s*$)/iu, ''],
  [/,?\s+(?:just\s+)?like\s+(?:everyone|everybody|every\s+other\s+[\p{L}-]+|the\s+rest\s+of\s+us)(?:\s+else)?\s+(?:does|did|do|has|had)\b/iu, ''],
  [/\s*[;,—–-]\s*(?:and\s+)?(?:we\s+all|everyone|everybody|anyone)\s+knows?\s+better(?:\s+than\s+that)?\b[^.!?]*/iu, ''],
  [/\b(nobody|no\s*-?\s*one)\s+(?:on|in|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:team|squad|crew|group|side|desk)\b/iu, '$1'],
  // ("It's a contributing factor, plain and simple.", "Plain and simple; the alert was overridden": the
  // verdict's flourish, left after the verdict went; an eighteenth reader found it.)
  [/\s*[,;—–-]\s*plain\s+and\s+simple(?=\s*[.!?;]|\s*$)/iu, ''],
  // (Twenty-third reader: "…, period", "simple as that", "nobody there noticed", a leading "Typical," or "Honestly".)
  [/\s*[,;—–-]?\s+(?:period|full\s+stop|end\s+of\s+story|case\s+closed|simple\s+as(?:\s+that)?)(?=\s*[.!]*\s*$)/iu, ''],
  [/\b(nobody|no\s*-?\s*one)\s+there\b/iu, '$1'],
  // (Twenty-fifth reader: ", please own it", ", not our problem", "and everybody knows it", a leading "can we stop pretending this
  // was a 'systems issue',".)
  [/,?\s+(?:please|pls|plz)\s+own\s+(?:it|this|up)(?=\s*[.!]*\s*$)/iu, ''],
  // (Twenty-ninth reader: "…, but they could not be bothered", "the booking outage is priyas fault, <what happened>".)
  [/,?\s+but\s+(?:obviously\s+|clearly\s+|apparently\s+)?(?:they|he|she|nobody|no\s*-?\s*one)\s+(?:could\s+not|couldn['’]t|can['’]t|cannot)\s+be\s+bothered\b/iu, ''],
  [/^(\s*(?:(?:honestly|frankly|tbh|so|well|look|ok|okay)[,:]?\s+)*)((?:the|this|that)\s+[^,;:]{1,60}?)\s+(?:is|was)\s+(?:all\s+|entirely\s+|completely\s+)?(?:his|her|their|\p{L}+['’]?s)\s+fault(?:\s*,\s*(?:plain\s+and\s+simple|full\s+stop|period))?\s*[,;:—–-]\s*(?=\S)/iu, '$1$2 happened because '],
  // (Twenty-ninth reader: "…, shocking nobody", "…, to nobody's surprise".)
  [/,?\s+(?:shocking|surprising)\s+(?:nobody|no\s*-?\s*one|absolutely\s+no\s*-?\s*one)(?=\s*[.!,;]|\s*$)|,?\s+to\s+(?:nobody|no\s*-?\s*one)['’]s\s+surprise(?=\s*[.!,;]|\s*$)/iu, ''],
  // (Twenty-sixth reader: how little it was, after a miss: ", it's a one-line null check", ", it was like three lines",
  // ", its literally line 3", ", that's basic stuff", "lol, basic stuff", ", I'd bet money on it".)
  [/,\s*(?:it['’]?s|it\s+is|it\s+was|its)\s+(?:literally\s+|like\s+|just\s+|only\s+)*(?:(?:a\s+)?(?:one|two|three|four|five|\d+)[\s-](?:lines?|liners?|characters?|words?)(?:\s+(?:diff|change|fix|pr|patch|null\s+check|check))?|line\s+\d+)(?=\s*[.!?]*\s*$)/iu, ''],
  [/,?\s+(?:(?:that['’]?s|thats|this\s+is|it['’]?s)\s+|lol,?\s+)?(?:really\s+|pretty\s+)?basic\s+stuff(?=\s*[.!]*\s*$)/iu, ''],
  [/,?\s+i['’]?d\s+bet\s+(?:money|my\s+\w+|good\s+money)\s+on\s+it(?=\s*[.!]*\s*$)/iu, ''],
  [/,?\s+(?:not\s+our\s+(?:problem|fault|issue)|not\s+on\s+us)(?=\s*[.!]*\s*$)/iu, ''],
  [/,?\s+and\s+(?:everybody|everyone|we\s+all)\s+knows?\s+it(?=\s*[.!]*\s*$)/iu, ''],
  [/^(\s*)(?:can|could)\s+we\s+(?:please\s+|pls\s+)?stop\s+pretending\s+(?:that\s+)?(?:this|it)\s+was\s+an?\s+['‘"“]?(?:system|systems|tooling|process|technical)\s+(?:issue|problem)['’"”]?\s*,\s*/iu, '$1'],
  // (Twenty-fifth reader: "…without telling anybody, like a cowboy.")
  [/,?\s+like\s+(?:a|an|some)\s+(?:cowboy|amateur|toddler|child|rookie|intern|idiot|clown)s?(?=\s*[.!]*\s*$)/iu, ''],
  [/^(\s*(?:[^:]{1,40}:\s*)?)(?:typical|classic|as\s+usual|as\s+always|like\s+always|honestly|frankly|tbh|seriously|ofc)\b[,.!]*\s+(?=\S)/iu, '$1'],
  [/^(\s*)plain\s+and\s+simple\s*[;,:—–-]\s*/iu, '$1'],
  // A verdict or an insinuation appended to what happened: ", typical junior", "; draw your own
  // conclusions", ", but the result speaks for itself", ", a very simple thing to check", ", a mistake a
  // more experienced engineer would not make", "; this is basic pharmacy hygiene", ", which is the first
  // thing anyone would do", "; it's one click", ", which is impressive for a 900-line diff", ", naturally".
  [/\s*[,;—–-]\s*(?:but\s+|and\s+)?(?:typical\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|draw\s+your\s+own\s+conclusions?|(?:the\s+)?results?\s+speaks?\s+for\s+itself|make\s+of\s+that\s+what\s+you\s+will|(?:that\s+)?says\s+it\s+all|enough\s+said|(?:which\s+is\s+)?a\s+(?:very\s+|really\s+|pretty\s+)?(?:simple|basic|trivial|obvious|rookie)\s+(?:thing|mistake|error|step|check)\b[^.!?;]*|a\s+mistake\s+(?:a|any|no)\s+[^.!?;]*?would(?:n['’]t|\s+not)?\s+make|(?:this|that|it)(?:['’]s|\s+is)\s+(?:basic|literally|just|only|really)\b[^.!?;]*|(?:which\s+is\s+)?the\s+first\s+thing\s+any(?:one|body)\s+would\s+do|it(?:['’]s|\s+is)\s+(?:one|a\s+single)\s+click|it\s+would\s+be\s+nice\s+to\s+hear\s+(?:them|it|why)\b[^.!?;]*|which\s+is\s+(?:impressive|remarkable|quite\s+something|some\s+going)\b[^.!?;]*|naturally|of\s+course|predictably|surprise,?\s+surprise)(?=\s*[.!?]*\s*$)/iu, ''],
];
/** "ran the purge job without bothering to read what it purges": the act not done stays, the reproach goes ("without reading"). */
const WITHOUT_BOTHERING = /\bwithout\s+(?:even\s+)?bothering\s+to\s+(\p{L}+)/giu;
const withoutLeftReproach = (text: string) => LEFT_REPROACH.reduce((out, [re, by]) => out.replace(re, by), text)
  .replace(WITHOUT_BOTHERING, (_m, verb: string) => `without ${gerundOf(infinitiveOf(verb.toLowerCase()))}`);

/**
 * Reproach taken out of the finished rewrite only (taken out earlier, "without even looking" would
 * become a shape another rule restates, and lose what was shipped).
 */
/** Scorn tagged onto what happened, after a comma or as a sentence of its own: "sure jan", "shocking, i know", "just saying". */
const SCORN_TAGS = String.raw`sure,?\s+jan|shocking,?\s+i\s+know|just\s+saying`;

const LAST_REPROACH: readonly [RegExp, string][] = [
  // More verdicts appended, as a ninth reader found them kept: ", well done guys", ", brilliant move",
  // ", amateur hour", " ffs", "; it's not rocket science", "; it would have taken five minutes", ", which
  // is becoming a pattern", "; I want a name", ", please be more careful", "; noting it for the manager".
  // (Only whole words: "during playoffs" keeps its "ffs".)
  [/\s*[,;:—–-]?\s*(?:and\s+)?(?<![\p{L}\d'’-])(?:(?:well\s+done|great\s+job|nice\s+work|good\s+job|great\s+work)\s+(?:guys|folks|team|all|everyone|people|lads)|(?:brilliant|genius|great|nice|bold|brave|classy|smart|clever)\s+move|amateur\s+hour|ffs|clearly|(?:it['’]s|it\s+is)\s+not\s+rocket\s+science|it\s+would\s+have\s+taken\s+(?:\w+\s+)?(?:minutes?|seconds?)|which\s+is\s+becoming\s+a\s+(?:pattern|habit|trend)|i\s+want\s+(?:a\s+name|names)|please\s+be\s+more\s+careful(?:\s+next\s+time)?|noting\s+(?:it|this)\s+for\s+(?:the\s+|her\s+|his\s+|their\s+)?[\p{L}-]+|i\s+(?:don['’]t|do\s+not)\s+understand\s+how\s+(?:this|that)\s+is\s+possible|a\s+dereliction\s+of\s+[^.!?;]*|(?:probably|presumably)\s+to\s+protect\s+[^.!?;]*|since\s+it\s+didn['’]t\s+stick|stop\s+\p{L}+ing\s+on\s+fridays|u\s+fix\s+it|what\s+a\s+surprise|who\s+(?:would\s+have|could\s+have|'?d\s+have)\s+(?:thought|guessed)|who\s+knew|go\s+figure)(?=\s*[.!?]*\s*$)/iu, ''],
  // (Fifteenth reader: ", sure jan", ", shocking, i know".)
  [new RegExp(String.raw`\s*[,;]\s*(?:${SCORN_TAGS})\s*([.!?]*)\s*$`, 'iu'), '$1'],
  // "AGAIN!@#": the cursing goes; withRecurrence says that it happened before.
  [/[,;]?\s*\bagain\s*[!@#$%&*?]{2,}/iu, ''],
  // Judgement inside the sentence: "hardcoded like an amateur", "escalate sooner like any reasonable
  // person would", "approved without even reading it", "without, it seems, having tested it in any
  // meaningful sense", "Not to point fingers, but …", "by "accident"", "courtesy of the quick fix".
  [/,?\s+like\s+an?\s+(?:amateur|rookie|beginner|child|toddler)\b/iu, ''],
  [/,?\s+like\s+any\s+(?:reasonable|competent|sensible|normal|decent)\s+(?:person|engineer|developer|human|tester|operator)\s+would(?:\s+have)?\b/iu, ''],
  [/\bwithout\s+(?:even|actually|so\s+much\s+as)\s+/iu, 'without '],
  [/\s+even\s+once\b/iu, ''],
  [/,\s*it\s+seems,\s*/iu, ' '],
  [/\s+in\s+any\s+(?:meaningful|real|serious)\s+(?:sense|way)\b/iu, ''],
  [/^(\s*(?:[^:]{1,40}:\s*)?)(?:not\s+to|i\s+(?:don['’]t|do\s+not)\s+want\s+to)\s+(?:point\s+fingers|blame\s+anyone|name\s+names),?\s+but,?\s+/iu, '$1'],
  [/\bby\s+["“'‘]accident["”'’]/iu, 'by accident'],
  [/\bcourtesy\s+of\b/iu, 'caused by'],
  // (Sixteenth reader: ", and it shows", ", basic stuff", ", because why would anyone follow the runbook".)
  [/,?\s+and\s+it\s+shows(?=\s*[.!?]*\s*$)/iu, ''],
  [/,?\s+(?:basic|elementary|simple)\s+stuff(?=\s*[.!?]*\s*$)/iu, ''],
  [/,?\s+because\s+why\s+would\s+any(?:one|body)\b[^.!?]*/iu, ''],
  // (Seventeenth reader: ", which tells you everything you need to know", ", which any senior engineer would know not
  // to do", "it was literally in the calendar".)
  [/,?\s+which\s+tells\s+you\s+(?:everything|all)(?:\s+you\s+need\s+to\s+know)?\b/iu, ''],
  [/,?\s+which\s+any(?:one|body|\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:would|should)\s+(?:know|have\s+known)\b[^.!?]*/iu, ''],
  [/\s+literally(?=\s+(?:in|on|the|a|an|right|there|one|two|three|written|printed|labelled|labeled)\b)/iu, ''],
  // (Seventeenth reader: "… the lb config imo did not happen".)
  [/\s+(?:imo|imho|tbh|fwiw|ngl|smh)(?=\s+did\s+not\s+happen\b|\s*[.!?]*\s*$)/iu, ''],
  // (Tenth reader: ", classic", ", unreal", ", which speaks for itself", ", as usual", a shouted
  // "AGAIN", "so of course"; "I don't want to point fingers, but" is with "Not to point fingers" above.)
  [/\s*[,;—–-]\s*(?:classic|unreal|which\s+speaks\s+for\s+itself|speaks\s+for\s+itself)(?=\s*[.!?]*\s*$)/iu, ''],
  [/,?\s+(?:as\s+usual|as\s+always|like\s+always|per\s+usual)\b,?/iu, ''],
  [/\s+AGAIN(?=\s*[.!?]*\s*$)/u, ''],
  [/\bso\s+of\s+course\b/iu, 'so'],
  [/\ban\s+ill-(?:considered|judged|advised)\s+(?=[^\P{L}aeiou])/iu, 'a '],
  [/\ba\s+ill-(?:considered|judged|advised)\s+(?=[aeiou])/iu, 'an '],
  [/\bill-(?:considered|judged|advised)\s+/iu, ''],
  // (Twelfth reader: "… signed off on knowing full well the load tests hadn't been run", "without testing it themselves".)
  [/,?\s+knowing\s+full\s+well\s+(?:that\s+)?/iu, ' although '],
  [/\s+(?:themselves|himself|herself)(?=\s*(?:[.,;!?]|$))/iu, ''],
  // (Thirteenth reader: ", which was a bad call on his part", "so naturally", "Somehow …", "coincides
  // nicely", ", who even approves the changes at this point".)
  [/,?\s+(?:which|that)\s+was\s+(?:a\s+)?(?:really\s+|very\s+|pretty\s+)?(?:bad|poor|terrible|wrong|questionable|dumb|stupid|careless|lazy|reckless)\s+(?:call|decision|choice|move|idea|judge?ment)(?:\s+on\s+(?:the|his|her|their|[\p{L}-]+['’]s)\s+part)?/iu, ''],
  [/\bso\s+(?:naturally|predictably|obviously|unsurprisingly)\b,?/iu, 'so'],
  [/^(\s*(?:[^:]{1,40}:\s*)?)somehow,?\s+/iu, '$1'],
  [/\b(?:conveniently|nicely|curiously|interestingly|suspiciously)\s+(coincid\w+)|\b(coincid\w+)\s+(?:nicely|conveniently|suspiciously|perfectly)\b/iu, '$1$2'],
  [/,\s*who\s+(?:even|actually)\s+(?:approves|reviews|checks|tests|reads|signs\s+off)\b[^.!?]*/iu, ''],
  // (Fourteenth reader: "cowboy-deployed", "to look good", a leading "smh", "surprise surprise" inside.)
  [/\bcowboy[-\s]?(\p{L}+ed)\b/iu, '$1'],
  [/\s+(?:just\s+)?to\s+look\s+good(?:\s+(?:in|at|for|on)\s+(?:the\s+|their\s+|his\s+|her\s+)?[^,.;!?]+)?/iu, ''],
  [/^(\s*(?:[^:]{1,40}:\s*)?)(?:smh|ffs|lol|ugh|sigh|wow|omg|welp)[,.!]*\s+/iu, '$1'],
  [/,?\s*(?:oh,?\s+and\s+)?surprise,?\s+surprise,?/iu, ''],
  [/,?\s+(?:even\s+)?(?:despite|in\s+spite\s+of)\s+being\s+(?:told|asked|reminded|warned|instructed)\b[^.!?;]*/iu, ''],
  [/,?\s+but\s+sure,?\s+(?:let['’]?s|we\s+can|go\s+ahead\s+and)\s+call\s+it\s+[^.!?]*/iu, ''],
  [/,?\s+(?:so\s+)?(?:fire|sack|punish|discipline|suspend)\s+(?:them|him|her|whoever)\b[^.!?]*/iu, ''],
  [/\s*\(\s*looking\s+at\s+you[^)]*\)|[,;—–-]?\s*looking\s+at\s+you,?\s+[\p{L}@' -]{1,30}[.!]?(?=\s*$)/iu, ''],
  [/^(\s*(?:[^:]{1,40}:\s*)?)(?:as\s+predicted|predictably|unsurprisingly|as\s+expected|of\s+course|naturally|surprise,?\s+surprise|wonderful|fantastic|brilliant|lovely|perfect|awesome|great|amazing|superb),\s+/iu, '$1'],
];
const withoutLastReproach = (text: string) => {
  // (Every caller tidies the spaces after; the leading ones are kept as they were, for the label before.)
  const out = LAST_REPROACH.reduce((acc, [re, by]) => acc.replace(re, by), text).replace(/^\s*/u, /^\s*/u.exec(text)?.[0] ?? '');
  // ("Somehow three … were missed" → "Three … were missed": a sentence that began with a capital still does.)
  return /^\s*\p{Lu}/u.test(text) ? out.replace(/^(\s*)(\p{Ll})/u, (_m, space: string, letter: string) => `${space}${letter.toUpperCase()}`) : out;
};

/**
 * Judgement a rewrite may not carry and no splice can take out ("an obvious regression", "ordinary
 * diligence was not exercised", "Because the job was not done", "Nobody reads the release notes",
 * "who should know better", "this incident is just the latest example", "basic stuff", "treated like a suggestion", "a lack of ownership", "rubber-stamping", "charge the outage cost to …", "redo onboarding"): the
 * sentence is left to its writer. (A ninth reader marked 45 of 300 rewrites as still judging.)
 */
export const JUDGEMENT_KEPT = /\b(?:somebody|someone)['’]s\s+involved\b|\band\s+knows\s+it\b|\b(?:basic|kindergarten|day-?one)\s+stuff\b|\bkindergarten\b|\btook\s+all\s+of\b|,?\s+and\s+here\s+we\s+are\b|^\s*oh\s+(?:great|good|wonderful|brilliant|perfect|joy|lovely)\b|\bfault\s+(?:is\s+)?of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:operators?|team|engineers?|crew|shift|staff|developers?|testers?|guy|lead|manager|ops|department)\b|\b(?:team|crew|department|group|staff)\s+(?:which|who|that)\s+(?:is|are)\s+(?:never|always|constantly)\b|\bthe\s+problem\s+is\s+(?:the\s+)?(?:rookies|juniors|newbies|people|operators|engineers|staff|contractors|interns|new\s+(?:hires|starters|joiners))\b|\bstops\s+being\s+(?:bad\s+)?luck\b|\btreated\s+(?:\S+\s+){1,6}?(?:like|as)\s+(?:a\s+|an\s+)?(?:suggestion|optional|joke|afterthought)\b|\bnot\s+pointing\s+(?:any\s+)?fingers\b[^.!?]*(?:🙃|😉|😏|🙄|👀)|\b(?:only|just)\s+clicking\b|\black\s+of\s+(?:ownership|care|discipline|professionalism|accountability|diligence)\b|\b(?:is|was)\s+(?:just\s+|only\s+|simply\s+)?(?:the\s+latest|another|one\s+more|yet\s+another)\s+(?:example|proof|instance|case|sign|symptom|reminder|demonstration)\b(?!\s+of\b)|\bhalf\s+(?:an?\s+)?(?:effort|job|arsed|hearted)\b|\bobvious(?:ly)?\b|\b(?:going|gone|gone\s+down|worked\s+out)\s+so\s+well\b|\blike\s+everyone\s+else\b|\blike\s+(?:every|any)\s+(?:sane|normal|competent|sensible|reasonable)\s+(?:person|engineer|human|dev|developer|operator)\b|\bjudge?ment\s+was\s+(?:poor|bad|terrible|questionable|lacking|awful)\b|\bthe\s+last\s+to\s+know\b|\bclearly\s+(?:inadequate|insufficient|wrong|negligent|careless|reckless|incompetent|unacceptable|sloppy)\b|\b(?:ordinary|basic|due|reasonable|proper)\s+(?:diligence|care|caution|attention)\b|\b(?:diligence|care|caution)\s+was\s+not\s+(?:exercised|taken|shown)\b|\b(?:the|their|his|her)\s+(?:whole\s+|one\s+|only\s+|own\s+)?jobs?\s+(?:was|were)\s+not\s+done\b|\b(?:nobody|no\s*-?\s*one)\s+(?:ever\s+)?(?:reads|checks|tests|listens|cares|bothers|looks|thinks)\b|\bwho\s+should\s+(?:know|have\s+known)\s+better\b|\brubber-?stamp\w*|\bput(?:ting)?\s+(?:as\s+much|more|any|enough|real)\s+effort\b|\bcharge\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}costs?\s+to\b|\b(?:redo|repeat|retake)\s+(?:the\s+|their\s+)?(?:onboarding|training|induction|certification)\b|\bmisplaced\s+confidence\b|\bconfidence\s+[^.;]{0,30}\bwas\s+misplaced\b|\b(?:who|which)\s+take\s+(?:very\s+)?long\s+lunches\b|\bwhoever\b|\b(?:doesn['’]t|don['’]t|didn['’]t|does\s+not|do\s+not|did\s+not)\s+(?:really\s+|even\s+)?care\b|\bnot\s+sure\s+(?:he|she|they)\s+cares?\b|\b(?:wasn['’]t|was\s+not|weren['’]t|were\s+not)\s+paying\s+(?:any\s+)?attention\b|\bsure\s+\p{L}+,\s+sure\b|\bserious\s+lapse\b|\bfor\s+once\b|\bheroic\b|\b(?:nobody|no\s+one)\s+should\s+be\s+surprised\b|\bliterally\s+(?:the|their|his|her)\s+job\b|\bwe\s+all\s+know\s+who\b|\battitude\b|\bconvenience\s+over\s+safety\b|\bhonestly\s+impressed\b|\bbeneath\s+(?:the|them|him|her)\b|\blike\s+any\s+(?:junior|intern|beginner|first-year)\b|\bso\s+badly\b|\bbefore\s+blaming\b|\battention\s+to\s+detail\b|\bcan['’]?t\s+judge\b|\bno\s+thanks\s+to\b|\bwhat\s+people\s+say\s+when\b|\bwithout\s+thinking\b|\bthe\s+rest\s+of\s+us\b|\bany(?:one|body)\s+with\s+(?:real|basic|any|half)\b|\ba\s+joke\b|\bfumbled\b|\bneglected\b|\b(?:not\s+acceptable|unacceptable)\b|\beveryone\s+knows\s+it\b|\bwhat\s+did\s+we\s+expect\b|\bspeed\s+over\b|\bfor\s+other\s+people\b|\bbecause\s+of\s+course\b|\bmost\s+basic\b|\blines?\s+up\s+neatly\b|\bone\s+of\s+our\s+(?:engineers|developers|staff|people|testers|operators)\b|\bguys\b|\bnot\s+to\s+(?:its|their|his|her)\s+author\b|\bgreat\s+job\b|\boptional\s+suggestion\b|\bare\s+strangers\b|\b(?:team|squad|office|department|folks)['’]s\b|\bto\s+be\s+fair\b|\b(?:nobody|no\s*-?\s*one|anyone|anybody)\s+who\s+(?:reads|read|checks|tests|looks|pays|listens|thinks|cares)\b|\bmatter\s+of\s+(?:concern|regret)\b|\bregrets?\s+that\b|\belementary\s+(?:step|check|precaution|mistake)\b|\bnot\s+taken\s+seriously\b|\bwas\s+a\s+(?:bad|poor|terrible|wrong|dumb|stupid)\s+(?:one|call|decision|choice|idea)\b|\bwho\s+(?:apparently\s+)?(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+do\s+(?:weekends|nights|mornings|evenings|holidays|on-?call)\b|\bthanks\s+to\s+the\s+(?:hard\s+)?work\s+of\b|\bon\s+vibes\b|\btoo\s+(?:hard|difficult|much)\s+for\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:team|folks|people|crew|squad)\b|\bsomething\s+was\s+(?:ignored|missed|skipped|forgotten|overlooked)\b|\b(?:responsibility|accountability)\s+(?:for\s+[^,.;]+\s+)?(?:sits|lies|rests|falls)\s+with\b|\btime\s+for\s+(?:a\s+)?(?:different|new|another)\s+(?:role|job|career|team)\b|\b(?:somebody|someone|they|he|she)\b[^.;]*\b(?:can['’]t|cannot)\s+(?:read|count|spell|follow)\b|\bnot\s+\p{L}+ed,\s+(?:it\s+was\s+)?ignored\b|\bnot\s+up\s+to\s+(?:it|the\s+(?:job|task))\b|\btreated\s+as\s+(?:a\s+|an\s+)?(?:loose\s+|mere\s+|polite\s+|friendly\s+|optional\s+)?(?:suggestion|guideline|rough\s+guide)\b|\bas\s+an\s+exercise\s+for\s+the\s+(?:user|reader|customer)\b|\bto\s+(?:impress|look\s+good\s+(?:for|in|to|at|on)|show\s+off)\b|\bavoidable\s+oversight\b|\bfor\s+any(?:one|body)\s+who\s+(?:cared|bothered)\s+to\b|\bif\s+(?:the|their|his|her)\s+(?:whole\s+|own\s+)?jobs?\s+had\s+been\s+done\b|\b(?:five|two|three|ten|a\s+few|\d+)\s+(?:minutes|seconds)\s+(?:were|was)\s+not\s+taken\b|\bdoing\s+(?:the|their|his|her)\s+(?:whole\s+|own\s+)?job\b|\b(?:the|teh)\s+ball\s+(?:was|got)\s+dropped\b|\b(?:down\s+to|because\s+of)\s+(?:the|our)\s+(?:[\p{L}-]+\s+){0,2}(?:shift|team|squad|crew|engineer|lead|admin|operator|tester|developer|dev)\b|\bjust\s+to\s+see\s+what\s+happens\b|\bleisurely\b|\bperformance\s+(?:issue|problem|matter)\b|\beverything\s+(?:they|he|she)\s+touch(?:es)?\b|\ba\s+rushed(?:,?\s+\p{L}+)?\s+job\b|\bresponsibility\s+is\s+(?:evenly\s+)?shared\b|\bzero\s+accountability\b|\btalk\s+about\s+consequences\b|\bto\s+(?:get|go)\s+home\s+early\b|\bto\s+leave\s+early\b|\bhold\s+(?:them|him|her|someone|somebody|people|whoever|those\s+responsible)\s+(?:accountable|responsible)\b|\b(?:treat|treats|treated)\s+(?:[^.;]{1,40}\s+)?as\s+(?:fiction|a\s+joke|decoration)\b|\bit\s+was\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:office|team|department|desk|crew|squad|shift|staff|folks|people|guys)\s+(?:that|who)\b/iu;

/** The role nouns as a regular-expression alternation, longest first. */
const ROLE_ALTERNATION = alternationOf(ROLE_NOUNS);

const ROLE_THEN_COMMA = new RegExp(`\\b(?:${ROLE_ALTERNATION})\\s*,`, 'iu');
/** A question after a person, a role or a warning that could have reached them, for an answer of no. */
const ASKED_AFTER_PEOPLE = new RegExp(String.raw`\b(?:who(?:se)?|any(?:one|body|\s+(?:individual|person|one|alert|alarm|warning|signal|indicator|check|sign))|individual|responsible|fault|a\s+(?:human|person|reviewer|tester)|the\s+(?:[\p{L}-]+\s+)?(?:${ROLE_ALTERNATION}))\b[^?]*\?\s*$`, 'iu');
const TITLE = `(?:(?:${TITLES})\\.?\\s+)?`;

/** A name's patterns, made once per name (a document's sentences name the same people again and again). */
interface NamePatterns { appositive: RegExp; addressed: RegExp; anywhere: RegExp; dropped: RegExp }
const namePatterns = new WeakMap<readonly string[], NamePatterns>();
function patternsFor(name: readonly string[]): NamePatterns {
  let made = namePatterns.get(name);
  if (!made) {
    const spelt = name.map(escapeRegExp).join('\\s+');
    made = {
      appositive: new RegExp(`(\\b(?:${ROLE_ALTERNATION}))\\s*,\\s*${TITLE}${spelt}\\s*,\\s*`, 'giu'),
      addressed: new RegExp(`^(\\s*)(?:(?:hi|hey|ok|okay|so|and)\\s+)?${spelt}\\s*[,:]\\s+(?=\\S)`, 'iu'),
      anywhere: new RegExp(`(?<![\\p{L}\\p{N}_])${TITLE}${spelt}(['’]s|(?<=s)['’](?!\\p{L}))?(?![\\p{L}\\p{N}_])`, 'giu'),
      // "review by Anjali let …", "human error (Ingrid)", "on Diego's part": the name goes with its preposition or brackets.
      dropped: new RegExp(`\\s+by\\s+${TITLE}${spelt}(?=[\\s.;:!?)]|$)(?!\\s*,\\s*who\\b)|\\s*\\(\\s*${TITLE}${spelt}\\s*\\)|\\s+on\\s+${TITLE}${spelt}['’]s?\\s+part\\b`, 'giu'),
    };
    namePatterns.set(name, made);
  }
  return made;
}

/**
 * The names whose every word is in the text, longest first: found from the text's words (most
 * sentences name none of the people, and a project can list hundreds).
 */
function namesIn(text: string, people: PeopleIndex): string[][] {
  const lower = text.toLowerCase();
  const found = new Set<string[]>();
  for (const [token] of lower.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
    const word = token.replace(/[.'’-]+$/u, '').replace(/['’]s$/u, '');
    // "ji-ho" is a name's word; "bob-approved" holds one.
    for (const candidate of new Set([word, ...word.split(/[-.]/u)])) {
      for (const name of people.byFirstWord.get(candidate) ?? []) {
        if (name.every((w) => lower.includes(w))) found.add(name);
      }
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/**
 * "The build engineer, Mr Connor Walsh, published …" read as "The build engineer published …": the
 * name set off after a role says who the role is; the role is the subject the rules restate, and
 * the rewrite loses the name with it.
 */
function withoutNamesAfterRoles(text: string, people: PeopleIndex): string {
  if (!ROLE_THEN_COMMA.test(text)) return text;
  let out = text;
  for (const name of namesIn(text, people)) out = out.replace(patternsFor(name).appositive, '$1 ');
  return out;
}

/**
 * A rewritten sentence names no one: a name left in a clause the rewrite kept ("Only Svetlana had
 * access to the vault, and …") becomes "one person". Only the names the incident knows are replaced.
 */
function withoutNames(text: string, people: PeopleIndex): string {
  let out = text;
  for (const name of namesIn(text, people)) {
    const { addressed, anywhere, dropped } = patternsFor(name);
    // "Tomasz, this is the third time …": a name the sentence is addressed to goes, not just its name.
    if (addressed.test(out)) out = out.replace(addressed, '$1').replace(/^(\s*)(\p{Ll})/u, (_m, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
    out = out.replace(dropped, '');
    // "Mr Connor Walsh": a title goes with the name it stands before; any other name becomes "one
    // person", which the check refuses to offer (grammar.ts): the writer is asked to restate it.
    out = out.replace(anywhere, (_m, possessive: string | undefined, offset: number) => {
      const atStart = /^\s*$/u.test(out.slice(0, offset)) || /[.!?]\s+$/u.test(out.slice(0, offset));
      return `${atStart ? 'One' : 'one'} person${possessive ? '’s' : ''}`;
    });
  }
  return out;
}

/** In order: the sentence-level templates first (they see the whole structure), single words last. */
const STEPS: Step[] = [
  (s, p) => idiomRewrite(s, p),
  (s, p) => counterfactual(s, p),
  (s, p) => modalPerfect(s, p),
  (s, p) => personFailureRewrite(s, p),
  (s, p) => passiveByPerson(s, p),
  (s, p) => namedActs(s, p),
  (s, p) => blameWords(s, p),
  (s, p) => attribution(s, p),
  (s, p) => ranking(s, p),
  (s, p) => hindsightAdverb(s, p),
];

/**
 * A label or time a post-mortem line often starts with ("10:42 ", "Timeline 14:05: ", "Root cause: ",
 * "5 Whys #3: "): not part of the sentence's grammar, so it is set aside while the sentence is read
 * and put back in front of the rewrite.
 */
const LINE_LABEL = /^(?:\s*(?:(?:timeline\s+)?(?:(?:at|around|about|by|~)\s*)?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:utc|gmt|z|[ap]\.?m\.?))?\s*[-–—:,]?\s+|(?:(?:[\p{Lu}\d]+-\d+\s+)?timeline(?:\s+for\s+[\p{L}\d-]+)?|root\s+cause|action\s+items?(?:\s*\((?:owner|assignee|due|dri)\s*:[^)]{1,40}\))?|action|decision\s+log|reviewer(?:\s+comment)?|note\s+for\s+[\w-]+|contributing\s+factors?|lessons?\s+learned|risk\s+assessment|process\s+effectiveness|defect\s+trends?|test\s+coverage\s+gaps?|qa\s+probe(?:\s+answer)?|impact|summary|analysis|hindsight|learnings?|takeaways?|(?:(?!(?:he|she|they|his|her|their)\s)[\p{Ll}-]+\s+|(?:hindsight|context|reviewer['’]s|editor['’]s|scribe['’]s|qa|process|design|timeline)\s+)?(?:notes?|observations?|remarks?)|follow-?up|5\s+whys(?:\s*[,\-–—]?\s*(?:why\s*)?#?\d+)?|why\s*#?\d+)\s*:\s+))+/iu;

/**
 * "Petra: thanks, everyone, for joining", a line of a meeting's transcript: who speaks is a label,
 * not the subject of what is said. Only one of the people, by name, followed by a colon.
 */
function speakerLabel(sentence: string, people: PeopleIndex): string {
  const m = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*:\s+(?=\S)/u.exec(sentence);
  return m && m[1].toLowerCase().split(/\s+/u).every((word) => people.words.has(word)) ? m[0] : '';
}

/**
 * "The carrier's RCA states: "…"", "An earlier draft said 'Emre should have seen this'": the words of
 * another document, quoted, are not the writer's. In single quotes only after a colon or when a
 * document says them ("Ravi said 'works on my machine'" is a person quoted, and judged).
 */
const RETRACTION = /\b(?:i|we)\s+(?:was|were)\s+wrong\b|\bcorrect(?:ing|ed)\s+(?:the\s+record|myself|ourselves|my\s+(?:note|summary|update)|our\s+(?:note|summary|update))\b|\b(?:i|we)\s+(?:wrongly|incorrectly|mistakenly)\s+(?:wrote|said|stated|claimed|reported)\b/iu;
const RETRACTED_CLAIM = /\b((?:i|we)\s+(?:wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:wrote|said|stated|claimed|reported)\s+(?:that\s+)?)[^.;!?]+/giu;
const REPORTED_QUOTE = /(\b(?:states?|stated|says|said|wrote|writes|reads|reported|reports|notes|noted|claims?|claimed)(?:\s+(?:in|at|during)\s+(?:the\s+)?(?:retro|review|meeting|call|standup|stand-up|debrief|post-?mortem|channel|thread|interview))?\s*:?\s*)(["“]|(?<=:\s*)['‘]|(?<=\b(?:in|at|during)\s+(?:the\s+)?(?:retro|review|meeting|call|standup|stand-up|debrief|post-?mortem|channel|thread|interview)\s+)['‘](?=\p{L})|(?<=\b(?:draft|report|rca|e-?mail|message|ticket|comment|note|doc|document|page|runbook|log|title|summary|version|changelog|commit|description|wiki|statement|notice|banner)(?:\s+(?:of|for|in)\s+(?:this|the|that|our)\s+\w+)?\s+\w+\s+)['‘](?=\p{L}))([^"”’]{3,}?)(["”]|['’](?=\s|$|[.,;]))/giu;

/**
 * ""Chinedu failed to test" could be "the migration was not covered"", "Can we change "the reporter
 * didn't give enough detail" to …", ""QA missed it" doesn't tell us anything": wording under
 * discussion, quoted in a sentence about how to say it, is mentioned, not said.
 */
// ("We keep calling this 'Hyun-woo's mistake' in the channel. It isn't.": a label people use, quoted to be dropped.)
const ABOUT_WORDING = /\b(?:keep|keeps|kept|stop|stopped|quit)\s+calling\s+(?:this|it|that)\s+["“'‘]|\b(?:take|taking|took|taken)\s+["“'‘][^"”'’]{2,40}["”'’]\s+out\s+of\b|\b(?:soften|reword|rephrase|rewrite|could\s+be|should\s+be|would\s+read|instead\s+of|rather\s+than|framing|wording|phrasing)\b|\b(?:drop|remove|delete|strike|cut)\s+["“'‘]|\bpush(?:ing|ed)?\s+back\s+(?:\p{L}+\s+)?on\s+["“'‘]|\b(?:questions?|phrases?|comments?|language|remarks?)\s+like\s+["“'‘]|\b(?:that|this|the|such\s+a)\s+question\s+(?:has|had|is|was|gets|got)\s+(?:no|not|never)\b|\bno\s+useful\s+answer\b|\b(?:it\s+is|it['’]s)\s+(?:easy|tempting)\s+to\s+(?:say|write|conclude)\b|\b(?:redirected|steered|reframed|turned|moved)\s+(?:it|that|this|the\s+(?:discussion|question|conversation|meeting|room|retro))\b|\b(?:asked|told)\s+(?:us|everyone|the\s+room)\s+to\s+focus\s+(?:instead\s+)?on\b|\b(?:to|can|could|should|may)\s+(?:say|admit)\s+["“'‘]|\b(?:saying|admitting)\s+["“'‘]|\bthe\s+(?:sentence|phrase|line|words?|claim)\s+["“'‘]|\b(?:removed|deleted|dropped|struck|cut)\s+["“'‘]|["”'’],?\s+(?:has|have|was|were)\s+been\s+(?:removed|deleted|dropped|struck|cut|reworded|rewritten|replaced)\b|\b(?:changed?|replaced?|reworded?|renamed?)\b[^.]{0,40}?\bfrom\s+["“'‘]|\b(?:change|replace|swap)\s+["“]|→|->|["”'’]\s+(?:doesn['’]t|does\s+not|isn['’]t|is\s+not|tells\s+us|says\s+nothing|explains\s+nothing|assigns\s+blame|blames|reads|sounds|is\s+(?:a|an|just|only|not))\b/iu;
const QUOTED = /(["“])([^"”]{3,}?)(["”])/gu;
/** Wording in single quotes: opened after a space and closed before one, so "didn't" is no quote. */
// (A possessive inside stays inside: "'Hyun-woo's mistake'".)
const SINGLE_QUOTED = /(^|[\s(:])(['‘])([^'’](?:[^'’]|(?<=\p{L})['’](?=(?:s|t|re|ll|d|ve|m)\b)){2,}?)(['’])(?=[\s.,;:!?)]|$)/gu;
/** Wording in single quotes that may hold an apostrophe ("'this is Darius's fault'"). */
const QUOTED_WITH_APOSTROPHES = /(^|[\s(:])(['‘])((?:[^'’]|(?<=\p{L})['’](?=\p{L})){3,}?)(['’])(?=[\s.,;:!?)]|$)/gu;
/**
 * Wording that names a thing or is a program's output: "the 'Whose fault?' column", "the site
 * showed 'fatal error: blame not found'". Mentioned, not said.
 */
const NAMING_QUOTE = /(["“]|(?<=^|[\s(])['‘])([^"”'’]{2,60}?)(["”]|['’])(?=\s+(?:column|field|heading|header|section|button|checkbox|option|dropdown|template|prompt|string|placeholder|toggle|setting|macro|filter|error|exception)s?\b)|(?<=\b(?:showed|shows|displayed|displays|printed|prints|emitted|emits|logged|logs|returned|returns|threw|throws|raised|raises|rendered|renders|(?:ends|ended|fails|failed|crashes|crashed|dies|died|exits|exited|errored|errors|aborts|aborted)\s+(?:in|with)|(?:form|template|field|box|report)\s+(?:asks|asked)\s+for\s+(?:the|an?)|labell?ed|titled|headed)\s+)(["“]|['‘])([^"”'’]{3,80}?)(["”]|['’])(?=[\s.,;:!?)]|$)/gu;
/**
 * A sentence that turns down what the one before it quoted: "We don't accept that framing", "That's the wrong
 * question", "Can we replace that with 'what made this hard to catch'?" (not with another who), "Suggest we ask
 * 'what's broken and who can help?' instead".
 */
const QUOTE_TURNED_DOWN = /^\s*(?:(?:but|and|so)\s+)?(?:we\s+(?:don['’]t|do\s+not|won['’]t|will\s+not|didn['’]t|did\s+not)\s+(?:accept|use|agree\s+with|buy|endorse|share)|we\s+reject|we\s+(?:are|were)\s+not\s+(?:recording|including|keeping|accepting|using|treating)\s+(?:that|this|it)\b|we\s+(?:don['’]t|do\s+not)\s+work\s+(?:that\s+way|like\s+that)|that['’]s\s+not\s+how\s+we\s+work|[\p{L}\s]{0,30}?\b(?:aren['’]t|isn['’]t|are\s+not|is\s+not)\s+the\s+(?:interesting|important|useful|real|right)\s+(?:part|question|point)|(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:the\s+wrong|not\s+(?:the|a|how|what|helpful|useful|fair|true)|unhelpful|unfair)|that\s+(?:framing|question|wording|phrasing|comment|line)\s+(?:is|was|has\s+been)|(?:it|that)\s+(?:explains|tells\s+us|says)\s+nothing|(?:no|wrong)\s+(?:one|question)|(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:both|simply|just)\s+)?(?:inaccurate|wrong|false|untrue|misleading|incorrect|not\s+what\s+happened)|(?:to\s+be\s+clear,?\s+)?(?:this|the|our)\s+(?:review|post-?mortem|document|retro(?:spective)?|write-?up)\s+is\s+not\s+about|to\s+be\s+clear\b|we\s+(?:disagree|disagreed|pushed\s+back|corrected\s+(?:that|this|it))|(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+an?\s+(?:design|process|system|systems|tooling|ui|ux|staffing|documentation|labell?ing)\s+(?:issue|gap|problem|flaw)|(?:i\s+)?(?:suggest|propose)\s+(?:that\s+)?we\s+(?:ask|say|use|write)\s+(?:['‘"“][^'’"”]{2,80}['’"”]\s+instead\b|['‘"“](?=what|how|which|where|when))|(?:can|could|should|shall)\s+we\s+(?:replace|swap|drop|remove|reword|rephrase|retire|change)\s+(?:that|this|it|the\s+(?:question|field|wording))\b(?![^.?]*\b(?:who|whose)\b))\b/iu;
/** "… reads as blame", "… assigns blame": in a sentence about wording, what the wording does, not blame laid. */
const READS_AS_BLAME = /\b((?:reads?|read\s+(?:it|this|that)|sounds?|comes?\s+across|could\s+be\s+read)\s+(?:as|like)\s+|(?:assigns?|lays?|places?)\s+)(?:blame|blaming|finger-pointing|an?\s+accusation|pointing\s+(?:fingers|(?:a\s+finger\s+)?at\s+(?:someone|somebody|people|a\s+person|them|him|her)))\b/giu;

/**
 * A finding of the rules that read a word or a shape wherever it stands: a blame word or idiom
 * (blame-words.ts, idioms.ts), a hindsight modal (hindsight.ts), a person or a group as the subject of
 * a failure (person-failure.ts). On the 36 sets 160–195, run through the commits that measured them,
 * they alone found 65 of the 69 blameless lines the rules flagged, 38 of them scored under 0.1 by the
 * model, and 693 blameful lines, none scored that low; the narrower rules (an insinuation, a
 * punishment, "by <person>", "individual failings", a count) flagged 4 and are not gated; nor is a named
 * error verdict ("human error", "operator error": 49 of those findings on blameful lines, 1 on a blameless one).
 */
const BROAD_READING = /^“(?![^”]*error)[^”]*” (?:judges with hindsight\. Say what the process did not require or ensure|blames or judges people\. Describe the condition that allowed the problem|judges people\. Describe what happened and the condition that allowed it|is blamed as a group\. Say what happened and what allowed it|is the subject of a failure \(“[^”]*”\)\. Say what happened and what allowed it, not who did it)\.$/u;
const isBroad = (message: string): boolean => BROAD_READING.test(message);

/**
 * The words of a broad reading's blame term the model has never seen ("Bob's mishandling": no labelled
 * sentence says "mishandling"): a low score on a sentence with such a word is no reading of it, and the
 * finding stands. Only a blame word's or a failure verb's own words count, not a name, a group's or a
 * hindsight modal (a team's domain words are new in every incident).
 */
export function termUnknownToModel(message: string): boolean {
  const failure = /^“([^”]*)” is the subject of a failure \(“([^”]*)”\)/u.exec(message);
  // (A possessive subject is quoted twice, "“Yusuf's refactor of the retry logic” … (“Yusuf's refactor …”)": no verb of its own.)
  const term = /^“([^”]*)” (?:blames or judges people|judges people)\./u.exec(message)?.[1] ?? (failure && failure[2] !== failure[1] ? failure[2] : undefined);
  if (!term || term.split(/\s+/u).length > 3) return false;
  return term.split(/\s+/u).some((w) => /^\p{Ll}[\p{Ll}-]{3,}$/u.test(w) && !modelKnows(w));
}
/** Whether every message of a finding (joined, as a TextMatch carries them) is a broad reading's. */
export const broadReading = (message: string): boolean => message.split(/(?<=\.) (?=“)/u).every(isBroad);

/**
 * The sentence judged by the rules, and, when they find nothing and `useModel`, by the blame model
 * (model-finding.ts): the rules know why and rewrite precisely; the model catches what they miss.
 */
export function analyseSentence(raw: string, known: PeopleIndex, useModel = true, useRules = true): { kind: BlameKind; messages: string[]; rewrite: string | null } | null {
  const found = judgedSentence(raw, known, useModel, useRules);
  return found?.rewrite ? { ...found, rewrite: withPlace(withRecurrence(found.rewrite, raw), raw, known) } : found;
}

/**
 * A doer placed by "in", "on" or "at" ("The ops team in Rotterdam", "The night shift lead on Line 3", "An employee
 * at our Manila support centre"), then what they did: the place, with a capital or a number in it.
 */
const PLACED_DOER = /^((?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(in|on|at)\s+((?:(?:our|the)\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}-]*)(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}-]*)*(?:\s+(?:support\s+)?(?:centre|center|office|plant|site|warehouse|depot|yard|hub|branch|store|clinic|lab|facility|line|floor|desk|terminal|station))?)(?=\s*,|\s+(?:\p{Ll}+ly\s+)?(?:as|should|could|didn['’]t|did|had|has|have|was|were|is|are|never|just|forgot|left|let|took|ran|made|broke|sent|put|sat|kept|\p{Ll}+ed)\b)/u;

/**
 * The rewrite, still saying where when the doer it drops was placed: a thirty-second reader counted "in
 * Rotterdam", "on Line 3" and "at our Manila support centre" as facts lost with the team or role.
 */
function withPlace(rewrite: string, sentence: string, people: PeopleIndex): string {
  const label = LINE_LABEL.exec(sentence)?.[0] ?? '';
  const placed = PLACED_DOER.exec(sentence.slice(label.length));
  if (!placed || !mentionsPeopleIn(placed[1], people) || rewrite.includes(placed[3]) || (label && !rewrite.startsWith(label))) return rewrite;
  const body = rewrite.slice(label.length);
  if (/^(?:in|on|at)\b/iu.test(body)) return rewrite;
  // (After a label the body may go on in lower case, "Contributing factor: at Terminal 3, …".)
  const prep = label && /^\p{Ll}/u.test(body) ? placed[2] : `${placed[2].charAt(0).toUpperCase()}${placed[2].slice(1)}`;
  // (A name stays capitalised, "Postgres replication": only a word the sentence itself writes in lower case, or a
  // function word, goes down.)
  const first = /^\p{L}+/u.exec(body)?.[0] ?? '';
  const lower = /^(?:the|a|an|there|it|this|that|these|those|nobody|no|nothing|something|some|its|their|our)$/iu.test(first) || new RegExp(`\\b${first.toLowerCase()}\\b`, 'u').test(sentence);
  return `${label}${prep} ${placed[3]}, ${lower ? `${body.charAt(0).toLowerCase()}${body.slice(1)}` : body}`;
}

/** "again", "once again", "as usual", "not for the first time": that it happened before, said of someone. */
const RECURRENCE = /\b(?:(?<!\b(?:opening|open|working|up|running|online|back|flowing|available|responding|normal|green|healthy|stable|moving|operational|live|accessible|reachable|turning|spinning|loading|passing|serving)\s+)again|as\s+usual|like\s+always|as\s+always|as\s+ever|per\s+usual|not\s+(?:for\s+)?the\s+first\s+time|for\s+the\s+(?:second|third|fourth|fifth|nth|umpteenth)\s+time|every\s+(?:single\s+)?time(?=\s*[.!]*\s*$))\b/iu;
const SAYS_RECURRENCE = /\b(?:again|before|repeatedly|recurr\w*|every\s+time|each\s+time|twice|(?:second|third|fourth|fifth|nth|umpteenth)\s+time|previous\w*|always|usual)\b/iu;

/**
 * The rewrite, still saying that it happened before when the sentence did: readers counted a dropped
 * "once again" as a fact lost. (The habit laid on a person goes; the recurrence stays.)
 */
function withRecurrence(rewrite: string, sentence: string): string {
  const own = sentence.replace(QUOTED, '').replace(SINGLE_QUOTED, '$1');
  if (!RECURRENCE.test(own) || SAYS_RECURRENCE.test(rewrite)) return rewrite;
  const body = rewrite.trimEnd();
  return `${body}${/[.!?]$/u.test(body) ? '' : '.'} This has happened before.${rewrite.slice(body.length)}`;
}

function judgedSentence(raw: string, known: PeopleIndex, useModel: boolean, useRules: boolean): { kind: BlameKind; messages: string[]; rewrite: string | null } | null {
  if (raw.length > MAX_SENTENCE_CHARS) return null;
  // "@sven broke staging": whoever a sentence @-mentions is a person, in the list of people or not.
  const people = withMentioned(known, mentionedNames(raw));
  const sentence = withoutNamesAfterRoles(spellOut(raw), people);
  const reported = sentence.replace(REPORTED_QUOTE, (_m, verb: string, open: string, _inner: string, close: string) => `${verb}${open}the report${close}`)
    // ("I was wrong in Monday's summary: I wrote that Callum skipped the sway check.": a claim taken back is mentioned, not made.)
    .replace(RETRACTION.test(sentence) ? RETRACTED_CLAIM : /(?!)/u, '$1the report');
  // ("… and it reads like pointing at someone": what wording does, in any sentence.)
  const unquoted = (ABOUT_WORDING.test(reported) ? reported.replace(QUOTED, '$1the wording$3').replace(SINGLE_QUOTED, '$1$2the wording$4') : reported).replace(READS_AS_BLAME, '$1judgement')
    .replace(NAMING_QUOTE, (_m, ...g: (string | undefined)[]) => (g[0] ? `${g[0]}the wording${g[2]}` : `${g[3]}the wording${g[5]}`));
  const ruled = useRules ? unlessOnlyMentioned(sentence, unquoted, (text) => analyseLabelled(text, people)) : null;
  // A broad reading the model reads as plainly blameless is not taken (RULE_FLOOR); the rules alone (useModel false) keep it.
  if (ruled && useModel && ruled.messages.every(isBroad) && !ruled.messages.some(termUnknownToModel) && !modelAllowsRule(raw, people)) return null;
  // A rule's rewrite, like the model's, is offered only if the model does not still find it
  // ("… the site tech, who was asleep."); else the writer is asked to restate the sentence.
  if (ruled?.rewrite && useModel && modelFinds(ruled.rewrite, people)) return { ...ruled, rewrite: null };
  // ("QA probe answer: …": the label's words name no one.)
  if (ruled || !useModel || !mayNamePeople(withThingsForThey(sentence.replace(LINE_LABEL, '')), people)) return ruled;
  return unlessOnlyMentioned(sentence, unquoted, (text) => {
    // The label ("14:02 - ", "Root cause: ") stays in front; the rest is restated. What a speaker
    // says is judged without who says it (their name is not the sentence's subject).
    const { label, body, speaker } = splitLabel(text, people);
    // (Once quoted wording is masked, the sentence may name no one at all.)
    if (text !== sentence && !mayNamePeople(text.replace(LINE_LABEL, ''), people)) return null;
    if (remedySaid(body, people) || actExplainedBySystem(body, people) || !modelFinds(speaker ? body : text, people)) return null;
    const found = modelFinding(body, people);
    // A rewrite is offered only if it passes the check itself; else the writer is asked to restate it.
    const rewrite = found.rewrites.map((r) => `${label}${tidy(withoutNames(withoutLastReproach(withoutLeftReproach(r)), people))}`)
      .find((r) => r !== text && !JUDGEMENT_KEPT.test(r) && offerable(r, text, people)) ?? null;
    return { kind: found.kind, messages: [found.message], rewrite };
  });
}

/**
 * The sentence's label (LINE_LABEL, else a speaker's name; '' when none, or when it would be all there
 * is), the rest, and whether the label is who speaks.
 */
function splitLabel(sentence: string, people: PeopleIndex): { label: string; body: string; speaker: boolean } {
  const line = LINE_LABEL.exec(sentence)?.[0];
  const found = line ?? speakerLabel(sentence, people);
  const label = found.length < sentence.length ? found : '';
  return { label, body: sentence.slice(label.length), speaker: Boolean(label) && line === undefined };
}

function analyseLabelled(sentence: string, people: PeopleIndex): { kind: BlameKind; messages: string[]; rewrite: string | null } | null {
  // ("It wasn't Leilani's mistake.": a person cleared is not blamed by the word that clears them.)
  if (CLEARED.test(sentence)) return null;
  // ("Root cause: the mobile team.": the label is what makes the team a cause.)
  const cause = personGivenAsCause(sentence, people);
  if (cause) return { kind: cause.kind, messages: [cause.message], rewrite: null };
  const { label, body: text } = splitLabel(sentence, people);
  if (label) {
    const body = analyseBody(text, people);
    if (!body?.rewrite) return body;
    // "Root cause: human error by …" keeps its lower-case start after the label.
    // "At 14:02 Priya pushed …": after a time said as a phrase the sentence goes on in lower case.
    const midSentence = /^\p{Ll}/u.test(text) || (/^\s*(?:at|around|about|by|~)/iu.test(label) && !/[-–—:]\s*$/u.test(label));
    const rewrite = midSentence ? body.rewrite.charAt(0).toLowerCase() + body.rewrite.slice(1) : body.rewrite;
    return { ...body, rewrite: `${label}${rewrite}` };
  }
  return analyseBody(sentence, people);
}

/** Words for a group of people a rewrite may still make the doer: "the infra team", "the backend folks", "the Kraków office". */
const GROUP_HEAD = /^(?:team|teams|squad|squads|folks|guys|office|department|crew|people|users|staff|engineers|developers|devs|testers|operators)$/u;

/**
 * Whether a role or a group is still the doer in a rule's rewrite: the subject of an active verb ("the
 * game servers team does not deploy …", "The mobile engineering team has released …") or the agent of
 * a passive ("… by the infra team", "… by someone who skimmed the diff"). A tenth reader marked such
 * rewrites as still pointing at someone; none is offered.
 */
export function roleStillActs(rewrite: string): boolean {
  if (/\bby\s+(?:someone|somebody|whoever)\b/iu.test(rewrite) || /^\s*(?:[^:]{1,30}:\s*)?you\s/iu.test(rewrite)) return true;
  const tokens = tokenize(rewrite);
  // "… because they never do", "since they can't read a priority label", "to hit their OKR": a "they"
  // no plural thing before it stands for, or one said to never, always or not be able to.
  // (Not "had they been", which a rewrite says of things, nor a "they" a plural before it claims.)
  if (tokens.some((t, k) => /^(?:they|them|their)$/u.test(t.lower) && tokens[k - 1]?.lower !== 'had'
    && (!pluralBefore(tokens, k, true) || /^(?:never|always|can['’]?t|cannot|don['’]?t|won['’]?t|get|know)$/u.test(tokens[k + 1]?.lower ?? '')))) return true;
  const people = (t: Token | undefined) => Boolean(t && (ROLE_NOUNS.has(t.lower) || GROUP_NOUNS.has(t.lower) || GROUP_HEAD.test(t.lower)));
  // "… would have been avoided had the on-call engineer read the runbook": the doer of a conditional said inverted.
  if (tokens.some((t, k) => t.lower === 'had' && [1, 2, 3, 4].some((d) => people(tokens[k + d]) && !/[,;:.!?]/u.test(tokens[k + d].post)
    && tokens.slice(k + 1, k + d).every((w) => !w.tags.has('Verb')) && (tokens[k + d + 1]?.tags.has('Verb') ?? false)))) return true;
  return tokens.some((t, k) => {
    if (!people(t)) return false;
    // The agent: "by the (network operations) team".
    const back = tokens.slice(Math.max(0, k - 5), k);
    const by = back.map((w) => w.lower).lastIndexOf('by');
    // (Not a duty still to come: "must be checked by two seniors".)
    if (by >= 0 && !back.slice(by + 1).some((w) => w.tags.has('Verb') || w.tags.has('Preposition'))
      && !tokens.slice(Math.max(0, k - 9), k).some((w) => /^(?:must|should|will|shall|needs?|to)$/u.test(w.lower))) return true;
    // The subject: the next word, past adverbs, a verb not taking the group as its object ("told the team").
    let n = k + 1;
    while (tokens[n] && tokens[n].tags.has('Adverb') && !tokens[n].tags.has('Negative')) n += 1;
    const next = tokens[n];
    // The noun phrase the word ends: what comes before it says whether it is an object ("told the payments team").
    let start = k;
    while (start > 0 && (tokens[start - 1].tags.has('Determiner') || tokens[start - 1].tags.has('Adjective') || tokens[start - 1].tags.has('Value') || (tokens[start - 1].tags.has('Noun') && !tokens[start - 1].tags.has('Verb'))) && !/[,;:.!?]/u.test(tokens[start - 1].post)) start -= 1;
    const lead = tokens[start - 1];
    // ("the script that the vendor had written": a relative clause says which thing, not who failed.)
    if (lead && /^(?:that|which)$/u.test(lead.lower) && start >= 2 && tokens[start - 2].tags.has('Noun')) return false;
    if (!next || /[,;:.!?]/u.test(t.post)
      || (lead && !/[,;:.!?]/u.test(lead.post) && ((lead.tags.has('Verb') && !lead.tags.has('Auxiliary') && !/^(?:provided|because|since|if|unless|when|while)$/u.test(lead.lower)) || lead.tags.has('Preposition')))) return false;
    // ("the unit tests covered …": "tests" read as a verb after a modifier.)
    if (/s$/u.test(next.lower) && !next.tags.has('Auxiliary') && !next.tags.has('Copula') && !/^(?:has|is|was|does)$/u.test(next.lower) && tokens[n + 1] && (tokens[n + 1].tags.has('PastTense') || /ed$/u.test(tokens[n + 1].lower))) return false;
    // ("The network team was not paged": a role something was not done to is no one blamed; "the team
    // lead": the word is a modifier, not the head; "Management wants to know …": asking.)
    const after = tokens[n + 1]?.lower === 'not' ? tokens[n + 2] : tokens[n + 1];
    if (/^(?:was|were|is|are|been|being|be|got|gets)$/u.test(next.lower) && after && (after.tags.has('PastTense') || after.tags.has('Participle') || /ed$/u.test(after.lower))) return false;
    if (next.tags.has('Noun') && (next.tags.has('Plural') || !next.tags.has('Verb'))) return false;
    if (/^(?:wants?|wanted|asks?|asked|requests?|requested|expects?|expected|hopes?|hoped|plans?|planned|needs?|needed|would\s+like)$/u.test(next.lower)) return false;
    return next.tags.has('Verb') && !next.tags.has('Gerund') && !next.tags.has('Participle') && !/^(?:to)$/u.test(next.lower);
  });
}

/** The rules' finding in a sentence without its label, and their rewrite (null when it would not be English: grammar.ts). */
function analyseBody(sentence: string, people: PeopleIndex): { kind: BlameKind; messages: string[]; rewrite: string | null } | null {
  let current = sentence;
  let kind: BlameKind | null = null;
  let unrewritten = false;
  const messages: string[] = [];
  for (let step = 0; step < MAX_STEPS && !unrewritten; step += 1) {
    let changed = false;
    for (const rule of STEPS) {
      const rewrite = rule(current, people);
      if (rewrite?.unrewritten) {
        kind ??= rewrite.kind;
        if (!messages.includes(rewrite.message)) messages.push(rewrite.message);
        unrewritten = true;
        break;
      }
      if (!rewrite || rewrite.text === current) continue;
      kind ??= rewrite.kind;
      if (!messages.includes(rewrite.message)) messages.push(rewrite.message);
      // (What reproach the rule left is gone before the next rule reads it.)
      current = withoutLeftReproach(rewrite.text);
      changed = true;
      break;
    }
    if (!changed) break;
  }
  if (!kind) return null;
  let rewrite = tidy(withoutNames(withoutLastReproach(current), people));
  if (/^\p{Lu}/u.test(sentence)) rewrite = rewrite.charAt(0).toUpperCase() + rewrite.slice(1);
  // (A sanction that survived the rules' changes, "…; HR to be notified", keeps the rewrite punitive.)
  if (unrewritten || garbledRestatement(rewrite, sentence) || PUNISHMENT.test(rewrite) || JUDGEMENT_KEPT.test(rewrite) || keepsOwnerName(rewrite, sentence)) return { kind, messages, rewrite: null };
  const restated = withoutPeopleLeft(rewrite, sentence, people);
  // (Taking the people out can garble it too: "she just... didn't" → "… the rollback... didn't.")
  return { kind, messages, rewrite: restated !== null && (roleStillActs(restated) || garbledRestatement(restated, sentence)) ? null : restated };
}

/**
 * Whether a plural thing comes before `at`, which a "they" or "them" there may stand for ("the
 * Terraform plans … applying them"). `strict`: not an auxiliary that ends in "s" ("This was …"), and a
 * noun may stand before the plural ("the unit tests").
 */
function pluralBefore(tokens: readonly Token[], at: number, strict = false): boolean {
  const before = strict ? ['Determiner', 'ProperNoun', 'Adjective', 'Value', 'Noun'] : ['Determiner', 'ProperNoun', 'Adjective', 'Value'];
  return tokens.slice(0, at).some((w, k) => !w.tags.has('Pronoun')
    && !(strict && (w.tags.has('Auxiliary') || w.tags.has('Copula') || /^(?:was|is|has|does|this|its|his|us)$/u.test(w.lower)))
    && ((w.tags.has('Plural') && w.tags.has('Noun')) || (/[^s']s$/u.test(w.lower) && k > 0 && before.some((tag) => tokens[k - 1].tags.has(tag)))));
}

/** What a system emits or holds, which a "they" may stand for; a list, since "flight dynamics … they" and "the firmware ppl … they" are people. */
const SIGNAL_PLURALS = /^(?:signals|alerts|alarms|warnings|errors|exceptions|logs|log\s+lines|metrics|graphs|dashboards|pages|notifications|messages|events|requests|responses|retries|timeouts|packets|queries|rows|records|files|tests|checks|builds|jobs|pods|nodes|hosts|servers|replicas|shards|partitions|certificates|tokens|keys|flags|symptoms|spikes|traces|tickets|reports)$/u;

/**
 * The sentence with each "they", "them" or "their" that a plural thing before it stands for made
 * "it" ("the signals look obvious now …; at 03:00 they were buried among 400 other warnings"), so
 * that such a pronoun alone does not make the sentence one about people. (The nearest plural noun
 * before it decides, and only one of SIGNAL_PLURALS: "the engineers … they" still stands for people.)
 */
function withThingsForThey(sentence: string): string {
  if (!/\b(?:they|them|their)\b/iu.test(sentence)) return sentence;
  const tokens = tokenize(sentence);
  let out = sentence;
  for (let k = tokens.length - 1; k >= 0; k -= 1) {
    if (!/^(?:they|them|their)$/u.test(tokens[k].lower)) continue;
    const plural = [...tokens.slice(0, k)].reverse().find((w) => !w.tags.has('Pronoun') && w.tags.has('Plural') && w.tags.has('Noun'));
    if (!plural || !SIGNAL_PLURALS.test(plural.lower)) continue;
    out = `${out.slice(0, tokens[k].start)}it${out.slice(tokens[k].end)}`;
  }
  return out;
}

const OWNER_CLAUSE = /\s(?:he|she)\s+(?:owns|owned|wrote|built|maintains|maintained|manages|managed|runs|ran|uses|used)(?=\s+(?:was|were|is|are|had|has)\b|[,.;:!?]|$)/giu;

/** The text's words in lower case ("5pm" is a time, not the PM: digits stay with their word). */
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u);

/** Whether a text names a role or a group ("the DBA", "the mobile team"), not only the writers ("we"). */
function namesRoleOrGroup(text: string): boolean {
  return wordsOf(text).some((word) => ROLE_NOUNS.has(word) || GROUP_NOUNS.has(word) || /^(?:team|teams|squad|guys)$/u.test(word));
}

/**
 * A rule's rewrite that still has people as the subject of what it says ("The backend team treated
 * the API contract as a loose suggestion" once "once again" is gone) restated without them when that
 * passes the check; a pronoun whose person the rewrite no longer names ("… as he has done before")
 * makes it no rewrite, save "his"/"her" before a thing ("her dashboards" → "the dashboards").
 */
const COMPANY_THING = new RegExp(String.raw`\b(?:the|our|a|an)\s+(?:[\p{L}-]+\s+)?(?:${COMPANY_OWNERS})['’]s\s`, 'giu');

function withoutPeopleLeft(rewrite: string, original: string, people: PeopleIndex): string | null {
  // ("the API key she owns was not renewed": the owner goes with the relative clause.)
  let out = rewrite.replace(OWNER_CLAUSE, '');
  // ("The vendor's advisory email was ignored": what another company sent is a fact, not a person's thing.)
  if (namesRoleOrGroup(out.replace(COMPANY_THING, 'the '))) {
    const restated = restatedWithoutPeople(out, people);
    const better = restated && tidy(withoutNames(restated.text, people));
    if (better && better !== out && !pointsAtPeople(better) && !garbledRestatement(better, original) && !analyseSentence(better, people, false)) out = better;
  }
  // "they"/"their" of the original stood for the people the rewrite no longer names (findings are
  // about people), unless a plural thing before it can be what they are ("the plans … applying them").
  const groupGone = /\b(?:they|them|their)\b/iu.test(original) && !namesRoleOrGroup(out);
  const tokens = tokenize(out);
  const unclaimed = (at: number) => groupGone && !pluralBefore(tokens, at);
  // (From the end, so that each splice leaves the offsets before it as they were.)
  for (let k = tokens.length - 1; k >= 0; k -= 1) {
    const [t, next] = [tokens[k], tokens[k + 1]];
    // ("their SLA numbers" once the team that owned them is gone from the sentence.)
    const possessive = /^(?:his|her)$/u.test(t.lower) || (t.lower === 'their' && unclaimed(k));
    if (possessive && next && (next.tags.has('Noun') || next.tags.has('Adjective') || next.lower === 'own') && !next.tags.has('Pronoun') && !/[,;:.!?]/u.test(t.post)) {
      // ("his own PR" → "the PR".)
      const end = next.lower === 'own' && !/[,;:.!?]/u.test(next.post) ? next.end : t.end;
      out = `${out.slice(0, t.start)}${/^\p{Lu}/u.test(t.text) ? 'The' : 'the'}${out.slice(end)}`;
    }
  }
  // ("every capacity warning we sent them": who it was sent to goes with them.)
  out = out.replace(/\b((?:we|i)\s+(?:sent|gave|showed|forwarded|emailed))\s+them\b(?!\s+(?:to|a|an|the)\b)/giu, '$1');
  const left = tokenize(out);
  const theyLeft = left.some((w, k) => /^(?:they|them|their|theirs|themselves)$/u.test(w.lower) && groupGone && !pluralBefore(left, k));
  // A role or a group still the subject of what the rewrite says ("Because the mobile team treated QA
  // as optional", once "as usual" is gone), and no restatement without it: no rewrite. (A third
  // reader marked 36 of 300 rewrites as still pointing at someone, most of them so.)
  // ("The on-call was not paged": a role that something was not done to is no one blamed.)
  const passive = (clause: { verbAt: number }) => {
    if (!/^(?:was|were|is|are|been|being)$/u.test(left[clause.verbAt]?.lower ?? '')) return false;
    const next = left[clause.verbAt + 1]?.lower === 'not' ? left[clause.verbAt + 2] : left[clause.verbAt + 1];
    return Boolean(next && (next.tags.has('PastTense') || next.tags.has('Participle') || /ed$/u.test(next.lower)));
  };
  const peopleStillDo = clauses(left, people).some((clause) => !passive(clause) && (clause.kind === 'group' || ((clause.kind === 'person' || clause.kind === 'possessive-person') && namesRoleOrGroup(clause.subject.map((t) => t.text).join(' ')))));
  return /\b(?:he|she|him|his|her|hers|himself|herself)\b/iu.test(out) || theyLeft || peopleStillDo ? null : out;
}

type Analysis = ReturnType<typeof analyseSentence>;

/** A question whether someone could have known or seen it: "Could the duty editor have known …?" */
const COULD_HAVE_KNOWN = /^(?:[^:?]{1,30}:\s*)?(?:could|would)\s+[^?]{1,60}?\s+have\s+(?:known|seen|noticed|spotted|realised|realized|told)\b[^?]*\?\s*$/iu;
/** What a screen or a system did not show: "the flag only shows in the edit view", "the queue doesn't display it". */
const SCREEN_HID = /\b(?:only\s+(?:shows?|showed|appears?|appeared|displays?|displayed)|(?:doesn['’]t|does\s+not|didn['’]t|did\s+not|never)\s+(?:show|display|surface|appear|flag|warn|say|list)|(?:was|is|were|are)\s+(?:hidden|buried|not\s+shown|not\s+visible|not\s+displayed|invisible))\b/iu;
/** A could-have-known question answered no: "No: the runbook …", "… was deleted in May, so no.", "… I don't think so." */
const ANSWERED_NO = /^\s*no\s*[.,:;—–-]|,\s*so\s+no\s*[.!]*\s*$|\b(?:i|we)\s+(?:don['’]t|do\s+not)\s+think\s+so\s*[.!]*\s*$/iu;
const ANSWERED_WITH_VERDICT = /!\s*$|\b(?:real\s+question|obvious(?:ly)?|clearly|simplest|most\s+basic|easiest|everyone\s+knows|should(?:n['’]t)?|every\s+one\s+of\s+them|(?:sent|told|emailed|forwarded|shown|given)\s+to\s+(?:all\s+of\s+)?them)\b/iu;
/** The writers' own hindsight: "We should have had a staleness check", "In hindsight we could have …". */
const WRITERS_OWN_HINDSIGHT = /^\s*(?:[^:]{1,30}:\s*)?(?:(?:in\s+hindsight|looking\s+back|in\s+retrospect),?\s+)?(?:we\s+)?(?:should|could|ought\s+to)(?:\s+have|['’]ve)\b/iu;
/** What made a slip easy: "so this slip was easy to make", "which made the mistake almost inevitable". */
const SLIP_EXPLAINED = /\b(?:this|the|that|such\s+a)\s+(?:slip|mistake|error|mix-?up)\s+(?:was|is)\s+(?:(?:very|really|all\s+too|almost)\s+)?(?:easy|easier|likely|inevitable)\b|\bmade\s+(?:this|the|that)\s+(?:slip|mistake|error|mix-?up)\s+(?:(?:very|really|almost)\s+)?(?:easy|easier|likely|inevitable)\b/iu;
/** What no check or reviewer could have seen: "so CI could not have caught it". */
// ("The tests simply didn't cover multi-day festival passes, so nothing flagged it.": what no check looked at.)
const COULD_NOT_HAVE_SEEN = /\b(?:could\s*n['’]t|could\s+not|would\s*n['’]t|would\s+not|can['’]t|cannot)\s+(?:possibly\s+)?have\s+(?:caught|seen|known|noticed|spotted|detected|flagged)\b|\b(?:tests?|checks?|ci|linter|suite|validation)\s+(?:simply\s+|just\s+)?(?:didn['’]t|did\s+not|don['’]t|do\s+not|never)\s+cover\b[^.;]*,\s*so\s+(?:nothing|no\s+(?:check|test|alert))\s+(?:flagged|caught|noticed)\b/iu;
const WHY_QUESTION = /^(?:[^:?]{1,30}:\s*)?why\b[^?]*\?\s*$/iu;
const BECAUSE_ANSWER = /^(?:[^:]{1,30}:\s*)?because\b/iu;
/** A statement of five words or more (not a question, not "No idea."). */
const STATES_A_CONDITION = /^(?!.*\?\s*$)(?!\s*(?:maybe|perhaps|just|try|please|next\s+time|how\s+about)\b)\s*\S+(?:\s+\S+){4,}/iu;

/**
 * Sentences already judged, by the people they were judged with (and whether the model was asked):
 * a save re-scans a document of which most sentences did not change. Bounded; the oldest entries go
 * first. Keyed in two levels, so a long list of people is not copied into every sentence's key.
 */
const judged = new Map<string, Map<string, Analysis>>();
let judgedCount = 0;
const JUDGED_MAX = 5000;

function cachedAnalysis(sentence: string, peopleKey: string, index: PeopleIndex, useModel: boolean): Analysis {
  return remembered(`${useModel ? 'm' : 'r'}${peopleKey}`, sentence, () => analyseSentence(sentence, index, useModel));
}

/** Two neighbouring sentences judged as one (inContext), in the same bounded memory. */
function cachedPair(one: string, two: string, peopleKey: string, index: PeopleIndex): Analysis {
  return remembered(`p${peopleKey}`, `${one}\u0000${two}`, () => analysePair(one, two, index));
}

function remembered(outer: string, key: string, judge: () => Analysis): Analysis {
  const known = judged.get(outer)?.get(key);
  if (known !== undefined) return known;
  const found = judge();
  if (judgedCount >= JUDGED_MAX) {
    const [oldestKey, oldest] = judged.entries().next().value as [string, Map<string, Analysis>];
    const first = oldest.keys().next().value as string;
    oldest.delete(first);
    judgedCount -= 1;
    if (oldest.size === 0) judged.delete(oldestKey);
  }
  const byPeople = judged.get(outer) ?? new Map<string, Analysis>();
  judged.set(outer, byPeople);
  byPeople.set(key, found);
  judgedCount += 1;
  return found;
}

/** The people's index and its cache key, built once per list (a document's fields are scanned with the same one; a changed list is a new array). */
const indexes = new WeakMap<readonly string[], { index: PeopleIndex; peopleKey: string }>();
function indexOf(people: readonly string[]): { index: PeopleIndex; peopleKey: string } {
  let known = indexes.get(people);
  if (!known) {
    const index = peopleIndex(people);
    known = { index, peopleKey: index.names.map((n) => n.join(' ')).join('|') };
    indexes.set(people, known);
  }
  return known;
}

/** A change someone made, told without them: "The deploy went out …", "the config was pushed …". */
const CHANGE_MADE = /\b(?:deploy\p{L}*|releas\p{L}*|push\p{L}*|merg\p{L}*|went\s+out|shipp\p{L}*|skipp\p{L}*|approv\p{L}*|signed\s+off|changed|edited|ran|run)\b/iu;

/** A question's answer that turns the question down: "We think that is the wrong question." */
const WRONG_QUESTION = /^\s*(?:(?:we|i)\s+(?:think|believe|would\s+say)\s+)?(?:(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:the\s+)?wrong|not\s+the\s+(?:right|useful|helpful))\s+question\b|the\s+(?:better|right|real|more\s+useful|useful)\s+question\s+is\s+(?:why|how|what)\b)/iu;

/** Thanks alone, not turned: "Huge thanks.", "Thank you, Kwame!" */
const BARE_THANKS = /^\s*(?:(?:huge|big|many|special|massive)\s+)?(?:thanks|thank\s+you|kudos|cheers|much\s+appreciated|(?:really\s+|truly\s+)?appreciate(?:d)?\s+(?:it|this|that|you))(?:\s+(?:so\s+much|again|all|everyone|team))?(?:,?\s+\p{Lu}\p{Ll}+)?\s*[.!]*\s*(?:🙏|❤️|💙|🎉)*\s*$/iu;

/** A mending act: "rolled back the firmware", "restored the feed", "caught the bad migration". */
const MENDING_DONE = /\b(?:rolled\s+(?:it\s+|them\s+)?back|reverted|restored|recovered|fixed|patched|rebooted|restarted|caught|spotted|noticed|found|failed\s+over|brought\s+(?:it\s+|\S+\s+)?back)\b/iu;

/** Time or rest given up for the work: "spent his Saturday", "worked through the night", "stayed until 4am". */
const EFFORT_GIVEN = /\b(?:spent|stayed|worked\s+(?:through|late|all|overnight)|gave\s+up|came\s+in|volunteered|on\s+(?:his|her|their)\s+(?:day\s+off|weekend|saturday|sunday|holiday|vacation|leave))\b/iu;

/**
 * A short sentence about nothing in particular: "There should be consequences.", "That one is on her."
 * `found`: one the check found on its own ("That one …", "his …" may point, and stay a verdict); else
 * one found only beside the sentence before it, which must name no thing at all ("On a breaking-news
 * day." says when), and may ask.
 */
function bareReproach(sentence: string, found: boolean): boolean {
  const things = found ? /\b(?:the|a|an|these|those|its|our|their|my|your)\s+\p{L}/iu : /\b(?:the|a|an|this|that|these|those|its|our|their|his|her|my|your)\s+\p{L}/iu;
  return sentence.split(/\s+/u).length <= 6 && !/\d/u.test(sentence) && !things.test(sentence) && !(found && /\?\s*$/u.test(sentence));
}

/**
 * A short sentence after a restated finding that the model reads as a verdict and that tells no fact
 * ("It's not rocket science.", "Real expertise on display.", "Small indeed."): no verb of an event (only
 * be, have, do and modals), no recurrence or time, no label, no capitalised name, not a question after
 * what happened. It goes with the finding. (A twenty-third reader found 22 of 64 still-judging rewrites
 * left such a sentence after the restated one.)
 */
function verdictOnly(said: string, people: PeopleIndex): boolean {
  if (!bareReproach(said, false) || RECURRENCE.test(said) || SAYS_RECURRENCE.test(said) || /:/u.test(said)
    || /\b(?:times?|hours?|minutes?|days?|weeks?|months?|years?|ago|tonight|today|yesterday|tomorrow)\b/iu.test(said)) return false;
  if (/^\s*(?:why|what|when|where|which|how|who)\b/iu.test(said) && said.trim().split(/\s+/u).length >= 4) return false;
  const tokens = tokenize(said);
  if (tokens.slice(1).some((t) => /^\p{Lu}\p{Ll}/u.test(t.text))) return false;
  if (tokens.some((t) => (t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Gerund')) && !t.tags.has('Infinitive') && !t.tags.has('Copula') && !t.tags.has('Auxiliary') && !t.tags.has('Modal'))) return false;
  return modelFinds(said, people);
}

/** The cause denied to the system: "Let's not pretend this was a tooling problem.", "That is not a system problem." */
const SYSTEM_DENIED = /^\s*(?:(?:can|could)\s+we\s+(?:please\s+|pls\s+)?stop\s+pretending|let['’]s\s+(?:not|stop)\s+pretend(?:ing)?|stop\s+pretending)\s+(?:that\s+)?(?:this|it)\s+was\s+an?\s+['‘"“]?(?:system|systems|tooling|tool|process|technical|software)\s+(?:issue|problem|failure|gap)['’"”]?\s*[.?!]*\s*$|^\s*(?:this|that|it)(?:['’]s|\s+is|\s+was)(?:\s+not|n['’]t)\s+(?:an?\s+)?(?:system|systems|process|tooling|tool|technical|software)\s+(?:problem|issue|failure|gap|fault)\s*[.!]*\s*$/iu;

/** "… could wait until Monday. They couldn't.", "It wasn't.": what came of it, said short; a fact, not a verdict. */
const SHORT_OUTCOME = /^\s*(?:it|they|he|she|this|that)\s+(?:couldn['’]t|could\s+not|wasn['’]t|was\s+not|weren['’]t|were\s+not|didn['’]t|did\s+not|wouldn['’]t|would\s+not|hadn['’]t|had\s+not)\s*[.!]*\s*$/iu;

/** Words that only stress how plain a thing was: "It was literally pinned in the channel.", "It was right there in the calendar." */
const EMPHASIS = /\s+(?:literally|right(?=\s+there\b))(?=\s)/iu;

/**
 * Words about people that name no one: "not a people problem", "not anyone's behaviour", and a post to staff,
 * "a second person on the crane".
 */
const NO_ONE_MEANT = /\bnot\s+an?\s+(?:people|person|individual|human)\s+(?:problem|issue|error)\b|\bnot\s+(?:anyone|anybody|someone)['’]s\s+(?:behaviou?r|conduct|fault|performance)\b|\b(?:a|one)\s+(?:second|third|spare|backup|extra)\s+(?:person|engineer|operator|pair\s+of\s+(?:eyes|hands))\b/giu;

/** The messages of a sanction and of a call for the culprit (insinuation.ts). */
const SANCTION_OR_CULPRIT = /^(?:A punishment is not an action item\.|Asking for a name looks for a culprit\.|Waiting for someone to own up looks for a culprit\.)/u;

/** "The spec sheet taped to the hopper says 165.", "The SOP says 4 bar.": the figure a document gives, said alone. */
const DOCUMENT_SAYS_FIGURE = /^\s*(?:and\s+|but\s+)?(?:the|our|its)\s+(?:[\p{L}-]+\s+){0,6}?(?:spec(?:ification)?s?|sop|manual|runbook|label|sheet|checklist|procedure|datasheet|drawing|instructions?|card|placard|sign)\b[^.;]*?\b(?:says|said|states|stated|lists|listed|reads|read|calls\s+for|specifies|specified)\s+(?:[\p{L}]+\s+){0,2}\d[\d.,]*\s*(?:°\s*[CF]|[\p{L}%]+)?\s*[.!]*\s*$/iu;
/** What went unanswered: "sat unacknowledged for 40 minutes", "went unanswered", "was ignored for an hour". */
const UNANSWERED = /\b(?:sat|went|stayed|was|were|remained)\s+(?:un(?:acknowledged|answered|acked|noticed|read|seen|checked|attended)|ignored)\b/iu;
/** Who was on duty, and nothing else: "Eoin was on nights.", "Priya was on call." */
const ON_DUTY_ONLY = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:was|were)\s+(?:the\s+one\s+)?on\s+(?:nights|days|call|shift|duty|the\s+(?:desk|panel|pager|rota|night\s+shift|late\s+shift))\s*[.!]*\s*$/u;
const ON_DUTY_MESSAGE = 'Saying who was on duty, after what went unanswered, lays it on them. Say what made the alarm easy to miss.';
const SET_AGAINST_MESSAGE = 'Setting what a person did against what the document said lays the miss on them. Say what made the difference easy to miss.';
const WHEREABOUTS_MESSAGE = 'Asking where a person was lays the miss on them. Say what made the alarm easy to miss.';
/** A team or a place that stands for one: "Engine room", "the night shift", "support". */
const TEAM_NAME = String.raw`(?:engine\s+room|bridge|crew|team|desk|shift|support|on-?call|ops|dispatch)`;
/** A sentence said of a team: "Engine room took …". */
const TEAM_SUBJECT = new RegExp(String.raw`^\s*(?:[^:]{1,30}:\s*)?(?:the\s+)?(?:[\p{L}-]+\s+)?${TEAM_NAME}\b`, 'iu');
/** How long people took to answer or act: "Engine room took 11 minutes to answer a full-astern order.", "BH took nine minutes to restart a viewer." */
const TOOK_TO_ACT = new RegExp(String.raw`^\s*(?:[^:]{1,30}:\s*)?((?:the\s+)?(?:[\p{L}-]+\s+)?(?:${TEAM_NAME}|operator|engineer|staff|tech|technician|nurse|driver|pilot|guard|lead|manager|controller|agent|reviewer|planner)s?|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+took\s+(?:(?:a\s+)?full\s+|over\s+|almost\s+|nearly\s+)?(?:\d+|an?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)\s+(?:seconds?|minutes?|mins?|hours?|hrs?)\s+to\s+(?:answer|respond|reply|react|ack|acknowledge|pick\s+up|call\s+back|show\s+up|turn\s+up|join|notice|restart|escalate|page|get\s+(?:to|back))\b`, 'iu');
/** A figure said again on its own, to stress it: "Eleven.", "Nine minutes." */
const FIGURE_REPEATED = /^\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)(?:\s+(?:full\s+)?(?:seconds|minutes|mins|hours|hrs))?\s*[.!]+\s*$/iu;
const FIGURE_REPEATED_MESSAGE = 'Saying again how long people took lays the delay on them. Say what made the call slow to reach them or to act on.';
/** "Nice of the typesetter to use a lowercase l for every 1 on the menus.": thanks for what went wrong, if a mocking word follows. */
const NICE_OF = /^\s*(?:(?:how|very|so|really)\s+)?(?:nice|kind|thoughtful|considerate|sweet|lovely|good)\s+of\s+(?!(?:you|everyone|all)\b)[^.!?]{1,40}?\s+to\s+\p{L}/iu;
/** A mocking word said alone after it: "Very retro.", "So modern." (not thanks: "Very kind.", "Much appreciated."). */
const MOCKING_ADJECTIVE = /^\s*(?:very|so|how|real|quite|truly|extremely|super)\s+(?!(?:kind|generous|helpful|appreciated|much|thoughtful|good\s+of|useful|clear|informative|prompt|quick|welcome|grateful)\b)\p{L}+[.!]*\s*(?:🙄|😒|🙃|😑|🤦\S*)*\s*$/iu;
const NICE_THEN_MOCKED_MESSAGE = 'Thanking someone for what went wrong, then mocking it, lays it on them. Say what happened and what let it through.';
const SAID_THEN_DENIED_MESSAGE = 'Setting what a person said against a bare "it didn\'t" lays the miss on them. Say what the claim was based on and what would have shown otherwise.';
/** "Yusuf told the client the licence covered apps.": what a person told someone, as fact. */
const PERSON_TOLD = /^\s*(?:[^:]{1,30}:\s*)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:told|assured|promised|informed|advised|reassured)\s+(?:the\s+|our\s+|a\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:that\s+)?(?:the|it|this|they|we|our|their)\b/u;
/** "It didn't.": the claim before it denied, in as few words as there are. */
const BARE_DENIAL = /^\s*(?:it|they|that|this|he|she)\s+(?:didn['’]t|did\s+not|wasn['’]t|was\s+not|weren['’]t|were\s+not|doesn['’]t|does\s+not|isn['’]t|is\s+not|won['’]t|hadn['’]t|hasn['’]t|couldn['’]t)\s*[.!]*\s*$/iu;

const THANKS_TURNED_MESSAGE = 'Thanks followed by a mocking verdict is sarcasm about people. State what happened plainly.';

const IN_CONTEXT_MESSAGE = 'Beside the sentence before it, this still reads as blaming. Say what happened instead.';

/**
 * Whether `rest` blames once the sentence before it is said as `rewrite`: the model judges the two
 * together (as it was trained, on whole lines) and finds blame it does not find in the rewrite alone.
 */
function stillBlamesAfter(rewrite: string, rest: string, people: PeopleIndex): boolean {
  return modelMayJudge(rest) && !BARE_THANKS.test(rest) && !REMEDY_NEXT.test(rest)
    && modelFinds(`${rewrite.trim()} ${rest.trim()}`, people) && !modelFinds(rewrite, people);
}

/** Whether `said` is only the last words of `sentence` again, or one of its last few (an echo for scorn), with at most an emoji or a mark. */
function echoes(said: string, sentence: string): boolean {
  const words = (t: string) => t.toLowerCase().replace(/\p{Extended_Pictographic}\uFE0F?/gu, ' ').split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const echo = words(said);
  const before = words(sentence);
  if (echo.length > 0 && echo.length <= 6 && echo.length < before.length && echo.join(' ') === before.slice(-echo.length).join(' ')) return true;
  // ("… against the production database. Production.": a word of the act's last few, said again alone.)
  if (echo.length === 1 && echo[0].length > 3 && before.slice(-4).includes(echo[0])) return true;
  // ("Lin ran the purge job against prod. Lin. Ran. The purge job. Against prod.": the act taken apart, word by word, for scorn.)
  return echo.length > 0 && echo.length <= 4 && echo.length < before.length && /^[^,;:]*[.!?]*\s*$/u.test(said) && echo.every((w) => before.includes(w));
}

/** Words that make an act a habit or a verdict, which no fix said beside it clears. */
const HABIT_OR_VERDICT = /\b(?:again|always|never|only|finally|even|still|somehow|apparently|clearly|of\s+course|tends?|tended|usually|typically|habitually|keeps?|kept|every\s+time|as\s+usual)\b|[!?]/iu;

/**
 * A sentence that is itself the change made ("Moving to burn-rate alerts so humans get to sleep.",
 * "We're reinstating it and making any suspension visible on the release board."): when it names no
 * person and says no habit or verdict, the model is not asked about it.
 */
const REMEDY_SAID = /^\s*(?:(?:so\s+)?we(?:['’]re|\s+are|['’]ll|\s+will)\s+(?:now\s+|also\s+)?)?(?:moving|switching|migrating|reinstating|replacing|retiring|restoring|adding|introducing|enabling|requiring|making|rolling\s+out)\b(?!\s+a\s+note)/iu;
const PERSONAL_PRONOUN = /\b(?:he|she|him|her|his|hers|they|them|their|you|your|i|me|my)\b/iu;

function remedySaid(sentence: string, people: PeopleIndex): boolean {
  if (!REMEDY_SAID.test(sentence)) return false;
  const tokens = tokenize(sentence);
  return !PERSONAL_PRONOUN.test(sentence) && !HABIT_OR_VERDICT.test(sentence)
    && !tokens.some((t) => people.words.has(t.lower.replace(/['’]s$/u, ''))) && !namesUnlisted(tokens);
}

/**
 * ("Proposal: every firmware rollout goes to G1 for 48 hours before the rest.": a fix under its label that
 * the rules find nothing in and that speaks of no one, whatever the model makes of its words.)
 */
function labelledFixForThings(sentence: string, peopleKey: string, index: PeopleIndex): boolean {
  const label = /^\s*(?:action(?:\s+item)?|follow-?up|fix|remediation|next\s+step|proposal|proposed\s+fix|mitigation)s?\s*:\s*/iu.exec(sentence);
  return label !== null
    && !/\b(?:who|whoever|anyone|anybody|someone|somebody|names?|engineers?|developers?|person|people|staff|responsible|accountab\p{L}*|shame|blame|fault|disciplin\p{L}*|train\p{L}*)\b/iu.test(sentence)
    && !mayNamePeople(sentence.slice(label[0].length), index) && !cachedAnalysis(sentence, peopleKey, index, false);
}

/** A cause said of a thing: "because the reminder was tied to his old calendar", "because there was no lock". */
const BECAUSE_OF_A_THING = /\bbecause\s+(?:the|a|an|its|our|there)\s/iu;

/** Whether the sentence, or a clause of it after a semicolon or colon, says the fix. */
/** "Staffing is now two per table from March to May.": how the process is set now, said after the gap. */
const PROCESS_NOW = /^\s*(?:staffing|cover|coverage|the\s+(?:rota|rule|limit|threshold|check|process|procedure|checklist|schedule|policy|minimum|default))\s+(?:is|are)\s+now\b/iu;

function remedyIn(sentence: string): boolean {
  return PROCESS_NOW.test(sentence) || REMEDY_NEXT.test(sentence) || sentence.split(/\s*[;:—–]\s+/u).slice(1).some((clause) => REMEDY_NEXT.test(clause));
}

/** The sentence up to the clause that says the fix (all of it when none does). */
function beforeRemedy(sentence: string): string {
  if (REMEDY_NEXT.test(sentence)) return sentence;
  const clauses = sentence.split(/\s*[;:—–]\s+/u);
  const fix = clauses.findIndex((clause, n) => n > 0 && REMEDY_NEXT.test(clause));
  return fix < 0 ? sentence : clauses.slice(0, fix).join('; ');
}

/** A sentence that says the fix being made ("Ticket ROPE-412.": the ticket that tracks it): "Drafting one now with product.", "We're adding a required --confirm flag.", "Stale-data detection ships in v2.8." */
const REMEDY_NEXT = /^\s*(?:(?:ticket|issue|jira|follow-?up)\s*:?\s*|tracked\s+(?:in|as|under)\s+)?\p{Lu}[\p{Lu}\d]+-\d+\s*[.!]?\s*$|^\s*(?:we(?:['’]re|\s+are)\s+(?:now\s+)?(?!waiting|hoping|wondering|still|looking)\p{L}+ing\b|(?![^.]*\b(?:not|never|nothing|no)\b|[^.]*n['’]t\b)(?:[\p{L}\p{N}-]+\s+){1,3}(?:added|introduced|enabled|deployed|now\s+in\s+place|fixed|raised|increased|lowered|reduced|resized|capped|tightened|doubled|bumped|migrated|corrected|repointed|filed|logged|merged)\b)|^\s*(?:(?:we['’]re|we\s+are|we['’]ll|we\s+will|we\s+have|we['’]ve|we)\s+(?:now\s+|also\s+|already\s+)?)?(?:now\s+)?(?:generated|generating|documented|documenting|configured|rotated|installed|switching\s+to|replacing|migrating|drafting|adding|added|writing|wrote|building|built|creating|created|introducing|introduced|setting\s+up|set\s+up|putting|put\s+in|requiring|enforcing|tracking|scheduling|scheduled|automating|automated|filed|filing|opened|opening|extending|extended|expanding|widening|broadening|tightening)\b|^\s*(?:action(?:\s+item)?|follow-?up|fix|remediation|next\s+step|now\s+in\s+place|proposal|proposed\s+fix|mitigation)s?\s*:(?![^.;]*\b(?:re-?train\p{L}*|training|disciplin\p{L}*|warnings?|remind\p{L}*|coach\p{L}*|hr|performance|accountab\p{L}*|be\s+more\s+careful|talk\s+to|speak\s+(?:to|with))\b)|^\s*(?:[\p{L}\p{N}-]+\s+){1,4}(?:ships|lands|goes\s+(?:out|live))\s+(?:in|with|on|next)\b|^\s*(?:an?\s+)?(?:[\p{L}\p{N}%-]+\s+){1,4}(?:went|goes|is\s+now|are\s+now)\s+live\b|^\s*[\p{L}]+(?:-[\p{L}]+)?ing\s+(?:it\s+|them\s+)?now\b|^\s*(?:from\s+now\s+on|going\s+forward|henceforth)\b|^\s*(?:the\s+|a\s+)?new\s+(?:[\p{L}-]+\s+){0,2}(?:rotation|rota|schedule|process|procedure|runbook|checklist|policy|setup|alert|threshold|config(?:uration)?)\s+(?:starts|begins|goes\s+live|kicks\s+off|takes\s+effect|is\s+live)\b|^\s*(?:an?\s+|the\s+)?(?:budget|purchase|funding|procurement|change)\s+request\s+(?:is\s+in\b|(?:has\s+been\s+|was\s+|is\s+)?(?:raised|submitted|filed|approved|in\s+progress)\b)|^\s*now\s+we\s+(?:do|have\s+(?:one|it|them))\b|^\s*now\s+(?:set|raised|lowered|changed|capped|configured|reduced|increased)\s+to\b|^\s*\p{Lu}\p{Ll}+\s+(?:is|will\s+be|['’]s)\s+(?:now\s+)?(?:setting\s+(?:\p{L}+\s+)?up|adding|building|writing|drafting|automating|creating|scoping|designing|prototyping|installing|fitting)\b(?![^.;]*\b(?:finally|for\s+once|at\s+last|again|this\s+time|hopefully)\b)|^\s*(?:it|this|that)\s+now\s+(?:does|is|has|will)\b|^\s*(?:the\s+|our\s+)?(?:[\p{L}-]+\s+){0,2}(?:sop|runbook|checklist|procedure|process|pipeline|config(?:uration)?|script|job|alert|template|form|tool|dashboard|schedule|playbook|workflow)\s+now\s+(?!(?:fails|breaks|crashes|errors|times\s+out|hangs)\b)\p{L}+s\b|^\s*(?:it|this|that)(?:['’]s|\s+is)\s+now\s+(?:on|in|part\s+of|a\s+step\s+in|an?\s+item\s+on)\s+(?:the|our|every|each)\b|^\s*(?:(?:ticket|issue|jira|pr|mr|story|task)\s+)?(?:\p{Lu}[\p{Lu}\d]+-\d+|#\d+|the\s+fix|a\s+fix|the\s+follow-?up(?:\s+ticket)?)\s+(?:adds|fixes|tracks|covers|introduces|will\s+add)\b|^\s*(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+an?\s+(?:[\p{L}-]+\s+){0,2}(?:gap|hole|blind\s+spot),?\s+(?:now\s+)?(?:tracked|fixed|covered)\s+(?:in|by|under)\s+(?:\p{Lu}[\p{Lu}\d]+-\d+|#\d+)/iu;

/**
 * A verdict said as a sentence of its own after what happened: "Unacceptable.", "Say no more.",
 * "Pattern noted.", "How does that even happen?", "cool cool", "thx" (a twelfth reader found them left
 * after the rewrite of the sentence before).
 */
const BARE_VERDICTS = String.raw`(?:(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:a\s+)?(?:failure|failing|lapse)\s+on\s+(?:their|his|her)\s+part(?:,?\s+plain\s+and\s+simple)?|(?:this|that|it)\s+was\s+(?:totally|entirely|completely|wholly|easily|so)\s+(?:avoidable|preventable)|an?\s+(?:unbelievable|incredible|astonishing|staggering|shocking|serious|major|gross|basic|clear)\s+lapse\s+of\s+(?:judge?ment|care|attention)|(?:shameful|disgraceful|appalling|blatant|flagrant)\s+(?:misuse|abuse|disregard|neglect)\s+of\s+[^.!?]{1,40}|(?:is\s+)?any(?:one|body)\s+(?:else\s+)?(?:seeing|noticing|see|notice)\s+a\s+pattern(?:\s+here)?|i\s+(?:don['’]t|do\s+not)\s+want\s+to\s+(?:soften|sugar-?coat)\s+(?:this|it)|thanks\s+for\s+nothing|maybe\s+(?:(?:they|he|she|you|we)\s+could\s+)?(?:ask|check|test|try|read|look|use|run)\b[^.!?]{0,50}?\s+next\s+time|what\s+exactly\s+were\s+(?:they|you|he|she)\s+(?:even\s+)?(?:testing|doing|reviewing|checking|looking\s+at)|(?:dev|devs|qa|ops|infra|support|sales|product|design|finance|security|data|platform|backend|frontend)\s+or\s+(?:dev|devs|qa|ops|infra|support|sales|product|design|finance|security|data|platform|backend|frontend)|interesting\s+how\s+(?:that|this|it)\s+keeps\s+happening|who\s+wants\s+to\s+bet\s+on\s+[^.!?]{1,30}|(?:truly|really|just)\s+world-?class(?:\s+[\p{L}-]+)?|(?:a|any)\s+(?:first-?year|first-?day|junior|intern|new\s+hire|child|kid)\s+would\s+(?:know|have\s+known)\s+better|[\p{L}\s-]{1,20},\s+people|(?:that\s+)?really\s+helped(?:\s+with\s+[^.!?]{1,30})?|sure\s+(?:it|he|she|they)\s+(?:was|were|did)|(?:that['’]?s|this\s+is|it['’]?s)\s+(?:so\s+|pretty\s+|really\s+)?basic(?:\s+(?:stuff|checking|testing|hygiene|engineering|diligence|work))?|love\s+that\s+for\s+(?:us|me|them)|you\s+know\s+who\s+you\s+are|(?:disgraceful|shameful|appalling)(?:\s+and\s+(?:completely|entirely|totally)\s+(?:his|her|their)\s+fault)?|both\s+of\s+them|at\s+once|obviously|evidently|(?:this|that|it)\s+is\s+not\s+acceptable(?:\s+(?:in|on|at|for)\s+[^.!?]{1,40})?|unacceptable\s+(?:on|in|at)\s+[^.!?]{1,50}|not\s+a\s+(?:great|good)\s+look|but\s+quickly|let\s+that\s+sink\s+in|well,?\s+we\s+saw|(?:clients|customers|users|people|everyone|we|they|management|the\s+board|the\s+business)\s+(?:deserve|want|need|have\s+a\s+right)s?\s+to\s+know\s+who\s+(?:did\s+(?:it|this|that)|caused\s+(?:it|this|that)|was\s+responsible|is\s+responsible|broke\s+(?:it|this))|(?:i\s+want|i['’]d\s+like|we\s+need)\s+(?:a\s+name|names|the\s+name)(?:\s+(?:before|by|in|for)\s+[^.!?]{1,40})?|this\s+is\s+a\s+(?:serious|major|clear|gross)\s+(?:breach|violation|lapse)(?:\s+of\s+[^.!?]{1,40})?|un(?:acceptable|believable|real)|inexcusable|who\s+(?:hires|hired|trains|trained|lets|let|promoted)\s+(?:these|those|them|this|that)\b[^.?!]*|nobody\s+(?:sane|sensible|competent|reasonable|in\s+their\s+right\s+mind)\s+would(?:\s+have)?|nobody\s+asked\s+(?:him|her|them)\s+to|[\p{L}-]+,\s+(?:sure|right|yeah\s+right)|\d+\s*(?:minutes|mins|hours|hrs|days)?\s*[!?]{2,}|(?:management|leadership|they|the\s+[\p{L}-]+)\s+(?:is|are|was|were)\s+asking\s+for\s+(?:a\s+)?names?|of\s+course\s+(?:it|he|she|they|we)\s+(?:did|does|do|was|were|is|are|has|had)|shocking(?:,?\s+truly)?(?:\s+(?:outcome|result|twist|turn\s+of\s+events|news|development|stuff))?|embarrassing|ridiculous|pathetic|incredible|wow|sigh|ugh|thx|cool(?:\s+cool)?|perfect|lovely|fantastic|typical|naturally|of\s+course|say\s+no\s+more|pattern\s+noted|just\s+noting|noted|enough\s+said|i\s+(?:don['’]t|do\s+not)\s+know\s+what\s+else\s+to\s+say|what\s+else\s+is\s+new|go\s+figure|please|seriously(?:[.!?,]*\s*who)?|really|come\s+on|ffs|how\s+(?:does|did|could|can)\s+(?:that|this)\s+(?:even\s+)?happen|how\s+is\s+(?:that|this)\s+(?:even\s+)?possible|who\s+does\s+that|surprise,?\s+surprise|somehow|great|awesome|nice|super|terrific|marvell?ous|wonderful|(?:that|this)(?:['’]s|\s+is|\s+was)\s+not\s+(?:a|an)\s+(?:review|test|fix|plan|check|sign-?off|process|rollback|runbook|code\s+review)|(?:seriously,?\s+)?how\s+many\s+(?:more\s+)?times\s+(?:do|must|will|have|did)\s+(?:we|i)\b[^.?!]*|there\s+(?:should|must|needs\s+to|has\s+to)\s+be\s+(?:some\s+)?consequences|plain\s+and\s+simple|shocker|who|${SCORN_TAGS}|(?:this|that|it)\s+was\s+(?:just\s+|simply\s+|plain\s+)?(?:careless|sloppy|negligent|reckless|lazy|inexcusable|unprofessional|a\s+(?:careless|sloppy|rookie|lazy|stupid|dumb)\s+(?:mistake|error|move))|unacceptable\s+for\s+(?:someone|anyone|a\s+[\p{L}-]+)\b[^.!?]*|maybe\s+(?:try\s+)?(?:a\s+slow(?:er)?\s+fix|fewer\s+[\p{L}\s-]*?fix(?:es)?)(?:\s+next\s+time)?|(?:i['’]d|i\s+would|would)\s+love\s+to\s+(?:hear|know|see)\s+(?:it|that|them|why|the\s+reason)|[\p{L}-]+\s+my\s+(?:foot|arse|ass|eye|backside|[!@#$%&*]+)|(?:stellar|inspired|inspiring|impeccable|perfect|excellent|great|brilliant|thoughtful|considerate|wonderful|lovely|fantastic|top-?tier|top-?notch|first-?class)\s+(?:timing|work|stuff|planning|job)|let['’]s\s+(?:just\s+)?sit\s+with\s+that(?:\s+for\s+a\s+(?:moment|minute|second))?|just\s+saying|(?:that|this)\s+was\s+a\s+choice|asking\s+for\s+a\s+friend|(?:this|that)\s+is\s+(?:basic|elementary|day-?one|entry-?level)\s+stuff|what\s+were\s+(?:they|you|he|she)\s+(?:even\s+)?doing|(?:this|that)(?:\s+incident)?\s+is\s+what\s+(?:you|we|they)\s+get|draw\s+your\s+own\s+conclusions|amateur\s+hour|(?:their|his|her)\s+(?:mistake|fault|problem|screw-?up|mess),?\s+not\s+ours|grab\s+(?:the\s+|some\s+|your\s+)?popcorn|nothing\s+(?:more|else)\s+to\s+(?:discuss|say|add|see\s+here)|who\s+else|case\s+closed|end\s+of\s+story|simple\s+as(?:\s+that)?|senior|(?:real|pure|sheer|such|what)\s+talent|convenient(?:ly)?|how\s+convenient|learning\s+on\s+the\s+job|who\s+could\s+(?:possibly\s+)?have\s+(?:predicted|foreseen|guessed)\s+(?:this|that)(?:\s+outcome)?|(?:were|was)\s+(?:they|you|he|she)\s+even\s+(?:looking|watching|paying\s+attention|awake|there)|(?:i\s+|we\s+)?need\s+to\s+know\s+who\s+[^.!?]{1,40}|(?:their|his|her)\s+mess,?\s+(?:they|he|she)\s+can\s+clean\s+it\s+up|(?:this\s+is\s+unacceptable\s+and\s+)?(?:it\s+)?needs?\s+to\s+go\s+(?:on|in)\s+(?:his|her|their)\s+(?:record|file)|(?:a\s+)?(?:clear|obvious|rookie|basic|avoidable)\s+(?:mistake|error)|what\s+(?:were|was)\s+(?:you|they|he|she)\s+thinking|(?:it\s+)?would(?:['’]ve|\s+have)\s+taken\s+(?:about\s+|like\s+|maybe\s+)?(?:\d+|a\s+few|two|five|ten|thirty|sixty)\s+(?:seconds|secs?|minutes|mins?)|(?:i\s+|we\s+)?need\s+(?:a\s+name|names)(?:\s+(?:for|in|on|before|by)\s+[^.!?]{1,30})?|how\s+hard\s+(?:is|was)\s+it\s+to\s+[^.!?]{1,40}|explain(?:\s+(?:yourself|yourselves|please))?|(?:he|she|they)\s+needs?\s+(?:a\s+(?:stern\s+|serious\s+)?(?:talking-?to|word|chat)|to\s+be\s+spoken\s+to)|that['’]s\s+the\s+whole\s+(?:incident|story)|(?:that|this)\s+was\s+(?:literally\s+)?(?:the|their|his|her)\s+(?:one|only)\s+job|talent|so|(?:i['’]?m\s+|we['’]re\s+)?not\s+naming\s+(?:any\s+)?names,?\s+but\s+[^.!?]{1,60}|(?:(?:this|that)(?:['’]s|\s+is)\s+unacceptable\s+and\s+)?(?:it\s+)?needs?\s+to\s+go\s+(?:on|in|into)\s+(?:his|her|their)\s+(?:record|file|review|performance\s+review|appraisal)|(?:i['’]d|i\s+would|would)\s+love\s+to\s+know\s+what\s+(?:they|he|she|you)\s+(?:actually\s+|even\s+)?(?:tested|checked|reviewed|did|were\s+doing))`;

/** A sentence that is only a mocking verdict: "Really inspired.", "Bold move.", "Chef's kiss 👏". */
const BARE_MOCKERY = new RegExp(String.raw`^\s*(?:(?:really|truly|just|so|very|how|simply|absolutely|pure|what\s+a|frankly|honestly)\s+)?(?:(?:very|so|really|how)\s+(?:efficient|thorough|professional|careful|responsible|mature)|(?:outstanding|stellar|amazing|excellent|masterful|brilliant|inspired|fantastic|superb|top-?notch|world-class)\s+(?:work|planning|job|effort|stuff|engineering|thinking|foresight)|ten\s+out\s+of\s+ten(?:,?\s+no\s+notes)?|no\s+notes|inspired|inspiring|visionary|genius|brilliant|bold|classic|impressive|stellar|heroic|legendary|iconic|chef['’]s\s+kiss|10\/10|nailed\s+it|classy|masterful|masterclass|(?:bold|genius|great|classic|brave)\s+move|(?:classic|typical)\s+\p{Lu}\p{Ll}+|${MOCKING_ASIDES}|${BARE_VERDICTS})[.!?]*(?:\s*(?:👏|🙄|😒|🤦\S*|🙃|😑|🔥|😤|🤷\S*|😂|🤣)+)?\s*$|^\s*(?:👏|🙄|😒|🤦\S*|🙃|😑|😤|🤷\S*|😂|🤣)+\s*$`, 'iu');

/** Praise of a failure: "Really stellar volunteer roster deletion.", "Truly inspired migration.", "Really appreciated the 200 angry emails." */
const PRAISED_FAILURE = /^\s*(?:(?:really|truly|just|simply)\s+)?(?:stellar|brilliant|inspired|fantastic|excellent|outstanding|superb|impressive|masterful|world-class|flawless)\s+(?:[\p{L}-]+\s+){0,3}(?:deletion|outage|rollout|migration|deploy(?:ment)?|downtime|breakage|wipe|purge|incident|release)[.!]*\s*$|^\s*(?:really|truly|so)\s+(?:appreciated|loved|enjoyed)\s+(?:the\s+)?(?:\d[\d,]*|all\s+the|those)\s+(?:[\p{L}-]+\s+){0,2}(?:emails|calls|complaints|pages|tickets|alerts|messages)[.!]*\s*$/iu;

/** A failure counted, as a tally held against someone: "Third outage this quarter from a one-line RSS feed change.", "Third Saturday in a row the booking site goes down …". */
const COUNTED_FAILURE = /^\s*(?:(?:the|that['’]s|that\s+is|this\s+is|our)\s+)?(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:(?:[\p{L}-]+\s+){0,2}?)(?:outage|incident|rollback|breakage|sev-?\d|p\d|failure|page|time)s?\s+(?:this|in\s+(?:a|one|two|three)|since)\b|^\s*(?:the\s+)?(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\p{L}-]+\s+){1,2}?(?:in\s+a\s+row|running|straight)\b|^\s*another\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,\s+another\s+\S/iu;

/** Praise said alone, mocking only after a failure: "Great!", "Nice.", "Wonderful." */
const PLAIN_PRAISE = /^\s*(?:great|awesome|nice|super|terrific|marvell?ous|wonderful)[.!]*\s*(?:🙏|❤️|💙|🎉)*\s*$/iu;

/** Praise addressed to people and nothing else: "Nice work, firmware team.", "Great job, Marisol!" (sarcasm beside a failure). */
const ADDRESSED_PRAISE = /^\s*(?:(?:really|truly|just)\s+)?(?:nice|great|good|stellar|fantastic|brilliant|excellent|amazing|outstanding|superb|solid)\s+(?:work|job|one|going|stuff|effort)(?:\s+again)?,?\s+(?:@?[\p{L}'’-]+\s*){1,3}[.!]*\s*(?:👏|🙄|😒|🙃|🔥)*\s*$/iu;

/** Whether two rewrites say the same ("Because there was no escalation." and "There was no escalation."). */
function sameSaying(a: string, b: string): boolean {
  const plain = (x: string) => x.toLowerCase().replace(/^\s*(?:(?:why\s*\d*\??|[^:]{0,30}:)\s*)?(?:because|so|and)\s+/u, '').replace(/[.!?\s]+$/u, '').trim();
  return plain(a).length > 12 && plain(a).split(/(?<=[.!?])\s+/u).pop() === plain(b);
}

function matchOf(start: number, end: number, text: string, found: NonNullable<Analysis>): TextMatch {
  const { kind, messages, rewrite } = found;
  return rewrite === null
    ? { start, end, text, kind, message: messages.join(' '), suggestion: '', noSuggestion: true }
    : { start, end, text, kind, message: messages.join(' '), suggestion: rewrite };
}

/** Whether sentence `second` follows `first` on the same line of the text. */
function onSameLine(text: string, first: { end: number }, second: { start: number }): boolean {
  return !text.slice(first.end, second.start).includes('\n');
}

export function scanText(text: string, people: readonly string[], { model = true }: { model?: boolean } = {}): TextMatch[] {
  if (!text.trim()) return [];
  const { index, peopleKey } = indexOf(people);
  const matches: TextMatch[] = [];
  const all = sentences(text);
  let taken = -1;
  const sameLine = (k: number) => onSameLine(text, all[k - 1], all[k]);
  for (const [n, { start, end }] of all.entries()) {
    if (n <= taken) continue;
    const sentence = text.slice(start, end);
    const found = cachedAnalysis(sentence, peopleKey, index, model);
    if (!found) continue;
    // "Whose fault was it? Nobody's.": the question is asked to be answered that way.
    const next = all[n + 1] && text.slice(all[n + 1].start, all[n + 1].end);
    // ("Priya picked chair 14 instead of 4. The two entries sit next to each other in a dropdown with no
    // confirmation step, so this slip was easy to make.": a slip, and what in the system made it easy.)
    if (next && found.kind === 'person-failure' && SLIP_EXPLAINED.test(next) && !JUDGEMENT_KEPT.test(sentence) && !HABIT_OR_VERDICT.test(sentence)
      && !mayNamePeople(next, index) && !cachedAnalysis(next, peopleKey, index, model)) continue;
    if (labelledFixForThings(sentence, peopleKey, index)) continue;
    // ("The disk filled up on node 3. Again.": a repetition alone lays a pattern on people only after a sentence that may
    // name them or tells a change made by someone: "The deploy went out on a Friday evening. Again.")
    if (n > 0 && loneRepetition(sentence)) {
      const before = text.slice(all[n - 1].start, all[n - 1].end);
      if (!mayNamePeople(before, index) && !CHANGE_MADE.test(before)) continue;
      // ("14:10 — Marisol confirmed the sunrise flight for 22 passengers on a basket rated for 16. Second time this month.":
      // the repetition lays the pattern on whoever did the act before it, so the act goes with it, restated without
      // them; a rewrite of the repetition alone left the name beside "This has happened before".)
      const last = matches[matches.length - 1];
      const act = model && found.rewrite !== null && n - 1 > taken && sameLine(n) && !(last && last.end > all[n - 1].start) ? actRestated(before, index) : null;
      if (act && found.rewrite !== null) {
        matches.push(matchOf(all[n - 1].start, end, text.slice(all[n - 1].start, end), { ...found, rewrite: `${act.trimEnd()} ${found.rewrite.trim()}` }));
        taken = n;
        continue;
      }
    }
    // ("Could the planner have warned us? Yes, it silently dropped routes …": what the answer calls "it" is a thing, whatever its name.)
    if (next && /^\s*(?:could|would|should)\s+the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+have\s+[^?]*\?\s*$/iu.test(sentence) && /^\s*(?:yes|no|well)?\s*[,:]?\s*it\s/iu.test(next)
      && !mayNamePeople(next, index) && !cachedAnalysis(next, peopleKey, index, model)) continue;
    // ("who paged venue support? want to thank them": asked, to give credit.)
    // ("Who was on call Saturday? Asking so I can add them to the follow-up invite": asked, to bring them in.)
    if (next && /^\s*who\b[^?]*\?\s*$/iu.test(sentence) && /^\s*(?:(?:i|we)\s+)?(?:want|wanna|would\s+like|['’]d\s+like)\s+to\s+(?:thank|credit)\b|^\s*asking\s+so\s+(?:i|we)\s+can\s+(?:add|invite|loop\s+in|include|thank|credit|ask)\b/iu.test(next)) continue;
    if (next && /\bwho(?:se)?\b[^?]*\?\s*$/iu.test(sentence) && /^(?:nobody|no\s*-?\s*one|none\s+of\s+us)(?:['’]s)?\b[.!]?/iu.test(next)) continue;
    // ("'who did the last pressing on rack B?' / 'me — Lindiwe. need the cloth count?'": asked, and answered by whoever did it, to go on with the work.)
    if (next && /^\W*who\b[^?]*\?\W*$/iu.test(sentence) && /^[\W]*(?:me|i\s+did|that\s+was\s+me|that['’]s\s+me|mine)\b(?![^.?!]*\b(?:sorry|my\s+bad|my\s+fault|oops)\b)/iu.test(next) && !JUDGEMENT_KEPT.test(sentence)) continue;
    // "Q: Was any individual responsible? A: The review focuses on conditions.": asked to be answered so.
    // ("Could a human have caught this? Probably not — the diff was 14,000 lines …")
    // ("Could the on-call have caught this sooner? Honestly no.": a role asked after, and answered no.)
    // ("Q: Was there any alert that would have told the attendant …? A: No.": what the system could have said, answered no.)
    if (next && ASKED_AFTER_PEOPLE.test(sentence)
      && /^(?:a\s*:\s*)?(?:(?:honestly|frankly|realistically|in\s+fairness|truthfully),?\s+)?(?:no\b|probably\s+not\b|almost\s+certainly\s+not\b|unlikely\b|not\s+really\b|nobody|no\s*-?\s*one|none\s+of\s+us|the\s+(?:review|post-?mortem)\s+(?:focuses|looks|is)\b|we\s+(?:don['’]t|do\s+not)\s+(?:assign|look\s+for|name))/iu.test(next)) continue;
    // ("School board asked who was responsible. Our answer: the investigation focuses on conditions": a question reported, and turned down.)
    if (next && /\basked\s+(?:who|whose)\b/iu.test(sentence) && /^(?:our\s+answer\s*:\s*)?(?:the\s+(?:review|post-?mortem|investigation|report|rca)\s+(?:focuses|looks|is\s+about)\b|we\s+(?:don['’]t|do\s+not)\s+(?:assign|look\s+for|name))/iu.test(next)) continue;
    // ("Should the 5 Whys stop at 'Carmen skipped the flash trim check'? No — the check lived on a paper sheet …": a stopping point asked after, and refused.)
    if (next && /^\s*(?:should|do|does|can|could|shall)\s+(?:the|our|we|this)\s+(?:5\s+whys|five\s+whys|analysis|review|rca|root[\s-]cause(?:\s+analysis)?|investigation|post-?mortem|retro)\b[^?]*\bstop\b[^?]*\?\s*$/iu.test(sentence)
      && /^\s*no\b/iu.test(next) && !cachedAnalysis(next, peopleKey, index, model)) continue;
    // "Should the on-call have escalated sooner? We think that is the wrong question.": asked to be turned down.
    if (next && /\?\s*$/u.test(sentence) && WRONG_QUESTION.test(next) && !cachedAnalysis(next, peopleKey, index, model)) continue;
    // "Kwame spent his Saturday reproducing the firmware bug on the test rig. Huge thanks.": what the
    // model took for blame is thanked for by the sentence after it.
    // (Not "Ivan hardcoded the tax rate and went on holiday. Thanks, Ivan.": thanks for effort given, not for what went wrong.)
    // ("kevin just rolled back the scanner firmware, gates opening again. thanks kevin": thanks for the mend.)
    if (next && BARE_THANKS.test(next) && (EFFORT_GIVEN.test(sentence) || MENDING_DONE.test(sentence)) && !cachedAnalysis(sentence, peopleKey, index, false)) continue;
    // ("Zoe noticed the wine valuation report was in the wrong currency and checked with finance …. That saved a lot of pain.": a catch, and what it spared.)
    if (next && /^\s*(?:that|this|it)\s+(?:saved|spared)\s+(?:us\s+)?(?:a\s+lot\s+of|so\s+much|hours|days|a\s+(?:day|week|weekend)|the\s+(?:day|weekend|launch))\b/iu.test(next)
      && MENDING_DONE.test(sentence) && !HABIT_OR_VERDICT.test(sentence) && !cachedAnalysis(sentence, peopleKey, index, false)) continue;
    // "Jira: assigning to Paulo since he owns seat-hold. Not a root-cause assignment, just who's fixing
    // it.": what the model took for blame, said by the next sentence not to be.
    if (next && saysBlamelessly(next) && !cachedAnalysis(next, peopleKey, index, model) && !cachedAnalysis(sentence, peopleKey, index, false)) continue;
    // "Jamal Reed's PR passed all checks. The test fixtures used a merchant ID format …, so CI could not have
    // caught it.": what the model took for blame, after which the next sentence says what no check could see.
    if (next && COULD_NOT_HAVE_SEEN.test(next) && !mayNamePeople(next, index) && !cachedAnalysis(next, peopleKey, index, model) && !cachedAnalysis(sentence, peopleKey, index, false)) continue;
    // "Kaito did it by hand, carefully. Automating this next sprint.": what the model took for blame,
    // an act the next sentence answers with the fix to the system, and no verdict in it.
    // ("Front desk staff clicked submit twice because the signup page gave no feedback for 8 seconds.
    // Added a spinner …": one that gives the thing's account of why, whatever its rewrite.)
    // ("… published the draft because preview and publish sit 8px apart. Design ticket CMS-902 raised …": a because that names no one.)
    const because = /\bbecause\s+(.+)$/iu.exec(sentence);
    if (next && (found.rewrite === null || BECAUSE_OF_A_THING.test(sentence) || (because && !mayNamePeople(because[1], index))) && REMEDY_NEXT.test(next) && !cachedAnalysis(sentence, peopleKey, index, false) && !cachedAnalysis(next, peopleKey, index, model)
      && !HABIT_OR_VERDICT.test(sentence)) continue;
    // "Why did the team proceed? Because every go/no-go criterion was met.": a five-whys question
    // answered with what made the act sensible is the local rationality a review asks for.
    // So is one answered with a condition of the system ("Why did the analyst pick the wrong code? The dropdown lists 48 codes …").
    // (Not one answered with a verdict: "It's the most obvious case there is.", "That's the real question".)
    if (next && WHY_QUESTION.test(sentence) && (BECAUSE_ANSWER.test(next) || (STATES_A_CONDITION.test(next) && !mayNamePeople(next, index) && !ANSWERED_WITH_VERDICT.test(next)))
      && !cachedAnalysis(next, peopleKey, index, model)) continue;
    // ("Could the duty editor have known the story was under embargo? Looking at the CMS, the embargo flag
    // only shows in the edit view": asked, and answered with what the screen did not show.)
    // ("Could the on-call have known? The runbook linked to a dashboard that was deleted in May, so no.": answered no,
    // with what misled.)
    if (next && COULD_HAVE_KNOWN.test(sentence) && (SCREEN_HID.test(next) || ANSWERED_NO.test(next)) && !mayNamePeople(next, index) && !cachedAnalysis(next, peopleKey, index, model)) continue;
    // "Someone in the retro said 'Leon just pushed bad code'. We don't accept that framing: …": blame
    // quoted and then turned down is reported, not laid (unless what is left of the sentence blames).
    // ("Someone … said the night tech 'should have known' …. The display shows Celsius and the alarm sheet is
    // in Fahrenheit. That's a design issue.": turned down after the account of what misled.)
    const afterNext = all[n + 2] && text.slice(all[n + 2].start, all[n + 2].end);
    const turnedDown = next && (QUOTE_TURNED_DOWN.test(next)
      || (afterNext && QUOTE_TURNED_DOWN.test(afterNext) && STATES_A_CONDITION.test(next) && !mayNamePeople(next, index) && !cachedAnalysis(next, peopleKey, index, model)));
    if (turnedDown && (sentence.search(QUOTED) >= 0 || sentence.search(QUOTED_WITH_APOSTROPHES) >= 0)) {
      const unquoted = sentence.replace(QUOTED, '$1the wording$3').replace(QUOTED_WITH_APOSTROPHES, '$1$2the wording$4');
      // (The rules judge what is left: "Someone joked that 'the wording'" reads to the model like the joke.)
      if (!cachedAnalysis(unquoted, peopleKey, index, false)) continue;
    }
    // "We should have had an error budget policy before the promo. Drafting one now with product.":
    // hindsight about what the writers or a thing lacked, owned by the fix the next sentence makes.
    // ("… was always going to bite someone eventually. TIX-2281 adds one.": whom it would hit is no one named.)
    // ("… should have been revisited when we switched … No one owned that review; it's now on the change checklist.")
    // ("We should have had a staleness check; adding one now.", "We should have had a canary stage …. That's
    // a gap in our deploy pipeline, not on any one person.": the writers' own hindsight, owned by its fix in
    // the same sentence or by a blameless saying next; a fix in the next sentence is the rule below's.)
    // "Trying to work out what info they had when they overrode it.": the act asked about, for the context it was done in.
    if (found.kind === 'person-failure' && CONTEXT_SOUGHT.test(sentence)) continue;
    // ("The alert threshold for dissolved oxygen should have been tiered by tide state; we're adding tide-aware
    // thresholds this sprint.": what a thing lacked, and its fix, in one sentence.)
    // ("…; Ravi is building that now.": who makes the fix is named by it, not blamed.)
    if (found.kind === 'hindsight' && remedyIn(sentence) && !JUDGEMENT_KEPT.test(sentence) && !mayNamePeople(beforeRemedy(sentence), index)) continue;
    if (found.kind === 'hindsight' && WRITERS_OWN_HINDSIGHT.test(sentence) && !JUDGEMENT_KEPT.test(sentence) && !mayNamePeople(sentence.replace(NO_ONE_MEANT, ''), index)
      && (remedyIn(sentence) || saysBlamelessly(sentence) || (next && saysBlamelessly(next) && !cachedAnalysis(next, peopleKey, index, model)))) continue;
    // ("We should have had alerting on the rejected-invoice rate. We didn't. A 2% threshold alert went live today.": the fix after an admission.)
    const fixNext = next && /^\s*(?:we|it|they)\s+(?:didn['’]t|did\s+not|don['’]t|do\s+not|wasn['’]t|was\s+not)\s*[.!]?\s*$/iu.test(next) ? afterNext : next;
    if (fixNext && found.kind === 'hindsight' && remedyIn(fixNext) && !JUDGEMENT_KEPT.test(sentence)
      && !mayNamePeople(sentence.replace(/\b(?:bite|hit|catch|hurt|trip(?:\s+up)?)\s+(?:someone|somebody|anyone|us)\b/giu, 'fail').replace(NO_ONE_MEANT, ''), index)
      && (!cachedAnalysis(fixNext, peopleKey, index, model) || labelledFixForThings(fixNext, peopleKey, index))) continue;
    // "… straight to prod at 5pm on a Friday. Really inspired.": the verdict after a finding goes with it.
    // ("… into a test script. Unacceptable.": a verdict found on its own goes with the finding too.)
    // ("… final. seriously. who": each verdict in a row.)
    let last = n;
    // ("Nice work, firmware team. Shipping a build that reverses yaw … is a bold choice.": praise just
    // before a failure it has a rewrite for is the sarcasm's opening, and goes with it.)
    // ("wow. What made it seem safe to …": a bare verdict just before goes too.)
    const previous = n > 0 ? text.slice(all[n - 1].start, all[n - 1].end) : '';
    let from = found.rewrite !== null && n > 0 && n - 1 > taken && sameLine(n) && (ADDRESSED_PRAISE.test(previous) || BARE_MOCKERY.test(previous)) ? all[n - 1].start : start;
    // ("Yeah, that's on Anders. He wrote the locking code and refused review.": whom it is on, just before the restated act, goes with it.)
    const before = matches[matches.length - 1];
    if (found.rewrite !== null && from === start && n > 0 && sameLine(n) && before?.noSuggestion && before.start === all[n - 1].start && before.end === all[n - 1].end && BLAME_ONLY.test(previous)) {
      matches.pop();
      from = before.start;
    } else if (found.rewrite !== null && from === start && n - 1 > taken && sameLine(n) && (!before || before.end <= all[n - 1].start) && SYSTEM_DENIED.test(previous)) {
      // ("Can we please stop pretending this was a 'system issue'? Tariq typed the wrong tenant ID.": the cause denied to the system, just before.)
      from = all[n - 1].start;
    }
    // ("… skipped with the --force flag. There should be consequences.": a short verdict the model found,
    // about nothing in particular, goes too; a thirteenth reader found it left after the rewrite.)
    const verdictAt = (k: number): boolean => {
      const said = text.slice(all[k].start, all[k].end);
      // ("… could have stacked the reefers on the powered rows. She didn't.": after hindsight restated as what was not
      // done, "she didn't" says it again of her; a thirty-second reader found it kept.)
      if (SHORT_OUTCOME.test(said)) return found.kind === 'hindsight' && found.rewrite !== null && /^\s*(?:he|she)\s+(?:didn['’]t|did\s+not)\s*[.!]*\s*$/iu.test(said);
      // ("kevin broke the scanner firmware again. thanks kevin": thanks after a failure is sarcasm.)
      if (BARE_MOCKERY.test(said) || ADDRESSED_PRAISE.test(said) || (found.kind !== 'hindsight' && BARE_THANKS.test(said))) return true;
      // ("chen ran the load test against PROD. against prod. 🤦": the act's last words said again, for scorn.)
      if (echoes(said, text.slice(start, end))) return true;
      // (What follows goes only with a rewrite to carry it, and is judged with the model.)
      if (!model || found.rewrite === null) return false;
      // ("… the runbook had been read we wouldn't be here. the crane telemetry gap is on her": whom it is on goes too.)
      if (OUTCOME_ON_SOMEONE.test(said)) return true;
      const judged = cachedAnalysis(said, peopleKey, index, model);
      // ("This one is on them, not the software.": whom it is on, whether or not the check finds it alone.)
      if ((judged || mayNamePeople(said, index) || /\b(?:him|her|them|his|their)\b/iu.test(said)) && (BLAME_ONLY.test(said) || SYSTEM_DENIED.test(said))) return true;
      if (!judged) return verdictOnly(said, index);
      // ("… was run against production instead of sandbox. Recommend revoking his prod access.": a sanction or a
      // call for a name after the restated act says no fact of its own; it goes with it. A twenty-fifth reader
      // found such sentences left beside the rewrite.)
      return judged.rewrite === null && (bareReproach(said, true) || judged.messages.every((m) => SANCTION_OR_CULPRIT.test(m)));
    };
    while (all[last + 1] && sameLine(last + 1) && verdictAt(last + 1)) last += 1;
    // ("The handover note was not read. It was literally pinned in the channel.": the fact after the restated act stays,
    // without the scorn of "literally"; a twenty-fifth reader found it kept the jab.)
    const emphatic = model && found.rewrite !== null && all[last + 1] && sameLine(last + 1) ? text.slice(all[last + 1].start, all[last + 1].end) : '';
    const plainFact = EMPHASIS.test(emphatic) ? emphatic.replace(EMPHASIS, ' ').replace(/\s{2,}/gu, ' ') : '';
    if (found.rewrite !== null && plainFact && !mayNamePeople(plainFact, index) && !cachedAnalysis(plainFact, peopleKey, index, model)) {
      matches.push(matchOf(from, all[last + 1].end, text.slice(from, all[last + 1].end), { ...found, rewrite: `${found.rewrite.trimEnd()} ${plainFact.trim()}` }));
      taken = last + 1;
      continue;
    }
    const verdict = last > n ? all[last] : null;
    if (verdict && found.rewrite !== null) {
      matches.push(matchOf(from, verdict.end, text.slice(from, verdict.end), { ...found, rewrite: found.rewrite.trimEnd() }));
      taken = last;
    } else if (verdict && !cachedAnalysis(next, peopleKey, index, model)) {
      matches.push(matchOf(start, verdict.end, text.slice(start, verdict.end), found));
      taken = last;
    } else matches.push(matchOf(from, end, text.slice(from, end), found));
    // ("Why did nobody catch the expired certificate? Because …": a why asked as "What would have helped to
    // …?" no longer takes the answer after it; a twenty-third reader found the pair not English.)
    const asked = matches[matches.length - 1];
    const answer = all[Math.max(taken, n) + 1];
    if (asked && !asked.noSuggestion && answer && /^\s*because\b/iu.test(text.slice(answer.start, answer.end)) && /^\s*(?:[^:?]{1,40}:\s*)?what\s+(?:made\s+it|would\s+have\s+helped)\b[^?]*\?\s*$/iu.test(asked.suggestion)) {
      matches[matches.length - 1] = { ...asked, suggestion: '', noSuggestion: true };
    }
    // ("Because Lina didn't escalate. Even a new hire would have known to escalate.": a rewrite that says
    // again what the one before it said ("There was no escalation." twice) goes with that one when next to
    // it on the line ("Again. AGAIN." → "This has happened before."); else it is left to the writer.)
    const [prior, latest] = matches.slice(-2);
    if (prior && latest && !prior.noSuggestion && !latest.noSuggestion && sameSaying(prior.suggestion, latest.suggestion)) {
      matches.splice(-2, 2, ...(/^[ \t]*$/u.test(text.slice(prior.end, latest.start))
        ? [{ ...prior, end: latest.end, text: text.slice(prior.start, latest.end) }]
        : [prior, { ...latest, suggestion: '', noSuggestion: true }]));
    }
    // "… was copied into a test script. There should be consequences.": a sentence that blames only
    // beside the one restated before it. A short one goes with that finding; a longer one is found.
    const after = Math.max(taken, n) + 1;
    const rest = all[after];
    if (model && found.rewrite !== null && rest && sameLine(after)) {
      const restText = text.slice(rest.start, rest.end);
      if (!cachedAnalysis(restText, peopleKey, index, model) && stillBlamesAfter(found.rewrite, restText, index)) {
        // (Only a verdict about nothing in particular goes: "Thanks for nothing.", "Impressive work.";
        // "On a breaking-news day." says when, and stays; it is found only if it speaks of people.)
        if (bareReproach(restText, false)) {
          const before = matches.pop() as TextMatch;
          matches.push(matchOf(before.start, rest.end, text.slice(before.start, rest.end), { ...found, rewrite: found.rewrite.trimEnd() }));
          taken = after;
        } else if (mayNamePeople(restText, index)) {
          matches.push(matchOf(rest.start, rest.end, restText, { kind: found.kind, messages: [IN_CONTEXT_MESSAGE], rewrite: null }));
          taken = after;
        }
      }
    }
  }
  return withPointingTagsMerged(text, index, withErrorVerdictsMerged(text, all, model ? [...matches, ...inContext(text, all, peopleKey, index)].sort((a, b) => a.start - b.start) : matches, index));
}

/**
 * "Florian ran the load test at 30% and called it a pass. Interesting definition of pass.", "Nadia had
 * the fix ready at 1am and went to bed. thanks Nadia 😒": blame that two sentences of a line make
 * together, neither alone. Two neighbouring sentences of one line in which nothing was found are
 * judged as one by the model, as it was trained (on whole lines); the rules are not asked, their
 * shapes end at a sentence's end.
 */
function inContext(text: string, all: ReadonlyArray<{ start: number; end: number }>, peopleKey: string, index: PeopleIndex): TextMatch[] {
  const matches: TextMatch[] = [];
  let from = 1;
  for (let n = 1; n < all.length; n += 1) {
    const first = all[n - 1];
    const second = all[n];
    if (n < from || !onSameLine(text, first, second)) continue;
    const [one, two] = [text.slice(first.start, first.end), text.slice(second.start, second.end)];
    if (cachedAnalysis(one, peopleKey, index, true) || cachedAnalysis(two, peopleKey, index, true)) continue;
    // "Great job by the mobile team shipping a login screen that locks out every member over 60. Truly
    // inspired work.": thanks turned by the mocking verdict after it.
    // ("Thanks Kim for restoring the feed. Great!": plain praise after thanks is more thanks.)
    // ("Great job, Tomasz. Really stellar volunteer roster deletion.": praise of a failure, after praise of a person.)
    // ("Great job, Tom. Third outage this quarter from a one-line RSS feed change.": praise of a person, then the tally.)
    const praiseTurned = (unturnedThanks(one) || ADDRESSED_PRAISE.test(one)) && (BARE_MOCKERY.test(two) || PRAISED_FAILURE.test(two) || (ADDRESSED_PRAISE.test(one) && COUNTED_FAILURE.test(two))) && !PLAIN_PRAISE.test(two) && mayNamePeople(one, index);
    // ("card freeze broken again. thanks backend": thanks to people after what broke again.)
    const thanksAfterRepeat = BARE_THANKS.test(two) && RECURRENCE.test(one) && !mayNamePeople(one, index) && mayNamePeople(two, index);
    if (thanksAfterRepeat || praiseTurned) {
      matches.push(matchOf(first.start, second.end, text.slice(first.start, second.end), { kind: 'blame-word', messages: [THANKS_TURNED_MESSAGE], rewrite: null }));
      from = n + 2;
      continue;
    }
    // ("Dario ran the PVC compound through the extruder at 190°C. The spec sheet taped to the hopper says 165.": what a
    // person did, set against the figure the document gives.)
    const pointedBy = ([
      // ("Oxygen alarm at 03:20 sat unacknowledged for 40 minutes. Eoin was on nights.": who was on duty, and nothing
      // else, after what went unanswered.)
      [() => UNANSWERED.test(one) && ON_DUTY_ONLY.test(two) && mayNamePeople(two, index) && !mayNamePeople(one, index), ON_DUTY_MESSAGE],
      // ("Yusuf told the client the licence covered apps. It didn't.": what a person said, then flatly denied.)
      [() => PERSON_TOLD.test(one) && BARE_DENIAL.test(two) && mayNamePeople(one, index), SAID_THEN_DENIED_MESSAGE],
      // ("… and the night operator was... where, exactly?": whereabouts asked after, to point.)
      [() => /\b(?:was|were)\s*(?:\.{2,}|…)\s*$/iu.test(one) && /^\s*where,?\s*(?:exactly|then)?\s*\?+\s*$/iu.test(two) && mayNamePeople(one, index), WHEREABOUTS_MESSAGE],
      [() => /\d/u.test(one) && DOCUMENT_SAYS_FIGURE.test(two) && mayNamePeople(one, index) && !mayNamePeople(two, index), SET_AGAINST_MESSAGE],
      // ("Engine room took 11 minutes to answer a full-astern order. Eleven.": how long people took, said twice.)
      // (Of people: "The replica took 12 minutes to restart. Twelve!" is the system's.)
      [() => TOOK_TO_ACT.test(one) && FIGURE_REPEATED.test(two) && (mayNamePeople(one, index) || !/^\s*(?:[^:]{1,30}:\s*)?\p{Lu}/u.test(one) || TEAM_SUBJECT.test(one)), FIGURE_REPEATED_MESSAGE],
      // ("Nice of the typesetter to use a lowercase l for every number 1 on the menus. Very retro.")
      // (Of people, by name, by role or by a team's lowercase name, "claims analytics": "Nice of AWS to publish the
      // summary so quickly. Very useful." is thanks.)
      [() => NICE_OF.test(one) && MOCKING_ADJECTIVE.test(two) && (mayNamePeople(one, index) || /\bof\s+(?:the\s+|our\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+to\b/u.test(one)), NICE_THEN_MOCKED_MESSAGE],
    ] as const).find(([pointed]) => pointed())?.[1];
    if (pointedBy) {
      matches.push(matchOf(first.start, second.end, text.slice(first.start, second.end), { kind: 'blame-word', messages: [pointedBy], rewrite: null }));
      from = n + 2;
      continue;
    }
    // ("Daniel was the one who found the race condition, … at 2 a.m. Really appreciate it.": thanks for a catch or for effort, as scanText excuses one sentence so.)
    if (BARE_THANKS.test(two) && (MENDING_DONE.test(one) || EFFORT_GIVEN.test(one)) && !RECURRENCE.test(one) && !HABIT_OR_VERDICT.test(one)) continue;
    const found = cachedPair(one, two, peopleKey, index);
    if (!found) continue;
    // ("Dmitri missed the handover because the reminder was tied to his old calendar after the team reorg. Calendars
    // migrated for everyone.": a slip whose cause was a thing's, then the fix; as scanText excuses one sentence so.)
    if (BECAUSE_OF_A_THING.test(one) && REMEDY_NEXT.test(two) && !HABIT_OR_VERDICT.test(one)) continue;
    // ("Q: why didn't the crane stop …? A: the safety PLC treated 'no data' as 'no obstacle'. Design gap, not an
    // operator issue.": what the model took for blame, said by the sentence after the pair not to be.)
    const after = all[n + 1] && onSameLine(text, second, all[n + 1]) ? text.slice(all[n + 1].start, all[n + 1].end) : '';
    // ("Could the loan tracker have warned us? Yes, it had the expiry date. It just never emailed anyone. Adding a
    // 30-day reminder.": what a thing failed to do, answered by its fix.)
    if (after && (saysBlamelessly(after) || (REMEDY_NEXT.test(after) && !mayNamePeople(`${one} ${two}`.replace(/\b(?:anyone|anybody|no\s*-?\s*one|nobody)\b/giu, 'x'), index)))
      && !cachedAnalysis(after, peopleKey, index, true)) continue;
    matches.push(matchOf(first.start, second.end, text.slice(first.start, second.end), found));
    from = n + 2;
  }
  return matches;
}

/**
 * Two sentences judged as one by the model; rewritten sentence by sentence: one that names people
 * restated without them (as analyseSentence restates a sentence the model found), one that does not
 * kept without its asides, or left out when it is the reproach ("Interesting definition of pass.").
 * Null when the two say something the blameless way, or are a why answered by a because
 * (as scanText excuses it).
 */
function analysePair(one: string, two: string, known: PeopleIndex): Analysis {
  if (!modelMayJudge(one) || !modelMayJudge(two) || (WHY_QUESTION.test(one) && BECAUSE_ANSWER.test(two))) return null;
  const pair = `${one} ${two}`;
  const found = analyseSentence(pair, known, true, false);
  if (!found) return null;
  const people = withMentioned(known, mentionedNames(pair));
  const each = [one, two].map((sentence) => {
    // ("Interesting definition of pass." scores as blame on its own: it is the reproach, and goes.)
    // (A timeline entry is a fact, whatever the model reads in it: "09:16 — everything broke." after "09:15 — Gemma
    // deployed." stays; a thirtieth reader found it dropped.)
    // (Not one that jabs: "09:16 everything broke, thanks to that genius." still goes.)
    if (!mayNamePeople(sentence, people)) return modelFinds(sentence, people) && !(/^\s*(?:\p{L}+\s+)?\d{1,2}[:h]\d{2}\b/u.test(sentence) && !/\b(?:thanks\s+to|courtesy\s+of|genius|hero|legend|as\s+usual|of\s+course|classic|typical)\b/iu.test(sentence) && !JUDGEMENT_KEPT.test(sentence)) ? [''] : [withoutAsides(sentence)];
    const { label, body } = splitLabel(sentence, people);
    return modelFinding(body, people).rewrites.map((r) => `${label}${tidy(withoutNames(withoutLastReproach(r), people))}`)
      .filter((r) => r.toLowerCase() !== sentence.toLowerCase() && !pointsAtPeople(r) && !keepsActor(r, sentence) && !garbledRestatement(r, sentence) && !analyseSentence(r, people, false));
  });
  const rewrite = each[0].flatMap((a) => each[1].map((b) => [a, b].filter(Boolean).join(' ')))
    .find((r) => r && r !== pair && !JUDGEMENT_KEPT.test(r) && !garbledRestatement(r, pair) && !analyseSentence(r, people, false) && !modelFinds(r, people)) ?? null;
  return { ...found, rewrite };
}

/** "Draw your own conclusions.", "Just saying.": a tag that only points, and says no fact. */
const POINTING_TAG = /^\s*(?:not\s+pointing\s+(?:any\s+)?fingers\s*(?:🙃|😉|😏|🙄|👀)+|draw\s+your\s+own\s+conclusions?|just\s+saying|make\s+of\s+that\s+what\s+(?:you|u)\s+will|enough\s+said|i\s+rest\s+my\s+case|say\s+no\s+more|need\s+i\s+say\s+more|let\s+that\s+sink\s+in|you\s+do\s+the\s+math|connect\s+the\s+dots)\s*[.!]*\s*$/iu;

/**
 * "Tram 3008 was signed off as fit for service. 3008 lost its sanders 20 minutes into the route. Just saying.": a
 * pointing tag at the end of a line whose act is restated goes with that rewrite, and the facts between stay; a
 * twenty-eighth reader found the tag left beside the rewrite.
 */
function withPointingTagsMerged(text: string, people: PeopleIndex, found: readonly TextMatch[]): TextMatch[] {
  const matches = [...found];
  for (let k = 1; k < matches.length; k += 1) {
    const [restated, tag] = [matches[k - 1], matches[k]];
    const between = text.slice(restated.end, tag.start);
    if (!tag.noSuggestion || restated.noSuggestion || !POINTING_TAG.test(tag.text) || between.includes('\n') || mayNamePeople(between, people) || !/^\s*$/u.test(text.slice(tag.end).split('\n')[0])) continue;
    matches.splice(k - 1, 2, { ...restated, end: tag.end, text: text.slice(restated.start, tag.end), suggestion: `${restated.suggestion}${between.trimEnd()}` });
    k -= 1;
  }
  return matches;
}

/** A sentence's act restated without its people, as the model's finding would be, when that passes the check; else null. */
function actRestated(sentence: string, people: PeopleIndex): string | null {
  const { label, body } = splitLabel(sentence, people);
  // ("The migration was run by Paulo.": the passive's doer goes.)
  const byWhom = /\s+by\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?=\s*[.!]*\s*$)/u.exec(body);
  const restated = restatedWithoutPeople(body, people)?.text
    ?? (byWhom && /\b(?:was|were)\s+\p{L}+\s+by\s/u.test(body) && mentionsPeopleIn(byWhom[1], people) ? `${body.slice(0, byWhom.index)}${body.slice(byWhom.index + byWhom[0].length)}` : null);
  if (!restated) return null;
  const said = `${label}${tidy(withoutNames(withoutAsides(restated), people))}`;
  return offerable(said, sentence, people) ? said : null;
}

/**
 * Whether a restatement of `original` may be offered: it points at no one and keeps no doer, is English, and
 * neither the rules nor the model find blame in it.
 */
function offerable(rewrite: string, original: string, people: PeopleIndex): boolean {
  return !pointsAtPeople(rewrite) && !keepsActor(rewrite, original) && !garbledRestatement(rewrite, original) && !analyseSentence(rewrite, people, false) && !modelFinds(rewrite, people);
}

/** The rules alone, without the blame model: what the model is trained beside. */
export function scanRulesOnly(text: string, people: readonly string[]): TextMatch[] {
  return scanText(text, people, { model: false });
}
