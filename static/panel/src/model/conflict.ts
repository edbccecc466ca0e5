/**
 * A save refused because someone else saved first (a CONFLICT error carrying their version, see
 * ConflictDetails in src/contracts/postmortem.ts), turned into what the conflict view shows:
 * your version, theirs, the version both started from, and the sections that differ.
 */
import type { ConflictDetails, PersonRef, SaveResult } from '../../../../src/contract';
import { PostmortemDocumentSchema, type PostmortemDocument } from '../../../../src/domain/postmortem';
import type { UiError } from '../../../shared/src/ui-error';
import { sectionConflicts, type SectionConflict } from './doc-sections';

export interface SaveConflict {
  base: PostmortemDocument;
  mine: PostmortemDocument;
  theirs: SaveResult;
  sections: SectionConflict[];
  /** Who saved their version, when the server could say. */
  by?: PersonRef;
  /** The version yours started from is unknown: every differing section is marked changed by both. */
  baseUnknown?: true;
}

function whoSaved(details: unknown): PersonRef | undefined {
  const by = (details as Partial<ConflictDetails> | null | undefined)?.by;
  return by && typeof by.accountId === 'string' && typeof by.displayName === 'string' ? { accountId: by.accountId, displayName: by.displayName } : undefined;
}

function theirVersion(details: unknown): SaveResult | null {
  const current = (details as Partial<ConflictDetails> | null | undefined)?.current;
  if (!current || typeof current !== 'object' || typeof current.revision !== 'number') return null;
  const document = PostmortemDocumentSchema.safeParse(current.document);
  if (!document.success) return null;
  return { ...current, document: document.data, stages: current.stages ?? [], findings: current.findings ?? [] };
}

export function buildConflict(base: PostmortemDocument, mine: PostmortemDocument, theirs: SaveResult, by?: PersonRef): SaveConflict {
  return { base, mine, theirs, sections: sectionConflicts(base, mine, theirs.document), ...(by ? { by } : {}) };
}

/**
 * Your changes against theirs when the version yours started from is unknown (the app kept your
 * changes before it could read it): every section that differs is one to choose, yours by default.
 */
export function conflictWithoutBase(mine: PostmortemDocument, theirs: SaveResult): SaveConflict {
  const sections = sectionConflicts(theirs.document, mine, theirs.document).map((s) => ({ ...s, changedByYou: true, changedByThem: true }));
  return { base: theirs.document, mine, theirs, sections, baseUnknown: true };
}

/** The conflict a save error describes; null when the error is not a readable CONFLICT. */
export function conflictOf(error: UiError, base: PostmortemDocument, mine: PostmortemDocument): SaveConflict | null {
  if (error.code !== 'CONFLICT') return null;
  const theirs = theirVersion(error.details);
  return theirs ? buildConflict(base, mine, theirs, whoSaved(error.details)) : null;
}

/** Nothing of yours differs from theirs (you changed nothing they lack), so theirs can be taken as is. */
export function nothingOfYoursToKeep(conflict: SaveConflict): boolean {
  return conflict.sections.every((s) => !s.changedByYou);
}
