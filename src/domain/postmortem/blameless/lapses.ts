/**
 * Lapses told as a person's story, where no single word blames but the telling does:
 * - an alert dealt with and then left: "The on-call acknowledged the page and then went back to
 *   sleep", "Kenji silenced the alert and went to lunch";
 * - something of a test environment put into production by someone: "She copied the staging
 *   credentials into the production manifest";
 * - something left on in production by someone: "Kwame left debug logging switched on in the
 *   production config";
 * - pages slept through: "On-call Mark Sullivan sleeps through four pages";
 * - a warning gone past, a checklist signed with items open, a change at a risky hour.
 * Each is restated as what happened to the thing, with no one doing it, or left to the writer.
 */
import { maybeStandsForPeople, type PeopleIndex } from './clause';
import { restatedWithoutPeople } from './person-failure';
import { says, type Rewrite } from './rewrite';
import { capitalise, participleOf, infinitiveOf, plainStop } from './words';

const AWAY = String.raw`(?:went|headed|drifted)\s+(?:back\s+)?(?:to\s+(?:sleep|bed|lunch|dinner|a\s+meeting)|home|offline|for\s+(?:lunch|coffee|a\s+coffee|a\s+break))|logged\s+off|signed\s+off\s+for\s+the\s+(?:day|night)`;

function alertLeft(sentence: string, people: PeopleIndex): Rewrite | null {
  // ("Per the timeline, …", "The incident happened because …": the lead stays, a thirty-second reader found it dropped.)
  const m = new RegExp(String.raw`^(\s*(?:(?:after\s+[^,]+|per\s+the\s+[\w\s-]+?|according\s+to\s+[^,]+),\s*)?(?:(?:the\s+[\w-]+\s+|this\s+|it\s+)(?:happened|occurred|started|began)\s+because\s+)?)(.+?)\s+(acknowledged|silenced|snoozed|muted|dismissed|cleared|ignored)\s+(the\s+(?:[\w-]+\s+){0,3}?(?:page|alert|alarm|warning|notification|pager))((?:\s+[^,]*?)?),?\s+and\s+(?:then\s+)?(?:apparently\s+|just\s+|simply\s+)?(?:${AWAY})\b.*?([.!]*)$`, 'iu').exec(sentence);
  if (!m || !maybeStandsForPeople(m[2], people)) return null;
  const [, lead, , verb, thing, more, stop] = m;
  // (What else was said stays: "at 02:14" when it was, "on well 4" which alarm; a thirty-second reader found both dropped.)
  // (Only those: "silenced the alert quickly", "… without reading it", "… in the PagerDuty app at 02:14" are no part of
  // the alert, and go as before.)
  const when = /^\s+(?:(?:at|around|about|by|within|after|before|on|in)\s+(?:\d|the\s+(?:first|second|third)\b|midnight|noon)|for\s+(?:an?|\d+|two|three|four|five|ten|twenty|thirty|forty)\s+(?:minutes?|hours?|days?))[^,]{0,20}$/iu.test(more) && !/\b(?:app|phone|laptop|console|ui|screen)\b/iu.test(more) ? more : '';
  const which = !when && /^\s+(?:on|from)\s+(?:the\s+)?[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2}$/u.test(more) && !/\b(?:\p{L}+ly|app|phone|laptop)\b/iu.test(more) ? more : '';
  const named = `${thing}${which}`;
  return says('blame-word', 'Telling what a person did next (went back to sleep) blames them. Say what happened to the alert and what would have kept it in view.')(
    `${lead}${lead.trim() ? named : capitalise(named)} was ${participleOf(infinitiveOf(verb))}${when} and not followed up${plainStop(stop)}`,
  );
}

/** "On-call Mark Sullivan sleeps through four pages." → "Four pages went unanswered." */
function sleptThrough(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = /^(\s*)(.+?)\s+(?:sleeps|slept|sleeping)\s+through\s+((?:the\s+|all\s+|every\s+|several\s+|multiple\s+|\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:pages?|alerts?|alarms?|calls?|pings?|notifications?))\b(.*?)\s*([.!]*)$/iu.exec(sentence);
  if (!m || !maybeStandsForPeople(m[2].replace(/^(?:on-?call|ic|sre|dba|manager|engineer)\s+/iu, ''), people)) return null;
  const [, lead, , what, rest, stop] = m;
  return says('blame-word', 'Saying a person slept through the pages blames them. Say what happened to the pages and what would have reached someone.')(
    `${lead}${capitalise(what)} went unanswered${rest}${plainStop(stop)}`,
  );
}

const TEST_ENV = String.raw`(?:staging|test|testing|dev|development|local|sandbox|qa)`;
/** What must not travel from a test environment to production (dashboards or fixtures copied on purpose are not a lapse). */
const SETTING = String.raw`(?:[\w-]+\s+){0,2}(?:credentials?|secrets?|keys?|tokens?|passwords?|connection\s+strings?|config(?:uration)?|settings|certificates?|certs?|endpoints?|urls?|hostnames?|database|db|env(?:ironment)?(?:\s+(?:file|variables?))?|variables?|flags?)`;

function testIntoProduction(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = new RegExp(String.raw`^(\s*)(.+?)\s+(?:\w+ly\s+)?(copied|pasted|pushed|put|dropped|committed|deployed|uploaded|loaded)\s+(the\s+${TEST_ENV}\s+${SETTING})\s+(?:into|to|onto|in)\s+(the\s+)?(production|prod|live)\b(.*?)\s*([.!]*)$`, 'iu').exec(sentence);
  if (!m || !maybeStandsForPeople(m[2], people) || /\bas\s+(?:planned|intended|agreed)\b|\b(?:on\s+purpose|deliberately)\b/iu.test(m[7])) return null;
  const [, lead, , , thing, the = '', where, rest, stop] = m;
  return says('blame-word', 'Saying who put a test setting into production blames them. Say what reached production and what let it.')(
    `${lead}${capitalise(thing)} ended up in ${the}${where}${rest}${plainStop(stop)}`,
  );
}

function leftOn(sentence: string, people: PeopleIndex): Rewrite | null {
  // "Infra left the S3 bucket with customer invoices public for three weeks."
  const exposed = /^(\s*)(.+?)\s+left\s+(the\s+.+?)\s+(public|publicly\s+readable|world-readable|open\s+to\s+the\s+internet|unencrypted|unprotected|unlocked|exposed)\b(.*?)\s*([.!]*)$/iu.exec(sentence);
  if (exposed && maybeStandsForPeople(exposed[2], people)) {
    const [, lead, , thing, state, rest, stop] = exposed;
    return says('blame-word', 'Saying who left it exposed blames them. Say what was exposed, for how long, and what would have caught it.')(
      `${lead}${capitalise(thing)} was left ${state}${rest}${plainStop(stop)}`,
    );
  }
  const m = /^(\s*)(.+?)\s+left\s+(.+?)\s+(?:switched\s+|turned\s+|enabled\s+)?(on|enabled|open|exposed|running)\s+(in|on)\s+(.*\b(?:production|prod|live)\b.*?)\s*([.!]*)$/iu.exec(sentence);
  if (!m || !maybeStandsForPeople(m[2], people)) return null;
  const [, lead, , thing, state, prep, where, stop] = m;
  return says('blame-word', 'Saying who left it on blames them. Say what was on in production and what would have caught it.')(
    `${lead}${capitalise(thing)} was ${state === 'running' ? 'still running' : `left ${state}`} ${prep} ${where}${plainStop(stop)}`,
  );
}

/**
 * "Min-jun ran the migration, saw the warning, and pressed enter": a warning seen and gone past, told
 * of a person. What the warning said and why it did not stop the run is the review's question.
 */
const PAST_WARNING = /^\s*(?:[^:;]{1,40}:\s+)?(.+?)\s+(?:\p{L}+ed\s+[^,;]{1,60},\s+)?(?:saw|read|got|acknowledged|dismissed|clicked\s+through)\s+(?:the|a|both|all|every|two|three|\d+)\s+(?:[\w-]+\s+){0,2}?(?:warnings?|prompts?|confirmation(?:\s+dialog)?|errors?)\b,?\s+(?:and\s+)?(?:then\s+)?(?:(?:still|anyway)\s+)?(?:pressed|hit|clicked|typed|answered|went\s+ahead|carried\s+on|continued|proceeded|ran\s+it|deployed|merged)\b/iu;

/** "Li Na signed the release checklist; items 4 through 9 are unchecked": a sign-off told beside what it left undone. */
const SIGNED_WITH_GAPS = /^\s*(?:[^:;]{1,40}:\s+)?(.+?)\s+(?:signed|ticked|approved|signed\s+off)\s+(?:off\s+)?(?:on\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:checklist|sign-?off|form|test\s+report|release|change\s+request)\b[^.]{0,20}?[;,:—–-]\s*(?:but\s+|although\s+|while\s+)?(?:items?|steps?|boxes|sections?|rows?|\d+\s+of\s+(?:the\s+)?\d+|half)\b[^.]{0,40}?\b(?:are|were|was|is|still|remain|remained)\s+(?:still\s+)?(?:unchecked|unticked|blank|empty|open|failing|red|not\s+(?:done|run|ticked|checked|completed))\b/iu;

/**
 * "Thandiwe deployed the payroll engine at 16:55 on the last business day of the month": a change
 * told with the hour that makes it risky, laid on whoever made it. A fix, hotfix, patch or rollback
 * at that hour is the response, not the risk.
 */
const RISKY_HOUR = /^\s*(?:[^:;]{1,40}:\s+)?(.+?)\s+(?:deployed|released|shipped|merged|pushed|rolled\s+out|launched|ran)\s+(?![^.]*\b(?:fix|hotfix|patch|rollback|revert|mitigation)\b)[^.;]{1,60}?\s+at\s+(?:1[6-9]:\d\d|2[0-3]:\d\d|[4-9](?::\d\d)?\s*(?:p\.?m\.?))\b[^.;]{0,40}?\b(?:on\s+(?:a\s+)?friday|the\s+last\s+(?:business|working)\s+day|before\s+(?:a|the)\s+(?:long\s+|bank\s+|public\s+)?(?:holiday|weekend)|(?:christmas|new\s+year['’]?s)\s+eve)\b/iu;

/** "Somebody (Hiroshi) disabled the checksum step to make it faster": a safeguard switched off for convenience. */
const SAFEGUARD_OFF_FOR_SPEED = /^\s*(?:[^:;]{1,40}:\s+)?(.+?)\s+(?:disabled|skipped|removed|bypassed|turned\s+off|switched\s+off|commented\s+out|muted|silenced)\s+(?:the\s+|a\s+|all\s+|every\s+)?(?:[\w-]+\s+){0,3}?(?:check(?:sum)?s?|validations?|tests?|alerts?|guards?|safeguards?|verifications?|reviews?|lint(?:ing|er)?|steps?|gates?|scans?)\b[^.;]{0,30}?\s+(?:to|so\s+(?:it|that\s+it)\s+would)\s+(?:make\s+(?:it|things|the\s+\w+)\s+(?:faster|quicker|go\s+faster)|save\s+(?:time|a\s+few\s+minutes)|speed\s+(?:it|things|the\s+\w+)\s+up|get\s+(?:it|the\s+\w+)\s+(?:out|through|green|merged)|hit\s+the\s+(?:deadline|release|window)|finish\s+(?:early|sooner|faster)|go\s+faster)/iu;

/** The sentence restated without its people (`restated`), or, when it could not be, left to the writer. */
function restatedOrLeft(sentence: string, restated: { text: string } | null, message: string): Rewrite {
  return restated ? { kind: 'person-failure', message, text: restated.text } : { kind: 'person-failure', message, text: sentence, unrewritten: true };
}

function toldOfPerson(sentence: string, people: PeopleIndex): Rewrite | null {
  const offForSpeed = SAFEGUARD_OFF_FOR_SPEED.exec(sentence);
  // ("We disabled the flaky test to get the release out": the writers own it.)
  if (offForSpeed && !/^\s*(?:we|i)$/iu.test(offForSpeed[1]) && maybeStandsForPeople(offForSpeed[1].replace(/\s*\([^)]*\)\s*$/u, ''), people)) {
    return restatedOrLeft(sentence, restatedWithoutPeople(sentence.replace(/^(\s*(?:[^:;]{1,40}:\s+)?)(?:somebody|someone)\s+\(([^)]+)\)/iu, '$1$2'), people),
      'A safeguard turned off for speed is laid on whoever did it. Say what made the safeguard slow, and what let it be turned off.');
  }
  const warned = PAST_WARNING.exec(sentence) ?? SIGNED_WITH_GAPS.exec(sentence);
  if (warned && maybeStandsForPeople(warned[1], people)) {
    return { kind: 'person-failure', message: 'Telling what a person went past blames them. Say what the warning or the checklist said, and what let the run go on.', text: sentence, unrewritten: true };
  }
  const risky = RISKY_HOUR.exec(sentence);
  if (risky && maybeStandsForPeople(risky[1], people)) {
    return restatedOrLeft(sentence, restatedWithoutPeople(sentence, people), 'The hour is told to lay the change on whoever made it. Say what made that hour risky and what allowed a change then.');
  }
  return null;
}

export function lapseRewrite(sentence: string, people: PeopleIndex): Rewrite | null {
  return alertLeft(sentence, people) ?? testIntoProduction(sentence, people) ?? leftOn(sentence, people) ?? sleptThrough(sentence, people) ?? toldOfPerson(sentence, people);
}
