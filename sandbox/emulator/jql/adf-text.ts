/**
 * The words of an Atlassian Document Format document, for text search (`description ~ "timeout"`,
 * `text ~ "502"`). Text nodes give their text; mentions, emoji and inline cards give what a reader
 * sees. https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/
 */

export function adfPlainText(node: unknown): string {
  const parts: string[] = [];
  collect(node, parts);
  return parts.join(' ');
}

function collect(node: unknown, parts: string[]): void {
  if (Array.isArray(node)) {
    for (const child of node) collect(child, parts);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const { text, attrs, content } = node as { text?: unknown; attrs?: Record<string, unknown>; content?: unknown };
  if (typeof text === 'string') parts.push(text);
  if (attrs) {
    for (const key of ['text', 'shortName', 'url'] as const) {
      const value = attrs[key];
      if (typeof value === 'string' && value !== '') parts.push(value);
    }
  }
  if (content !== undefined) collect(content, parts);
}
