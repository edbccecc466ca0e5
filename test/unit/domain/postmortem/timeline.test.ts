import {
  addTimelineEvent,
  editTimelineEvent,
  mergeTimeline,
  removeTimelineEvent,
  setKeyEvent,
  type Timeline,
} from '../../../../src/domain/postmortem';
import { buildTimelineSuggestions } from '../../../../src/jira/mappers/incident';
import { ADA, adfDocFixture, commentFixture, incidentIssueFixture, jiraTime, minutesAfter } from '../../../helpers/jira-fixtures';

// The Jira events to merge come from the incident mapper, as in the panel.
const START = new Date(Date.now() - 3 * 86_400_000);
const at = (minutes: number) => minutesAfter(START, minutes).toISOString();

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
