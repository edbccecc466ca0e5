/**
 * "The defect trend is worsening and the backend team under Carmen Ortega does not seem to care." →
 * "The defect trend is worsening.": a sentence the model found, that cannot be restated without its
 * people, often also states a fact about the system. Its clauses that name no one and have a subject
 * and a verb of their own are what a blameless post-mortem keeps of it.
 */
import type { PeopleIndex } from './clause';
import { nounPhraseEnd } from './clause';
import { mayNamePeople } from './person-failure';
import { capitalise, tokenize, type Token } from './words';

/** Words that start a clause of their own when a subject and a verb follow ("because the cache was cold"). */
const CLAUSE_LINKS = new Set(['and', 'but', 'because', 'so', 'since', 'although', 'though', 'while', 'whereas', 'yet', 'when', 'after', 'until', 'then', 'which', 'who']);
const LEAD_ADVERBS = /^(?:honestly|frankly|clearly|obviously|apparently|basically|sadly|unfortunately|surely|also|then|still|meanwhile|instead|anyway|again|plus)$/u;
/** Subjects that stand for what the dropped clauses said ("This is what happens", "It was sent"), or the writer ("I had no answer"). */
const STAND_IN_SUBJECT = /^(?:i|it|this|that|these|those|there|what|which|neither|either|both|all|such|same)$/u;
/** A focus word that belongs to the cause after it ("started at 22:00 only because …"). */
const FOCUS_BEFORE_CAUSE = /^(?:only|just|mainly|mostly|partly|largely|simply|purely|solely|precisely|exactly|entirely)$/u;
/** A conditional's consequence ("if Bronwyn had been paying attention, the alert gets acked in two minutes") is no fact. */
const CONDITIONAL = /\b(?:if|unless|otherwise|would|could|might)\b|['’]d\b|\bhad\s+\p{L}+\s+(?:been|known|checked|read|tested|looked|listened|followed)\b/iu;
const MIN_WORDS = 4;
/** An end that points at what was dropped: "the doc should say so", "the mix-up shows it", "happened the day", "was avoidable and occurred". */
const DANGLING_END = /\b(?:(?:say|do|think)\s+so|it|this|that|them|him|her|the\s+(?:day|time|moment|night|week|minute)|and\s+(?:occurred|happened|did))$/iu;

interface Segment { from: number; to: number }

/** Past a linking word and sentence adverbs; -1 when what follows is no subject and verb. */
function clauseAt(tokens: readonly Token[], from: number, to: number): number {
  let at = from;
  while (at < to - 1 && (CLAUSE_LINKS.has(tokens[at].lower) || LEAD_ADVERBS.test(tokens[at].lower)) && !/^(?:which|who)$/u.test(tokens[at].lower)) at += 1;
  if (/^(?:which|who)$/u.test(tokens[at].lower)) return -1;
  let subjectEnd = nounPhraseEnd(tokens, at, 'subject');
  if (subjectEnd === at || subjectEnd >= to) return -1;
  // ("the backend team under Carmen does not …": a phrase after the subject's noun.)
  if (tokens[subjectEnd].tags.has('Preposition') && nounPhraseEnd(tokens, subjectEnd + 1) > subjectEnd + 1) subjectEnd = nounPhraseEnd(tokens, subjectEnd + 1);
  if (subjectEnd >= to) return -1;
  let verb = subjectEnd;
  while (verb < to - 1 && tokens[verb].tags.has('Adverb') && !tokens[verb].tags.has('Verb')) verb += 1;
  const t = tokens[verb];
  // ("The incident was, in the final analysis, caused by …": a copula with nothing after it is half a clause.)
  if ((t.tags.has('Copula') || t.tags.has('Auxiliary')) && verb === to - 1) return -1;
  return t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive') ? at : -1;
}

/** The sentence cut where a clause may start: after ; : — or a comma, and before a linking word a clause follows. */
function segments(tokens: readonly Token[]): Segment[] {
  const cuts = [0];
  for (let i = 1; i < tokens.length; i += 1) {
    // ("the genius who changed …": a relative clause without a comma belongs to its noun.)
    const link = CLAUSE_LINKS.has(tokens[i].lower) && (/^(?:which|who)$/u.test(tokens[i].lower) ? tokens[i - 1].post.includes(',') : clauseAt(tokens, i, tokens.length) >= 0);
    if (/[,;:—–]|\s[-–]\s/u.test(tokens[i - 1].post) || link) cuts.push(i);
  }
  return cuts.map((from, n) => ({ from, to: cuts[n + 1] ?? tokens.length }));
}

/**
 * The runs of the sentence's clauses that name no one, each as a sentence of its own, longest first;
 * none when no such clause is left, a run would be all of it, or it is a conditional's consequence.
 * The caller offers the first that passes the check.
 */
export function keptFacts(sentence: string, people: PeopleIndex): string[] {
  if (/\?\s*$/u.test(sentence) || CONDITIONAL.test(sentence)) return [];
  const tokens = tokenize(sentence);
  const parts = segments(tokens);
  if (parts.length < 2) return [];
  const textOf = (from: number, to: number) => sentence.slice(tokens[from].start, tokens[to - 1].end);
  const starts = parts.map(({ from, to }) => {
    const at = clauseAt(tokens, from, to);
    return at >= 0 && !STAND_IN_SUBJECT.test(tokens[at].lower) && !mayNamePeople(textOf(at, to), people) ? at : -1;
  });
  // ("The outage lasted four hours, from 02:00 to 06:00, because …": a phrase after a kept clause
  // that names no one and links nothing goes with it.)
  // (A clause after a bare comma is a splice: the run ends before it.)
  const continues = (n: number) => (starts[n] >= 0 && CLAUSE_LINKS.has(tokens[parts[n].from].lower))
    || (starts[n] < 0 && !CLAUSE_LINKS.has(tokens[parts[n].from].lower) && !mayNamePeople(textOf(parts[n].from, parts[n].to), people));
  const runs: Array<{ start: number; end: number }> = [];
  for (let first = 0; first < parts.length; first += 1) {
    if (starts[first] < 0) continue;
    let last = first;
    while (last + 1 < parts.length && continues(last + 1)) last += 1;
    let end = parts[last].to - 1;
    if (end > starts[first] && FOCUS_BEFORE_CAUSE.test(tokens[end].lower)) end -= 1;
    runs.push({ start: starts[first], end });
    first = last;
  }
  const lower = /^\s*\p{Ll}/u.test(sentence);
  return runs
    .filter(({ start, end }) => !(start === 0 && end === tokens.length - 1) && end - start + 1 >= MIN_WORDS)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start))
    .map(({ start, end }) => textOf(start, end + 1).replace(/[\s,;:—–-]+$/u, ''))
    // (A run that starts or ends inside a quotation is not a sentence.)
    .filter((body) => (body.match(/["“”]/gu)?.length ?? 0) % 2 === 0 && !DANGLING_END.test(body) && !/^(?:\p{L}+\s+of\s+)?(?:those|these|such)\b/iu.test(body))
    .map((body) => `${lower ? body.charAt(0).toLowerCase() + body.slice(1) : capitalise(body)}.`);
}
