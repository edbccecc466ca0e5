/**
 * What a post-mortem amounts to: the index fields JQL searches (status, stage, open, overdue and
 * done actions, fix validation, root-cause category), whether it may be completed, and the summary comment posted on the
 * incident when it is (ADF, built with @atlaskit/adf-utils, a pure builder library).
 * https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/
 */
import {
  bulletList,
  doc as adfDoc,
  heading,
  inlineCard,
  listItem,
  mention,
  paragraph,
  strong,
  text,
} from '@atlaskit/adf-utils/builders';
import { actionProgress } from './action-progress';
import { adfToPlainText } from './adf-text';
import type { ActionItem, IncidentRef, PostmortemDocument } from './document';
import { formatMinutes, incidentDurations } from './durations';
import { deepestAnswer } from './five-whys';
import { utcDate } from './iso-time';
import { PROBES } from './probes';
import { firstIncompleteStage, stageCompleteness, STAGE_LABELS, type StageId } from './stages';
import {
  ACTION_ITEM_TYPE_LABELS,
  PROBE_ANSWER_LABELS,
  ROOT_CAUSE_CATEGORY_LABELS,
  SEVERITY_LABELS,
  type FixValidationState,
  type PostmortemStatus,
  type RootCauseCategory,
} from './vocabulary';

export type AdfDocument = ReturnType<typeof adfDoc>;

export interface IndexSummary {
  status: PostmortemStatus;
  stage: StageId;
  openActions: number;
  overdueActions: number;
  doneActions: number;
  fixValidation: FixValidationState;
  rootCauseCategory?: RootCauseCategory;
}

/** The index fields in the order manifest.yml's `jira:entityProperty` lists them. */
export const INDEX_FIELDS = [
  'status', 'stage', 'openActions', 'overdueActions', 'doneActions', 'fixValidation', 'rootCauseCategory',
] as const satisfies readonly (keyof IndexSummary)[];

/** Stages whose completion means real content has been entered (review passes on an empty document). */
const CONTENT_STAGES: readonly StageId[] = ['gather', 'timeline', 'root-cause', 'probes', 'actions'];
/** Stages that must be complete before "Complete"; follow-through continues afterwards. */
const COMPLETION_STAGES: readonly StageId[] = [...CONTENT_STAGES, 'review'];

/** Action items whose task is not done (including items with no task yet). */
export function openActionCount(items: ActionItem[]): number {
  return items.filter((item) => item.taskStatusCategory !== 'done').length;
}

/**
 * The index fields, derived from the content so they never disagree with it:
 * status `complete` once completed, `in-progress` once any content stage is complete, else `draft`;
 * stage is the first incomplete stage (`follow-through` once completed); the action counts and the
 * fix-validation state from the items' tasks as last recorded, "overdue" meaning open and due
 * before `today`. `today` (YYYY-MM-DD) defaults to the (UTC) date of the document's last save.
 */
export function summarizeForIndex(doc: PostmortemDocument, today: string = utcDate(doc.updatedAt)): IndexSummary {
  const completeness = stageCompleteness(doc, today);
  const completed = Boolean(doc.review.completedAt);
  const status: PostmortemStatus = completed
    ? 'complete'
    : CONTENT_STAGES.some((id) => completeness[id].complete)
      ? 'in-progress'
      : 'draft';
  const stage = completed ? 'follow-through' : (firstIncompleteStage(completeness, COMPLETION_STAGES) ?? 'review');
  const progress = actionProgress(doc.actionItems, today);
  return {
    status,
    stage,
    openActions: progress.open,
    overdueActions: progress.overdue,
    doneActions: progress.done,
    fixValidation: progress.fixValidation,
    ...(doc.rootCause.category ? { rootCauseCategory: doc.rootCause.category } : {}),
  };
}

/**
 * Whether the index fields stored in `doc` differ from what its content gives on `today`: a task
 * that passed its due date, or a document saved before a field existed. A save then makes JQL
 * over the property true again.
 */
export function indexSummaryDiffers(doc: PostmortemDocument, today: string): boolean {
  const current = summarizeForIndex(doc, today);
  return INDEX_FIELDS.some((field) => doc[field] !== current[field]);
}

/** The document with its index fields recomputed (an absent category removes `rootCauseCategory`). */
export function withIndexSummary(doc: PostmortemDocument, today?: string): PostmortemDocument {
  const { rootCauseCategory: _stale, ...rest } = doc;
  return { ...rest, ...summarizeForIndex(doc, today) };
}

export interface CompletionCheck {
  ok: boolean;
  problems: string[];
}

/**
 * Whether the post-mortem may be completed: every stage before follow-through done (which includes
 * every action item owned and dated, and every blameless finding resolved or dismissed with a reason).
 */
export function completionCheck(doc: PostmortemDocument, today: string, knownPeople: string[] = []): CompletionCheck {
  const problems: string[] = [];
  if (doc.review.completedAt) problems.push('The post-mortem is already complete');
  const completeness = stageCompleteness(doc, today, knownPeople);
  for (const id of COMPLETION_STAGES) {
    for (const missing of completeness[id].missing) problems.push(`${STAGE_LABELS[id]}: ${missing}`);
  }
  return { ok: problems.length === 0, problems };
}

/* ---------- the summary comment ---------- */

function browseUrl(incident: IncidentRef, key: string): string | null {
  return incident.siteUrl ? `${incident.siteUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(key)}` : null;
}

function person(accountId: string, displayName?: string) {
  return mention(displayName ? { id: accountId, text: `@${displayName}` } : { id: accountId });
}

function factsParagraph(pm: PostmortemDocument) {
  const { gather } = pm;
  const { timeToDetectMinutes, timeToResolveMinutes } = incidentDurations(gather);
  const facts: string[] = [];
  if (gather.severity) facts.push(`Severity: ${SEVERITY_LABELS[gather.severity]}.`);
  if (gather.usersAffected !== null) facts.push(`Users affected: ${gather.usersAffected}.`);
  if (gather.customersAffected !== null) facts.push(`Customers affected: ${gather.customersAffected}.`);
  if (timeToDetectMinutes !== null) facts.push(`Time to detect: ${formatMinutes(timeToDetectMinutes)}.`);
  if (timeToResolveMinutes !== null) facts.push(`Time to resolve: ${formatMinutes(timeToResolveMinutes)}.`);
  const areas = [...gather.affectedJourneys, ...gather.affectedComponents].filter((a) => a.trim());
  if (areas.length) facts.push(`Affected: ${areas.join(', ')}.`);
  if (gather.impactSummary.trim()) facts.push(gather.impactSummary.trim());
  return facts.length ? [paragraph(text(facts.join(' ')))] : [];
}

function rootCauseBlock(pm: PostmortemDocument) {
  const { category, contributingFactors, whys } = pm.rootCause;
  const answer = deepestAnswer(whys);
  const line = [
    ...(category ? [strong(`${ROOT_CAUSE_CATEGORY_LABELS[category]}.`)] : []),
    ...(answer ? [text(`${category ? ' ' : ''}${answer}`)] : []),
  ];
  const factors = contributingFactors.filter((f) => f.trim());
  return [
    heading({ level: 3 })(text('Root cause')),
    ...(line.length ? [paragraph(...line)] : []),
    ...(factors.length
      ? [paragraph(text('Contributing factors:')), bulletList(...factors.map((f) => listItem([paragraph(text(f.trim()))])))]
      : []),
  ];
}

function probesBlock(pm: PostmortemDocument) {
  const items = PROBES.map((probe) => {
    const { answer, notes } = pm.probes[probe.id];
    const label = answer ? PROBE_ANSWER_LABELS[answer] : 'Not answered';
    return listItem([paragraph(strong(`${probe.title}: `), text(notes.trim() ? `${label}. ${notes.trim()}` : label))]);
  });
  return [heading({ level: 3 })(text('QA probes')), bulletList(...items)];
}

function actionItemLine(item: ActionItem, incident: IncidentRef) {
  const url = item.taskKey ? browseUrl(incident, item.taskKey) : null;
  const task = item.taskKey ? [url ? inlineCard({ url }) : strong(item.taskKey), text(' ')] : [];
  const type = item.type ? ` (${ACTION_ITEM_TYPE_LABELS[item.type]})` : '';
  const owner = item.ownerAccountId ? [text(', owner '), person(item.ownerAccountId, item.ownerDisplayName)] : [];
  const due = item.dueDate ? [text(`, due ${item.dueDate}`)] : [];
  return listItem([paragraph(...task, text(`${item.title.trim() || 'Untitled'}${type}`), ...owner, ...due, text(`, priority ${item.priority}`))]);
}

function actionsBlock(pm: PostmortemDocument, incident: IncidentRef) {
  if (pm.actionItems.length === 0) return [heading({ level: 3 })(text('Action items')), paragraph(text('None.'))];
  return [heading({ level: 3 })(text('Action items')), bulletList(...pm.actionItems.map((item) => actionItemLine(item, incident)))];
}

function keyEventsBlock(pm: PostmortemDocument) {
  const keyEvents = pm.timeline.events.filter((e) => e.key);
  if (keyEvents.length === 0) return [];
  const items = keyEvents.map((e) => listItem([paragraph(strong(`${e.at.slice(0, 16).replace('T', ' ')} UTC`), text(` ${e.text.trim() || e.kind}`))]));
  return [heading({ level: 3 })(text('Key events')), bulletList(...items)];
}

/** The start of the summary's heading, which names the incident; what marks a comment as this app's summary. */
function summaryTitle(issueKey: string): string {
  return `QA post-mortem complete: ${issueKey}`;
}

/**
 * Whether a comment body is a completion summary of the incident `issueKey`: its first block is
 * the summary's heading naming that incident (the incident's title after the key may have changed).
 */
export function isCompletionSummaryOf(body: unknown, issueKey: string): boolean {
  const first = (body as { content?: unknown } | null | undefined)?.content;
  const heading = Array.isArray(first) ? (first[0] as { type?: unknown } | undefined) : undefined;
  if (heading?.type !== 'heading') return false;
  const title = summaryTitle(issueKey);
  const text = adfToPlainText(heading);
  return text === title || text.startsWith(`${title} `);
}

/** The comment posted on the incident when the post-mortem is completed. */
export function buildCompletionSummary(pm: PostmortemDocument, incident: IncidentRef): AdfDocument {
  const completedBy = pm.review.completedBy
    ? [paragraph(text('Completed by '), person(pm.review.completedBy), text(pm.review.completedAt ? ` on ${utcDate(pm.review.completedAt)}.` : '.'))]
    : [];
  return adfDoc(
    heading({ level: 2 })(text(`${summaryTitle(incident.key)}${incident.summary ? ` ${incident.summary}` : ''}`)),
    ...factsParagraph(pm),
    ...keyEventsBlock(pm),
    ...rootCauseBlock(pm),
    ...probesBlock(pm),
    ...actionsBlock(pm, incident),
    ...completedBy,
  );
}
