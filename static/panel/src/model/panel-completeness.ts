/**
 * Stage completeness as the panel marks it. The domain's review rule only asks that no blaming
 * language is left, so a blank post-mortem would show Review as done; the panel marks Review done
 * only once the stages it reviews are done too, and says which are still open.
 */
import { STAGE_LABELS, type StageCompleteness, type StageId } from '../../../../src/domain/postmortem';
import { joinLabels } from './words';

const REVIEWED_STAGES: readonly StageId[] = ['gather', 'timeline', 'root-cause', 'probes', 'actions'];

export function panelCompleteness(completeness: StageCompleteness): StageCompleteness {
  const open = REVIEWED_STAGES.filter((id) => !completeness[id].complete);
  if (open.length === 0) return completeness;
  const names = open.map((id) => STAGE_LABELS[id]);
  const list = joinLabels(names);
  return {
    ...completeness,
    review: { complete: false, missing: [...completeness.review.missing, `${list} ${open.length === 1 ? 'is' : 'are'} not complete yet`] },
  };
}
