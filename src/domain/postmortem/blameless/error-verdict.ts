/**
 * "Root cause: operator error. The gate supervisor scanned the master badge on the wrong panel.": a
 * verdict of whose error it was, set just before the sentence that says what was done. Once that
 * sentence is restated, the verdict goes and its label leads the restatement ("Root cause: the master
 * badge was scanned on the wrong panel."). The nineteenth reader found "human error" left standing as
 * the root cause beside six otherwise blameless rewrites. So does a failure laid on people before the
 * sentence that says what they did ("The tote outage is squarely on the DBA team. They ran the index
 * rebuild during the Saturday card." → "The index rebuild was run during the Saturday card, which led to
 * the tote outage."), which the twentieth reader found left standing.
 */
import type { TextMatch } from './scan';
import { standsForPeople, type PeopleIndex } from './clause';
import { ROLE_NOUNS } from './lexicon';
import { garbledRestatement } from './grammar';
import { capitalise } from './words';
import { mayNamePeople, restatedWithoutPeople } from './person-failure';

/** "Root cause: human error.", "Operator error.", "Jira: closing as user error.": the whole sentence is the verdict. */
const ERROR_VERDICT = /^(\s*(?:[^.:!?]{1,40}:\s*)?)(?:(closing)\s+(?:this\s+|it\s+)?as\s+)?(?:(?:an?|the)\s+)?(?:(?:plain|simple|pure|classic|basic)\s+)?([\p{L}-]+)\s+(?:error|negligence)\s*[.!]?\s*$/iu;
/** "The incident was caused by operator error.": the verdict said as the cause. */
const CAUSED_BY_ERROR = /^(.*\bcaused\s+by\s+)(?:an?\s+)?([\p{L}-]+)\s+error(\s*[.!]?\s*)$/iu;
const PEOPLE_WORDS = new Set(['human', 'user', 'personnel', 'people', 'driver', 'staff']);
/** "Specifically, …": what leads the sentence on from the verdict it no longer follows. */
const LEAD_IN = /^(?:specifically|basically|namely|in\s+short|that\s+is)\s*,?\s+/iu;
/** Words that start a sentence in capitals only because they start it. */
const PLAIN_START = /^(?:The|A|An|This|That|These|Those|It|Its|There|Our|Their|No|Nothing|Nobody|None|Some|Someone|Every|Each|All|One|Two|Three|Both)\b/u;
const ROLE_LABEL = /^(\s*(?:root\s+cause|cause|rca))\s*\((?:human|operator|people|person|user)\)(?=\s*:)/iu;

const isPeopleWord = (word: string) => PEOPLE_WORDS.has(word.toLowerCase()) || ROLE_NOUNS.has(word.toLowerCase());
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "The tote outage is squarely on the DBA team.", "Honestly the monitoring outage is on Brenda.": what went wrong, laid on people. */
const LAID_ON = /^\s*(?:(?:honestly|frankly|clearly|in\s+my\s+opinion),?\s+)?((?:the|this|that|our)\s+[^.!?]{2,60}?)\s+(?:is|was)\s+(?:(?:squarely|entirely|totally|all|fully|100\s*%|firmly)\s+)?on\s+([^.!?]+?)\s*[.!]*\s*$/iu;
/** "It's the ops team's fault the uplink config drifted …": the failure, said as someone's fault. */
const FAULT_THAT = /^\s*(?:it['’]s|it\s+is|it\s+was)\s+([^.!?]+?)['’]s?\s+fault\s+(?:that\s+)?([^.!?]+?)\s*[.!]*\s*$/iu;
const stopless = (text: string) => text.trim().replace(/[.!]+$/u, '');
/** The text with its first word in lower case, unless it is a name or an acronym as the writer wrote it ("Pump 3", "LIMS"). */
function lowerUnlessNamed(text: string, original: string): string {
  const first = /^\p{L}[\p{L}\p{N}'’-]*/u.exec(text)?.[0];
  if (!first || (!PLAIN_START.test(text) && (/^\p{Lu}{2}|\p{Ll}\p{Lu}/u.test(first) || new RegExp(`(?<![.!?:]\\s*|^)\\b${first}\\b`, 'u').test(original)))) return text;
  return lowerFirst(text);
}

/**
 * What a restatement says once the verdict before it goes: what went wrong kept, whose it was not
 * ("The index rebuild was run during the Saturday card, which led to the tote outage.").
 */
function withoutVerdictOnPeople(verdict: string, restated: string, people: PeopleIndex): string | null {
  const said = stopless(restated.replace(LEAD_IN, ''));
  const laid = LAID_ON.exec(verdict);
  if (laid && said && standsForPeople(laid[2], people)) return `${capitalise(said)}, which led to ${lowerUnlessNamed(laid[1], verdict)}.`;
  const fault = FAULT_THAT.exec(verdict);
  if (fault && said && standsForPeople(fault[1], people)) return `${capitalise(stopless(fault[2]))}: ${lowerUnlessNamed(said, restated)}.`;
  return null;
}

/** What a restatement says once it follows the verdict's label rather than the verdict. */
function restatedAfter(verdict: string, restated: string, people: PeopleIndex): string | null {
  const said = restated.trim().replace(LEAD_IN, '');
  const m = ERROR_VERDICT.exec(verdict);
  if (!m || !isPeopleWord(m[3]) || !said) return null;
  const [, written, closing] = m;
  // ("Root cause (per Nadia's manager): …": whose verdict it was names someone too.)
  const label = written.replace(/\s*\(([^)]*)\)/gu, (aside: string, inner: string) => (mayNamePeople(inner, people) ? '' : aside));
  // ("Jira: closing as user error." → "Jira: closing. The wrong clinic ID was entered …")
  if (closing) return `${label}${closing}. ${capitalise(said)}`;
  if (/:\s*$/u.test(label)) return `${label}${PLAIN_START.test(said) ? lowerFirst(said) : said}`;
  return `${label}${capitalise(said)}`;
}

/**
 * The sentence at `at`, found in nothing, restated without the people who did it ("They ran the index
 * rebuild during the Saturday card." → "The index rebuild was run during the Saturday card."): after a
 * verdict on them, a plain act is what the verdict was about. Undefined when it cannot be restated cleanly.
 */
function plainActRestated(text: string, at: { start: number; end: number }, matches: readonly TextMatch[], people: PeopleIndex): TextMatch | undefined {
  if (matches.some((m) => m.start < at.end && m.end > at.start)) return undefined;
  const said = text.slice(at.start, at.end);
  const restated = restatedWithoutPeople(said, people)?.text;
  if (!restated || garbledRestatement(restated, said) || mayNamePeople(restated, people)) return undefined;
  return { start: at.start, end: at.end, text: said, kind: 'person-failure', message: '', suggestion: restated };
}

/**
 * The matches with each error verdict merged into the restatement of the sentence after it on its
 * line (or, for "… caused by operator error.", the error left without whose it was), and a root
 * cause labelled "(human)" labelled plainly. A verdict whose next sentence has no rewrite stays as
 * it was found; one found nowhere is not made a finding unless the sentence after it is.
 */
export function withErrorVerdictsMerged(text: string, all: ReadonlyArray<{ start: number; end: number }>, found: readonly TextMatch[], people: PeopleIndex): TextMatch[] {
  let matches = found.map((m) => (m.noSuggestion || !ROLE_LABEL.test(m.suggestion) ? m : { ...m, suggestion: m.suggestion.replace(ROLE_LABEL, '$1') }));
  for (let k = 0; k + 1 < all.length; k += 1) {
    const [verdictAt, nextAt] = [all[k], all[k + 1]];
    if (text.slice(verdictAt.end, nextAt.start).includes('\n')) continue;
    const verdict = text.slice(verdictAt.start, verdictAt.end);
    const onVerdict = matches.filter((m) => m.start < verdictAt.end && m.end > verdictAt.start);
    const ownVerdict = onVerdict[0];
    // The verdict must be found as itself (with no rewrite of its own) or not at all.
    if (onVerdict.length > 1 || (ownVerdict && (ownVerdict.start !== verdictAt.start || ownVerdict.end !== verdictAt.end || !ownVerdict.noSuggestion))) continue;
    const next = matches.find((m) => m.start === nextAt.start) ?? (ownVerdict ? plainActRestated(text, nextAt, matches, people) : undefined);
    if (!next || next.noSuggestion) continue;
    const cause = CAUSED_BY_ERROR.exec(verdict);
    if (cause) {
      if (!isPeopleWord(cause[2])) continue;
      const suggestion = `${cause[1]}an error${cause[3].trimEnd()}`;
      const withoutWhose = { start: verdictAt.start, end: verdictAt.end, text: verdict, kind: 'blame-word' as const, message: ownVerdict?.message ?? next.message, suggestion };
      matches = [...matches.filter((m) => m !== ownVerdict), withoutWhose].sort((a, b) => a.start - b.start);
      continue;
    }
    const merged = restatedAfter(verdict, next.suggestion, people) ?? (ownVerdict ? withoutVerdictOnPeople(verdict, next.suggestion, people) : null);
    if (merged === null) continue;
    const message = [...new Set([ownVerdict?.message, next.message].filter((m): m is string => Boolean(m)))].join(' ');
    const one: TextMatch = { start: verdictAt.start, end: next.end, text: text.slice(verdictAt.start, next.end), kind: next.kind, message, suggestion: merged };
    matches = [...matches.filter((m) => m !== ownVerdict && m !== next), one].sort((a, b) => a.start - b.start);
  }
  return matches;
}
