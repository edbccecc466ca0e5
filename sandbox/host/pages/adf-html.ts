/**
 * Renders Atlassian Document Format (issue descriptions and comments) to simple HTML for the
 * host's issue view: paragraphs, headings, lists, code, quotes, panels, rules, mentions, emoji,
 * links and inline cards, with text marks. Unknown nodes render their children, so nothing
 * written in Jira disappears. https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/
 */
import { html, type Html } from './html';

interface AdfMark { type: string; attrs?: Record<string, unknown> }
export interface AdfNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: AdfMark[];
  content?: AdfNode[];
}

function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  return /^(https?:|mailto:|\/)/i.test(url) ? url : null;
}

function withMarks(text: string, marks: AdfMark[] | undefined): Html {
  let out: Html = html`${text}`;
  for (const mark of marks ?? []) {
    switch (mark.type) {
      case 'strong': out = html`<strong>${out}</strong>`; break;
      case 'em': out = html`<em>${out}</em>`; break;
      case 'code': out = html`<code>${out}</code>`; break;
      case 'strike': out = html`<s>${out}</s>`; break;
      case 'underline': out = html`<u>${out}</u>`; break;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        if (href) out = html`<a href="${href}" rel="noreferrer">${out}</a>`;
        break;
      }
      default: break;
    }
  }
  return out;
}

function children(node: AdfNode): Html[] {
  return (node.content ?? []).map(renderNode);
}

function renderNode(node: AdfNode): Html {
  switch (node.type) {
    case 'doc': return html`${children(node)}`;
    case 'paragraph': return html`<p>${children(node)}</p>`;
    case 'text': return withMarks(node.text ?? '', node.marks);
    case 'hardBreak': return html`<br>`;
    case 'heading': {
      // Jira's renderer gives an ADF heading its HTML heading element (h1 to h6), in descriptions and comments alike.
      const asked = Math.trunc(Number(node.attrs?.level ?? 3));
      const level = Number.isFinite(asked) ? Math.min(6, Math.max(1, asked)) : 3;
      const inner = children(node);
      switch (level) {
        case 1: return html`<h1 class="adf-heading">${inner}</h1>`;
        case 2: return html`<h2 class="adf-heading">${inner}</h2>`;
        case 3: return html`<h3 class="adf-heading">${inner}</h3>`;
        case 4: return html`<h4 class="adf-heading">${inner}</h4>`;
        case 5: return html`<h5 class="adf-heading">${inner}</h5>`;
        default: return html`<h6 class="adf-heading">${inner}</h6>`;
      }
    }
    case 'bulletList': return html`<ul>${children(node)}</ul>`;
    case 'orderedList': return html`<ol>${children(node)}</ol>`;
    case 'listItem': return html`<li>${children(node)}</li>`;
    case 'blockquote': return html`<blockquote>${children(node)}</blockquote>`;
    case 'codeBlock': return html`<pre><code>${(node.content ?? []).map((c) => c.text ?? '').join('')}</code></pre>`;
    case 'rule': return html`<hr>`;
    case 'panel': return html`<div class="adf-panel adf-panel-${String(node.attrs?.panelType ?? 'info')}">${children(node)}</div>`;
    case 'mention': {
      const name = String(node.attrs?.text ?? node.attrs?.id ?? '').replace(/^@/, '');
      return html`<span class="mention">@${name}</span>`;
    }
    case 'emoji': return html`${String(node.attrs?.text ?? node.attrs?.shortName ?? '')}`;
    case 'inlineCard':
    case 'blockCard':
    case 'embedCard': {
      const href = safeHref(node.attrs?.url);
      return href ? html`<a class="inline-card" href="${href}" rel="noreferrer">${href}</a>` : html``;
    }
    case 'status': return html`<span class="lozenge">${String(node.attrs?.text ?? '')}</span>`;
    case 'date': {
      const ts = Number(node.attrs?.timestamp);
      return html`<span class="adf-date">${Number.isFinite(ts) ? new Date(ts).toISOString().slice(0, 10) : ''}</span>`;
    }
    default: return html`${children(node)}`;
  }
}

/**
 * The document with each mention that carries only an account id given its person's name, as Jira's
 * issue view shows it (ADF's `text` on a mention is optional; Jira resolves the id).
 */
export function withMentionNames(doc: unknown, nameOf: (accountId: string) => string | undefined): unknown {
  if (Array.isArray(doc)) return doc.map((d) => withMentionNames(d, nameOf));
  if (doc === null || typeof doc !== 'object') return doc;
  const node = doc as AdfNode;
  const named = node.type === 'mention' && !node.attrs?.text && typeof node.attrs?.id === 'string'
    ? { ...node, attrs: { ...node.attrs, text: nameOf(node.attrs.id) ? `@${nameOf(node.attrs.id)}` : undefined } }
    : node;
  return named.content ? { ...named, content: named.content.map((c) => withMentionNames(c, nameOf) as AdfNode) } : named;
}

/** ADF document (or a plain string, as some APIs give) to HTML; empty when there is nothing. */
export function adfToHtml(doc: unknown): Html {
  if (doc === null || doc === undefined) return html``;
  if (typeof doc === 'string') return html`<p>${doc}</p>`;
  if (typeof doc === 'object' && typeof (doc as AdfNode).type === 'string') return renderNode(doc as AdfNode);
  return html``;
}
