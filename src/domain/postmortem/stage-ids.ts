/**
 * The post-mortem's stages in the order the panel walks through them (DESIGN.md section 2).
 * Kept apart from the rules in stages.ts so the document model can name a stage without
 * depending on those rules.
 */

export const STAGE_IDS = ['gather', 'timeline', 'root-cause', 'probes', 'actions', 'review', 'follow-through'] as const;

export type StageId = (typeof STAGE_IDS)[number];

export const STAGE_LABELS: Record<StageId, string> = {
  gather: 'Gather',
  timeline: 'Timeline',
  'root-cause': 'Root cause',
  probes: 'QA probes',
  actions: 'Action items',
  review: 'Review',
  'follow-through': 'Follow-through',
};
