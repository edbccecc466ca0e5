/**
 * The comment posted on the incident when its post-mortem is completed (ADF, built with
 * @atlaskit/adf-utils, a pure builder library): the facts and evidence, key events, root cause with
 * the 5 Whys chain, QA probes with their figures (defect rates against targets, UAT pass rates) and
 * evidence, and action items. It always fits Jira's rich-text limit (rich-text.ts): when the whole would not, the
 * free texts are shortened and the long lists cut, each cut saying how many it leaves out and that
 * the post-mortem panel holds everything.
 * https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/
 */
import {
  bulletList,
  doc as adfDoc,
  heading,
  inlineCard,
  link,
  listItem,
  mention,
  orderedList,
  paragraph,
  strong,
  text,
} from '@atlaskit/adf-utils/builders';
import { adfToPlainText } from './adf-text';
import type { ActionItem, EvidenceLink, IncidentRef, PostmortemDocument } from './document';
import { formatMinutes, incidentDurations } from './durations';
import { deepestAnswer } from './five-whys';
import { utcDate } from './iso-time';
import { PROBES } from './probes';
import { clip, firstThatFits } from './rich-text';
import {
  ACTION_ITEM_TYPE_LABELS,
  EVIDENCE_KIND_LABELS,
  PROBE_ANSWER_LABELS,
  ROOT_CAUSE_CATEGORY_LABELS,
  SEVERITY_LABELS,
} from './vocabulary';

export type AdfDocument = ReturnType<typeof adfDoc>;

/** How much of each text and list the summary takes. */
interface Budget {
  /** Characters of one free text (impact, a factor, a probe's notes, an event, a title). */
  text: number;
  /** Entries of one list (key events, factors, action items). */
  items: number;
}

/** Everything first; then tighter, until it fits. The last always fits: 5 short entries per list. */
const BUDGETS: readonly Budget[] = [
  { text: Number.POSITIVE_INFINITY, items: Number.POSITIVE_INFINITY },
  { text: 2000, items: 100 },
  { text: 600, items: 40 },
  { text: 200, items: 20 },
  { text: 80, items: 5 },
];

const PANEL_NOTE = 'the QA post-mortem panel on this incident has them all';

/** The first `budget.items` entries, and a line saying how many were left out. */
function capped<T>(entries: readonly T[], budget: Budget, noun: string, render: (entry: T) => ReturnType<typeof listItem>) {
  const shown = entries.slice(0, budget.items).map(render);
  const left = entries.length - shown.length;
  return left > 0 ? [...shown, listItem([paragraph(text(`…and ${left} more ${noun} (${PANEL_NOTE}).`))])] : shown;
}

function browseUrl(incident: IncidentRef, key: string): string | null {
  return incident.siteUrl ? `${incident.siteUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(key)}` : null;
}

function person(accountId: string, displayName?: string) {
  return mention(displayName ? { id: accountId, text: `@${displayName}` } : { id: accountId });
}

/** Counts as people read them: 12,400, not 12400. */
const count = (n: number) => n.toLocaleString('en-US');

/** An evidence link as its label (or kind) linked to its URL, then the kind when a label names it. */
function evidenceLine(evidence: EvidenceLink, budget: Budget) {
  const kind = EVIDENCE_KIND_LABELS[evidence.kind];
  const label = clip(evidence.label.trim() || kind, budget.text);
  return listItem([paragraph(link({ href: evidence.url })(text(label)), ...(evidence.label.trim() ? [text(` (${kind})`)] : []))]);
}

function evidenceList(evidence: readonly EvidenceLink[], budget: Budget) {
  return evidence.length ? [bulletList(...capped(evidence, budget, 'evidence links', (e) => evidenceLine(e, budget)))] : [];
}

function factsParagraph(pm: PostmortemDocument, budget: Budget) {
  const { gather } = pm;
  const { timeToDetectMinutes, timeToResolveMinutes } = incidentDurations(gather);
  const facts: string[] = [];
  if (gather.severity) facts.push(`Severity: ${SEVERITY_LABELS[gather.severity]}.`);
  if (gather.usersAffected !== null) facts.push(`Users affected: ${count(gather.usersAffected)}.`);
  if (gather.customersAffected !== null) facts.push(`Customers affected: ${count(gather.customersAffected)}.`);
  if (timeToDetectMinutes !== null) facts.push(`Time to detect: ${formatMinutes(timeToDetectMinutes)}.`);
  if (timeToResolveMinutes !== null) facts.push(`Time to resolve: ${formatMinutes(timeToResolveMinutes)}.`);
  const journeys = gather.affectedJourneys.filter((a) => a.trim());
  const components = gather.affectedComponents.filter((a) => a.trim());
  if (journeys.length) facts.push(clip(`Affected journeys: ${journeys.join(', ')}.`, budget.text));
  if (components.length) facts.push(clip(`Affected components: ${components.join(', ')}.`, budget.text));
  if (gather.impactSummary.trim()) facts.push(clip(gather.impactSummary.trim(), budget.text));
  return [
    ...(facts.length ? [paragraph(text(facts.join(' ')))] : []),
    ...(gather.evidence.length ? [paragraph(text('Evidence:')), ...evidenceList(gather.evidence, budget)] : []),
  ];
}

/** The 5 Whys as they were asked and answered, in order: how the team got from the symptom to the cause. */
function whyChain(pm: PostmortemDocument, budget: Budget) {
  const steps = pm.rootCause.whys.filter((w) => w.question.trim() || w.answer.trim());
  if (steps.length === 0) return [];
  return [
    paragraph(text('5 Whys:')),
    orderedList()(...steps.slice(0, budget.items).map((w) => listItem([paragraph(
      strong(clip(w.question.trim() || 'Why?', budget.text)),
      text(` ${clip(w.answer.trim() || 'Not answered.', budget.text)}`),
    )]))),
  ];
}

function rootCauseBlock(pm: PostmortemDocument, budget: Budget) {
  const { category, contributingFactors, whys } = pm.rootCause;
  const answer = deepestAnswer(whys);
  const line = [
    ...(category ? [strong(`${ROOT_CAUSE_CATEGORY_LABELS[category]}.`)] : []),
    ...(answer ? [text(`${category ? ' ' : ''}${clip(answer, budget.text)}`)] : []),
  ];
  const factors = contributingFactors.filter((f) => f.trim());
  return [
    heading({ level: 3 })(text('Root cause')),
    ...(line.length ? [paragraph(...line)] : []),
    ...whyChain(pm, budget),
    ...(factors.length
      ? [paragraph(text('Contributing factors:')), bulletList(...capped(factors, budget, 'contributing factors', (f) => listItem([paragraph(text(clip(f.trim(), budget.text)))])))]
      : []),
  ];
}

/** "27.3%"; a rate without a denominator is "no data", never 0%. */
function rate(value: number | null): string {
  return value === null ? 'no data' : `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;
}

/** "target 10%, over it" / "within it": a rate at the target meets it; no data is neither. */
function againstTarget(value: number | null, target: number | undefined): string {
  if (target === undefined) return '';
  const verdict = value === null ? '' : value > target ? ', over it' : ', within it';
  // A target is printed as set (2.25 %), so a rate shown as 2.3 % is seen to be over it.
  return `, target ${target.toLocaleString('en-US', { maximumFractionDigits: 2 })}%${verdict}`;
}

/** The defect figures kept with the Defect trends probe, each row against the project's targets of then. */
function defectFigures(pm: PostmortemDocument, budget: Budget) {
  const computed = pm.probes.defectTrends.computed;
  if (!computed || computed.rows.length === 0) return [];
  const { targets } = computed;
  const rows = capped(computed.rows, budget, 'rows', (row) => listItem([paragraph(
    strong(`${clip(row.scope, budget.text)}: `),
    text(`leakage ${rate(row.leakageRate)} (${count(row.escaped)} escaped of ${count(row.defects)} defects${againstTarget(row.leakageRate, targets?.leakageRate)}); `
      + `reopen ${rate(row.reopenRate)} (${count(row.reopened)} reopened of ${count(row.resolved)} resolved${againstTarget(row.reopenRate, targets?.reopenRate)}).`),
  )]));
  return [paragraph(text(`Defect figures, computed ${utcDate(computed.computedAt)}:`)), bulletList(...rows)];
}

/** The UAT pass rates kept with the Process effectiveness probe, release by release. */
function uatFigures(pm: PostmortemDocument, budget: Budget) {
  const rates = pm.probes.processEffectiveness.uatPassRates ?? [];
  if (rates.length === 0) return [];
  const line = rates.slice(0, budget.items).map((r) => `${clip(r.release, budget.text)} ${rate(r.passRate)}`).join(', ');
  const left = rates.length - Math.min(rates.length, budget.items);
  return [paragraph(text(`UAT pass rate by release: ${line}${left > 0 ? `, …and ${left} more releases (${PANEL_NOTE})` : ''}.`))];
}

function probesBlock(pm: PostmortemDocument, budget: Budget) {
  const figures: Partial<Record<(typeof PROBES)[number]['id'], ReturnType<typeof defectFigures>>> = {
    defectTrends: defectFigures(pm, budget),
    processEffectiveness: uatFigures(pm, budget),
  };
  const items = PROBES.map((probe) => {
    const { answer, notes, evidence } = pm.probes[probe.id];
    const label = answer ? PROBE_ANSWER_LABELS[answer] : 'Not answered';
    return listItem([
      paragraph(strong(`${probe.title}: `), text(notes.trim() ? `${label}. ${clip(notes.trim(), budget.text)}` : label)),
      ...(figures[probe.id] ?? []),
      ...evidenceList(evidence, budget),
    ]);
  });
  return [heading({ level: 3 })(text('QA probes')), bulletList(...items)];
}

function actionItemLine(item: ActionItem, incident: IncidentRef, budget: Budget) {
  const url = item.taskKey ? browseUrl(incident, item.taskKey) : null;
  const task = item.taskKey ? [url ? inlineCard({ url }) : strong(item.taskKey), text(' ')] : [];
  const type = item.type ? ` (${ACTION_ITEM_TYPE_LABELS[item.type]})` : '';
  const owner = item.ownerAccountId ? [text(', owner '), person(item.ownerAccountId, item.ownerDisplayName)] : [];
  const due = item.dueDate ? [text(`, due ${item.dueDate}`)] : [];
  return listItem([paragraph(...task, text(`${clip(item.title.trim() || 'Untitled', budget.text)}${type}`), ...owner, ...due, text(`, priority ${item.priority}`))]);
}

function actionsBlock(pm: PostmortemDocument, incident: IncidentRef, budget: Budget) {
  if (pm.actionItems.length === 0) return [heading({ level: 3 })(text('Action items')), paragraph(text('None.'))];
  return [heading({ level: 3 })(text('Action items')), bulletList(...capped(pm.actionItems, budget, 'action items', (item) => actionItemLine(item, incident, budget)))];
}

function keyEventsBlock(pm: PostmortemDocument, budget: Budget) {
  const keyEvents = pm.timeline.events.filter((e) => e.key);
  if (keyEvents.length === 0) return [];
  const items = capped(keyEvents, budget, 'key events', (e) => listItem([paragraph(strong(`${e.at.slice(0, 16).replace('T', ' ')} UTC`), text(` ${clip(e.text.trim() || e.kind, budget.text)}`))]));
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

function summaryWithin(pm: PostmortemDocument, incident: IncidentRef, budget: Budget): AdfDocument {
  const completedBy = pm.review.completedBy
    ? [paragraph(text('Completed by '), person(pm.review.completedBy), text(pm.review.completedAt ? ` on ${utcDate(pm.review.completedAt)}.` : '.'))]
    : [];
  const title = incident.summary ? ` ${clip(incident.summary, budget.text)}` : '';
  return adfDoc(
    heading({ level: 2 })(text(`${summaryTitle(incident.key)}${title}`)),
    ...factsParagraph(pm, budget),
    ...keyEventsBlock(pm, budget),
    ...rootCauseBlock(pm, budget),
    ...probesBlock(pm, budget),
    ...actionsBlock(pm, incident, budget),
    ...completedBy,
  );
}

/** The comment posted on the incident when the post-mortem is completed, within Jira's rich-text limit. */
export function buildCompletionSummary(pm: PostmortemDocument, incident: IncidentRef): AdfDocument {
  return firstThatFits(BUDGETS, (budget) => summaryWithin(pm, incident, budget));
}
