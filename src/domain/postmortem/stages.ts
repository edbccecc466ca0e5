/**
 * When each stage of the post-mortem counts as complete, and what is still missing, in words a
 * facilitator can act on ("Severity is not set", "Action item 2 has no owner"). The panel's stage
 * list, the index summary and the completion check all use these rules.
 */
import { undismissedFindings, type Finding } from './blameless';
import type { ActionItem, Gather, PostmortemDocument, Timeline } from './document';
import { validateWhyChain } from './five-whys';
import { PROBES } from './probes';
import { STAGE_IDS, type StageId } from './stage-ids';

export { STAGE_IDS, STAGE_LABELS, type StageId } from './stage-ids';

export interface StageState {
  complete: boolean;
  missing: string[];
}

export type StageCompleteness = Record<StageId, StageState>;

function state(missing: string[]): StageState {
  return { complete: missing.length === 0, missing };
}

/** Both times known and `a` later than `b`. */
function isAfter(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && Date.parse(a) > Date.parse(b);
}

export function gatherMissing(gather: Gather): string[] {
  const missing: string[] = [];
  if (!gather.severity) missing.push('Severity is not set');
  if (gather.usersAffected === null && gather.customersAffected === null && !gather.impactSummary.trim()) {
    missing.push('Impact is not described (users or customers affected, or an impact summary)');
  }
  if (!gather.detectedAt) missing.push('Detection time is not set');
  if (!gather.resolvedAt && !gather.mitigatedAt) missing.push('Neither the mitigation nor the resolution time is set');
  const journeys = gather.affectedJourneys.filter((j) => j.trim());
  const components = gather.affectedComponents.filter((c) => c.trim());
  if (journeys.length === 0 && components.length === 0) missing.push('No affected user journey or component is named');
  if (isAfter(gather.startedAt, gather.detectedAt)) missing.push('Detection time is before the start time');
  if (isAfter(gather.detectedAt, gather.mitigatedAt)) missing.push('Mitigation time is before the detection time');
  if (isAfter(gather.detectedAt, gather.resolvedAt)) missing.push('Resolution time is before the detection time');
  if (isAfter(gather.mitigatedAt, gather.resolvedAt)) missing.push('Resolution time is before the mitigation time');
  return missing;
}

export function timelineMissing(timeline: Timeline): string[] {
  if (timeline.events.length === 0) return ['The timeline has no events'];
  return timeline.events.some((e) => e.key) ? [] : ['No event is marked as a key event'];
}

export function rootCauseMissing(doc: PostmortemDocument): string[] {
  const missing = validateWhyChain(doc.rootCause.whys);
  if (!doc.rootCause.category) missing.push('Root-cause category is not set');
  return missing;
}

export function probesMissing(doc: PostmortemDocument): string[] {
  return PROBES.filter((p) => doc.probes[p.id].answer === null).map((p) => `"${p.title}" is not answered`);
}

/** Problems of one action item; `position` is its 1-based place in the list. */
export function actionItemMissing(item: ActionItem, position: number, today: string): string[] {
  const name = `Action item ${position}`;
  const missing: string[] = [];
  if (!item.title.trim()) missing.push(`${name} has no title`);
  if (!item.type) missing.push(`${name} has no type`);
  if (!item.ownerAccountId) missing.push(`${name} has no owner`);
  if (!item.dueDate) missing.push(`${name} has no due date`);
  else if (item.dueDate < today && !item.taskKey) missing.push(`${name} is due in the past (${item.dueDate})`);
  return missing;
}

export function actionsMissing(items: ActionItem[], today: string): string[] {
  if (items.length === 0) return ['No action items yet'];
  return items.flatMap((item, i) => actionItemMissing(item, i + 1, today));
}

export function reviewMissing(doc: PostmortemDocument, findings: readonly Finding[]): string[] {
  const open = undismissedFindings([...findings], doc.review.dismissedFindings);
  if (open.length === 0) return [];
  return [`${open.length} blameless-language finding${open.length === 1 ? ' is' : 's are'} not resolved or dismissed`];
}

export function followThroughMissing(items: ActionItem[]): string[] {
  if (items.length === 0) return ['No action items yet'];
  const missing: string[] = [];
  items.forEach((item, i) => {
    if (!item.taskKey) missing.push(`Action item ${i + 1} has no Jira task yet`);
    else if (item.type === 'fix-validation' && item.taskStatusCategory !== 'done') {
      missing.push(`Fix validation ${item.taskKey} (action item ${i + 1}) is not done`);
    }
  });
  return missing;
}

/**
 * Every stage's state. `today` is the viewer's date (YYYY-MM-DD) for the due-date rule;
 * `findings` are the blameless check's findings over this document (`checkBlameless`), which the
 * review stage needs resolved or dismissed.
 */
export function stageCompleteness(doc: PostmortemDocument, today: string, findings: readonly Finding[] = []): StageCompleteness {
  return {
    gather: state(gatherMissing(doc.gather)),
    timeline: state(timelineMissing(doc.timeline)),
    'root-cause': state(rootCauseMissing(doc)),
    probes: state(probesMissing(doc)),
    actions: state(actionsMissing(doc.actionItems, today)),
    review: state(reviewMissing(doc, findings)),
    'follow-through': state(followThroughMissing(doc.actionItems)),
  };
}

/** The first stage, in order, that is not complete; null when all are. */
export function firstIncompleteStage(completeness: StageCompleteness, stages: readonly StageId[] = STAGE_IDS): StageId | null {
  return stages.find((id) => !completeness[id].complete) ?? null;
}
