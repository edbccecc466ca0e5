/**
 * The local draft that keeps what a person typed when a save fails or the page closes first
 * (issue 3: "a failed save keeps the user's text"). One draft per site and issue in localStorage,
 * holding the version the edits started from, so a draft written before someone else saved can
 * still be resolved section by section. A tab only clears the draft it wrote.
 */
import { PostmortemDocumentSchema, type PostmortemDocument } from '../../../../src/domain/postmortem';

export interface PanelDraft {
  version: 1;
  issueKey: string;
  /** The page that wrote it. */
  tabId: string;
  /** The revision and document the edits started from. */
  baseRevision: number;
  base: PostmortemDocument;
  /** The document with the edits. */
  document: PostmortemDocument;
  savedAt: string;
}

/** Storage as the panel uses it; the browser's localStorage, or a stand-in in tests. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function draftKey(site: string, issueKey: string): string {
  return `qa-postmortem:draft:${site}:${issueKey}`;
}

export function readDraft(storage: DraftStorage | null, site: string, issueKey: string): PanelDraft | null {
  if (!storage) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(draftKey(site, issueKey)) ?? 'null');
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object') return null;
  const draft = raw as Partial<PanelDraft>;
  if (draft.version !== 1 || draft.issueKey !== issueKey || typeof draft.tabId !== 'string' || typeof draft.baseRevision !== 'number') return null;
  const base = PostmortemDocumentSchema.safeParse(draft.base);
  const document = PostmortemDocumentSchema.safeParse(draft.document);
  if (!base.success || !document.success) return null;
  return { ...(draft as PanelDraft), base: base.data, document: document.data };
}

/** Writes the draft; false when the browser refuses (storage full or disabled). */
export function writeDraft(storage: DraftStorage | null, site: string, draft: PanelDraft): boolean {
  if (!storage) return false;
  try {
    storage.setItem(draftKey(site, draft.issueKey), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Removes the draft if this tab wrote it; another tab's unsaved draft stays. */
export function clearDraft(storage: DraftStorage | null, site: string, issueKey: string, tabId: string): void {
  if (!storage) return;
  try {
    const raw = JSON.parse(storage.getItem(draftKey(site, issueKey)) ?? 'null') as { tabId?: unknown } | null;
    if (raw && raw.tabId !== tabId) return;
    storage.removeItem(draftKey(site, issueKey));
  } catch {
    // unreadable or unavailable storage: nothing of ours to clear
  }
}

/** The browser's localStorage, or null where it is blocked (some privacy settings). */
export function browserStorage(): DraftStorage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}
