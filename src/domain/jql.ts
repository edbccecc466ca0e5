/**
 * The one way the app writes a value into JQL: a double-quoted string literal with backslash and
 * double quote escaped, and control characters (never valid raw inside a quoted JQL string) as
 * `\uXXXX`, so a component named `Payments "EU"` or a version `1.0\beta` cannot change a query's
 * meaning. https://support.atlassian.com/jira-software-cloud/docs/jql-fields/ (reserved characters)
 */

export function quoteJqlValue(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (ch === '\\' || ch === '"') out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** `("a", "b")`: a JQL list of quoted values. */
export function quotedJqlList(values: readonly string[]): string {
  return `(${values.map(quoteJqlValue).join(', ')})`;
}
