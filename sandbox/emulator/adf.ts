/**
 * Atlassian Document Format helpers for the emulator: Jira v3 takes and returns rich text (description,
 * comments) as ADF documents. https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/
 */

export interface AdfNode {
  type: string;
  text?: string;
  content?: AdfNode[];
  attrs?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface AdfDoc extends AdfNode {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

/** Does this value look like an ADF document, as Jira checks before storing it? */
export function isAdfDoc(value: unknown): value is AdfDoc {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.type === 'doc' && v.version === 1 && Array.isArray(v.content);
}

/** Plain text as an ADF document: one paragraph per non-empty line. */
export function textToAdf(text: string): AdfDoc {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return {
    type: 'doc',
    version: 1,
    content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}

/** The text of an ADF document, blocks separated by newlines (what Jira writes into changelog strings). */
export function adfToText(value: unknown): string {
  const blocks: string[] = [];
  const walk = (node: AdfNode, into: string[]): void => {
    if (typeof node.text === 'string') into.push(node.text);
    if (node.type === 'mention' && typeof node.attrs?.text === 'string') into.push(node.attrs.text);
    if (node.type === 'hardBreak') into.push('\n');
    for (const child of node.content ?? []) walk(child, into);
  };
  if (!isAdfDoc(value)) return '';
  for (const block of value.content) {
    const parts: string[] = [];
    walk(block, parts);
    blocks.push(parts.join(''));
  }
  return blocks.join('\n');
}
