import {
  addTimelineEvent,
  buildTimelineSuggestions,
  editTimelineEvent,
  mergeTimeline,
  removeTimelineEvent,
  setKeyEvent,
  type Timeline,
  type TimelineEvent,
} from '../../../../src/domain/postmortem';
import {
  ADA,
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
      [at(30), 'link', 'Link added: This issue is blocked by QA-7', 'Bob Marsh', 'history:30003:0'],
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

  it('takes a link from the changelog rather than from issuelinks when the changelog has it', () => {
    expect(events.filter((e) => e.text.includes('QA-7'))).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'link').map((e) => e.sourceId)).toEqual(['issuelink:50002', 'history:30003:0']);
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

describe('mergeTimeline', () => {
  const suggestions = buildTimelineSuggestions(incidentIssueFixture(START));
  const empty: Timeline = { events: [], dismissedSourceIds: [] };

  it('adds all suggestions to an empty timeline', () => {
    expect(mergeTimeline(empty, suggestions).events).toEqual(suggestions);
  });

  it('keeps edits, key marks, removals and the facilitator`s own events when Jira is read again', () => {
    let timeline = mergeTimeline(empty, suggestions);
    timeline = editTimelineEvent(timeline, 'jira:comment:40001', { text: 'Dashboard: 38% of saved-card checkouts failing' });
    timeline = setKeyEvent(timeline, 'jira:history:30004:0', true);
    timeline = removeTimelineEvent(timeline, 'jira:history:30002:0');
    timeline = addTimelineEvent(timeline, { id: 'u1', at: jiraTime(minutesAfter(START, -7)), text: 'Release 4.2 deployed', key: true });

    const again = mergeTimeline(timeline, buildTimelineSuggestions(incidentIssueFixture(START)));
    expect(again.events).toHaveLength(suggestions.length);
    expect(again.events[0]).toEqual({ id: 'u1', at: at(-7), kind: 'custom', text: 'Release 4.2 deployed', source: 'user', key: true, edited: false });
    expect(again.events.find((e) => e.id === 'jira:comment:40001')).toMatchObject({ text: 'Dashboard: 38% of saved-card checkouts failing', source: 'jira', edited: true });
    expect(again.events.find((e) => e.id === 'jira:history:30004:0')).toMatchObject({ key: true, edited: false });
    expect(again.events.some((e) => e.sourceId === 'history:30002:0')).toBe(false);
    expect(again.dismissedSourceIds).toEqual(['history:30002:0']);
  });

  it('adds events that are new in Jira and refreshes unedited ones', () => {
    const first = mergeTimeline(empty, suggestions);
    const issue = incidentIssueFixture(START);
    issue.fields.comment.comments[0].body = adfDocFixture('Dashboard link added: 41% failing.');
    issue.fields.comment.comments.push(commentFixture({ id: '40003', author: ADA, created: jiraTime(minutesAfter(START, 200)), body: adfDocFixture('Post-mortem scheduled.') }));
    const merged = mergeTimeline(setKeyEvent(first, 'jira:comment:40001', true), buildTimelineSuggestions(issue));
    expect(merged.events.find((e) => e.id === 'jira:comment:40001')).toMatchObject({ text: 'Dashboard link added: 41% failing.', key: true, edited: false });
    expect(merged.events[merged.events.length - 1]).toMatchObject({ id: 'jira:comment:40003', at: at(200), text: 'Post-mortem scheduled.' });
  });

  it('keeps Jira events whose record has gone from Jira', () => {
    const first = mergeTimeline(empty, suggestions);
    const issue = incidentIssueFixture(START);
    issue.fields.comment.comments = [];
    expect(mergeTimeline(first, buildTimelineSuggestions(issue)).events).toEqual(first.events);
  });

  it('gives a new event a free id when its id is already taken by another event', () => {
    const timeline = addTimelineEvent(empty, { id: 'jira:comment:40001', at: at(1), text: 'Hand-written, unlucky id' });
    const merged = mergeTimeline(timeline, suggestions);
    expect(merged.events.filter((e) => e.id.startsWith('jira:comment:40001')).map((e) => e.id)).toEqual(['jira:comment:40001', 'jira:comment:40001#2']);
  });
});

describe('timeline editing', () => {
  const base: Timeline = mergeTimeline({ events: [], dismissedSourceIds: [] }, buildTimelineSuggestions(incidentIssueFixture(START)));

  it('marks a Jira event edited only when something changed, and re-sorts by time', () => {
    expect(editTimelineEvent(base, 'jira:history:30004:0', { text: 'Status changed from Triage to In Progress' })).toEqual(base);
    const moved = editTimelineEvent(base, 'jira:history:30004:0', { at: jiraTime(minutesAfter(START, 1)) });
    expect(moved.events.map((e) => e.id).slice(0, 3)).toEqual(['jira:created:10042', 'jira:issuelink:50002', 'jira:history:30004:0']);
    expect(moved.events[2]).toMatchObject({ at: at(1), edited: true });
  });

  it('leaves a user event unedited-flagged when edited (the flag is for Jira events)', () => {
    const withUser = addTimelineEvent(base, { id: 'u1', at: at(3), text: 'Paged on-call', kind: 'custom' });
    expect(editTimelineEvent(withUser, 'u1', { text: 'Paged the on-call engineer' }).events.find((e) => e.id === 'u1')).toMatchObject({
      text: 'Paged the on-call engineer',
      source: 'user',
      edited: false,
    });
  });

  it('does not remember user events it removes, nor the same source twice', () => {
    const withUser = addTimelineEvent(base, { id: 'u1', at: at(3), text: 'Paged on-call' });
    expect(removeTimelineEvent(withUser, 'u1').dismissedSourceIds).toEqual([]);
    const once = removeTimelineEvent(base, 'jira:comment:40001');
    const twice = removeTimelineEvent({ ...once, events: base.events }, 'jira:comment:40001');
    expect(twice.dismissedSourceIds).toEqual(['comment:40001']);
    expect(removeTimelineEvent(base, 'missing')).toBe(base);
  });
});
