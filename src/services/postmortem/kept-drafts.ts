/**
 * The app's copy of a person's unsaved post-mortem, kept in Forge storage when their save fails past
 * the app's own checks (Jira refused or did not answer), so what they typed outlives the page. The
 * panel's local draft cannot be relied on: Jira serves Custom UI from Atlassian's CDN, a third party
 * to the Jira page, and browsers that partition or block third-party storage refuse it to the frame.
 *
 * One copy per incident and person (the Forge context's account, never the browser's word), answered
 * only to that person by getPostmortem, replaced by each failed save (under a new id), deleted by the
 * save that stores it (the panel names the copy's id in `clearKeptDraft`, and a copy holding exactly
 * what that save stored goes too: a save from another tab that never saw this copy leaves it), and
 * forgotten after KEPT_DRAFT_TTL_SECONDS. One copy per person and incident: of two tabs whose saves
 * fail, the later one's is kept.
 * https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-basic/
 */
import { kvs } from '@forge/kvs';
import { PostmortemDocumentSchema } from '../../domain/postmortem';
import type { KeptDraft } from '../../contracts/postmortem';

/** Thirty days: long enough to come back after a holiday, short enough not to hoard what was abandoned. */
export const KEPT_DRAFT_TTL_SECONDS = 30 * 24 * 3600;

/**
 * `postmortem-draft:QA-1:557058:f1b2…`: within Forge's key rules (`[a-zA-Z0-9:._\s-#]`, at most 500
 * characters) for any issue key and account id.
 */
export const keptDraftKey = (issueKey: string, accountId: string) => `postmortem-draft:${issueKey}:${accountId}`;

export interface KeptDraftStore {
  get(issueKey: string, accountId: string): Promise<KeptDraft | undefined>;
  set(issueKey: string, accountId: string, draft: KeptDraft): Promise<void>;
  delete(issueKey: string, accountId: string): Promise<void>;
}

/** A kept draft as stored, or undefined when it is not one this version of the app can read. */
export function keptDraftOf(value: unknown): KeptDraft | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const raw = value as Partial<Record<keyof KeptDraft, unknown>>;
  if (typeof raw.id !== 'string' || typeof raw.baseRevision !== 'number' || typeof raw.savedAt !== 'string') return undefined;
  const document = PostmortemDocumentSchema.safeParse(raw.document);
  if (!document.success) return undefined;
  const base = raw.base === undefined ? undefined : PostmortemDocumentSchema.safeParse(raw.base);
  if (base && !base.success) return undefined;
  return { id: raw.id, baseRevision: raw.baseRevision, document: document.data, savedAt: raw.savedAt, ...(base?.success ? { base: base.data } : {}) };
}

export function forgeKeptDraftStore(): KeptDraftStore {
  return {
    get: async (issueKey, accountId) => keptDraftOf(await kvs.get(keptDraftKey(issueKey, accountId))),
    set: (issueKey, accountId, draft) => kvs.set(keptDraftKey(issueKey, accountId), draft, { ttl: { value: KEPT_DRAFT_TTL_SECONDS, unit: 'SECONDS' } }),
    delete: (issueKey, accountId) => kvs.delete(keptDraftKey(issueKey, accountId)),
  };
}

/** In memory, for tests. */
export function memoryKeptDraftStore(): KeptDraftStore & { entries: Map<string, KeptDraft> } {
  const entries = new Map<string, KeptDraft>();
  return {
    entries,
    get: async (issueKey, accountId) => keptDraftOf(structuredClone(entries.get(keptDraftKey(issueKey, accountId)))),
    set: async (issueKey, accountId, draft) => { entries.set(keptDraftKey(issueKey, accountId), structuredClone(draft)); },
    delete: async (issueKey, accountId) => { entries.delete(keptDraftKey(issueKey, accountId)); },
  };
}
