/**
 * Blame that describes the person rather than the event, or lays a decision or a miss on them:
 *
 * - characterisation: "X is always rushing merges and doesn't care about tests", "X's lack of
 *   experience", "didn't think it was worth the effort", "still doesn't seem to understand …",
 *   "QA needs to start taking regression testing seriously";
 * - decisions laid on a person: "X chose to investigate alone rather than page the secondary",
 *   "Despite Yusuf flagging the certificate, the platform team chose not to act on it",
 *   "It's not clear why Jonas thought a hotfix could skip review";
 * - what a person would have noticed: "Ideally someone on the squad would have noticed …", "With a
 *   little more care, Hana would have spotted …", "A more senior engineer would have recognised …";
 * - questions and wishes aimed at people: "Was anyone on the team actually watching …?", "Perhaps
 *   the product owner will read the risk register next time.", "X to read the runbook this time";
 * - record-keeping of offences: "This is the third time X has broken …", "…; not the first time the
 *   embedded team has done this.", "doesn't repeat last month's mistake of …", "trace back to X's
 *   components", "nobody on that team actually checked", "finally acknowledges", "rubber-stamped",
 *   "make sure X never gets prod access again", "the data team's 'quick fix'".
 *
 * Each is rewritten to what happened or what the process lacked, keeping the facts.
 */
import { maybeStandsForPeople, mentionsPeopleIn, nounPhraseEnd, standsForPeople, type PeopleIndex } from './clause';
import { DURING_REVIEW, HABIT_MARKERS, JUDGEMENT_ADJECTIVES, REPETITION_MARKERS } from './lexicon';
import { notNoticed } from './hindsight';
import { leftToWriter, says, type Rewrite } from './rewrite';
import { beFor, capitalise, infinitiveOf, isPluralNoun, participleOf, plainStop, tokenize } from './words';

// "Emma Novak, who was on call,": the person without the aside.
const personLike = (phrase: string, people: PeopleIndex) => maybeStandsForPeople(phrase.replace(/,\s*who\s+[^,]+,?\s*$/u, ''), people);

/** "on the checkout squad", "on that team": the group a "someone" or "nobody" belongs to. */
const OF_GROUP = String.raw`(?:\s+(?:on|in|from|at|of)\s+(?:(?:the|that|this|their|our)\s+)?(?:[\w-]+\s+){0,2}(?:team|squad|crew|group|department|side|rota))?`;

/**
 * A thing said to be not done or not cared about, with what follows its noun phrase kept after the verb:
 * "it against a spring tide" → "It was not tested against a spring tide", "crash-free rates this quarter" →
 * "Crash-free rates were not prioritised this quarter" (a twenty-ninth reader found both garbled).
 */
function thingNot(phrase: string, participle: string, present = false): string {
  const tokens = tokenize(phrase);
  const end = nounPhraseEnd(tokens, 0);
  // (Only before a preposition or a time: "anything outside business hours" is one phrase.)
  const split = end > 0 && end < tokens.length && /^(?:\s*[,;]|\s+(?:against|on|in|at|for|during|with|without|before|after|this|last|next|every|since|until|when|while|by|from|to|under|over|the\s+moment|the\s+(?:first|second|third|last|next|only)\s+time|again|twice|once|before)\b)/iu.test(phrase.slice(tokens[end - 1].end));
  const thing = split ? phrase.slice(0, tokens[end - 1].end).trimEnd() : phrase;
  const be = present ? (isPluralNoun(thing) ? 'are' : 'is') : beFor(thing);
  return `${thing} ${be} not ${participle}${phrase.slice(thing.length)}`;
}

/** What a person is said to be, rather than what happened. */
function characterisation(sentence: string, people: PeopleIndex): Rewrite | null {
  const message = 'This characterises a person rather than the event. Say what happened and what allowed it.';
  const say = says('blame-word', message);
  // "Kenji is always rushing merges and doesn't care about tests, and this incident is the result."
  const always = /^(\s*)(.+?)\s+(?:is|are)\s+(?:always|constantly|forever)\s+(\w+ing)\s+(.+?)(?:\s+and\s+(?:doesn['’]t|don['’]t|does\s+not|do\s+not)\s+care\s+about\s+([^,.;]+))?(\s*[,;].*?)?\s*([.!]*)$/iu.exec(sentence);
  if (always && personLike(always[2], people)) {
    const [, lead, , gerund, object, careless, tail = '', stop] = always;
    const plural = (phrase: string) => isPluralNoun(phrase) || /^[\p{L}-]+[^s']s$/u.test(phrase.trim());
    const done = `${capitalise(object)} ${plural(object) ? 'were' : 'was'} ${participleOf(infinitiveOf(gerund))}`;
    return say(`${lead}${done}${careless ? ` and ${careless} ${plural(careless) ? 'were' : 'was'} not prioritised` : ''}${tail}${plainStop(stop)}`);
  }
  // "Seo-yeon's team is always the last to join these calls", "The operators at the east intake have a
  // history of silencing alarms": a habit laid on people, with no event in it to keep.
  const lastTo = /^(?:\s*(?:[^:;]{1,40}:\s+|\d{1,2}:\d{2}\s+))?(.+?)\s+(?:(?:is|are)\s+(?:always|usually|invariably|consistently|forever)\s+the\s+(?:last|slowest)\s+to\s+\p{L}|(?:has|have)\s+(?:a\s+)?(?:long\s+)?(?:history|track\s+record|habit|reputation)\s+(?:of|for)\s+\p{L}+ing\b)/iu.exec(sentence);
  if (lastTo && personLike(lastTo[1], people)) return { kind: 'blame-word', message, text: sentence, unrewritten: true };
  // ("…doesn't care about quality, he just wants …": what is not cared about ends at the comma.)
  // "Claire treats the checklist as optional": how the thing is handled stays; who handles it so goes.
  // (Tried only when its key words are there: on a long sentence the pattern alone is slow.)
  const treats = /\b(?:treat|treats|treated|sees?|saw|regards?|regarded|views?|viewed)\b.*\bas\b/iu.test(sentence) && /^(\s*)(.*?\b(?:but|and|so|because|yet|since|while|that|,|;|:)\s+|)(?!(?:but|and|so|yet|because|since|while|that)\s)(.+?)\s+(?:always\s+|still\s+|clearly\s+|just\s+|basically\s+)?(treats?|treated|sees?|saw|regards?|regarded|views?|viewed)\s+((?:the|our|their|his|her|its|every|all|any|these|those|this|that)\s+[^,;.!?]+?|[\p{L}-]+s)\s+as\s+((?:optional|a\s+suggestion|suggestions|a\s+formality|formalities|a\s+rubber\s+stamp|a\s+box-ticking\s+exercise|noise|an\s+afterthought|advisory|a\s+nice-to-have|nice-to-haves|fiction|a\s+guideline|guidelines)\b)(.*?)\s*([.!]*)$/iu.exec(sentence);
  if (treats && personLike(treats[3], people)) {
    const [, lead, before, , verb, thing, how, tail, stop] = treats;
    const present = /^(?:treats?|sees?|regards?|views?)$/iu.test(verb);
    const object = thing.replace(/^(?:his|her|their|its)\s+/iu, 'the ');
    const be = isPluralNoun(object) ? (present ? 'are' : 'were') : (present ? 'is' : 'was');
    // ("treats warnings as suggestions": the sneer goes, what was done with them stays; a twenty-eighth reader found
    // "warnings are treated as suggestions" still mocking.)
    // (Not "optional", which says how it was handled without a sneer, nor a habit, "tends to treat …", which is not always.)
    const optional = /^(?:(?:mere\s+)?suggestions?|a\s+(?:mere\s+)?suggestion)$/iu.test(how.trim()) && !/\b(?:tends?|tended)\s+to\b|\b(?:usually|often|sometimes)\b/iu.test(sentence);
    const heeded = /\b(?:warnings?|alerts?|alarms?|pages?|notices?)$/iu.test(object) ? 'acted on' : 'followed';
    const clause = optional ? `${object} ${be} not ${heeded}${tail}` : `${object} ${be} treated as ${how}${tail}`;
    return say(`${lead}${before}${before ? clause : capitalise(clause)}${plainStop(stop)}`);
  }
  const careAbout = /^(\s*)(.+?)\s+(?:doesn['’]t|don['’]t|does\s+not|do\s+not|didn['’]t|did\s+not)\s+(?:seem\s+to\s+)?care\s+(?:about|for)\s+([^,;]+?)(\s*[,;].*?)?\s*([.!]*)$/iu.exec(sentence);
  if (careAbout && personLike(careAbout[2], people)) {
    const [, lead, , what, tail = '', stop] = careAbout;
    // ("…, he just wants to ship": what is said of the person after it goes too.)
    const kept = /\b(?:he|she|they|his|her|their|him|them)\b/iu.test(tail) ? '' : tail;
    const present = /^(?:doesn|don|does|do)/iu.test(careAbout[0].slice(lead.length + careAbout[2].length).trim());
    return say(`${lead}${capitalise(thingNot(what, 'prioritised', present))}${kept}${plainStop(stop)}`);
  }
  // "Whoever approved this change clearly didn't read the diff.": the judgement goes; what was not done is left to the next step.
  // The subject is the clause's own ("Thanks Tanvir for the dump; the crash is clearly the buffer length" is about the crash).
  // ("Because Pita clearly didn't read …": the conjunction stays in front; "writing it up so clearly" is how it was written.)
  const clearly = /^(\s*(?:.*[;:]\s+)?(?:(?:because|and|but|so|since|as|when|while)\s+)?)([^;:]+?)(?<!\b(?:so|more|most|less|too))\s+(?:clearly|obviously|evidently|plainly)\s+(?:just\s+)?(.+)$/iu.exec(sentence);
  // "he is clearly not careful enough": the subject before its auxiliary.
  const clearlyWho = clearly?.[2].replace(/\s+(?:is|was|are|were|has|have|had)$/iu, '') ?? '';
  if (clearly && (personLike(clearlyWho, people) || /^whoever\s/iu.test(clearly[2]))) {
    // ("clearly didn't bother testing it on a copy first": the act not done is the one bothered with; "Testing it was
    // not bothered" was no English.)
    const said3 = clearly[3].replace(/^((?:didn['’]t|did\s+not|never)\s+)(?:even\s+)?bother(?:ed)?\s+(?:to\s+(\p{L}+)|(\p{L}+ing))\b/iu, (_m, lead: string, verb?: string, gerund?: string) => `${lead}${verb ?? infinitiveOf(gerund ?? '')}`);
    const omitted = /^(?:didn['’]t|did\s+not|never)\s+(\w+)\s+(?!(?:of|about|from|to|with|for|in|on|at)\b)(.+?)\s*([.!]*)$/iu.exec(said3);
    if (omitted && !/^(?:understand|know|grasp|get|care|think)$/iu.test(omitted[1])) {
      const [, verb, object, stop] = omitted;
      const midClause = /\p{L}\s+$/u.test(clearly[1]);
      const said = thingNot(object, participleOf(infinitiveOf(verb)));
      return say(`${clearly[1]}${midClause ? said : capitalise(said)}${plainStop(stop)}`);
    }
    return say(`${clearly[1]}${clearly[2]} ${clearly[3]}`);
  }
  // "Ana Costa's sloppy rollback left …": the judgement and the person go, the thing stays.
  const judgedThing = new RegExp(String.raw`^(\s*)(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+(?:${Object.keys(JUDGEMENT_ADJECTIVES).join('|')})\s+`, 'u').exec(sentence);
  if (judgedThing) return say(`${judgedThing[1]}The ${sentence.slice(judgedThing.index + judgedThing[0].length)}`);
  // "… because Mariana didn't think it was worth the effort."
  const worth = /\b(?:because\s+)?(.+?)\s+(?:didn['’]t|did\s+not)\s+think\s+(?:it|this|that)\s+(?:was|would\s+be)\s+worth\s+(?:the\s+)?(?:effort|time|trouble|bother)\b/iu.exec(sentence);
  if (worth) {
    const subject = worth[1].replace(/^.*\bbecause\s+/iu, '');
    if (personLike(subject, people)) {
      const start = worth.index + worth[0].indexOf(subject);
      return say(`${sentence.slice(0, start)}it was not prioritised${sentence.slice(worth.index + worth[0].length)}`);
    }
  }
  // "Unlike the Berlin team, the Lisbon squad still doesn't seem to understand how our canary gates work."
  const understand = /^(\s*)(?:unlike\s+[^,]+,\s*)?(.+?)\s+(?:still\s+)?(?:doesn['’]t|don['’]t|does\s+not|do\s+not|didn['’]t|did\s+not)\s+(?:seem\s+to\s+|appear\s+to\s+)(?:understand|know|grasp|get)\s+((?:how|what|why|that|the)\s.+?)\s*([.!]*)$/iu.exec(sentence);
  if (understand && personLike(understand[2], people)) {
    const [, lead, , what, stop] = understand;
    // (Not "… is not well documented": a claim about the docs the writer never made.)
    return say(`${lead}${capitalise(what)} ${/^the\s/iu.test(what) && isPluralNoun(what) ? 'were' : 'was'} not understood${plainStop(stop)}`);
  }
  // "QA needs to start taking ownership of regression testing seriously."
  const seriously = /^(\s*)(.+?)\s+(?:needs?\s+to|has\s+to|have\s+to|must|should)\s+(?:start\s+)?(?:taking|take)\s+(.+?)\s+(?:more\s+)?seriously\s*([.!]*)$/iu.exec(sentence);
  if (seriously && personLike(seriously[2], people)) {
    const [, lead, , what, stop] = seriously;
    const thing = what.replace(/^(?:ownership|responsibility)\s+(?:of|for)\s+/iu, '');
    return say(`${lead}${capitalise(thing)} needs an owner, time and priority${plainStop(stop)}`);
  }
  return null;
}

/** A decision or a miss laid on a person. */
function laidOnPerson(sentence: string, people: PeopleIndex): Rewrite | null {
  const decision = says('person-failure', 'A decision is laid on a person. Say what was decided and what the process offered at the time.');
  // "Despite Yusuf flagging the expiring certificate at standup, the platform team chose not to act on it."
  const despite = /^(\s*)(?:despite|in\s+spite\s+of)\s+(.+?)\s+(\w+ing)\s+(.+?),\s*(.+)$/iu.exec(sentence);
  if (despite && personLike(despite[2], people)) {
    const [, lead, , gerund, what, rest] = despite;
    const split = /^(.+?)(\s+(?:at|in|on|during|before|after|two|three|a|weeks|days)\b.*)?$/iu.exec(what);
    const object = split?.[1] ?? what;
    return decision(`${lead}${capitalise(object)} had been ${participleOf(infinitiveOf(gerund))}${split?.[2] ?? ''}; ${rest}`);
  }
  // "Emma, who was on call, chose to investigate alone rather than page the secondary."
  // Only a choice set against what was not done is laid on them ("rather than page", "not to act"): "decided to fail over" is a decision log.
  const chose = /^(\s*)([^;]+?)\s+(?:chose|decided|opted|elected)\s+(not\s+)?to\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  // ("Hamid chose not to fail over because replication lag read 40 minutes": a choice given with what it rested on is the decision record a review asks for.)
  if (chose && (chose[3] || /\b(?:rather\s+than|instead\s+of)\b/iu.test(chose[4])) && !/\b(?:because|since|given\s+(?:that|the))\b/iu.test(chose[4]) && personLike(chose[2], people)
    // ("We decided not to name individuals in the timeline": the writers' own decision, recorded.)
    && !/^(?:we|i)$/iu.test(chose[2].trim())) {
    const [, lead, , not, what, stop] = chose;
    return decision(`${lead}The decision was ${not ? 'not ' : ''}to ${what}${plainStop(stop)}`);
  }
  const midChose = /([;,]\s*)(?:and\s+)?((?:the|our|their)\s+[\w\s-]{1,30}?(?:team|squad|group|crew|engineer|manager|lead|owner))\s+(?:chose|decided|opted)\s+(not\s+)?to\s+/iu.exec(sentence);
  if (midChose && (midChose[3] || /\b(?:rather\s+than|instead\s+of)\b/iu.test(sentence.slice(midChose.index)))) {
    return decision(`${sentence.slice(0, midChose.index)}${midChose[1]}the decision was ${midChose[3] ? 'not ' : ''}to ${sentence.slice(midChose.index + midChose[0].length)}`);
  }
  // "… and Chidi decided it could wait until the shutdown", "the night stillman decided the alarm was 'probably the
  // probe again' and silenced it": a judgement of the risk laid on whoever made it. What was decided stays.
  const judgedSafe = /(^\s*|,\s*|\b(?:and|because|so|but)\s+)((?:(?!\b(?:and|because|so|but)\s)[^,;:])+?)\s+(?:decided|figured|reckoned|judged|assumed)\s+(?:that\s+)?(it|this|that|the\s+[\p{L}\d\s-]{1,40}?)\s+((?:could|can)\s+wait|(?:was|were)\s+(?:fine|safe|ok|okay|harmless|noise|nothing|a\s+false\s+alarm|(?:probably|just)\s+[^.;]{1,40}?|['‘"“][^'’"”]{1,40}['’"”])|(?:was|were)n['’]t\s+(?:needed|urgent|important|a\s+problem))(.*?)\s*([.!]*)$/iu.exec(sentence);
  if (judgedSafe && personLike(judgedSafe[2], people) && !/^(?:we|i)$/iu.test(judgedSafe[2].trim())) {
    const [whole, lead, , thing, judged, after, stop] = judgedSafe;
    // (Then what the person did on it, "… and silenced it", has no subject left: left to the writer.)
    if (/^\s*,?\s*(?:and|then)\s/iu.test(after)) return { ...decision(sentence), unrewritten: true };
    const start = sentence.length - whole.length;
    const said = `${/^\s*$/u.test(lead) ? 'The' : 'the'} decision was that ${thing.replace(/^The\b/u, 'the')} ${judged}${after}`;
    return decision(`${sentence.slice(0, start)}${lead}${said}${plainStop(stop)}`);
  }
  // "It's not clear why Jonas thought a hotfix to the billing cron could skip code review."
  const why = /^(\s*)(?:it['’]s|it\s+is)\s+(?:not\s+clear|unclear|a\s+mystery|beyond\s+me|baffling|hard\s+to\s+understand)\s+why\s+(.+?)\s+(?:thought|decided|believed|assumed|felt|figured)\s+(?:that\s+)?(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (why && personLike(why[2], people)) {
    const [, lead, , belief, stop] = why;
    return decision(`${lead}Nothing in the process questioned the view that ${belief}${plainStop(stop)}`);
  }
  return null;
}

/** What "would have" been seen or done, had someone looked: the verbs of noticing and checking. */
const NOTICED = String.raw`noticed|spotted|caught|recogni[sz]ed|seen|found|prevented|avoided|flagged|detected|checked|double-checked|tested|verified|questioned|reviewed|read|known|asked|escalated|stopped`;

/** "It was not spotted that …" said with when: "It was not spotted during code review that …"; else at the end. */
function notNoticedWhen(said: string, during: string | undefined): string {
  if (!during) return said;
  const clause = /^(it\s+was\s+not\s+\p{L}+)(\s+(?:that|whether|how|what|when|where|why|if)\b.*)$/iu.exec(said);
  return clause ? `${clause[1]} ${during}${clause[2]}` : `${said} ${during}`;
}

/** What a person "would have noticed" (what they "could have" done is hindsight.ts's): hindsight about them. */
function wouldHaveNoticed(sentence: string, people: PeopleIndex): Rewrite | null {
  const found = new RegExp(String.raw`^(\s*)(?:(?:ideally|honestly|frankly|realistically|surely),?\s+|with\s+(?:a\s+(?:little|bit)\s+|slightly\s+)?more\s+(?:care|attention|diligence|effort|experience|focus)[^,]*,\s*)?([^,]+?)\s+would\s+(?:likely\s+|probably\s+|surely\s+|certainly\s+|easily\s+|immediately\s+)?have\s+(${NOTICED})\s+(.+?)\s*([.!]*)$`, 'iu').exec(sentence)
    // "Wouldn't a more experienced engineer have caught the missing WHERE clause?"
    ?? new RegExp(String.raw`^(\s*)(?:would(?:n['’]t|\s+not)|surely)\s+([^,?]+?)\s+(?:not\s+)?have\s+(${NOTICED})\s+(.+?)\s*(\?+)$`, 'iu').exec(sentence);
  if (!found) return null;
  const [, lead, subject, verb, rest, stop] = found;
  // ("With a little more care during review, Ines would have spotted …": when it would have been seen stays; a
  // thirty-first reader found "during review" dropped.)
  const during = DURING_REVIEW.exec(sentence)?.[1];
  // "the alert that Karim silenced was the one that would have caught this": a thing's subject, not a person's.
  // "Anyone who looked at the diff for ten seconds would have seen …": anyone at all, judged.
  const anyone = /^(?:any(?:one|body)|every(?:one|body)|any\s+[\w-]+)\s+(?:who\b|paying\s+attention|with\s+(?:eyes|half\s+a\s+brain|any\s+[\w-]+)|awake|competent|sensible|reasonable|careful)/iu.test(subject)
    || /^(?:an?\s+|the\s+)?(?:more\s+)?(?:seasoned|experienced|senior|careful|attentive|competent)\s+[\w-]+/iu.test(subject);
  if (!anyone && (/\b(?:that|which|who|was|were|is)\b/iu.test(subject) || subject.split(/\s+/u).length > 7)) return null;
  // Said as what would have made it visible; asked when the sentence asked.
  const visible = (who: string, what: string): Rewrite => (stop.includes('?')
    ? { kind: 'hindsight', message: `What ${who} would have noticed is hindsight. Ask what would have made it visible.`, text: `${lead}What would have made it easier to ${infinitiveOf(verb)} ${what}?` }
    : { kind: 'hindsight', message: `What ${who} would have noticed is hindsight. Say what would have made it visible.`, text: `${lead}${capitalise(notNoticedWhen(notNoticed(verb, what), during))}${plainStop(stop)}` });
  // "Anyone would have read it the same way": the screen, not the reader; it clears the person.
  if (/^(?:any(?:one|body)|every(?:one|body)|any\s+(?:(?:one|other)\s+)?of\s+us|any\s+(?:other\s+)?(?:operator|engineer|dispatcher|developer|person|of\s+them))$/iu.test(subject) && /\bthe\s+same\b/iu.test(rest)) return null;
  if (anyone) return visible('anyone', rest);
  if (!personLike(subject, people) && !/\bmore\s+(?:senior|experienced|careful|attentive)\b/iu.test(subject)) return null;
  // "Retries with jitter would have avoided the thundering herd": what a mechanism would have done; a
  // capitalised word the tagger does not know stands for a person only when seeing is what it did.
  if (/^(?:prevented|avoided|caught|flagged|detected)$/iu.test(verb) && !standsForPeople(subject, people)) return null;
  // "… if they had looked at the shadow metrics": the counterfactual about them goes too.
  const what = rest.replace(/,?\s+if\s+(?:they|he|she|we|you|someone|anyone)\s+had\s+.+$/iu, '');
  return visible('a person', what);
}

/** Questions and wishes aimed at people. */
function aimedAtPeople(sentence: string, people: PeopleIndex): Rewrite | null {
  // "Was anyone on the finance engineering team actually watching the cloud bill when …?"
  const anyone = new RegExp(String.raw`^(\s*)(?:was|were|is|did)\s+(?:anyone|anybody|someone|somebody)${OF_GROUP}\s+(?:actually|even|ever|really)\s+(\w+)\s+([^?]+?)\s*\?+\s*$`, 'iu').exec(sentence);
  if (anyone) {
    const [, lead, verb, asked] = anyone;
    // ("…, or did we trust Owen's 'LGTM' again?": the other half of the question is the jab; a thirtieth reader found
    // it left garbled after the rewrite.)
    // (Only a jab: "…, or was the alert muted?" asks about the system, and stays.)
    const rest = asked.replace(/,?\s+or\s+(?:did|was|were|is|are|had|do)\s+(?=[^?]*\b(?:we|they|he|she|you|again|just|decoration|at\s+this\s+point|all|\p{Lu}\p{Ll}+['’]s)\b).*$/u, '');
    // "Did anyone actually review it?": whether it was done, asked of the thing ("Was it reviewed?"); a
    // thirty-second reader found "What would have helped to review it?" no longer asked it.
    // (A word of when after the thing goes after the act: "Were the dashboards checked today?")
    const done = /^did\s/iu.test(sentence.trimStart()) ? /^(it|this|that|them|(?:the|this|that|these|those)\s+[\p{L}-]+(?:\s+[\p{L}-]+)??)(\s+(?:today|yesterday|first|yet|already|at\s+all|beforehand|properly))?$/iu.exec(rest) : null;
    const doneTokens = done ? tokenize(done[1]) : [];
    if (done && nounPhraseEnd(doneTokens, 0) === doneTokens.length && !doneTokens.some((t) => t.tags.has('Adverb') && !t.tags.has('Noun')) && /ed$/u.test(participleOf(infinitiveOf(verb)))) {
      const thing = done[1].toLowerCase() === 'them' ? 'they' : done[1];
      const were = /^(?:they|these|those)$/iu.test(thing) || (thing.includes(' ') && isPluralNoun(thing));
      return { kind: 'hindsight', message: 'A question about whether anyone was doing their job looks for someone to blame. Ask what would have drawn attention.', text: `${lead}${were ? 'Were' : 'Was'} ${thing} ${participleOf(infinitiveOf(verb))}${done[2] ?? ''}?` };
    }
    return { kind: 'hindsight', message: 'A question about whether anyone was doing their job looks for someone to blame. Ask what would have drawn attention.', text: `${lead}What would have helped to ${infinitiveOf(verb)} ${rest}?` };
  }
  // "Perhaps the product owner will read the risk register next time."
  const nextTime = /^(\s*)(?:perhaps|maybe|hopefully)\s+(.+?)\s+will\s+(?:actually\s+|finally\s+)?(\w+)\s+(.+?)\s+(?:next\s+time|this\s+time|going\s+forward|one\s+day)\s*([.!]*)$/iu.exec(sentence);
  if (nextTime && personLike(nextTime[2], people)) {
    const [, lead, , verb, rest, stop] = nextTime;
    return { kind: 'blame-word', message: 'Sarcasm about people blames them. Say which step is missing.', text: `${lead}A step to ${verb} ${rest} is needed${plainStop(stop)}` };
  }
  // "Zoe Papadopoulos to read the runbook this time before touching the cluster."
  const thisTime = /^(\s*)(.+?)\s+to\s+(\w+)\s+(.+?)\s+this\s+time\b(.*)$/iu.exec(sentence);
  // (Not "… team is always the last to join these calls; half an hour late this time": a habit said, no step to take.)
  if (thisTime && personLike(thisTime[2], people) && !/\b(?:is|are|was|were|has|have|had)\b/iu.test(thisTime[2])) {
    const [, lead, , verb, rest, after] = thisTime;
    return { kind: 'blame-word', message: '“This time” reproaches a person. Say the step.', text: `${lead}${capitalise(verb)} ${rest}${after}` };
  }
  // "Tomasz to stop disabling failing tests just to get his builds green": what must not happen is the action.
  const stop = /\bstop\s+\p{L}+ing\b/iu.test(sentence) && /^(\s*(?:[^:;]{1,40}:\s+)?)([^:;]+?)\s+(?:to|must|should|needs\s+to|has\s+to)\s+stop\s+(\p{L}+ing)\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (stop && personLike(stop[2], people) && !/^(?:we|i|you|everyone|everybody|all\s+of\s+us)$/iu.test(stop[2].trim())) {
    const [, lead, , gerund, rest, end] = stop;
    const tokens = tokenize(rest);
    const objectEnd = nounPhraseEnd(tokens, 0);
    const object = objectEnd > 0 ? rest.slice(0, tokens[objectEnd - 1].end) : '';
    const tail = objectEnd < tokens.length ? rest.slice(tokens[objectEnd - 1].end) : '';
    // Only a thing done to, then where, when or why ("… on prod servers", "… just to get …"); not "… and then blaming …".
    if (object && !/^(?:it|them|this|that)$/iu.test(object) && (!tail || /^\s+(?:just\s+|directly\s+)?(?:to|when|whenever|before|after|without|in|on|during|at|for|from|about|with|into|across|over|under|by|through|against|as|every|out\s+of)\b(?![^,;]*\band\b)/iu.test(tail))) {
      const owned = (text: string) => text.replace(/\b(?:his|her|their)\s+(?:own\s+)?/giu, 'the ');
      return { kind: 'blame-word', message: 'An action item that tells a person to stop something blames them. Say what will prevent it.', text: `${lead}Prevent ${owned(object)} from being ${participleOf(infinitiveOf(gerund))}${owned(tail)}${plainStop(end)}` };
    }
  }
  // "make sure Rafael never gets prod access again."
  const never = /\b(make\s+sure|ensure)\s+(.+?)\s+never\s+(?:gets?|has|is\s+given|touches)\s+(.+?)\s+again\b/iu.exec(sentence);
  if (never && personLike(never[2], people)) {
    return { kind: 'blame-word', message: 'A punishment is not an action item. Say what guard rail is needed.', text: sentence, unrewritten: true };
  }
  return null;
}

/** "…, as usual." / "… as always." / "…, once more.": a repetition marker ending the sentence ("once more" only after a comma). */
const AS_USUAL_TAIL = new RegExp(String.raw`(?:,\s*(?:${REPETITION_MARKERS}|as\s+(?:we['’]ve|we\s+have|you['’]d|one\s+would)\s+come\s+to\s+expect(?:\s+from\s+them)?)|,?\s+(?:${HABIT_MARKERS}))\s*([.!]*)$`, 'iu');

/** Offences counted and laid on people. */
function offences(sentence: string, people: PeopleIndex): Rewrite | null {
  const say = says('blame-word', 'Counting a person’s or team’s offences blames them. Describe this event and its conditions.');
  // "This is the third time Hamid has broken the nightly warehouse load, and it's getting ridiculous."
  const nth = /^(\s*(?:(?:ngl|tbh|honestly|frankly|ok|okay|so|well|fyi|also)\s*,?\s+)*)(?:this\s+is|it['’]s|that['’]s|it\s+is)\s+the\s+(second|third|fourth|fifth|nth|umpteenth)\s+time\s+(?:this\s+(?:week|month|quarter|year|sprint)\s+)?(?:that\s+)?([^,;]+?)\s+(?:has|have)\s+(?!been\b)(\w+)\s+([^,;]+?)(?:,?\s+and\s+(?:it['’]s|this\s+is)\s+getting\s+\w+)?(\s*[,;].*?)?\s*([.!]*)$/iu.exec(sentence);
  if (nth && personLike(nth[3], people)) {
    const [, lead, ordinal, , verb, said, after = '', stop] = nth;
    // ("has taken down auth": the particle goes after the participle, "auth has been taken down".)
    const [, particle = '', object = said] = /^(?:(down|up|out|off|over|back)\s+)?(.+)$/iu.exec(said) ?? [];
    return say(`${lead}${lead.trim() ? 'this' : 'This'} is the ${ordinal} time ${object} ${isPluralNoun(object) ? 'have' : 'has'} been ${participleOf(infinitiveOf(verb))}${particle ? ` ${particle}` : ''}${after}${plainStop(stop)}`);
  }
  // "This is the third time I've had to explain mocking to you, Wei.": a reprimand counted out.
  if (/\b(?:second|third|fourth|fifth|nth|umpteenth)\s+time\s+(?:that\s+)?(?:i|we)(?:['’]ve|\s+have)\s+(?:had\s+to\s+)?(?:explain(?:ed)?|tell|told|remind(?:ed)?|ask(?:ed)?|show(?:n)?)\b/iu.test(sentence)) {
    return { kind: 'blame-word', message: 'Counting how often a person had to be told blames them. Say what would make the right way easy to find.', text: sentence, unrewritten: true };
  }
  // "…; not the first time the embedded team has done this."
  const notFirst = /\s*[;,]\s*(?:and\s+)?(?:it['’]s\s+|this\s+is\s+)?not\s+the\s+first\s+time\s+(.+?)\s+(?:has|have)\s+(?:done|made|broken|caused)\s+(?:this|that|it)(?:\s+\w+)?\s*([.!]*)$/iu.exec(sentence);
  if (notFirst && personLike(notFirst[1], people)) return say(`${sentence.slice(0, notFirst.index)}${plainStop(notFirst[2])}`);
  // "…, as usual." / "…, as always." / "…, as we've come to expect."
  const asUsual = AS_USUAL_TAIL.exec(sentence);
  if (asUsual && mentionsPeopleIn(sentence.slice(0, asUsual.index), people)) return say(`${sentence.slice(0, asUsual.index)}${plainStop(asUsual[1])}`);
  // "provided the team doesn't repeat last month's mistake of deploying during a live event"
  const repeat = /\b(?:doesn['’]t|does\s+not|don['’]t|do\s+not|won['’]t|will\s+not)\s+repeat\s+(?:last\s+\w+['’]s|the\s+same|their|his|her|its|that)\s+(?:mistake|error|blunder)\s+of\s+(\w+ing)\s+(.+?)(?=\s*[.!]*$)/iu.exec(sentence);
  if (repeat) return say(`${sentence.slice(0, repeat.index)}does not ${infinitiveOf(repeat[1])} ${repeat[2]} again${sentence.slice(repeat.index + repeat[0].length)}`);
  // "most of the escaped defects trace back to Chloé Martin's components"
  // ("came from the vendor's CSV export" says where a fault was, not whose: only "trace back to" attributes.)
  const traceTo = /\b(trace[sd]?\s+back\s+to)\s+([^,;]+?)['’]s\s+([\w-]+)/iu.exec(sentence);
  // ("Third harness sync failure this quarter traced back to Kwame's changes": one count is of one person's; "the same
  // changes" would be, to a twenty-fifth reader, a claim the writer never made.)
  if (traceTo && personLike(traceTo[2], people) && /^\s*(?:the\s+)?(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b/iu.test(sentence)) return leftToWriter(say(sentence), sentence);
  // ("trace back to Ben ignoring the GDS provider's deprecation warnings": whose is a short noun phrase, not an act.)
  if (traceTo && (/\b\p{L}+ing\b/u.test(traceTo[2]) || traceTo[2].trim().split(/\s+/u).length > 3)) return null;
  if (traceTo && personLike(traceTo[2], people)) return say(`${sentence.slice(0, traceTo.index)}${traceTo[1]} the same ${traceTo[3]}${sentence.slice(traceTo.index + traceTo[0].length)}`);
  // "Operations assumed the backup was verified; nobody on that team actually checked."
  const actually = new RegExp(String.raw`\b(?:nobody|no\s*-?\s*one)${OF_GROUP}\s+(?:actually|even|ever|really)\s+(\w+ed)\b`, 'iu').exec(sentence);
  if (actually) return say(`${sentence.slice(0, actually.index)}nothing prompted a check${sentence.slice(actually.index + actually[0].length)}`);
  // "Release manager finally acknowledges the page, 25 minutes after it fired."
  const finally_ = /^(\s*)(.+?)\s+finally\s+(\w+)/iu.exec(sentence);
  if (finally_ && personLike(finally_[2], people)) return say(`${finally_[1]}${finally_[2]} ${sentence.slice(finally_.index + finally_[0].length - finally_[3].length)}`);
  // "Because the reviewer rubber-stamped the pull request."
  const rubber = /^(\s*(?:because\s+)?)(.+?)\s+rubber[\s-]?stamped\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  // (Not a question: "Can we at least acknowledge that QA rubber-stamped this release in an afternoon?" is the writer's to
  // restate; a thirty-first reader found "This release in an afternoon? was approved …".)
  if (rubber && personLike(rubber[2], people) && !/\?/u.test(rubber[3])) {
    const [, lead, , what, stop] = rubber;
    return say(`${lead}${lead.trim() ? what : capitalise(what)} ${beFor(what)} approved without a full review${plainStop(stop)}`);
  }
  // "the review process works fine; the problem is that Olga rubber-stamps every PR she gets": the
  // habit said of the work ("every PR is approved without a full review"). (A twelfth reader found the
  // finding lost when the clause went.)
  const habit = /^(.*?(?:[;:]\s*|\bis\s+that\s+|\bbecause\s+))(?:it\s+is\s+|it['’]s\s+)?(.+?)\s+(?:who\s+)?(?:keeps\s+|always\s+|just\s+)?rubber[\s-]?stamp(?:s|ing)\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (habit && personLike(habit[2], people)) {
    const [, lead, , done, stop] = habit;
    const what = done.replace(/\s+without\s+(?:even\s+)?(?:reading|looking\s+at|opening)\s+(?:them|it)\b/iu, '').replace(/\s+(?:(?:he|she|they)\s+gets?|in\s+(?:his|her|their)\s+queue)\b/iu, (m) => (/queue/iu.test(m) ? ' in the queue' : ''));
    const plural = isPluralNoun(what) && !/^(?:whatever|everything|anything|each|every)\b/iu.test(what);
    return say(`${lead}${lead.trim() ? what : capitalise(what)} ${plural ? 'are' : 'is'} approved without a full review${plainStop(stop)}`);
  }
  // "The data warehouse team's 'quick fix' turned into …": a sneer at what people did.
  const sneer = /(^|\s)((?:the\s+)?[^'‘"“]+?)['’]s\s+['‘"“]([^'’"”]{2,40})['’"”]/iu.exec(sentence);
  if (sneer && personLike(sneer[2], people)) {
    // "Thanks to Thandiwe's "quick fix", …": only the owner goes; what leads up to it stays.
    // ("With all due respect, Chen Wei's 'quick fix' is …": after a comma the owner starts anew.)
    const aside = /^.*,\s*/u.exec(sneer[2])?.[0] ?? '';
    const lead = /^((?:.*\s)?(?:to|of|for|by|from|after|with|per|under|despite|following|because\s+of)\s+)/iu.exec(sneer[2].slice(aside.length));
    const start = sneer.index + sneer[1].length + aside.length + (lead ? lead[1].length : 0);
    // ("the firmware team's 'thorough' testing", "'extensive testing'": praise in quotes is the sneer; without
    // its quotes it reads as meant (a sixteenth reader). The praise goes, the thing stays: "the testing".)
    const thing = sneer[3].replace(/^(?:(?:very|so|super|really|most)\s+)?(?:thorough|extensive|careful|rigorous|robust|comprehensive|detailed|meticulous|exhaustive|expert|professional|brilliant|genius|clever|smart|excellent|great|amazing|flawless|bulletproof|tiny|small|minor|little|harmless|trivial|safe|low-risk|simple|innocent)\b\s*/iu, '');
    const after = sentence.slice(sneer.index + sneer[0].length);
    // ("Mo's 'tested locally' strikes again": words quoted from the person are no thing, and nothing but the
    // sneer is said of them ("The tested locally strikes again" was no English); left to the writer.)
    const first = tokenize(thing)[0];
    if (/^\s*(?:strikes|struck|has\s+struck)\s+again\b/iu.test(after) || (first && (first.tags.has('PastTense') || first.tags.has('Pronoun')) && !first.tags.has('Noun'))) return leftToWriter(say(sentence), sentence);
    // ("Thanks to the sensor firmware team's 'thorough' testing, 2,000 meters …": what the quotes deny is the cause,
    // "Because the testing was not thorough, …"; a thirty-first reader found "Because of the testing" made the testing the cause.)
    const praised = /^(?:(?:very|so|super|really|most)\s+)?(thorough|extensive|careful|rigorous|robust|comprehensive|detailed|meticulous|exhaustive)\b/iu.exec(sneer[3]);
    const thanksTo = /^(\s*)thanks\s+to\s+$/iu.exec(sentence.slice(0, start));
    // (The thing praised is in the quotes, or just after them: "'thorough' testing".)
    const named = thing ? null : /^\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)(\s*,.*)$/u.exec(after);
    const noun = thing ? (/^\s*,/u.test(after) ? thing : '') : named?.[1];
    const rest = thing ? after : named?.[2];
    if (thanksTo && praised && noun && rest !== undefined) return say(`${thanksTo[1]}Because the ${noun} ${isPluralNoun(noun) ? 'were' : 'was'} not ${praised[1].toLowerCase()}${rest}`);
    // ("Thanks to the testing, …" thanks no one: "Because of the testing, …".)
    const before = sentence.slice(0, start).replace(/^(\s*)thanks\s+to\s+$/iu, '$1Because of ');
    return say(`${before}${/^\s*$/u.test(before) ? 'The' : 'the'}${thing ? ` ${thing}` : ''}${thing || /^\s/u.test(after) ? '' : ' '}${after}`);
  }
  return null;
}


export function characterisationRewrite(sentence: string, people: PeopleIndex): Rewrite | null {
  return characterisation(sentence, people) ?? laidOnPerson(sentence, people) ?? wouldHaveNoticed(sentence, people)
    ?? aimedAtPeople(sentence, people) ?? offences(sentence, people);
}
