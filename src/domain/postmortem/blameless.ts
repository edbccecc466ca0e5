/**
 * The review stage's blameless-language check over every piece of free text in a post-mortem
 * (DESIGN.md section 2, stage 6). Each finding names the field it is in, so the panel can show it
 * in place, and has a stable id so a dismissal (with a reason) survives later saves. The check
 * runs on the server, once per saved version; the panel shows the findings the save answered with.
 */
import { scanForBlame, type BlameKind, type TextMatch } from './blameless-text';
import type { DismissedFinding, PostmortemDocument } from './document';
import { PROBES } from './probes';

/** A blameless-language match found in one text of the document. */
export interface Finding extends TextMatch {
  /** Stable: derived from the field path, the span and the rule. */
  id: string;
  /** Path of the text in the document, e.g. `rootCause.whys[w1].answer` (ids in brackets where items have ids). */
  field: string;
  /** Readable name of the field, e.g. "Why 2 answer". */
  fieldLabel: string;
}

export interface FreeTextField {
  field: string;
  label: string;
  text: string;
}

/** Timeline events the app words itself from Jira's changelog (src/jira/mappers/incident.ts). */
const APP_WORDED_KINDS = new Set(['status', 'priority', 'assignee', 'link']);

/** Every piece of text a person typed (or a Jira comment brought in), with where it lives. */
export function freeTextFields(doc: PostmortemDocument): FreeTextField[] {
  const fields: FreeTextField[] = [];
  const add = (field: string, label: string, text: string) => {
    if (text.trim()) fields.push({ field, label, text });
  };
  const { gather, timeline, rootCause, probes, actionItems } = doc;
  add('gather.impactSummary', 'Impact summary', gather.impactSummary);
  gather.affectedJourneys.forEach((j, i) => add(`gather.affectedJourneys[${i}]`, `Affected journey ${i + 1}`, j));
  gather.evidence.forEach((e, i) => add(`gather.evidence[${i}].label`, `Evidence ${i + 1}`, e.label));
  gather.suspectedChanges.forEach((c, i) => add(`gather.suspectedChanges[${i}].note`, `Suspected change ${i + 1} note`, c.note));
  // A field change read from the incident's history ("Assignee changed from Bob to Carol") is the
  // app's wording of Jira's record, not anyone's words: not judged until someone edits it.
  timeline.events.forEach((e, i) => {
    if (e.source === 'jira' && !e.edited && APP_WORDED_KINDS.has(e.kind)) return;
    add(`timeline.events[${e.id}].text`, `Timeline event ${i + 1}`, e.text);
  });
  rootCause.whys.forEach((w, i) => {
    add(`rootCause.whys[${w.id}].question`, `Why ${i + 1} question`, w.question);
    add(`rootCause.whys[${w.id}].answer`, `Why ${i + 1} answer`, w.answer);
  });
  rootCause.contributingFactors.forEach((f, i) => add(`rootCause.contributingFactors[${i}]`, `Contributing factor ${i + 1}`, f));
  for (const probe of PROBES) {
    add(`probes.${probe.id}.notes`, `${probe.title} notes`, probes[probe.id].notes);
    probes[probe.id].evidence.forEach((e, i) => add(`probes.${probe.id}.evidence[${i}].label`, `${probe.title} evidence ${i + 1}`, e.label));
  }
  actionItems.forEach((a, i) => {
    add(`actionItems[${a.id}].title`, `Action item ${i + 1} title`, a.title);
    add(`actionItems[${a.id}].description`, `Action item ${i + 1} description`, a.description);
  });
  return fields;
}

/**
 * The rules of the check before it read whole sentences (until 4 Dec 2026): a finding's id was the
 * hash of its field, the span of the words matched and one of these.
 */
const WORD_CHECK_RULES = [
  'person-as-subject', 'should-have', 'personal-mistake', 'fault', 'human-error', 'blame', 'dropped-the-ball', 'screwed-up', 'judgemental-word',
] as const;
type WordCheckRule = (typeof WORD_CHECK_RULES)[number];

/**
 * What each old rule's span held, and the kinds of sentence finding that say the same: an old id
 * stands for a sentence only where its span still reads like what its rule found there, and the
 * sentence is faulted for the same kind of thing (a dismissal of "should have" is not one of
 * "Bob was careless").
 */
const WORD_CHECK_SPANS: Record<WordCheckRule, { reads: RegExp; kinds: readonly BlameKind[] }> = {
  'person-as-subject': { reads: /\s/u, kinds: ['person-failure', 'group-blame'] },
  'should-have': { reads: /\b(?:should|could|ought\s+to|must)(?:n['’]t|\s+not)?\s+(?:\w+\s+)?have\b/iu, kinds: ['hindsight'] },
  'personal-mistake': { reads: /mistake|error|blunder|oversight|slip/iu, kinds: ['blame-word', 'person-failure'] },
  fault: { reads: /fault/iu, kinds: ['blame-word'] },
  'human-error': { reads: /human[\s-]+error/iu, kinds: ['blame-word'] },
  blame: { reads: /blame/iu, kinds: ['blame-word'] },
  'dropped-the-ball': { reads: /dropped\s+the\s+ball/iu, kinds: ['blame-word', 'person-failure'] },
  'screwed-up': { reads: /(?:screw|mess|foul|cock)(?:ed)?\s*-?\s*up/iu, kinds: ['blame-word', 'person-failure'] },
  'judgemental-word': { reads: /^[\p{L}-]+$/u, kinds: ['blame-word', 'person-failure', 'group-blame'] },
};

/** FNV-1a, 32 bits, as 8 hex digits: short, stable and dependency-free. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function findingId(field: string, start: number, end: number, kind: BlameKind | WordCheckRule): string {
  return `blameless-${hash(`${field}|${start}|${end}|${kind}`)}`;
}

/** Names of people the document itself mentions as action-item owners. */
export function peopleNamedIn(doc: PostmortemDocument): string[] {
  return doc.actionItems.map((a) => a.ownerDisplayName ?? '').filter((n) => n.trim().length > 0);
}

/**
 * The dismissal, made with the word check's id, that a sentence finding stands for: a word check id
 * of a span inside the sentence (starting at a word, ending at the end of a word or mark) that still
 * reads like what its rule found, for the same kind of finding. Only ids
 * dismissed with a reason that no finding of now has are looked for, so nothing is spent without them.
 */
function wordCheckDismissal(finding: Finding, legacyIds: ReadonlySet<string>): string | undefined {
  const { field, text, start } = finding;
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_']/u.test(ch);
  for (let a = 0; a < text.length; a += 1) {
    if (!isWord(text[a]) || isWord(text[a - 1])) continue;
    for (let b = a + 1; b <= text.length; b += 1) {
      if (/\s/.test(text[b - 1]) || isWord(text[b])) continue;
      for (const rule of WORD_CHECK_RULES) {
        const { reads, kinds } = WORD_CHECK_SPANS[rule];
        if (!kinds.includes(finding.kind)) continue;
        const id = findingId(field, start + a, start + b, rule);
        if (legacyIds.has(id) && reads.test(text.slice(a, b))) return id;
      }
    }
  }
  return undefined;
}

/**
 * All blaming language in the document. `knownPeople` are display names (for example the
 * incident's participants); action-item owners named in the document are added to them. A finding
 * that a dismissal made by the word check covers keeps that dismissal's id, so it stays dismissed
 * (with its reason) until someone restores it.
 */
export function checkBlameless(doc: PostmortemDocument, knownPeople: string[]): Finding[] {
  const people = [...knownPeople, ...peopleNamedIn(doc)];
  const findings = freeTextFields(doc).flatMap(({ field, label, text }) =>
    scanForBlame(text, people).map((m) => ({ id: findingId(field, m.start, m.end, m.kind), field, fieldLabel: label, ...m })),
  );
  const current = new Set(findings.map((f) => f.id));
  const legacyIds = new Set(doc.review.dismissedFindings.filter((d) => d.reason.trim() && !current.has(d.findingId)).map((d) => d.findingId));
  if (legacyIds.size === 0) return findings;
  return findings.map((finding) => {
    if (legacyIds.size === 0) return finding;
    const id = wordCheckDismissal(finding, legacyIds);
    if (id === undefined) return finding;
    legacyIds.delete(id);
    return { ...finding, id };
  });
}

/** Findings not dismissed with a reason in the review stage. */
export function undismissedFindings(findings: Finding[], dismissed: DismissedFinding[]): Finding[] {
  const withReason = new Set(dismissed.filter((d) => d.reason.trim()).map((d) => d.findingId));
  return findings.filter((f) => !withReason.has(f.id));
}
