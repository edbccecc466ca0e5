/**
 * A person named inside a noun phrase as whoever did the harm, as commit messages and review comments
 * put it: "fix: correct the timestamp bug Eleni introduced" (a relative clause without "that"), "the
 * incident caused by Jonas ignoring the deprecation warning". Rewritten without the person: "the
 * timestamp bug introduced", "the incident caused by the deprecation warning being ignored".
 */
import { nameAt, type PeopleIndex } from './clause';
import { TITLES } from './lexicon';
import type { Rewrite } from './rewrite';
import { infinitiveOf, participleOf, tokenize } from './words';

/** Acts that are a failure whatever they were done to. */
const FAILING = new Set(['forget', 'introduce', 'break', 'miss', 'skip', 'overlook', 'ignore', 'botch', 'bungle', 'mess', 'screw']);
/** Acts that are a failure when what follows says so ("… without waiting for CI", "… that broke token refresh"). */
const DOING = new Set(['push', 'ship', 'merge', 'tag', 'add', 'deploy', 'release', 'make', 'change', 'write', 'leave', 'delete', 'drop', 'run', 'approve', 'configure', 'set']);
const HARM_AFTER = /^\s*(?:[\p{L}-]+\s+){0,4}?(?:without|before\s+(?:anyone|any|the)\s+\w+|that\s+(?:broke|crashed|caused|took\s+down|corrupted|wiped|deleted|leaked|filled|locked)|which\s+(?:broke|crashed|caused|took\s+down|corrupted|wiped|filled))\b/iu;

/** Whether the words are one of the people's names and nothing more ("Jonas", "Lars Dahl"). */
function isOnlyAName(words: string, people: PeopleIndex): boolean {
  const tokens = tokenize(words);
  return nameAt(tokens, 0, people) === tokens.length;
}

function says(name: string, act: string, text: string): Rewrite {
  return { kind: 'person-failure', message: `“${name} ${act}” makes a person the cause. Say what happened and what allowed it, not who did it.`, text };
}

/** "the timestamp bug Eleni introduced", "the release Amara tagged without waiting for CI". */
function actInNounPhrase(sentence: string, people: PeopleIndex): Rewrite | null {
  const tokens = tokenize(sentence);
  for (let at = 1; at < tokens.length - 1; at += 1) {
    const length = nameAt(tokens, at, people);
    if (length === 0) continue;
    const before = tokens[at - 1];
    const verb = tokens[at + length];
    // Right after a common noun (the thing the act was done to: not a title, another name, or "saying"),
    // and followed by the act in the past tense.
    if (!verb || !before.tags.has('Noun') || before.tags.has('Pronoun') || nameAt(tokens, at - 1, people) > 0 || /['’]s$/u.test(tokens[at + length - 1].text)) continue;
    if (/^\p{Lu}/u.test(before.text.replace(/^[^\p{L}]+/u, '')) || /ing$/u.test(before.lower) || new RegExp(`^(?:${TITLES})\\.?$`, 'u').test(before.lower)) continue;
    if (!verb.tags.has('PastTense') && !/ed$/u.test(verb.lower)) continue;
    const lemma = infinitiveOf(verb.lower);
    const after = sentence.slice(verb.end);
    if (!FAILING.has(lemma) && !(DOING.has(lemma) && HARM_AFTER.test(after))) continue;
    const name = sentence.slice(tokens[at].start, tokens[at + length - 1].end);
    return says(name, verb.text, `${sentence.slice(0, tokens[at].start)}${participleOf(lemma)}${after}`);
  }
  return null;
}

/** "the incident caused by Jonas ignoring the deprecation warning" → "… caused by the deprecation warning being ignored". */
function causedByPersonDoing(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = /\b((?:caused|triggered|introduced|started|made\s+worse)\s+by)\s+([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}?)\s+(\p{L}+ing)\s+((?:the|a|an|this|that|our|their|its)\s+[^,;.!?]+?)(?=\s+(?:without|before|after|while|during|because|when|despite|against|instead)\b|\s*(?:[,;.!?]|$))/iu.exec(sentence);
  if (!m) return null;
  const [whole, caused, who, gerund, what] = m;
  if (!isOnlyAName(who, people)) return null;
  const verb = infinitiveOf(gerund.toLowerCase());
  // ("running the migration script twice": how often goes after the verb, "the migration script being run twice".)
  const often = /^(.+?)(\s+(?:twice|again|once|repeatedly|manually|by\s+hand|(?:two|three|four|five|\d+)\s+times))$/iu.exec(what);
  const [thing, how] = often ? [often[1], often[2]] : [what, ''];
  const text = `${sentence.slice(0, m.index)}${caused} ${thing} being ${participleOf(verb)}${how}${sentence.slice(m.index + whole.length)}`;
  return says(who, gerund, text);
}

/** "remove Dmitri's debug logging that filled the disks": whose thing did the harm goes, the thing stays. */
function personsThingHarmed(sentence: string, people: PeopleIndex): Rewrite | null {
  const m = /(^|[\s(])([\p{Lu}@][\p{L}'’.-]*?(?:\s+\p{Lu}[\p{L}'’.-]*?)?)(?:['’]s|s['’])\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:that|which)\s+(?:broke|crashed|caused|took\s+down|corrupted|wiped|filled|locked|leaked|deleted|overwrote|flooded|exhausted)\b/u.exec(sentence);
  if (!m) return null;
  const who = m[2].replace(/^@/u, '');
  if (!isOnlyAName(who, people)) return null;
  const from = m.index + m[1].length;
  const atStart = sentence.slice(0, from).trim() === '';
  const to = from + m[2].length + (sentence.slice(from + m[2].length).match(/^(?:['’]s|s['’])/u)?.[0].length ?? 0);
  return says(who, 'did it', `${sentence.slice(0, from)}${atStart ? 'The' : 'the'}${sentence.slice(to)}`);
}

export function namedActs(sentence: string, people: PeopleIndex): Rewrite | null {
  return causedByPersonDoing(sentence, people) ?? actInNounPhrase(sentence, people) ?? personsThingHarmed(sentence, people);
}
