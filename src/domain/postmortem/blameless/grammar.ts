/**
 * The last check on a rewrite before it is offered: a restatement that says "something was <done>"
 * where English does not allow it ("something was acted quickly", "something was forgotten about it",
 * "pretty something was clicked") is not offered at all; the finding then asks the writer to restate
 * the sentence (a garbled suggestion would go into the post-mortem as written).
 */
import { NOUNISH_VERBS, ROLE_NOUNS } from './lexicon';
import { infinitiveOf, participleOf, PARTICLES_SET_AFTER, tokenize } from './words';

/** Participles "something was …" cannot take: the verb has no object to make the subject, or its object is a person. */
const NO_THING_PASSIVE = new Set([
  'acted', 'behaved', 'failed', 'elected', 'continued', 'preferred', 'needed', 'gone', 'went', 'been', 'seemed',
  'appeared', 'tried', 'decided', 'chosen', 'refused', 'neglected', 'wanted', 'managed', 'bothered', 'stopped', 'started',
  'kept', 'come', 'slept', 'waited', 'stayed', 'meant', 'fallen', 'wished', 'hoped', 'warned', 'told', 'asked', 'paged',
  'vanished', 'disappeared', 'panicked', 'hesitated', 'insisted', 'complained', 'objected', 'relied', 'responded', 'reacted',
  'gambled', 'guessed', 'assumed', 'forgotten', 'proceeded', 'overreacted', 'left', 'claimed', 'said', 'taken', 'improvised', 'intervened', 'referred',
  'screamed', 'shouted', 'yelled', 'cried', 'laughed', 'rushed',
]);

/** Irregular participles the tagger may take for a verb of their own ("found" a company, "read"). */
const IRREGULAR_PARTICIPLES = new Set(['found', 'bound', 'ground', 'wound', 'fed', 'led', 'read', 'paid', 'laid', 'held', 'sold', 'kept', 'lost', 'sent',
  'spent', 'built', 'bent', 'lent', 'felt', 'dealt', 'heard', 'made', 'stood', 'understood', 'misunderstood', 'won', 'shot', 'got', 'hung', 'struck',
  'stuck', 'spun', 'dug', 'lit', 'slid', 'fought', 'bought', 'brought', 'caught', 'taught', 'thought', 'sought', 'set', 'put', 'cut', 'hit', 'shut', 'run']);

/** Verbs with no passive at all: "offline was not gone", "the bridge was come". */
const INTRANSITIVE_PASSIVE = /\b(?:was|were|(?:has|have|had)\s+been)\s+(?:not\s+)?(gone|come|been|slept|acted|behaved|went|stayed|waited|vanished|disappeared|hesitated|panicked|complained|objected|relied|responded|reacted|seemed|appeared|arrived|happened|occurred|remained|bothered|downed|walked|strolled|wandered)\b(?!\s+(?:on|upon|to|with|for|through)\b)/giu;

/** An auxiliary made into a participle ("a gift was hased", "afraid was ammed"): no English word. */
const AUXILIARY_PARTICIPLE = /\b(?:was|were)\s+(?:not\s+)?(?:hased|ammed|ised|ared|doesed|dided|hadded|wased|[\p{L}]+n['’]ted)\b/iu;

/** What may stand right before a clause that starts "something was" (a label, a conjunction, the start). */
const CLAUSE_START = /(?:^|[:;,(–—-]|\b(?:and|but|or|because|since|as|so|then|that|when|while|until|after|before|if|why|how|once|where|though|although)|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|^\s*(?:[^:]{0,40}:\s*)?(?:during|at|in|on|after|before|by|around|about|on|overnight|yesterday|today|later)\b[^,;.:]{0,40})\s*$/iu;

const PARTICLES = /^(?:up|off|out|in|down|over|back|away|through|on)$/iu;

/**
 * Whether what follows "something was <participle>" lets it end there: nothing, a stop, a preposition,
 * an adverb or a conjunction ("… without tests", "… anyway", "… and …"); not an object left behind
 * ("something was run DELETE", "something was broken prod", "something was clicked approve"), a
 * clause ("… overstated how many …") or a particle that makes the verb intransitive ("pressed on").
 */
function endsWell(following: string): boolean {
  const rest = following.trimStart();
  if (!rest || /^[.,;:!?)]/u.test(rest)) return true;
  const [word, then] = tokenize(rest);
  // ("… deployed this morning", "… last night": a time.)
  if (word.tags.has('Date') || /^(?:yesterday|today|tonight|overnight)$/u.test(word.lower)
    || (/^(?:this|last|next|that)$/u.test(word.lower) && Boolean(then?.tags.has('Date') || /^(?:morning|afternoon|evening|night|week|weekend|month|quarter|year|sprint|time)$/u.test(then?.lower ?? '')))) return true;
  if (/^(?:how|what|why|who|whom|which|whether|if|so|that|this|these|those|the|a|an|it|them|him|her|us|me|his|their|our|my|your|about|of|is|was|were|are|has|had)$/u.test(word.lower)) return false;
  // ("something was promised to fix them": an infinitive after the participle wants a person before it.)
  if (word.lower === 'to' && then?.tags.has('Verb') && !then.tags.has('Noun') && !/^(?:prod|production|staging|main|master|dev|live|uat|qa|test)$/u.test(then.lower)) return false;
  // ("pressed on", "moved on to …" have no thing done to; "turned on in production" does.)
  if (word.lower === 'on') return Boolean(then) && then.lower !== 'to' && endsWell(rest.slice(then.start));
  if (PARTICLES.test(word.lower)) {
    if (!then) return true;
    if (/^(?:on|for)$/u.test(then.lower)) return false;
    // ("… deployed in production", "… rolled out over the weekend": a preposition with its noun.)
    if (word.tags.has('Preposition') && (then.tags.has('Determiner') || then.tags.has('Noun'))) return true;
    return endsWell(rest.slice(then.start));
  }
  // (The tagger may misread a preposition: "against" as an adjective.)
  if (/^(?:against|into|onto|via|per|across|toward|towards|within|without|despite|during|until|since|from|at|by|for|with|under|before|after)$/u.test(word.lower)) return true;
  return word.tags.has('Preposition') || word.tags.has('Conjunction') || (word.tags.has('Adverb') && !word.tags.has('QuestionWord'));
}

/** A word said twice ("if asked had been been"), unless the original says it so. */
const DOUBLED_WORD = /\b(\p{L}+)\s+\1\b/giu;

/** Signs of a splice gone wrong, each counted only when the original shows none of it. */
const SPLICE_SIGNS: readonly RegExp[] = [
  // (Twenty-fifth reader.) A judgement taken out of its copula, leaving it bare ("The work has been all quarter").
  /\b(?:has|have|had)\s+been\s+all\s+(?:quarter|week|month|year|day|night|sprint|season|summer|winter)\b/iu,
  // (Twenty-fifth reader.) A relative clause given a thing for the person it spoke of ("a release that the build was signed off in their sleep").
  /\b(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,3}that\s+(?:the\s+build|a\s+change|the\s+change|a\s+release|a\s+fix)\s+(?:was|were)\b/iu,
  // A present act made past in a when-clause, before a present main clause ("When a reindex was run, it happens at 3 a.m.").
  /\b(?:when|whenever|every\s+time)\s+[^,;]{1,60}?\s+(?:was|were)\s+\p{L}+,\s+(?:it|this|that|they|there)\s+(?:happens|goes|is|are|breaks|fails|runs|takes|ends)\b/iu,
  // (Twenty-fifth reader.) A comparison of people left with no one in it ("Faster was shipped than anyone", "was broken more
  // than anyone"), a gerund joined to the question's infinitive ("safe to set … and walking away"), what was done instead
  // said as not done ("was not escalated the first time …, not the fifth"), a double negative ("nothing was not monitored").
  /^\s*(?:faster|slower|more|less|better|worse|earlier|later)\s+(?:was|were)\b|\b(?:was|were)\s+\p{L}+(?:ed|en|t)\s+(?:[\p{L}-]+\s+){0,2}than\s+any(?:one|body)\b/iu,
  /\b(?:seem\s+safe|hard|helped|possible)\s+to\s+[^?.;]*\band\s+\p{L}{3,}ing\b/iu,
  /\b(?:was|were)\s+not\s+[^,;.]*,\s+not\s+the\b/iu,
  /\b(?:nothing|nobody|no\s*-?\s*one)\s+(?:was|were)\s+not\b/iu,
  // (Twenty-sixth reader.) A possessive job left with no one to own it ("Its job was not done.").
  /^\s*(?:[^:?]{1,40}[:?]\s*)?(?:its|their|his|her)\s+(?:job|work|duty|homework)\s+(?:was|were)\s+not\s+done\b/iu,
  // A gerund subject joined to a bare verb ("Acking the CDN alert and go back to sleep went ahead"); a thing given a
  // person's bare verb once "let" went ("The nightly export run unmonitored for months").
  /^\s*(?:[^:]{1,40}:\s*)?\p{L}{3,}ing\s[^.;,]*?\band\s+(?:go|come|leave|walk|head|sleep|ignore|skip|push|merge|deploy|hope)\b/iu,
  /^\s*(?:[^:]{1,40}:\s*)?the\s+(?:[\p{L}-]+\s+){0,3}(?:run|go|sit|stay)\s+(?:unmonitored|unattended|unchecked|untested|unpatched|unwatched)\b/iu,
  // (Twenty-seventh reader.) A counterfactual's object taking the act's time ("if the runbook before touching the stepper
  // queue had been read"); a condition with no "if" ("Six pages went unanswered had been checked, …"); praise turned into
  // an act ("It was nailed shipped …", "were taken in Manchester dark"); a measure made the subject ("Half was not spent");
  // a noun's head left after the participle ("The balloon was forgotten manifests"); a role's being allowed made the act
  // ("seem safe to be allowed to approve"); a second act with no subject ("The SOP was not followed and sampled the tank");
  // a doer's "by" cut off ("traces back to a change reviewed."); "the heat was taken"; "The root leaving …"; a contrast
  // left after what was not done ("was not routed to the phone not just email", "…, not during it"); an adverb taken
  // into the thing ("The currency rounding first was not checked").
  /\bif\s+(?:the|a|an|his|her|their)\s+[^,;]*?\s+(?:before|after|without|while)\s+\p{L}+ing\b[^,;]*?\s+had\s+been\s+\p{L}+/iu,
  /^\s*(?![^,;]*\b(?:if|had)\b[^,;]*\bhad\s+been)[^,;]*\b(?:went|was|were)\s+[^,;]*\bhad\s+been\s+\p{L}+,/iu,
  /^\s*it\s+was\s+nailed\b|\b(?:was|were)\s+taken\s+(?:[\p{L}-]+\s+){0,3}dark\b/iu,
  /^\s*(?:[^:]{1,40}:\s*)?half\s+(?:was|were)\b/iu,
  /\b(?:was|were)\s+(?:not\s+)?(?:forgotten|missed|skipped|ignored|dropped|lost)\s+(?!(?:as|was|were|is|are|has|his|its|this|us|always|days|hours|weeks|months|years|minutes|times)\b)\p{L}+s\b(?=\s*(?:again|today|yesterday|[.!;,]|$))/iu,
  /\bseem\s+safe\s+to\s+be\s+(?:allowed|permitted|let)\b/iu,
  /\b(?:was|were)\s+not\s+\p{L}+(?:ed|en|t)\s+and\s+\p{L}+ed\s+(?:the|a|an|it|them)\b(?!\s+(?:same|next|following|day|night|week)\b)/iu,
  /\b(?:a|the)\s+[\p{L}-]+\s+(?:reviewed|approved|written|made|merged|pushed|signed\s+off)\s*[.!]?\s*$/iu,
  /\b(?:the\s+heat|the\s+fall|the\s+flak)\s+(?:was|were)\s+taken\b/iu,
  /^\s*(?:[^:]{1,40}:\s*)?the\s+root\s+(?!cause)\p{L}+ing\b/iu,
  /\b(?:was|were)\s+not\s+[^.;]*\bnot\s+(?:just|only)\b|\b(?:was|were)\s+not\s+[^,;.]*,\s+not\s+(?:during|after|before|on|in|at|until)\b/iu,
  /^\s*(?:[^:]{1,40}:\s*)?(?:the|a)\s+[^.;]*?\s+first\s+(?:was|were)\s+not\b/iu,
  // Two verbs for one subject ("That issue #47 was not caught was scheduled against the wrong press slot").
  /\b(?:was|were)\s+not\s+\p{L}+(?:ed|en|t)\s+(?:was|were)\b/iu,
  // A counterfactual's condition swallowing its consequence ("If the job the oysters … would not be in the bin now had been done").
  /\bif\s+[^,;.]*\b(?:would|wouldn['’]t|could|couldn['’]t|might)\b[^,;.]*\bhad\s+been\b/iu,
  // A counterfactual's consequence run on after what was not done ("There was no escalation … and we'd have saved the ice").
  /\b(?:not|no)\b[^.;]*\band\s+(?:we|it|they|this|that|everyone)(?:['’]d|\s+would)\s+(?:have|still|not)\b/iu,
  // A person's sanction left on a thing once they went ("An error got through in the feed weights and must be retrained").
  /^\s*(?:[^:]{1,40}:\s*)?(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:errors?|mistakes?|slips?|oversights?|lapses?|faults?)\b[^.;]{0,80}?\band\s+(?:must|should|needs?\s+to|has\s+to|will)\s+be\s+(?:re-?trained|coached|disciplined|warned|reminded|spoken\s+to)\b/iu,
  // An eighteenth reader's garbles: a second object made the subject ("Finance a very bad week was not
  // saved"), a passive then its subject's second verb ("The req was changed on tuesday and blames eng"), a
  // reflexive with no one left to refer to ("time was spent defending themselves"), a counterfactual's
  // consequence run on ("The rollback was not tested we'd be done by 10"), a habit's act made a thing
  // ("The releases without coordination were done"), the verb's second object said twice ("The robot and
  // hand-pick was bypassed and hand-pick the insulin"), a particle made the subject ("Off is often signed").
  /^(?:[^:]{1,40}:\s+)?(?!(?:because|since|as|and|but|so|when|if|while|after|before|until|then|though|although|once|where|why|how|that|which)\s)\p{L}+\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:was|were)\s+not\s+\p{L}+(?:ed|en|t)\b/iu,
  /\b(?:was|were)\s+(?:not\s+)?(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|t)\b[^.;,]*?\band\s+(?:then\s+)?(?:blames|accuses|ignores|skips|forgets|says|claims|complains|pretends|refuses|acts|blame|accuse|ignore|skip|forget|say|claim|complain|pretend|refuse|act|wonder|walk|go|leave)\b/iu,
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en|t)\b[^.;!?]*\b(?:themselves|himself|herself)\b/iu,
  /\b(?:was|were)\s+not\s+\p{L}+\b[^.;,:]*\s(?:we|they|it|i|you)['’]d\b/iu,
  /^(?:[^:]{1,40}:\s+)?the\s+[^,;.]*\bwithout\s+[^,;.]*\s(?:was|were)\s+done\b/iu,
  /\band\s+([\p{L}-]+)\s+(?:was|were)\s+\p{L}+(?:ed|en)\s+and\s+\1\b/iu,
  /(?:^|[.;:!?]\s+)(?:off|up|out|in|down|over|away|back)\s+(?:is|are|was|were)\s+(?:often\s+|not\s+)?\p{L}+(?:ed|en)\b/iu,
  // A fourteenth reader's garbles: an adverb made the subject ("Because first was shipped and thinks later"),
  // a relative clause cut from its noun ("The cron job was written that zeroed …"), a complement before
  // its verb ("the whole thing worse was made"), a verb that needs its object ("inviting to the design
  // review did not happen"), a question made a statement ("… did not happen?"), a participle left
  // dangling ("Alert thresholds set meant …", "… did not happen, just clicked approve"), a second verb
  // with no subject ("was inherited … and has been adding them"), "What forgot".
  /\b(?:first|later|again|twice|once)\s+(?:was|were)\s+\p{L}+(?:ed|en)\b/iu,
  /\bsaid\s+(?:was|were|is|are)\s/iu,
  // A participle made past again ("Asleep was fallened").
  /\b(?:fallen|taken|given|written|eaten|driven|forgotten|broken|chosen|spoken|stolen|frozen|beaten|shown|known|grown|drawn|thrown|ridden|hidden|bitten|risen|sworn|torn|worn|gone|done|begun|run|come|become)ed\b/iu,
  /\b(?:was|were)\s+\p{L}+(?:ed|en|wn)\s+that\s+\p{L}+ed\b/iu,
  /\b(?:worse|better|harder|easier|slower|faster|bigger|smaller|longer)\s+(?:was|were)\s+made\b/iu,
  /\b(?:inviting|telling|informing|notifying|warning|copying|consulting)\s+(?:to|about|on|in)\b[^.;]*\bdid\s+not\s+happen\b/iu,
  /\bdid\s+not\s+happen\s*\?/iu,
  /\b(?:set|configured|chosen|picked|written|made|left)\s+(?:meant|caused|led\s+to)\b/iu,
  /\bdid\s+not\s+happen,\s+(?:just|then|and|simply)\s+\p{L}+ed\b/iu,
  // (Fifteenth reader: "Escalating did not happen, just sat on it till morning".)
  /\bdid\s+not\s+happen,\s+(?:just|simply|only)\s+\p{L}+/iu,
  /\b(?:was|were)\s+\p{L}+(?:ed|en)\b[^.;]*\band\s+(?:has|have)\s+been\s+\p{L}+ing\b/iu,
  /^\s*(?:[^:]{1,40}:\s*)?what\s+(?:forgot|missed|ignored|skipped|neglected|deleted|dropped|pushed|merged)\b/iu,
  // A relative "who" left after a passive that lost its agent ("The fault was introduced who, contrary to …").
  /\b(?:was|were|been)\s+\p{L}+(?:ed|en|wn|ne)\s+who\b/iu,
  // A hindsight template run over a second clause ("Telling us hours earlier, those tickets were left waiting all morning did not happen").
  /^[^,]*\b\p{L}+ing\b[^,]*,\s+[^,]*\b(?:was|were)\b[^,]*\bdid\s+not\s+happen\b/iu,
  // A ninth reader's garbles: a consequence inside what did not happen ("waiting for the canary we
  // wouldn't need this did not happen"); a participle run into the next clause's verb ("the runbook was
  // forgotten even existed"); a clause cut from its verb by a comma ("nothing was checked, that the
  // schema change was …"); a complement left before its verb ("the runbook optional reading was
  // considered").
  /\b(?:we|they|it|this|that|nobody|no\s+one|none\s+of\s+this)\s+(?:would|wouldn['’]t|could|couldn['’]t|might|['’]d)\b[^.;]*\bdid\s+not\s+happen\b/iu,
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en)\s+(?:even\s+)?(?:existed|exists|existing|mattered|worked|works)\b/iu,
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+ed,\s+that\s/iu,
  /\b(?:optional|unnecessary|irrelevant|safe|harmless|fine|low[\s-]risk|trivial)(?:\s+[\p{L}-]+){0,2}\s+(?:was|were)\s+(?:not\s+)?(?:considered|deemed|thought|judged|treated|assumed|called)\b/iu,
  // What the person did instead, left dangling after a passive ("The page was left waiting for forty minutes instead of acknowledging it").
  // ("The first hour was spent defending the change instead of reverting it": time spent has its doer in the gerund.)
  /\b(?:was|were)\s+(?:not\s+)?(?!spent\b)\p{L}+(?:\s+[\p{L}\d-]+){0,8}?\s+instead\s+of\s+\p{L}+ing\b/iu,
  // What was done instead, inside what did not happen ("Rolling back right away but insisted on debugging live did not happen").
  /\bbut\s+\p{L}+ed\b[^.;]*\bdid\s+not\s+happen\b/iu,
  // A subject that runs on past its own clause ("The SLA, which is why we paid the penalty was not read",
  // "the buggy code in the first place was written", "The diff before approving it was not read").
  /,\s+(?:which|who|despite|although|though)\s+[^,;]+?\s+(?:was|were)\s+not\s+\p{L}+/iu,
  /\bin\s+the\s+first\s+place\s+(?:was|were)\b/iu,
  /\b(?:before|after|while|when)\s+\p{L}+ing\s+(?:it|them|this|that)\s+(?:was|were)\s+(?:not\s+)?\p{L}+/iu,
  // "X over Y were prioritised", "Copy-pasting configs were kept", "it was made return", "Asks were joined":
  // a verb's complement or a verb taken into the subject.
  /\b(?:over|above|before)\s+[\p{L}\s-]{1,40}?\s+(?:was|were)\s+(?:prioriti[sz]ed|placed|put|ranked|valued)\b/iu,
  // A finite verb run into a passive ("The broker was forgotten needs a restart"), or left with no subject
  // after one ("…was not followed, skipped step 7", "…did not happen for 40 minutes and then blamed the phone").
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en|wn)\s+(?:needs|needed|is|was|has|had|should|must|would|will|can)\b/iu,
  /\b(?:was|were)\s+not\s+\p{L}+,\s+(?:skipped|ignored|forgot|missed|pushed|deployed|merged|ran|left|went|broke|deleted|dropped)\b/iu,
  /\bdid\s+not\s+happen\b[^.;]*\band\s+(?:then\s+)?\p{L}+ed\b/iu,
  /\b(?:was|were)\s+not\s+\p{L}+,\s+(?:which|who)\s+(?:had|has)\s+been\b/iu,
  /\bgot\s+through\s+to\s+\p{L}+/iu,
  /\b\p{L}+ing\s+[\p{L}-]+\s+(?:was|were)\s+kept\b/iu,
  /\b(?:was|were)\s+made\s+(?:return|do|work|run|fail|look|go|stop|crash|break|happen)\b/iu,
  /(?:^|[:\d]\s+)(?:asks|says|tells|goes|joins|gets|makes|takes|looks|sees|comes)\s+(?:was|were)\b/iu,
  // A comparison left without its person ("unlike the colleagues on the network team, the board was not attended").
  /\bunlike\s+[^,]+,\s+[^,]*\b(?:was|were)\s+(?:not\s+)?\p{L}+ed\b/iu,
  // A duty left without its subject ("…was not recognised, and must answer for not doing so").
  /\b(?:was|were)\s+not\s+\p{L}+[^.;]*,\s+and\s+(?:must|should|will|needs?\s+to)\s+\p{L}+/iu,
  // Read by a seventh reader: "if the runbook been followed", "Ios 17 at all was not tested", "This is the
  // third time us this quarter has been paged", "The alert (late was acknowledged, again)", "an admin
  // token in a public gist was left", "…did not happen so, and …", "The fix was not shipped yesterday but
  // waited for …", "while broken was sat", "auth and nobody was broken", "Nonetheless chose to restart …",
  // "Telling us hours earlier, they sat on those tickets all morning did not happen".
  /\bif\s+(?:the|a|an|this|that|it)\b[^,;.]{0,40}?\s+(?<!\b(?:had|has|have|hadn['’]t)\s+)been\s+\p{L}+/iu,
  /\bat\s+all\s*,?\s+(?:[^,;.]{0,60}?\s+)?(?:was|were)\s+not\b/iu,
  /(?:^|[,;]\s*|\b(?:time|that|because|when|while)\s+)(?:us|me|him|them)\s+(?:\p{L}+\s+){0,3}(?:has|have|was|were|is|are)\s+(?:been\s+)?\p{L}+ed\b/iu,
  /\(\s*\p{L}+\s+(?:was|were)\s+\p{L}+ed\b/iu,
  /\b(?:in|on|at|into)\s+(?:a|an|the)\s+[\p{L}\s-]{1,30}?\s+(?:was|were)\s+left\s*[.!]?\s*$/iu,
  /\bdid\s+not\s+happen\s+(?:so|it|them)\s*[,.;]/iu,
  /\b(?:was|were)\s+not\s+\p{L}+[^.;,]*\s+but\s+(?:waited|decided|chose|went|kept|tried|insisted|stayed|wanted)\b/iu,
  /\b(?:was|were)\s+sat\b/iu,
  /\band\s+(?:nobody|no\s+one)\s+(?:was|were)\s+\p{L}+(?:ed|en)\b/iu,
  /^\s*(?:[^:]{0,40}:\s*)?(?:nonetheless|nevertheless)\s+(?:chose|decided|went|ran|restarted|pushed|deployed|merged|ignored)\b/iu,
  /,\s*(?:they|he|she|we)\s+[^.;]*\bdid\s+not\s+happen\b/iu,
  /,\s+that(?:['’]s|\s+is)\s+[^.;]*?\s+(?:was|were|are|is)\s+(?:(?:often|always|usually|repeatedly|not)\s+)?\p{L}+ed\b/iu,
  // Care, effort or attention said not to have happened ("caring about quality did not happen", "bothering
  // with error handling did not happen", "listening to reviewers did not happen"): a judgement of people
  // dressed as an event, which the writer restates.
  /\b(?:caring|bothering|listening|knowing|showing|learning|paying\s+attention|trying)\b[^.;]*\bdid\s+not\s+happen\b/iu,
  // A gerund made from a verb the tagger did not know as one ("retriesing did not happen" of "never retries").
  /\b\p{L}+(?:iesing|ieding|(?:sh|ch|x|ss|z)esing)\b/iu,
  // An object left after "did not happen" ("foreseeing did not happen so obvious a risk").
  /\bdid\s+not\s+happen\s+(?:so|such|a|an|the|this|that|these|those|any|his|her|their|its)\s/iu,
  // An intensifier before an article ("pure a missing safeguard").
  /\b(?:pure|sheer|utter|total|complete|absolute|general|basic|obvious|repeated|usual|typical|classic|continued|persistent)\s+(?:a|an)\s/iu,
  // A relative "who" left after a thing ("a gap in the process or tooling, who ran the job").
  /\b(?:tooling|process|safeguards?|checks?|steps?|gaps?)\s*,?\s+who\b/iu,
  // A past tense made of a word that is no verb ("what are we paying them for" → "whatted").
  /\b(?:what|who|whom|why|how|where|this|that|these|those|it|them|they|he|she|we|you|the|and|but)t?ed\b/iu,
  // A participle followed by a modal ("was not predicted would stampede"): a clause lost its subject.
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en)\s+(?:would|will|could|can|should|might|must)\b/iu,
  // An adverb of manner put into the subject ("The call alone was made", "migrations in order were not run").
  /\b(?:alone|solo|single-handedly|unilaterally|in\s+order|on\s+time|in\s+time|at\s+once|in\s+advance|in\s+full|by\s+hand|mid-[\p{L}]+)\s+(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en|un|wn|ne|de)\b/iu,
  // A habit said in the past, against its present ("nothing was cleaned up until it breaks",
  // "as long as our schema contracts were repeatedly ignored, … will keep breaking").
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en)\b[^.;]*\buntil\s+(?:it|they|something|someone)\s+(?:breaks|fails|crashes|dies|complains|notices)\b/iu,
  /\bas\s+long\s+as\b[^,;.]*\b(?:was|were)\b[^,;.]*,[^.;]*\bwill\b/iu,
  // What someone did not do, with the someone gone ("own the rollback... didn't.").
  /(?<!\b(?:he|she|they|it|we|i|you|just|simply)\s*)\.\.\.\s*(?:didn['’]t|did\s+not|wasn['’]t|couldn['’]t|never\s+did)\s*[.!]*\s*$/iu,
  // (Fifteenth reader.) "fault" made "a contributing factor" with no verb for it ("It's a contributing factor the crash reports went unnoticed").
  /^\s*(?:it['’]s\s+|it\s+is\s+)?a\s+contributing\s+factor,?\s+(?:the|a|an|his|her|their|its)\s/iu,
  // A gerund's clause taken into the subject ("if the staging dashboard before approving had been checked").
  /\b(?:before|after|while|when|without)\s+\p{L}+ing\s+(?:had\s+been|has\s+been|was|were)\s+(?:not\s+)?\p{L}+(?:ed|en)\b/iu,
  // A relative clause made passive before its own verb ("a table that was deleted stores policy documents").
  /\b(?:that|which)\s+(?:was|were)\s+\p{L}+(?:ed|en)\s+(?:stores|holds|contains|keeps|serves|runs|handles|tracks|lists|shows|feeds|drives)\b/iu,
  // A postponed adjective left before the verb ("The risk inherent was not recognised in …").
  /\b(?:inherent|involved|concerned|present|required|needed)\s+(?:was|were)\s+not\b/iu,
  // "let" left at the end ("a broken map reach production has been let").
  /\b(?:has|have|had)\s+been\s+let\s*(?:[.!?]|$)|\bwas\s+let\s*(?:[.!?]|$)/iu,
  /\bto\s+the\s+last\s+minute\s+(?:are|is|was|were)\b/iu,
  /\b(?:that|which)\s+(?:outside|inside|during|after|before|within|without|against|despite)\s+\p{L}+\s+(?:was|were)\s/iu,
  // Two clauses run together with no mark between ("The migration was not tested we would not be here").
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en)\s+(?:the\s+\p{L}+\s+)?(?:we|they|it|he|she|i|you)\s+(?:would|will|could|can|should|might|must|wouldn['’]t|couldn['’]t)\b/iu,
  // "else" cut from its "anyone" ("the step to let else near it").
  /(?<!\b(?:anyone|anybody|someone|somebody|something|anything|nothing|everyone|everybody|everything|nobody|one|or|what|who|where|how|why|much|little|somewhere|anywhere|everywhere|nowhere))\s+else\b/iu,
  // An adverb or a reflexive made the subject of a passive ("Straight was pushed to main", "ahead was not planned", "Herself was distracted").
  /(?:^|[:;]\s*|,\s+|\bbecause\s+)(straight|directly|back|out|up|down|away|again|just|also|ahead|forward|together|anyway|home|herself|himself|themselves|itself|myself|ourselves)\s+(?:was|were|is|are)\s/iu,
  // A preposition and its bare noun made the subject ("Against advice was decided, to deploy …").
  /(?:^|[:;]\s*)(?:against|despite|without|with|in|on|at|for|from|after|before|during|under|by)\s+\p{L}+\s+(?:was|were)\s/iu,
  // "went" with a participle that is no "un-" adjective ("the ones that went missed"; "went unanswered" is English).
  /\bwent\s+(?!un)\p{L}+ed\b/iu,
  // A noun put where the verb was ("Sure, responsibility the monitoring").
  /\b(?:responsibility|a\s+gap|a\s+missing\s+safeguard|a\s+missed\s+step)\s+(?:the|a|an|this|that|his|her|their|our)\s/iu,
  // A person given a judgement meant for a thing ("I was avoidable to run it", "We were incomplete about the runbook").
  /\b(?:i|we|he|she|they|you)\s+(?:was|were|am|are|is)\s+(?:unchecked|avoidable|incomplete|insufficient|unguarded|inconsistent|unsupported|unprepared)\b/iu,
  // A second article inside a noun phrase ("an entirely avoidable a gap in the process").
  /\b(?:a|an)\s+(?:[\p{L}-]+\s+){1,2}(?:a|an)\s/iu,
  // Nothing left after a comma ("Yes,.").
  /[,;:]\s*[.!?]\s*$/u,
  // A person still pointed at: "one person" stands where a name was.
  /\bone\s+person\b/iu,
  // An article after a possessive or determiner ("their a missing check", "whose a missing safeguard", "one an error").
  /\b(?:their|his|her|its|my|our|your|whose|the|one)\s+(?:a|an)\s/iu,
  // A safeguard owned by someone ("a missing safeguard of the release manager").
  /\ba\s+(?:missing|missed)\s+(?:safeguard|check|step)\s+of\s/iu,
  // A contraction cut short ("It'a contributing factor").
  /\b\p{L}+['’]a\b/iu,
  // A judgement meant for a thing given to people or to a manner ("Stop being unchecked", "too incomplete to add retries", "the operations team was incomplete").
  /\b(?:being|too|than)\s+(?:unchecked|incomplete|unguarded|insufficient)\b/iu,
  // Read by hand in sets 105–106: a branch made a verb ("when interns merge mained"); a condition
  // left hanging on "nothing made it easy" ("Nothing made it easy to catch this if the suite had been
  // run"); a process gap done "by" someone ("a missing safeguard by the DBA who ran …").
  /\b(?:main|master|prod|staging|trunk|develop)(?:ed|d)\b/iu,
  // Set 107: a relative clause left behind its noun ("The bug report was not read we filed in March",
  // "a script that against production was run"); a particle before the thing ("How was off a fare
  // table … signed?", "How was the timezone thing into main merged?"); a verb with no subject after a
  // comma ("…, really made the weekend memorable").
  /\b(?:was|were)\s+(?:not\s+)?(?!(?:told|informed|warned|sure|aware|asked|assured|glad|afraid|notified|reminded|convinced|surprised|worried)\b)\p{L}+\s+(?:we|they|i|you|he|she)\s+\p{L}+ed\b/iu,
  /\bthat\s+(?:against|into|onto|on|to|in|from)\s+[^,;.]{1,30}?\s+(?:was|were)\s+\p{L}+(?:ed|en|wn|un)\b/iu,
  /\b(?:how|why|when)\s+(?:was|were)\s+(?:off|up|out|on|over|back|down|away)\s/iu,
  /\b(?:how|why|when)\s+(?:was|were)\s+[^?.]*?\s(?:into|onto)\s+\S+\s+\p{L}+ed\b/iu,
  /,\s+(?:really|truly|certainly|definitely|totally)\s+(?:\p{L}+ed|made|took|gave|kept|left|sent|put|ran|broke|brought|got|cost)\b/iu,
  // Set 108: the person's "who …" left after they went ("The double-credit was introduced, who as usual
  // skipped the staging run"); hindsight's "obvious" left beside its restatement.
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en|wn)\s*,\s*who\b/iu,
  /\b(?:was|is)\s+obvious\s+(?:in\s+hindsight\s+)?and\s+(?:the\s+process|it|this|that)\b/iu,
  // Hindsight said as what did not happen, gone wrong: "…did not happen, and didn't", "The bug long was
  // not caught before …", "Escalating after the second page, not the fifth did not happen".
  /\bdid\s+not\s+happen,?\s+and\s+(?:didn['’]t|did\s+not)\b/iu,
  /\b(?:long|well|shortly|right|just|way)\s+(?:was|were)\s+not\s+\p{L}+/iu,
  /,\s+not\s+[^,.;]+?\s+did\s+not\s+happen\b/iu,
  // Read by a fifth reader (3d3d68a): "past the first page was not looked", "The certificate rotation was
  // failed", "not enough and always has been", "…was not grounded …; it did not.", "A hand-off on
  // certificate renewal, was missed", "The config change was merged … and was offline by 17:00", "The
  // staging connection string ended up in production and didn't look twice", "out of a gap in the process".
  /\b(?:was|were)\s+(?:not\s+)?looked\b(?!\s+(?:at|into|over|after|up|for))/iu,
  /\b(?:was|were)\s+(?:not\s+)?failed\b/iu,
  /\bnot\s+enough\s+and\s+always\s+(?:has|have)\s+been\b/iu,
  /\b(?:was|were)\s+not\s+[^;.]+;\s*(?:it|they|he|she)\s+did\s*(?:n['’]t|\s+not)\s*[.!]?\s*$/iu,
  /\p{L},\s+(?:was|were)\s+missed\b/iu,
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+ed\b[^.;]*\band\s+(?:was|were)\s+(?:offline|online|away|gone|asleep|home|unreachable|on\s+leave|on\s+holiday)\b/iu,
  /\b(?:ended\s+up|(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en|wn))\b[^.;]*\band\s+(?:didn['’]t|did\s+not|never)\s+(?:look|check|read|notice|see|tell|care|bother|ask|wait|test|verify)\b/iu,
  /\bout\s+of\s+a\s+gap\s+in\s+the\s+process\b/iu,
  // How often, taken into the thing ("the wrong cluster two times were restarted").
  /\b(?:once|twice|two|three|four|five|several|many|\d+)\s+times\s+(?:was|were)\b/iu,
  // A participle with no "were" ("It is regrettable that some concerns disregarded.").
  /\bsome\s+\p{L}+s\s+(?:\p{L}+ly\s+)?\p{L}+ed\s*[.!?]*\s*$/iu,
  // The thing's own "about …" left after the verb ("The first 30 tickets were ignored about missing courier tips").
  /\b(?:was|were)\s+(?:not\s+)?(?:ignored|missed|skipped|closed|dropped|dismissed|deprioriti[sz]ed)\s+about\b/iu,
  /\bnothing\s+made\s+it\s+easy\s+to\s+[^.;]*\bif\b[^.;]*\bhad\s+been\b/iu,
  /\b(?:a\s+missing\s+(?:safeguard|check)|a\s+gap\s+in\s+the\s+process(?:\s+or\s+tooling)?)\s+by\s+(?:the|a|an|our)\b/iu,
  // A manner judged, said of whoever had it ("JP is unchecked with feature flags").
  /\b(?:is|was|are|were|been)\s+(?:(?:very|so|really|quite|pretty|just)\s+)?(?:unchecked|incomplete|insufficient|unguarded)\s+(?:with|about|around)\b/iu,
  /\b(?:team|teams|squad|crew|staff|engineers?|developers?|devs|operators?|testers?)\s+(?:was|were|is|are)\s+(?:\p{L}+\s+)?(?:unchecked|avoidable|incomplete|insufficient|unguarded)\b/iu,
  // A pronoun and a phrase made the subject ("It in 2 min was approved").
  /(?:^|[:;]\s*)(?:it|this|that|they)\s+(?:in|on|at|for|after|before|within)\s+[^,.;]{1,25}\s(?:was|were)\s/iu,
  // A second verb left without its subject after a passive or a "did not require" ("the warnings were ignored and just kept clicking re-run").
  /\b(?:was|were|require|include|allow)\s+(?:not\s+)?[\p{L}-]+[^.;:]*?\s(?:and|but)\s+(?:then\s+|just\s+|still\s+|also\s+|even\s+)?(?:didn['’]t|did\s+not|never|kept|chose|decided|went|refused|tried|wanted|thought|said|assumed|seemed|hoped|needed|preferred|elected|insisted|claimed|continued|started|stopped|forgot|failed)\b/iu,
  // A relative clause left as the sentence ("Who has been writing SQL for fifteen years, needed …").
  /^\s*(?:[^:?]{0,30}:\s*)?who\s[^?]*$/iu,
  // A "why" turned into a question about thinking ("What would have helped to think to test …", "What made it seem safe to think …").
  /\b(?:helped|safe)\s+to\s+think\b/iu,
  // A past tense made twice ("was re-ranned"), or of an acronym ("apied").
  /(?:ranned|apied)\b/iu,
  // A clause made the object of a passive "that" ("That was considered the process did not …").
  /(?:^|[:;]\s*)that\s+(?:was|were)\s+(?:not\s+)?\p{L}+\s+(?:the|a|an|this|his|her|their|its|our|my|something|nothing)\s/iu,
  // "said" with a noun after it ("The lb thing was said a contributing factor").
  /\b(?:was|were)\s+said\s+(?:a|an|the)\s/iu,
  // A second verb without its subject that leaves people with the work ("was pushed and left the rest of us to deal with it").
  /\b(?:was|were)\s[^.;:]*\sand\s+left\s+(?:the\s+rest|us|everyone|everybody|them|me)\b/iu,
  // A safeguard put after a word that cannot take it ("Operator a missing safeguard", "evident a missing safeguard").
  /\b(?!(?:was|is|were|are|be|been|to|of|in|on|by|from|with|and|or|but|as|that|had|has|have|there|it|this|into|through|despite|after|before|without|for|also|not|partly|mainly|largely|only|just)\b)\p{L}+\s+a\s+(?:missing\s+(?:safeguard|check)|gap\s+in\s+the\s+process)\b/iu,
  // Verb forms no English has ("run outed", "enough was not cared", "was had", "were not heed", "in a rew").
  /\b(?:outed|rew)\b|\benough\s+(?:was|were)\s+not\b|\b(?:was|were)\s+had\b|\b(?:was|were)\s+not\s+heed\b/iu,
  // A subject with a modal inside a passive ("How was the new SRE should run …").
  /\b(?:was|were)\s+the\s+\p{L}+(?:\s+\p{L}+)?\s+(?:should|would|could|must)\b/iu,
  // A clause made a subject ("Pages went unanswered is a disciplinary matter").
  /\bwent\s+\p{L}+\s+(?:is|was)\b/iu,
  // What was done without asking made part of the subject ("The hotfix … without so much as opening the changelog was approved").
  /\bwithout\s+[^,;:.]+?\s(?:was|were)\s+(?:approved|signed)\b/iu,
  // An aside left before the verb ("the WAF rule review, full stop was missed").
  /,\s*(?:full\s+stop|period|plain|again|as\s+usual|honestly)\s+(?:was|were)\s/iu,
  // A noun where the verb was ("Who do we responsibility"), "pretty" without its "sure", an "if" with no clause.
  /\b(?:we|i|you|they)\s+responsibility\b|^\s*pretty\s+(?:the|a|an)\b|\bif\s+before\b/iu,
  // A clause packed into the subject of "was not well documented" or "… understood" ("The feature flag system when it was enabled globally was not well documented").
  /(?:,|\bwhen\b|\bwhich\b)[^.;:]*\s(?:was|were)\s+not\s+(?:well\s+documented|understood)\b/iu,
  // A dangling opener: what a person did, then a thing as the subject ("Instead of paging the secondary, the alert was left …").
  /^(?:[^:]{0,30}:\s*)?(?:instead\s+of|by\s+not|by)\s+\p{L}+ing\b[^,]*,\s+(?:the|a|an)\s/iu,
  // "not enough" followed by what belongs elsewhere ("were not enough as passed", "were not enough WHERE clauses").
  /\b(?:was|were)\s+not\s+enough\s+(?!(?:and|when|to|for|in|on|at|during|before|after|because|so|but|or|while|until|yet|either|here|there|then|anymore|at\s+all)\b)\p{L}/iu,
  // People called the thing's judgement ("Whoever wrote this ETL job was just incomplete"), an error that is a "who".
  /\bwho(?:ever)?\b[^.;]*\s(?:was|were)\s+(?:just\s+)?(?:incomplete|unchecked|insufficient)\b|\berror\s*,\s+who\b/iu,
  /\binformation\s+available\s+(?:of|by|from|on\s+the\s+part)\b/iu,
  // A step that is no step ("the step to care about quality"), a safeguard on someone's part, causes "for refusing", pressure "in never checking".
  /\bstep\s+to\s+(?:care|bother|think|be)\b|\ba\s+missing\s+(?:safeguard|check)\s+on\s+the\s+part\s+of\b|\bcontributing\s+factors\s+for\s+\p{L}+ing\b|\btime\s+pressure\s+in\s+(?:never|not)\b/iu,
  // "the people what caused", "considered unchecked", "off signed", "remindered", ", not twenty was", "Unlike the backend team, the step".
  /\b(?:people|person|engineer|engineers|team|one|ones|those)\s+what\s+(?:caused|broke|did|made)\b|\bconsidered\s+(?:unchecked|incomplete)\b|\boff\s+signed\b|\bremindered\b|,\s+not\s+\p{L}+\s+(?:was|were)\s|\bunlike\s[^,]*,\s+the\s+step\b/iu,
  // A counterfactual whose "had been" was moved past the rest of the clause ("if the alert text instead of snoozing it had been read").
  /\bif\s+(?:[^,;.]*?\s)?(?:instead\s+of|we|like|properly)\s[^,;.]*?\shad\s+been\s/iu,
  // A hindsight template run into the counterfactual's consequence ("Nothing made it easy to test the rollback we'd be done by 10"),
  // made a question ("The process did not require escalating after the second page?"), or after a role's "as" ("As programme manager, the process …").
  /\b(?:did\s+not\s+require|made\s+it\s+easy\s+to)\b[^,;:.—–]*\s(?:we|we['’]d|we\s+would|we\s+wouldn['’]t|none\s+of\s+this)\b|\bdid\s+not\s+require\b[^.!]*\?\s*$|^(?:[^:]{0,30}:\s*)?as\s+[^,]{2,40},\s+(?:the\s+process|nothing|the\s+step)\b/iu,
  // Read over the rewrites again: an article before a verb ("Because the was not run …"), a step to an auxiliary,
  // "Let's the quick look", "The on it", "goed", "got incomplete", a judgement for a thing given to a trait or a team.
  /\bthe\s+(?:was|were)\b|\bstep\s+to\s+(?:has|have|had|is|was|does|did)\b|\blet['’]s\s+(?:the|a|an)\b|\bthe\s+on\s+it\b|\bgoed\b|\bgot\s+(?:incomplete|unchecked|avoidable)\b/iu,
  /\b(?:incomplete|unchecked|insufficient|avoidable|unguarded|unsupported)\s+(?:attitude|approach|behaviou?r|mindset|person|people|guy|engineer|developer|reluctance)\b|\bwhich\s+(?:is|was)\s+(?:just\s+|simply\s+)?(?:incomplete|unchecked|insufficient|unguarded)\b/iu,
  // "the information available" where a judgement stood after a verb or with its owner; "an error staff"; an intensifier before a gap.
  /\b(?:shown|displayed|exhibited|showed)\s+the\s+information\s+available\b|\ban\s+error\s+(?:staff|team|engineer|vendor|partner|contractors?|operators?)\b|\bplain\s+(?:a|an)\s/iu,
  // "Several factors contributed to the release, must take ownership …": a template left with the person's verbs.
  /\bcontributed\s+to\s+[^,.;]+,\s+(?:must|should|will|has|have)\b|\bseveral\s+factors\s+contributed\b[^.]*\band\s+must\b/iu,
  // A particle moved before its object ("Review why off the alert was turned"), a preposition made the subject ("To production was pushed").
  /\b(?:why|that|because|how)\s+(?:off|up|out|down|over|back|away)\s+(?:the|a|an)\s|(?:^|[:;]\s*)to\s+\p{L}+\s+(?:was|were)\s/iu,
  // A plural verb for one build ("the matchmaking build were signed off"), the object moved after "signed off on".
  /(?:^|[:;,]\s*|\b(?:because|and|but)\s+)(?:the|a|an)\s+(?:\p{L}+\s+)?(?:build|release|change|config|deploy|ticket|patch|script|alert|migration)\s+were\b|\bwas\s+signed\s+off\s+on\s+(?:build|release|version|v?\d)/iu,
  // A second past verb straight after a passive ("The severity was not communicated left the team uninformed").
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+ed\s+(?:left|meant|caused|led|made|kept|cost)\b/iu,
  // A counterfactual whose "if" clause took the rest of the sentence into its subject ("if the backup to finish had been waited
  // for", "if the boundary cases a bit more carefully had been looked at"), or whose consequence lost its "would" ("The off-by-one was not caught if …").
  /\bif\s+(?:[^,;.]*?\s)?(?:a\s+bit|carefully|at\s+all|once|even|to\s+\p{L}+|against|with|and\s+\p{L}+ed)\s[^,;.]*?had\s+been\s+\p{L}|\b(?:was|were)\s+not\s+(?:caught|noticed|seen|spotted|found|prevented|avoided)\s+(?:in\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?if\b/iu,
  // "nothing made not to …", "… were promised ago", "Far was escalated", "were not paged instead of guessing", a template followed by the person's "must".
  /\bnothing\s+made\s+not\b|\b(?:was|were)\s+\p{L}+\s+ago\b|(?:^|[:;]\s*)far\s+(?:was|were)\b|\b(?:was|were)\s+not\s+\p{L}+ed\s+instead\s+of\b|\bdid\s+not\s+require\b[^.]*(?:\band\s+must\b|;\s*it\s+did\s+not\b)/iu,
  // A past verb left at the start without its subject ("tbf screwed this up big time"), a cause with no cause ("It was caused."),
  // "is often said", an emoji made the subject, "was got", "not enough and got hit", "what happens when … was".
  /^\s*(?:(?:tbf|tbh|ngl|fwiw|imo|so|and|but|ok|well)\s+)?(?:screwed|messed|broke|forgot|ignored|skipped|pushed|deployed|merged|deleted|dropped|approved|ran)\s/iu,
  /\bwas\s+caused\s*[.!?]?\s*$|\bis\s+often\s+said\b|\p{Extended_Pictographic}\s+(?:was|were)\b|\bwas\s+got\b|\bnot\s+enough\s+and\s+(?:got|was|were)\b/iu,
  // How fast it was approved made part of the subject ("The hotfix in four minutes flat was signed off").
  /\bin\s+(?:\p{L}+|\d+)\s+(?:minutes?|seconds?|hours?)(?:\s+flat)?\s+(?:was|were)\s+(?:approved|signed)\b/iu,
  // (Set 133.) A gerund's phrase given "were" ("How were pushing the new setpoints approved"); a passive run
  // into the gerund's own verb ("The CDN origin bucket was deleted really tested our backups").
  /\b(?:how|why|when)\s+were\s+\p{L}{3,}ing\s+(?:the|a|an|this|that|these|those|our|their|his|her|its)\b/iu,
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en)\s+(?:really|actually|truly|certainly|clearly|definitely|totally|basically|literally)\s+\p{L}+ed\b/iu,
  // (Set 134.) "should have escalated it on Tuesday, not Thursday" made "was not escalated on Tuesday, not Thursday";
  // a judged act cut to its noun before an aside ("Deploy, full stop.").
  /\b(?:was|were)\s+not\s+\p{L}+\b[^.;]*,\s+not\s+(?:on\s+|at\s+|in\s+|by\s+)?\p{L}+\s*[.!?]?\s*$/iu,
  /(?:^|[.!?:]\s+)\p{L}+,\s+(?:full\s+stop|period)\b/iu,
  // (Sixteenth reader.) A role's reason left after its passive ("the bridge was not joined … despite being
  // primary"); a passive matched with the people's "did" ("was not noticed before customers did"); "something
  // was unvalidated"; a particle made a past ("were upped"); a time made the subject ("Last sprint was not
  // written", "2h late was escalated", "The ticket 3 days were left"); a range split ("was marked through
  // TC-240"), a word's case split ("tC-221"); a clause decided after itself ("testing was for other
  // departments was decided"); a label's state moved before its verb ("the tests as optional in January
  // were marked").
  /\b(?:was|were)\s+not\s+\p{L}+[^.;]*\bdespite\s+being\b/iu,
  /\b(?:was|were)\s+not\s+\p{L}+ed\b[^.;]*\bbefore\s+(?:customers|users|anyone|someone|we|they|he|she|the\s+\p{L}+)\s+did\b/iu,
  /\bsomething\s+(?:was|were)\s+un\p{L}+ed\b/iu,
  /\b(?:was|were)\s+(?:not\s+)?(?:upped|outed|offed|overed|downed)\b/iu,
  /(?:^|[.!?:]\s+)(?:last|this|next|that)\s+(?:sprint|week|month|quarter|year|night|morning|weekend)\s+(?:was|were)\s+not\b/iu,
  /(?:^|[:\d]\s+)\d+\s*(?:h|hrs?|m|mins?|minutes|hours|days)\s+late\s+(?:was|were)\b/iu,
  /\b(?:the|a|an)\s+\p{L}+\s+\d+\s+(?:days|hours|minutes|weeks)\s+(?:was|were)\b/iu,
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+ed\s+(?:through|thru)\s+\p{Lu}+-?\d/iu,
  // An article made the subject ("03:41 a was acknowledged"); what was done without moved into the subject
  // ("Review why 300 tickets without asking anybody were voided"); a verb left without its subject ("Ships on a friday n logs off").
  /(?:^|[\s:;,])(?:a|an)\s+(?:was|were)\b/iu,
  /\bwithout\s+\p{L}+ing\s+[^,;:.]+?\s(?:was|were)\s+\p{L}+ed\s*[.!?]?\s*$/iu,
  /^\s*(?:[^:]{0,30}:\s*)?(?:ships|pushes|deploys|merges|breaks|forgets|ignores|skips|leaves|logs\s+off)\s/iu,
  // What was not done made a question ("There was no escalation after the second page?"), or left beside what was done ("…, just sat on it").
  /\bthere\s+was\s+no\s+[^.!?]*\?\s*$/iu,
  /\b(?:there\s+was\s+no\s+[\p{L}-]+|did\s+not\s+happen),\s+(?:just|simply|only)\s+\p{L}+/iu,
  /\b\p{Ll}\p{Lu}+-?\d/u,
  /\b(?:was|were)\b[^.;,]*\s(?:was|were)\s+(?:decided|assumed|thought|believed|considered)\s*[.!?]?\s*$/iu,
  /\bas\s+(?:optional|required|done|passed|resolved|fixed|complete|completed|duplicates?|low|high|won['’]t\s+fix)\b[^.;]*\s(?:was|were)\s+(?:not\s+)?(?:marked|flagged|tagged|set|labell?ed)\b/iu,
  // (Set 135.) A thing done to itself ("a release was released"), "Her mistake, her config, her fix." made "An error, the config, the fix.".
  /\b(\p{L}{4,})\s+(?:was|were)\s+(?:not\s+)?\1d\b|\b(\p{L}{4,})\s+(?:was|were)\s+(?:not\s+)?\2ed\b/iu,
  /(?:^|[.!?]\s+)an\s+error,\s/iu,
  // (Set 136.) A manner moved into the subject of a counterfactual ("if the DC connectors properly had been torqued"),
  // an object pronoun made its subject ("if them had been done"), a state left before "was left".
  /\bif\s+[^,;.]*?\s(?:properly|correctly|fully|thoroughly|right|carefully|first)\s+had\s+been\b/iu,
  /\b(?:if|when|because|that|and)\s+(?:them|him|us|me)\s+(?:had|has|have|was|were)\b/iu,
  /\b(?:mode|overnight|on|off|open)\s+(?:was|were)\s+left\b/iu,
  // A habit in the present given a past act ("only crashes when a change was deployed").
  /\b(?:crashes|fails|breaks|dies|stalls|hangs|goes\s+down)\s+when\s+(?:a|the)\s+[\p{L}-]+\s+(?:was|were)\s+\p{L}+ed\b/iu,
  /\bonly\s+(?:crashes|fails|breaks|dies|stalls|hangs|goes\s+down)\s*[.!?]?\s*$/iu,
  // (Seventeenth reader.) "The and it needs to go in the review"; a subject cut from its comma ("a shortcut skipping
  // code review to meet a deadline, was the direct cause"); an object's noun left after the verb ("the query was not
  // verified results", "The walk-in was not checked temp log"); a "them" left before what was done; time spent
  // made the subject with its gerund ("An hour arguing was spent").
  /(?:^|[.!?:;]\s+)the\s+(?:and|but|or)\s/iu,
  /^[^,]*\b(?:a|an|the)\s+[\p{L}-]+\s+\p{L}+ing\b[^,]*,\s+(?:was|were|is|are)\s+the\b/iu,
  /\b(?:was|were)\s+not\s+\p{L}+ed\s+(?:results|output|numbers|values|(?:temp\s+)?logs?)\b/iu,
  /\bthem\b[^.;]*\band\s+something\s+(?:was|were)\b/iu,
  /\b(?:an?|one|two|three|\d+)\s+(?:hour|hours|minutes|days|afternoon|morning)\s+\p{L}+ing\s+(?:was|were)\s+spent\b/iu,
  // (Set 138.) An aside left as a sentence of its own ("Plain and simple. alerts fired …"); a question's
  // template run past its question mark ("understand why deleting the vault, or do we just move on? made sense …").
  /(?:^|[.!?:]\s+)(?:plain\s+and\s+simple|full\s+stop|period|end\s+of\s+story)\s*[.!?]/iu,
  /\?\s+made\s+sense\b|\bunderstand\s+why\s+\p{L}+ing\b[^.?]*,\s+or\b/iu,
  // (Fifteenth reader.) "should've seen this coming" made "This was not seen coming": it now says no one could have.
  /\b(?:was|were)\s+not\s+seen\s+coming\b/iu,
  // (Nineteenth reader.) A parenthetical participle's clause run into the verb it interrupted ("because
  // guidance was ignored, launched the holiday event"); "none of" cut from its "this" ("if the SOP … none
  // of had been followed"); an object pronoun read as a possessive ("explained to the many times"); a
  // stative verb made a passive with no one left ("the invoicing suite was owned and …"); a condition to
  // come said as not having happened ("… the enrollment table again did not happen"); a time phrase left
  // inside the subject ("That exact alert the week before was silenced"); a relative clause's object
  // gap after "a step to" ("an error that, regrettably, nothing prompted a step to check"); the object's
  // head noun left after its passive ("The baseline was interpreted rules again"); a subject's words left
  // before the passive made of its verb ("Anyone working that this was not caught"); one of two things left
  // apart ("The outage are four minutes apart"); a particle left in the subject ("Scanner firmware back was rolled").
  /\b(?:was|were)\s+\p{L}+ed,\s+\p{L}+ed\s+(?:the|a|an|our|its)\b/iu,
  /\bnone\s+of\s+(?:had|has|have|was|were|is|are)\b/iu,
  /\bto\s+the\s+(?:many|several|few|\d+|two|three|four|five)\s+times\b/iu,
  /\b(?:was|were|is|are)\s+owned(?=\s+(?:and|but)\b|\s*[.,;!?]|\s*$)/iu,
  /\bagain\s+did\s+not\s+happen\b/iu,
  /^(?:[^:]{1,40}:\s+)?[^,;.]*?\s(?:the\s+)?(?:week|day|night|month|morning|evening|shift|sprint)\s+(?:before|earlier|prior)\s+(?:was|were)\s+\p{L}+(?:ed|en)\b/iu,
  /\b(?:that|which),?\s+(?:\p{L}+,\s+)?nothing\s+prompted\s+a\s+step\s+to\s+\p{L}+\s*(?:[.!?]|$)/iu,
  /(?:^|[.!?:]\s+)the\s+[\p{L}-]*[^s\s]\s+are\s+[^.;,]*\bapart\b/iu,
  /\bback\s+(?:was|were)\s+rolled\b/iu,
  /^\s*(?:anyone|anybody|someone|somebody)\s+(?:[\p{L}-]+\s+){1,2}that\s+(?:this|it|the|these|those)\s+[^.;]*?\b(?:was|were)\s+not\b/iu,
  /\b(?:was|were)\s+(?!given|granted|sent|shown|told|offered|handed|promised|paid|allowed|denied|asked|taught|charged|owed|lent|emailed|assigned)\p{L}+ed\s+(?!times|days|hours|weeks|minutes|months|years|seconds|nights|sprints)\p{L}+s(?:\s+again)?\s*[.!]?\s*$/iu,
  // A twenty-third reader's garbles: "fault" made "a contributing factor" in a question or a splice ("A
  // contributing factor or the vendor's?", "it's a contributing factor, the emails were not read"), "who is
  // involved for", a relative "who" after an error ("Errors were made who likes to skip staging"), "Nobody
  // on that alerts were read", a habit's "what happens when" given a past, "did not require this to be
  // avoided", "I look at what contributed to this one, the …", an emoji's joiner left alone.
  /\ba\s+contributing\s+factor\s*(?:,|\bor\b|\?)/iu,
  /\binvolved\s+for\b/iu,
  /\b(?:errors?|mistakes?)\s+(?:(?:was|were)\s+)?(?:made\s+)?(?:on\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?who\b/iu,
  /\b(?:nobody|no\s+one)\s+(?:on|in|from)\s+(?:that|the|this)\s+[\p{L}-]+\s+(?:was|were)\s+(?:not\s+)?\p{L}+/iu,
  /\bwhat\s+happens\s+when\s+[^.;]*?\b(?:was|were)\b/iu,
  /\brequire\s+(?:this|it|that)\s+to\s+be\s+(?:avoided|prevented)\b/iu,
  /\blook\s+at\s+what\s+contributed\s+to\s+[^,.;]+,\s+(?:the|a|an)\s/iu,
  /(?:^|\s)\u200D|\u200D(?:\s|$)/u,
  // A twenty-eighth reader's garbles: a past tense left after the passive ("was deleted ran;"), "a contributing factor
  // for not telling us", a thing and "this" made one object ("The procedure and this was not followed"), an idiom made
  // passive ("It was blown by approving …", "this was messed one up"), a fact given an unreal condition ("was not caught …
  // if the suite had been run").
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en)\s+(?:ran|wrote|made|did|took|gave|built|pushed|merged|deployed|created|started|launched|ordered|sent)\s*[;,.!?]/iu,
  /\ba\s+contributing\s+factor\s+(?:for|in)\s+(?:not\s+)?\p{L}+ing\b/iu,
  /\b(?:and|or)\s+(?:this|that|it)\s+(?:was|were)\s+not\s+\p{L}+(?:ed|en)\s+and\s+(?:this|that|it)\b/iu,
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en)\b[^.;]*?,?\s+(?:and\s+)?(?:then\s+)?(?:was|were)\s+(?:unreachable|unavailable|asleep|offline|away|absent|not\s+reachable|nowhere\s+to\s+be\s+found)\b/iu,
  /\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en|t)\s+(?:hour|day|night|week|minute|month|year|shift)\s*[.!?]?\s*$/iu,
  /\bit\s+was\s+blown\b|\b(?:was|were)\s+(?:messed|screwed|fouled)\s+(?:this\s+|that\s+|it\s+)?one\s+up\b/iu,
  /\b(?:was|were)\s+not\s+\p{L}+(?:ed|en|ght)\b[^.;]*\bif\s+[^.;]*\bhad\s+been\s+\p{L}+(?:ed|en|n)\b(?![^.;]*\bwould\b)/iu,
  // Access asked for, parted from what it was to ("Early access was not demanded to the tax rules file").
  /\baccess\s+(?:was|were)\s+(?:not\s+)?(?:demanded|requested|sought|asked\s+for|pushed\s+for)\s+to\b/iu,
  // Set against the thirty-second reader's not English: a cause cut off at its subject ("happened because the driver."),
  // an error doing a person's act ("an error merged PR #882"), a stray stop ("Yes. ."), a statement asked ("Nothing
  // prompted a step to ask …?"), a channel left to do something ("was left to 'get lunch'"), a quoted claim made a
  // passive ("was said 'definitely' wouldn't foul").
  /\bbecause\s+(?:the|a|an|our|their)\s+[\p{L}-]+[.!]?\s*$/u,
  /\b(?:an|the)\s+error\s+(?:merged|deployed|pushed|ran|wrote|approved|mapped|typed|entered|signed|reviewed|committed|deleted)\b/iu,
  /[.!?]\s+\.(?:\s|$)/u,
  /(?:^|[.!?]\s+)\p{L}+\s+a\s+contributing\s+factor\b/iu,
  /^\s*(?:[^:]{1,30}:\s*)?nothing\s+prompted\b[^.!]*\?\s*$/iu,
  /\b(?:was|were)\s+left\s+to\s+['‘"“]?(?:get|grab|go|have|take|fetch|buy)\b/iu,
  /\b(?:was|were)\s+said\s+['‘"“]/iu,
  // An aside left as what went wrong ("Something went wrong with sure, but …" of "The vendor screwed up, sure, but …").
  /\bwent\s+wrong\s+with\s+(?:sure|fine|ok(?:ay)?|granted|admittedly|yes|yeah|but)\b/iu,
  // A claim of ownership made a passive with no thing owned ("This was owned one." of "the data science team owns this one").
  /\b(?:is|was)\s+owned\s+one\b/iu,
  // One side of an "or" question left without its agent ("was an error or by ours?" of "was the mistake made by the vendor team or by ours?").
  /\b(?:was|were|is|are)\s+(?:an?\s+)?\p{L}+\s+or\s+by\b/iu,
];

/**
 * A passive made inside its own object: "The S3 bucket was deleted holding the labels", "The high-temp
 * was turned off alarm", "safeguards were bypassed designed to prevent …": in the original the word
 * after the verb followed the object's last word ("the S3 bucket holding", "the high-temp alarm"), so
 * it belonged to the object; a time, an adverb or a preposition after the verb is left alone.
 */
function verbInsideObject(rewrite: string, original: string): boolean {
  const before = original.toLowerCase();
  const words = tokenize(original);
  for (const m of rewrite.matchAll(/([\p{L}\d'’-]+)\s+(?:was|were)\s+(?:not\s+)?([\p{L}-]+)(?:\s+(?:off|up|out|down|in|on|over|back|away))?\s+([\p{L}-]+)/giu)) {
    const [whole, tail, participle, next] = m;
    if (!before.includes(`${tail} ${next}`.toLowerCase()) || before.includes(whole.toLowerCase())) continue;
    // ("left the breaker open" → "The breaker was left open": the state it was left in, no part of the object.)
    if (/^(?:left|kept|held|propped)$/iu.test(participle) && /^(?:open|ajar|unlocked|unattended|unguarded|running|exposed|enabled|disabled|unplugged|disconnected|blank|empty)$/iu.test(next)) continue;
    // ("turn the group back" → "The group was not turned back": the verb's particle, set after the object.)
    if (PARTICLES_SET_AFTER.test(next) && new RegExp(`\\b${participle}\\s+${next}\\b`, 'iu').test(rewrite)) continue;
    // (The word as the original used it: "alarm" alone is a verb, after "the high-temp" a noun.)
    const at = words.findIndex((w, k) => k > 0 && w.lower === next.toLowerCase() && words[k - 1].lower.endsWith(tail.toLowerCase()));
    const [t, previous] = [words[at], words[at - 1]];
    if (!t || NOT_AN_OBJECT.test(t.lower)) continue;
    // ("the first hour was spent defending the change", "was caught doing …": the verb takes the gerund.)
    const takesGerund = /^(?:spent|wasted|kept|left|caught|seen|found|heard|noticed|observed)$/iu.test(participle);
    const gerund = t.tags.has('Gerund') || (/ing$/u.test(t.lower) && t.tags.has('Verb'));
    if ((gerund && !takesGerund) || /^(?:designed|meant|intended|built|written|used)$/iu.test(t.lower)
      // (The tagger may take a noun after a hyphenated word for a verb: "the no-go call", "the high-temp alarm".)
      || ((t.tags.has('Noun') || (t.tags.has('Infinitive') && (previous.tags.has('Hyphenated') || (previous.tags.has('Noun') && !previous.tags.has('Pronoun'))))) && !t.tags.has('Date') && !t.tags.has('Pronoun') && !t.tags.has('Adjective') && !t.tags.has('Value') && !t.tags.has('Preposition'))) return true;
  }
  return false;
}

/**
 * A passive followed, in the same clause, by another finite "was" ("Testing was decided in prod was
 * the move"): two verbs for one subject with nothing between to join them.
 */
function twoVerbsOneClause(rewrite: string, original: string): boolean {
  for (const m of rewrite.matchAll(/\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en)\b([^,;:.—–]*?)\s(?:was|were|is|are)\b/giu)) {
    if (!/\b(?:that|which|who|and|but|or|because|when|while|if|so|until|after|before|since|as|where|what|how|why|whether|though|although|unless|once|whereas)\b/iu.test(m[1]) && !original.includes(m[0])) return true;
  }
  return false;
}

/** A title left without its name ("Dr. not validating the model inputs"). */
const TITLE_WITHOUT_NAME = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+(?!\p{Lu})/u;

/**
 * A noun of the original given a past tense's ending in the rewrite ("the core banking system" →
 * "systemmed", "unit test" → "unitted"): no English word.
 */
function nounMadeVerb(rewrite: string, original: string): boolean {
  const words = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u);
  const before = new Set(words(original));
  // Only a new word in "-ed" can be one; the original is tagged only then (every candidate rewrite is checked).
  const made = words(rewrite).filter((word) => word.endsWith('ed') && !before.has(word));
  if (made.length === 0) return false;
  // (A noun that is no verb even alone: "test" is one, and "tested" English.)
  // ("400 visitors" → "400 visitored": a plural's singular too.)
  // ("gem packs" → "gemmed packs": three letters are enough, the last doubled.)
  const nouns = tokenize(original).filter((t) => t.tags.has('Noun') && /^\p{L}{3,}$/u.test(t.lower) && !tokenize(t.lower)[0]?.tags.has('Verb'))
    .flatMap((t) => (t.tags.has('Plural') && t.lower.endsWith('s') ? [t.lower, t.lower.slice(0, -1)] : [t.lower]));
  // (A three-letter noun only with its last letter doubled: "gemmed", not "acked".)
  return made.some((word) => nouns.some((noun) => (noun.length > 3 ? word.startsWith(noun) && word.slice(noun.length).replace(new RegExp(`^${noun.at(-1)}`, 'u'), '') === 'ed' : word === `${noun}${noun.at(-1)}ed`)));
}

/**
 * What follows a passive the rewrite made ("was not read message", "was not caught off-by-one in
 * review"): an object left behind means the sentence was spliced wrong. Verbs that take a second
 * object or a complement ("was given access", "was called a pass", "was left open") may have one.
 */
function objectLeftBehind(rewrite: string, original: string): boolean {
  for (const m of rewrite.matchAll(/\b(?:was|were)\s+(?:not\s+)?(\p{L}+)\s+(\p{L}[\p{L}-]*)/giu)) {
    if (original.toLowerCase().includes(m[0].toLowerCase())) continue;
    // ("The missing was not seen WHERE clause": a capitalised word of the object after the participle.)
    if (/^\p{Lu}{2,}$/u.test(m[2])) return true;
    if (!/ed$/iu.test(m[1]) && !IRREGULAR_PARTICIPLES.has(m[1].toLowerCase())) continue;
    if (SECOND_OBJECT.test(m[1])) continue;
    // ("That was forgotten the cron job also ran …": a determiner after the participle starts an object; "the night before" is a time.)
    if (/^(?:the|a|an|this|that|these|those|his|her|their|its|our|my)$/iu.test(m[2])) {
      const after = rewrite.slice((m.index ?? 0) + m[0].length).trimStart().split(/[^\p{L}]+/u)[0]?.toLowerCase() ?? '';
      // ("It was not spotted that the DELETE had no WHERE clause": "that" before a determiner opens a clause.)
      // ("It was not recognised that disabling the fraud rules …": a gerund after it too.)
      if (/^that$/iu.test(m[2]) && (/^(?:the|a|an|its|their|our|this|these|those|no|every|all|some|it|they)$/u.test(after)
        || (/^\p{L}{3,}ing$/u.test(after) && !/thing$/u.test(after) && Boolean(tokenize(after)[0]?.tags.has('Gerund'))))) continue;
      if (!/^(?:night|day|morning|afternoon|evening|week|weekend|month|quarter|sprint|season|year|next|same|following|previous|whole|entire|first|last|hour|time|moment|minute)$/u.test(after)) return true;
      continue;
    }
    const [next] = tokenize(m[2]);
    if (next && ((next.tags.has('Noun') && !next.tags.has('Verb')) || NOUNISH_VERBS.has(next.lower)) && !next.tags.has('Adjective') && !next.tags.has('Pronoun') && !next.tags.has('Date') && !next.tags.has('Value')
      && !NOT_LEFT_BEHIND.test(next.lower)) return true;
  }
  return false;
}

/** Words of when and how that may follow a participle without being its object ("was deployed yesterday", "was run manually"). */
const ADVERB_AFTER_VERB = 'yesterday|today|tonight|overnight|twice|once|again|home|anyway|instead|manually|live|first|last|late|early';
/** What may follow a participle in a rewrite without being its object (verbInsideObject). */
const NOT_AN_OBJECT = new RegExp(`^(?:${ADVERB_AFTER_VERB}|later|using|via|like|as|than)$`, 'iu');
/** What may follow a participle without being an object left behind (objectLeftBehind). */
const NOT_LEFT_BEHIND = new RegExp(`^(?:${ADVERB_AFTER_VERB}|here|there)$`, 'iu');

const SECOND_OBJECT = /^(?:given|granted|offered|handed|assigned|paid|promised|asked|called|named|marked|labell?ed|tagged|flagged|considered|deemed|made|left|kept|found|shown|sent|told|charged|billed|owed|allowed|denied|awarded)$/iu;

function spliceGoneWrong(rewrite: string, original: string): boolean {
  if (SPLICE_SIGNS.some((sign) => sign.test(rewrite) && !sign.test(original))) return true;
  if (TITLE_WITHOUT_NAME.test(rewrite) || twoVerbsOneClause(rewrite, original) || verbInsideObject(rewrite, original)) return true;
  // ("Show up." of "… assuming she bothers to show up this time": too little left to say anything.)
  const count = (text: string) => text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  if (count(rewrite) <= 2 && count(original) >= 6) return true;
  // ("Break anything else." of "What went well: Greta and Ricardo managed not to break anything else this time.")
  if (count(rewrite) <= 3 && count(original) >= 12) return true;
  // A quotation cut in half ("The process did not require catching this' earlier").
  // ("the analysts' access": a plural's apostrophe, with no single quote opened before it, closes nothing.)
  const quotes = (text: string) => (text.replace(/(?<=\p{L}[^\P{L}iu's]s)['’](?=\s+\p{L})/gu, (m, at: number) => (/(?<!\p{L})['‘]/u.test(text.slice(0, at)) ? m : '')).match(/(?<!\p{L})['‘]|['’](?!\p{L})|["“”]/gu)?.length ?? 0) % 2;
  if (quotes(rewrite) !== quotes(original)) return true;
  // A bracket cut in half ("This was not done an hour earlier).").
  const brackets = (text: string) => (text.match(/\(/gu)?.length ?? 0) - (text.match(/\)/gu)?.length ?? 0);
  if (brackets(rewrite) !== brackets(original)) return true;
  if (nounMadeVerb(rewrite, original) || objectLeftBehind(rewrite, original)) return true;
  // A phrase said twice that the original said once ("were misconfigured and the standby clusters").
  const trigrams = (text: string) => {
    const words = text.toLowerCase().split(/[^\p{L}\d'’-]+/u).filter(Boolean);
    const counts = new Map<string, number>();
    for (let k = 0; k + 2 < words.length; k += 1) counts.set(words.slice(k, k + 3).join(' '), (counts.get(words.slice(k, k + 3).join(' ')) ?? 0) + 1);
    return counts;
  };
  const before = trigrams(original);
  for (const [phrase, n] of trigrams(rewrite)) if (n > 1 && n > (before.get(phrase) ?? 0)) return true;
  // A sentence said twice ("Because there was no escalation. There was no escalation.").
  const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/u).map((x) => x.trim().toLowerCase());
  const said = sentencesOf(rewrite).map((x) => x.replace(/^because\s+/u, '')).filter((x) => x.length > 12);
  const written = sentencesOf(original);
  if (new Set(said).size < said.length && new Set(written).size === written.length) return true;
  for (const [doubled, word] of rewrite.matchAll(DOUBLED_WORD)) {
    if (!/^(?:that|had)$/iu.test(word) && !original.toLowerCase().includes(doubled.toLowerCase())) return true;
  }
  return false;
}

/** Words quoted, of three words or more: "'Mateo just doesn't take QA seriously.'". */
const QUOTED_CHAR = String.raw`(?:[^"”'’]|(?<=\p{L})['’](?=\p{L}))`;
const QUOTED_WORDS = new RegExp(String.raw`(?:^|[\s(:])["“'‘](${QUOTED_CHAR}*?\s${QUOTED_CHAR}*?\s${QUOTED_CHAR}*?)["”'’](?=[\s.,;:!?)]|$)`, 'gu');
function quotedWords(text: string): string[] {
  return [...text.matchAll(QUOTED_WORDS)].map((m) => m[1].trim());
}

/**
 * Whether the rewrite puts words in someone's mouth: a quotation kept as a quotation but with other
 * words inside ("Quote from the retro: 'QA was not taken seriously.'"). Leaving the quote out, or
 * its quotation marks off, is no misquote.
 */
function misquotes(rewrite: string, original: string): boolean {
  // (Wording proposed, "Can we add 'the linter warnings were ignored' to …", is the writer's own to change.)
  if (!/\b(?:quote[sd]?|quoting|said|says|wrote|writes|asked|told\s+(?:us|me|them)|put\s+it|(?:his|her|their)\s+words|in\s+the\s+words\s+of)\b/iu.test(original)) return false;
  const said = new Set(quotedWords(original));
  return said.size > 0 && quotedWords(rewrite).some((words) => !said.has(words));
}

/**
 * Whether a name in quotes was cut into ("the 'machine was closed ate my card' tickets" of "closed the 'machine ate my
 * card' tickets"; a thirty-first reader): a quotation of several words whose first words the rewrite keeps in quotes,
 * with other words inside.
 */
function quoteBroken(rewrite: string, original: string): boolean {
  const kept = quotedWords(rewrite);
  return quotedWords(original).some((words) => words.includes(' ') && !kept.includes(words) && kept.some((other) => other.split(/\s+/u)[0] === words.split(/\s+/u)[0]));
}

/**
 * "The sessions seriously; half the scripts were left blank was not taken.": a sentence that ends in
 * "was not <done>" whose subject holds a semicolon with no verb before it; "The change freeze was
 * ignored, deploys refund-engine v4.2.": a verb with no subject after a passive and a comma.
 */
function clauseCutWrong(rewrite: string, original: string): boolean {
  for (const sentence of rewrite.split(/(?<=[.!?])\s+/u)) {
    const semi = sentence.indexOf(';');
    if (semi > 0 && /\b(?:was|were)\s+not\s+\p{L}+\s*[.!?]?$/u.test(sentence) && !tokenize(sentence.slice(0, semi)).some((t) => t.tags.has('Verb'))) return true;
  }
  for (const m of rewrite.matchAll(/\b(?:was|were)\s+(?:not\s+)?\p{L}+(?:ed|en),\s+(\p{Ll}+s)\s/gu)) {
    const [word] = tokenize(m[1]);
    if (word?.tags.has('Verb') && word.tags.has('PresentTense') && !word.tags.has('Noun') && !original.includes(m[0])) return true;
  }
  return false;
}

/** "encoders mid-broadcast was switched": a plural subject the rewrite gave "was". */
function pluralGivenWas(rewrite: string, original: string): boolean {
  for (const m of rewrite.matchAll(/\b(\p{Ll}[\p{L}]{2,}s)\s+(?:([\p{L}-]+)\s+)?was\s+(?:not\s+)?\p{L}+(?:ed|en)\b/gu)) {
    if (original.toLowerCase().includes(m[0].toLowerCase())) continue;
    // ("the roadworks layer was", "the operations team was": a plural that qualifies the noun after it.)
    if (m[2] && !m[2].includes('-') && tokenize(m[2])[0]?.tags.has('Noun')) continue;
    // ("the first batch of customer complaints was", "a change with zero reviewers was", "none of the users was".)
    if (/\b(?:of|with|without|for|from|among|between|by|per|none|each|every|one)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(rewrite.slice(0, m.index))) continue;
    const tags = tokenize(m[1])[0]?.tags;
    if (tags?.has('Plural') && tags.has('Noun') && !/(?:ss|us|is|ics)$/iu.test(m[1])) return true;
  }
  return false;
}

/** "The requirements walkthrough were skipped": one thing given "were" (two people did it). */
function singularGivenWere(rewrite: string, original: string): boolean {
  for (const m of rewrite.matchAll(/\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\p{L}-]+\s+)?(\p{Ll}[\p{L}]{2,})\s+were\s+(?:not\s+)?\p{L}+(?:ed|en)\b/gu)) {
    if (original.toLowerCase().includes(m[0].toLowerCase())) continue;
    // ("three alerts in a row were ignored", "the concerns about the index migration were": the noun of a phrase inside the subject.)
    if (/\b(?:in|on|at|of|about|for|from|with|to|by|over|under|into|across|during|after|before|between|among|behind|per)\s*$/iu.test(rewrite.slice(0, m.index))) continue;
    const tags = tokenize(m[1])[0]?.tags;
    // (The tagger takes some nouns for adjectives: "walkthrough".)
    if (tags && !tags.has('Plural') && !tags.has('Verb') && !tags.has('Adverb') && !/s$/u.test(m[1]) && !/^(?:data|staff|police|people|team|crew|media|personnel|cattle|criteria|phenomena|alumni)$/u.test(m[1])) return true;
  }
  return false;
}

/** "The report should say so in plain words": "so" left pointing at a clause the rewrite took out. */
function soLeftPointing(rewrite: string, original: string): boolean {
  const said = /\b(?:say|said|says|do|did|does|state|states|stated)\s+so\b/iu;
  const inRewrite = said.exec(rewrite);
  const inOriginal = said.exec(original);
  if (!inRewrite || !inOriginal) return false;
  // (Only when the clause before it in its sentence is gone: "… dropped the ball here and the report should say so" → "The report should say so".)
  const clauseBefore = (text: string) => /[,;]|\b(?:and|but|so|because)\b/iu.test(text.split(/[.!?]\s+/u).pop() ?? '');
  return clauseBefore(original.slice(0, inOriginal.index)) && !clauseBefore(rewrite.slice(0, inRewrite.index));
}

/** "discovered the 'deploy to all regions' button" → "The deploy was discovered to all regions button": a label's words split up. */
function labelSplit(rewrite: string, original: string): boolean {
  const label = /['‘"“]([^'’"”]{1,60}\s[^'’"”]{1,60})['’"”]\s+(button|tab|option|field|menu|link|toggle|checkbox|setting|page|screen|flag|label|status|column|dialog)\b/giu;
  const lower = rewrite.toLowerCase();
  for (const m of original.matchAll(label)) {
    const words = m[1].toLowerCase();
    if (!lower.includes(words) && lower.includes(`${words.split(/\s+/u).pop()} ${m[2].toLowerCase()}`)) return true;
  }
  return false;
}

/** "the lift operator on duty, the morning rope inspection was not performed": the role the name stood beside, left before a new subject. */
function roleLeftBeside(rewrite: string, original: string): boolean {
  for (const m of rewrite.matchAll(/(?:^|[:;]\s*)(?:the|a|an|our|their)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?:\s+(?:on|in|at|of)\s+[\p{L}-]+)?,\s+(?:the|a|an|this|that)\s[^,.;]*?\b(?:was|were)\b/giu)) {
    if (original.includes(m[0])) continue;
    if (m[1].toLowerCase().split(/\s+/u).some((word) => ROLE_NOUNS.has(word))) return true;
  }
  return false;
}

/** "The nightly backup both wanted the same lock" (of "Mike's cron job and the nightly backup both wanted"): "both" left with one thing. */
function bothLeftAlone(rewrite: string, original: string): boolean {
  if (!/\bboth\b/iu.test(original)) return false;
  for (const m of rewrite.matchAll(/(?:^|[.;:!?]\s+)([^.;:!?,]*?)\s+both\s+(\p{L}+)/giu)) {
    // ("which kept both copies": "both" of the object, not the subject.)
    const [next] = tokenize(m[2]);
    if (!next?.tags.has('Verb') || next.tags.has('Noun')) continue;
    if (!original.includes(m[0].trim()) && !/\band\b|&|\+|\b(?:we|they|these|those|you|us|them)\b|s\s*$/iu.test(m[1])) return true;
  }
  return false;
}

/** "Put in bold: THIS HAPPENED BECAUSE THE WARNING was ignored": a line written in capitals given words in lower case. */
function caseMixed(rewrite: string, original: string): boolean {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length < 12 || (letters.match(/\p{Lu}/gu)?.length ?? 0) < letters.length * 0.6) return false;
  return [...rewrite.matchAll(/\b(?:was|were|not|did|happen|been)\b/gu)].some((m) => !original.includes(m[0]));
}

/** "how the release engineer could have overlooked a failing build" says it was overlooked; "… was not overlooked" says the reverse. */
function reversesHow(rewrite: string, original: string): boolean {
  return /\bhow\b[^.?!]*\b(?:could|would|can|did)\s+(?:\p{L}+\s+){0,3}(?:have\s+)?(?:overlook|miss|ignor|forg|skip|neglect)/iu.test(original)
    && /\b(?:was|were)\s+not\s+(?:overlooked|missed|ignored|forgotten|skipped|neglected)\b/iu.test(rewrite);
}

/**
 * "Every other squad managed to migrate off the deprecated API" says one squad did not; "The deprecated API
 * was migrated off" says the reverse.
 */
function reversesComparison(rewrite: string, original: string): boolean {
  return /^\s*(?:[^:]{1,40}:\s+)?(?:every\s+other|all\s+(?:the\s+)?other|everyone\s+else|everybody\s+else)\b/iu.test(original)
    && !/\b(?:other|else|not|never|no)\b|n['’]t\b/iu.test(rewrite);
}

/**
 * "Waiting for the second approver did not happen", "acknowledging it and going to lunch happened instead":
 * an act of three words or more said not to have happened, or two acts (or seven words) said to have
 * happened instead. A twenty-third reader found every such rewrite stilted, and "double-checking did not
 * happen" or "attempting a fix alone happened instead" plain.
 */
function longActHappening(rewrite: string, original: string): boolean {
  const said = (phrase: string) => phrase.replace(/^.*\b(?:because|and|but|so|that|then|when|if)\s+/iu, '').trim();
  // ("Releasing the refunds did not happen until …" says when it did.)
  for (const m of rewrite.matchAll(/([^.;:!?,]*?)\s+did\s+not\s+happen\b(?!\s+until\b)/giu)) {
    const act = said(m[1]);
    if (/^\p{L}+ing\b/iu.test(act) && act.split(/\s+/u).length >= 3 && !original.toLowerCase().includes(m[0].trim().toLowerCase())) return true;
  }
  for (const m of rewrite.matchAll(/([^.;:!?,]*?)\s+happened\s+instead\b|\bthe\s+time\s+went\s+on\s+([^.;:!?,]*?)\s+instead\b/giu)) {
    const act = (m[1] ?? m[2]).trim();
    if (/^\p{L}+ing\b/iu.test(act) && (act.split(/\s+/u).length >= 7 || /\band\b/iu.test(act)) && !original.toLowerCase().includes(m[0].trim().toLowerCase())) return true;
  }
  return false;
}

/** ("Lesson learned: interns don't touch the BGP config." → "the BGP config was not touched": a rule made a past act.) */
function ruleMadePast(rewrite: string, original: string): boolean {
  const rule = /\b(?:don['’]?t|doesn['’]?t|do\s+not|does\s+not)\s+(\p{L}+)\b/iu.exec(original);
  // (Only a rule set down: "Lesson learned: …", "… Ever."; "Magnus doesn't test his Terraform" said of this incident is no rule.)
  if (!rule || !/\b(?:lessons?\s+learned|rule|policy|going\s+forward|from\s+now\s+on)\b|\bever\s*[.!]*\s*$|^\s*(?:[^:]{1,40}:\s*)?(?:interns|juniors|contractors|new\s+hires|trainees|temps|apprentices|volunteers)\s+(?:don['’]?t|do\s+not)\b/iu.test(original)) return false;
  const participle = participleOf(infinitiveOf(rule[1]));
  return new RegExp(`\\b(?:was|were)\\s+not\\s+${participle}\\b`, 'iu').test(rewrite);
}

export function garbledRestatement(rewrite: string, original: string): boolean {
  if (ruleMadePast(rewrite, original)) return true;
  if (reversesHow(rewrite, original) || reversesComparison(rewrite, original) || longActHappening(rewrite, original)) return true;
  // ("What would have helped to awake when …" of "Was anyone awake when …": the question's template given no verb.)
  for (const m of rewrite.matchAll(/\b(?:helped|seem\s+safe|hard|possible)\s+to\s+([\p{L}-]+)/giu)) {
    const word = tokenize(`to ${m[1]}`)[1];
    if (word?.tags.has('Adjective') && !word.tags.has('Verb') && !original.includes(m[0])) return true;
  }
  // ("Root cause: the pharmacist on duty, SOP 4.2 was not followed": a role whose name was set off after it, left before a new clause.)
  if (/\bon\s+(?:duty|call|shift),\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,/u.test(original) && /\bon\s+(?:duty|call|shift),\s+(?![\p{Lu}][\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,)/u.test(rewrite)) return true;
  // ("The alerts were ignored, assuming, wrongly, that they were noise": what a person thought, left with no one to think it.)
  if (/\b(?:was|were)\s+(?:not\s+)?[\p{L}-]+\s*,\s*(?:\p{L}+ly\s+)?(?:assuming|thinking|believing|hoping|expecting|figuring|reckoning|deciding|knowing|guessing|trusting|worried|sure|convinced)\b/iu.test(rewrite)) return true;
  if (clauseCutWrong(rewrite, original) || pluralGivenWas(rewrite, original) || singularGivenWere(rewrite, original) || soLeftPointing(rewrite, original) || labelSplit(rewrite, original)) return true;
  if (roleLeftBeside(rewrite, original) || bothLeftAlone(rewrite, original) || caseMixed(rewrite, original)) return true;
  if (AUXILIARY_PARTICIPLE.test(rewrite) || spliceGoneWrong(rewrite, original) || misquotes(rewrite, original) || quoteBroken(rewrite, original)) return true;
  for (const [passive] of rewrite.matchAll(INTRANSITIVE_PASSIVE)) {
    if (!original.toLowerCase().includes(passive.toLowerCase())) return true;
  }
  // ("The aquarists were careless with the ozone dosing override and left it in manual overnight." →
  // "It was left in manual overnight.": the "it" has lost the thing it stood for.)
  if (/^\s*(?:[^:]{1,30}:\s*)?it\s+(?:was|were)\s+\p{L}+(?:ed|en|t)\b/iu.test(rewrite) && !/^\s*(?:[^:]{1,30}:\s*)?it\b/iu.test(original) 
    && /\b(?:the|a|an|his|her|their|our)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s+and\s+(?:then\s+)?\p{L}+\s+it\b/iu.test(original)) return true;
  // "the docs he were not read": a plural verb given to a singular pronoun.
  if (/\b(?:he|she|it)\s+were\b/iu.test(rewrite) && !/\b(?:he|she|it)\s+were\b/iu.test(original)) return true;
  if (/\bsomething\s+(?:was|were)\b/iu.test(original)) return false;
  for (const m of rewrite.matchAll(/\bsomething\s+(?:was|were)\s+(?:not\s+)?([\p{L}'’-]+)/giu)) {
    const before = rewrite.slice(0, m.index);
    if (!CLAUSE_START.test(before)) return true;
    // ("the deadlock pattern that something was missed": "that" after a noun starts a relative clause.)
    const lead = tokenize(before.trimEnd()).slice(-2);
    if (lead.length === 2 && lead[1].lower === 'that' && lead[0].tags.has('Noun') && !lead[0].tags.has('Verb') && !lead[0].tags.has('Pronoun')) return true;
    // ("Something was supplied by the provider were given access": a second verb with no subject of its own.)
    const clause = rewrite.slice(m.index + m[0].length).split(/[,;.!?]|\b(?:and|but|or|because|so|as|while|when|which|that|who|if|until|after|before|though|although|whether|where|once|even)\b/iu)[0];
    if (/\b(?:was|were|is|are)\b/iu.test(clause)) return true;
    const participle = m[1].toLowerCase();
    if (NO_THING_PASSIVE.has(participle) || /n['’]t/u.test(participle)) return true;
    // ("something was logged off": logged out of, not a thing logged.)
    if (participle === 'logged' && /^\s+(?:off|out|on|in)\b/iu.test(rewrite.slice(m.index + m[0].length))) return true;
    // ("something was mean", "something was took down": no participle.)
    if (!IRREGULAR_PARTICIPLES.has(participle) && (participleOf(infinitiveOf(participle)) !== participle
      || !(/(?:ed|en|wn|ne|ng|nk|ght|lt|pt|ft|st|rt|nt|nd|od|rn|id|ot|ut|un|et|it|ad|ld|uck|ook|ade|ung)$/u.test(participle) || tokenize(participle)[0]?.tags.has('PastTense')))) return true;
    if (!endsWell(rewrite.slice(m.index + m[0].length))) return true;
  }
  return false;
}
