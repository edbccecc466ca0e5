/**
 * The post-mortem as stored on the incident, read from the property values of the incident snapshot:
 * joined with its overflow timeline and upgraded from older schema versions by the domain, or a new
 * empty document (revision 0, not saved until the first save) when there is none yet. A stored value
 * the app cannot accept is repaired and the repairs named (domain/postmortem/repair.ts), so nobody is
 * locked out of the post-mortem: the next save stores the repaired document.
 */
import {
  emptyDocument,
  joinFromStorage,
  joinRawFromStorage,
  PostmortemDocumentError,
  readOrRepairDocument,
  type DocumentRepair,
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
  /** What was left out or reset because the app could not accept it as stored. */
  repairs: DocumentRepair[];
}

export function readStoredDocument(stored: { main?: unknown; overflow?: unknown }, incident: IncidentRef, now: Date): StoredDocument {
  const overflowPresent = stored.overflow !== undefined && stored.overflow !== null;
  if (stored.main === undefined || stored.main === null) {
    return { document: emptyDocument(incident, now), exists: false, overflowPresent, repairs: [] };
  }
  try {
    return { document: joinFromStorage(stored.main, stored.overflow), exists: true, overflowPresent, repairs: [] };
  } catch (error) {
    if (!(error instanceof PostmortemDocumentError)) throw error;
  }
  try {
    const { document, repairs } = readOrRepairDocument(joinRawFromStorage(stored.main, stored.overflow), incident, now);
    return { document, exists: true, overflowPresent, repairs };
  } catch (error) {
    if (error instanceof PostmortemDocumentError) {
      throw new AppError('VALIDATION', `The post-mortem stored on ${incident.key} cannot be read. ${error.message}`, { issues: error.issues.map((message) => ({ path: [], message })) });
    }
    throw error;
  }
}
