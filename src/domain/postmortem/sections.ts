/**
 * The post-mortem document seen as sections (one per editable stage), and whether two documents say
 * the same in them: what the panel's conflict view and the app's kept copies compare.
 */
import type { PostmortemDocument } from './document';

export const DOC_SECTIONS = ['gather', 'timeline', 'rootCause', 'probes', 'actionItems', 'review'] as const;
export type DocSection = (typeof DOC_SECTIONS)[number];

/** The part of a section a person edits (the review's completion stamp is the server's, not a choice). */
function editable(doc: PostmortemDocument, section: DocSection): unknown {
  if (section === 'review') return doc.review.dismissedFindings;
  if (section === 'timeline') return { events: doc.timeline.events, dismissedSourceIds: doc.timeline.dismissedSourceIds };
  return doc[section];
}

/** JSON with object keys sorted, so equal content compares equal whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function sameSection(a: PostmortemDocument, b: PostmortemDocument, section: DocSection): boolean {
  return canonicalJson(editable(a, section)) === canonicalJson(editable(b, section));
}

/** Whether two documents say the same in every section (revision, timestamps and index fields aside). */
export function sameContent(a: PostmortemDocument, b: PostmortemDocument): boolean {
  return DOC_SECTIONS.every((s) => sameSection(a, b, s));
}
