/**
 * What a sentence the model found keeps when it cannot be restated without its people: its clauses
 * about things, as a sentence of their own, and never a clause that stands for what was dropped.
 */
import { peopleIndex } from '../../../../src/domain/postmortem/blameless/clause';
import { keptFacts } from '../../../../src/domain/postmortem/blameless/kept-facts';
import { scanForBlame } from '../../../../src/domain/postmortem';

const people = peopleIndex(['Carmen Ortega', 'Oksana Petrenko', 'Bronwyn Hale', 'Lars Berg']);

describe('facts kept from a blaming sentence', () => {
  it.each([
    ['The defect trend is worsening and the backend team under Carmen Ortega does not seem to care.', 'The defect trend is worsening.'],
    ['Impact was extended by roughly 25 minutes because Lars was slow to acknowledge the page.', 'Impact was extended by roughly 25 minutes.'],
    ['Flaky tests are back up to 40; Katarzyna promised to fix them two sprints ago.', 'Flaky tests are back up to 40.'],
    ['Evidence: Lars claims the alert never reached his phone, though PagerDuty shows it was delivered and viewed.', 'PagerDuty shows it was delivered and viewed.'],
    ['The outage lasted four hours, from 02:00 to 06:00, because Oksana insisted on debugging it herself.', 'The outage lasted four hours, from 02:00 to 06:00.'],
    ['The rollout was started at 22:00 only because the project manager wanted an early go-live.', 'The rollout was started at 22:00.'],
  ])('%s → %s', (sentence, kept) => {
    expect(keptFacts(sentence, people)[0]).toBe(kept);
  });

  it('ends at a comma splice, and keeps no clause that points back at what was dropped', () => {
    expect(keptFacts('A firewall rule was added that blocked the polling traffic, the control room lost visibility of six substations, and the contractor who made the change did not notice.', people)[0])
      .toBe('A firewall rule was added that blocked the polling traffic.');
    expect(keptFacts('The tracker shows her suite at 94%, but several of those passes were recorded within seconds of each other.', people)).toEqual([]);
  });

  it.each([
    // The consequence of a counterfactual is no fact.
    'If Bronwyn had been paying attention, the alert gets acked in two minutes, not an hour.',
    // A clause whose subject stands for what was dropped.
    'Gareth Lloyd failed, and this is what happens.',
    'The doc is far too soft on Lars and the write-up should say so.',
    // Half a clause, a relative clause cut from its noun, a question.
    'The incident was, in the final analysis, caused by a lapse on the part of Lars.',
    "A customer asked me 'who is the genius who changed the login page?' and I had no answer.",
    'Why did the runbook fail when Lars was on call?',
    // Nothing but the person's clause.
    'Lars ignored the page.',
  ])('keeps nothing of %s', (sentence) => {
    expect(keptFacts(sentence, people)).toEqual([]);
  });

  it('is offered by the check when the sentence cannot be restated without its people', () => {
    // (Not "The monitoring was fine.": a kept fact the model itself scores as blame is not offered.)
    const text = 'The outage lasted four hours, from 02:00 to 06:00, because Oksana insisted on debugging it herself.';
    expect(scanForBlame(text, ['Oksana Petrenko'])).toEqual([expect.objectContaining({ start: 0, end: text.length, suggestion: 'The outage lasted four hours, from 02:00 to 06:00.' })]);
  });
});
