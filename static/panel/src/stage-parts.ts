/**
 * Each stage's code (with the pickers and selects it uses), loaded when the stage is first shown or
 * ahead of it: the panel's entry starts the stage the post-mortem opens at as soon as getPostmortem
 * answers, while the post-mortem's own code is still arriving (panel-app.tsx).
 */
import type { PostmortemView } from '../../../src/contract';
import { STAGE_IDS, type StageId } from '../../../src/domain/postmortem/stage-ids';
import { lazyPart } from '../../shared/src/lazy-part';

export const STAGE_PARTS = {
  gather: lazyPart(() => import('./stages/gather-stage'), 'GatherStage'),
  timeline: lazyPart(() => import('./stages/timeline-stage'), 'TimelineStage'),
  'root-cause': lazyPart(() => import('./stages/root-cause-stage'), 'RootCauseStage'),
  probes: lazyPart(() => import('./stages/probes-stage'), 'ProbesStage'),
  actions: lazyPart(() => import('./stages/actions-stage'), 'ActionsStage'),
  review: lazyPart(() => import('./stages/review-stage'), 'ReviewStage'),
  'follow-through': lazyPart(() => import('./stages/follow-through-stage'), 'FollowThroughStage'),
} as const;

/**
 * The stage the panel opens at: follow-through once completed, else the first stage not complete
 * (review when all are). `complete` says it per stage; the server's judgement of the stored document
 * (view.stages) before the panel has its own.
 */
export function openingStage(completedAt: string | undefined, complete: (id: StageId) => boolean): StageId {
  if (completedAt) return 'follow-through';
  return STAGE_IDS.find((id) => !complete(id)) ?? 'review';
}

/** Starts loading the code of the stage `view` opens at. */
export function preloadOpeningStage(view: PostmortemView): void {
  const complete = new Map(view.stages.map((s) => [s.id, s.complete]));
  void STAGE_PARTS[openingStage(view.document.review.completedAt, (id) => complete.get(id) === true)].load().catch(() => undefined);
}
