/**
 * What the panel shows next to a document: each stage's completeness, in order, and the
 * blameless-language findings, both judged with the names of the people the incident mentions.
 */
import type { PersonRef, SaveResult, StageView } from '../../contracts/postmortem';
import { checkBlameless, stageCompleteness, STAGE_IDS, STAGE_LABELS, type Finding, type PostmortemDocument } from '../../domain/postmortem';

export function displayNames(people: PersonRef[]): string[] {
  return people.map((p) => p.displayName);
}

export function stageViews(document: PostmortemDocument, today: string, findings: readonly Finding[]): StageView[] {
  const completeness = stageCompleteness(document, today, findings);
  return STAGE_IDS.map((id) => ({ id, label: STAGE_LABELS[id], ...completeness[id] }));
}

/** The document with its stages and blameless findings; the check runs once, here, per saved version. */
export function describeDocument(document: PostmortemDocument, today: string, people: PersonRef[]): SaveResult {
  const findings = checkBlameless(document, displayNames(people));
  return { revision: document.revision, document, stages: stageViews(document, today, findings), findings };
}
