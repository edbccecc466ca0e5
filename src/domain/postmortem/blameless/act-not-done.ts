/**
 * An act with no thing done to, said as not done in the plainest English there is. "<Doing> … did not
 * happen" is the fallback; a sixteenth reader found it stilted in 15 of 300 rewrites ("Asking before
 * changing the loyalty tier rules did not happen"), so two commoner shapes come first:
 *
 * - a step before another act is that act done without the step: "should have asked before changing
 *   the loyalty tier rules" → "The loyalty tier rules were changed without asking first";
 * - an act English has a noun for is said as there being none: "didn't escalate until the berth was
 *   blocked" → "There was no escalation until the berth was blocked".
 */
import { nounPhraseEnd } from './clause';
import { beFor, gerundOf, infinitiveOf, participleOf, tokenize } from './words';

/** Steps taken before an act: asking, checking, waiting, telling. */
const STEPS_BEFORE = new Set(['ask', 'check', 'confirm', 'consult', 'inform', 'notify', 'read', 'review', 'talk', 'tell', 'test', 'verify', 'warn', 'look', 'speak', 'double-check', 'coordinate']);

/** Acts English says as a noun ("there was no escalation"). */
const ACT_NOUNS: Readonly<Record<string, string>> = {
  escalate: 'escalation', 'roll back': 'rollback', respond: 'response', reply: 'reply', 'follow up': 'follow-up',
  'hand over': 'handover', 'sign off': 'sign-off', acknowledge: 'acknowledgement', announce: 'announcement',
  // (Twenty-third reader: "Testing on staging did not happen", "Coordinating with the platform team did not happen".)
  test: 'testing', coordinate: 'coordination', communicate: 'communication', monitor: 'monitoring', verify: 'verification',
};

/**
 * Verbs whose object follows a preposition, which stays after the participle: "waiting for the canary
 * results" → "The canary results were not waited for". (A twenty-third reader found "Waiting for the
 * canary results did not happen" stilted.)
 */
const PREPOSITIONAL: Readonly<Record<string, string>> = {
  wait: 'for', look: 'at', ask: 'for', listen: 'to', plan: 'for', prepare: 'for', account: 'for', allow: 'for', attend: 'to', act: 'on', deal: 'with',
};

/** What may follow the noun: a preposition, a time, or nothing (not an adverb: "no rollback immediately"). */
const AFTER_NOUN = /^(?:$|[,;.!?]|\s+(?:to|with|for|until|till|within|before|after|at|on|in|during|from|by|of)\b)/iu;

/** The noun phrase `text` opens with, when it has a determiner, an owner or a plural ("the canary results"), and what follows it. */
function leadingObject(text: string): { object: string; tail: string } | null {
  const tokens = tokenize(text);
  const size = nounPhraseEnd(tokens, 0);
  if (size === 0 || !(tokens[0].tags.has('Determiner') || tokens[0].tags.has('Possessive') || tokens[0].tags.has('Plural'))) return null;
  const end = tokens[size - 1].end;
  return { object: text.slice(0, end), tail: text.slice(end) };
}

/** "his own PR" → "the PR": whose it was goes with the person. */
const unowned = (object: string) => object.replace(/^(?:his|her|their)\s+(?:own\s+)?/iu, 'the ');

/**
 * `lemma` (its `particle`) followed by `rest` (" before changing the rules", " to the payments lead"),
 * said as not done; null when neither shape fits and the caller says "<doing> … did not happen".
 */
export function actNotDone(lemma: string, particle: string, rest: string): string | null {
  // ("escalated after the second page, not the fifth": what was done instead is no thing not done.)
  if (/,\s+not\s|\bno\s+later\s+than\b/iu.test(rest)) return null;
  const before = /^(\s+[^,;.]*?)?\s+before\s+(\p{L}+ing)\s+(.+)$/iu.exec(rest);
  if (before && STEPS_BEFORE.has(lemma) && !/\b(?:it|them|this|that)\b/iu.test(before[1] ?? '')) {
    const found = leadingObject(before[3]);
    if (found) {
      const { object, tail } = found;
      // (Only a tail that is a phrase of its own: a clause would run on from "first".)
      // ("… the lb config imo": a chat aside, which the caller drops, ends it too.)
      if (!/^\s*(?:[,;.!?]|$)/u.test(tail) && !/^\s+(?:imo|imho|tbh|fwiw|ngl|smh|lol)\b\s*[.!?]*\s*$/iu.test(tail)) return null;
      const step = `${gerundOf(lemma)}${particle ? ` ${particle}` : ''}${before[1] ?? ''}`;
      return `${unowned(object)} ${beFor(object)} ${participleOf(infinitiveOf(before[2].toLowerCase()))} without ${step} first${tail}`;
    }
  }
  const preposition = particle ? undefined : PREPOSITIONAL[lemma];
  const after = preposition ? new RegExp(`^\\s+${preposition}\\s+(.+)$`, 'iu').exec(rest) : null;
  const found = after && !/^(?:him|her|them|us|me|it|anyone|someone|everyone)\b/iu.test(after[1]) ? leadingObject(after[1]) : null;
  if (found) {
    const object = unowned(found.object);
    // (Not "waiting for the smoke tests to finish": the object's own verb would be left after the preposition.)
    if (!/^(?:$|[,;.!?]|\s+(?:before|after|when|while|until|on|in|at|during|for|since|because|and|so|again|first|like)\b)/iu.test(found.tail)) return null;
    // ("looked at the temperature indicator on the cooler": where the thing is stays with it; a twenty-fifth
    // reader found "The temperature indicator was not looked at on the cooler" out of order.)
    const where = /^\s+(?:on|in|of|from|inside|under|above|beside)\s+(?:the|a|an|its|our|their)\s+(?![\p{L}-]*(?:night|day|morning|evening|weekend|shift|call|way|time)\b)[\p{L}-]+(?:\s+[\p{L}-]+)?(?=\s*(?:[,;.!?]|$))/iu.exec(found.tail);
    if (where) return `${object}${where[0]} ${beFor(object)} not ${participleOf(lemma)} ${preposition}${found.tail.slice(where[0].length)}`;
    return `${object} ${beFor(object)} not ${participleOf(lemma)} ${preposition}${found.tail}`;
  }
  const noun = ACT_NOUNS[particle ? `${lemma} ${particle}` : lemma];
  // ("didn't roll back immediately": "there was no immediate rollback".)
  const manner = /^\s+(?:(immediate|prompt|quick|early|timely)ly|(at\s+once|right\s+away|straight\s+away))\b(.*)$/iu.exec(rest);
  if (noun && manner && AFTER_NOUN.test(manner[3])) return `there was no ${manner[1]?.toLowerCase() ?? 'immediate'} ${noun}${manner[3]}`;
  if (noun && AFTER_NOUN.test(rest)) return `there was no ${noun}${rest}`;
  return null;
}
