/**
 * From an incident's Jira record to the timeline events the post-mortem suggests (the timeline
 * stage's rules of merging are in src/domain/postmortem/timeline.ts). The builder reads
 * `GET /rest/api/3/issue/{key}?expand=changelog` with the `summary`, `created`, `reporter`,
 * `comment` and `issuelinks` fields. The shapes are Jira's, declared once in src/jira/shapes.ts; the
 * builder is lenient where other sources of the same record differ (the sandbox's seed and
 * emulator): a person may be null, a comment body may be any JSON (plain text is read too), and a
 * link may say when it was made.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 */
import { adfToPlainText, excerpt } from '../../domain/postmortem/adf-text';
import type { TimelineEvent } from '../../domain/postmortem/document';
import { toUtcIso } from '../../domain/postmortem/iso-time';
import { byEventTime } from '../../domain/postmortem/timeline';
import type { TimelineEventKind } from '../../domain/postmortem/vocabulary';
import type { ChangeDetails, Changelog, Comment, IssueBean, IssueFields, IssueLink, UserDetails } from '../shapes';

/** A person the timeline names (an author, the reporter); null when the source has none. */
export type TimelinePerson = UserDetails | null;

export type TimelineChangelog = Omit<Changelog, 'author'> & { author?: TimelinePerson };

export type TimelineComment = Omit<Comment, 'author' | 'body'> & { author?: TimelinePerson; body?: unknown };

export interface JiraIssueLink extends IssueLink {
  /** Not in Jira's IssueLink schema; used when a source (such as a local emulator) provides it. */
  created?: string;
}

/** The incident as the builder reads it (see above). */
export interface JiraIssueForTimeline extends Partial<Pick<IssueBean, 'id' | 'key'>> {
  fields?: Pick<IssueFields, 'summary' | 'created' | 'reporter' | 'creator'> & {
    comment?: { comments?: TimelineComment[] };
    issuelinks?: JiraIssueLink[];
  };
  changelog?: { histories?: TimelineChangelog[] };
}

const COMMENT_EXCERPT_CHARS = 140;

function jiraEvent(sourceId: string, at: string, kind: TimelineEventKind, text: string, author?: TimelinePerson): TimelineEvent {
  return {
    id: `jira:${sourceId}`,
    at,
    kind,
    text,
    ...(author?.displayName ? { author: author.displayName } : {}),
    source: 'jira',
    sourceId,
    key: false,
    edited: false,
  };
}

/** A string value of a change item; guards against reading Object.prototype.toString. */
function itemString(item: ChangeDetails, name: 'from' | 'fromString' | 'to' | 'toString'): string | null {
  const value: unknown = Object.prototype.hasOwnProperty.call(item, name) ? item[name] : undefined;
  return typeof value === 'string' && value !== '' ? value : null;
}

function fieldOf(item: ChangeDetails): string {
  return (item.fieldId ?? item.field ?? '').toLowerCase();
}

function changeText(label: string, from: string | null, to: string | null): string {
  if (from && to) return `${label} changed from ${from} to ${to}`;
  if (to) return `${label} set to ${to}`;
  return `${label} cleared (was ${from ?? 'empty'})`;
}

function assigneeText(from: string | null, to: string | null): string {
  if (from && to) return `Assignee changed from ${from} to ${to}`;
  if (to) return `Assigned to ${to}`;
  return from ? `Unassigned (was ${from})` : 'Unassigned';
}

/**
 * `linkSourceId` names a link added in the changelog by the current link to that issue
 * (`issuelink:<id>`), the source id the timeline has always given links, so an event taken into a
 * post-mortem before it was dated from the changelog is not suggested again.
 */
function historyEvents(history: TimelineChangelog, linkSourceId: (otherKey: string) => string | undefined): TimelineEvent[] {
  const at = toUtcIso(history.created);
  if (!at) return [];
  const historyId = history.id ?? at;
  const events: TimelineEvent[] = [];
  (history.items ?? []).forEach((item, index) => {
    const sourceId = `history:${historyId}:${index}`;
    const from = itemString(item, 'fromString');
    const to = itemString(item, 'toString');
    switch (fieldOf(item)) {
      case 'status':
        events.push(jiraEvent(sourceId, at, 'status', changeText('Status', from, to), history.author));
        break;
      case 'priority':
        events.push(jiraEvent(sourceId, at, 'priority', changeText('Priority', from, to), history.author));
        break;
      case 'assignee':
        events.push(jiraEvent(sourceId, at, 'assignee', assigneeText(from, to), history.author));
        break;
      case 'link': {
        const text = to ? `Link added: ${to}` : `Link removed: ${from ?? itemString(item, 'from') ?? 'an issue'}`;
        const added = to ? itemString(item, 'to') : null;
        events.push(jiraEvent((added && linkSourceId(added)) ?? sourceId, at, 'link', text, history.author));
        break;
      }
      default:
        break;
    }
  });
  return events;
}

/** Keys of issues that the changelog records links to or from. */
function keysLinkedInChangelog(histories: TimelineChangelog[]): Set<string> {
  const keys = new Set<string>();
  for (const history of histories) {
    for (const item of history.items ?? []) {
      if (fieldOf(item) !== 'link') continue;
      for (const key of [itemString(item, 'to'), itemString(item, 'from')]) if (key) keys.add(key);
    }
  }
  return keys;
}

function linkEvent(link: JiraIssueLink, fallbackAt: string | null): TimelineEvent | null {
  const outward = Boolean(link.outwardIssue);
  const other = link.outwardIssue ?? link.inwardIssue;
  if (!other?.key) return null;
  const exactAt = toUtcIso(link.created);
  const at = exactAt ?? fallbackAt;
  if (!at) return null;
  const relation = (outward ? link.type?.outward : link.type?.inward) ?? link.type?.name ?? 'is linked to';
  const summary = other.fields?.summary ? ` (${other.fields.summary})` : '';
  const when = exactAt ? '' : ' (time of linking not recorded)';
  return jiraEvent(`issuelink:${link.id ?? other.key}`, at, 'link', `Link: this issue ${relation} ${other.key}${summary}${when}`);
}

/**
 * Timeline events suggested by the incident's Jira record, oldest first, one per Jira record
 * (de-duplicated by `sourceId`). Links come from the changelog's "Link" items when there are any
 * for a linked issue, otherwise from the issue's current links.
 */
export function buildTimelineSuggestions(issue: JiraIssueForTimeline): TimelineEvent[] {
  const fields = issue.fields ?? {};
  const histories = issue.changelog?.histories ?? [];
  const created = toUtcIso(fields.created);
  const events: TimelineEvent[] = [];

  if (created) {
    const firstStatusChange = [...histories]
      .sort((a, b) => Date.parse(a.created ?? '') - Date.parse(b.created ?? ''))
      .flatMap((h) => h.items ?? [])
      .find((item) => fieldOf(item) === 'status');
    const initialStatus = firstStatusChange ? itemString(firstStatusChange, 'fromString') : null;
    const summary = fields.summary ? `: ${fields.summary}` : '';
    const status = initialStatus ? ` in status ${initialStatus}` : '';
    events.push(jiraEvent(`created:${issue.id ?? issue.key ?? ''}`, created, 'status', `Incident created${status}${summary}`, fields.reporter ?? fields.creator));
  }

  const currentLinks = new Map((fields.issuelinks ?? []).flatMap((link) => {
    const otherKey = (link.outwardIssue ?? link.inwardIssue)?.key;
    return otherKey && link.id ? [[otherKey, `issuelink:${link.id}`] as const] : [];
  }));
  for (const history of histories) events.push(...historyEvents(history, (otherKey) => currentLinks.get(otherKey)));

  for (const comment of fields.comment?.comments ?? []) {
    const at = toUtcIso(comment.created);
    if (!at || !comment.id) continue;
    const text = excerpt(adfToPlainText(comment.body), COMMENT_EXCERPT_CHARS);
    events.push(jiraEvent(`comment:${comment.id}`, at, 'comment', text, comment.author));
  }

  const linkedInChangelog = keysLinkedInChangelog(histories);
  for (const link of fields.issuelinks ?? []) {
    const otherKey = (link.outwardIssue ?? link.inwardIssue)?.key;
    if (otherKey && linkedInChangelog.has(otherKey)) continue;
    const event = linkEvent(link, created);
    if (event) events.push(event);
  }

  const bySource = new Map<string | undefined, TimelineEvent>();
  for (const event of events) if (!bySource.has(event.sourceId)) bySource.set(event.sourceId, event);
  return [...bySource.values()].sort(byEventTime);
}
