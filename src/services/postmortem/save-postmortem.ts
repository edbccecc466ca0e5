/**
 * savePostmortem: stores the edited document on the incident as the user, in the incident's turn
 * (write-turn.ts). Refused, with nothing written, when the user may not edit the incident
 * (FORBIDDEN), when the edit is based on an older revision or someone else is writing (CONFLICT,
 * with the stored document), when it drops an item that has a task (VALIDATION), or when it does not
 * fit with room kept for what the app records later (TOO_LARGE). Task keys and task states are the
 * server's (server-fields.ts).
 *
 * A save that fails past those checks (Jira refused the write or did not answer) leaves the person's
 * changes with the app (kept-drafts.ts) and says so in the error; the save that stores them next
 * deletes that copy when the panel asks (`clearKeptDraft`).
 */
import type { SaveResult } from '../../contracts/postmortem';
import type { PostmortemDocument } from '../../domain/postmortem';
import { sameContent } from '../../domain/postmortem/sections';
import { randomUUID } from 'node:crypto';
import { ChangesKeptError } from '../../errors';
import { isJiraError } from '../../jira';
import { storageParts, writeParts } from './document-writer';
import type { KeptDraftStore } from './kept-drafts';
import { defaultPostmortemPorts, type PostmortemPorts, type PostmortemRequester } from './ports';
import { describeDocument } from './postmortem-state';
import { nextRevision } from './revisions';
import { withServerFields } from './server-fields';
import { isAppRefusal, openForWriting, withWriteTurn, type WriteContext } from './write-turn';

export interface SavePostmortemInput {
  document: PostmortemDocument;
  baseRevision: number;
  clearKeptDraft?: string;
}

export { openForWriting } from './write-turn';

export async function savePostmortem(
  input: SavePostmortemInput,
  requester: PostmortemRequester,
  ports: PostmortemPorts = defaultPostmortemPorts(),
): Promise<SaveResult> {
  let ctx: WriteContext | undefined;
  let result: SaveResult;
  try {
    ctx = await openForWriting(requester, ports);
    const { stored, today, session } = ctx;
    result = await withWriteTurn(ctx, { baseRevision: input.baseRevision, kind: 'save', requester, ports }, async (turn) => {
      const edited = withServerFields(input.document, stored.document, turn.record.tasks);
      const next = nextRevision(edited, stored.document, { accountId: requester.accountId, now: ports.now() });
      await writeParts(ports.jira, requester.issueKey, storageParts(next, { keepRoom: true }), stored.overflowPresent);
      return { value: describeDocument(next, today, session.snapshot.people), revision: next.revision };
    });
  } catch (error) {
    throw await keepChangesOf(error, input, requester, ports, ctx);
  }
  if (input.clearKeptDraft && ports.drafts) await clearKeptCopy(ports.drafts, requester, input);
  return result;
}

/**
 * Stored: the app's copy the panel knew of is not needed any more, nor one that holds exactly what
 * was just stored (a save still failing in a page closed meanwhile wrote it after the panel read
 * its copy's id). A copy since replaced by different changes (another tab) stays; left to its
 * expiry if storage refuses now.
 */
async function clearKeptCopy(drafts: KeptDraftStore, requester: PostmortemRequester, input: SavePostmortemInput): Promise<void> {
  try {
    const copy = await drafts.get(requester.issueKey, requester.accountId);
    if (copy && (copy.id === input.clearKeptDraft || sameContent(copy.document, input.document))) await drafts.delete(requester.issueKey, requester.accountId);
  } catch {
    // the copy expires on its own
  }
}

/**
 * A failure Jira caused, not one of the app's refusals, and not the person losing access to the
 * incident (401/403/404: they could not open it to get their changes back).
 */
function worthKeeping(error: unknown): boolean {
  if (isAppRefusal(error)) return false;
  return !(isJiraError(error) && [401, 403, 404].includes(error.status));
}

/**
 * The error to answer for a failed save: `error` itself, or, once the person's changes are kept,
 * ChangesKeptError. The revision's document goes with them when it was read (for merging later).
 */
async function keepChangesOf(error: unknown, input: SavePostmortemInput, requester: PostmortemRequester, ports: PostmortemPorts, ctx: WriteContext | undefined): Promise<unknown> {
  if (!ports.drafts || !worthKeeping(error)) return error;
  const stored = ctx?.stored.document;
  const id = randomUUID();
  const copy = { id, baseRevision: input.baseRevision, document: input.document, savedAt: ports.now().toISOString() };
  // With the base the copy is about twice the document: when storage refuses that (240 KiB a value),
  // the changes alone are still worth keeping.
  const attempts = stored && stored.revision === input.baseRevision ? [{ ...copy, base: stored }, copy] : [copy];
  for (const attempt of attempts) {
    try {
      await ports.drafts.set(requester.issueKey, requester.accountId, attempt);
      return new ChangesKeptError(error, id);
    } catch {
      // try the smaller copy, or answer the failure alone
    }
  }
  return error;
}
