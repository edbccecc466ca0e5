/**
 * A sentence the blame model (model/modelFinds) takes for blaming when no rule has explained why: the finding
 * says so, and its rewrite says the act without the person (person-failure.ts's restatement), without
 * the asides that carry the reproach ("again", "classic", "tbh", an emoji) and, later, without names.
 */
import type { PeopleIndex } from './clause';
import { keptFacts } from './kept-facts';
import { MOCKING_ASIDES } from './lexicon';
import { restatedWithoutPeople } from './person-failure';
import type { BlameKind } from './rewrite';

const TRAILING_ASIDE = new RegExp(String.raw`(?:[\s,;:—–-]+(?:yet\s+again|once\s+again|again|as\s+usual|like\s+always|as\s+always|classic|typical|period|full\s+stop|unreal|tbh|imo|imho|fwiw|go\s+figure|surprise\s+surprise|(?:genius|great|nice|bold|brave|classy)\s+move|${MOCKING_ASIDES}|brilliant|impressive|very\s+bold))+\s*(?=[.!?]*\s*$)`, 'iu');
const LEADING_ASIDE = /^(\s*)(?:(?:not\s+(?:to\s+)?point(?:ing)?\s+fingers|no\s+offen[cs]e|with\s+(?:all\s+due\s+)?respect|just\s+saying)\s*,?\s*(?:but\s+)?|(?:honestly|frankly|obviously|clearly|seriously|somehow|of\s+course|surely|apparently|great|wow|well|so|yeah|ugh|tbh|imo|fwiw|once\s+again|yet\s+again|again)\s*[,!:]?\s+)+/iu;
const INNER_ASIDE = /\s+(?:just|even|obviously|clearly|actually|simply|of\s+course|once\s+again|yet\s+again|again|as\s+usual|like\s+always)(?=\s)/giu;
const HINDSIGHT = /\b(?:should|could|would|ought\s+to|might)(?:\s+not|n['’]t)?\s+(?:have|of)\b|['’]ve\b|\bif\s+only\b|\bin\s+hindsight\b|\bhad\s+\w+\s+(?:\w+\s+)?(?:checked|read|tested|looked|asked|run|followed)\b/iu;

/** The sentence without the words that carry reproach but no fact. */
export function withoutAsides(sentence: string): string {
  const out = sentence
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(TRAILING_ASIDE, '')
    .replace(LEADING_ASIDE, '$1')
    .replace(INNER_ASIDE, '')
    .replace(/([?!])\1+/gu, '$1')
    .replace(/\s{2,}/gu, ' ')
    .trim();
  return out ? out.charAt(0).toUpperCase() + out.slice(1) : sentence;
}

/**
 * The finding for a sentence the model judged blaming (modelFinds): its kind, why, and the rewrites
 * worth trying, best first (the act said without the person, then the sentence without its asides);
 * the caller offers the first that passes the check, if any.
 */
export function modelFinding(sentence: string, people: PeopleIndex): { kind: BlameKind; message: string; rewrites: string[] } {
  const restated = restatedWithoutPeople(sentence, people);
  const kind: BlameKind = HINDSIGHT.test(sentence) ? 'hindsight' : restated?.group ? 'group-blame' : 'person-failure';
  const message = kind === 'hindsight'
    ? 'This reads as judging with hindsight. Say what the process did not require or make visible.'
    : 'This reads as blaming or judging people. Say what happened and what allowed it, not who did it.';
  const plain = withoutAsides(sentence);
  const rewrites = [restated ? withoutAsides(restated.text) : null, plain, ...keptFacts(plain, people)].filter((r): r is string => r !== null);
  return { kind, message, rewrites };
}
