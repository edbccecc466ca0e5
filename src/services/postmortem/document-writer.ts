/**
 * Writes a post-mortem to the incident without ever truncating it (DESIGN.md section 3): the domain
 * decides whether the timeline must move to `qa-postmortem-timeline`; that overflow is written
 * first and the main property last, so a reader never finds a main document pointing at a missing
 * timeline; an overflow no longer needed is deleted after the main document stops referring to it.
 * Too large even when split: TOO_LARGE naming the parts, and nothing is written.
 */
import type { TooLargeDetails } from '../../contracts/postmortem';
import {
  POSTMORTEM_PROPERTY_KEY,
  PostmortemTooLargeError,
  roomToKeep,
  splitForStorage,
  TIMELINE_PROPERTY_KEY,
  type PostmortemDocument,
  type StoredParts,
} from '../../domain/postmortem';
import { AppError } from '../../errors';
import type { JiraClient } from '../../jira';

/**
 * The property values for `document`, or TOO_LARGE. A save from the panel keeps room free for what
 * the app records later (`keepRoom`); the app's own write-backs may use the whole property.
 */
export function storageParts(document: PostmortemDocument, options: { keepRoom: boolean } = { keepRoom: false }): StoredParts {
  try {
    return splitForStorage(document, options.keepRoom ? roomToKeep(document) : 0);
  } catch (error) {
    if (error instanceof PostmortemTooLargeError) {
      const details: TooLargeDetails = { parts: error.parts };
      throw new AppError('TOO_LARGE', error.message, details);
    }
    throw error;
  }
}

/** Writes prepared parts; `overflowPresent` says whether a timeline property exists now. */
export async function writeParts(jira: JiraClient, issueKey: string, parts: StoredParts, overflowPresent: boolean): Promise<void> {
  if (parts.overflow) await jira.setIssueProperty(issueKey, TIMELINE_PROPERTY_KEY, parts.overflow);
  await jira.setIssueProperty(issueKey, POSTMORTEM_PROPERTY_KEY, parts.main);
  if (!parts.overflow && overflowPresent) await jira.deleteIssueProperty(issueKey, TIMELINE_PROPERTY_KEY);
}
