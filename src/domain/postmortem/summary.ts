/**
 * What a post-mortem amounts to: the index fields JQL searches (status, stage, open, overdue and
 * done actions, fix validation, root-cause category) and whether it may be completed. The summary
 * comment posted when it is completed is completion-summary.ts.
 */
import { actionProgress } from './action-progress';
import type { ActionItem, PostmortemDocument } from './document';
import type { Finding } from './blameless';
import { utcDate } from './iso-time';
import { firstIncompleteStage, stageCompleteness, STAGE_LABELS, type StageId } from './stages';
import type { FixValidationState, PostmortemStatus, RootCauseCategory } from './vocabulary';

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
export function completionCheck(doc: PostmortemDocument, today: string, findings: readonly Finding[] = []): CompletionCheck {
  const problems: string[] = [];
  if (doc.review.completedAt) problems.push('The post-mortem is already complete');
  const completeness = stageCompleteness(doc, today, findings);
  for (const id of COMPLETION_STAGES) {
    for (const missing of completeness[id].missing) problems.push(`${STAGE_LABELS[id]}: ${missing}`);
  }
  return { ok: problems.length === 0, problems };
}
