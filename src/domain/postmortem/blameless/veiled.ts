/**
 * Blame veiled rather than said (sets 83–86):
 *
 * - doubt laid on what a person did: "Ingrid, who was supposedly watching the dashboards, …",
 *   "Thanh conveniently left out …";
 * - scare quotes on a person's act, and "so-called" on their work: "Rahul 'fixed' the issue",
 *   "Leilani's so-called review";
 * - a person meant but not named: "The usual suspect cowboy-deployed …", "You-know-who force-pushed …",
 *   "A certain developer thought …", "Paulo, our resident expert in skipping steps, …",
 *   "Three reopened defects, all from the same developer.";
 * - asides that point at whoever it was: "High, given who is holding the pager this week.",
 *   "…, which is what we get for outsourcing.";
 * - a person's word set against the record: "Arjun says he tested the rollback path; the logs
 *   suggest otherwise." (no restatement: what the record shows is not in the sentence);
 * - the same person tied to an earlier incident: "the same engineer was also involved in the March outage".
 *
 * Each is rewritten without the veil; what is left is read again by the other rules.
 */
import { mentionsPeopleIn, maybeStandsForPeople, nounPhraseEnd, type PeopleIndex } from './clause';
import { leftToWriter, says, type Rewrite } from './rewrite';
import { infinitiveOf, isPluralNoun, participleOf, pastOf, tokenize } from './words';

const say = says('blame-word', 'An insinuation about people blames them. State what happened plainly.');

/** The words an adverb or quote right after them is said of: the last few, past "who was", "had". */
function saidOf(before: string): string {
  const head = before
    .replace(/,?\s*(?:who|that)(?:['’]s|\s+(?:was|were|is|are|had|has|have)(?:\s+been)?)?\s*,?\s*$/iu, '')
    .replace(/\s+(?:was|were|is|are|had|has|have)(?:\s+been)?\s*$/iu, '');
  return head.split(/\s+/u).slice(-4).join(' ');
}

/** Whether the words end in a phrase that stands for people ("Ingrid", "the on-call engineer", not "the vendor API"). */
function endsInPeople(words: string, people: PeopleIndex): boolean {
  const last = words.split(/\s+/u).filter(Boolean).slice(-3);
  return last.some((_, i) => maybeStandsForPeople(last.slice(i).join(' '), people));
}

/** The sentence with `[from, to)` replaced, its first letter kept a capital where it was one. */
function spliced(sentence: string, from: number, to: number, insert: string): string {
  const text = `${sentence.slice(0, from)}${insert}${sentence.slice(to)}`;
  return /^\s*\p{Lu}/u.test(sentence) ? text.replace(/^(\s*)(\p{Ll})/u, (_m, space: string, letter: string) => `${space}${letter.toUpperCase()}`) : text;
}

const RELATIVE_DOUBT = /,\s*who\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:supposedly|allegedly|ostensibly|purportedly)\s+[^,;]+,\s*/iu;
const DOUBT = /(,\s*)?\b(?:supposedly|allegedly|ostensibly|purportedly|conveniently)\b(,)?\s*/giu;

/** "who was supposedly watching", "conveniently left out": doubt on what a person did. */
function doubtOnAct(sentence: string, people: PeopleIndex): Rewrite | null {
  // "Ingrid, who was supposedly watching the dashboards, did not notice …": the aside goes whole
  // (without the doubt, "Ingrid, who was watching …," only leaves a name for the next step to cut).
  const aside = RELATIVE_DOUBT.exec(sentence);
  if (aside && endsInPeople(saidOf(sentence.slice(0, aside.index)), people)) return say(spliced(sentence, aside.index, aside.index + aside[0].length, ' '));
  for (const m of sentence.matchAll(DOUBT)) {
    const before = sentence.slice(0, m.index);
    const after = sentence.slice(m.index + m[0].length);
    const ofPerson = before.trim() ? endsInPeople(saidOf(before), people) : mentionsPeopleIn(after.split(/\s+/u).slice(0, 3).join(' '), people);
    if (!ofPerson) continue;
    // ", conveniently, left" → " left"; ", supposedly on call" keeps its comma.
    const insert = m[1] && m[2] ? ' ' : m[1] && !m[2] ? m[1] : before.trim() ? ' ' : '';
    return say(spliced(sentence, m.index, m.index + m[0].length, insert).replace(/\s{2,}/gu, ' '));
  }
  return null;
}

/** A quoted word or two, opening after a space: "'fixed'", "“review”". */
const QUOTED_WORDS = /(?<=^|\s)(['‘"“])([\p{L}-]+(?:\s+[\p{L}-]+)?)(['’"”])(?=[\s.,;:!?]|$)/gu;
/** What follows a quoted label of a screen or setting, not a person's act. */
const LABEL_NOUN = /^\s*(?:button|tab|option|step|field|flag|label|status|column|menu|link|toggle|checkbox|box|setting|page|screen|template|state|message|dialog|mode)\b/iu;

const DOCUMENT_SAYS = /\b(?:doc|document|draft|report|ticket|rca|summary|timeline|page|e-?mail|message|comment|write-?up)\s+(?:says|said|states|stated|reads|claims|claimed|has)\b/iu;

/** Acts whose word claims success, said without the claim once their scare quotes go. */
const NO_CLAIM: Readonly<Record<string, string>> = {
  fixed: 'changed', optimized: 'changed', optimised: 'changed', improved: 'changed', simplified: 'changed', refactored: 'changed',
  tidied: 'changed', upgraded: 'changed', streamlined: 'changed', cleaned: 'changed', corrected: 'changed', resolved: 'changed',
  // (What was done once is said, not the care claimed: "'double-checked' … they only checked it once".)
  'double-checked': 'checked', 'triple-checked': 'checked', 'thoroughly tested': 'tested',
};

/** What says outright, after a doubted act, that it was not done. */
const DOUBT_SAID = /\bmeans?\b|\bmeaning\b|\bn['’]t\b|\bnot\b|\bnever\b/iu;

/** Acts of care whose doubt, in quotes, is a doubt of whoever did them. */
const DILIGENCE = /^(?:tested|re-?tested|reviewed|checked|double-checked|triple-checked|verified|validated|approved|signed-off|fixed|completed|documented|monitored|qa['’]?d|investigated|handled|followed)$/iu;

/** "Rahul 'fixed' the issue", "Leilani's so-called review": a person's act or work doubted. */
function scareQuotes(sentence: string, people: PeopleIndex): Rewrite | null {
  const soCalled = /\b((?:\p{Lu}[\p{L}-]*['’]s|his|her|their)\s+)so-called\s+/u.exec(sentence);
  if (soCalled && (/^(?:his|her|their)\s/iu.test(soCalled[1]) || mentionsPeopleIn(soCalled[1], people))) {
    return say(spliced(sentence, soCalled.index, soCalled.index + soCalled[0].length, soCalled[1]));
  }
  // "The CIP cycle 'somehow' ran caustic into the brite tank while Ruby was alone on the floor": doubt
  // in quotes, beside a person, is the insinuation; the event stays.
  const doubt = /(?<=^|\s)['‘"“](?:somehow|accidentally|mysteriously|magically|randomly|spontaneously|by\s+itself|on\s+its\s+own)['’"”]\s+/iu.exec(sentence);
  if (doubt && mentionsPeopleIn(sentence, people)) return say(spliced(sentence, doubt.index, doubt.index + doubt[0].length, ''));
  for (const m of sentence.matchAll(QUOTED_WORDS)) {
    const before = sentence.slice(0, m.index).trimEnd();
    const after = sentence.slice(m.index + m[0].length);
    // "The doc says Kai 'forgot' to drain the node": a document's word, quoted.
    if (LABEL_NOUN.test(after) || DOCUMENT_SAYS.test(before)) continue;
    // (A person's thing in quotes, "Luca's 'quick fix'", is characterisation.ts's sneer.)
    const subject = endsInPeople(before, people);
    const act = tokenize(m[2])[0]?.tags.has('PastTense') || /ed$/u.test(m[2]);
    // "The preflight checklist was 'completed' in 11 seconds by the morning shift lead": the doubted act
    // said in the passive, its doer named after "by"; the act stays, plain, without its doer.
    // (… up to when it was: "by Pavel over the weekend" keeps "over the weekend"; a thirty-second reader found it dropped.)
    const by = /\s+by\s+((?:the\s+)?[^.,;!?]+?)(?=\s*(?:[.,;!?]|$)|\s+(?:over|during|at|last|this|before|after|around)\s|\s+on\s+(?:\d|the\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the\s+(?:weekend|night|morning|evening)\b)|\s+(?:yesterday|today|tonight|overnight)\b)/iu.exec(after);
    const doer = by && maybeStandsForPeople(by[1], people) ? by : null;
    // "Seems the lock firmware was 'tested' the same way the last two releases were": with no doer said,
    // doubt of an act of care is the same sneer at whoever did it.
    if (!subject && act && /\b(?:was|were|been|being|got)\s*$/iu.test(before) && (doer || DILIGENCE.test(m[2]))) {
      // ("was 'tested' by Bruno, which means it wasn't", "was 'reviewed'? By whom, …?": the doubt is said
      // or asked outright, and no plain act is left.)
      if (DOUBT_SAID.test(after) || (!doer && /\bwhom\b|\?/iu.test(after))) return leftToWriter(say(sentence), sentence);
      const rest = doer ? `${after.slice(0, doer.index)}${after.slice(doer.index + doer[0].length)}` : after;
      // ("was 'completed' in 11 seconds": without its quotes the act reads as done; a fifteenth reader took
      // "was completed" for the writer saying it was. What was recorded is the fact: "was marked as completed".)
      const claimed = NO_CLAIM[m[2].toLowerCase()] ?? m[2];
      const plain = DILIGENCE.test(m[2]) || /^(?:resolved|corrected)$/iu.test(m[2]) ? `marked as ${claimed === 'changed' ? m[2].toLowerCase() : claimed}` : claimed;
      return say(`${sentence.slice(0, m.index)}${plain}${rest}`);
    }
    if (!subject || !act) continue;
    // ("Facilities 'checked' the exam rooms.": without its quotes the check reads as done; a twenty-fifth reader took it so.)
    if (DILIGENCE.test(m[2]) && !NO_CLAIM[m[2].toLowerCase()]) return leftToWriter(say(sentence), sentence);
    // ("Olumide 'fixed' the feed and broke it": the quotes say it was no fix; without them the act is a change.)
    // ("'fixed' the issue": work on a problem, not a change to it.)
    const onProblem = /^\s+(?:the|this|that|a)\s+(?:issue|bug|problem|incident|outage|defect|error|ticket)s?\b/iu.test(after);
    const plain = /^\s*with\b/iu.test(after) && /^helped$/iu.test(m[2]) ? 'worked'
      : NO_CLAIM[m[2].toLowerCase()] ? (onProblem ? 'worked on' : NO_CLAIM[m[2].toLowerCase()]) : m[2];
    return say(`${sentence.slice(0, m.index)}${plain}${after}`);
  }
  return null;
}

/** Who is meant without a name, and what is said instead. */
const VEILED: ReadonlyArray<readonly [RegExp, string]> = [
  // ("Mobile QA (the usual suspects) re-enable …": an aside naming no one new goes whole.)
  [/\s*\((?:the\s+|our\s+)?usual\s+suspects?\)/iu, ''],
  [/\b(?:the\s+|our\s+)?usual\s+suspects\b/iu, 'some engineers'],
  // ("somebody, not naming names, turned off the dedupe flag": the aside that says a name is meant goes.)
  [/,\s*not\s+naming\s+(?:any\s+)?names\s*,/iu, ''],
  [/\b(?:the\s+|our\s+)?usual\s+suspect\b/iu, 'someone'],
  // ("… was changed to 1350C by someone who clearly doesn't know what they're doing": the sneer at the doer goes, the act stays.)
  [/\s+by\s+(?:someone|somebody|a\s+person|people)\s+who\s+(?:clearly\s+|obviously\s+|apparently\s+)?(?:doesn['’]t|does\s+not|didn['’]t|did\s+not|don['’]t|do\s+not)\s+know\s+what\s+(?:they|he|she)(?:['’]re|['’]s|\s+(?:are|is|was|were))\s+doing\b/iu, ''],
  // ("the vendor liaison (you know who) promised …": the aside that says someone is meant goes whole; a thirty-second
  // reader found "(someone)" still pointed.)
  [/\s*\((?:you[-\s]know[-\s]who|not\s+naming\s+(?:any\s+)?names|no\s+names)\)/iu, ''],
  // ("The water bill is in the shared folder if anyone wants to thank him.": thanks offered in scorn.)
  [/,?\s+if\s+(?:anyone|anybody|you)\s+wants?\s+to\s+thank\s+(?:him|her|them)\b/iu, ''],
  [/\byou[-\s]know[-\s]who\b(?!\s+you\s+are\b)/iu, 'someone'],
  [/\ba\s+certain\s+(?:someone|somebody|person|individual)\b/iu, 'someone'],
  // "all because one person thought feature flags were optional"
  // ("because one person checking 400 pages is not a control": one person's load, not one person's doing.)
  [/\bbecause\s+one\s+(?:person|individual|engineer|developer|dev|tester|guy)\b(?!\s+(?:checking|doing|reviewing|handling|covering|running|approving|watching|monitoring|staffing)\b)/iu, 'because someone'],
  [/\ba\s+certain\s+((?:[\w-]+\s+)?(?:developer|engineer|dev|tester|team|squad|colleague|reviewer|manager|lead|contractor|vendor))\b/iu, 'a $1'],
  [/\b(?:certain|some)\s+(?:people|individuals|folks)\s+who\s+(?:shall|will|must)\s+remain\s+nameless\b/iu, 'some people'],
  [/,\s*(?:our|the\s+team['’]s|the)\s+(?:resident|in-house|local)\s+(?:expert|genius|wizard|specialist|authority|guru|champion)\s+(?:in|on|at)\s+[^,]+,/iu, ''],
  [/,?\s*(?:all|both|each|every\s+one)\s+(?:of\s+them\s+)?(?:from|by|assigned\s+to|opened\s+by|written\s+by|raised\s+against)\s+the\s+same\s+(?:developer|engineer|person|tester|individual|dev|team\s+member|author|reviewer)\b/iu, ''],
  // "High, given who is holding the pager this week."
  [/,?\s*(?:given|considering|knowing|seeing)\s+who(?:['’]s|\s+(?:is|was|has|had|wrote|owns|owned|approved|built|ran|reviewed|holds|held|did))\b[^.!;]*/iu, ''],
  // "…, which is what we get for outsourcing."
  [/,?\s*(?:which\s+is\s+|that['’]s\s+)?what\s+(?:we|you)\s+get\s+for\s+[^.!;]+/iu, ''],
];

function veiledPerson(sentence: string): Rewrite | null {
  for (const [pattern, instead] of VEILED) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const insert = m[0].replace(pattern, instead);
    const text = spliced(sentence, m.index, m.index + m[0].length, insert).replace(/\s+([.!;,])/gu, '$1').replace(/\s{2,}/gu, ' ');
    if (text.trim()) return say(text);
  }
  return null;
}

/** "X says he tested it; the logs suggest otherwise", "X assured us it had been tested; it had not." */
const WORD_AGAINST_RECORD = /^\s*(.+?)\s+(?:says|said|claims|claimed|insists|insisted|swears|swore|maintains|maintained|assured\s+(?:us|me|everyone|the\s+team)|told\s+(?:us|me|everyone|the\s+team))\s+(?:that\s+)?.+?(?:[;—–:]|,\s+but|\.\s+|\s-\s)\s*(?:but\s+)?(?:the\s+(?:[\w-]+\s+){0,2}(?:logs?|evidence|data|history|audit\s+trail|timestamps?|records?|metrics|pipeline|screenshots?|commits?)\s+(?:suggests?|says?|shows?|tells?|tell|paints?|show|suggest)\s+(?:\w+\s+)?(?:otherwise|a\s+different\s+story|differently)|it\s+(?:had|was|did|has|were)\s*(?:n['’]t|\s+not)\b|(?:he|she|they)\s+(?:had|did|was|were)\s*(?:n['’]t|\s+not)\b|(?:it|they)\s+(?:wasn['’]t|weren['’]t|hadn['’]t|didn['’]t)\b)/iu;

function wordAgainstRecord(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = WORD_AGAINST_RECORD.exec(sentence);
  if (!m || !maybeStandsForPeople(m[1], people)) return null;
  return { kind: 'blame-word', message: 'Setting what a person said against the record suggests they were not truthful. State what the record shows.', text: sentence, unrewritten: true };
}

/** "It is worth noting that the same engineer was also involved in the March outage." */
const SAME_PERSON_BEFORE = /\bthe\s+same\s+(?:engineer|developer|person|individual|team\s+member|tester|dev|reviewer|contractor)\s+(?:(?:who|that)\s+[^,.;]+?\s+)?(?:was|is|has\s+been|had\s+been)\s+(?:also\s+)?(?:involved|responsible|behind|at\s+the\s+(?:centre|center|heart))\b/iu;

function samePersonBefore(sentence: string): Rewrite | null {
  if (!SAME_PERSON_BEFORE.test(sentence)) return null;
  return { kind: 'blame-word', message: 'Tying a person to earlier incidents lays a pattern on them. Compare the conditions of the incidents instead.', text: sentence, unrewritten: true };
}

/** "Risk stays high until Anneliese stops treating staging as optional": a person's habit as the risk. */
const UNTIL_PERSON_CHANGES = /\buntil\s+(.+?)\s+(?:stops|starts|learns\s+(?:to|how\s+to)|remembers\s+to|bothers\s+to|begins\s+to|gets\s+(?:better|round|around)\s+(?:at|to))\s+/iu;

function untilPersonChanges(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = UNTIL_PERSON_CHANGES.exec(sentence);
  if (!m || !maybeStandsForPeople(m[1], people)) return null;
  return { kind: 'person-failure', message: 'A person’s habit is named as the risk. Say which guard rail or step would lower it.', text: sentence, unrewritten: true };
}

/** "Recurrence likelihood stays elevated until Vikram is taken off the release rotation." */
const UNTIL_REMOVED = /\b(until|unless)\s+(.+?)\s+(?:is|are|gets?|has\s+been|have\s+been)\s+(?:taken\s+off|removed\s+from|pulled\s+(?:off|from)|banned\s+from|kept\s+(?:off|away\s+from)|moved\s+off)\s+(.+?)\s*([.!]*)$/iu;

function untilRemoved(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = UNTIL_REMOVED.exec(sentence);
  if (!m || !maybeStandsForPeople(m[2], people)) return null;
  return { kind: 'blame-word', message: 'A punishment is not a mitigation. Say which guard rail or step is needed.', text: sentence, unrewritten: true };
}

/**
 * Who is meant, pointed at by what they did: "we all know which squad keeps merging untested code", "they were
 * made by the person who skipped the dry run". The act stays, said of its thing ("untested code keeps being
 * merged", "the dry run was skipped"); a thirty-second reader found the model's rewrites dropped it.
 */
function pointedByAct(sentence: string, people: PeopleIndex): Rewrite | null {
  // (Only of people: "we all know which service keeps timing out" points at no one.)
  const known = /,?\s+and\s+(?:we|you|everyone|everybody)\s+(?:all\s+)?knows?\s+(?:exactly\s+)?(?:which|whose)\s+(?:[\p{L}-]+\s+)?(?:squad|team|crew|shift|developer|engineer|person|people|guy|dev|tester|contractor|department|desk|group|vendor)s?\s+keeps?\s+(\p{L}+ing)\s+([^,;.!?]+?)\s*([.!?]*)\s*$/iu.exec(sentence);
  const knownTokens = known ? tokenize(known[2]) : [];
  if (known && !/^(?:it|them|this|that)$/iu.test(known[2]) && knownTokens.length > 0 && nounPhraseEnd(knownTokens, 0) === knownTokens.length && /ed$/u.test(participleOf(infinitiveOf(known[1].toLowerCase())))) {
    const verb = infinitiveOf(known[1].toLowerCase());
    return say(`${sentence.slice(0, known.index)}, and ${known[2]} ${isPluralNoun(known[2]) || /\band\b/iu.test(known[2]) ? 'keep' : 'keeps'} being ${participleOf(verb)}${known[3].replace(/\?/gu, '') || '.'}`);
  }
  // ("… because a certain someone thought it was fine to replay the whole day's plate reads in production": what was
  // done, "… because the whole day's plate reads were replayed in production"; a thirty-second reader found "someone
  // thought it was fine" kept the sneer.)
  const thought = /\b(?:a\s+certain\s+)?(?:someone|somebody)\s+(?:thought|decided|figured)\s+it\s+was\s+(?:fine|ok|okay|alright|a\s+good\s+idea|safe|smart)\s+to\s+(\p{L}+)\s+(.+?)\s*([.!]*)\s*$/iu.exec(sentence);
  if (thought) {
    const tokens = tokenize(thought[2]);
    const end = nounPhraseEnd(tokens, 0);
    const verb = infinitiveOf(thought[1].toLowerCase());
    if (end > 0 && /ed$/u.test(participleOf(verb))) {
      const object = thought[2].slice(0, tokens[end - 1].end);
      return say(`${sentence.slice(0, thought.index)}${object} ${isPluralNoun(object) || /\band\b/iu.test(object) ? 'were' : 'was'} ${participleOf(verb)}${thought[2].slice(tokens[end - 1].end)}${thought[3] || '.'}`);
    }
  }
  // ("The mobile team deserves a prize for shipping a freeze button that freezes all cards 🏆": the mock award goes,
  // what was shipped stays; a thirty-second reader found "A prize was deserved for shipping …".)
  // (Only mocking: a trophy or a clap after it, or "instead of" saying what it did wrong; "deserves a medal for restoring
  // the database in under an hour" is thanks. What follows the thing's own words goes after the act: "… was shipped on a
  // Friday".)
  const prize = /^(\s*)(.+?)\s+deserves?\s+(?:a|an)\s+(?:prize|medal|award|trophy|raise|promotion|gold\s+star)\s+for\s+(\p{L}+ing)\s+((?:a|an|the)\s+[^.!?]+?)\s*([.!]*)\s*((?:\p{Extended_Pictographic}\uFE0F?\s*)*)$/iu.exec(sentence);
  if (prize && mentionsPeopleIn(prize[2], people) && /ed$/u.test(participleOf(infinitiveOf(prize[3].toLowerCase())))
    && (/🏆|👏|🙄|🥇|🎖|🏅/u.test(prize[6]) || /\binstead\s+of\b/iu.test(prize[4]))) {
    const tokens = tokenize(prize[4]);
    const head = nounPhraseEnd(tokens, 0);
    if (head > 0) {
      const after = prize[4].slice(tokens[head - 1].end);
      const relative = /\s(?:that|which|who|whose)\s/iu.test(prize[4]);
      const thing = relative ? prize[4] : prize[4].slice(0, tokens[head - 1].end);
      const plural = isPluralNoun(prize[4].slice(0, tokens[head - 1].end));
      return say(`${prize[1]}${thing.charAt(0).toUpperCase()}${thing.slice(1)} ${plural ? 'were' : 'was'} ${participleOf(infinitiveOf(prize[3].toLowerCase()))}${relative ? '' : after}${prize[5] || '.'}`);
    }
  }
  const madeBy = /,?\s+and\s+(?:they|it|that|this)\s+(?:was|were)\s+(?:made|done|caused)\s+by\s+(?:the|a|one)\s+(?:person|people|engineer|guy|one|individual|colleague|team|squad)\s+who\s+(\p{L}+ed)\s+((?:the|a|an)\s+[^,;.!?]+?)\s*([.!]*)\s*$/iu.exec(sentence);
  if (madeBy && pastOf(infinitiveOf(madeBy[1].toLowerCase())) === madeBy[1].toLowerCase()) {
    const thing = madeBy[2];
    return say(`${sentence.slice(0, madeBy.index)}, and ${thing} ${isPluralNoun(thing) ? 'were' : 'was'} ${participleOf(infinitiveOf(madeBy[1].toLowerCase()))}${madeBy[3] || '.'}`);
  }
  return null;
}

export function veiledRewrite(sentence: string, people: PeopleIndex): Rewrite | null {
  return pointedByAct(sentence, people) ?? doubtOnAct(sentence, people) ?? scareQuotes(sentence, people) ?? veiledPerson(sentence) ?? untilRemoved(sentence, people)
    ?? wordAgainstRecord(sentence, people) ?? samePersonBefore(sentence) ?? untilPersonChanges(sentence, people);
}
