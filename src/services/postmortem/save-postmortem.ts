/**
 * savePostmortem: stores the edited document on the incident as the user, in the incident's turn
 * (write-turn.ts). Refused, with nothing written, when the user may not edit the incident
 * (FORBIDDEN), when the edit is based on an older revision or someone else is writing (CONFLICT,
 * with the stored document), when it drops an item that has a task (VALIDATION), or when it does not
 * fit with room kept for what the app records later (TOO_LARGE). Task keys and task states are the
 * server's (server-fields.ts).
 */
import type { SaveResult } from '../../contracts/postmortem';
import type { PostmortemDocument } from '../../domain/postmortem';
import { storageParts, writeParts } from './document-writer';
import { defaultPostmortemPorts, type PostmortemPorts, type PostmortemRequester } from './ports';
import { describeDocument } from './postmortem-state';
import { nextRevision } from './revisions';
import { withServerFields } from './server-fields';
import { openForWriting, withWriteTurn } from './write-turn';

export interface SavePostmortemInput {
  document: PostmortemDocument;
  baseRevision: number;
}

export { openForWriting } from './write-turn';

export async function savePostmortem(
  input: SavePostmortemInput,
  requester: PostmortemRequester,
  ports: PostmortemPorts = defaultPostmortemPorts(),
): Promise<SaveResult> {
  const ctx = await openForWriting(requester, ports);
  const { stored, today, session } = ctx;
  return withWriteTurn(ctx, { baseRevision: input.baseRevision, kind: 'save', requester, ports }, async (turn) => {
    const edited = withServerFields(input.document, stored.document, turn.record.tasks);
    const next = nextRevision(edited, stored.document, { accountId: requester.accountId, now: ports.now() });
    await writeParts(ports.jira, requester.issueKey, storageParts(next, { keepRoom: true }), stored.overflowPresent);
    return { value: describeDocument(next, today, session.snapshot.people), revision: next.revision };
  });
}
