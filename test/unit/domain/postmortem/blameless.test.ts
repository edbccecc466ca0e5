import {
  applySuggestion,
  checkBlameless,
  findingId,
  freeTextFields,
  PEOPLE_LOOKED_FOR_MAX,
  PERSON_NAME_MAX_CHARS,
  scanForBlame,
  undismissedFindings,
  type BlamelessRule,
} from '../../../../src/domain/postmortem';
import { actionItem, timelineEvent, why, workedDocument } from './postmortem-builders';

const PEOPLE = ['Bob Marsh', 'Alice Jones', 'Carol Diaz'];

/** [rule, flagged text, suggestion, text after applying it] for each finding. */
function scan(text: string, people: string[] = PEOPLE) {
  return scanForBlame(text, people).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.rule, m.text, m.suggestion, applySuggestion(text, m)];
  });
}

describe('scanForBlame: a person as the subject of a failure', () => {
  it.each([
    ['Bob forgot to run the migration.', 'Bob forgot to', 'Nothing in the process prompted anyone to run the migration.'],
    ['Alice broke the checkout.', 'Alice broke', 'A change broke the checkout.'],
    ["carol didn't test the refund path", "carol didn't", 'Nothing in the process prompted anyone to test the refund path'],
    ['After the deploy Bob Marsh forgot the feature flag.', 'Bob Marsh forgot', 'After the deploy nothing in the process prompted anyone to remember the feature flag.'],
    ['Alice ignored the alert in the channel and went home.', 'Alice ignored the alert in the channel', 'The alert in the channel was ignored, and nothing in the process caught it and went home.'],
    ['Bob dropped the ball on the release notes.', 'Bob dropped the ball', 'A hand-off was missed on the release notes.'],
    ['Bob was to blame for the outage.', 'Bob was to blame for the outage', 'A process gap contributed to the outage.'],
    ['The developer failed to update the config.', 'The developer failed to', 'Nothing in the process prompted anyone to update the config.'],
    ['Someone botched the rollout', 'Someone botched the rollout', 'Something went wrong with the rollout'],
  ])('%s', (text, flagged, rewritten) => {
    const [finding] = scan(text);
    expect(finding.slice(0, 2)).toEqual(['person-as-subject', flagged]);
    expect(finding[3]).toBe(rewritten);
  });

  it('recognises people by full name and first name, in any case, and not unknown names', () => {
    expect(scan('ALICE JONES broke the build')[0][1]).toBe('ALICE JONES broke');
    expect(scan('Eve broke the build')).toEqual([]);
    expect(scan('Eve broke the build', ['Eve Adams'])[0][0]).toBe('person-as-subject');
  });

  it('does not flag a person doing something that is not a failure', () => {
    expect(scan('Bob rolled back release 4.2 and Alice confirmed recovery.')).toEqual([]);
    expect(scan('Carol found the root cause.')).toEqual([]);
  });
});

describe('scanForBlame: "should have"', () => {
  it.each([
    ['We should have tested the login flow on Safari.', 'We should have tested the login flow on Safari', 'The process did not ensure the login flow on Safari was tested.'],
    ['should have tested on mobile', 'should have tested on mobile', 'The process did not ensure this was tested on mobile'],
    ['Bob should have properly reviewed the migration before release.', 'Bob should have properly reviewed the migration', 'The process did not ensure the migration was properly reviewed before release.'],
    ['This should have been caught in staging.', 'This should have been caught in staging', 'The process did not ensure this was caught in staging.'],
    ['We should have been more careful.', 'We should have been more careful', 'The process did not help anyone be more careful.'],
    ['The bug should have been caught in staging.', 'should have been', 'The bug was expected to be caught in staging.'],
    ['The tests should have caught it, and QA signed off.', 'should have', 'The tests were expected to have caught it, and QA signed off.'],
    ["We shouldn't have deployed on Friday.", "We shouldn't have deployed on Friday", 'Nothing in the process flagged the risk of having deployed on Friday.'],
    ["In hindsight, we should've asked the DBA.", "we should've asked the DBA", 'In hindsight, the process did not ensure the DBA was asked.'],
  ])('%s', (text, flagged, rewritten) => {
    const [finding] = scan(text);
    expect(finding.slice(0, 2)).toEqual(['should-have', flagged]);
    expect(finding[3]).toBe(rewritten);
  });
});

describe('scanForBlame: blaming words and phrases', () => {
  it.each<[string, BlamelessRule, string, string]>([
    ['It was human error.', 'human-error', 'human error', 'It was a gap in the process or tooling that allowed the error.'],
    ['Root cause: Human-Error', 'human-error', 'Human-Error', 'Root cause: a gap in the process or tooling that allowed the error'],
    ["It was Bob's fault.", 'fault', "Bob's fault", 'It was a contributing factor.'],
    ["It was the vendor's fault", 'fault', "the vendor's fault", 'It was a contributing factor'],
    ['Two teams were at fault.', 'fault', 'at fault', 'Two teams were involved.'],
    ['The fault lies with the vendor.', 'fault', 'fault lies with', 'The contributing factor involves the vendor.'],
    ['It was the fault of the deploy script.', 'fault', 'the fault of', 'It was a gap involving the deploy script.'],
    ['The outage was blamed on the cache.', 'blame', 'blamed on', 'The outage was attributed to the cache.'],
    ['The vendor is to blame.', 'blame', 'to blame', 'The vendor is a contributing factor.'],
    ['They blamed QA.', 'blame', 'blamed', 'They pointed to QA.'],
    ['A careless change went out.', 'judgemental-word', 'A careless', 'An unchecked change went out.'],
    ['It was negligent.', 'judgemental-word', 'negligent', 'It was unguarded.'],
    ['an incompetent review', 'judgemental-word', 'an incompetent', 'An under-supported review'],
    ['Lazy testing let it through.', 'judgemental-word', 'Lazy', 'Limited testing let it through.'],
    ['a sloppy merge', 'judgemental-word', 'a sloppy', 'An inconsistent merge'],
    ['The deploy team screwed up the config.', 'screwed-up', 'screwed up', 'The deploy team disrupted the config.'],
    ['a real screw-up', 'screwed-up', 'screw-up', 'a real failure'],
    ['We dropped the ball.', 'dropped-the-ball', 'dropped the ball', 'We missed a hand-off.'],
    ['It was his mistake.', 'personal-mistake', 'his mistake', 'It was an error the process allowed.'],
    ["Carol's error broke billing", 'personal-mistake', "Carol's error", 'An error the process allowed broke billing'],
  ])('%s', (text, rule, flagged, rewritten) => {
    const [finding] = scan(text);
    expect(finding.slice(0, 2)).toEqual([rule, flagged]);
    expect(finding[3]).toBe(rewritten);
  });

  it('finds several in one text, in reading order, with exact spans', () => {
    const text = 'Human error. Bob forgot to test, which was careless.';
    const matches = scanForBlame(text, PEOPLE);
    expect(matches.map((m) => [m.rule, m.start, m.end])).toEqual([
      ['human-error', 0, 11],
      ['person-as-subject', 13, 26],
      ['judgemental-word', 43, 51],
    ]);
    expect(matches[0].message).toMatch(/process or tooling/);
  });

  it('reports overlapping rules once, preferring the more specific', () => {
    expect(scan('Bob screwed up the deploy').map((f) => f[0])).toEqual(['person-as-subject']);
    expect(scan("It was Bob's mistake").map((f) => f[0])).toEqual(['personal-mistake']);
  });
});

describe('scanForBlame: no false positives', () => {
  it.each([
    'We use fault injection and rely on fault tolerance.',
    'A fault-tolerant design with a fault tree analysis.',
    "The system's fault tolerance held; a faulty sensor reported zeros.",
    'The default timeout is 30 s.',
    'A segmentation fault crashed the worker.',
    "It was nobody's fault.",
    "It was no one's fault.",
    'Nobody is to blame; this is a blameless review and blame-free.',
    'Bob is not to blame.',
    'We do not want to blame anyone.',
    'Their error handling swallowed the exception; the error rate rose.',
    'The job failed to start and the build broke.',
    'Careful review caught it; the sensor was faultless.',
    'The mistake was in the config template.',
    'We should have a change freeze before peak season.',
    'They tried to blame the weather.',
    '',
  ])('%s', (text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe('checkBlameless over a document', () => {
  it('scans every free-text field and names where each finding is', () => {
    const doc = workedDocument({
      timeline: { events: [timelineEvent({ id: 'ev-9', text: 'Bob forgot to page the on-call' })], dismissedSourceIds: [] },
      actionItems: [actionItem({ id: 'a7', title: 'Stop careless deploys', description: 'We should have a freeze.' })],
    });
    doc.gather.impactSummary = 'Human error took checkout down.';
    doc.rootCause.whys = [why('w1', 'Why?', 'Dana broke the vault client'), why('w2', 'Why?', 'No contract test')];
    doc.rootCause.contributingFactors = ['ok', 'sloppy review'];
    doc.probes.riskAssessment.notes = 'Risk was at fault.';
    doc.gather.evidence = [{ label: 'Blame log', url: 'https://logs.example.com/x', kind: 'log' }];

    const findings = checkBlameless(doc, [...PEOPLE, 'Dana Wu']);
    expect(findings.map((f) => [f.field, f.fieldLabel, f.text, f.rule])).toEqual([
      ['gather.impactSummary', 'Impact summary', 'Human error', 'human-error'],
      ['gather.evidence[0].label', 'Evidence 1', 'Blame', 'blame'],
      ['timeline.events[ev-9].text', 'Timeline event 1', 'Bob forgot to', 'person-as-subject'],
      ['rootCause.whys[w1].answer', 'Why 1 answer', 'Dana broke', 'person-as-subject'],
      ['rootCause.contributingFactors[1]', 'Contributing factor 2', 'sloppy', 'judgemental-word'],
      ['probes.riskAssessment.notes', 'Risk assessment notes', 'at fault', 'fault'],
      ['actionItems[a7].title', 'Action item 1 title', 'careless', 'judgemental-word'],
    ]);
  });

  it('knows action-item owners by name without being told', () => {
    const doc = workedDocument({ actionItems: [actionItem({ ownerDisplayName: 'Priya Nair', description: 'Priya missed the alert' })] });
    expect(checkBlameless(doc, []).map((f) => f.text)).toEqual(['Priya missed the alert']);
  });

  it('gives findings stable ids from field, span and rule', () => {
    const doc = workedDocument();
    doc.gather.impactSummary = 'Human error.';
    const [first] = checkBlameless(doc, PEOPLE);
    const [again] = checkBlameless(JSON.parse(JSON.stringify(doc)), PEOPLE);
    expect(first.id).toBe(again.id);
    expect(first.id).toBe(findingId('gather.impactSummary', 0, 11, 'human-error'));
    expect(first.id).toMatch(/^blameless-[0-9a-f]{8}$/);
    expect(findingId('gather.impactSummary', 1, 12, 'human-error')).not.toBe(first.id);
  });

  it('finds nothing in a blameless document', () => {
    expect(checkBlameless(workedDocument(), PEOPLE)).toEqual([]);
  });

  it('leaves out empty fields from the scanned text', () => {
    const fields = freeTextFields(workedDocument()).map((f) => f.field);
    expect(fields).toContain('rootCause.whys[w2].answer');
    expect(fields).not.toContain('probes.riskAssessment.notes');
  });
});

describe('undismissedFindings', () => {
  it('drops findings dismissed with a reason', () => {
    const doc = workedDocument();
    doc.gather.impactSummary = 'Human error. It was careless.';
    const findings = checkBlameless(doc, PEOPLE);
    expect(findings).toHaveLength(2);
    const open = undismissedFindings(findings, [
      { findingId: findings[0].id, reason: 'Quoting the vendor report verbatim' },
      { findingId: findings[1].id, reason: ' ' },
    ]);
    expect(open.map((f) => f.text)).toEqual(['careless']);
  });
});

describe('names of any length and number', () => {
  const text = 'Alice should have checked the logs.';

  it('ignores a "name" too long to be a person\'s, instead of failing to build its pattern', () => {
    const matches = scanForBlame(text, ['Alice Smith', 'x'.repeat(13_000), 'y'.repeat(PERSON_NAME_MAX_CHARS + 1)]);
    expect(matches.map((m) => m.rule)).toContain('should-have');
  });

  it('looks for at most PEOPLE_LOOKED_FOR_MAX names, the first given first', () => {
    const crowd = Array.from({ length: 5000 }, (_, i) => `Person Number${i} ${'x'.repeat(200)}`);
    expect(scanForBlame(text, ['Alice Smith', ...crowd]).map((m) => m.text)).toContain('Alice should have checked the logs');
    expect(PEOPLE_LOOKED_FOR_MAX).toBeLessThan(crowd.length);
  });
});
