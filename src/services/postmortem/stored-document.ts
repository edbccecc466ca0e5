/**
 * The post-mortem as stored on the incident, read from the property values of the incident snapshot:
 * joined with its overflow timeline and upgraded from older schema versions by the domain, or a new
 * empty document (revision 0, not saved until the first save) when there is none yet.
 */
import {
  emptyDocument,
  joinFromStorage,
  PostmortemDocumentError,
  type IncidentRef,
  type PostmortemDocument,
} from '../../domain/postmortem';
import { AppError } from '../../errors';

export interface StoredDocument {
  document: PostmortemDocument;
  /** Whether a `qa-postmortem` property exists. */
  exists: boolean;
  /** Whether a `qa-postmortem-timeline` property exists (referenced or left over). */
  overflowPresent: boolean;
}

export function readStoredDocument(stored: { main?: unknown; overflow?: unknown }, incident: IncidentRef, now: Date): StoredDocument {
  const overflowPresent = stored.overflow !== undefined && stored.overflow !== null;
  if (stored.main === undefined || stored.main === null) {
    return { document: emptyDocument(incident, now), exists: false, overflowPresent };
  }
  try {
    return { document: joinFromStorage(stored.main, stored.overflow), exists: true, overflowPresent };
  } catch (error) {
    if (error instanceof PostmortemDocumentError) {
      throw new AppError('VALIDATION', `The post-mortem stored on ${incident.key} cannot be read. ${error.message}`, { issues: error.issues });
    }
    throw error;
  }
}
