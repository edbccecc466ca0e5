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
  timeline.events.forEach((e, i) => add(`timeline.events[${e.id}].text`, `Timeline event ${i + 1}`, e.text));
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

/** FNV-1a, 32 bits, as 8 hex digits: short, stable and dependency-free. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function findingId(field: string, start: number, end: number, kind: BlameKind): string {
  return `blameless-${hash(`${field}|${start}|${end}|${kind}`)}`;
}

/** Names of people the document itself mentions as action-item owners. */
export function peopleNamedIn(doc: PostmortemDocument): string[] {
  return doc.actionItems.map((a) => a.ownerDisplayName ?? '').filter((n) => n.trim().length > 0);
}

/**
 * All blaming language in the document. `knownPeople` are display names (for example the
 * incident's participants); action-item owners named in the document are added to them.
 */
export function checkBlameless(doc: PostmortemDocument, knownPeople: string[]): Finding[] {
  const people = [...knownPeople, ...peopleNamedIn(doc)];
  return freeTextFields(doc).flatMap(({ field, label, text }) =>
    scanForBlame(text, people).map((m) => ({ id: findingId(field, m.start, m.end, m.kind), field, fieldLabel: label, ...m })),
  );
}

/** Findings not dismissed with a reason in the review stage. */
export function undismissedFindings(findings: Finding[], dismissed: DismissedFinding[]): Finding[] {
  const withReason = new Set(dismissed.filter((d) => d.reason.trim()).map((d) => d.findingId));
  return findings.filter((f) => !withReason.has(f.id));
}
