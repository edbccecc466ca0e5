/**
 * The blame model: the committed weights are those its training data and code give (retrain with
 * `npm run blameless:train` after changing the labelled sets, the features or the rules), and what it
 * is and is not asked about.
 */
import { readFileSync } from 'node:fs';
import { peopleIndex } from '../../../../src/domain/postmortem/blameless/clause';
import { blameScore, modelFinds, modelMayJudge, type BlameModel } from '../../../../src/domain/postmortem/blameless/model/model';
import { scanForBlame } from '../../../../src/domain/postmortem';
import { scanRulesOnly } from '../../../../src/domain/postmortem/blameless/scan';
import { trainFinal, WEIGHTS } from '../../../../scripts/blame-model-training';

describe('the blame model', () => {
  it('is the model its labelled sets and code train (else run npm run blameless:train)', () => {
    const committed = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as BlameModel;
    const trained = trainFinal();
    expect(trained.bias).toBeCloseTo(committed.bias, 2);
    const keys = new Set([...Object.keys(committed.weights), ...Object.keys(trained.weights)]);
    // Weights are rounded to 0.001 and those under 0.02 left out: a weight may round or fall either side.
    const differing = [...keys].filter((k) => Math.abs((committed.weights[k] ?? 0) - (trained.weights[k] ?? 0)) > 0.021);
    expect(differing.length).toBeLessThanOrEqual(Math.ceil(keys.size * 0.001));
  }, 120_000);

  it('scores a plain failure by a named person above a plain act', () => {
    const people = peopleIndex(['Bob Marsh']);
    expect(blameScore('Bob ignored the first alert.', people)).toBeGreaterThan(0.9);
    expect(blameScore('Bob rolled back the release at 12:47.', people)).toBeLessThan(0.1);
  });

  it('takes almost no plain act of incident work for blame, whoever did it', () => {
    // Other names, things and times than the plain acts training makes (blame-model-training.ts).
    const who = ['Bob Marsh', 'Alice Jones', 'Carol Diaz', 'Ngozi Okafor', 'Wei Zhang', 'Priya Raman', 'the on-call engineer', 'the reviewer', 'the release manager', 'the DBA', 'our tester', 'the payments team', 'QA', 'Ops', 'the platform squad'];
    const acts = ['rolled back', 'paged', 'confirmed', 'documented', 'reviewed', 'restarted', 'escalated', 'found', 'acknowledged', 'merged', 'deployed', 'restored', 'checked', 'rebooted', 'investigated', 'reproduced', 'verified', 'triaged'];
    const things = ['the first alert', 'the smoke tests', 'the disk warning', 'the failing checks', 'the rollback step', 'the hotfix', 'the incident ticket', 'the primary database'];
    const times = ['at 09:12', 'before noon', 'during the call', 'on Tuesday'];
    const { threshold } = JSON.parse(readFileSync(WEIGHTS, 'utf8')) as BlameModel;
    let flagged = 0;
    let all = 0;
    for (const person of who) for (const act of acts) for (const thing of things) for (const when of times) {
      const text = `${person.charAt(0).toUpperCase()}${person.slice(1)} ${act} ${thing} ${when}.`;
      all += 1;
      if (blameScore(text, peopleIndex(/^[A-Z]\w+ [A-Z]/u.test(person) ? [person] : [])) >= threshold) flagged += 1;
    }
    // 8,640 sentences; 1,600 of 26,400 such were flagged before the plain acts were trained on.
    expect(flagged / all).toBeLessThan(0.01);
  });

  it('is not asked about what blameless writing says instead of blame', () => {
    for (const text of ['Bob is not to blame.', "It was nobody's fault.", "Carol didn't know the flag existed.", 'Priya was not paged because the rota was empty.', 'We do not want to blame anyone.']) {
      expect(modelMayJudge(text)).toBe(false);
      expect(modelFinds(text, peopleIndex(['Carol Diaz', 'Priya Shah']))).toBe(false);
    }
  });

  it('finds what no rule does, and the check reports it without a rewrite when none passes', () => {
    const text = "Not to point fingers, but the change that broke routing was Bob's.";
    expect(scanRulesOnly(text, ['Bob Marsh'])).toEqual([]);
    expect(scanForBlame(text, ['Bob Marsh'])).toEqual([expect.objectContaining({ start: 0, end: text.length, noSuggestion: true, suggestion: '' })]);
  });
});
