import {
  addWhy,
  deepestAnswer,
  FIRST_WHY_QUESTION,
  moveWhy,
  nextWhyQuestion,
  removeWhy,
  updateWhy,
  validateWhyChain,
} from '../../../../src/domain/postmortem';
import { why } from './postmortem-builders';

describe('nextWhyQuestion', () => {
  it('asks what caused the previous answer, quoted, so a clause and a noun phrase both read as a question', () => {
    expect(nextWhyQuestion('The cache expired early.')).toBe('What caused “The cache expired early”?');
    expect(nextWhyQuestion('  retries were disabled  ')).toBe('What caused “retries were disabled”?');
    expect(nextWhyQuestion('A missing index on the orders table')).toBe('What caused “A missing index on the orders table”?');
  });

  it('leaves out the "because" an answer to a why starts with', () => {
    expect(nextWhyQuestion('Because the SDK moved the token field.')).toBe('What caused “the SDK moved the token field”?');
    expect(nextWhyQuestion('due to a stale feature flag')).toBe('What caused “a stale feature flag”?');
    expect(nextWhyQuestion('Since nobody owned the alert')).toBe('What caused “nobody owned the alert”?');
  });

  it('keeps acronyms and mixed-case words as written', () => {
    expect(nextWhyQuestion('API keys rotated without notice')).toBe('What caused “API keys rotated without notice”?');
    expect(nextWhyQuestion('iOS clients cached the token!')).toBe('What caused “iOS clients cached the token”?');
  });

  it('is empty when there is no answer yet', () => {
    expect(nextWhyQuestion('  ')).toBe('');
  });
});

describe('5 Whys chain editing', () => {
  it('opens the chain with the first question and follows each answer', () => {
    let whys = addWhy([], 'w1');
    expect(whys).toEqual([{ id: 'w1', question: FIRST_WHY_QUESTION, answer: '' }]);
    whys = updateWhy(whys, 'w1', { answer: 'Checkout rejected saved cards' });
    whys = addWhy(whys, 'w2');
    expect(whys[1]).toEqual({ id: 'w2', question: 'What caused “Checkout rejected saved cards”?', answer: '' });
  });

  it('moves a default next question along when an answer changes, but never a question someone wrote', () => {
    let whys = [why('w1', FIRST_WHY_QUESTION, 'Tokens were rejected'), why('w2', 'What caused “Tokens were rejected”?', 'SDK moved the field'), why('w3', 'What changed in the SDK?', '')];
    whys = updateWhy(whys, 'w1', { answer: 'The vault rejected tokens' });
    expect(whys[1].question).toBe('What caused “The vault rejected tokens”?');
    whys = updateWhy(whys, 'w2', { answer: 'The SDK upgrade moved the field' });
    expect(whys[2].question).toBe('What changed in the SDK?');
  });

  it('does not change anything for an unknown id and does not mutate its input', () => {
    const whys = [why('w1', 'Q', 'A')];
    expect(updateWhy(whys, 'nope', { answer: 'x' })).toBe(whys);
    updateWhy(whys, 'w1', { answer: 'B' });
    expect(whys[0].answer).toBe('A');
  });

  it('removes and reorders steps', () => {
    const whys = [why('w1', 'Q1', 'A1'), why('w2', 'Q2', 'A2'), why('w3', 'Q3', 'A3')];
    expect(removeWhy(whys, 'w2').map((w) => w.id)).toEqual(['w1', 'w3']);
    expect(moveWhy(whys, 'w3', 0).map((w) => w.id)).toEqual(['w3', 'w1', 'w2']);
    expect(moveWhy(whys, 'w1', 99).map((w) => w.id)).toEqual(['w2', 'w3', 'w1']);
    expect(moveWhy(whys, 'w9', 0)).toBe(whys);
  });
});

describe('validateWhyChain', () => {
  it('needs a question and an answer at every step', () => {
    expect(validateWhyChain([why('w1', 'Q1', 'A1'), why('w2', '', ' '), why('w3', 'Q3', '')])).toEqual([
      'Why 2 has no question',
      'Why 2 has no answer',
      'Why 3 has no answer',
    ]);
    expect(validateWhyChain([why('w1', 'Q1', 'A1')])).toEqual([]);
    expect(validateWhyChain([])).toEqual(['No why has been asked yet']);
  });

  it('takes the deepest answer as the stated root cause', () => {
    expect(deepestAnswer([why('w1', 'Q1', 'A1'), why('w2', 'Q2', 'A2'), why('w3', 'Q3', ' ')])).toBe('A2');
    expect(deepestAnswer([])).toBeNull();
  });
});
