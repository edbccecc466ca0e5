/**
 * Blame by attribution, as summaries and status lines put it: the outcome "attributed to" a person,
 * "courtesy of" a team, "100% on" a team, "an oversight on the part of" the technician, the staff
 * member "whose error led to" it, "Yusuf's bad decision". Rewritten to what happened and what
 * contributed, without who.
 */
import { maybeStandsForPeople, type PeopleIndex } from './clause';
import { personFailureRewrite } from './person-failure';
import { leftToWriter, says, type Rewrite } from './rewrite';
import { capitalise, infinitiveOf, pastOf, plainStop, tokenize, uncapitalise } from './words';

const MESSAGE = 'This puts the outcome on a person or a team. Say what happened and what contributed to it.';
const found = says('blame-word', MESSAGE);

/** "The escalation delay can be attributed to Sebastián Ortiz, who did not prioritise the issue." */
function attributedTo(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = /^(\s*)(.+?)\s+(?:(?:(?:can|could|may|might|must)\s+be|is|was|are|were)\s+(?:(?:largely|mainly|mostly|directly|entirely|partly|solely)\s+)?(?:attributed|attributable|down|traced(?:\s+back)?)|(?:comes?|came)\s+down)\s+to\s+((?:(?:the|our|their|mr\.?|ms\.?|mrs\.?|dr\.?)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?:,\s*who\s+(.+?))?\s*([.!]*)$/iu.exec(sentence);
  if (!m) return null;
  const [, lead, outcome, who, act, stop] = m;
  // Only a person or a team themselves, not their thing ("the incident commander's indecision" is
  // left to the judgement words) nor a cause ("traced to a division by zero").
  if (!maybeStandsForPeople(who, people)) return null;
  const done = act ? personFailureRewrite(`${who} ${act}`, people)?.text.replace(/[.!]+$/u, '') : null;
  return done ? found(`${lead}${capitalise(outcome)} came about because ${uncapitalise(done)}${plainStop(stop)}`) : leftToWriter(found(sentence), sentence);
}

/**
 * "The dispute queue backlog was caused entirely by the night team not following the chargeback SOP."
 * → "The dispute queue backlog came about because the chargeback SOP was not followed."
 */
function causedByActing(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = /^(\s*)(.+?)\s+(?:was|were|is|are)\s+(?:(?:largely|mainly|mostly|directly|entirely|partly|solely|ultimately|clearly)\s+)?(?:caused|triggered|brought\s+about)\s+(?:(?:largely|mainly|mostly|directly|entirely|partly|solely|ultimately|clearly)\s+)?by\s+((?:(?:the|our|their|mr\.?|ms\.?|mrs\.?|dr\.?)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(not\s+|never\s+)?(\p{L}+)ing\b(.*?)\s*([.!]*)$/iu.exec(sentence);
  if (!m || !maybeStandsForPeople(m[3], people)) return null;
  const [, lead, outcome, who, negative, stem, rest, stop] = m;
  const verb = infinitiveOf(`${stem}ing`);
  const act = negative ? `${who} did not ${verb}${rest}` : `${who} ${pastOf(verb)}${rest}`;
  const done = personFailureRewrite(act, people)?.text.replace(/[.!]+$/u, '');
  return done ? found(`${lead}${capitalise(outcome)} came about because ${uncapitalise(done)}${plainStop(stop)}`) : leftToWriter(found(sentence), sentence);
}

/** "Another outage courtesy of the growth team's unreviewed feature flags." */
function courtesyOf(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = /,?\s+courtesy\s+of\s+((?:the\s+)?[\p{L}\s-]+?)(['’]s\s+|(?=\s*[.!,;]|\s*$))/iu.exec(sentence);
  if (!m || !maybeStandsForPeople(m[1], people)) return null;
  // "…, courtesy of X's unreviewed change" → "…, caused by the unreviewed change"; "…, courtesy of X." → "…."
  const possessive = m[2].trim() !== '';
  const comma = m[0].startsWith(',') ? ',' : '';
  return found(`${sentence.slice(0, m.index)}${possessive ? `${comma} caused by the ` : ''}${sentence.slice(m.index + m[0].length)}`.replace(/\s+([.!])/u, '$1'));
}

/** "The e-learning outage is 100% on the content team for uploading a 40GB video straight to origin." */
function squarelyOn(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = /^(\s*)(.+?)\s+(?:is|was)\s+(?:100\s*%|all|entirely|squarely|totally|completely|fully)\s+on\s+(.+?)(?:\s+for\s+(\w+ing\b.+?))?\s*([.!]*)$/iu.exec(sentence);
  if (!m || !maybeStandsForPeople(m[3], people)) return null;
  const [, lead, outcome, , act, stop] = m;
  return act ? found(`${lead}${capitalise(outcome)} had contributing factors, including ${act}${plainStop(stop)}`) : leftToWriter(found(sentence), sentence);
}

const BEARS = String.raw`(?:personal|primary|direct|full|sole|ultimate|individual|overall)\s+`;

/**
 * "The ICT Manager is considered to bear personal responsibility for the loss of residents' data",
 * "Responsibility for the incident is assigned to Ms Kovács": the outcome is laid on a person.
 */
function responsibilityLaid(sentence: string, people: PeopleIndex): Rewrite | null {
  // An outcome, not a duty: "Each service team bears responsibility for its own dashboards" is ownership.
  const outcome = (what: string) => OUTCOME.test(what);
  const bears = new RegExp(String.raw`^(\s*)(.+?)\s+(?:(?:is|was|are|were)\s+(?:considered|deemed|found|held|judged|understood|thought)\s+to\s+bear\s+(?:the\s+)?(?:${BEARS})?|(?:bears?|bore|must\s+bear|should\s+bear)\s+(?:the\s+)?${BEARS})(?:responsibility|accountability|blame)\s+for\s+(.+?)\s*([.!]*)$`, 'iu').exec(sentence);
  if (bears && outcome(bears[3]) && maybeStandsForPeople(bears[2], people)) return leftToWriter(found(sentence), sentence);
  const assigned = new RegExp(String.raw`^(\s*)(?:(?:the\s+)?(?:${BEARS})?(?:responsibility|accountability|blame)\s+for\s+(.+?))\s+(?:is|was|has\s+been|must\s+be|should\s+be)\s+(?:assigned|attributed|given|placed|laid)\s+(?:to|on|with)\s+(.+?)\s*([.!]*)$`, 'iu').exec(sentence);
  if (assigned && outcome(assigned[2]) && maybeStandsForPeople(assigned[3].split(',')[0], people)) return leftToWriter(found(sentence), sentence);
  return null;
}

/** What went wrong, as reports name it. */
const OUTCOME = /\b(?:incident|outage|breach|loss|failure|delay|damage|exposure|disruption|error|leak|downtime|impact|harm|consequences?|losses|failures|breaches|incidents|outages)\b/iu;

const OVERSIGHT = '(?:oversight|error|mistake|lapse|negligence|carelessness|failure|omission)';

/** "an avoidable oversight on the part of our vendor's field technician", "the staff member whose error led to …". */
function whoseError(sentence: string, people: PeopleIndex): Rewrite | null {
  const partOf = new RegExp(`(\\b${OVERSIGHT})\\s+on\\s+the\\s+part\\s+of\\s+(.+?)(?=\\s*[.!,;]|\\s*$)`, 'iu').exec(sentence);
  if (partOf && maybeStandsForPeople(partOf[2].replace(/^(?:our|the|a|an)\s+/iu, 'the '), people)) {
    return found(`${sentence.slice(0, partOf.index)}${partOf[1]}${sentence.slice(partOf.index + partOf[0].length)}`);
  }
  const whose = new RegExp(`\\s+whose\\s+(?:\\w+\\s+)?${OVERSIGHT}\\s+(?:led\\s+to|caused|resulted\\s+in)\\s+(.+?)\\s*([.!]*)$`, 'iu').exec(sentence);
  if (!whose) return null;
  // The people before "whose", after a preposition ("taken with the staff member whose error led to
  // …"); in subject position the clause's end cannot be told from the sentence's, so it is left.
  const m = /\b(with|against|to|on|from)\s+((?:the|a|an|our|their)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)$/iu.exec(sentence.slice(0, whose.index));
  if (!m || !maybeStandsForPeople(`${m[2] ?? ''}${m[3]}`, people)) return null;
  return found(`${sentence.slice(0, m.index)}on the error that led to ${whose[1]}${plainStop(whose[2])}`);
}

/** "Yusuf's bad decision to skip canary caused the outage": the decision stays, whose it was and the judgement go. */
function judgedDecision(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = /['’]s\s+(?:(?:very|really|rather|truly)\s+)?(?:bad|poor|terrible|awful|reckless|questionable|careless|stupid|rash|hasty|misguided|dumb|foolish|boneheaded)\s+(decisions?|calls?|choices?|ideas?|plans?|judgement|judgment)\b/iu.exec(sentence);
  if (!m) return null;
  // The shortest run of up to three words before "'s" that stands for people, with its determiner.
  const words = sentence.slice(0, m.index).split(/(?<=\s)/u);
  for (let n = 1; n <= Math.min(3, words.length); n += 1) {
    if (!maybeStandsForPeople(words.slice(-n).join(''), people)) continue;
    // "Yusuf Ali's": a name's first words go with it.
    while (n < words.length && /^\p{Lu}[\p{L}-]*\s$/u.test(words[words.length - n - 1])) n += 1;
    const before = words.slice(0, -n).join('').replace(/(?:^|(?<=\s))(?:the|our|their|a|an)\s+$/iu, '');
    return found(`${before}${before.trim() ? 'the' : 'The'} ${m[1]}${sentence.slice(m.index + m[0].length)}`);
  }
  return null;
}

/**
 * "We need to hold Olumide accountable for disabling the alerting rule": what a review asks instead
 * is why the act made sense at the time ("… understand why disabling the alerting rule made sense at the time").
 */
function heldAccountable(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = /\b(?:hold|holds|held|holding)\b/iu.test(sentence) && /^(.*?)\b(?:hold|holds|held|holding)\s+(.+?)\s+(?:accountable|responsible|to\s+account)\s+for\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  // Only where a bare verb can stand in for "hold" ("We need to …", "Let's …", an action item): "the
  // director held Raj responsible" would become "the director understand why …".
  if (!m || !maybeStandsForPeople(m[2], people) || !/(?:^\s*|:\s*|\b(?:to|must|should|will|can|let['’]s|let\s+us)\s+)$/iu.test(m[1])) return null;
  const [, before, , what, stop] = m;
  const act = /^(?:(?:his|her|their)\s+)?(\p{L}+ing\b.*)$/iu.exec(what);
  if (act && !tokenize(act[1])[0]?.tags.has('Gerund')) return null;
  const asked = act ? `understand why ${act[1]} made sense at the time` : `understand what led to ${what.replace(/^(?:his|her|their)\s+/iu, 'the ')}`;
  return found(`${before}${before.trim() ? asked : capitalise(asked)}${plainStop(stop)}`);
}

export function attribution(sentence: string, people: PeopleIndex): Rewrite | null {
  return attributedTo(sentence, people) ?? causedByActing(sentence, people) ?? courtesyOf(sentence, people) ?? squarelyOn(sentence, people) ?? whoseError(sentence, people) ?? judgedDecision(sentence, people)
    ?? responsibilityLaid(sentence, people) ?? heldAccountable(sentence, people);
}
