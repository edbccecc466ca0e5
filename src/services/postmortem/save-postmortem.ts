/**
 * savePostmortem: stores the edited document on the incident as the user. Refused, with nothing
 * written, when the user may not edit the incident (FORBIDDEN), when the edit is based on an older
 * revision (CONFLICT, with the stored document), or when it is too large even split (TOO_LARGE).
 */
import type { SaveResult } from '../../contracts/postmortem';
import type { PostmortemDocument } from '../../domain/postmortem';
import { AppError } from '../../errors';
import { storageParts, writeParts } from './document-writer';
import { openIncidentSession, type IncidentSession } from './incident-session';
import { defaultPostmortemPorts, type PostmortemPorts, type PostmortemRequester } from './ports';
import { describeDocument } from './postmortem-state';
import { assertBaseRevision, nextRevision } from './revisions';
import { readStoredDocument, type StoredDocument } from './stored-document';
import { viewerToday } from './viewer-date';

export interface SavePostmortemInput {
  document: PostmortemDocument;
  baseRevision: number;
}

/** What save and complete both start with: who may write, and the stored post-mortem at the base revision. */
export interface WritableState {
  session: IncidentSession;
  stored: StoredDocument;
  today: string;
}

export async function openForWriting(
  requester: PostmortemRequester,
  baseRevision: number,
  ports: PostmortemPorts,
): Promise<WritableState> {
  const now = ports.now();
  const session = await openIncidentSession(ports.jira, requester.issueKey, requester.siteUrl);
  if (!session.canEdit) {
    throw new AppError('FORBIDDEN', `You can read this post-mortem but not change it: you do not have permission to edit ${requester.issueKey}.`);
  }
  const stored = readStoredDocument(session.snapshot.stored, session.snapshot.ref, now);
  const today = viewerToday(now, requester.timezone);
  assertBaseRevision(describeDocument(stored.document, today, session.snapshot.people), baseRevision);
  return { session, stored, today };
}

export async function savePostmortem(
  input: SavePostmortemInput,
  requester: PostmortemRequester,
  ports: PostmortemPorts = defaultPostmortemPorts(),
): Promise<SaveResult> {
  const { session, stored, today } = await openForWriting(requester, input.baseRevision, ports);
  const next = nextRevision(input.document, stored.document, { accountId: requester.accountId, now: ports.now() });
  await writeParts(ports.jira, requester.issueKey, storageParts(next), stored.overflowPresent);
  return describeDocument(next, today, session.snapshot.people);
}
