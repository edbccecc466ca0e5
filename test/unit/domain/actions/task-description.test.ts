import { buildTaskDescription, DONE_MEANS, rootCauseLine } from '../../../../src/domain/actions';
import { actionItem, rootCause } from './action-builders';
import { adfErrors, adfWords } from './adf-schema';

const incident = { key: 'QA-3', summary: 'Checkout fails for saved cards', siteUrl: 'https://example.atlassian.net/' };

describe('rootCauseLine', () => {
  it('is the category and the deepest answer, on one line', () => {
    expect(rootCauseLine(rootCause())).toBe('Test gap: The SDK upgrade moved the token field');
    expect(rootCauseLine(rootCause({ whys: [{ id: 'w', question: 'q', answer: 'Two\n\nlines   here' }], category: null }))).toBe('Two lines here');
    expect(rootCauseLine(rootCause({ whys: [] }))).toBe('Test gap');
    expect(rootCauseLine(rootCause({ whys: [], category: null }))).toBeNull();
  });

  it('shortens a long answer', () => {
    const line = rootCauseLine(rootCause({ whys: [{ id: 'w', question: 'q', answer: 'word '.repeat(200) }], category: null })) as string;
    expect(line.length).toBeLessThanOrEqual(300);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('buildTaskDescription', () => {
  it('is valid ADF with the incident linked, the root cause, why, and what done means as the owner wrote it', () => {
    // The panel asks for the description as "what done looks like, and how it will be checked".
    const doc = buildTaskDescription(actionItem({ description: 'Saved-card scenarios run in CI.\n\nChecked on the next release.' }), incident, rootCause());
    expect(adfErrors(doc)).toEqual([]);
    expect(adfWords(doc)).toEqual([
      'Action item from the QA post-mortem of ', 'https://example.atlassian.net/browse/QA-3', ' (Checkout fails for saved cards)', '.',
      'Root cause', 'Test gap: The SDK upgrade moved the token field',
      'Why this action', 'A test design enhancement agreed in the post-mortem, against the root cause above, to keep this kind of incident from happening again.',
      'What done means', 'Saved-card scenarios run in CI.', 'Checked on the next release.',
    ]);
  });

  it('names the incident without a link when the site is unknown, and explains an item without a description', () => {
    const doc = buildTaskDescription(actionItem({ type: 'fix-validation', description: '  ' }), { key: 'QA-3', summary: '' }, rootCause({ whys: [], category: null }));
    expect(adfErrors(doc)).toEqual([]);
    const words = adfWords(doc);
    expect(words.slice(0, 3)).toEqual(['Action item from the QA post-mortem of ', 'QA-3', '.']);
    expect(words).toContain('Not recorded in the post-mortem yet.');
    expect(words).toContain('A fix validation agreed in the post-mortem, against the root cause above, to keep this kind of incident from happening again.');
    // No description: what done usually means for a fix validation, under its own heading.
    expect(words.slice(words.indexOf('What done means') + 1)).toEqual([DONE_MEANS['fix-validation']]);
  });
});

describe('buildTaskDescription within Jira\'s rich-text limit', () => {
  it('shortens a description that would not fit, and says the whole is in the post-mortem', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} of the reasons.`).join('\n\n');
    const doc = buildTaskDescription(actionItem({ description: long }), incident, rootCause());
    expect(JSON.stringify(doc).length).toBeLessThanOrEqual(32_767);
    expect(adfErrors(doc)).toEqual([]);
    expect(adfWords(doc)).toContain('Paragraph 0 of the reasons.');
    expect(adfWords(doc)).toContain('(Shortened to fit a Jira description: the whole text is in the post-mortem.)');
  });

  it('keeps a description that fits whole', () => {
    const doc = buildTaskDescription(actionItem({ description: 'word '.repeat(3000) }), incident, rootCause());
    expect(adfWords(doc).join(' ')).not.toContain('Shortened');
  });
});
