/**
 * A tagged template for the host's server-rendered pages that escapes every interpolated value
 * unless it is already markup (`Html`), so Jira data (summaries, comments) can never inject markup.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string { return this.value; }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c] as string));
}

type Part = Html | string | number | boolean | null | undefined | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0];
  values.forEach((v, i) => { out += render(v) + strings[i + 1]; });
  return new Html(out);
}

/** Trusted markup (constants written in this codebase), not for data. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** JSON for an inline <script> or a data attribute: safe against `</script>` and attribute quoting. */
export function jsonForScript(value: unknown): Html {
  return new Html(JSON.stringify(value ?? null).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));
}
