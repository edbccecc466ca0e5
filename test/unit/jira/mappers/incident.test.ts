import type { TimelineEvent } from '../../../../src/domain/postmortem';
import { buildTimelineSuggestions } from '../../../../src/jira/mappers/incident';
import {
  adfDocFixture,
  BOB,
  commentFixture,
  historyFixture,
  incidentIssueFixture,
  issueFixture,
  issueLinkFixture,
  jiraTime,
  linkChange,
  linkedIssueFixture,
  minutesAfter,
  statusChange,
} from '../../../helpers/jira-fixtures';

const START = new Date(Date.now() - 3 * 86_400_000);
const at = (minutes: number) => minutesAfter(START, minutes).toISOString();
const brief = (events: TimelineEvent[]) => events.map((e) => [e.at, e.kind, e.text, e.author ?? null, e.sourceId]);

describe('buildTimelineSuggestions', () => {
  const events = buildTimelineSuggestions(incidentIssueFixture(START));

  it('turns a realistic incident into events, oldest first, in UTC', () => {
    expect(brief(events)).toEqual([
      [at(0), 'status', 'Incident created in status Open: Checkout fails for saved cards', 'Ada Quinn', 'created:10042'],
      [at(5), 'status', 'Status changed from Open to Triage', 'Ada Quinn', 'history:30001:0'],
      [at(5), 'priority', 'Priority changed from Medium to Highest', 'Ada Quinn', 'history:30001:1'],
      [at(12), 'assignee', 'Assigned to Bob Marsh', 'Ada Quinn', 'history:30002:0'],
      [at(20), 'comment', 'Payments dashboard shows 38% of saved-card checkouts failing since 09:10.', 'Carol Diaz', 'comment:40001'],
      [at(30), 'link', 'Link added: This issue is blocked by QA-7', 'Bob Marsh', 'issuelink:50001'],
      [at(31), 'status', 'Status changed from Triage to In Progress', 'Bob Marsh', 'history:30004:0'],
      [at(120), 'comment', expect.stringMatching(/^Rolled back release 4\.2 and @Carol Diaz confirmed checkouts recover\. The card vault/), 'Bob Marsh', 'comment:40002'],
      [at(190), 'status', 'Status changed from In Progress to Resolved', 'Bob Marsh', 'history:30006:0'],
      [at(190), 'assignee', 'Assignee changed from Bob Marsh to Carol Diaz', 'Bob Marsh', 'history:30006:1'],
      [at(0), 'link', 'Link: this issue relates to QA-51 (Add contract test for card vault) (time of linking not recorded)', null, 'issuelink:50002'],
    ].sort((a, b) => Date.parse(a[0] as string) - Date.parse(b[0] as string)));
  });

  it('marks every suggestion as an unedited, non-key Jira event with an id from its source', () => {
    for (const e of events) {
      expect(e).toMatchObject({ source: 'jira', edited: false, key: false, id: `jira:${e.sourceId}` });
    }
  });

  it('ignores changes to other fields (labels)', () => {
    expect(events.some((e) => e.text.includes('found-in-production'))).toBe(false);
  });

  it('cuts comment text to about 140 characters at a word boundary', () => {
    const long = events.find((e) => e.sourceId === 'comment:40002')!;
    expect(long.text.length).toBeLessThanOrEqual(140);
    expect(long.text.endsWith('…')).toBe(true);
    expect(long.text).not.toMatch(/\s…$/);
  });

  it('takes a link\'s time from the changelog rather than from issuelinks when the changelog has it, under the link\'s own source id', () => {
    expect(events.filter((e) => e.text.includes('QA-7'))).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'link').map((e) => e.sourceId)).toEqual(['issuelink:50002', 'issuelink:50001']);
  });

  it('records link removals and uses a link`s own time when one is given', () => {
    const issue = issueFixture({
      fields: { created: jiraTime(START), issuelinks: [{ ...issueLinkFixture({ id: '50009', outwardIssue: linkedIssueFixture('QA-9', 'Flaky test') }), created: jiraTime(minutesAfter(START, 44)) }] },
      histories: [historyFixture({ id: '31000', author: BOB, created: jiraTime(minutesAfter(START, 50)), items: [linkChange('QA-8', 'This issue relates to QA-8', true)] })],
    });
    expect(brief(buildTimelineSuggestions(issue))).toEqual([
      [at(0), 'status', 'Incident created: Checkout fails for saved cards', 'Ada Quinn', 'created:10042'],
      [at(44), 'link', 'Link: this issue relates to QA-9 (Flaky test)', null, 'issuelink:50009'],
      [at(50), 'link', 'Link removed: This issue relates to QA-8', 'Bob Marsh', 'history:31000:0'],
    ]);
  });

  it('de-duplicates records that appear twice (overlapping changelog pages)', () => {
    const history = historyFixture({ id: '30001', created: jiraTime(minutesAfter(START, 5)), items: [statusChange('Open', 'Triage')] });
    const issue = issueFixture({ fields: { created: jiraTime(START) }, histories: [history, history] });
    expect(buildTimelineSuggestions(issue).map((e) => e.sourceId)).toEqual(['created:10042', 'history:30001:0']);
  });

  it('skips records without a readable time and copes with an issue with no history', () => {
    const issue = issueFixture({
      fields: { created: 'not a date' },
      comments: [commentFixture({ id: '1', created: 'garbage', body: adfDocFixture('x') })],
      histories: [historyFixture({ created: '', items: [statusChange('Open', 'Done')] })],
    });
    expect(buildTimelineSuggestions(issue)).toEqual([]);
    expect(buildTimelineSuggestions({ key: 'QA-1' })).toEqual([]);
  });
});
