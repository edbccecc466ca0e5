/**
 * The words a sentence is judged on by the blame model (model.ts): its words in lower case, with
 * who is meant abstracted (a person's name, a role, a group, a person pronoun), numbers and times as
 * one word each, and every pair of neighbouring words. So "Priya skipped the canary again" and
 * "Tomasz skipped the smoke tests again" share "<name> skipped" and "again", whoever is named. Each
 * word also counts as its cluster of words used alike (clusters.json), so "Chen bypassed the canary"
 * shares what "skipped" taught the model.
 */
import { nameAt, type PeopleIndex } from '../clause';
import { GROUP_NOUNS, ROLE_NOUNS, THING_BOARD } from '../lexicon';
import { spellOut } from '../spelling';
import { clauses } from '../person-failure';
import { infinitiveOf, pastOf, tokenize, type Token } from '../words';
import wordClusters from './clusters.json';

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
const GROUP_HEADS = new Set(['team', 'teams', 'squad', 'crew', 'department', 'folks', 'guys']);

/** A timeline entry: a clock time first ("11:04 Farid restarts the consumer group."). */
const TIMELINE_ENTRY = /^\s*(?:\[?\d{1,2}[:.h]\d{2}(?::\d{2})?\]?|\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2})/u;

/**
 * A verb a timeline entry says in the present, as the past it narrates ("restarts" → "restarted"):
 * the labelled lines and plain acts mostly say incident work in the past, and tense is no blame.
 */
function narrated(t: Token): string | null {
  if (!t.tags.has('Verb') || !t.tags.has('PresentTense') || !/[^s]s$/u.test(t.lower) || /^(?:is|has|does|was|says|goes)$/u.test(t.lower)) return null;
  const past = pastOf(infinitiveOf(t.lower));
  return past && past !== t.lower ? past : null;
}

/** The sentence's tokens as the model's words. */
function modelWords(tokens: readonly Token[], people: PeopleIndex, timeline = false): string[] {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    const possessive = /'s$|s'$/u.test(t.lower) ? "'s" : '';
    const named = nameAt(tokens, i, people);
    if (named > 0) {
      words.push(`<name>${/'s$/u.test(tokens[i + named - 1].lower) ? "'s" : ''}`);
      i += named - 1;
      continue;
    }
    const word = t.lower.replace(/'s$/u, '').replace(/^[^\p{L}\p{N}<]+|[^\p{L}\p{N}]+$/gu, '');
    // A name the tagger knows, written as one (a name the incident did not list).
    if (t.tags.has('Person') && /^\p{Lu}/u.test(t.text) && !PRONOUNS.has(word)) words.push(`<name>${possessive}`);
    else if (PRONOUNS.has(word)) words.push('<he>');
    else if (ROLE_NOUNS.has(word)) words.push(`<role>${possessive}`);
    // ("the release board", "the bed board": a board that is a thing, not a body of people.)
    else if ((GROUP_NOUNS.has(word) || GROUP_HEADS.has(word)) && !(word === 'board' && THING_BOARD.test(tokens[i - 1]?.lower ?? ''))) words.push(`<group>${possessive}`);
    else if (t.tags.has('Value') || /^\d/u.test(word)) words.push('<num>');
    else if (word) words.push((timeline && narrated(t)) || word);
  }
  return words;
}

interface WordCluster { fine: number; coarse: number }

let clusterMap: ReadonlyMap<string, WordCluster> | undefined;

/**
 * Each word's cluster of words used alike (clusters.json, from GloVe vectors:
 * scripts/build-word-clusters.ts). Built on first use (40,000 words, about 50 ms cold): only a
 * sentence the model reads needs it, not the start of every resolver that loads this module.
 */
function clusterOf(word: string): WordCluster | undefined {
  if (!clusterMap) {
    const map = new Map<string, WordCluster>();
    wordClusters.clusters.forEach((members, fine) => {
      for (const member of members.split(' ')) map.set(member, { fine, coarse: wordClusters.coarseOf[fine] });
    });
    clusterMap = map;
  }
  return clusterMap.get(word);
}

const NEGATION = /^(?:not|never|no|n't|didn't|don't|doesn't|wasn't|weren't|isn't|aren't|hasn't|haven't|hadn't|couldn't|shouldn't|wouldn't|can't|cannot)$/u;

/**
 * Who does what in each clause (person-failure.ts's clauses): "S:person ignore", "S:group not test",
 * "S:thing fail". Beside the words, these let the model weigh an act by whether people did it.
 */
function clauseFeatures(tokens: readonly Token[], people: PeopleIndex): string[] {
  const features: string[] = [];
  for (const clause of clauses(tokens, people)) {
    const kind = clause.kind === 'possessive-person' || clause.kind === 'maybe-person' ? 'person' : clause.kind === 'no-one' ? 'thing' : clause.kind;
    let at = clause.verbAt;
    let negative = false;
    while (at < clause.end && (NEGATION.test(tokens[at].lower) || tokens[at].tags.has('Negative') || /^(?:did|does|do|was|were|is|are|has|have|had|been|be|will|would|should|could|can|must|might|just|even|also|again|ever|really|then|still|already)$/u.test(tokens[at].lower))) {
      if (NEGATION.test(tokens[at].lower) || tokens[at].tags.has('Negative')) negative = true;
      at += 1;
    }
    const verb = tokens[at] ? infinitiveOf(tokens[at].lower) : '';
    const be = COPULA.test(tokens[clause.verbAt]?.lower ?? '') ? ' be' : '';
    features.push(`S:${kind}${be}`, `S:${kind}${negative ? ' not' : ''} ${verb}`);
    if (negative) features.push(`S:${kind} not`);
    // The verb's cluster too: "S:person c212" holds for "skipped" and for "bypassed" alike.
    const verbCluster = clusterOf(verb) ?? clusterOf(tokens[at]?.lower ?? '');
    if (verbCluster) features.push(`S:${kind}${negative ? ' not' : ''} c${verbCluster.fine}`);
  }
  return features;
}

const COPULA = /^(?:was|were|is|are|been|being|be|wasn't|weren't|isn't|aren't)$/u;

/** The model's features: each word, its dictionary form and its clusters, each pair of neighbouring words, who does what, and whether it is a question. */
export function modelFeatures(sentence: string, people: PeopleIndex): string[] {
  const tokens = tokenize(spellOut(sentence));
  const words = modelWords(tokens, people, TIMELINE_ENTRY.test(sentence));
  const features = new Set<string>();
  words.forEach((word, i) => {
    features.add(word);
    const cluster = clusterOf(word);
    if (cluster) features.add(`c${cluster.fine}`).add(`C${cluster.coarse}`);
    if (i > 0) features.add(`${words[i - 1]} ${word}`);
  });
  // Each word's dictionary form: "skipped", "skips" and "skipping" share what one of them taught
  // (measured with 5-fold cross-validation and on the measuring sets: recall up about one point).
  // (Of the words as the model reads them: a name stays <name>, never a feature of its own.)
  for (const word of words) if (!word.startsWith('<')) features.add(`L:${infinitiveOf(word)}`);
  for (const feature of clauseFeatures(tokens, people)) features.add(feature);
  if (sentence.includes('?')) features.add('<?>');
  return [...features];
}
