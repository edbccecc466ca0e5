/**
 * What the panel shows next to a document: each stage's completeness, in order, and the
 * blameless-language findings, both judged with the names of the people the incident mentions.
 */
import type { PersonRef, SaveResult, StageView } from '../../contracts/postmortem';
import { checkBlameless, stageCompleteness, STAGE_IDS, STAGE_LABELS, type PostmortemDocument } from '../../domain/postmortem';

export function displayNames(people: PersonRef[]): string[] {
  return people.map((p) => p.displayName);
}

export function stageViews(document: PostmortemDocument, today: string, people: PersonRef[]): StageView[] {
  const completeness = stageCompleteness(document, today, displayNames(people));
  return STAGE_IDS.map((id) => ({ id, label: STAGE_LABELS[id], ...completeness[id] }));
}

export function describeDocument(document: PostmortemDocument, today: string, people: PersonRef[]): SaveResult {
  return {
    revision: document.revision,
    document,
    stages: stageViews(document, today, people),
    findings: checkBlameless(document, displayNames(people)),
  };
}
