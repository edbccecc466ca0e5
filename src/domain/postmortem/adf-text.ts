/**
 * Plain text out of an Atlassian Document Format document, for timeline excerpts of Jira comments.
 * Text, mentions, emoji, dates and links contribute; block boundaries become spaces.
 * https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/
 */
import { utcDayOf } from '../dates';

interface AdfNode {
  type?: unknown;
  text?: unknown;
  attrs?: Record<string, unknown>;
  content?: unknown;
}

function inlineText(node: AdfNode): string {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : '';
    case 'mention':
      return typeof attrs.text === 'string' ? attrs.text : '';
    case 'emoji':
      return typeof attrs.text === 'string' ? attrs.text : typeof attrs.shortName === 'string' ? attrs.shortName : '';
    case 'inlineCard':
    case 'blockCard':
      return typeof attrs.url === 'string' ? attrs.url : '';
    case 'date':
      return typeof attrs.timestamp === 'string' && /^\d+$/.test(attrs.timestamp)
        ? utcDayOf(Number(attrs.timestamp))
        : '';
    case 'status':
      return typeof attrs.text === 'string' ? attrs.text : '';
    case 'hardBreak':
      return ' ';
    default:
      return '';
  }
}

function collect(node: unknown, out: string[]): void {
  if (typeof node !== 'object' || node === null) return;
  const n = node as AdfNode;
  out.push(inlineText(n));
  if (Array.isArray(n.content)) {
    for (const child of n.content) collect(child, out);
    out.push(' ');
  }
}

/** The document's text with whitespace collapsed; a plain string is returned as is (trimmed). */
export function adfToPlainText(doc: unknown): string {
  if (typeof doc === 'string') return doc.replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  collect(doc, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, cut at a word boundary when one is near, with "…" when cut. */
export function excerpt(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace >= max * 0.7 ? cut.slice(0, lastSpace) : cut;
  return `${base.trimEnd()}…`;
}
