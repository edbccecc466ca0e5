/**
 * All the text of an ADF node and its children run together, so a test can check what a comment or
 * description says without depending on the app's own ADF-to-text code.
 */
export function adfTextOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const { text, content } = node as { text?: string; content?: unknown[] };
  return (text ?? '') + (content ?? []).map(adfTextOf).join('');
}
