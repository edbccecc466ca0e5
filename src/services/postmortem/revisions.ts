/**
 * Revisions keep two people editing at once from overwriting each other (DESIGN.md section 3): a
 * change is accepted only when it is based on the revision stored now; the stored document then
 * gets the next revision, who changed it and when, and its index fields recomputed by the domain.
 * Completion is never taken from the browser: only completePostmortem sets it.
 */
import { PostmortemDocumentSchema, withIndexSummary, type PostmortemDocument } from '../../domain/postmortem';

/** Why a write based on `baseRevision` was refused when the stored post-mortem is at `currentRevision`. */
export function staleRevisionMessage(currentRevision: number, baseRevision: number): string {
  return baseRevision < currentRevision
    ? `This post-mortem was changed by someone else (now revision ${currentRevision}) after you opened revision ${baseRevision}. Nothing was saved; compare your changes with the current version and save again.`
    : `This change is based on revision ${baseRevision}, but the stored post-mortem is at revision ${currentRevision}. Nothing was saved; reload the current version and save again.`;
}

export interface RevisionChange {
  accountId: string;
  now: Date;
  /** Set by completion only; otherwise the stored completion (if any) is kept. */
  completion?: { completedAt: string; completedBy: string };
}

/** The document to store: `edited` on top of `stored`, at the next revision, validated. */
export function nextRevision(edited: PostmortemDocument, stored: PostmortemDocument, change: RevisionChange): PostmortemDocument {
  const { storedSeparately: _marker, ...timeline } = edited.timeline;
  const { completedAt: _at, completedBy: _by, ...review } = edited.review;
  const completion = change.completion
    ?? {
      ...(stored.review.completedAt ? { completedAt: stored.review.completedAt } : {}),
      ...(stored.review.completedBy ? { completedBy: stored.review.completedBy } : {}),
    };
  const next: PostmortemDocument = {
    ...edited,
    timeline,
    review: { ...review, ...completion },
    revision: stored.revision + 1,
    updatedAt: change.now.toISOString(),
    updatedBy: change.accountId,
  };
  return PostmortemDocumentSchema.parse(withIndexSummary(next));
}
