/**
 * Blame said sideways, and blame turned into punishment:
 *
 * - insinuation: "It took Priya forty minutes to notice …", "Draw your own conclusions.", "Make of that what you will.", "(read: at lunch)",
 *   "still "investigating"", "— bold move from the B2B squad", "and, predictably, here we are",
 *   "I'm sure the shift lead had very good reasons for overriding …", "We'd like to understand what
 *   Olivia was thinking when she approved …", "Next time maybe someone could open the dashboard";
 * - a person's habits and lapses named: "Andre always skips it when he's in a hurry", "Raj's
 *   well-known habit of editing configs on the box", "Zainab's failure to update the allow-list",
 *   "The mistake was made by Hannah when she copied …", "was warned … and went ahead anyway",
 *   "did not understand idempotency at all", "panicked and started …", "after 40 minutes of
 *   dithering", "did nobody on the claims team think to check …?", "is on the pricing team, full stop";
 * - punishment as an action item: "X to be removed from the deploy rota", "never let junior devs
 *   touch the fare-caching layer again", "must explain in writing why they approved …",
 *   "Ops to be reminded, again, that the window is not a suggestion".
 *
 * Each is rewritten to the facts, or to the step or guard rail it points at.
 */
import { maybeStandsForPeople, mentionsPeopleIn, nounPhraseEnd, type PeopleIndex } from './clause';
import { AS_ANYONE_WOULD, COMPANY_OWNERS, CONFESSION_SOUGHT, NAME_SOUGHT, PUNISHMENT, SANCTION_CALLED_FOR, UNPUNISHED } from './lexicon';
import { leftToWriter, says, type Rewrite } from './rewrite';
import { beFor, capitalise, gerundOf, indefiniteArticle, infinitiveOf, isPluralNoun, participleOf, pastPassive, plainStop, tokenize, uncapitalise } from './words';

const personLike = maybeStandsForPeople;

/** "The staging key was copied into the partner config": a past act in the passive, its adjunct kept. */
function passiveOf(verb: string, rest: string): string {
  // "switching off the backups": the particle goes after the participle ("The backups were switched off").
  const particle = /^(off|on|out|up|down|over|back|away)\s+(?=\S)/iu.exec(rest);
  const body = particle ? rest.slice(particle[0].length) : rest;
  const split = /^(.+?)(\s+(?:into|to|onto|from|on|in|at|during|before|after|without|with|for)\s.*)?$/iu.exec(body);
  const object = split?.[1] ?? body;
  return `${capitalise(pastPassive(object, verb))}${particle ? ` ${particle[1].toLowerCase()}` : ''}${split?.[2] ?? ''}`;
}

const DURATION = String.raw`(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety|several|many|a\s+few|over\s+an?)\s+(?:full\s+)?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)`;

/** "it took <whom> <how long> to ": who, and how long, as groups. */
const TOOK_WHOM = String.raw`took\s+(.+?)\s+(${DURATION})\s+to\s+`;
const IT_TOOK_WHOM = String.raw`it\s+${TOOK_WHOM}`;
const IT_TOOK = new RegExp(String.raw`^${IT_TOOK_WHOM}(.+)$`, 'iu');
const TOOK = new RegExp(String.raw`^(.+?)\s+(?:took|needed|required)\s+(${DURATION})\s+to\s+(.+)$`, 'iu');

/**
 * "Honestly surprised Zanele didn't spot the expired cert", "Remarkable that it took security two days
 * to notice …", "Not sure why the on-call needed forty minutes to acknowledge …": surprise at what
 * someone did or took is the blame; what happened, and how long it took, stay.
 */
function surprisedAt(sentence: string, people: PeopleIndex): string | null {
  const m = /^(\s*(?:[^:;]{1,40}:\s+)?)(?:(?:honestly|frankly|genuinely|really|quite|a\s+bit|i['’]?m|i\s+am|we['’]re|we\s+are),?\s+)*(?:(?:surprised|amazed|shocked|astonished|baffled|puzzled|stunned)(?!\s+(?:by|at|with|to)\b)(?:\s+that)?|(?:it['’]?s\s+|it\s+is\s+)?(?:remarkable|interesting|funny|curious|odd|strange|telling|notable)\s+that|(?:not\s+sure|no\s+idea|unclear|i\s+wonder|wondering|curious(?:\s+as\s+to)?)\s+why)\s+(.+)$/iu.exec(sentence);
  if (!m || !mentionsPeopleIn(m[2], people)) return null;
  const [, lead, rest] = m;
  const itTook = IT_TOOK.exec(rest);
  if (itTook && personLike(itTook[1], people)) return `${lead}It took ${itTook[2]} to ${itTook[3]}`;
  const took = TOOK.exec(rest);
  if (took && personLike(took[1], people)) return `${lead}It took ${took[2]} to ${took[3]}`;
  if (!/\b(?:didn['’]t|did\s+not|never|failed\s+to|forgot|missed|ignored|skipped|wasn['’]t|weren['’]t|couldn['’]t|hadn['’]t|not)\b/iu.test(rest)) return null;
  // (The one surprised at must be the subject: "notable that the failover did not trigger and the on-call had to step in" is about the failover.)
  const words = tokenize(rest);
  if (!personLike(words.slice(0, nounPhraseEnd(words, 0, 'subject')).map((t) => t.text).join(' '), people)) return null;
  return `${lead}${lead ? rest : capitalise(rest)}`;
}

/** "It took Priya forty minutes to notice the dashboard": how long a person took to see or answer, laid on them. */
// ("Wow, only took the monitoring team 47 minutes to notice …": an interjection and "only", with no "it", go.)
const TOOK_PERSON = new RegExp(String.raw`^(\s*(?:[^:;]{1,40}:\s+)?)(?:(?:wow|well|so|lol|great|nice|amazing|impressive),?\s+)?(?:(?:only|just)\s+(?=took\b))?(?:it\s+)?${TOOK_WHOM}((?:notice|see|spot|realise|realize|acknowledge|ack|respond|react|answer|pick\s+up|look\s+at|open|read|escalate|join|show\s+up|get\s+(?:to|round\s+to|around\s+to)|wake\s+up|check|reply|call\s+back)\b.*)$`, 'iu');

/**
 * "… and neither did anything", "both reviewed it and both missed it", "each assumed the other would
 * handle it" ("each assumed the other owned the certificate" is ownership left unclear, and passes).
 */
const BOTH_FAILED = /\b(?:(?:and\s+)?neither\s+(?!did\s+(?:i|we)\b)(?:thought\s+to|did|acted|reacted|responded|escalated|said|spoke|checked|noticed|raised|flagged|paged|called)\b|both\s+(?:\p{L}+\s+)?(?:missed|ignored|skipped|forgot|overlooked)\s+(?:it|this|that|the\s+\p{L}+)|both\s+(?:\p{L}+\s+)?approved\s+(?:it|this|that)\b|each\s+(?:one\s+)?(?:assumed|thought|figured|expected)\s+the\s+other\s+(?:would|was\s+going\s+to|had\s+(?:it|got\s+it)\b))/iu;
/**
 * "Mei-Ling watched the queue depth climb for an hour before she paged anyone": the wait is laid on
 * the watcher ("… for ten minutes before paging the DB team" is a timeline, and passes).
 */
const WATCHED_BEFORE = /^\s*(?:[^:;]{1,40}:\s+)?(.+?)\s+(?:watched|saw|stared\s+at|looked\s+at|sat\s+on|sat\s+with)\s+.+?\s+for\s+(?:(?:a\s+good\s+|a\s+full\s+|an?\s+|over\s+an?\s+|almost\s+an?\s+|nearly\s+an?\s+|\d+\s+|\p{L}+\s+)(?:hours?|minutes?|mins?|days?))\s+before\s+(?:(?:he|she|they)\s+)?(?:\p{L}+ed|told|said|rang|woke|made|did|paging|escalating|telling|calling|raising|saying|doing|waking|alerting)\s+(?:anyone|anybody|anything|someone|somebody|a\s+soul)\b/iu;
/** "Natasha and Ricardo had a whole week to finish the load tests and delivered nothing." */
const DELIVERED_NOTHING = /^\s*(?:[^:;]{1,40}:\s+)?(.+?)\s+had\s+(?:a\s+whole|an\s+entire|a\s+full|the\s+whole|\w+\s+whole)\s+(?:week|month|sprint|day|quarter|year|fortnight)s?\s+to\s+.+?\s+and\s+(?:still\s+)?(?:delivered|produced|finished|did|shipped|managed)\s+(?:nothing|none\s+of\s+it|zero|half)\b/iu;

/** A word for someone by their job ("commis", "dispatcher", "intern"), when the lexicon has no role for it. */
const ROLE_LIKE = /(?:^|\s)(?!(?:server|router|worker|container|cluster|scheduler|balancer|controller|sensor|monitor|broker|buffer|handler|listener|consumer|producer|printer|scanner|adapter|parser|compiler|timer|trigger|filter|folder|header|vendor|provider|supplier|counter|meter|register|error|mirror|motor|processor|connector|selector|detector|generator|elevator|calculator|component|client|environment|deployment|segment|agent|document|payment|element|endpoint|variant|tenant)s?$)(?:commis|chef|intern|junior|senior|contractor|temp|new\s+hire|newbie|\p{L}+(?:er|or|ist|ian|ant|ent))$/iu;
const NOT_BY_ITSELF = /^\s*(?:(?:and|but|well|also|fwiw|just\s+saying),?\s+)?(?:it|that|this|they|(?:the|that|this|these|those|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:(?:was|were|did|does|do)\s*n['’]t|(?:was|were|did|does|do)\s+not)\s+(?:(?:set|change|changed|edit|edited|update|updated|delete|deleted|configure|configured|write|written|type|typed|flip|flipped|toggle|toggled|happen|appear|appeared|get|got|push|pushed|deploy|deployed|merge|merged|enter|entered|move|moved|switch|switched|turn|turned)\s+(?:(?:it|on|off|up|in|out)\s+)?)?(?:(?:by\s+)?(?:itself|themselves)|by\s+(?:a\s+|the\s+)?(?:robots?|ghosts?|magic|gremlins?|elves|fairies|aliens|the\s+wind|a\s+cat|the\s+tooth\s+fairy))\b[^.!?]*[.!?]*\s*$/iu;
/** What turns thanks to mockery: the act came late, or instead of the right one. */
const TURNED_THANKS = /\b(?:rather\s+than|instead\s+of|finally|at\s+(?:the\s+)?last\s+(?:minute|moment)|in\s+the\s+middle\s+of|(?:discover|decide|remember|bother|grace|inform|tell|notify)\w*|let\s+us\s+know|show\s+up)\b/iu;

/**
 * Who is meant, left unsaid: "The config was changed at 03:12 by an account that only one person on the night
 * rota uses", "Not naming names but someone in marketing discovered how to edit the promo YAML directly"; and
 * thanks for an act in scare quotes ("Thanks, Igor, for 'organising' the cold room"); and the user as the fault
 * ("The problem was between keyboard and chair").
 * Left to the writer: there is nothing to restate without the pointing.
 */
const UNSAID_CULPRIT = [
  /\b(?:by|from)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:account|login|laptop|machine|badge|key|terminal|workstation|user\s*id)\s+(?:that|which)\s+only\s+one\s+(?:person|engineer|operator|admin|of\s+(?:us|them))\b/iu,
  /^\s*(?:i['’]?m\s+|we['’]re\s+)?not\s+naming\s+(?:any\s+)?names,?\s+but\s/iu,
  /^\s*(?:(?:huge|big|many)\s+)?(?:thanks|thank\s+you|kudos|cheers|shout-?out)\b[^.!?]{0,40}?\bfor\s+['‘"“]\p{L}+ing(?:\s+\p{L}+)?['’"”]/iu,
  /\bbetween\s+(?:the\s+)?keyboard\s+and\s+(?:the\s+)?chair\b|\bpebkac\b|\bid-?10-?t\s+error\b/iu,
  // "@sofia.r where were you when the lift called for patrol??": whereabouts asked of a person at the failure.
  // (Asked in anger, "??" or "?!"; "Where were you when the alarm went? Asking for the timeline." is a question.)
  /\bwhere\s+(?:were|was)\s+(?:you|u|he|she|they)\s+when\b[^?!]*(?:\?{2,}|\?!|!)/iu,
  // "Great work by the paint shop as usual: third hull this year with the wrong primer": praise that counts failures.
  /^\s*(?:great|nice|good|excellent|stellar|fantastic|brilliant)\s+(?:work|job|effort)\s+(?:by|from)\s+[^:;.]{1,40}?\s+as\s+(?:usual|always|ever)\s*[:,—–-]/iu,
  // "Twenty years in the job, apparently.": experience held up against the failure.
  /^\s*(?:\d+|two|three|four|five|ten|fifteen|twenty|thirty)\s+years\s+(?:in\s+the\s+job|on\s+the\s+job|of\s+experience|in\s+the\s+trade|experience)\s*,?\s*(?:apparently|supposedly|allegedly|they\s+say|or\s+so\s+i['’]m\s+told)\b/iu,
  // "Customers were thrilled, I'm sure.": the outcome praised, in sarcasm.
  /\b(?:was|were)\s+(?:thrilled|delighted|overjoyed|over\s+the\s+moon|so\s+happy),?\s+i['’]?m\s+sure\b/iu,
  // "The system didn't do anything, Jamal Wright did.", "This reads like we're protecting Sione.": a person pointed at
  // without the word (a thirty-first reader).
  // (Said alone, or set against someone who did: "The system didn't do anything when the disk filled up" is a fact.)
  /\bthe\s+(?:system|process|tool|software|computer|machine)\s+(?:didn['’]t|did\s+not)\s+do\s+anything(?:\s*[.!]*\s*$|\s*[,;—–-]\s*(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|someone|somebody|a\s+person|people|he|she|they)\s+did\b)/iu,
  /\b(?:reads|sounds|looks)\s+like\s+we['’]re\s+(?:protecting|covering\s+for|shielding)\b/iu,
  // Set 216: "It really wasn't hard to notice the damper wire was bent." (hindsight with the person left unsaid), "Posting this
  // here so whoever left the string cutter inside the case knows …", "Apprentices shouldn't be let near a concert grand".
  /\b(?:it\s+)?(?:really\s+)?(?:wasn['’]t|was\s+not|isn['’]t|is\s+not)\s+(?:that\s+|very\s+|exactly\s+|so\s+)?hard\s+to\s+(?:notice|see|spot|catch|tell|find|check|read)\b/iu,
  /\bso\s+(?:that\s+)?whoever\s+[^.!?]{3,80}?\s+(?:knows|sees|learns|understands|realises|realizes)\b/iu,
  /\b(?:apprentices|juniors|interns|new\s+(?:hires|starters|joiners)|trainees|contractors|temps|rookies)\s+(?:shouldn['’]t|should\s+not|must\s+not|mustn['’]t|can['’]t|cannot)\s+be\s+(?:let|allowed)\s+(?:near|anywhere\s+near|to\s+touch)\b/iu,
  // "Interesting that the sterilizer log 'went missing' on exactly the day …": a loss in scare quotes, said to be no accident.
  /['‘"“](?:went|gone|got)\s+missing['’"”]/iu,
  // "Engine room apparently asleep.": where people were, guessed at in a sneer.
  /\b(?:apparently|clearly|obviously|evidently|presumably)\s+(?:(?:fast|sound)\s+)?(?:asleep|napping|snoozing|afk|at\s+lunch|on\s+(?:a\s+)?(?:coffee\s+)?break)\b/iu,
];

/**
 * Said beside people, a sneer at them, left to the writer: "Reassigning to Chloe since the regression came from
 * her template refactor" (whose change it was, as the reason); "kinda wild that a senior engineer like Viktor
 * didn't know firmware images need to be signed lol" (what a person did not know, said as a wonder; "Viktor
 * didn't know …" alone is the context a review wants); "the contractor Li Wei hired wrote the radar parser so...
 * not exactly shocked it choked" (the failure expected of people); "Per my last three emails, Rachel was told
 * the weather API contract expired" (that a person was told, said as a reproach); "Another masterpiece from the
 * integrations team: …" (praise for a failure); "Frank's 'quick fix' …" (a person's act in scare quotes); "Hannah's commit, Hannah's missing test, Hannah's incident." (one
 * person named again and again).
 */
const SNEER_BESIDE_PEOPLE = [
  /\b(?:regression|bug|outage|incident|breakage|defect|failure|problem)\s+(?:came|comes)\s+from\s+(?:his|her|their)\s+\p{L}/iu,
  /\b(?:wild|crazy|insane|amazing|incredible|shocking|hilarious|funny|wonder(?:ful)?)\s+(?:that|how)\s+[^.]*?\b(?:didn['’]t|did\s+not|doesn['’]t|does\s+not)\s+know\b/iu,
  /\bnot\s+(?:exactly|really|at\s+all|even|remotely)\s+(?:shocked|surprised)\b/iu,
  /^\s*(?:another|yet\s+another|a\s+(?:real|true))\s+(?:masterpiece|gem|classic|triumph|beauty|banger|winner)\s+(?:from|by|courtesy\s+of)\b/iu,
  /\b(\p{Lu}\p{Ll}+)['’]s\s+[^,.;]+,\s*\1['’]s\s+[^,.;]+,\s*(?:and\s+)?\1['’]s\b/u,
  /\b\p{Lu}\p{Ll}+['’]s\s+['‘"“](?:quick\s+fix|fix|improvement|cleanup|clean-up|optimi[sz]ation|refactor|tidy-?up|small\s+change|minor\s+change|harmless\s+change)['’"”]/u,
  // "Priyanka can say what she wants but that PLC setting didn't change itself.": an account waved away, and a
  // change said not to have made itself, so someone made it.
  // ("… was edited by Aisha and nobody else had access that night": only one person could have, beside that person.)
  /\bby\s+[^,.;]{1,40}?,?\s+and\s+(?:nobody|no\s*-?\s*one)\s+else\s+(?:had|has)\s+(?:access|the\s+(?:password|key|login|rights))\b/iu,
  // ("Risk assessment: the biggest risk to the autumn order book is Lotte.": a person named as the risk.)
  /\bthe\s+(?:biggest|main|greatest|real|single\s+biggest)\s+risk\b[^.;]{0,60}?\s+is\s+\p{Lu}\p{Ll}+/u,
  /\bcan\s+(?:say|claim|argue|insist\s+on)\s+what(?:ever)?\s+(?:he|she|they)\s+(?:wants?|likes?)\b/iu,
  /\b(?:didn['’]t|did\s+not|doesn['’]t|does\s+not|don['’]t|do\s+not)\s+(?:just\s+)?(?:change|set|flip|delete|edit|move|rewrite|write|type|disable|enable|reset|reconfigure|update|switch\s+(?:off|on)|turn\s+(?:off|on))\s+(?:it|them)sel(?:f|ves)\b/iu,
  /^\s*(?:as\s+)?per\s+my\s+(?:last|previous|earlier)\s+(?:[\p{L}\d]+\s+)?(?:e-?mails?|messages?|comments?|notes?)\b/iu,
  // "Lars was on his phone in the wings when the string snapped": what a person was doing, set beside the failure.
  /\b(?:was|were)\s+(?:on|scrolling|glued\s+to|texting\s+on|playing\s+on)\s+(?:his|her|their)\s+(?:phone|mobile|tablet|socials)\b(?!\s+(?:with|to)\b)[^.!?]*?\b(?:when|while|as)\s/iu,
  // "… but they're the ones who started carving without checking it": the ones singled out for the lapse.
  /\b(?:they['’]re|they\s+are|they\s+were|he['’]s|he\s+is|he\s+was|she['’]s|she\s+is|she\s+was)\s+the\s+ones?\s+who\s+[^.!?]*?\b(?:without\s+(?:checking|testing|looking|asking|reading|telling|reviewing|verifying|confirming)|didn['’]t|did\s+not|never|forgot|skipped|broke|ignored|missed)\b/iu,
];

/** "The vendor", "our payments provider": another company, named last. */
const ENDS_WITH_COMPANY = new RegExp(`\\b(?:${COMPANY_OWNERS})$`, 'iu');
/** "The vendor", "our payments provider" and nothing more: another company, the whole of a subject. */
const ONLY_A_COMPANY = new RegExp(`^(?:the\\s+)?(?:${COMPANY_OWNERS})$`, 'iu');

const TOOK_MESSAGE = 'How long a person took is laid on them. Say how long it took and what made it slow to see.';

function insinuation(sentence: string, people: PeopleIndex): Rewrite | null {
  const say = says('blame-word', 'An insinuation about people blames them. State what happened plainly.');
  const took = TOOK_PERSON.exec(sentence);
  if (took && personLike(took[2], people)) return says('person-failure', TOOK_MESSAGE)(`${took[1]}It took ${took[3]} to ${took[4]}`);
  // "Impact was extended by roughly 25 minutes because Lars was slow to acknowledge the page.": the act late, not the person slow.
  const slow = /^(.*?\b(?:because|since|as|when)\s+|\s*(?:[^:;]{1,40}:\s+)?)(.+?)\s+(?:was|were)\s+(?:(?:very|too|really|quite|a\s+bit)\s+)?slow\s+to\s+(acknowledge|ack|answer|escalate|approve|review|merge|revert|page|call)\s+((?:the|a|an|our|that|this)\s+[^,;.!?]+?)\s*([.!]*)$/iu.exec(sentence);
  if (slow && personLike(slow[2], people)) {
    const [, lead, , verb, object, stop] = slow;
    const done = pastPassive(lead.trim() ? object : capitalise(object), verb.toLowerCase() === 'ack' ? 'acknowledge' : verb);
    return says('person-failure', TOOK_MESSAGE)(`${lead}${done} late${plainStop(stop)}`);
  }
  // "because someone (cough, Bartek) set the Kafka retention to one hour": the cough names the one meant.
  const cough = /\s*(?:\(\s*\*?(?:cough|ahem)\*?[,:\s]+([^)]{1,40})\)|[,—–-]?\s*\*(?:cough|ahem)\*[,:\s]+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)[,—–-]?)/iu.exec(sentence);
  if (cough && personLike((cough[1] ?? cough[2]).replace(/^(?:cough|ahem)[,\s]+/iu, ''), people)) {
    return say(`${sentence.slice(0, cough.index)}${sentence.slice(cough.index + cough[0].length)}`);
  }
  const surprised = surprisedAt(sentence, people);
  if (surprised) return says('blame-word', 'Surprise at what someone did or did not do blames them. State what happened plainly.')(surprised);
  if (/^\s*(?:draw\s+your\s+own\s+conclusions?|make\s+of\s+that\s+what\s+(?:you|u)\s+will|just\s+saying|says\s+it\s+all|enough\s+said|i\s+rest\s+my\s+case|(?:i['’]?ll|i\s+will|i['’]m\s+(?:just\s+)?going\s+to|i\s+am\s+(?:just\s+)?going\s+to|gonna)\s+(?:just\s+)?leave\s+(?:it|that|this)\s+(?:at\s+that|there|here)|just\s+noting\s+(?:it|that|this)|just\s+an\s+observation|you\s+do\s+the\s+math|connect\s+the\s+dots|need\s+i\s+say\s+more|say\s+no\s+more|nuff\s+said|no\s+further\s+(?:comment|questions?)|that['’]s\s+all\s+i['’]ll\s+say|let\s+that\s+sink\s+in)\s*[.!]*\s*$/iu.test(sentence)) {
    // (Readers took "The sequence is recorded above." for a claim the writer never made: the line goes, or the writer restates it.)
    return leftToWriter(say(sentence), sentence);
  }
  // ("Chidi's write-up reads like he's covering for himself.", "Kwame's pre-flight check was, let's say, aspirational.":
  // a motive hinted at, a verdict set off as if held back.)
  if (/\bcovering\s+(?:for\s+(?:himself|herself|themselves)|(?:his|her|their)\s+(?:own\s+)?(?:back|tracks|arse|ass|behind))\b/iu.test(sentence)
    || (/\b(?:was|were|is|are),\s+(?:let['’]s\s+say|shall\s+we\s+say|to\s+put\s+it\s+(?:kindly|politely|mildly|gently|charitably)),\s+\p{L}+/iu.test(sentence) && mentionsPeopleIn(sentence, people))) {
    return leftToWriter(say(sentence), sentence);
  }
  // ("since Oskar still hasn't documented a single step of it after two years of being asked": a wait held against the person.)
  const stillNot = /(?:^|[,;:]\s*|\b(?:since|because|as|and|but)\s+)((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)\s+still\s+(?:hasn['’]t|has\s+not|haven['’]t|have\s+not|hadn['’]t|had\s+not)\s+\p{L}+[^.;]*\bafter\s+(?:[\p{L}\d]+\s+){1,2}(?:of\s+being\s+(?:asked|told|reminded|chased|nagged)|reminders?|requests?|tickets?)\b/iu.exec(sentence);
  if (stillNot && personLike(stillNot[1], people) && !ONLY_A_COMPANY.test(stillNot[1])) return leftToWriter(say(sentence), sentence);
  // ("Kofi, for the third time this month, the equipment shed was left unlocked after your session.": a count said to the person.)
  if (/^\s*\p{Lu}[\p{L}'’-]+\s*,\s*(?:for\s+the\s+(?:second|third|fourth|fifth|nth|umpteenth)\s+time|(?:once\s+)?again)\b[^.;]*\byour\b/iu.test(sentence) && mentionsPeopleIn(sentence, people)) return leftToWriter(say(sentence), sentence);
  // ("the ammonia alarm went off at 19:10 and the night operator was... where, exactly?": whereabouts asked, to point.)
  const whereabouts = /(?:^|,|\band\s+|\bwhile\s+)\s*((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})\s+(?:was|were)\s*(?:\.{2,}|…)?\s*where,?\s+exactly\s*\?/iu.exec(sentence);
  if (whereabouts && personLike(whereabouts[1], people)) return leftToWriter(say(sentence), sentence);
  // ("… and not one of you noticed.": a whole group's miss, said to them.)
  if (/\bnot\s+(?:one|a\s+single\s+one|a\s+single\s+person)\s+of\s+(?:you|them|y['’]all)\s+(?:noticed|checked|spotted|caught|saw|asked|said|thought|bothered|looked)\b/iu.test(sentence)) return leftToWriter(say(sentence), sentence);
  // ("Apparently reading the manometer is optional in the voicing room now.": a step skipped, mocked as a new rule.)
  if (/^\s*(?:so\s+)?apparently,?\s+[^.;]*\b(?:is|are)\s+(?:now\s+)?optional\b[^.;]*\bnow\b/iu.test(sentence)) return leftToWriter(say(sentence), sentence);
  // ("The library systems team was warned about the Z39.50 deprecation in January and did nothing.": warned, and nothing done.)
  const warnedIdle = /^\s*(?:[^:;]{1,40}:\s+)?(.+?)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:warned|told|reminded|alerted|notified)\b(?:[^.;]|\.(?=\d))*?\band\s+(?:still\s+)?(?:did|has\s+done|have\s+done|had\s+done)\s+(?:absolutely\s+)?nothing\b/iu.exec(sentence);
  if (warnedIdle && personLike(warnedIdle[1], people)) return leftToWriter(say(sentence), sentence);
  // ("Bea has been told about the kiln door seals since June.": how long a person has been told, said as a reproach.)
  const toldSince = /^\s*(?:[^:;]{1,40}:\s+)?(.+?)\s+(?:has|have|had)\s+been\s+(?:told|warned|reminded|asked|chased)\s+(?:about|to)\b[^.;]*?\b(?:since\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|last\s+\w+|the\s+\w+|\d)|for\s+(?:weeks|months|years|ages|(?:\d+|two|three|four|five|six)\s+(?:weeks|months|years))|twice|(?:three|four|five|several|multiple|\d+)\s+times|repeatedly)\b/iu.exec(sentence);
  if (toldSince && personLike(toldSince[1], people)) return leftToWriter(say(sentence), sentence);
  // ("Jae-won's team has a pattern of skipping leak checks when the schedule is tight": a habit laid on people.)
  const habit = /^\s*(?:[^:;]{1,40}:\s+)?(.+?)\s+(?:has|have|had|with)\s+(?:a\s+(?:long\s+|real\s+|clear\s+)?(?:pattern|habit|history|track\s+record)|form)\s+(?:of|for)\s+\p{L}+ing\b/iu.exec(sentence);
  if (habit && personLike(habit[1], people)) return leftToWriter(say(sentence), sentence);
  // ("Kwame decided a radio check was 'optional on calm days', which is a call he's made before.": a habit laid on the person.)
  if (/\bwhich\s+is\s+(?:a|an|the\s+same)\s+(?:call|choice|decision|mistake|thing|move|shortcut|habit)\s+(?:he|she|they)(?:['’]s|['’]ve|\s+has|\s+have)\s+(?:made|taken|done|pulled|tried)\s+(?:before|more\s+than\s+once|many\s+times|plenty\s+of\s+times)\b/iu.test(sentence)) {
    return leftToWriter(say(sentence), sentence);
  }
  // ("Centrifuge 2 was started with the basket still wet. Alejandro was the one at the panel.": who was there, and nothing else, points.)
  const theOne = /^\s*(.+?)\s+(?:was|were)\s+the\s+(?:one|person|only\s+one)\s+(?:at|on|behind|holding|running|operating|driving)\s+(?:the|that|this)\s+(?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+\s*[.!]*\s*$/iu.exec(sentence);
  if (theOne && personLike(theOne[1], people)) return leftToWriter(say(sentence), sentence);
  // "Gabriela and Omar were both on the rota and neither of them picked up the page"; "Lars changed the delimiter and told no one";
  // "Fatima was told twice that the template had changed and still tested against the old one": what people did not do, counted against them.
  // (And the like of it: "… and neither did anything for an hour", "both reviewed the PR and both missed it",
  // "each assumed the other would handle it", "had a whole week … and delivered nothing",
  // "watched the queue depth climb for an hour before she paged anyone".)
  const neither = (/\bneither\s+(?:of\s+them|one(?:\s+of\s+them)?)\s+(?:\p{L}+ed|did|took|saw|spoke|rang|woke|made)\b/iu.test(sentence) || BOTH_FAILED.test(sentence)) && mentionsPeopleIn(sentence, people);
  const lapse = WATCHED_BEFORE.exec(sentence) ?? DELIVERED_NOTHING.exec(sentence);
  const toldNoOne = /^(.+?)\s+and\s+(?:then\s+)?(?:told|informed|warned)\s+(?:no\s*-?\s*one|nobody)\b/iu.exec(sentence);
  const stillDid = /^(.+?)\s+(?:was|were)\s+(?:told|reminded|warned)\s+(?:twice|(?:\w+|\d+)\s+times)\b[^.]*\band\s+still\b/iu.exec(sentence)
    // ("Callum knew the creosote was stage 3 and still quoted a standard sweep.")
    ?? /^(.+?)\s+knew\b[^.;]*\band\s+still\s+\p{L}+ed\b/iu.exec(sentence);
  // ("Faisal and Ewa both missed the mirrored trays at the lab check, as anyone would have: …": a miss anyone would make.)
  if (AS_ANYONE_WOULD.test(sentence)) return null;
  if (neither || (lapse && personLike(lapse[1], people)) || (toldNoOne && mentionsPeopleIn(toldNoOne[1], people) && !/^\s*(?:we|i)\b/iu.test(toldNoOne[1])) || (stillDid && personLike(stillDid[1], people))) {
    return { kind: 'person-failure', message: 'What people did not do is laid on them. Say what happened and what made the step easy to miss.', text: sentence, unrewritten: true };
  }
  // "Guess which commis was on pastry tonight.", "No prizes for guessing who merged it.": who is meant, left to be guessed.
  const guess = /^\s*(?:(?:and|so|well),?\s+)?(?:guess|no\s+prizes\s+for\s+guessing|you\s+can\s+guess|you['’]ll\s+never\s+guess|take\s+a\s+guess)\s+(?:who(?:se)?\b|which\s+((?:[\p{L}-]+\s+)?[\p{L}-]+))/iu.exec(sentence);
  const guessed = guess?.[1]?.split(/\s+/u) ?? [];
  const whoGuessed = [guessed.slice(0, 1).join(' '), guessed.join(' ')].some((phrase) => phrase && (maybeStandsForPeople(phrase, people) || ROLE_LIKE.test(phrase)));
  if (guess && (!guess[1] || whoGuessed)) return leftToWriter(say(sentence), sentence);
  // "Wonder which genius decided the quote engine should cache hail-risk scores for 30 days.": a mocking name for whoever did it.
  if (/\b(?:which|what|some)\s+(?:genius|bright\s+spark|rocket\s+scientist|wizard|clown|hero|mastermind|einstein)\s+(?:decided|thought|approved|chose|came\s+up|signed\s+off|figured)\b/iu.test(sentence)) return leftToWriter(say(sentence), sentence);
  // "It wasn't set by a robot.", "Configs don't edit themselves.": a person's hand insisted on, unnamed.
  if (NOT_BY_ITSELF.test(sentence)) return leftToWriter(say(sentence), sentence);
  // "So lovely of our LD to discover DMX addressing at the tech rehearsal rather than in plotting week.": thanks turned.
  const lovelyOf = /^\s*(?:(?:so|how|very|really|ever\s+so)\s+)(?:lovely|nice|kind|thoughtful|considerate|generous|sweet|good|helpful|thorough)\s+of\s+(.+?)\s+to\s+(.+)$/iu.exec(sentence);
  if (lovelyOf && (personLike(lovelyOf[1], people) || /^(?:our|the|my|your)\s+[\p{L}-]+$/iu.test(lovelyOf[1])) && TURNED_THANKS.test(lovelyOf[2])) return leftToWriter(say(sentence), sentence);
  // "Thanks Carlos for the 'quick tweak' to the humidity curve that killed two benches of seedlings.": thanks for the harm.
  const thanksForHarm = /^\s*(?:(?:huge|big|many|special)\s+)?(?:thanks|thank\s+you|kudos|shout-?out)\s+(?:to\s+)?(.+?)\s+for\s+[^.;!?]*?\b(?:that|which)\s+(?:(?:just|then)\s+)?(?:killed|broke|took\s+down|wiped|deleted|corrupted|crashed|bricked|destroyed|ruined|froze)\b/iu.exec(sentence);
  if (thanksForHarm && personLike(thanksForHarm[1], people)) return leftToWriter(say(sentence), sentence);
  // "Ah yes, the famous Ingrid Solberg hotfix, now in its third revert.": fame given to a person's work mocks them.
  const famous = /\b(?:famous|infamous|legendary|trademark|signature|patented)\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2})(?:[\p{L}-]+)/u.exec(sentence.replace(/['’]s\s/gu, ' '));
  if (famous && mentionsPeopleIn(famous[1], people)) return leftToWriter(say(sentence), sentence);
  if (UNSAID_CULPRIT.some((sign) => sign.test(sentence)) || (SNEER_BESIDE_PEOPLE.some((sign) => sign.test(sentence)) && mentionsPeopleIn(sentence, people))) return leftToWriter(say(sentence), sentence);
  // "I'm not saying it was Arjun, but the commit was pushed from his laptop": the denial is the accusation.
  const notSaying = /^(\s*)i['’]?m\s+not\s+saying\s+(?:it\s+was|it['’]s|it\s+is)\s+(.+?),?\s+but\s+(.+)$/iu.exec(sentence);
  if (notSaying && personLike(notSaying[2], people)) return say(`${notSaying[1]}${capitalise(notSaying[3])}`);
  // "Looks like someone's 'five-minute change' to the scheduler … took out the GPU partition": the quotes mock whose it was.
  const quotedOwn = /\b(?:someone|somebody)['’]s\s+['‘"“]([^'’"”]{2,40})['’"”]/iu.exec(sentence);
  if (quotedOwn) return say(`${sentence.slice(0, quotedOwn.index)}${indefiniteArticle(quotedOwn[1])} ${quotedOwn[1]}${sentence.slice(quotedOwn.index + quotedOwn[0].length)}`);
  // "I've asked Nadia three times this year to stop hand-editing the snapshot, and here we are": a count of reminders is a count of offences.
  const reminded = /\b(?:i['’]ve|i\s+have|we['’]ve|we\s+have)\s+(?:already\s+)?(?:asked|told|reminded|warned)\s+(.+?)\s+(?:twice|three\s+times|four\s+times|five\s+times|several\s+times|multiple\s+times|many\s+times|\d+\s+times)(?:\s+(?:this|last|in\s+the\s+last)\s+\w+)?\s+(?:not\s+)?to\s+\p{L}/iu.exec(sentence);
  if (reminded && personLike(reminded[1], people)) return { kind: 'blame-word', message: 'Counting how often a person was told blames them. Describe this event and what made the step easy to miss.', text: sentence, unrewritten: true };
  const readAside = /\s*\((?:read|translation|i\.e\.)\s*:\s*[^)]*\)/iu.exec(sentence);
  if (readAside) return say(`${sentence.slice(0, readAside.index)}${sentence.slice(readAside.index + readAside[0].length)}`);
  const stillQuoted = /\bstill\s+["“']([^"”']{2,30})["”']/iu.exec(sentence);
  if (stillQuoted && mentionsPeopleIn(sentence, people)) return say(`${sentence.slice(0, stillQuoted.index)}${stillQuoted[1]}${sentence.slice(stillQuoted.index + stillQuoted[0].length)}`);
  const tail = /(?:\s+and)?\s*(?:[—–-]+|,)\s*(?:(?:a\s+)?(?:bold|brave|interesting|great|classic|nice)\s+(?:move|choice|call|one)(?:\s+(?:from|by)\s+[^.!]+)?|(?:and,?\s+)?predictably,?\s+here\s+we\s+are|(?:poor\s+judge?ment|negligence|carelessness|laziness|incompetence|sloppiness)(?:,\s*plain\s+and\s+simple)?)\s*([.!]*)$/iu.exec(sentence);
  // ("@hana.k moved the leech-line stock off the top shelf so it's reachable without the ladder — nice one.": praise of a
  // mend is praise; only after a failure is "nice one" a jab.)
  const praised = tail !== null && /^(?:\s+and)?\s*(?:[—–-]+|,)\s*(?:a\s+)?(?:nice|great)\s+(?:one|call)\b/iu.test(tail[0])
    && !/\b(?:broke|broken|deleted|dropped|wrong|forgot|missed|skipped|outage|down|again|crash\p{L}*|fail\p{L}*|lost|ignored|wiped|killed)\b/iu.test(sentence.slice(0, tail.index));
  if (tail && !praised) return say(`${sentence.slice(0, tail.index)}${plainStop(tail[1])}`);
  // "Only took them three crashes.", "it only took a fleet-wide outage to get them there": mockery of how
  // long people took, said as what it cost.
  const onlyTook = /^\s*(?:(?:and|but|well),?\s+)?(?:it\s+)?only\s+took\s+(?:(them|him|her|you|(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:team|squad|crew))\s+)?(?:\w+\s+){0,3}?(?:crash(?:es)?|outages?|incidents?|tries|attempts|failures?|escalations?|complaints?|years?|months?|sev\s*\d|p\d)\b(?:.*\b(?:them|him|her)\b)?/iu.exec(sentence);
  if (onlyTook && (onlyTook[1] || /\b(?:them|him|her)\b/iu.test(sentence))) return leftToWriter(say(sentence), sentence);
  // "… deadlines. (Looking at you, Brandon.)": singling someone out, said aside; what is left stays.
  const lookingAt = /\s*\(\s*looking\s+at\s+you,?\s+([^)]{1,40})\)|[,;—–-]?\s*\blooking\s+at\s+you,?\s+([\p{L}@'’ -]{1,40}?)\s*[.!]*\s*$/iu.exec(sentence);
  if (lookingAt && personLike((lookingAt[1] ?? lookingAt[2]).replace(/[.!]+$/u, ''), people)) {
    const left = `${sentence.slice(0, lookingAt.index)}${sentence.slice(lookingAt.index + lookingAt[0].length)}`.trim();
    return left && /\p{L}/u.test(left) ? say(/[.!?]$/u.test(left) ? left : `${left}.`) : leftToWriter(say(sentence), sentence);
  }
  // "Shipping a build that reverses yaw on every third boot is a bold choice.": an act called a bold choice is mocked.
  const boldChoice = /^(\s*)(\p{L}+ing)\s+(.+?)\s+(?:is|was)\s+(?:(?:certainly|definitely|quite|truly|really)\s+)?(?:a|an|one)\s+(?:(?:very|rather|quite|truly|really)\s+)?(?:bold|brave|interesting|creative|novel|curious|questionable|special|courageous)\s+(?:choice|move|decision|strategy|approach|call|idea)\s*([.!]*)$/iu.exec(sentence);
  if (boldChoice && !/^(?:the|this|that|our)$/iu.test(boldChoice[2])) {
    const [, lead, gerund, rest, stop] = boldChoice;
    // (A relative clause goes with its noun: "A build that reverses yaw on every third boot was shipped".)
    const verb = infinitiveOf(gerund);
    return say(`${lead}${/\b(?:that|which|who)\b/iu.test(rest) ? capitalise(pastPassive(rest, verb)) : passiveOf(verb, rest)}${plainStop(stop)}`);
  }
  // (What follows "…, but" or a semicolon is said after: "…, but the result speaks for itself".)
  const goodReasons = /^(\s*)i['’]?m\s+sure\s+(.+?)\s+had\s+(?:a\s+|his\s+|her\s+|their\s+)?(?:very\s+|really\s+)?(?:good\s+)?reasons?\s+for\s+(\w+ing)\s+(.+?)(\s*;\s*.+?|\s*,\s*(?:but|and|yet)\s+.+?)?\s*([.!]*)$/iu.exec(sentence);
  if (goodReasons && personLike(goodReasons[2], people)) {
    const [, lead, , gerund, rest, after = '', stop] = goodReasons;
    // (Not "; the reasons are not recorded": a claim the writer never made.)
    return say(`${lead}${passiveOf(infinitiveOf(gerund), rest)}${after}${plainStop(stop)}`);
  }
  const thinking = /\bwhat\s+(.+?)\s+was\s+thinking\s+when\s+(?:he|she|they|we)\s+(\w+ed)\s+(.+?)\s*([.!?]*)$/iu.exec(sentence);
  if (thinking && personLike(thinking[1], people)) {
    return say(`${sentence.slice(0, thinking.index)}what made it seem safe to ${infinitiveOf(thinking[2])} ${thinking[3]}${plainStop(thinking[4])}`);
  }
  const nextTime = /^(\s*)next\s+time,?\s+(?:maybe|perhaps)\s+(.+?)\s+could\s+(\w+)\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (nextTime && personLike(nextTime[2], people)) {
    const [, lead, , verb, rest, stop] = nextTime;
    return say(`${lead}A step to ${verb} ${rest} is needed${plainStop(stop)}`);
  }
  return null;
}

function habitsAndLapses(sentence: string, people: PeopleIndex): Rewrite | null {
  const say = says('person-failure', 'A person’s habits or lapses are named. Say what happened and what allowed it.');
  // "Because Andre always skips it when he's in a hurry."
  const always = /^(\s*(?:.*?\bbecause\s+)?)(.+?)\s+(?:always|usually|routinely|habitually|often|only\s+ever)\s+(\w+s)\s+(.+?)(?:\s+when\s+(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s+(?:in\s+a\s+hurry|rushed|busy|under\s+pressure))?\s*([.!]*)$/iu.exec(sentence);
  // (Not "Mateo's 'quick fix' … always needs a post-mortem": a person's thing's habit, not theirs.)
  const thingsHabit = always !== null && /['’]s\s+\S/u.test(always[2]) && !/[,;]|\b(?:he|she|they)\b/iu.test(always[2])
    && !/['’]s\s+(?:[\p{L}-]+\s+)?(?:team|squad|crew|group|department|folks|people|staff)\b/iu.test(always[2]);
  // (Not "What went well: Paolo's rollback was fine, considering he usually needs three attempts": the clause before the habit would go with it.)
  if (always && personLike(always[2], people) && !thingsHabit && !/[,;:]/u.test(always[2])
    && !/^(?:is|has|does|was)$/iu.test(always[3])) {
    const [, lead, , verb, object, stop] = always;
    const hurried = /\bwhen\s+(?:he|she|they)\b/iu.test(sentence) ? ' under time pressure' : '';
    const thing = /^(?:it|them|this|that)$/iu.test(object) ? (object.toLowerCase() === 'them' ? 'they' : object.toLowerCase()) : object;
    return say(`${lead}${lead.trim() ? thing : capitalise(thing)} ${thing === 'they' || isPluralNoun(thing) ? 'are' : 'is'} often ${participleOf(infinitiveOf(verb.replace(/s$/u, '')))}${hurried}${plainStop(stop)}`);
  }
  // "Can we talk about why Lena's changes always seem to end up in the incident channel?": a pattern
  // laid on a person's work; what each incident had in common is for the writer to say.
  const pattern = /\b((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*|the\s+[\w-]+|his|her|their)['’]?s?\s+(?:changes|deploys|deployments|releases|commits|merges|prs|pull\s+requests|patches|tickets|migrations|scripts|configs|code|work)\s+(?:somehow\s+)?(?:always|keep|keeps|never\s+fail\s+to|every\s+time|tend\s+to)\b/iu.exec(sentence);
  if (pattern && (/^(?:his|her|their)$/iu.test(pattern[1]) || personLike(pattern[1], people))
    && /\b(?:seems?\s+to|somehow|end\s+up|incidents?|outages?|break\w*|broke|revert\w*|roll(?:ed|ing)?\s+back|rollbacks?|fail\w*|sev-?\d|pag(?:e|es|ed|ing)|hotfix\w*|fridays?)\b/iu.test(sentence.slice(pattern.index + pattern[0].length))) return leftToWriter(say(sentence), sentence);
  // "Bea has been here two years and still doesn't know how the SMS queue works?": tenure held against what someone does not know.
  const tenure = /^(?:\s*(?:i\s+mean|honestly|seriously|so)\s*,?\s*)?(.+?)\s+(?:has|have|had)\s+been\s+(?:here|on\s+the\s+team|with\s+us|doing\s+this|in\s+the\s+role)\b[^.;]{0,40}?\s+and\s+still\s+(?:doesn['’]t|does\s+not|don['’]t|do\s+not|can['’]t|cannot|hasn['’]t|has\s+not|won['’]t)\b/iu.exec(sentence);
  if (tenure && personLike(tenure[1], people)) return leftToWriter(say(sentence), sentence);
  // "… because Victor can't read a map": an ability denied is the cause, said as what went wrong with
  // the thing ("because a map was misread"). (A twelfth reader found the cause lost when the clause went.)
  const cannot = /\b(because|since|as|bc)\s+(.+?)\s+(?:can['’]?t|cannot|couldn['’]?t|could\s+not|(?:doesn['’]?t|does\s+not|didn['’]?t|did\s+not)\s+know\s+how\s+to)\s+(read|use|count|spell|type|follow)\s+(.+?)(?:\s+(?:properly|correctly|right|to\s+save\s+(?:his|her|their)\s+li(?:fe|ves)))?(\s*(?:,\s*plain\s+and\s+simple)?\s*[.!]*)$/iu.exec(sentence);
  const thingTokens = cannot ? tokenize(cannot[4]) : [];
  if (cannot && (/^(?:someone|somebody)\b/iu.test(cannot[2]) || personLike(cannot[2], people)) && nounPhraseEnd(thingTokens, 0) === thingTokens.length) {
    const [, because, , verb, said, stop] = cannot;
    // ("a map" is the one the sentence is about: "because the map was misread".)
    const thing = said.replace(/^(?:a|an)\s+/iu, 'the ');
    const done = { read: 'misread', use: 'misused', count: 'miscounted', spell: 'misspelled', type: 'mistyped', follow: 'not followed' }[verb.toLowerCase()] ?? 'misread';
    return say(`${sentence.slice(0, cannot.index)}${because.toLowerCase() === 'bc' ? 'because' : because} ${thing} ${beFor(thing)} ${done}${plainStop(stop.replace(/,\s*plain\s+and\s+simple/iu, ''))}`);
  }
  // "this is the third de-icing overrun since Raj joined the team": incidents counted from someone's arrival.
  const since = /\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}(?:incident|outage|overrun|failure|rollback|sev\w*|p\d|page|bug|regression|breach)s?\s+since\s+(.+?)\s+(?:joined|started|arrived|came\s+on\s*board|took\s+over)\b/iu.exec(sentence);
  if (since && personLike(since[1], people)) return leftToWriter(say(sentence), sentence);
  // "Timeline: 09:14 Laura 'tests' the sync in production": a scare-quoted act sneers at whoever did it.
  // (In the past, "Rahul 'fixed' it", the sneer rules of characterisation.ts restate it.)
  const scared = /(?:^|[\s:])((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*|the\s+[\w-]+(?:\s+[\w-]+)?)\s+['‘"“](tests|fixes|reviews|checks|cleans\s+up|optimi[sz]es|improves|streamlines|verifies)['’"”]/u.exec(sentence);
  if (scared && personLike(scared[1], people)) return leftToWriter(say(sentence), sentence);
  // "why is it always the integrations team that finds out last?": a pattern laid on people.
  // ("why is it always the Leeds plant that can't follow the tag re-encode procedure?": a site, by what its people fail to do.)
  // ("Why is it always the Perth dispatch shift?": asked of the people alone.)
  const alwaysThem = /\bwhy\s+is\s+it\s+always\s+(.+?)(?:\s+(?:that|who)\s+(\S+)|\s*\?+\s*$)/iu.exec(sentence);
  if (alwaysThem && (personLike(alwaysThem[1], people) || /^(?:can['’]?t|cannot|never|forgets?|ignores?|misses?|skips?|breaks?)$/iu.test(alwaysThem[2] ?? ''))) return leftToWriter(say(sentence), sentence);
  // "Raj's well-known habit of editing configs directly on the box."
  const habit = /\b(?:(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*|the\s+[\w-]+|his|her|their)['’]?s?\s+(?:well-known\s+|usual\s+|bad\s+|old\s+|annoying\s+)?(?:habit|tendency|penchant)\s+(?:of|for)\s+(\w+ing\b)/u.exec(sentence);
  if (habit) return say(`${sentence.slice(0, habit.index)}${habit.index === 0 ? capitalise(habit[1]) : habit[1]}${sentence.slice(habit.index + habit[0].length)}`);
  // "Zainab Hussain's failure to update the partner allow-list caused …", "the freelance inker's inability to follow …"
  // ("caused by maintenance's failure to recalibrate …": a department by its name.)
  const failureTo = /\b((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*|[Tt]he\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|maintenance|facilities|dispatch|housekeeping|logistics|payroll|reception|admissions|accounts)['’]s\s+(?:repeated\s+|continued\s+)?(?:failure|inability|refusal)\s+to\s+(\w+)/u.exec(sentence);
  // (Not "The vendor's inability to scale": another company's failing is the system's.)
  if (failureTo && (personLike(failureTo[1], people) || /^[a-z]+$/u.test(failureTo[1])) && !ENDS_WITH_COMPANY.test(failureTo[1])) {
    const text = `not ${gerundOf(infinitiveOf(failureTo[2]))}`;
    return say(`${sentence.slice(0, failureTo.index)}${failureTo.index === 0 || /:\s*$/u.test(sentence.slice(0, failureTo.index)) ? capitalise(text) : text}${sentence.slice(failureTo.index + failureTo[0].length)}`);
  }
  // "The mistake was made by Hannah Kim when she copied the staging API key into the partner config."
  const madeBy = /^(\s*)(?:the\s+|a\s+)?(?:mistake|error|slip|blunder)\s+was\s+made\s+by\s+(.+?)\s+when\s+(?:he|she|they)\s+(\w+ed)\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (madeBy && personLike(madeBy[2], people)) {
    const [, lead, , verb, rest, stop] = madeBy;
    return say(`${lead}${passiveOf(verb, rest)}${plainStop(stop)}`);
  }
  // "Kwame was warned about the partner rate limit in the design review and went ahead anyway."
  const warned = /^(\s*)(.+?)\s+(?:was|were|had\s+been)\s+(?:warned|told|reminded)\s+about\s+(.+?)\s+and\s+(?:went\s+ahead|did\s+it|proceeded|carried\s+on)\s+anyway\s*([.!]*)$/iu.exec(sentence);
  if (warned && personLike(warned[2], people)) {
    const [, lead, , what, stop] = warned;
    // (Not "The rate limit had been raised": a reader took it for the limit made higher.)
    return say(`${lead}A warning about ${what} had been given, and the change went ahead${plainStop(stop)}`);
  }
  // "the developer who wrote the retry logic did not understand idempotency at all"
  const atAll = /^(\s*)(?:unfortunately,?\s+)?(.+?)\s+(?:did\s+not|didn['’]t|does\s+not|doesn['’]t)\s+(?:really\s+)?(?:understand|know|grasp)\s+(.+?)\s+at\s+all\b(.*)$/iu.exec(sentence);
  // (Not across a comma: in "didnt know the flag is shared with eu, flag ui shows no scope info at all" the "at all" is
  // the next clause's; a thirtieth reader found "… shows no scope info was not well understood".)
  if (atAll && !/[,;]/u.test(atAll[3]) && personLike(atAll[2].replace(/\s+who\s.*$/iu, ''), people)) {
    const [, lead, , what, rest] = atAll;
    return say(`${lead}${capitalise(what)} was not well understood${rest}`);
  }
  // "Jordan Lee panicked and started restarting random pods instead."
  const panicked = /\b(?:panicked|freaked\s+out|lost\s+(?:his|her|their)\s+head)\s+and\s+/iu.exec(sentence);
  if (panicked) return say(`${sentence.slice(0, panicked.index)}${sentence.slice(panicked.index + panicked[0].length)}`);
  // "after 40 minutes of dithering"
  const dithering = /\b(dithering|faffing(?:\s+about)?|hand-wringing)\b/iu.exec(sentence);
  if (dithering) return say(`${sentence.slice(0, dithering.index)}deliberation${sentence.slice(dithering.index + dithering[0].length)}`.replace(/^(\s*)finally,\s+/iu, '$1'));
  // "did nobody on the claims team think to check what happens when …?"
  const nobody = /^(\s*)(?:did|didn['’]t)\s+(?:nobody|no\s*-?\s*one|anyone|anybody)(?:\s+(?:on|in|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:team|squad|side))?\s+(?:think|bother|remember)\s+to\s+(\w+)\s+([^?]+?)\s*\?*\s*$/iu.exec(sentence);
  if (nobody) return { kind: 'hindsight', message: 'A question about why nobody thought of it looks for someone to blame. Ask what would have prompted it.', text: `${nobody[1]}What would have prompted a step to ${nobody[2]} ${nobody[3]}?` };
  // "The fare display incident is on the pricing team, full stop."
  const onTeam = /^(\s*)(.+?)\s+(?:is|was)\s+(?:entirely\s+|all\s+|squarely\s+)?on\s+((?:the\s+)?[\w\s-]+?(?:team|squad|group|department)|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?:,?\s*(?:full\s+stop|period)|[,;]\s*(?:he|she|they)\s+(?:was|were)\s+the\s+ones?\s+who\s+(\w+ed)\s+(.+?))?\s*([.!]*)$/iu.exec(sentence);
  // (A name is capitalised: under the i flag \p{Lu} matches any letter, so "on the board" is checked here.)
  if (onTeam && (/^\p{Lu}/u.test(onTeam[3]) || /(?:team|squad|group|department)$/iu.test(onTeam[3])) && personLike(onTeam[3], people)) {
    // "…, he was the one who approved the schema change": what was done stays, without him.
    const done = onTeam[4] && onTeam[5] ? `; ${pastPassive(uncapitalise(onTeam[5]), onTeam[4])}` : '';
    return done ? say(`${onTeam[1]}${capitalise(onTeam[2])} happened${done}${plainStop(onTeam[6])}`) : leftToWriter(say(sentence), sentence);
  }
  return null;
}

/**
 * What a demand for a culprit becomes: why the deed was done (`did`: its verb and object); null when
 * the sentence does not say the deed ("Review what led to this" was a reader's invented claim).
 */
function reviewOf(lead: string, did: RegExpExecArray | null, stop: string): string | null {
  return did ? `${lead}Review why ${pastPassive(did[2], did[1])}${plainStop(stop)}` : null;
}

/** Words that turn a sanction down or speak of it in general. */
const SANCTION_TURNED_DOWN = /\b(?:no|not|never|without|nothing|nobody|none|instead\s+of|rather\s+than|avoid\w*|against|blameless|blame-free|isn['’]t|aren['’]t|won['’]t|don['’]t|doesn['’]t|wasn['’]t|shouldn['’]t|replac\w+|retir\w+|abolish\w*|drop(?:ped)?)\b/iu;

/** A person's access or duty ended for a reason that is no sanction: leaving, leave, a request. */
const NOT_A_SANCTION = /\b(?:left|leav\w+|leaver|offboard\w*|departure|resign\w*|moved\s+to|transferr?\w+|role\s+change|no\s+longer\s+needs?|temporar\w+|break-?glass|expir\w+|holiday|vacation|parental|sick|requested|asked\s+to|own\s+request|end\s+of\s+(?:the\s+)?(?:contract|engagement|rotation))\b/iu;

function punishment(sentence: string, people: PeopleIndex): Rewrite | null {
  const say = says('blame-word', 'A punishment is not an action item. Say which guard rail or step is needed.');
  // "Recommend that this outage be noted in Chidi Eze's performance review": a review of a person is no action item.
  const onRecord = /\b(?:noted|recorded|mentioned|reflected|logged|included)\s+(?:in|on)\s+(.+?)['’]s?\s+(?:performance\s+review|annual\s+review|appraisal|personnel\s+file|hr\s+file|record)\b/iu.exec(sentence);
  if (onRecord && personLike(onRecord[1], people)) return { ...say(sentence), unrewritten: true };
  const removed = /^(\s*)(.+?)\s+to\s+be\s+(?:removed|taken\s+off|banned|suspended|excluded)\s+from\s+(.+?)(?:\s+until\s+.+?)?\s*([.!]*)$/iu.exec(sentence);
  // (No "Review the guard rails on …": a ninth reader took it for an action the writer never set.)
  if (removed && personLike(removed[2], people)) return leftToWriter(say(sentence), sentence);
  // "The checkpoint boss should be stood down for the rest of the season after this.": a sanction called for.
  const stoodDown = /^\s*(.+?)\s+(?:should|must|needs?\s+to|ought\s+to|has\s+to|will\s+have\s+to)\s+be\s+(?:stood\s+down|suspended|sacked|fired|dismissed|demoted|benched|disciplined|reprimanded|let\s+go)\b/iu.exec(sentence);
  if (stoodDown && personLike(stoodDown[1], people) && !SANCTION_TURNED_DOWN.test(sentence)) return leftToWriter(say(sentence), sentence);
  // "Corrective action: revoke Ebo's production access", "take Ebo off the on-call rota": a sanction
  // as an order (not when the person leaves, is on leave or asked). No rewrite: "review who needs the
  // access" was, to a reader, an action the writer never set.
  const revoke = /\b(?:revok(?:e|ing)|remov(?:e|ing)|suspend(?:ing)?|restrict(?:ing)?|withdraw(?:ing)?|pull(?:ing)?|strip(?:ping)?|take\s+away|taking\s+away)\s+(his|her|their|.+?['’]s?)\s+(?:[\w-]+\s+){0,2}(?:access|rights|permissions?|privileges?|credentials)\b/iu.exec(sentence);
  const takeOff = /(?:^|:\s*|\.\s+)(?:remove|take|drop|ban|bar|exclude|suspend|pull)\s+(.+?)\s+(?:off|from|out\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:rota|rotation|roster|pager|on-?call|releases?|deploys?|deployments?|prod|production|team|project|repo|codebase)\b/iu.exec(sentence);
  // ("Remove deploy permissions from Tomasz Nowak until he redoes the training": the same, said the other way round.)
  const revokeFrom = /\b(?:revoke|remove|suspend|restrict|withdraw|pull|strip)\s+(?:[\w-]+\s+){0,2}(?:access|rights|permissions?|privileges?|credentials)\s+(?:from|for|of)\s+(.+?)(?=\s+(?:until|pending|while|for|on|to)\b|[.,;:!]|$)/iu.exec(sentence);
  if (((revoke && (personLike(revoke[1].replace(/['’]s?$/u, ''), people) || /^(?:his|her|their)$/iu.test(revoke[1]))) || (revokeFrom && personLike(revokeFrom[1], people)) || (takeOff && personLike(takeOff[1], people))) && !SANCTION_TURNED_DOWN.test(sentence) && !NOT_A_SANCTION.test(sentence)) {
    return leftToWriter(say(sentence), sentence);
  }
  const neverLet = /\bnever\s+(?:let|allow)\s+(.+?)\s+(?:to\s+)?(?:touch|deploy\s+to|change|access|near)\s+(.+?)\s+again\b/iu.exec(sentence);
  if (neverLet && personLike(neverLet[1], people)) {
    return leftToWriter(say(sentence), sentence);
  }
  // "provided we keep Alejandro away from the entitlement service", "don't let Ahmed anywhere near the Terraform state".
  const keepAway = /\b(?:keep|keeping|kept)\s+(.+?)\s+(?:well\s+)?(?:away\s+from|(?:off|out\s+of)\s+(?:the\s+)?(?:prod|production|rota|pager|on-?call|releases?|deploys?|deployments?|codebase|repo))\b|\b(?:don['’]t|do\s+not|never|not)\s+let\s+(.+?)\s+(?:anywhere\s+)?near\b/iu.exec(sentence);
  if (keepAway && personLike(keepAway[1] ?? keepAway[2], people)) return { ...say(sentence), unrewritten: true };
  const explain = /^(\s*)(.+?)\s+(?:must|should|needs?\s+to)\s+explain\s+(?:in\s+writing\s+)?why\s+(?:they|he|she)\s+(\w+ed)\s+(.+?)\s*([.!]*)$/iu.exec(sentence);
  if (explain && personLike(explain[2], people)) {
    const [, lead, , verb, rest, stop] = explain;
    return say(`${lead}Review why ${pastPassive(rest, verb)}${plainStop(stop)}`);
  }
  // "Whoever approved X needs to explain themselves", "Bob has to answer for this": a demand for a culprit.
  const answerFor = /^(\s*)(.+?)\s+(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to|owes?\s+(?:us|everyone|the\s+team)\s+an\s+explanation)(?:\s+(?:explain\s+(?:themselves|himself|herself|themself)|answer\s+for\s+(?:it|this|that)))?\s*([.!]*)$/iu.exec(sentence);
  if (answerFor && /\b(?:explain\s+(?:themselves|himself|herself|themself)|answer\s+for|owes?\b)/iu.test(sentence) && (/^whoever\s/iu.test(answerFor[2]) || personLike(answerFor[2], people))) {
    const [, lead, who, stop] = answerFor;
    const review = reviewOf(lead, /^whoever\s+(\w+ed)\s+(.+)$/iu.exec(who), stop);
    return review ? say(review) : leftToWriter(say(sentence), sentence);
  }
  // "The developer responsible for the offer-letter template should be identified and named in the final report."
  const named = /^(\s*)(.+?)\s+(?:should|must|needs?\s+to|has\s+to|have\s+to|ought\s+to|will|to)\s+be\s+(?:(?:publicly|clearly|properly)\s+)?(?:identified\s+and\s+named|named(?:\s+and\s+shamed)?|called\s+out|singled\s+out|named\s+publicly|identified\s+(?:by\s+name|publicly))\b/iu.exec(sentence);
  // (Not "Pieter asked to be named in the report as the person who ran the command": his own request.)
  if (named && !SANCTION_TURNED_DOWN.test(sentence) && !/\b(?:asked|asks|wants?|wanted|offered|volunteered|requested)\s+to\s+be\s+named\b/iu.test(sentence) && (/^(?:whoever|(?:the\s+)?(?:person|one|people|ones)\s+(?:who|responsible))\b/iu.test(named[2]) || personLike(named[2].replace(/\s+(?:responsible\s+for|who|that|behind)\s.*$/iu, ''), people))) {
    return leftToWriter(say(sentence), sentence);
  }
  // "The person who deleted the patient-records index should be held accountable."
  const heldTo = /^(\s*)(.+?)\s+(?:should|must|needs?\s+to|has\s+to|have\s+to|ought\s+to|will)\s+be\s+held\s+(?:personally\s+)?(?:accountable|responsible)(?:\s+for\s+.+?)?\s*([.!]*)$/iu.exec(sentence);
  if (heldTo && (/^(?:whoever|(?:the\s+)?(?:person|one|engineer|people|ones)\s+who)\s/iu.test(heldTo[2]) || personLike(heldTo[2], people))) {
    const [, lead, who, stop] = heldTo;
    const review = reviewOf(lead, /^(?:whoever|(?:the\s+)?(?:person|one|engineer|people|ones)\s+who)\s+(\w+ed)\s+(.+)$/iu.exec(who), stop);
    return review ? say(review) : leftToWriter(say(sentence), sentence);
  }
  // "Diego to write a personal apology to the affected customers for the data loss": the apology is the company's.
  const apology = /\bapolog/iu.test(sentence) && /^(\s*(?:[^:;]{1,40}:\s+)?)([^:;,]{1,60}?)\s+(?:to|must|should|will)\s+(?:personally\s+)?(?:(?:write|send|make|give|issue|deliver|offer)\s+(?:a|an)\s+(?:personal\s+|public\s+|formal\s+|written\s+)?apology|apologi[sz]e(?:\s+(?:personally|in\s+person|publicly))?)(?:\s+(?:in\s+person|personally|publicly))?(?:\s+to\s+((?:(?!\s+for\s).)+?))?(?:\s+for\s+(.+?))?\s*([.!]*)$/iu.exec(sentence);
  if (apology && personLike(apology[2], people) && !/^(?:we|the\s+company|the\s+business)$/iu.test(apology[2].trim())) {
    const [, lead, , to = 'those affected', what, stop] = apology;
    // Who receives it ends where what the person is to say of themselves begins ("explaining her part",
    // ", they created …"); "on behalf of engineering" stays.
    const [recipient, ...more] = to.split(/\s*(?=,|\s(?:explaining|about|because|who|since|on\s+behalf\s+of)\b)/iu);
    const behalf = /^\s+on\s+behalf\s+of\s+[^,]+/iu.exec(more.join(''))?.[0] ?? '';
    const whom = recipient.replace(/\b(?:he|she|they)\s+affected\b/iu, 'affected').replace(/\s+(?:in\s+person|personally|publicly)$/iu, '');
    return say(`${lead}Send ${whom} an apology${behalf}${what ? ` for ${what}` : ''}${plainStop(stop)}`);
  }
  // "From now, all the changes of Adebayo must be checked by two seniors": the check is for every change
  // (one person's work singled out; a team's is a process: "changes by the platform team must be reviewed").
  const singled = /\b((?:changes|deploys|deployments|commits|merges|releases|pull\s+requests|PRs|MRs|scripts|configs?|work)\s+)(?:of|by|from)\s+([\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?)(?=\s+(?:must|should|will|need|needs|have\s+to|has\s+to|are\s+to)\s+(?:be|go|get|pass)\b)/iu.exec(sentence);
  if (singled && /^\p{Lu}/u.test(singled[2]) && personLike(singled[2], people)) {
    return say(`${sentence.slice(0, singled.index)}${singled[1].trimEnd()}${sentence.slice(singled.index + singled[0].length)}`);
  }
  // Any other call for a sanction ("HR to be notified", "a formal written warning is appropriate"),
  // unless the sentence turns it down ("No disciplinary action is needed", "will not be used as input
  // to performance reviews"): no rewrite keeps a sanction and leaves the person out.
  // (Turned down in its own clause: "… without a second approver, and what consequences will there be for them?" asks for one.)
  const sanction = PUNISHMENT.exec(sentence);
  if (sanction && !SANCTION_TURNED_DOWN.test(sentence.slice(0, sanction.index).split(/[,;:]\s+(?:and\s+)?(?=\p{L})/u).pop() ?? '') && !SANCTION_TURNED_DOWN.test(sentence.slice(sanction.index))) return { ...say(sentence), unrewritten: true };
  if ((SANCTION_CALLED_FOR.test(sentence) && !SANCTION_TURNED_DOWN.test(sentence.replace(SANCTION_CALLED_FOR, ''))) || (UNPUNISHED.test(sentence) && !/\bblame(?:less|-free)\b/iu.test(sentence))) return { ...say(sentence), unrewritten: true };
  if (NAME_SOUGHT.test(sentence) && !SANCTION_TURNED_DOWN.test(sentence)) return { ...says('blame-word', 'Asking for a name looks for a culprit. Say what happened and what allowed it.')(sentence), unrewritten: true };
  if (CONFESSION_SOUGHT.test(sentence)) return { ...says('blame-word', 'Waiting for someone to own up looks for a culprit. Say what happened and what allowed it.')(sentence), unrewritten: true };
  const reminded = /^(\s*)(.+?)\s+to\s+be\s+reminded,?\s+(?:again,?\s+|once\s+more,?\s+)?that\s+(.+?)\s+is\s+not\s+(?:a\s+suggestion|optional)\s*([.!]*)$/iu.exec(sentence);
  if (reminded && personLike(reminded[2], people)) return say(`${reminded[1]}Make ${reminded[3]} enforced by the tooling${plainStop(reminded[4])}`);
  return null;
}

/**
 * Scorn at what people did, with no blame word (set 218): "told them it was 'basically fine'", "called it 'close
 * enough'", "has one job … and it's the veils", "I'd like them to come and block a hundred hats with it". Left to
 * the writer: what was done may stay, but only they can say it without the sneer.
 */
const SCORNED_ACT = /\b(?:told|assured|promised)\s+(?:them|us|him|her|everyone|everybody|the\s+[\p{L}-]+)\s+(?:that\s+)?(?:it|this|that|everything)\s+(?:was|would\s+be|is)\s+['‘"“](?:basically\s+|probably\s+|totally\s+|perfectly\s+|more\s+or\s+less\s+)?(?:fine|ok|okay|safe|good|nothing|no\s+problem)['’"”]|\bcalled\s+it\s+['‘"“](?:close|good)\s+enough['’"”]|\b(?:has|had|have)\s+(?:literally\s+)?(?:one|1|a\s+single)\s+job\b|\bi['’]?d\s+(?:like|love)\s+(?:to\s+see\s+)?(?:them|him|her)\s+(?:to\s+)?(?:come\s+(?:and|to)\s+|try\s+to\s+)?\p{L}+\b[^.!?]{0,50}\bwith\s+(?:it|them|that|those)\b/iu;

function scornedAct(sentence: string, people: PeopleIndex): Rewrite | null {
  const scorn = SCORNED_ACT.exec(sentence);
  if (!scorn) return null;
  // (Of people only: the subject before it, or whom "them" stands for in the sentence, is a person or a group.)
  const before = sentence.slice(0, scorn.index);
  // ("what we called it 'close enough' in the spec": the writers' own word.)
  if (/\b(?:we|i)\s+$/iu.test(before)) return null;
  // (A doer named by what they do, "the milliner on the veil order", "the tuner", is someone; "the valve", "the
  // printer" are things.)
  const agent = /^\s*(?:so\s+|and\s+|but\s+)?(?:the|a|an|our|their|that|this)\s+(?:[\p{L}-]+\s+)?(\p{L}+(?:er|or|ist|ian))s?\b/iu.exec(before);
  const agentIsPerson = agent !== null && !/(?:server|router|controller|printer|scanner|sensor|buffer|timer|counter|meter|filter|container|cluster|header|trigger|monitor|adapter|driver|compressor|motor|generator|detector|indicator|regulator|converter|connector|selector|processor|handler|listener|scheduler|parser|loader|worker|broker|balancer|folder|paper|water|order|calendar|register|barrier|chamber|boiler|cylinder|lever|heater|cooler|mixer|cutter|roller|feeder|dryer|freezer)$/iu.test(agent[1]);
  if (!mentionsPeopleIn(before, people) && !agentIsPerson && !/\b(?:they|he|she|them|him|her)\b/iu.test(scorn[0])) return null;
  return { kind: 'blame-word', message: 'Scorn at what someone did blames them. Say what happened and what made it the natural thing to do.', text: sentence, unrewritten: true };
}

export function insinuationRewrite(sentence: string, people: PeopleIndex): Rewrite | null {
  return insinuation(sentence, people) ?? habitsAndLapses(sentence, people) ?? punishment(sentence, people) ?? scornedAct(sentence, people);
}
