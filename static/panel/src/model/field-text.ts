/**
 * Reads and rewrites one piece of free text in the document by the field path a blameless finding
 * names (`gather.impactSummary`, `rootCause.whys[w1].answer`, `probes.testCoverage.evidence[0].label`),
 * so the review stage can apply a suggested rewording where the words are. List items are found by
 * id where they have ids, else by position. A Jira timeline event whose text changes becomes edited.
 */
import { editTimelineEvent, type PostmortemDocument } from '../../../../src/domain/postmortem';

type Segment = { name: string } | { key: string };

/** `a.b[c].d` → name a, name b, key c, name d; null when the path is malformed. */
export function parseFieldPath(field: string): Segment[] | null {
  const segments: Segment[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[([^\]]+)\]|(\.)/gy;
  let expectName = true;
  let match: RegExpExecArray | null;
  let consumed = 0;
  while ((match = re.exec(field)) !== null) {
    consumed = re.lastIndex;
    if (match[1] !== undefined) {
      if (!expectName) return null;
      segments.push({ name: match[1] });
      expectName = false;
    } else if (match[2] !== undefined) {
      if (expectName) return null;
      segments.push({ key: match[2] });
    } else {
      if (expectName) return null;
      expectName = true;
    }
  }
  return consumed === field.length && !expectName && segments.length > 0 ? segments : null;
}

function childIndex(list: unknown[], key: string): number {
  const byId = list.findIndex((item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === key);
  if (byId >= 0) return byId;
  return /^\d+$/.test(key) && Number(key) < list.length ? Number(key) : -1;
}

function step(value: unknown, segment: Segment): unknown {
  if ('name' in segment) {
    return value && typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, segment.name)
      ? (value as Record<string, unknown>)[segment.name]
      : undefined;
  }
  if (!Array.isArray(value)) return undefined;
  const index = childIndex(value, segment.key);
  return index >= 0 ? value[index] : undefined;
}

export function readFieldText(doc: PostmortemDocument, field: string): string | null {
  const path = parseFieldPath(field);
  if (!path) return null;
  const value = path.reduce<unknown>(step, doc);
  return typeof value === 'string' ? value : null;
}

function writeAt(value: unknown, path: Segment[], text: string): unknown {
  if (path.length === 0) return typeof value === 'string' ? text : undefined;
  const [segment, ...rest] = path;
  if ('name' in segment) {
    const child = step(value, segment);
    if (child === undefined) return undefined;
    const written = writeAt(child, rest, text);
    return written === undefined ? undefined : { ...(value as Record<string, unknown>), [segment.name]: written };
  }
  if (!Array.isArray(value)) return undefined;
  const index = childIndex(value, segment.key);
  if (index < 0) return undefined;
  const written = writeAt(value[index], rest, text);
  return written === undefined ? undefined : value.map((item, i) => (i === index ? written : item));
}

/** The document with the text at `field` replaced; the same document when the field is not there. */
export function writeFieldText(doc: PostmortemDocument, field: string, text: string): PostmortemDocument {
  const path = parseFieldPath(field);
  if (!path) return doc;
  const event = /^timeline\.events\[([^\]]+)\]\.text$/.exec(field);
  if (event) {
    if (!doc.timeline.events.some((e) => e.id === event[1])) return doc;
    return { ...doc, timeline: editTimelineEvent(doc.timeline, event[1], { text }) };
  }
  const written = writeAt(doc, path, text);
  return written === undefined ? doc : (written as PostmortemDocument);
}
