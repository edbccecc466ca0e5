/**
 * The description of an action-item task, in ADF built with @atlaskit/adf-utils (a pure builder
 * library): what someone opening the task needs without reading the whole post-mortem. The
 * incident with its link, the root cause in one line, why this action, and what done means (as the
 * item's owner wrote it); always within Jira's rich-text limit.
 * https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/
 */
import { doc as adfDoc, heading, inlineCard, paragraph, strong, text } from '@atlaskit/adf-utils/builders';
import {
  ACTION_ITEM_TYPE_LABELS,
  clip,
  deepestAnswer,
  firstThatFits,
  ROOT_CAUSE_CATEGORY_LABELS,
  type ActionItem,
  type ActionItemType,
  type AdfDocument,
  type RootCause,
} from '../postmortem';

/** What the incident's task description says about it. */
export interface IncidentForTask {
  key: string;
  summary: string;
  /** Base URL of the Jira site; without it the incident is named, not linked. */
  siteUrl?: string;
}

const ROOT_CAUSE_MAX_LENGTH = 300;

/** What "done" usually means for each type of action: the task says it when the item does not. */
export const DONE_MEANS: Record<ActionItemType, string> = {
  'test-design-enhancement':
    'The missing scenarios are designed, reviewed and added to the test suite that runs before every release, and they pass.',
  'exploratory-test-charter':
    'The charter has been run, its session notes are attached or linked here, and every problem it found is filed.',
  'process-refinement':
    'The changed process is written down where the team works from and has been used at least once.',
  'metric-monitoring':
    'The metric is collected automatically, visible on a dashboard, and someone is alerted when it crosses its threshold.',
  'fix-validation':
    'The fix is verified in a production-like environment against the scenario of this incident, and a regression test covers it. The post-mortem is not closed out until this is done.',
  other: 'The outcome described above is achieved and recorded on this task.',
};

export function browseUrl(siteUrl: string, issueKey: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/browse/${encodeURIComponent(issueKey)}`;
}

/** The root cause as one line: its category and the answer of the deepest why, shortened if long. */
export function rootCauseLine(rootCause: RootCause): string | null {
  const answer = deepestAnswer(rootCause.whys)?.replace(/\s+/g, ' ').trim() ?? '';
  const category = rootCause.category ? ROOT_CAUSE_CATEGORY_LABELS[rootCause.category] : '';
  const shortened = answer.length > ROOT_CAUSE_MAX_LENGTH ? `${answer.slice(0, ROOT_CAUSE_MAX_LENGTH - 1).trimEnd()}…` : answer;
  if (category && shortened) return `${category}: ${shortened}`;
  return category || shortened || null;
}

function incidentReference(incident: IncidentForTask) {
  return incident.siteUrl ? inlineCard({ url: browseUrl(incident.siteUrl, incident.key) }) : strong(incident.key);
}

/** How much of the item's own description the task takes: all of it while the whole fits Jira's limit. */
interface ReasonBudget { chars: number; blocks: number }
const REASON_BUDGETS: readonly ReasonBudget[] = [
  { chars: Number.POSITIVE_INFINITY, blocks: Number.POSITIVE_INFINITY },
  { chars: 8000, blocks: 100 },
  { chars: 2000, blocks: 20 },
  { chars: 400, blocks: 5 },
];

/**
 * What done means: the item's own description (the panel asks for "what done looks like, and how
 * it will be checked"), one paragraph per block of text separated by a blank line, within `budget`;
 * when cut, a last line says the rest is in the post-mortem. Without one, what done usually means
 * for the item's type.
 */
function doneParagraphs(item: ActionItem, budget: ReasonBudget) {
  const all = item.description.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const whole = all.join('\n\n');
  const blocks = clip(whole, budget.chars).split('\n\n').filter(Boolean).slice(0, budget.blocks);
  const cut = blocks.join('\n\n') !== whole;
  if (blocks.length) {
    return [
      ...blocks.map((block) => paragraph(text(block))),
      ...(cut ? [paragraph(text('(Shortened to fit a Jira description: the whole text is in the post-mortem.)'))] : []),
    ];
  }
  return [paragraph(text(item.type ? DONE_MEANS[item.type] : DONE_MEANS.other))];
}

/** Why the action exists: its kind, agreed in the post-mortem against the root cause above. */
function whyParagraph(item: ActionItem) {
  const type = item.type ? ACTION_ITEM_TYPE_LABELS[item.type].toLowerCase() : 'action';
  const article = /^[aeiou]/.test(type) ? 'An' : 'A';
  return paragraph(text(`${article} ${type} agreed in the post-mortem, against the root cause above, to keep this kind of incident from happening again.`));
}

/** The task's description, within Jira's rich-text limit (the item's own text shortened if need be). */
export function buildTaskDescription(item: ActionItem, incident: IncidentForTask, rootCause: RootCause): AdfDocument {
  return firstThatFits(REASON_BUDGETS, (budget) => descriptionWithin(item, incident, rootCause, budget));
}

function descriptionWithin(item: ActionItem, incident: IncidentForTask, rootCause: RootCause, budget: ReasonBudget): AdfDocument {
  const cause = rootCauseLine(rootCause);
  const summary = incident.summary.trim();
  return adfDoc(
    paragraph(
      text('Action item from the QA post-mortem of '),
      incidentReference(incident),
      ...(summary ? [text(` (${summary})`)] : []),
      text('.'),
    ),
    heading({ level: 3 })(text('Root cause')),
    paragraph(text(cause ?? 'Not recorded in the post-mortem yet.')),
    heading({ level: 3 })(text('Why this action')),
    whyParagraph(item),
    heading({ level: 3 })(text('What done means')),
    ...doneParagraphs(item, budget),
  );
}
