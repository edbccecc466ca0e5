/**
 * People ranked by a quality figure, the QA report's own way of blaming: "Reopened defects by
 * developer: Ahmed 14, everyone else under 3", "each developer's escaped defects, sorted highest
 * first", "a 'top defect introducers' leaderboard". A figure per person says who, not what let the
 * defects through; there is no restating it without the figure per component or stage, which the
 * sentence does not give, so the finding leaves the sentence to its writer. Counts that are not held
 * against anyone pass ("Defects raised per tester this week: Léa 18, Rafael 15", "Defects per
 * developer are not shown this week").
 */
import { standsForPeople, type PeopleIndex } from './clause';
import type { Rewrite } from './rewrite';

const MESSAGE = 'A figure per person ranks people, not the process. Report it by component, stage or test suite, or leave it out.';

/** "per developer", "by reviewer", "each engineer's": a figure broken down by person. */
const PER_PERSON = /\b(?:per|by|for\s+each|each)\s+(?:developer|engineer|reviewer|tester|author|committer|person|individual|dev|assignee|approver)(?:['’]s|s)?\b/iu;
/** What counts against whoever it is counted for. */
const HELD_AGAINST = /\b(?:reopen(?:ed|s)?\s+(?:defects?|bugs?|tickets?)|escaped\s+(?:defects?|bugs?)|(?:defect\s+)?leakage|leaked\s+(?:defects?|bugs?)|(?:defects?|bugs?|regressions?)\s+(?:introduced|caused|escaped|reopened|leaked)|incident\s+counts?|(?:incidents?|outages?|sev\s*\d|p\d)s?\s+(?:caused|triggered|started)|(?:failed|broken|rolled[\s-]back)\s+(?:deploys?|deployments?|builds?|releases?|changes?)|(?:pages?|alerts?)\s+(?:acknowledged|acked)\s+late|late\s+(?:acks?|acknowledg\w+)|flaky\s+tests?)\b/iu;
/** A repeat culprit presumed, whom a figure is to find: "so we can see who keeps breaking podcast ingest". */
// ("ranking this year's outages by who deployed them": failures sorted by whose they were.)
const REPEAT_CULPRIT = /\bwho\s+(?:keeps|kept)\s+(?:breaking|causing|failing|crashing|taking\s+down|wrecking|messing\s+up)\b|\b(?:rank\p{L}*|sort\p{L}*|order\p{L}*|group\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:outages|incidents|bugs|defects|failures|regressions|sev\d?s?)\s+by\s+(?:who|whom|whose|person|engineer|developer|author)\b/iu;
/** A board of who did worst ("a 'bug of the month' board listing which developer introduced each Sev1"). */
const BOARD = /\b(?:(?:defect|bug|incident|outage|failure|regression)s?\b[^.;]{0,40}\b(?:leaderboard|league\s+table)|(?:leaderboard|league\s+table)\b[^.;]{0,40}\b(?<![#/-])(?:defect|bug|incident|introducer|offender)s?|(?:hall|wall)\s+of\s+shame|name\s+and\s+shame|(?:defect|bug|incident|outage|failure|screw-?up|fail)\s+of\s+the\s+(?:day|week|month|quarter|sprint|year)|(?:listing|naming|showing|ranking|lists|names|shows|ranks)\s+(?:which|who|each|every|the)\s+(?:developer|engineer|person|tester|author|dev|individual)s?\s+(?:introduced|caused|broke|shipped|wrote|merged|leaked)|(?:healthy|some|a\s+little|a\s+bit\s+of|public)\s+shame|repeat\s+offenders?|shame\s+(?:them|people|him|her|the\s+team|whoever)|(?:rank|ranking|sort|sorting|order|list|listing)\s+(?:the\s+|our\s+|all\s+)?(?!(?:[\p{L}-]+\s+)?(?:suppliers|vendors|providers|carriers|partners|servers|routers|brokers|workers|containers|sensors|senders|readers|scanners|printers|controllers|clusters|listeners|consumers|producers|handlers|services|components)\b)(?:[\p{L}-]+\s+)?(?:\p{L}+(?:ers|ors|ists|ians|ants|ents)|people|staff|crews|teams|individuals)\s+by\s+(?:(?:their|the|number\s+of|count\s+of|how\s+many)\s+)?(?:[\p{L}-]+\s+){0,2}(?:late|missed|failed|wrong|bad|botched|slow)\b|(?:the\s+)?same\s+name\s+(?:at\s+the\s+top|on\s+top|every\s+time|again)|(?:one|a\s+single|the\s+same)\s+common\s+name|(?:shift|team|crew|squad|desk)\b[^.;]{0,30}\bis\s+where\s+(?:(?:our|the|all|most)\s+)+(?:[\p{L}-]+\s+){0,2}(?:excursions|incidents|outages|bugs|defects|errors|problems|failures)\s+come\s+from|(?:has|have|had|with|carries|carry)\s+the\s+same\s+name\s+(?:in|on|behind|attached\s+to)\b|(?:ranking|ranked\s+list|league\s+table|tally|count|list)\s+of\s+who\s+(?:caused|introduced|broke|shipped|created|wrote|opened|triggered)\s+the\s+most\b)\b/iu;
/** "Bogdan 9, rest of the rotation 1": one person's count set against everyone else's. */
const ONE_AGAINST_REST = /(?:^|[:;,]\s*)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+\d+\s*(?:,|;|vs\.?|against)\s*(?:the\s+)?(?:rest|everyone\s+else|everybody\s+else|others|all\s+others|the\s+others|team\s+average|average)\b/u;
/**
 * "Defect escape rate for Olga's stories is double the team average", "Tickets assigned to Anouk
 * reopen at nearly three times the team average": one person's work measured against everyone's.
 */
const PERSON_AGAINST_AVERAGE = /(?:\b(\p{Lu}[\p{L}'’-]+)['’]s\s+|\b(?:assigned\s+to|owned\s+by|written\s+by|raised\s+by|from|by|for)\s+(\p{Lu}[\p{L}'’-]+)\b)[^.;]{0,60}?\b(?:double|twice|triple|three\s+times|four\s+times|five\s+times|\d+(?:\.\d+)?\s*(?:x|times)|(?:nearly|almost|about|roughly|over)\s+(?:double|twice|triple|\w+\s+times)|(?:well\s+|far\s+)?(?:above|higher\s+than|worse\s+than))\s+(?:that\s+of\s+)?(?:the\s+)?(?:team|squad|department|company|group)?\s*(?:average|mean|norm|median)\b/u;
/** "7 of the 11", "70% of": a count. */
const COUNT = String.raw`\b\d+\s+(?:of|out\s+of)\s+(?:the\s+|our\s+)?(?:last\s+)?\d+\b|\b\d+(?:\.\d+)?\s*%\s+of\b`;
/**
 * "7 of the 11 regressions this quarter came from Ahmed's merges", "70% of escaped bugs came from
 * Sanne's area": a count of faults laid on one person's work. (Where a fault came from, without a
 * count or a person, says where, not whose.)
 */
const COUNT_FROM_PERSON = new RegExp(String.raw`(?:${COUNT})[^.;]{0,60}?\b(?:came\s+from|come\s+from|were\s+from|are\s+from|trace\s+back\s+to|traced\s+back\s+to|caused\s+by|introduced\s+by|were\s+in|are\s+in|(?:were|are)\s+(?:logged|filed|raised|recorded|booked)\s+under)\s+(?:(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)['’]s\b|(?:the\s+)?(?:batches|lots|runs|shifts|jobs|changes|deploys|builds|releases|orders|loads|tickets|PRs|pull\s+requests)\s+(?:that\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:ran|made|did|worked|shipped|built|released|handled|approved|wrote|packed|processed|signed\s+off|supervised|mixed|loaded))`, 'u');

const NUMBER = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
/** "of the last nine broken builds, seven came off Piotr's branch": the count said the other way round. */
const OF_LAST_FROM_PERSON = new RegExp(String.raw`\bof\s+(?:the|our)\s+(?:last|past|previous)\s+${NUMBER}\s+[^,;.]{1,40}?,\s*(?:${NUMBER}|all|most|half)\s+(?:of\s+them\s+)?(?:came\s+(?:off|from|out\s+of)|were\s+(?:from|on|off)|traced?\s+back\s+to)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)['’]s\b`, 'iu');
/** "Callum has had four dogs disqualified this season": failures counted against whoever had them. */
const PERSON_HAD_COUNT = new RegExp(String.raw`(?:^|[,:;]\s*)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+has\s+(?:now\s+)?had\s+${NUMBER}\s+(?:[\p{L}-]+\s+){0,2}?(?:disqualified|rejected|returned|reopened|failed|sent\s+back|pulled|scratched|bounced|recalled|voided|withdrawn)\b`, 'u');

/** "Count so far for Ciarán: two gates left open, …": a tally kept for one person. */
const TALLY_FOR_PERSON = /^\s*(?:(?:[Tt]he\s+|[Aa]\s+|[Rr]unning\s+)?(?:[Cc]ount|[Tt]ally|[Ss]core|[Ss]corecard|[Tt]otal)\s+(?:so\s+far\s+|this\s+(?:week|month|quarter|season|year)\s+)?(?:for|on)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)|(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)['’]s\s+(?:running\s+)?(?:count|tally|score|scorecard|total)(?:\s+so\s+far|\s+this\s+(?:week|month|quarter|season|year))?)\s*:(?=[^.]*\b(?:wrong|missed|failed|forgot\p{L}*|broke|broken|late|skipped|lost|errors?|mistakes?|incidents?|left\s+(?:open|unlocked|on|running)|outages?|spills?|escapes?|injur\p{L}*|near[\s-]miss\p{L}*)\b)/u;

/** "Aylin accounts for 7 of the 12 regressions since March": a share of the faults laid on one person. */
const PERSON_ACCOUNTS_FOR = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:alone\s+|personally\s+)?(?:accounts?|accounted|is\s+responsible|was\s+responsible)\s+for\s+(?:${COUNT}|(?:most|half|all)\s+of)[^.;]{0,40}?\b(?:defects?|bugs?|regressions?|incidents?|outages?|escapes?|escaped|reopen\w*|failures?|failed|rollbacks?|sev\s*\d|p\d)\b`, 'u');

/** "Team Falcon produced 60% of the P1 bugs this half": a share of the faults laid on people's work. */
const PERSON_PRODUCED = new RegExp(String.raw`((?:team\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:team|squad|\p{Lu}[\p{L}'’-]+))?)\s+(?:alone\s+)?(?:produced|introduced|caused|wrote|shipped|created|generated|contributed)\s+(?:${COUNT}|(?:most|half|the\s+majority|the\s+bulk)\s+of)[^.;]{0,40}?\b(?:defects?|bugs?|regressions?|incidents?|escapes?|p\d|sev\s*\d)\b`, 'iu');

/** The sentence turns the ranking down. */
const DENIED = /\b(?:not|no|no\s+longer|stopped|retired|removed|dropped|scrapped|don['’]t|do\s+not|never|instead\s+of|rather\s+than|without|rejected|declined|abandoned|voted\s+down|(?:decided|argued|pushed\s+back|(?:are|were|is|am))\s+against)\b/iu;

/** "9 of the 12 escaped defects were written by the same contractor": a count laid on one unnamed person. */
const COUNT_FROM_SAME = new RegExp(String.raw`(?:${COUNT}|\b(?:most|all|half)\s+of\b)[^.;]{0,60}?\b(?:were|are|came|come)\s+(?:\p{L}+\s+)?(?:by|from)\s+the\s+same\s+(?:contractor|developer|dev|engineer|person|tester|individual|author|reviewer|team\s+member|vendor)\b`, 'iu');
/** "Per-person breakdown of failed deploys in Q3: Rafael 7, Mei 2, Jonas 1": names with their counts. */
const PER_PERSON_LIST = /\b[Pp]er[-\s](?:person|engineer|developer|head)\b[^.;:]{0,60}:\s*\p{Lu}[\p{L}'’-]+\s+\d+\s*,\s*\p{Lu}[\p{L}'’-]+\s+\d+/u;

/** "Rope inspection sign-offs missed: Kwame once in May, Tomasz once in May and once in April.": misses tallied by name. */
const HOW_OFTEN = String.raw`(?:once|twice|thrice|(?:two|three|four|five|six)\s+times|\d+\s*(?:x|times))`;
const NAMED_TALLY = new RegExp(String.raw`\b(?:missed|missing|failed|failures|skipped|late|errors?|mistakes?|misses|slips?|lapses?)\b[^:.;]{0,40}:\s*(\p{Lu}[\p{L}'’-]+)\s+${HOW_OFTEN}\b[^.;]{0,40}?,\s*(\p{Lu}[\p{L}'’-]+)\s+${HOW_OFTEN}\b`, 'u');

/** "Counting this one, that's four customer machines Reggie has returned with the ribbon vibrator bent": a running count of one person's. */
const COUNTING_THIS_ONE = new RegExp(String.raw`^\s*(?:[Cc]ounting|[Ii]ncluding|[Ww]ith)\s+(?:this|that|today['’]s|tonight['’]s)(?:\s+one)?,?\s+(?:that['’]s|that\s+(?:is|makes)|it['’]s|we['’]re\s+at)\s+${NUMBER}\b[^.;]{0,60}?\b(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:has|have|had)\s+(?:now\s+)?(?:returned|sent\s+back|broken|broke|missed|skipped|dropped|bent|damaged|lost|forgotten|botched|crashed|wrecked|rejected|bounced|failed|spilled|spilt|misfiled|mislabell?ed|scrapped|reopened|jammed|scratched|cracked|ruined|mis\p{L}+ed)\b`, 'u');

export function ranking(sentence: string, people: PeopleIndex): Rewrite | null {
  const ranked: Rewrite = { kind: 'blame-word', message: MESSAGE, text: sentence, unrewritten: true };
  // ("Proposal: stop tracking 'incidents caused' per engineer": a ranking given up is no ranking.)
  if (/\b(?:stop|stopped|no\s+longer|remove|removed|drop|dropped|retire|retired|quit)\s+(?:tracking|reporting|counting|showing|listing|publishing|ranking)\b/iu.test(sentence)) return null;
  if (COUNT_FROM_SAME.test(sentence) || PER_PERSON_LIST.test(sentence)) return ranked;
  const tally = NAMED_TALLY.exec(sentence);
  if (tally && standsForPeople(tally[1], people, { orMaybe: true }) && standsForPeople(tally[2], people, { orMaybe: true })) return ranked;
  if (DENIED.test(sentence)) return null;
  // "Linnea's team is now 0 for 3 on quiet month-end routing runs": a losing record kept for people.
  const record = /^\s*(?:[^:]{1,30}:\s+)?(.+?)\s+(?:is|are)\s+(?:now\s+)?0\s+for\s+\d+\b/iu.exec(sentence);
  if (record && standsForPeople(record[1], people)) return ranked;
  const one = ONE_AGAINST_REST.exec(sentence);
  const counting = COUNTING_THIS_ONE.exec(sentence);
  if (counting && standsForPeople(counting[1], people)) return ranked;
  const against = PERSON_AGAINST_AVERAGE.exec(sentence) ?? COUNT_FROM_PERSON.exec(sentence) ?? PERSON_ACCOUNTS_FOR.exec(sentence) ?? PERSON_PRODUCED.exec(sentence) ?? OF_LAST_FROM_PERSON.exec(sentence) ?? PERSON_HAD_COUNT.exec(sentence) ?? TALLY_FOR_PERSON.exec(sentence);
  // ("Team Falcon": a team named after its word "team".)
  const who = (against?.[1] ?? against?.[2] ?? '').replace(/^team\s+(.+)$/iu, '$1 team');
  return (against !== null && standsForPeople(who, people)) || BOARD.test(sentence) || REPEAT_CULPRIT.test(sentence) || (PER_PERSON.test(sentence) && HELD_AGAINST.test(sentence)) || (one !== null && standsForPeople(one[1], people))
    ? ranked : null;
}
