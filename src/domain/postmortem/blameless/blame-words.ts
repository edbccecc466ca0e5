/**
 * Words and phrases that blame or judge whoever the subject is: fault ("It was Bob's fault that…",
 * "Whose fault was this?"), blame ("who is to blame"), "human error", a person's mistake ("the
 * mistake by the DBA"), and judging words ("a careless copy-paste", "sloppy testing", "negligence").
 * Technical uses pass: fault injection, segmentation fault, error budget, human-readable errors.
 */
import { mentionsPeopleIn, nounPhraseEnd, standsForPeople, type PeopleIndex } from './clause';
import { GROUP_NOUNS, JUDGEMENT_ADJECTIVES, JUDGEMENT_ADVERBS, JUDGEMENT_NOUNS, JUDGEMENT_TECH, NOUNISH_VERBS, ROLE_NOUNS } from './lexicon';
import { leftToWriter, unlessOnlyMentioned, type Rewrite } from './rewrite';
import { alternationOf, capitalise, escapeRegExp, fixArticles, gerundOf, infinitiveOf, pastOf, pastPassive, plainStop, tokenize, uncapitalise } from './words';

const APOS = "['’]";
const NOBODYS = new RegExp(`^(?:no(?:body|\\s*-?\\s*one)|anyone|anybody|no\\s+one)${APOS}s$`, 'iu');
const POSSESSIVE = `((?:[\\p{L}-]+${APOS}s?)|his|her|their|my|our|your)`;

function blameWord(text: string, word: string): Rewrite {
  return { kind: 'blame-word', message: `“${word}” blames or judges people. Describe the condition that allowed the problem.`, text };
}

const personLike = (phrase: string, people: PeopleIndex) => standsForPeople(phrase, people);

/** Words that judge how someone did their job, in formal reports: "remiss in failing to notify". */
const CONDUCT_WORDS = String.raw`remiss|derelict|culpable|negligent|neglectful|careless|reckless|irresponsible|lax`;
const CONDUCT = new RegExp(String.raw`^(\s*)(.+?)\s+(?:(?:is|was|are|were)\s+(?:considered|deemed|found|judged|held|thought)\s+to\s+have\s+been|was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:grossly|clearly|seriously|wholly|entirely|partly|also|particularly)\s+)?(${CONDUCT_WORDS})\s+in\s+(?:(?:his|her|their)\s+(?:duty|duties|obligations?)\s+(?:to|by|in)\s+)?(failing\s+to\s+|not\s+)?([\p{L}-]+)(.*)$`, 'iu');

/**
 * "The records manager was remiss in failing to notify the regulator within 72 hours": the act, said
 * as what was (not) done ("… failed to notify the regulator …"), which the person-failure rules then
 * restate without the person ("The regulator was not notified within 72 hours.").
 */
function conductJudged(sentence: string): Rewrite | null {
  const m = CONDUCT.exec(sentence);
  if (!m) return null;
  const [, lead, subject, word, failing, verb, rest] = m;
  let act: string;
  if (failing) act = `failed to ${infinitiveOf(verb.toLowerCase())}`;
  else if (/ing$/iu.test(verb)) act = pastOf(infinitiveOf(verb.toLowerCase()));
  else return null;
  return blameWord(`${lead}${subject} ${act}${rest}`, word);
}

/**
 * "The crash was ultimately the fault of the anti-cheat team, who never test against real traffic":
 * the event had contributing factors; whose fault, and what is said of them after it, go.
 */
function faultOf(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = /\bfault\s+of\b/iu.test(sentence) && /^(\s*)(.+?)\s+(?:was|is|were|are)\s+(?:(?:ultimately|entirely|all|completely|totally|partly|mainly|largely|solely|clearly|really|squarely|just)\s+)?(?:the\s+)?fault\s+of\s+([^,;.!?]+?)(?:\s*,\s*(?:who|whose|which)\b[^;.!?]*)?([;.!?].*)?$/iu.exec(sentence);
  if (!m || !personLike(m[3], people) || CLEARS_OF_FAULT.some((re) => re.test(sentence))) return null;
  return leftToWriter(blameWord(sentence, 'the fault of'), sentence);
}

/**
 * Sentences that clear people of fault rather than find it: "this review does not find that anyone
 * was at fault", "Nobody is at fault here", "it was nobody's fault", "not the vendor's fault".
 */
const CLEARS_OF_FAULT = [
  /\b(?:not|never|no\s+evidence)\s+(?:\w+\s+)?(?:find|found|finds|conclude|concluded|concludes|suggest|suggests|suggesting|mean|means|imply|implies|that)\s+(?:that\s+)?(?:anyone|anybody|someone|somebody|any\s+(?:one\s+)?(?:individual|person|engineer)|an\s+individual|a\s+person)\s+(?:was|is|were)\s+(?:(?:personally|individually)\s+)?at\s+fault\b/iu,
  /\b(?:no\s*-?\s*one|nobody|none\s+of\s+(?:us|them|the\s+\w+))\s+(?:is|was|were|are)\s+(?:(?:really|individually|personally)\s+)?at\s+fault\b/iu,
  // "Neither job was at fault on its own".
  /\b(?:neither|none)\b[^.;]{0,30}?\s+(?:is|was|were|are)\s+(?:(?:really|individually|personally)\s+)?at\s+fault\b/iu,
  // "…describe what happened, never who is at fault", "not who was at fault": what the writing leaves out.
  /\b(?:never|not|rather\s+than|instead\s+of)\s+(?:about\s+|on\s+)?(?:who|which\s+(?:person|people|engineer|team))\s+(?:is|was|were|are)\s+at\s+fault\b/iu,
  /\b(?:no\s*-?\s*one|nobody|anyone|anybody|not\s+(?:anyone|anybody|someone)|none\s+of\s+\w+)['’]s?\s+fault\b|\bno(?:body)?['’]?s?\s+fault\b|\bnot\s+(?:\w+['’]s?\s+)?(?:the\s+)?fault\b/iu,
  // "We asked whether anyone was at fault and agreed the question wasn't useful": the question, asked and set aside.
  /\bwhether\s+(?:anyone|anybody|someone|somebody)\s+(?:was|is)\s+at\s+fault\b[^.]*\bquestion\s+(?:was\s*n['’]t|was\s+not|is\s*n['’]t|is\s+not)\s+(?:useful|helpful|the\s+right\s+one|fair)\b/iu,
];

/** A participle after "was" ("left", "deployed", "broken"), not an adjective or a noun ("down", "late"). */
function looksPassive(word: string): boolean {
  return /^(?:left|set|put|cut|run|shut|hit|made|sent|kept|lost|held|built|sold|told|paid|done|seen|taken|given|written|broken|forgotten|shown|known|thrown|chosen)$/iu.test(word)
    || (/(?:ed|en)$/iu.test(word) && !/^(?:open|often|even|seven|eleven|when|then|broken|red|bed|hundred|sacred|wicked|naked|ragged|rugged)$/iu.test(word));
}

function fault(sentence: string): Rewrite | null {
  if (CLEARS_OF_FAULT.some((re) => re.test(sentence))) return null;
  const whose = /^(\s*)whose\s+fault\s+(?:was|is|were)\s+(?:it\s+that\s+(.+?)|(.+?))\s*([?.!]*)$/iu.exec(sentence);
  if (whose) {
    const [, lead, clause, what, stop] = whose;
    // ("… that the feature flag was left on in production": a passive is let be; "What let the feature
    // flag leave on in production happen?" was no English.)
    const passive = clause ? /^(.+?)\s+(?:was|were|got)\s+(?!not\b)(\p{L}+)\b(.*)$/iu.exec(clause) : null;
    const text = passive && looksPassive(passive[2])
      ? `${lead}What let ${passive[1]} be ${passive[2]}${passive[3]}${stop || '?'}`
      // (The clause as written: "What let prod went down happen?" was what making it infinitive gave.)
      : clause ? `${lead}How did it come about that ${clause}${stop || '?'}` : `${lead}What contributed to ${uncapitalise(what)}${stop || '?'}`;
    return blameWord(text, 'Whose fault');
  }
  const itWas = new RegExp(`^(\\s*)(?:it|this|that)\\s+(?:was|is)\\s+(?:(?:all|entirely|completely|totally|partly|mainly|largely|solely|clearly|really|just)\\s+)?${POSSESSIVE}\\s+fault(?:\\s+that\\s+(.+?))?\\s*([.!?]*)$`, 'iu').exec(sentence);
  if (itWas && !NOBODYS.test(itWas[2])) {
    const [, lead, , clause, stop] = itWas;
    // "It was Sam's fault that prod went down": what happened is the clause.
    const found = blameWord(sentence, `${itWas[2]} fault`);
    return clause ? { ...found, text: `${lead}${capitalise(clause)}${plainStop(stop)}` } : leftToWriter(found, sentence);
  }
  const npWas = new RegExp(`^(\\s*)(.+?)\\s+(?:was|is|were|are)\\s+(?:(?:all|entirely|completely|totally|partly|mainly|largely|solely|clearly|really|just)\\s+)?(?:(?:the|our|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?)?${POSSESSIVE}\\s+fault\\b(.*?)\\s*([.!?]*)$`, 'iu').exec(sentence);
  if (npWas && !NOBODYS.test(npWas[3])) {
    return leftToWriter(blameWord(sentence, `${npWas[3]} fault`), sentence);
  }
  // "entirely the vendor liaison's fault": the intensifier and the owner's words go with it.
  const any = new RegExp(`\\b(?:(?:entirely|all|completely|totally|solely|squarely|clearly|mainly|largely|partly)\\s+)?(?:(?:the|our|their|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${POSSESSIVE}\\s+fault\\b(?![\\s-]+(?:injection|tolerance|tolerant|tree|domain|isolation|detection|handling|handler|code|line|zone|model|analysis))`, 'iu').exec(sentence);
  if (any && !NOBODYS.test(any[1]) && !/^(?:segmentation|page|general|protection|bus|hardware|software|network|power)$/iu.test(any[1])) {
    const factor = fixArticles(`${sentence.slice(0, any.index)}a contributing factor${sentence.slice(any.index + any[0].length)}`);
    // ("Ben's fault." as "A contributing factor.", "It's always the contractors' fault with the council app." as "It's a
    // contributing factor with …": a factor of nothing said; a twenty-fifth reader found them not English.)
    if (/^\s*(?:[^:]{1,30}:\s*)?(?:(?:it|this|that)(?:['’]s|\s+is|\s+was)\s+(?:\p{L}+\s+)?)?a\s+contributing\s+factor\b(?!\s+(?:to|in|for|was|is|were|behind)\b)/iu.test(factor)) return leftToWriter(blameWord(sentence, `${any[1]} fault`), sentence);
    return blameWord(factor, `${any[1]} fault`);
  }
  // "The QA lead is at fault for signing off without a test run": what was done is the factor.
  const atFaultFor = /^(\s*)(.+?)\s+(?:is|was|are|were)\s+(?:(?:partly|entirely|clearly|solely|mainly)\s+)?at\s+fault\s+for\s+(\w+ing\b.+?)\s*([.!]*)$/iu.exec(sentence);
  if (atFaultFor) return blameWord(`${atFaultFor[1]}A contributing factor was ${atFaultFor[3]}${atFaultFor[4] || '.'}`, 'at fault');
  const atFault = /(?<![\p{L}-])(?:(?:was|were|is|are)\s+)?(?<!-)at\s+fault\b/iu.exec(sentence);
  if (atFault) {
    return blameWord(`${sentence.slice(0, atFault.index)}${/^(?:was|were|is|are)/iu.test(atFault[0]) ? `${atFault[0].split(/\s+/)[0]} involved` : 'involved'}${sentence.slice(atFault.index + atFault[0].length)}`, 'at fault');
  }
  return null;
}

function blame(sentence: string, people: PeopleIndex): Rewrite | null {
  // "The culprit was Oluwaseun's unreviewed commit": a culprit is someone to blame.
  // ("Per the scheduler logs the culprit is Mariam Khan": what the finding rests on, before it.)
  const culprit = /^(\s*(?:(?:per|according\s+to|from|based\s+on|judging\s+by)\s+(?:the\s+)?[\p{L}\s-]{1,40}?,?\s+)?)(?:the\s+)?(?:real\s+|main\s+)?culprits?\s+(?:was|were|is|are)\s+(.+?)\s*([.!?]*)$/iu.exec(sentence);
  // "The culprit was a stale DNS record": a thing found to be the cause blames no one.
  if (culprit && (/^(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s/u.test(culprit[2]) || personLike(culprit[2].replace(/['’]s\s.*$/u, ''), people))) {
    const [, lead, what, stop] = culprit;
    // ("the culprit is Mariam Khan, who submitted …": a person, not a person's thing, has no stand-in.)
    if (!/^(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s/u.test(what)) return leftToWriter(blameWord(sentence, 'culprit'), sentence);
    const thing = what.replace(/^(\p{Lu}[\p{L}-]*)['’]s\s+/u, 'an ');
    // ("The culprit was Oluwaseun's unreviewed commit." → "The cause was an unreviewed commit.": a twenty-seventh reader found
    // "A contributing factor" made the one cause one of several.)
    return blameWord(fixArticles(`${lead}${lead.trim() ? 'the' : 'The'} cause was ${uncapitalise(thing)}${stop || '.'}`), 'culprit');
  }
  // "Emily Clarke is responsible for the data loss and must be held accountable."
  const accountable = /^(\s*)(.+?)\s+(?:is|was|are|were)\s+(?:solely\s+|directly\s+|personally\s+)?(?:responsible|accountable|culpable)\s+for\s+(.+?)(?:,?\s+and\s+.*?\b(?:held\s+)?accountable\b.*?)?\s*([.!?]*)$/iu.exec(sentence);
  // (Not a duty held for a time: "Connor is responsible for the kiosk fleet this sprint; he'll own the follow-up",
  // "Priyanka was responsible for the furnace rota that week, and she is the one who spotted the overlap".)
  // ("Jean-Luc was responsible for the French label templates and confirmed at 11:30 that …": a duty, and what they did with it.)
  const [duty, after = ''] = accountable?.[3].split(/\s*[,;:]\s*|\s+and\s+/u) ?? [''];
  if (accountable && personLike(accountable[2], people) && !((DUTY_FOR_A_TIME.test(duty) || DUTY_DONE.test(after)) && !OUTCOME.test(duty.replace(DUTY_FOR_A_TIME, '')))) {
    return leftToWriter(blameWord(sentence, 'responsible for'), sentence);
  }
  // "The Blame Game is the studio's new title": capitalised beside another capitalised word, a name.
  const title = /(\p{Lu}[\p{L}-]*)\s+Blame\s+(\p{Lu}[\p{L}-]*)/u.exec(sentence);
  if (title && !/\bblame\b/u.test(sentence) && ![title[1], title[2]].some((word) => people.words.has(word.toLowerCase()))) return null;
  // "git blame", "the blame view", "the blame subcommand of our CLI": the version-control command, not a judgement.
  // ("The blame column in the tracker's audit view only shows the last user to edit a route": a field of a tool.)
  if (/\bgit\s+blame\b|\bblame\s+(?:view|annotations?|output|(?:sub)?commands?|tab|tool|plugin|column|field|panel|pane|gutter)\b/iu.test(sentence)) return null;
  const liesWith = /^(\s*)(?:the\s+)?(?:blame|fault|responsibility|accountability|liability)\s+for\s+(.+?)\s+(?:lies|lay|rests|rested|falls|fell|sits|is)\s+(?:squarely\s+|entirely\s+)?(?:with|on)\s+.+?([.!?]*)$/iu.exec(sentence);
  // ("Responsibility for the late delivery sits with the process, not Elif: …": laid on the process, and taken off the person.)
  const onProcess = /\s(?:with|on)\s+(?:the|our)\s+(?:process|system|design|tooling|tools?|workflow|procedure|setup|pipeline)\b(?:,?\s+not\s+[^,.;:]+)?\s*(?:[,.;:—–-]|$)/iu;
  if (liesWith && !onProcess.test(sentence.slice(liesWith.index))) return leftToWriter(blameWord(sentence, 'blame … lies with'), sentence);
  const liesWithFor = /^(\s*)(?:the\s+)?(?:blame|fault|responsibility|accountability|liability)\s+(?:lies|lay|rests|rested|falls|fell|sits)\s+(?:squarely\s+|entirely\s+)?(?:with|on)\s+.+?([.!?]*)$/iu.exec(sentence);
  if (liesWithFor) return leftToWriter(blameWord(sentence, 'blame lies with'), sentence);
  // ("…, not to decide who is responsible for it": the question set aside.)
  const responsible = /(?<!\bnot\s+(?:to\s+)?(?:decide|decid\p{L}+|find(?:\s+out)?|determine|establish|work\s+out|ask(?:ing)?|about)\s+)\bwho\s+(?:is|was|are|were)\s+(?:responsible|accountable|culpable)(\s+for)?\b/iu.exec(sentence);
  if (responsible) return blameWord(`${sentence.slice(0, responsible.index)}what contributed${responsible[1] ? ' to' : ''}${sentence.slice(responsible.index + responsible[0].length)}`, 'who is responsible');
  // (The question's own "who", not a relative one: "Should the person who deleted the bucket …?" asks of that person.)
  const whoBroke = /\bwho\s+(broke|caused|missed|forgot|botched|deleted|(?:screwed|messed)\s+up)\b/iu.exec(sentence);
  const asked = whoBroke !== null && /^\s*(?:[^:?]{1,40}:\s*)?(?:(?:so|and|but|ok|okay|then|seriously|honestly|again),?\s+)?$/iu.test(sentence.slice(0, whoBroke.index));
  // ("Who forgot to update the DNS records?" asks after a person: "What forgot …" is no question.)
  const ofAThing = asked && /^(?:broke|caused|screwed|messed)/iu.test(whoBroke[1]);
  if (whoBroke && !ofAThing && /\?\s*$/u.test(sentence)) return leftToWriter(blameWord(sentence, `who ${whoBroke[1]}`), sentence);
  if (whoBroke && /\?\s*$/u.test(sentence)) return blameWord(`${sentence.slice(0, whoBroke.index)}what ${whoBroke[1].toLowerCase().startsWith('screwed') || whoBroke[1].toLowerCase().startsWith('messed') ? 'went wrong with' : whoBroke[1].toLowerCase()}${sentence.slice(whoBroke.index + whoBroke[0].length)}`.replace(/^(\s*)(?:we need a name|name them|tell us)\s*:\s*/iu, '$1').replace(/^(\s*)w/u, '$1W'), `who ${whoBroke[1]}`);
  // "Who was on call when the freezer alarm went unacknowledged?": a question after whoever let it go by.
  if (/\bwho\s+was\s+(?:on\s+call|on\s+shift|on\s+duty|watching|monitoring)\s+when\b[^?]*\b(?:went\s+(?:unacknowledged|unanswered|unnoticed)|was\s+(?:missed|ignored|silenced)|got\s+(?:missed|ignored))\b[^?]*\?/iu.test(sentence)) return leftToWriter(blameWord(sentence, 'who was on call'), sentence);
  const who = /\bwho\s+(?:is|was|are|were)\s+to\s+blame(\s+for)?\b/iu.exec(sentence);
  // ("we describe actions and decisions, not who is to blame": the question turned down.)
  if (who && /\b(?:not|never|no\s+longer|rather\s+than|instead\s+of)\s+$/iu.test(sentence.slice(0, who.index))) return null;
  if (who) return blameWord(`${sentence.slice(0, who.index)}what contributed${who[1] ? ' to' : ''}${sentence.slice(who.index + who[0].length)}`, 'to blame');
  // ("The saddle fitter on Tuesday's route is to blame — didn't measure a single horse …": the verdict, then why.)
  const blamedThenWhy = /^\s*(.+?)\s+(?:is|was|are|were)\s+(?:partly\s+|mainly\s+|entirely\s+)?to\s+blame\s*[—–:;]/iu.exec(sentence);
  if (blamedThenWhy && personLike(blamedThenWhy[1], people)) return leftToWriter(blameWord(sentence, 'to blame'), sentence);
  const toBlame = /^(\s*)(.+?)\s+(?:is|was|are|were)\s+(?:partly\s+|partially\s+|mainly\s+|entirely\s+)?to\s+blame(?:\s+for\s+(.+?))?\s*([.!?]*)$/iu.exec(sentence);
  if (toBlame && !/^(?:no\s*-?\s*one|nobody|none|no\s+(?:single\s+|one\s+|individual\s+)?(?:person|individual|engineer|team|operator|human)|neither(?:\s+of\s+(?:them|us))?)$/iu.test(toBlame[2].trim())) {
    const [, lead, subject, what, stop] = toBlame;
    const target = what ? uncapitalise(what) : 'this';
    if (personLike(subject, people)) return leftToWriter(blameWord(sentence, 'to blame'), sentence);
    return blameWord(`${lead}${capitalise(subject)} contributed to ${target}${stop || '.'}`, 'to blame');
  }
  const blamedOn = /\bblamed\s+on\b/iu.exec(sentence);
  if (blamedOn) return blameWord(`${sentence.slice(0, blamedOn.index)}attributed to${sentence.slice(blamedOn.index + blamedOn[0].length)}`, 'blamed on');
  // "ERROR screening-svc: 'blame attribution step failed …'": a log line's quoted message.
  if (/^\s*(?:\[?(?:ERROR|FATAL|WARN(?:ING)?|CRITICAL|PANIC|SEVERE|INFO|DEBUG)\]?)\b[^'"‘“]*?[:=]\s*['"‘“][^'"’”]*\bblame\b/u.test(sentence)) return null;
  // "'blame' is the old name of the eviction-attribution module": the word named, not used.
  if (/['"‘“]blame['"’”]\s+(?:is|was)\s+(?:the|a|an|our|its)\b/iu.test(sentence)) return null;
  // "Do we blame the tester, or ask why the simulator let the session persist?": the review weighing
  // the question, not laying the blame.
  if (/\b(?:do|should|shall|would|did|could)\s+we\s+blame\b[^?]*\bor\b[^?]*\?/iu.test(sentence)) return null;
  // (Whom is blamed ends at a comma: "blame the pager, not the guy who muted it for a week".)
  // ("Hard to blame anyone for the dryer mismatch; …": blame turned down.)
  // ("Some blame has to go to Chris Hollis for …": after a determiner, "blame" is the noun; a thirty-first reader found
  // "Some look at what contributed to not reading …".)
  const verb = /(?<!\b(?:hard|difficult|impossible|unfair)\s+to\s+)(?<!\b(?:some|the|any|no|much|more|his|her|their|our|its)\s+)\b(blame|blames|blamed|blaming)\s+([^,;]+?)\s+for\s+/iu.exec(sentence);
  // ("The hub blamed the thermostat for the timeout": a thing blamed is a cause named.)
  // ("Dale, Siku: no one is blaming you for the list.": blame said not to be laid; "I'm not blaming him, but …" still lays it.)
  if (verb && /\b(?:(?:no\s*-?\s*one|nobody|none\s+of\s+us)(?:['’]s|\s+is|\s+was|\s+will\s+be)|(?:we|i)(?:['’]re|\s+are|['’]m|\s+am)\s+not)\s+$/iu.test(sentence.slice(0, verb.index))) {
    return /\bbut\b/iu.test(sentence) ? leftToWriter(blameWord(sentence, verb[1]), sentence) : null;
  }
  // ("There's a temptation to blame Saoirse for the late pallet shipment, and we're not going to: …": a pull named, and refused.)
  if (verb && /\b(?:temptation|tempting|tempted)\s+to\s+$/iu.test(sentence.slice(0, verb.index))
    && /^[^.]*?\b(?:not\s+going\s+to|won['’]t|will\s+not|shouldn['’]t|should\s+not|resist\w*)\b/iu.test(sentence.slice(verb.index))) return null;
  if (verb && (personLike(verb[2], people) || /^(?:him|her|them|us|me|you|people|anyone|someone|somebody|everyone)$/iu.test(verb[2].trim()))) {
    const looked = { blame: 'look at what contributed to', blames: 'looks at what contributed to', blamed: 'looked at what contributed to', blaming: 'looking at what contributed to' }[verb[1].toLowerCase()] ?? 'looked at what contributed to';
    return blameWord(`${sentence.slice(0, verb.index)}${looked} ${sentence.slice(verb.index + verb[0].length)}`, verb[1]);
  }
  // ("Blame culture makes people hide near-misses", "the blame game": blame spoken of, not laid; so is
  // blame feared: "If folks worry about blame, we hear about problems late.")
  // ("the blame-indexer process", "the git-blame service": a name made with the word.)
  const noun = /(?<![\p{L}-])(?:the\s+)?blame\b(?![\s-]*(?:less|free|culture|game|sessions?|fest)|[\s-]*(?:questions?|talks?|discussions?|debates?)\b|\s+going\s+(?:a)?round\b|-\p{L})(?<!\bculture\s+of\s+blame)(?<!\b(?:worr\p{L}*|afraid|scared|fear\p{L}*|nervous|anxious)\s+(?:about|of)\s+(?:(?:being|getting)\s+)?(?:the\s+)?blame)/iu.exec(sentence);
  // ("Don't blame the kid at the dock — the sign had been turned to face the wall": blame turned down.)
  const noBlame = /\b(?:no|not|without|never)\s+(?:the\s+|a\s+|any\s+)?blame\b|\b(?:don['’]t|do\s+not|let['’]s\s+not|stop|quit|no\s+need\s+to|shouldn['’]t|should\s+not)\s+blam(?:e|ing)\b|\bnot\s+(?:a|an|any)\s+(?:hunt|search|witch[- ]?hunt|exercise|hunting\s+expedition)\s+(?:for|in)\s+blame\b|\bnot\s+(?:here\s+)?(?:looking|asking|hunting|searching|out)\s+(?:for|to)\s+(?:assign\s+|lay\s+)?(?:any\s+)?blame\b|\bblameless\b|\bblame-free\b|\bto\s+blame\b|\b(?:nothing|no\s+one|nobody|not)\b[^.;]*\b(?:assign|apportion|place|put)\s+(?:any\s+)?blame\b|\b(?:invit\w*|encourag\w*|foster\w*|breed\w*|fuel\w*|avoid\w*|reduc\w*|fear\s+of|culture\s+of)\s+(?:more\s+)?blame\b|\b(?:talk\w*|spoke|speak\w*|discuss\w*|conversations?|think\w*|thought|learn\w*)\s+(?:a\s+lot\s+|openly\s+|honestly\s+)?about\s+blame\b/iu;
  if (noun && !noBlame.test(sentence)) {
    // ("The blame here sits squarely with the vendor liaison, …": responsibility laid on a role lays the same blame.)
    const laidOn = /\bblame\b[^.;]{0,20}?\b(?:sits|lies|rests|falls|goes|belongs|is)\s+(?:\p{L}+\s+){0,2}?(?:with|on|to)\s+([^,.;]+)/iu.exec(sentence);
    if (laidOn && mentionsPeopleIn(laidOn[1], people)) return { ...blameWord(sentence, 'blame'), unrewritten: true };
    return blameWord(`${sentence.slice(0, noun.index)}${/^the/iu.test(noun[0]) ? 'the responsibility' : 'responsibility'}${sentence.slice(noun.index + noun[0].length)}`, 'blame');
  }
  return null;
}

/** A time a duty is held for: "this sprint", "that week", "on Tuesday", "during the migration". */
const DUTY_FOR_A_TIME = /\b(?:(?:this|that|last|next)\s+(?:week|sprint|shift|month|quarter|rotation|night|weekend|season|cycle)|the\s+(?:night|day|morning|evening|weekend|shift)\s+of\s+the\s+[\p{L}-]+|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+night|the\s+day|call)|during\s+the\s+[\p{L}-]+)\b/iu;
/** What someone did with a duty, said next: "… and confirmed at 11:30 that …", "…, and spotted the overlap". */
const DUTY_DONE = /^(?:(?:he|she|they)\s+)?(?:logged|recorded|monitored|measured|confirmed|spotted|called|ran|rolled\s+back|paged|restored|fixed|led|coordinated|noticed|caught|raised|opened|reverted|checked|verified|escalated|handled|owns|will\s+own|['’]ll\s+own|is\s+leading|was\s+leading)\b/iu;
/** What a person is made responsible for when it is blame: an outcome, or the failure pointed at. */
const OUTCOME = /^(?:this|that|it)\b|\b(?:loss|losses|outage|outages|failures?|incidents?|mistakes?|breach|errors?|delays?|downtime|damage|problems?|issues?|crash|bugs?|what\s+happened|mess|leak|wrong|missing|broken|lost|dropped|deleted|overbook\p{L}*|double-?\p{L}+|letting|leaving|failing|forgetting|skipping)\b/iu;

function humanError(sentence: string): Rewrite | null {
  // "Human error is not a root cause here", "no human error here": the sentence turns the phrase down.
  // ("Human error was ruled out: …", "we ruled out operator error": excluded.)
  // ("operator error was considered and excluded because the setpoint log was unchanged": set 217.)
  if (/\b(?:human|operator|pilot|user)[\s-]+error\s+(?:was|has\s+been|is|could\s+be)\s+(?:(?:considered|examined|investigated|checked|looked\s+at)\s+and\s+)?(?:(?:firmly|clearly|fully|since)\s+)?(?:ruled\s+out|excluded|eliminated|dismissed)\b|\brul(?:ed|e)\s+out\s+(?:any\s+)?(?:human|operator|pilot|user)[\s-]+error\b|\bno\s+(?:human|operator|pilot|user)[\s-]+error\b|\b(?:not|never|no\s+longer)\s+(?:treat|count|accept|see|call|record|list)s?\s+(?:a\s+)?human[\s-]+error\b|\bhuman[\s-]+error\s+(?:is|was)\s+(?:not|never|no)\b|\bnot\s+(?:(?:a|an)\s+(?:case|matter|sign|symptom|result|indication|indicator)\s+of\s+|an?\s+|(?:caused\s+by|due\s+to|down\s+to|the\s+result\s+of)\s+)?(?:human|operator|pilot|user)[\s-]+errors?\b|\bbeyond\s+["“]?human[\s-]+error/iu.test(sentence)) return null;
  const m = /\b(an?\s+|the\s+)?(?:(?:plain|simple|pure|basic|just|classic|obvious)\s+)?(?:human|operator|personnel|people|pilot)[\s-]+(errors?)\b(?![\s-]+(?:handling|message|messages|code|codes|budget|rate|proof|labels?|tags?|categor(?:y|ies)|classification|field|checkbox|option|dialog)\b|-\p{L})(?:\s+on\s+the\s+part\s+of\s+[^.,;!?]{1,80}?(?=[.,;!?]|$)|\s+by\s+(?:the\s+|a\s+|an\s+|our\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?(?=[.,;!?]|$))?/iu.exec(sentence);
  if (!m) return null;
  const plural = /s$/iu.test(m[2]);
  const article = m[1]?.trim().toLowerCase() === 'the' ? 'the ' : plural ? '' : 'a ';
  // "a human-error incident": before a noun the phrase is a modifier, and so is its rewrite.
  const modifier = /-/u.test(m[0]) && /^\s+\p{L}/u.test(sentence.slice(m.index + m[0].length)) && !/^\s+(?:by|on|in|at|is|was|were|are|and|or)\b/iu.test(sentence.slice(m.index + m[0].length));
  // (Readers took "a gap in the process or tooling" for a claim the writer never made: the error stays
  // an error, without whose it was, and only when the sentence says what was done; else the writer restates it.)
  const left: Rewrite = { ...blameWord(sentence, m[0].trim()), unrewritten: true };
  if (modifier) return left;
  const replacement = `${article}${plural ? 'errors' : 'error'}`;
  let rest = sentence.slice(m.index + m[0].length);
  // "human error by the warehouse operator who scanned the wrong batch": the person goes, the act stays.
  // ("human error by the DBA (M.S.), who dropped …": initials in brackets go with the person.)
  const byWho = /^\s+(?:on\s+the\s+part\s+of|by)\s+(?:(?:the|a|an|our|their)\s+)?(?:[\p{L}\p{N}-]+\s+){0,4}?[\p{L}\p{N}-]+(?:\s*\([^)]{1,30}\))?\s*,?\s*(?=who\s)/iu.exec(rest);
  if (byWho) rest = `, ${rest.slice(byWho[0].length)}`;
  // "…, who dropped the wrong index during the window.": the person's clause becomes what was done.
  const who = /^,?\s+who\s+([\w-]+ed)\s+(.+?)\s*([.!]*)$/iu.exec(rest);
  if (who) {
    const [, verb, objectAndMore, stop] = who;
    // The object is the noun phrase after the verb; what follows it ("into the sample ID field",
    // "during peak hours") stays after the verb.
    const tokens = tokenize(objectAndMore);
    const end = nounPhraseEnd(tokens, 0);
    if (end > 0) {
      const object = objectAndMore.slice(0, tokens[end - 1].end);
      rest = `; ${pastPassive(object, verb)}${objectAndMore.slice(tokens[end - 1].end)}${stop || '.'}`;
      return blameWord(fixArticles(`${sentence.slice(0, m.index)}${m.index === 0 ? capitalise(replacement) : replacement}${rest}`), m[0].trim());
    }
  }
  return left;
}

const MISTAKE = '(?:mistakes?|errors?|blunders?|screw-?ups?|oversights?|slip-?ups?|lapses?|fuck-?ups?|cock-?ups?|typos?|goofs?|missteps?|misdiagnos[ie]s|misreadings?|mishandling)';
/** The MISTAKE words that name the act itself, a fact to keep once whose it was goes ("the initial misdiagnosis"). */
const MISDEED = /\bmis(?:diagnos|reading|handling)\p{L}*/iu;

function personsMistake(sentence: string, people: PeopleIndex): Rewrite | null {
  // ("The error was made by Lukas": the same, said with its verb.)
  const by = new RegExp(`\\b(?:(?:the|a|an|this|that)\\s+)?(?:(?:silly|simple|careless|stupid|small|big|basic|obvious|costly|single|honest|typing)\\s+)?${MISTAKE}\\s+(?:(?:was|were)\\s+)?(?:made\\s+)?by\\s+((?:(?:the|a|an|our|their)\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)`, 'iu');
  const m = by.exec(sentence);
  if (m) {
    // "the mistake by the DBA" / "by Bob Martins": take the longest who-phrase that names a person or group.
    const words = m[1].split(/\s+/);
    for (let n = words.length; n >= 1; n -= 1) {
      const who = words.slice(0, n).join(' ');
      if (/^(?:in|on|at|to|for|with|from|of|and|or|during|when|while)$/iu.test(words[n - 1]) || !personLike(who, people)) continue;
      const end = m.index + m[0].length - (m[1].length - who.length);
      // "the initial misdiagnosis by the on-call lead": the act is a fact; who did it goes.
      const act = MISDEED.exec(m[0]);
      if (act) return blameWord(`${sentence.slice(0, m.index + act.index + act[0].length)}${sentence.slice(end)}`, m[0].slice(act.index, m[0].length - (m[1].length - who.length)).trim());
      const replacement = m.index === 0 ? 'An error' : 'an error';
      return blameWord(fixArticles(`${sentence.slice(0, m.index)}${replacement}${sentence.slice(end)}`), m[0].slice(0, m[0].length - (m[1].length - who.length)).trim());
    }
  }
  const owned = new RegExp(`\\b${POSSESSIVE}\\s+(?:own\\s+|stupid\\s+|big\\s+)?${MISTAKE}\\b(?![\\s-]+(?:handling|handlers?|messages?|budgets?|rates?|codes?|logs?|paths?|pages?|states?|responses?|reports?|tracking|counts?|boundar(?:y|ies)))`, 'iu').exec(sentence);
  // "This was not Ottilie's mistake: …": the sentence clears the person.
  const cleared = owned && /\b(?:not|never|n['’]t)\s+(?:(?:really|simply|just|entirely|solely)\s+)?$/iu.test(sentence.slice(0, owned.index));
  // "…, my mistake.", "our error, not the vendor's": the writers owning their own act.
  const ownedByWriter = owned && /^(?:my|our)$/iu.test(owned[1]) && !/\b(?:stupid|big)\b/iu.test(owned[0]);
  // "Patrick reported his own mistake within ten minutes": owning up to it, which a blameless review asks for.
  const reportedOwn = owned && /\bown\s/iu.test(owned[0]) && /\b(?:reported|flagged|raised|admitted|disclosed|owned\s+up\s+to|called\s+out|caught|spotted|noticed|shared|posted\s+about|told\s+(?:us|the\s+\w+)\s+about)\s+$/iu.test(sentence.slice(0, owned.index));
  // ("Was it a person's mistake?": asked of anyone, to be answered by what the design did.)
  const askedOfAnyone = owned && /^(?:person|human|people)['’]s$/iu.test(owned[1]) && /^\s*(?:was|is)\s+(?:it|this|that)\s+(?:a\s+|one\s+)?$/iu.test(sentence.slice(0, owned.index)) && /\?\s*$/u.test(sentence);
  if (owned && !cleared && !ownedByWriter && !reportedOwn && !askedOfAnyone && !NOBODYS.test(owned[1])) {
    const owner = owned[1].replace(new RegExp(`${APOS}s?$`, 'u'), '');
    if (/^(?:his|her|their|my|our|your)$/iu.test(owned[1]) || personLike(owner, people)) {
      // "Priya's mishandling of the rollback": the act stays, whose it was goes.
      const act = MISDEED.exec(owned[0]);
      if (act) return blameWord(`${sentence.slice(0, owned.index)}${owned.index === 0 ? 'The' : 'the'} ${act[0]}${sentence.slice(owned.index + owned[0].length)}`, owned[0]);
      const replacement = owned.index === 0 || /[.!?]\s*$/u.test(sentence.slice(0, owned.index)) ? 'An error' : 'an error';
      return blameWord(fixArticles(`${sentence.slice(0, owned.index)}${replacement}${sentence.slice(owned.index + owned[0].length)}`), owned[0]);
    }
  }
  return null;
}

const JUDGING = () => Object.keys(JUDGEMENT_ADJECTIVES).join('|');

/**
 * "Kavya's call to skip the load test was a bad one": a person's decision judged; the decision stays, the person goes.
 * (Within one clause: "Mike's cron job and the backup both wanted the lock; neither was wrong on its own" judges no one;
 * nor does "Laura's query was correct …; the documentation was wrong".)
 */
function personsDecisionJudged(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = new RegExp(`^(\\s*)([\\p{Lu}][\\p{L}-]*(?:\\s+[\\p{Lu}][\\p{L}-]*)?)${APOS}s\\s+([^;:,.!?]+?)\\s+(was|is|were|are)\\s+(?!not\\b|never\\b)([^;]*\\b(?:bad|poor|wrong|mistake|terrible|awful|misguided|reckless|careless|stupid|dumb)\\b.*)$`, 'u').exec(sentence);
  if (!m || !personLike(m[2], people)) return null;
  const [, lead, owner, thing, be, judged] = m;
  return blameWord(`${lead}The ${thing} ${be} ${judged}`, `${owner}'s ${thing}`);
}

/** "Whoever wrote this script was incompetent", "It was reckless of Yusuf to run …": the judgement of a person, whole. */
function judgedPerson(sentence: string): Rewrite | null {
  const whoever = new RegExp(`^(\\s*)whoever\\s+[\\p{L}-]+\\s+(.+?)\\s+(is|was)\\s+(?:(?:so|very|really|clearly|just|completely|totally)\\s+)?(${JUDGING()})(?:\\s*[,;:]\\s*(.+?))?\\s*([.!?]*)$`, 'iu').exec(sentence);
  if (whoever) {
    const [, lead, , , word, after, stop] = whoever;
    // "whoever approved this PR is incompetent, the retry loop has no exit condition": the fact stays.
    if (after) return blameWord(`${lead}${capitalise(after)}${plainStop(stop)}`, word);
    // (With nothing else said, the judgement is all there is: "This cron job needs more review." was a claim the writer
    // never made, a thirty-first reader found; left to the writer.)
    return leftToWriter(blameWord(sentence, word), sentence);
  }
  const itWasOf = new RegExp(`^(\\s*)it\\s+(?:was|is)\\s+(?:(?:so|very|really|clearly|just|completely|totally)\\s+)?(${JUDGING()})\\s+of\\s+.+?\\s+to\\s+([\\p{L}-]+)(.*?)\\s*([.!?]*)$`, 'iu').exec(sentence);
  if (itWasOf) {
    const [, lead, word, verb, rest, stop] = itWasOf;
    return blameWord(`${lead}${capitalise(gerundOf(infinitiveOf(verb)))}${rest} went ahead without a safeguard${stop || '.'}`, word);
  }
  return null;
}

/**
 * "Bob was an idiot and deleted prod", "the vendor's DBA is a liability": a person called a name. No
 * rewrite keeps what the sentence says; the writer is asked to say what happened instead.
 */
const NAME_CALLED = /^(.*?)\s*\b(?:is|was|are|were|['’]s|being|been)\s+(?:(?:consistently|always|still|clearly|obviously|honestly|frankly|really|just|once\s+again|again)\s+)?(?:such\s+)?(?:an?\s+|some\s+|the\s+(?=weak))?(?:(?:complete|absolute|total|utter|real|proper|bloody|fucking)\s+)?(idiots?|morons?|clowns?|amateurs?|cowboys?|muppets?|fools?|liabilit(?:y|ies)|jokes?|disasters?|dinosaurs?|weak(?:est)?\s+links?)\b/iu;

/** Whether the last words of `text` (up to three) stand for people. */
const lastWordsStandForPeople = (text: string, people: PeopleIndex) => personLike(text.trim().split(/\s+/u).slice(-3).join(' '), people);
/** Whether `text` ends with someone: people, or a pronoun for them ("Mr. Hassan", "he", "we"). */
const endsWithSomeone = (text: string, people: PeopleIndex) => lastWordsStandForPeople(text, people) || /\b(?:i|we|he|she|they|you)$/iu.test(text.trim());

function nameCalled(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = NAME_CALLED.exec(sentence);
  // ("The apprentices in this shop are a liability": who they are, before where they work.)
  const who = m?.[1].replace(/\s+(?:in|at|on|from|of|across)\s+(?:the|this|that|our|their)\s+[\p{L}\s-]+$/iu, '');
  if (!m || !who || !/\S/u.test(who) || !(endsWithSomeone(m[1], people) || endsWithSomeone(who, people))) return null;
  return { kind: 'blame-word', message: `“${m[2]}” calls a person names. Say what happened and what allowed it.`, text: sentence, unrewritten: true };
}

const ROLES_AND_GROUPS = alternationOf([...ROLE_NOUNS, ...GROUP_NOUNS, 'team', 'teams', 'crew', 'squad', 'board']);
/** "the intern's ", "the Android team's ": a role or group owning what follows. */
const ROLE_OWNER = new RegExp(`(^|\\s)((?:the|a|an|our|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${ROLES_AND_GROUPS}))['’]s\\s+$`, 'iu');
/** "unchecked approval by the change advisory board": the verdict's act and who did it, a role or group. */
// (Not after a participle: "alert thresholds set by the observability team" would leave "thresholds set";
// nor before a possessive: "data entry by the registrar's office".)
const BY_ROLE_AFTER_VERDICT = new RegExp(`(\\b(?:unchecked|incomplete|insufficient|avoidable|unguarded|unsupported)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?![\\p{L}-]*ed\\s|(?:set|made|done|written|run|put|built|sent|given|taken|shown|left|kept|held)\\s)[\\p{L}-]+)\\s+(?:by|from)\\s+(?:the|a|an|our|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${ROLES_AND_GROUPS})(?![\\p{L}'’-])`, 'iu');
const DEGREE = String.raw`(?:(?:just|frankly|simply|very|really|so|pretty|quite|plain|clearly|completely|totally|truly|utterly|incredibly|extremely|rather|too|a\s+bit)\s+)*`;
/** "I'd call it ", "… described as ": a verdict given to whatever "it" is. */
const CALLED_IT = new RegExp(String.raw`\b(?:call(?:ed)?|consider(?:ed)?|find|found|deem(?:ed)?|describe[ds]?\s+(?:it|this|that)\s+as|described\s+as)\s+(?:(?:it|this|that)\s+)?${DEGREE}$`, 'iu');
/** "This was ", "… has been very ": a clause's subject and its copula, up to the judging word. */
const SUBJECT_THEN_COPULA = new RegExp(String.raw`(?:^|[,;:—]\s*|\b(?:and|but|because|so|honestly|frankly)\s+)([^,;:—]*?)\s+(?:is|was|were|are|['’]s|has\s+been|have\s+been|had\s+been|being)\s+${DEGREE}$`, 'iu');
/** "… is ", "it's frankly ": a copula right before the judging word. */
const COPULA_BEFORE = new RegExp(String.raw`\b(?:is|was|are|were|be|been|being|(?:it|that|this|what|which|he|she)['’]s)\s+${DEGREE}$`, 'iu');

/** What comes before a judging word that is the whole of a clause's verdict on someone: "This was ", "I'd call it ", "… has been very ". */
function verdictOnWhoever(before: string, people: PeopleIndex): boolean {
  if (CALLED_IT.test(before)) return true;
  const clause = SUBJECT_THEN_COPULA.exec(before);
  if (!clause) return false;
  const subject = clause[1].replace(/^(?:(?:honestly|frankly|tbh|imo|sorry\s+but|but|and|so)[,\s]+)+/iu, '').trim();
  return /^(?:this|that|it|he|she|they|you|we|i|which|who(?:ever)?(?:\s.*)?)$/iu.test(subject) || standsForPeople(subject, people);
}

/** Every judging word or phrase and what it becomes. */
const JUDGING_WORDS: Readonly<Record<string, string>> = { ...JUDGEMENT_ADJECTIVES, ...JUDGEMENT_NOUNS, ...JUDGEMENT_ADVERBS };
/**
 * A judging word, with its article and the word after it; made once (it is tried on every sentence).
 * Not in a hyphenated name ("the careless-write detector") nor a command-line flag ("--careless"). Longest first: "lack of attention to
 * detail" before "lack of attention".
 */
const JUDGING_WORD = new RegExp(`\\b((?:an?|the)\\s+)?(?<!-)(${Object.keys(JUDGING_WORDS).sort((a, b) => b.length - a.length).join('|')})\\b(?!-)(\\s+[\\p{L}-]+)?`, 'iu');

/** ", which was careless.", ", which was frankly reckless given the table size.": a verdict added after the fact. */
const TRAILING_VERDICT = new RegExp(`,\\s*(?:which|that)\\s+(?:(?:frankly|honestly|clearly|really|simply)\\s+)?(?:for\\s+an?\\s+[^,.;]{1,40}?\\s+)?(?:was|is)\\s+(?:(?:so|very|really|clearly|just|frankly|completely|totally|pretty|quite)\\s+)?(${Object.keys(JUDGEMENT_ADJECTIVES).join('|')})\\b[^.!?;]*?([.!?]*)\\s*$`, 'iu');

/** "…, unacceptable", "… — sloppy tbh": a verdict standing alone at the end, which goes. */
const BARE_VERDICT = new RegExp(`\\s*[,;:—–-]+\\s*(?:(?:frankly|honestly|just|simply|totally|completely|so)\\s+)?(${Object.keys(JUDGEMENT_ADJECTIVES).join('|')})(?:(?<=[—–:-]\\s*\\p{L}+)\\s+(?:error|mistake|move|stuff|behaviou?r|call|work|job|thing))?(?:\\s+(?:tbh|imo|honestly|frankly|really|if\\s+you\\s+ask\\s+me))?\\s*([.!]*)\\s*$`, 'iu');

/** "…, as they tend to do", "…, like he always does": a habit laid on whoever it was, added after the fact. */
const TRAILING_HABIT = /\s*[,;—–-]\s*(?:as|like)\s+(?:they|he|she|you)\s+(?:(?:always|usually|often|so\s+often|apparently|clearly)\s+)?(?:tend|tends|seem|seems|like|likes|love|loves|enjoy|enjoys|always\s+do|always\s+does|do\s+every\s+time)\b[^.!?;]*?([.!?]*)\s*$/iu;
/** A verdict word opening a sentence, before what came of the act: "Careless, and …" (a twenty-ninth reader). */
const LEADING_VERDICT = /^(\s*)(?:(?:just|plain|pure|simply|so|totally)\s+)?(careless|lazy|sloppy|reckless|negligent|unprofessional|inexcusable|unacceptable|amateurish|amateur\s+hour|embarrassing|incompetent)\s*[,;—–-]+\s*(?:and\s+|but\s+|so\s+)?(?=\S)/iu;

/** Gerunds of acts that are no failure in themselves: "handling the keys", "managing the rota". */
const PLAIN_ACT_GERUND = /^(?:handling|managing|running|configuring|maintaining|operating|storing|processing|monitoring|supervising|scheduling|planning|preparing|documenting|communicating|coordinating|tracking|labell?ing|packing|loading)$/iu;

/** "…; this was pure carelessness.", "…, which was sheer negligence": a judging noun said of what came before. */
const TRAILING_NOUN_VERDICT = new RegExp(`\\s*[;,—–-]\\s*(?:and\\s+)?(?:this|that|it|which)(?:['’]s|\\s+(?:was|is))\\s+(?:(?:just|simply|plain|pure|sheer|utter|total|complete|basic|frankly)\\s+)*(${Object.keys(JUDGEMENT_NOUNS).join('|')})\\b[^.!?]*?([.!?]*)\\s*$`, 'iu');

/** ", which for a principal engineer is hard to excuse.": a verdict added after the fact, in other words. */
const TRAILING_VERDICT_PHRASE = /,\s*(?:which|that)\s+(?:(?:frankly|honestly|clearly|really|simply)\s+)?(?:for\s+an?\s+[^,.;]{1,40}?\s+)?(?:was|is)\s+(?:(?:just|frankly|really|simply)\s+)?((?:hard|difficult|impossible)\s+to\s+(?:excuse|justify|defend|forgive|believe|understand)|hiding\s+(?:the\s+)?problems)\b[^.!?;]*?([.!?]*)\s*$/iu;

/** Stand-ins that say what the judging word said, without the judgement ("fat-fingered" → "mistyped"). */
const KEPT_ADJECTIVE_SWAPS: Readonly<Record<string, true>> = { 'fat-fingered': true, inexcusably: true };
/** Judging nouns whose stand-in keeps the fact ("inexperience" → "limited experience"); the others' ("a missing safeguard") invent one. */
const KEPT_NOUN_SWAPS: Readonly<Record<string, true>> = { 'lack of experience': true, inexperience: true, misjudgement: true, misjudgment: true };

/** Whether `word` (with what follows it) is a noun a judging adjective was said of: "review", "click"; not "af", "with", "and". */
function isNounAfter(word: string, after: string): boolean {
  const token = tokenize(`${word.trim()}${after}`)[0];
  if (!token || /^(?:af|tbh|imo|lol|and|or|but|with|about|in|on|at|to|of|for|as|by|from|then|again|too|enough)$/iu.test(token.lower)) return false;
  return (token.tags.has('Noun') || NOUNISH_VERBS.has(token.lower) || (token.tags.has('Adjective') && !/^\s*[,.;:!?]|^\s*$/u.test(after))) && !token.tags.has('Pronoun');
}

function judgingWords(sentence: string, people: PeopleIndex): Rewrite | null {
  if (JUDGEMENT_TECH.test(sentence)) return null;
  const bare = BARE_VERDICT.exec(sentence);
  // (Not a predicate: "…, which is, frankly, inexcusable" is TRAILING_VERDICT's or the condemnation's.)
  if (bare && bare.index > 0 && !/\b(?:is|was|are|were|be|been)\s*,?\s*(?:\p{L}+\s*,?\s*)?$/iu.test(sentence.slice(0, bare.index))) return blameWord(`${sentence.slice(0, bare.index)}${plainStop(bare[2])}`, bare[1]);
  // "…; that's literally their job.": whose job it was, added as a reproach.
  const theirJob = /\s*[;,—–-]\s*(?:and\s+)?that(?:['’]s|\s+is|\s+was)\s+(?:literally\s+|quite\s+|kind\s+of\s+|basically\s+)?(?:their|his|her)\s+(?:whole\s+|entire\s+|one\s+|only\s+)?job\b[^.!?]*([.!?]*)\s*$/iu.exec(sentence);
  if (theirJob && theirJob.index > 0) return blameWord(`${sentence.slice(0, theirJob.index)}${plainStop(theirJob[1])}`, 'their job');
  const habit = TRAILING_HABIT.exec(sentence);
  if (habit && habit.index > 0) return blameWord(`${sentence.slice(0, habit.index)}${plainStop(habit[1])}`, habit[0].replace(/^[\s,;—–-]+/u, '').replace(/[.!?]+$/u, ''));
  // "…; this was pure carelessness.": a verdict in a noun, added after the fact, goes whole.
  const nounVerdict = TRAILING_NOUN_VERDICT.exec(sentence);
  if (nounVerdict && nounVerdict.index > 0) return blameWord(`${sentence.slice(0, nounVerdict.index)}${plainStop(nounVerdict[2])}`, nounVerdict[1]);
  const phrase = TRAILING_VERDICT_PHRASE.exec(sentence);
  if (phrase && phrase.index > 0) return blameWord(`${sentence.slice(0, phrase.index)}${plainStop(phrase[2])}`, phrase[1]);
  // (The fact before it stays; the verdict goes whole: "which was unchecked" says nothing.)
  const verdict = TRAILING_VERDICT.exec(sentence);
  if (verdict && verdict.index > 0) return blameWord(`${sentence.slice(0, verdict.index)}${plainStop(verdict[2])}`, verdict[1]);
  // "Careless, and it cost us a full melt.", "Lazy, and now we're eating the cost.": a verdict in front of what came of it.
  const leading = LEADING_VERDICT.exec(sentence);
  // (Not "Embarrassing, and entirely their fault.": what follows is a verdict too, and the sentence goes whole.)
  if (leading && !/\b(?:fault|blame|to\s+blame|on\s+(?:him|her|them))\b/iu.test(sentence.slice(leading[0].length))) return blameWord(`${leading[1]}${capitalise(sentence.slice(leading[0].length))}`, leading[2]);
  const m = JUDGING_WORD.exec(sentence);
  if (!m) return null;
  // "Bad data, not bad judgement", "no negligence was found": the judgement is denied, not made.
  if (/(?:^|[^\p{L}])(?:not|no|never|rather\s+than|instead\s+of)\s+$/iu.test(sentence.slice(0, m.index))) return null;
  // "… measures who works on the riskiest systems, not who is careless": whoever it would be, it is denied.
  if (/(?:^|[^\p{L}])(?:not|never)\s+(?:who|whoever|which\s+[\p{L}-]+)\s+(?:is|was|are|were)\s+(?:(?:more|most|less|least|being)\s+)?$/iu.test(sentence.slice(0, m.index))) return null;
  // "No one was negligent here", "nobody acted carelessly": the judgement is denied of everyone.
  if (/(?:^|[^\p{L}])(?:no\s*-?\s*one|nobody|none\s+of\s+(?:us|them))\s+(?:was|were|is|are|acted|behaved|has\s+been|had\s+been)\s+(?:(?:being|really|at\s+all)\s+)?$/iu.test(sentence.slice(0, m.index))) return null;
  // "The Rookie tier of the matchmaking pool": capitalised inside a sentence, the word is a name.
  if (/^\p{Lu}/u.test(m[2]) && /[\p{L},]\s*$/u.test(sentence.slice(0, m.index + (m[1]?.length ?? 0)))) return null;
  const [whole, article, word, following] = m;
  const lower = word.toLowerCase();
  const nextWord = following?.trim().toLowerCase() ?? '';
  const left: Rewrite = { ...blameWord(sentence, word), unrewritten: true };
  // "Nadia's negligence in skipping the checklist caused …": the act is the cause; whose care it was goes.
  if (lower in JUDGEMENT_NOUNS && !(lower in KEPT_NOUN_SWAPS)) {
    const act = /^\s+in\s+(\p{L}+ing\b)/iu.exec(sentence.slice(m.index + m[2].length));
    const owned = /(?:^|(?<=\s))(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}[\p{L}-]+['’]s\s+$|(?:^|(?<=\s))(?:his|her|their)\s+$/iu.exec(sentence.slice(0, m.index));
    if (!act || !owned || m[1]) return left;
    const before = sentence.slice(0, owned.index);
    // ("Mateus Oliveira's poor judgment in approving his own PR": that the author approved it is the fact, "Self-approving the PR".)
    const rest = sentence.slice(m.index + m[2].length + act[0].length - act[1].length).replace(/^(approv|review|merg)ing\s+(?:his|her|their)\s+own\s+/iu, (_m, stem: string) => `self-${stem.toLowerCase()}ing the `);
    // ("Adebayo's carelessness in handling the encryption keys has exposed …": a plain act's gerund alone would make
    // the act the cause, "Handling the encryption keys has exposed …"; the way it was done is.)
    if (PLAIN_ACT_GERUND.test(act[1]) && /^\p{L}+ing\s+(?:the|its|our|their|his|her)\s/iu.test(rest)) {
      const how = rest.replace(/^(\p{L}+ing)\s+(?:the|its|our|their|his|her)\s/iu, (_m, gerund: string) => `the ${gerund.toLowerCase()} of the `);
      return blameWord(`${before}${before.trim() ? how : capitalise(how)}`, word);
    }
    return blameWord(`${before}${before.trim() ? rest : capitalise(rest)}`, word);
  }
  let replacement: string;
  if (lower in JUDGEMENT_ADJECTIVES && (ROLE_NOUNS.has(nextWord) || GROUP_NOUNS.has(nextWord) || nextWord === 'people')) {
    // "a negligent team": the judgement is of the people; the people stay, the judgement goes.
    replacement = `${article ?? ''}${following.trim()}`;
  } else if (lower in JUDGEMENT_NOUNS) {
    const neutral = JUDGING_WORDS[lower];
    replacement = `${article && !/^(?:an?|the)\s/u.test(neutral) ? article : ''}${neutral}${following ?? ''}`;
  } else if (lower in JUDGEMENT_ADVERBS && following && (/^\s+\p{Ll}[\p{L}-]*ed$/u.test(following) || tokenize(following.trim())[0]?.tags.has('Verb'))) {
    // "negligently approved the build": the judgement of how goes, the act stays.
    replacement = following.trim();
  } else if (lower in JUDGEMENT_ADJECTIVES && !(lower in KEPT_ADJECTIVE_SWAPS)) {
    // "a lazy review", "one careless click": the judgement goes, the thing stays ("an incomplete
    // review" was a claim the writer never made). With no noun after it ("lazy af") there is nothing to keep.
    if (!following || !isNounAfter(following, sentence.slice(m.index + whole.length))) return left;
    // ("sloppy review", a contributing factor: the judgement was all it said.)
    if (sentence.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length <= 3) return left;
    // "… was a negligent decision": without the judgement, "was a decision" says nothing.
    if (article && /\b(?:is|was|are|were|be|been)\s+$/iu.test(sentence.slice(0, m.index)) && /^\s*[.!]*\s*$/u.test(sentence.slice(m.index + whole.length))) return left;
    // ("Frankly, this was an incompetent handover between shifts.": "This was a handover between shifts." says
    // nothing either; a thirtieth reader found the fault dropped.)
    if (article && /^\s*(?:\p{L}+,\s*)*(?:this|that|it)\s+(?:is|was)\s+$/iu.test(sentence.slice(0, m.index)) && /^\s*(?:(?:between|of|at|on|in|for|from|during|with|across)\s+[^,;:.!?]*)?[.!]*\s*$/iu.test(sentence.slice(m.index + whole.length))) return left;
    replacement = `${article ?? ''}${following.trim()}`;
    // "Grossly irresponsible handling", "a rushed, sloppy job": the degree word, or the comma, goes with it.
    const degree = /(?:\b(?:grossly|utterly|totally|completely|very|so|really|pretty|quite|incredibly|extremely|truly|plain|frankly|downright)\s+|,\s*)$/iu.exec(sentence.slice(0, m.index));
    if (degree && !article) {
      const text = `${sentence.slice(0, degree.index)}${degree[0].startsWith(',') ? ' ' : ''}${replacement}${sentence.slice(m.index + whole.length)}`;
      return blameWord(fixArticles(degree.index === 0 ? capitalise(text) : text), word);
    }
  } else {
    replacement = `${article ?? ''}${JUDGING_WORDS[lower]}${following ?? ''}`;
  }
  // "This was careless.", "I would call it reckless", "the pricing team has been careless with
  // config": the judgement is all the clause says of whoever it is; "This was unchecked." says
  // nothing, so there is no rewrite to offer.
  // ("ignoring teacher tickets is unacceptable" is not "… is avoidable": a condemnation said of an
  // act has no neutral word that keeps what it says.)
  const condemned = /^(?:unacceptable|inexcusable|unforgivable)$/u.test(lower) && COPULA_BEFORE.test(sentence.slice(0, m.index));
  if (lower in JUDGEMENT_ADJECTIVES && !article && (condemned || verdictOnWhoever(sentence.slice(0, m.index), people))) {
    return { ...blameWord(sentence, word), unrewritten: true };
  }
  // "Fatima's careless edit", "the intern's reckless force-push": the judgement and whoever it was go, the act stays.
  const owner = /(^|\s)(\p{Lu}[\p{L}-]*?)(?:['’]s|(?<=s)['’])\s+$/u.exec(sentence.slice(0, m.index)) ?? ROLE_OWNER.exec(sentence.slice(0, m.index));
  if (owner && lower in JUDGEMENT_ADJECTIVES && !article) {
    const from = owner.index + owner[1].length;
    const the = from === 0 ? 'The' : 'the';
    const kept = lower in KEPT_ADJECTIVE_SWAPS ? `${JUDGING_WORDS[lower]}${following ?? ''}` : following?.trim();
    if (!kept || (!(lower in KEPT_ADJECTIVE_SWAPS) && !isNounAfter(following ?? '', sentence.slice(m.index + whole.length)))) return left;
    return blameWord(fixArticles(`${sentence.slice(0, from)}${the} ${kept}${sentence.slice(m.index + whole.length)}`), `${owner[2]}'s ${word}`);
  }
  // "The analyst's poor judgement turned …": whose judgement goes with the judgement.
  const possessor = /(?:^|(?<=\s))(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}[\p{L}-]+['’]s\s+$/u.exec(sentence.slice(0, m.index))
    ?? /(?:^|(?<=\s))(?:(?:the|a|an|our|their)\s+)?[\p{L}-]+['’]s\s+$/iu.exec(sentence.slice(0, m.index));
  if (possessor && lower in JUDGEMENT_NOUNS && !article) {
    const neutral = lower.includes('judg') ? 'a judgement call' : JUDGING_WORDS[lower];
    const before = sentence.slice(0, possessor.index);
    return blameWord(fixArticles(`${before}${before.trim() ? neutral : capitalise(neutral)}${following ?? ''}${sentence.slice(m.index + whole.length)}`), word);
  }
  // "this was pure carelessness": "pure a missing safeguard" is no English; the intensifier goes.
  const intensifier = /^(?:an?|the)\s/iu.test(replacement) ? /\b(?:pure|sheer|utter|total|complete|absolute)\s+$/iu.exec(sentence.slice(0, m.index)) : null;
  const from = intensifier ? intensifier.index : m.index;
  // "this kind of carelessness": "kind of a missing safeguard" drops its article.
  if (/\b(?:kind|sort|type|level|degree|amount)\s+of\s+$/iu.test(sentence.slice(0, m.index))) replacement = replacement.replace(/^(?:an?|the)\s+/iu, '');
  const startsSentence = from === 0;
  const text = `${sentence.slice(0, from)}${startsSentence ? capitalise(replacement) : replacement}${sentence.slice(m.index + whole.length)}`;
  // "an amateurish rollout by Priya Raman": the judged thing stays, the person goes.
  // ("an unchecked approval by the change advisory board", "careless config changes from the integrations team": a role or group the same.)
  const judged = fixArticles(text).replace(/(\b(?:unchecked|incomplete|insufficient|avoidable|unguarded|unsupported)\s+[\p{L}-]+)\s+by\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?/u, '$1').replace(BY_ROLE_AFTER_VERDICT, '$1');
  // ("a negligent approval by the change advisory board": with the judgement gone, who did it goes too.)
  // (A thing that starts with a letter: its first letter is matched in either case.)
  const thing = lower in JUDGEMENT_ADJECTIVES && following && /^\s*\p{L}/u.test(following) ? following.trim() : '';
  return blameWord(thing ? judged.replace(new RegExp(String.raw`(\b[${thing[0].toUpperCase()}${thing[0].toLowerCase()}]${escapeRegExp(thing.slice(1))}(?:\s+[\p{L}-]+){0,2}?)\s+(?:by|from)\s+(?:(?:the|a|an|our|their)\s+(?:[\p{L}-]+\s+){0,2}(?:${ROLES_AND_GROUPS})(?![\p{L}'’-])|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)`, 'u'), '$1') : judged, word);
}

function droppedTheBall(sentence: string): Rewrite | null {
  const m = /\bdrop(?:ped|s|ping)?\s+the\s+ball\b/iu.exec(sentence);
  if (!m) return null;
  // (Readers took "missed a hand-off" for a claim the writer never made: what was dropped is the writer's to say.)
  return leftToWriter(blameWord(sentence, m[0]), sentence);
}

function screwUp(sentence: string): Rewrite | null {
  const passive = /\b(?:was|were|got|has\s+been|had\s+been)\s+(?:completely\s+|totally\s+|badly\s+)?(?:(?:screwed|messed|fouled|cocked)\s+up|botched|bungled)\b/iu.exec(sentence);
  if (passive) return blameWord(`${sentence.slice(0, passive.index)}went wrong${sentence.slice(passive.index + passive[0].length)}`, passive[0]);
  // ("describe what happened and what people saw, not who messed up": the question set aside.)
  const who = /(?<!\b(?:not|than|instead\s+of)\s+)\b(?:who|whoever|someone|somebody)\s+(?:screwed|messed|fouled|cocked|fucked)\s+up\b(\s+)?/iu.exec(sentence);
  if (who) return blameWord(`${sentence.slice(0, who.index)}what went wrong${who[1] ? ' with ' : ''}${sentence.slice(who.index + who[0].length)}`, who[0].trim());
  const m = /\b(?:(a|an)\s+)?(screw-?ups?|mess-?ups?|cock-?ups?|fuck-?ups?|fiasco)\b/iu.exec(sentence);
  if (!m) return null;
  const plural = /s$/iu.test(m[2]);
  const word = plural ? 'failures' : m[1] ? `${m[1].toLowerCase() === 'an' ? 'a' : m[1]} failure` : 'failure';
  return blameWord(`${sentence.slice(0, m.index)}${word}${sentence.slice(m.index + m[0].length)}`, m[0]);
}

/**
 * "Those responsible should reflect on their conduct", "the product of individual failings", "the
 * dispatch supervisor lacked the judgement to …": fault found in people, in a report's words. Turned
 * down ("not individual failings") it passes. No rewrite: what is left says nothing of the event.
 */
const FAULT_IN_PEOPLE = /\b(?:those|the\s+(?:individuals?|people|persons?|engineers?|staff(?:\s+members?)?|parties|ones))\s+responsible\b(?!\s+for\s+(?:maintaining|owning|running|the\s+(?:service|system|component|runbook|fix|follow-?up|rollout|migration|review|action)))|\b(?:individual|personal|human)\s+(?:failings?|shortcomings?|negligence|culpability|accountability\s+for\s+(?:this|the\s+(?:outage|incident|failure)))\b/iu;
const LACKED = /^(.*?)\s+(?:clearly\s+|simply\s+|evidently\s+|obviously\s+)?(?:lacked|lacks|lacking)\s+(?:the\s+|any\s+|basic\s+)?(?:judge?ment|competence|skills?|diligence|discipline|common\s+sense|attention\s+to\s+detail|professionalism|maturity|experience|care|urgency|ownership)\b/iu;
/** "the process was fine, the people running it on Tuesday (Sven, Aroha) were not": the process cleared, the people not. */
const PEOPLE_NOT_PROCESS = /\b(?:process|system|tooling|runbook|checklist|procedure|pipeline)\s+(?:was|is)\s+(?:perfectly\s+|totally\s+)?fine\b[^.]*?[,;:—–-]\s*(?:but\s+)?(?:the\s+)?(?:people|persons?|team|engineers?|operators?|staff|humans?)\b[^.]*?\b(?:were|was|are|is)\s*(?:n['’]t|\s+not)\b/iu;
/** "Mr. Hassan was not enough careful", "the on-call was too hasty": care or effort found wanting in someone. */
const NOT_CAREFUL = /^(.*?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?:not\s+(?:enough\s+|very\s+|so\s+|particularly\s+)?(?:careful|diligent|attentive|thorough|rigorous|focused)(?:\s+enough)?|too\s+(?:hasty|careless|sloppy|lazy|slow|casual|relaxed|cavalier))\b/iu;
/** "The forecast desk should be ashamed of letting …": shame asked of people. */
const ASHAMED = /^(.*?)\s+(?:should|ought\s+to|must|needs?\s+to)\s+be\s+(?:(?:deeply|thoroughly|very|really)\s+)?(?:ashamed|embarrassed)\b/iu;
const FAULT_TURNED_DOWN = /\b(?:not|no|never|rather\s+than|instead\s+of|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|without)\b/iu;

function faultInPeople(sentence: string, people: PeopleIndex): Rewrite | null {
  const found = FAULT_IN_PEOPLE.exec(sentence);
  const lacked = LACKED.exec(sentence);
  if (found && !FAULT_TURNED_DOWN.test(sentence.slice(0, found.index))) {
    return { kind: 'blame-word', message: `“${found[0]}” finds fault in people. Say what happened and what allowed it.`, text: sentence, unrewritten: true };
  }
  const notCareful = NOT_CAREFUL.exec(sentence);
  const ashamed = ASHAMED.exec(sentence);
  if (PEOPLE_NOT_PROCESS.test(sentence) || (notCareful && endsWithSomeone(notCareful[1], people)) || (ashamed && /\p{L}/u.test(ashamed[1]) && !/^\s*(?:i|we)\s*$/iu.test(ashamed[1]))) {
    return { kind: 'blame-word', message: 'This judges the people, not what happened. Say what happened and what would have helped.', text: sentence, unrewritten: true };
  }
  if (lacked && !FAULT_TURNED_DOWN.test(lacked[1]) && (lastWordsStandForPeople(lacked[1], people) || /\b(?:he|she|they|team|staff)$/iu.test(lacked[1].trim()))) {
    return { kind: 'blame-word', message: 'Saying what a person lacked judges them. Say what happened and what would have helped.', text: sentence, unrewritten: true };
  }
  return null;
}

/** The blaming phrase in the sentence put right, the most specific first; null when there is none. */
function blameWordsIn(sentence: string, people: PeopleIndex): Rewrite | null {
  return conductJudged(sentence) ?? fault(sentence) ?? faultOf(sentence, people) ?? blame(sentence, people) ?? humanError(sentence) ?? personsMistake(sentence, people)
    ?? droppedTheBall(sentence) ?? screwUp(sentence) ?? personsDecisionJudged(sentence, people) ?? judgedPerson(sentence) ?? nameCalled(sentence, people) ?? faultInPeople(sentence, people) ?? judgingWords(sentence, people);
}

/** What a quoted name of a thing is followed by: "the 'Blame' tab", "the 'human error' category". */
const QUOTED_LABEL = /(['‘"“])([^'’"”]{1,40})(['’"”])(?=\s+(?:tab|category|categories|label|field|column|button|page|section|view|option|status|tag|menu|heading|value|link|filter|template|classification|taxonomy|checkbox|dropdown|setting|report|dashboard|mode|flag|feature|pattern|profile|rule)s?\b|\s+box(?:es)?\b)/gu;

/** "The word "negligent" appears in …", "the incident title "Careless Whisper"": the quoted words are a name, not a judgement. */
const QUOTED_NAME = /(?<=\b(?:word|words|term|phrase|title|titled|named|called|nicknamed|codenamed|label|labelled|labeled|tagged|song|album|film|book)\s+)(["“'‘])([^"”’']{1,60})(["”’'])/giu;

/** What a machine wrote, quoted: "the log line reads 'peer at fault: device 0x3F'", "the error says "fault in module X"". */
const QUOTED_OUTPUT = /(?<=\b(?:log(?:\s+(?:line|entry|message))?|logs|message|error|exception|output|stack\s*trace|banner|prompt|string|status|response)(?:\s+(?:reads|read|says|said|shows|showed|was|is|contains|contained))?\s*:?\s+)(["“'‘])([^"”’']{1,80})(["”’'])/giu;

/**
 * A quoted line only a machine writes: a level first ("'ERROR blame=client_clock_skew …'"), key=value
 * pairs, or a command's complaint ("'blame: cannot find revision HEAD~3'").
 */
const QUOTED_MACHINE_LINE = /(["“'‘])((?:ERROR|FATAL|WARN(?:ING)?|CRITICAL|PANIC|SEVERE|INFO|DEBUG)\b[^"”’']{0,160}|[a-z][\w.-]*:\s+(?:cannot|can['’]t|could\s+not|unable\s+to|no\s+such|invalid|unknown|bad|not\s+a|failed)\b[^"”’']{0,160}|[^"”’'\s]*[\w.-]+=[^\s"”’']+[^"”’']{0,160})(["”’'])/gu;

/** A question quoted as what a form asked: "Our old incident template asked 'Who was responsible?'". */
const QUOTED_ASKED = /(?<=\b(?:ask|asked|asks|asking|question|field|box|prompt|heading|section)\s+)(['‘"“])((?:who|whose)\b[^'’"”]{0,60}\?)(['’"”])/giu;

const QUOTED_TERM = /(['‘"“])((?:root\s+cause\s*:\s*)?(?:human|operator|user|pilot|personnel)\s+errors?|blame|fault|culprit|careless(?:ness)?|negligence)(['’"”])/giu;

/** "Root cause (proposed): Elena.", "Root cause (agreed in retro): also Elena.": a person as the whole answer. */
const PERSON_AS_CAUSE = /^\s*(?:(?:root|primary|main|underlying|probable)\s+cause|cause|culprit|rca|contributing\s+factors?)(?:\s*\([^)]{1,40}\))?\s*:\s*(?:also\s+|again\s+|just\s+|simply\s+|still\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}?)\s*[.!]*\s*$/iu;

/**
 * "Closing as user error.", "Marking this as 'user error'": a ticket closed with the verdict that a
 * person erred, quoted or not. (Not "support closed 200 tickets as user error before …", which reports it.)
 */
const CLOSED_AS_ERROR = /^\s*(?:[^:]{1,30}:\s*)?(?:closing|marking|resolving|closed|marked|resolved)\s+(?:this\s+|it\s+)?(?:(?:incident|ticket|issue|one)\s+)?as\s+["'‘“]?((?:user|operator|human|pilot|driver)\s+error)\b/iu;

/**
 * "Root cause: Ingrid.", "Contributing factor: the mobile team.": a person, role or team given as the
 * cause, all there is after the label. (A company is not a person: "Contributing factor: the vendor.")
 */
export function personGivenAsCause(sentence: string, people: PeopleIndex): Rewrite | null {
  const cause = PERSON_AS_CAUSE.exec(sentence);
  if (!cause || !personLike(cause[1], people) || /\b(?:vendors?|suppliers?|providers?|carriers?|couriers?|partners?|isps?|third[-\s]part(?:y|ies))\b/iu.test(cause[1])) return null;
  return { kind: 'blame-word', message: 'A person given as the root cause is blamed. Name what allowed the problem instead.', text: sentence, unrewritten: true };
}

/**
 * Blame words in the sentence, not counting a word that is only mentioned as the quoted name of a
 * thing ("rename the 'Blame' tab", "the 'human error' category is being retired", "the word
 * "negligent"").
 */
export function blameWords(sentence: string, people: PeopleIndex): Rewrite | null {
  const closed = CLOSED_AS_ERROR.exec(sentence);
  if (closed) return { ...blameWord(sentence, closed[1]), unrewritten: true };
  const cause = personGivenAsCause(sentence, people);
  if (cause) return cause;
  const blank = (_m: string, open: string, inner: string, close: string) => `${open}${'x'.repeat(inner.length)}${close}`;
  // "'human error' isn't accepted as a root cause": a blame term in quotes is mentioned, not used.
  const masked = sentence.replace(QUOTED_LABEL, blank).replace(QUOTED_NAME, blank).replace(QUOTED_TERM, blank).replace(QUOTED_OUTPUT, blank).replace(QUOTED_MACHINE_LINE, blank).replace(QUOTED_ASKED, blank);
  return unlessOnlyMentioned(sentence, masked, (text) => blameWordsIn(text, people));
}

