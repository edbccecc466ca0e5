/**
 * A section of the post-mortem as lines of plain text, so a conflict can show "theirs" and
 * "yours" side by side in words rather than as data, and mark the lines that differ.
 */
import {
  ACTION_ITEM_TYPE_LABELS,
  PROBE_ANSWER_LABELS,
  PROBES,
  ROOT_CAUSE_CATEGORY_LABELS,
  SEVERITY_LABELS,
  SUSPECTED_CHANGE_KIND_LABELS,
  type PostmortemDocument,
} from '../../../../src/domain/postmortem';
import type { DocSection } from './doc-sections';
import { formatDate, formatDateTime } from './zoned-time';

function gatherLines(doc: PostmortemDocument, timeZone: string): string[] {
  const g = doc.gather;
  const lines: string[] = [];
  const add = (label: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && String(value).trim()) lines.push(`${label}: ${value}`);
  };
  add('Severity', g.severity ? SEVERITY_LABELS[g.severity] : null);
  add('Users affected', g.usersAffected);
  add('Customers affected', g.customersAffected);
  add('Impact', g.impactSummary);
  add('Started', formatDateTime(g.startedAt, timeZone));
  add('Detected', formatDateTime(g.detectedAt, timeZone));
  add('Mitigated', formatDateTime(g.mitigatedAt, timeZone));
  add('Resolved', formatDateTime(g.resolvedAt, timeZone));
  add('Journeys', g.affectedJourneys.filter((j) => j.trim()).join(', '));
  add('Components', g.affectedComponents.join(', '));
  g.evidence.forEach((e) => lines.push(`Evidence: ${e.label || e.url} (${e.url})`));
  g.suspectedChanges.forEach((c) => lines.push(`Suspected change: ${SUSPECTED_CHANGE_KIND_LABELS[c.kind]} ${c.ref}${c.note ? ` (${c.note})` : ''}`));
  return lines;
}

function timelineLines(doc: PostmortemDocument, timeZone: string): string[] {
  return doc.timeline.events.map((e) => `${formatDateTime(e.at, timeZone)}${e.key ? ' [key]' : ''} · ${e.text}`);
}

function rootCauseLines(doc: PostmortemDocument): string[] {
  const r = doc.rootCause;
  const lines = r.whys.map((w, i) => `Why ${i + 1}: ${w.question} → ${w.answer || '(no answer)'}`);
  r.contributingFactors.filter((f) => f.trim()).forEach((f) => lines.push(`Contributing factor: ${f}`));
  if (r.category) lines.push(`Category: ${ROOT_CAUSE_CATEGORY_LABELS[r.category]}`);
  return lines;
}

function probeLines(doc: PostmortemDocument): string[] {
  return PROBES.flatMap((p) => {
    const probe = doc.probes[p.id];
    const lines = [`${p.title}: ${probe.answer ? PROBE_ANSWER_LABELS[probe.answer] : 'not answered'}${probe.notes.trim() ? ` · ${probe.notes}` : ''}`];
    probe.evidence.forEach((e) => lines.push(`${p.title} evidence: ${e.label || e.url} (${e.url})`));
    return lines;
  });
}

function actionItemLines(doc: PostmortemDocument): string[] {
  return doc.actionItems.map((a, i) => {
    const facts = [
      a.type ? ACTION_ITEM_TYPE_LABELS[a.type] : 'no type',
      a.ownerDisplayName ?? (a.ownerAccountId ? a.ownerAccountId : 'no owner'),
      a.dueDate ? `due ${formatDate(a.dueDate)}` : 'no due date',
      a.priority,
    ];
    return `${i + 1}. ${a.title || '(untitled)'} (${facts.join(', ')})${a.description.trim() ? `: ${a.description}` : ''}`;
  });
}

function reviewLines(doc: PostmortemDocument): string[] {
  return doc.review.dismissedFindings.map((d) => `Finding dismissed: ${d.reason}`);
}

export function sectionLines(doc: PostmortemDocument, section: DocSection, timeZone: string): string[] {
  switch (section) {
    case 'gather': return gatherLines(doc, timeZone);
    case 'timeline': return timelineLines(doc, timeZone);
    case 'rootCause': return rootCauseLines(doc);
    case 'probes': return probeLines(doc);
    case 'actionItems': return actionItemLines(doc);
    case 'review': return reviewLines(doc);
  }
}
