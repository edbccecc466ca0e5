/**
 * The issue view's ADF rendering: Jira text reaches the page as text (escaped), links only with safe
 * schemes, and the common nodes render as their HTML counterparts.
 */
import { doc, mention, paragraph, text, bulletList, listItem, strong, link, inlineCard, heading } from '@atlaskit/adf-utils/builders';
import { adfToHtml, withMentionNames } from '../../../sandbox/host/pages/adf-html';

describe('adfToHtml', () => {
  it('renders paragraphs, marks, lists, mentions and cards', () => {
    const adf = doc(
      paragraph(text('Detected by '), mention({ id: '712020:bob-0002', text: '@Bob Martins' }), text(' at 19:05 '), strong('UTC')),
      bulletList(listItem([paragraph(link({ href: 'https://status.example.com' })(text('status page')))])),
      paragraph(inlineCard({ url: 'https://example.atlassian.net/browse/QA-2' })),
    );
    expect(adfToHtml(adf).value).toBe(
      '<p>Detected by <span class="mention">@Bob Martins</span> at 19:05 <strong>UTC</strong></p>'
      + '<ul><li><p><a href="https://status.example.com" rel="noreferrer">status page</a></p></li></ul>'
      + '<p><a class="inline-card" href="https://example.atlassian.net/browse/QA-2" rel="noreferrer">https://example.atlassian.net/browse/QA-2</a></p>',
    );
  });

  it('renders a heading as the heading element of its level, as Jira\'s renderer does, clamping odd levels', () => {
    const adf = doc(heading({ level: 2 })(text('QA post-mortem complete')), heading({ level: 3 })(text('Root cause')), paragraph(text('x')));
    expect(adfToHtml(adf).value).toBe('<h2 class="adf-heading">QA post-mortem complete</h2><h3 class="adf-heading">Root cause</h3><p>x</p>');
    const odd = { type: 'doc', version: 1, content: [{ type: 'heading', attrs: { level: 9 }, content: [{ type: 'text', text: 'deep' }] }, { type: 'heading', attrs: { level: 'x' }, content: [{ type: 'text', text: 'bad' }] }, { type: 'heading', attrs: { level: 0 }, content: [{ type: 'text', text: 'zero' }] }] };
    expect(adfToHtml(odd).value).toBe('<h6 class="adf-heading">deep</h6><h3 class="adf-heading">bad</h3><h1 class="adf-heading">zero</h1>');
  });

  it('escapes text and drops links with unsafe schemes', () => {
    const adf = doc(paragraph(text('<script>alert(1)</script>'), link({ href: 'javascript:alert(1)' })(text('click'))));
    expect(adfToHtml(adf).value).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;click</p>');
  });

  it('wraps a plain string and renders nothing for null', () => {
    expect(adfToHtml('a & b').value).toBe('<p>a &amp; b</p>');
    expect(adfToHtml(null).value).toBe('');
  });
});

describe('withMentionNames', () => {
  it('names a mention that carries only an account id, as Jira shows it, and leaves named ones alone', () => {
    const doc = { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [
      { type: 'text', text: 'Completed by ' },
      { type: 'mention', attrs: { id: 'acc-1' } },
      { type: 'mention', attrs: { id: 'acc-2', text: '@Already Named' } },
      { type: 'mention', attrs: { id: 'unknown' } },
    ] }] };
    const names: Record<string, string> = { 'acc-1': 'Alice Nguyen', 'acc-2': 'Someone Else' };
    const out = String(adfToHtml(withMentionNames(doc, (id) => names[id])));
    expect(out).toContain('@Alice Nguyen');
    expect(out).toContain('@Already Named');
    expect(out).toContain('@unknown');
    expect(out).not.toContain('@acc-1');
  });
});
