/**
 * Blame carried by implication rather than by a blame word or a failure verb:
 *
 * - repetition laid on people: "Not for the first time, onboarding was left by procurement …",
 *   "The frontend team once again treated …", a sentence that is only "Again.";
 * - sarcasm around the facts: "Great to see the 'quick tweak' from the infra team took out …",
 *   "Interesting that …", "…, which says a lot.", "…, presumably for the excitement.",
 *   "Apparently reading the release notes is optional for some people.", scare quotes after
 *   "apparently" ("having apparently been 'in a meeting'");
 * - reproach: "Despite being reminded twice, Peter merged …", "X had one job, which was to …",
 *   "the runbook was right there … and the responder still …", "it's hard to see how the release
 *   engineer missed it", "the plan existed only in Rachel's head";
 * - competence and hindsight by comparison: "Even a junior tester would have spotted …",
 *   "A simple glance at the logs by the reviewer would have revealed …", "X clearly didn't
 *   understand how …", "nobody on the growth team thought to check …".
 *
 * Each is rewritten to the facts it states, without the reproach; what still names a person is
 * left to the other steps (a rewrite goes through the check again).
 */
import { maybeStandsForPeople, mentionsPeopleIn, type PeopleIndex } from './clause';
import { REPETITION_MARKERS } from './lexicon';
import { notNoticed } from './hindsight';
import { leftToWriter, says, type Rewrite } from './rewrite';
import { capitalise, infinitiveOf, isPluralNoun, pastOf, pastPassive, plainStop } from './words';

const personLike = maybeStandsForPeople;

/** "the growth team", "on the SRE team": who is meant, as a group after a preposition. */
const GROUP_AFTER = String.raw`(?:\s+(?:on|in|from|at|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:team|teams|squad|crew|folks|group|department|side|rota))?`;

/** A sentence that is only "Again." / "As usual!" / "Second time this month." after the facts. */
const LONE_REPETITION = new RegExp(String.raw`^\s*(?:${REPETITION_MARKERS}|again|of\s+course|naturally|classic|not\s+(?:for\s+)?the\s+first\s+time(?:\s+either)?|(?:for\s+)?(?:the\s+)?(?:second|third|fourth|fifth|nth|umpteenth)\s+time(?:\s+(?:this|in\s+a|in\s+one)\s+(?:week|month|quarter|year|sprint|shift))?)\s*[.!]+\s*$`, 'iu');
export const loneRepetition = (sentence: string): boolean => LONE_REPETITION.test(sentence);
/** "The frontend team once again treated …": the marker between a subject and its verb. */
const INNER_REPETITION = /^(\s*)(.+?)\s+(?:once\s+again|yet\s+again|once\s+more|again)\s+(\w+ed\b.*)$/iu;

/** "Not for the first time, …", "Once more, …": a repetition opener, and whom the sentence is about. */
function repetition(sentence: string, people: PeopleIndex): Rewrite | null {
  const message = 'Saying it happened again lays a pattern on people. Describe this event and its conditions.';
  // A sentence that is only "Again." / "As usual!" after the facts.
  if (LONE_REPETITION.test(sentence)) {
    return says('blame-word', message)('This has happened before.');
  }
  const opener = /^(\s*)(?:not\s+for\s+the\s+first\s+time|once\s+more|for\s+the\s+(?:second|third|fourth|fifth|umpteenth|nth)\s+time(?:\s+this\s+(?:week|month|quarter|year|sprint))?),?\s+(.+)$/iu.exec(sentence);
  if (opener) {
    const [, lead, rest] = opener;
    // Whom it is about: the subject, a person's thing ("Luca's change") or the agent ("… by procurement").
    const possessive = /^((?:[\p{Lu}][\p{L}-]+\s+){0,2}[\p{Lu}][\p{L}-]+)['’]s\s+(.+)$/u.exec(rest);
    if (possessive && personLike(possessive[1], people)) return says('blame-word', message)(`${lead}The ${possessive[2]}`);
    for (const agent of [/^(.+?)\s+by\s+((?:the\s+)?[\w-]+)(\s.*|[.!]*)$/iu, /^(.+?)\s+by\s+((?:the\s+)?[\w-]+\s+[\w-]+)(\s.*|[.!]*)$/iu]) {
      const byAgent = agent.exec(rest);
      if (byAgent && personLike(byAgent[2], people)) return says('blame-word', message)(`${lead}${capitalise(byAgent[1])}${byAgent[3]}`);
    }
    const subject = rest.split(/\s+(?=\w+ed\b|\w+s\b|was\b|were\b|is\b|are\b|had\b|has\b)/u)[0];
    if (personLike(subject, people)) return says('blame-word', message)(`${lead}${capitalise(rest)}`);
  }
  // "The frontend team once again treated …": the marker after a person or group as subject.
  // Not "as usual" here: "We as usual restarted the job" is plain.
  const inner = INNER_REPETITION.exec(sentence);
  if (inner && personLike(inner[2], people)) return says('blame-word', message)(`${inner[1]}${inner[2]} ${inner[3]}`);
  return null;
}

/** Sarcastic openers and tails around a plain statement: the statement stays, the sarcasm goes. */
function sarcasticFrame(sentence: string, people: PeopleIndex): Rewrite | null {
  const message = 'Sarcasm about people blames them. State what happened plainly.';
  const opener = /^(\s*)(?:(?:it['’]s\s+)?(?:great|good|nice|lovely|wonderful|interesting|funny|fascinating|curious|amazing|shocking|telling)\s+(?:to\s+see\s+(?:that\s+)?|how\s+|that\s+)|love\s+(?:how|that)\s+)(.+)$/iu.exec(sentence);
  // ("Funny how the 'blame owner' box … used to be the first thing people filled in": the quoted name of a
  // blaming habit, looked back on, is talk of blame culture.)
  const blameHabit = /['‘"“][^'’"”]{0,30}\b(?:blame|fault|culprit|who\s+(?:caused|broke)|human\s+error)\b[^'’"”]{0,30}['’"”]/iu;
  if (opener && !blameHabit.test(opener[2]) && (mentionsPeopleIn(opener[2], people) || /['‘"“][^'’"”]{2,40}['’"”]/u.test(opener[2]))) {
    // "Great to see the mobile team (once again) discovering X": the fragment becomes a sentence.
    const doing = /^(.+?)\s+((?:once\s+again|yet\s+again|again|finally|actually|now)\s+)?(\w+ing)\b(.*)$/iu.exec(opener[2]);
    const rest = doing && personLike(doing[1], people) ? `${doing[1]} ${doing[2] ?? ''}${pastOf(infinitiveOf(doing[3]))}${doing[4]}` : opener[2];
    // ("…; it only took a fleet-wide outage to get them there": the mockery goes on past what could be kept.)
    // ("Interesting that the sterilizer log 'went missing' on exactly the day …": a loss in scare quotes is the insinuation itself.)
    if (/\bonly\s+took\b|\b(?:them|him|her)\b|['‘"“](?:went|gone|got)\s+missing['’"”]/iu.test(rest)) return leftToWriter(says('blame-word', message)(sentence), sentence);
    return says('blame-word', message)(`${opener[1]}${capitalise(withoutScareQuotes(rest))}`);
  }
  const aside = /^(\s*)(?:interestingly|ironically|funnily\s+enough|unsurprisingly|predictably|surprise,?\s+surprise|shockingly|amazingly|of\s+course),\s+(.+)$/iu.exec(sentence);
  if (aside && mentionsPeopleIn(aside[2], people)) return says('blame-word', message)(`${aside[1]}${capitalise(aside[2])}`);
  // "…, where it presumably sat unread for three weeks": the guess about people goes.
  const presumably = /\s+(?:presumably|apparently|evidently)(?=\s+\w+)/iu.exec(sentence);
  if (presumably && mentionsPeopleIn(sentence, people) && !/^(\s*)(?:apparently|evidently)\b/iu.test(sentence)) {
    return says('blame-word', message)(`${sentence.slice(0, presumably.index)}${sentence.slice(presumably.index + presumably[0].length)}`);
  }
  const tail = /,?\s+(?:which\s+(?:says|tells\s+(?:you|us))\s+(?:a\s+lot|everything|all\s+you\s+need\s+to\s+know|it\s+all)(?:\s+about\s+[^.!]+)?|(?:which\s+)?presumably\s+(?:for\s+(?:the\s+)?(?:fun|excitement|thrill|sport|adventure|drama)|explains\s+[^.!]+)|(?:and\s+)?(?:having\s+)?(?:apparently|supposedly|allegedly)\s+(?:been\s+)?['‘"“][^'’"”]{1,40}['’"”])(?=\s*[.!]*\s*$)/iu.exec(sentence);
  if (tail) {
    const left = `${sentence.slice(0, tail.index)}${sentence.slice(tail.index + tail[0].length)}`;
    // ("03:19 Mo is apparently 'checking something'": without the quote the sentence has no predicate, "Mo is.".)
    if (/\b(?:is|are|was|were|been|be)\s*[.!]*\s*$/iu.test(left)) return { kind: 'blame-word', message, text: sentence, unrewritten: true };
    return says('blame-word', message)(left);
  }
  // "Apparently reading the release notes is optional for some people on the on-call rota."
  const optional = /^(\s*)(?:apparently|evidently|clearly|obviously|i\s+guess),?\s+(.+?)\s+(is|are)\s+optional\s+for\s+(?:some|certain)\s+(?:people|folks|engineers|of\s+us|members)(.*?)\s*([.!]*)$/iu.exec(sentence);
  if (optional) {
    const [, lead, what, be, where, stop] = optional;
    return says('blame-word', message)(`${lead}${capitalise(what)} ${be === 'are' ? 'are' : 'is'} not enforced${where}${plainStop(stop)}`);
  }
  return null;
}

/** 'quick config tweak' as a sneer becomes the plain words. */
function withoutScareQuotes(text: string): string {
  // (An apostrophe inside a word, "Elif's", "let's", opens and closes nothing.)
  return text.replace(/(?<![\p{L}\p{N}])['‘"“]([^'’"”]{2,40})['’"”](?!\p{L})/gu, '$1');
}

/** Reproach: being told before, having one job, the runbook being right there, the plan in someone's head. */
function reproach(sentence: string, people: PeopleIndex): Rewrite | null {
  const message = 'This reproaches a person rather than describing the conditions. Say what happened and what allowed it.';
  // "Despite being reminded twice in stand-up, Peter Novak merged the schema change before …"
  const despite = /^(\s*)(?:despite|in\s+spite\s+of)\s+(?:being|having\s+been)\s+(?:reminded|told|warned|asked|instructed|shown)\b[^,]*,\s*(.+?)\s+(\w+ed)\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (despite && personLike(despite[2], people)) {
    const [, lead, , verb, rest, stop] = despite;
    const split = /^(.+?)(\s+(?:without|before|after|during|while|when|despite|on|at|in|into|to)\s.*)?$/iu.exec(rest);
    const object = split?.[1] ?? rest;
    return says('person-failure', message)(`${lead}${capitalise(pastPassive(object, verb))}${split?.[2] ?? ''}${stop || '.'}`);
  }
  // "Our release captain dropped the ball by skipping the canary stage": what was skipped is the fact.
  const ballBy = /^(\s*)(.+?)\s+(?:dropped|drops)\s+the\s+ball\s+(?:\w+\s+)?by\s+(\w+ing)\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (ballBy && personLike(ballBy[2], people)) {
    const [, lead, , gerund, object, stop] = ballBy;
    return says('blame-word', message)(`${lead}${capitalise(pastPassive(object, gerund))}${stop || '.'}`);
  }
  // "Priya had one job during the cutover, which was to watch the replication lag dashboard."
  const oneJob = /^(\s*)(.+?)\s+had\s+(?:one|a\s+single)\s+(?:job|task|thing\s+to\s+do)(\s+(?:during|in|for|at)\s+[^,;:]+)?\s*(?:[,;:]\s*(?:which\s+was\s+)?|\s+)to\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (oneJob && personLike(oneJob[2], people)) {
    const [, lead, , when, action, stop] = oneJob;
    return says('blame-word', message)(`${lead}${when ? `${capitalise(when.trim())}, the` : 'The'} plan was to ${action}${stop || '.'}`);
  }
  // "The runbook was right there in the wiki …, and the responder still restarted the wrong service."
  const rightThere = /\b(was|were)\s+right\s+there\b/iu.exec(sentence);
  // ("The torque wrench was right there.": with nothing after it, "there" is the place, and stays.)
  if (rightThere && /^\s*[.!]*\s*$/u.test(sentence.slice(rightThere.index + rightThere[0].length))) {
    return says('blame-word', message)(`${sentence.slice(0, rightThere.index)}${rightThere[1]} there${sentence.slice(rightThere.index + rightThere[0].length)}`);
  }
  if (rightThere) {
    const text = `${sentence.slice(0, rightThere.index)}${rightThere[1]}${sentence.slice(rightThere.index + rightThere[0].length)}`.replace(/(\s(?:and|but|yet)\s+.+?)\s+still\s+/iu, '$1 ');
    return says('blame-word', message)(text);
  }
  // "…; it's hard to see how the release engineer missed it."
  const hardToSee = /([,;]?\s*(?:and\s+|so\s+)?)(?:it['’]s|it\s+is|it\s+was)\s+(?:hard|difficult|impossible)\s+to\s+(?:see|understand|believe|imagine)\s+how\s+(.+?)\s+(?:missed|overlooked|ignored|did\s+not\s+see|didn['’]t\s+see)\s+(?:it|this|that|them)\s*([.!]*)$/iu.exec(sentence);
  if (hardToSee && personLike(hardToSee[2], people)) {
    const stop = hardToSee[3] || '.';
    return says('blame-word', message)(`${sentence.slice(0, hardToSee.index)}, yet it was missed${stop}`.replace(/^(\s*)[,;]\s*/u, '$1'));
  }
  // "The test plan existed only in Rachel Gorski's head"
  const head = /\b(existed|lived|was|were)\s+only\s+in\s+(.+?)['’]s\s+head\b/iu.exec(sentence);
  if (head && personLike(head[2], people)) {
    const be = /^were$/iu.test(head[1]) ? 'were' : 'was';
    return says('blame-word', message)(`${sentence.slice(0, head.index)}${be} not written down${sentence.slice(head.index + head[0].length)}`);
  }
  return null;
}

/** Competence and hindsight by comparison: what anyone would have seen, what a glance would have shown. */
function byComparison(sentence: string, people: PeopleIndex): Rewrite | null {
  // "Even a junior tester would have spotted that the discount field accepted negative values."
  const even = /^(\s*)even\s+(?:a|an|the|my|our|your)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+)\s+(?:would|could|should)\s+have\s+(\w+)\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (even) {
    const [, lead, verb, rest, stop] = even;
    return says('hindsight', '“Even a … would have” judges people by hindsight. Say what would have made it visible.')(`${lead}${capitalise(notNoticed(verb, rest))}${stop || '.'}`);
  }
  // "A simple glance at the error logs by the reviewer would have revealed the null pointer before merge."
  const glance = /^(\s*)(?:a|one|just\s+a)\s+(?:simple|quick|single|cursory|two-minute|five-minute)\s+(?:glance|look|check|search|test|read)\s+(?:at|of|in|through)\s+(.+?)(?:\s+by\s+.+?)?\s+would\s+have\s+(?:revealed|shown|caught|exposed|found|surfaced|prevented)\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (glance) {
    const [, lead, where, what, stop] = glance;
    return says('hindsight', 'What a glance “would have revealed” is hindsight. Say where the signal was and what did not call for a look.')(`${lead}${capitalise(where)} showed ${what}, and no step called for a look${stop || '.'}`);
  }
  // ("A two-minute call to the supplier would have saved Joaquín the whole recall.": how little it would have taken, in hindsight.)
  if (/^\s*(?:a|one|just\s+a)\s+(?:simple|quick|single|short|brief|(?:one|two|three|five|ten|\d+)-(?:second|minute))\s+(?:phone\s+)?(?:call|message|ping|email|text|question|conversation|chat|word|heads-?up)\s+(?:to|with)\s+.+?\s+would\s+have\s+(?:saved|prevented|avoided|spared|stopped|caught)\b/iu.test(sentence)) {
    return leftToWriter(says('hindsight', 'How little it “would have” taken is hindsight. Say what did not call for the step.')(sentence), sentence);
  }
  // ("It wasn't hard to spot the frozen gate lever.", "How hard is it to read the popup?": how easy it was, judged after.)
  const ease = /^\s*(?:[^:]{1,30}:\s*)?(?:(?:honestly|frankly|seriously|come\s+on),?\s+)?(?:it\s+(?:would\s+have\s+been|was)\s+(?:so\s+|really\s+|very\s+|pretty\s+|dead\s+)?(?:easy|trivial|simple)|it\s+(?:wasn['’]t|was\s+not|would\s+not\s+have\s+been|wouldn['’]t\s+have\s+been)\s+(?:that\s+|so\s+|exactly\s+)?(?:hard|difficult|rocket\s+science|complicated)|how\s+hard\s+(?:is|was)\s+it|it\s+would\s+have\s+taken\s+(?:(?:about|like|maybe|only|just)\s+)?(?:\d+|a\s+few|two|five|ten|thirty)\s+(?:seconds|secs|minutes|mins))\s+to\s+(?:spot|see|notice|catch|check|read|ask|verify|test|confirm|look|follow|escalate|call|ping|find|run|open|double-check)\b(?!\s+(?:why|how)\b)/iu;
  if (ease.test(sentence) && !/\b(?:in|with)\s+hindsight\b|\bnow\s+that\b/iu.test(sentence)) {
    return leftToWriter(says('hindsight', 'Saying how easy it was judges with hindsight. Say what did not show it or call for the step.')(sentence), sentence);
  }
  // ("A quick look at the valve tag would have told Ana it was the drain": what a glance would have told a person.)
  if (/^\s*(?:[Aa]|[Oo]ne|[Jj]ust\s+a)\s+(?:simple|quick|single|cursory|two-minute|five-minute)\s+(?:glance|look|check|search|read)\s+(?:at|of|in|through)\s+.+?\s+would\s+have\s+(?:told|shown|warned|reminded)\s+\p{Lu}/u.test(sentence)) {
    return leftToWriter(says('hindsight', 'What a glance “would have” told someone is hindsight. Say where the signal was and what did not call for a look.')(sentence), sentence);
  }
  // "The contractor who wrote the ETL job clearly didn't understand how null handling works in Spark."
  const understand = /^(\s*)(.+?)\s+(?:clearly|obviously|evidently|simply)\s+(?:didn['’]t|did\s+not|doesn['’]t|does\s+not|don['’]t|do\s+not)\s+(?:understand|know|grasp|get)\s+((?:how|what|why|that|the)\s.+?)\s*([.!]*)$/iu.exec(sentence);
  if (understand && personLike(understand[2], people)) {
    const [, lead, , what, stop] = understand;
    return says('person-failure', 'Judging what a person understood blames them. Say what was not documented or not known.')(`${lead}${capitalise(what)} ${/^the\s/iu.test(what) && isPluralNoun(what) ? 'were' : 'was'} not understood${stop || '.'}`);
  }
  // "nobody on the growth team thought to check it in staging first"
  const thought = new RegExp(String.raw`\b(?:nobody|no\s*-?\s*one|none\s+of\s+(?:them|us))${GROUP_AFTER}\s+(?:thought|remembered|cared|stopped)\s+to\s+(\w+)`, 'iu').exec(sentence);
  if (thought) {
    // ("nobody on the game team thought to test on ps5??": asked, it is asked what would have prompted it; a thirty-second
    // reader found "Nothing prompted a step to … ?" a statement asked.)
    const asked = /^(.*?)\s*\?[?!\s]*$/u.exec(sentence.slice(thought.index + thought[0].length).split(/(?<=\?)\s+(?=\p{L})/u)[0]);
    if (asked && /^\s*$/u.test(sentence.slice(0, thought.index))) {
      return says('person-failure', 'Asking why nobody thought to do it looks for someone to blame. Ask what would have prompted the step.')(`What would have prompted a step to ${thought[1]}${asked[1]}?`);
    }
    return says('person-failure', 'Saying nobody thought to do it blames people. Say what did not prompt the step.')(`${sentence.slice(0, thought.index)}nothing prompted a step to ${thought[1]}${sentence.slice(thought.index + thought[0].length)}`);
  }
  // "…treated accessibility regressions as someone else's problem."
  const elses = /\btreated\s+(.+?)\s+as\s+(?:someone|somebody|anyone)\s+else['’]s\s+(?:problem|job|responsibility|concern)\b/iu.exec(sentence);
  if (elses) {
    return says('blame-word', '“Someone else’s problem” judges people. Say who owned it and what left it without an owner.')(`${sentence.slice(0, elses.index)}left ${elses[1]} without an owner${sentence.slice(elses.index + elses[0].length)}`);
  }
  return null;
}

/** "That is not a system problem.", "This wasn't a process issue.": said alone, the cause is left with people. */
const NOT_THE_SYSTEM = /^\s*(?:this|that|it)(?:['’]s|\s+is|\s+was)(?:\s+not|n['’]t)\s+(?:an?\s+)?(?:system|systems|process|tooling|tool|technical|software)\s+(?:problem|issue|failure|gap|fault)\s*[.!]*\s*$/iu;

/** "keep a tally of who breaks the roster sync each month and pin it on the noticeboard": a count of people's failures proposed. */
const TALLY_OF_WHO = /\b(?:tally|count|list|leaderboard|league\s+table|scoreboard|log|record)\s+of\s+who\s+(?:breaks|broke|caused|causes|messes|messed|forgets|forgot|misses|missed|skips|skipped)\b/iu;

function tallyOfWho(sentence: string): Rewrite | null {
  if (!TALLY_OF_WHO.test(sentence)) return null;
  return leftToWriter(says('blame-word', 'Counting who breaks things ranks people, not the process. Count the failures by component or step.')(sentence), sentence);
}

function notTheSystem(sentence: string): Rewrite | null {
  if (!NOT_THE_SYSTEM.test(sentence)) return null;
  return leftToWriter(says('blame-word', 'Saying it was not the system leaves the cause with people. Say what happened and what allowed it.')(sentence), sentence);
}

export function impliedBlameRewrite(sentence: string, people: PeopleIndex): Rewrite | null {
  return repetition(sentence, people) ?? sarcasticFrame(sentence, people) ?? reproach(sentence, people) ?? byComparison(sentence, people) ?? tallyOfWho(sentence) ?? notTheSystem(sentence);
}
