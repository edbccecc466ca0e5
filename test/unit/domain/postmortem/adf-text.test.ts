import { adfToPlainText, excerpt } from '../../../../src/domain/postmortem';

describe('adfToPlainText', () => {
  it('joins inline text within a block and separates blocks with a space', () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Rolled ' }, { type: 'text', text: 'back', marks: [{ type: 'strong' }] }, { type: 'hardBreak' }, { type: 'emoji', attrs: { shortName: ':tada:', text: '🎉' } }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'mention', attrs: { id: 'x', text: '@Bob' } }, { type: 'text', text: ' see ' }, { type: 'inlineCard', attrs: { url: 'https://x.io/1' } }] }] }] },
        { type: 'paragraph', content: [{ type: 'date', attrs: { timestamp: String(Date.UTC(2025, 0, 2)) } }, { type: 'status', attrs: { text: 'DONE' } }] },
      ],
    };
    expect(adfToPlainText(doc)).toBe('Rolled back 🎉 @Bob see https://x.io/1 2025-01-02DONE');
  });

  it('accepts plain strings and ignores what is not ADF', () => {
    expect(adfToPlainText('  two\n lines ')).toBe('two lines');
    expect(adfToPlainText(null)).toBe('');
    expect(adfToPlainText({ type: 'doc', content: 'nope' })).toBe('');
  });
});

describe('excerpt', () => {
  it('keeps short text and cuts long text at a word boundary with an ellipsis', () => {
    expect(excerpt('short', 10)).toBe('short');
    expect(excerpt('a'.repeat(10), 10)).toBe('a'.repeat(10));
    expect(excerpt('alpha beta gamma delta epsilon', 20)).toBe('alpha beta gamma…');
    expect(excerpt('alpha beta gamma delta', 15)).toBe('alpha beta gam…');
    expect(excerpt('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
