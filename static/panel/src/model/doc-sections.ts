/**
 * The post-mortem document seen as sections (one per editable stage), for resolving a save
 * conflict by section: which sections you changed, which the other person changed, and the
 * document that takes each section from the side chosen. Nothing is merged below a section, so
 * the result is always one person's coherent version of each part.
 */
import { STAGE_LABELS, type PostmortemDocument, type StageId } from '../../../../src/domain/postmortem';
import { DOC_SECTIONS, sameSection, type DocSection } from '../../../../src/domain/postmortem/sections';

export { DOC_SECTIONS, sameContent, type DocSection } from '../../../../src/domain/postmortem/sections';

/** The stage each section is edited in; its label is the stage's, so the stepper and the conflict view agree. */
const STAGE_OF_SECTION: Record<DocSection, StageId> = {
  gather: 'gather', timeline: 'timeline', rootCause: 'root-cause', probes: 'probes', actionItems: 'actions', review: 'review',
};

export const DOC_SECTION_LABELS = Object.fromEntries(
  DOC_SECTIONS.map((section) => [section, STAGE_LABELS[STAGE_OF_SECTION[section]]]),
) as Record<DocSection, string>;

export interface SectionConflict {
  section: DocSection;
  label: string;
  /** You changed it since the version you started from. */
  changedByYou: boolean;
  /** The other person changed it since that version. */
  changedByThem: boolean;
}

/** The sections where your version and theirs differ, in stage order. */
export function sectionConflicts(base: PostmortemDocument, mine: PostmortemDocument, theirs: PostmortemDocument): SectionConflict[] {
  return DOC_SECTIONS.filter((s) => !sameSection(mine, theirs, s)).map((section) => ({
    section,
    label: DOC_SECTION_LABELS[section],
    changedByYou: !sameSection(base, mine, section),
    changedByThem: !sameSection(base, theirs, section),
  }));
}

export type SectionChoice = 'mine' | 'theirs';

/** Keeps each side's changes where only one side changed a section; yours where both did. */
export function defaultChoice(conflict: SectionConflict): SectionChoice {
  return conflict.changedByYou ? 'mine' : 'theirs';
}

/**
 * Their document (its revision, status and completion) with each section taken from the side
 * chosen; sections without a choice stay theirs.
 */
export function mergeBySection(
  mine: PostmortemDocument,
  theirs: PostmortemDocument,
  choices: Partial<Record<DocSection, SectionChoice>>,
): PostmortemDocument {
  const merged: PostmortemDocument = { ...theirs };
  for (const section of DOC_SECTIONS) {
    if (choices[section] !== 'mine') continue;
    if (section === 'review') merged.review = { ...theirs.review, dismissedFindings: mine.review.dismissedFindings };
    else if (section === 'timeline') merged.timeline = { ...theirs.timeline, events: mine.timeline.events, dismissedSourceIds: mine.timeline.dismissedSourceIds };
    else if (section === 'gather') merged.gather = mine.gather;
    else if (section === 'rootCause') merged.rootCause = mine.rootCause;
    else if (section === 'probes') merged.probes = mine.probes;
    else merged.actionItems = mine.actionItems;
  }
  return merged;
}
